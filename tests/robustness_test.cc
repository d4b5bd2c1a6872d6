// Crash safety, concurrent use, parallel determinism and hostile input, end to end: runs
// the built binary and checks what it leaves behind.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "test_util.h"

namespace hearsay {
namespace {

namespace fs = std::filesystem;
using testing::Hearsay;
using testing::RunResult;
using testing::TempDir;

using testing::Sqlite;

// A corpus of `copies` x the five seed articles, with distinct paths.
std::string MakeCorpus(const TempDir& dir, int copies) {
  const std::string root = dir.path() + "/corpus";
  for (int i = 0; i < copies; ++i) {
    for (const auto& e : fs::directory_iterator(testing::SeedsDir())) {
      const std::string name = e.path().stem().string() + "_" + std::to_string(i) + ".txt";
      dir.Write("corpus/" + std::to_string(i % 7) + "/" + name, testing::ReadFile(e.path().string()));
    }
  }
  return root;
}

// Everything a ledger holds about its items, in a stable order.
std::string Dump(const std::string& db) {
  return Sqlite(db,
                "select path, hash from documents order by path;"
                "select id, doc_id, start, end, text, speaker, speaker_type, cue, direct from claims order by id;"
                "select id, name, role, org from people order by id;"
                "select id, name from orgs order by id;"
                "select id, unit, value, low, high from figures order by id;"
                "select id, value from dates order by id;"
                "select claim_id, kind, item_id from claim_links order by 1, 2, 3;"
                // The full-text and name indexes answer the same (bulk loads rebuild them).
                "select rowid from claims_fts where claims_fts match 'said OR company' order by rowid;"
                "select count(*) from claims indexed by claims_speaker where speaker_key > '';"
                "select count(*) from orgs indexed by orgs_name where name_key > '';"
                "select name from sqlite_schema where type in ('index', 'trigger') order by name;"
                "select key from meta where key = 'bulk_load';");
}

pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    freopen("/dev/null", "w", stderr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

TEST(RobustnessTest, ParallelOutputIsIdenticalToOneJob) {
  TempDir dir;
  const std::string corpus = MakeCorpus(dir, 4);
  RunResult one = Hearsay({"extract", corpus, "-j", "1", "--ledger", dir.path() + "/one.db", "--jsonl", "-", "-q"});
  RunResult four = Hearsay({"extract", corpus, "-j", "4", "--ledger", dir.path() + "/four.db", "--jsonl", "-", "-q"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(Dump(dir.path() + "/one.db"), Dump(dir.path() + "/four.db"));
  // A bulk load (indexes dropped while writing, rebuilt at the end) stores the same ledger.
  RunResult bulk = Hearsay({"extract", corpus, "-j", "2", "--ledger", dir.path() + "/bulk.db", "--bulk", "always", "-q"});
  ASSERT_EQ(bulk.exit_code, 0) << bulk.err;
  EXPECT_EQ(Dump(dir.path() + "/one.db"), Dump(dir.path() + "/bulk.db"));
}

TEST(RobustnessTest, KilledAtRandomPointsLeavesWholeDocumentsAndRerunMatchesCleanRun) {
  TempDir dir;
  const std::string corpus = MakeCorpus(dir, 12);  // 60 documents
  const std::string clean = dir.path() + "/clean.db";
  ASSERT_EQ(Hearsay({"extract", corpus, "--ledger", clean, "-q"}).exit_code, 0);
  // Items per document in a clean run.
  const std::string per_doc_sql =
      "select d.path, (select count(*) from claims c where c.doc_id = d.id), "
      "(select count(*) from figures f where f.doc_id = d.id) from documents d order by d.path;";
  std::map<std::string, std::string> expected;
  for (const std::string& line : testing::Lines(Sqlite(clean, per_doc_sql))) {
    expected[line.substr(0, line.find('|'))] = line;
  }
  const std::string db = dir.path() + "/killed.db";
  std::mt19937 rng(42);
  for (int round = 0; round < 12; ++round) {
    // Every other run loads in bulk, so some are killed with the indexes dropped.
    const pid_t pid = Spawn({HEARSAY_BIN, "extract", corpus, "--ledger", db, "-q", "-j", "2", "--bulk", round % 2 ? "always" : "never"});
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 120)(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!fs::exists(db)) continue;
    EXPECT_EQ(Sqlite(db, "pragma integrity_check"), "ok\n") << "round " << round;
    // Killed before the schema was committed: an empty database, every document absent.
    if (Sqlite(db, "select count(*) from sqlite_schema where name = 'documents'") == "0\n") continue;
    // Every document present is complete: its counts equal the clean run's.
    for (const std::string& line : testing::Lines(Sqlite(db, per_doc_sql))) {
      const std::string path = line.substr(0, line.find('|'));
      EXPECT_EQ(line, expected[path]) << "round " << round;
    }
  }
  RunResult rerun = Hearsay({"extract", corpus, "--ledger", db, "-q"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(Dump(db), Dump(clean));
  EXPECT_EQ(Sqlite(db, "insert into claims_fts(claims_fts) values('integrity-check'); select 'ok';"), "ok\n");
}

TEST(RobustnessTest, QueryWhileExtractWritesAndTwoWritersDoNotCorrupt) {
  TempDir dir;
  const std::string corpus = MakeCorpus(dir, 10);
  const std::string db = dir.path() + "/shared.db";
  ASSERT_EQ(Hearsay({"extract", testing::SeedsDir(), "--ledger", db, "-q"}).exit_code, 0);
  const pid_t a = Spawn({HEARSAY_BIN, "extract", corpus, "--ledger", db, "-q"});
  const pid_t b = Spawn({HEARSAY_BIN, "extract", corpus, "--ledger", db, "-q"});
  // Readers see a consistent ledger while the writers run: every claim has its document.
  for (int i = 0; i < 5; ++i) {
    const std::string orphans = Sqlite(db, "select count(*) from claims c left join documents d on d.id = c.doc_id where d.id is null;");
    EXPECT_EQ(orphans, "0\n");
  }
  int sa = 0, sb = 0;
  waitpid(a, &sa, 0);
  waitpid(b, &sb, 0);
  // Each writer either finished or failed clearly (exit 2); neither crashed.
  for (int s : {sa, sb}) {
    ASSERT_TRUE(WIFEXITED(s));
    EXPECT_TRUE(WEXITSTATUS(s) == 0 || WEXITSTATUS(s) == 2);
  }
  EXPECT_EQ(Sqlite(db, "pragma integrity_check"), "ok\n");
  RunResult last = Hearsay({"extract", corpus, "--ledger", db, "-q"});
  EXPECT_EQ(last.exit_code, 0) << last.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), "55\n");
}

struct Hostile {
  const char* name;
  std::string bytes;
  int exit_code;
};

TEST(RobustnessTest, HostileInputsAreBoundedAndClear) {
  TempDir dir;
  std::vector<Hostile> cases;
  cases.push_back({"quotes.txt", "Title\n\n" + std::string(1000000, '"') + "\n", 0});
  std::string curly;
  for (int i = 0; i < 300000; ++i) curly += "\xE2\x80\x9C";
  cases.push_back({"unbalanced.txt", "Title\n\n" + curly + " he said\n\nNext paragraph said nothing.\n", 0});
  cases.push_back({"longline.txt", "Title\n\n" + std::string(1000000, 'a') + "\n", 0});
  std::string words;
  while (words.size() < 2000000) words += "Smith said the firm, Acme Corp., rose 5% on Monday ";
  cases.push_back({"runon.txt", "Title\n\n" + words + "\n", 0});
  cases.push_back({"rtl.txt", "Title\n\n\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \"hello there friends,\" said \xD8\xB9\xD9\x84\xD9\x8A.\n", 0});
  cases.push_back({"mixed.txt", "Title\n\nUTF-8 caf\xC3\xA9 and Latin-1 caf\xE9 together.\n", 0});  // 1252 fallback
  cases.push_back({"nul.txt", std::string("Title\n\nbad\0byte\n", 17), 2});
  for (const Hostile& h : cases) dir.Write("in/" + std::string(h.name), h.bytes);
  fs::create_directory_symlink(dir.path() + "/in", dir.path() + "/in/loop");
  for (const Hostile& h : cases) {
    const auto t0 = std::chrono::steady_clock::now();
    RunResult r = Hearsay({"extract", dir.path() + "/in/" + h.name, "--ledger", dir.path() + "/h.db", "-q"});
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_EQ(r.exit_code, h.exit_code) << h.name << ": " << r.err;
    // Bounded: a generous ceiling against pathological (quadratic) behaviour, not a benchmark.
    EXPECT_LT(secs, 120.0) << h.name;
    if (h.exit_code == 2) {
      EXPECT_NE(r.err.find(h.name), std::string::npos) << r.err;
    }
  }
  // The folder walk does not follow the symlink loop and everything else is stored.
  RunResult all = Hearsay({"extract", dir.path() + "/in", "--ledger", dir.path() + "/all.db", "-q"});
  EXPECT_EQ(all.exit_code, 2);  // the NUL file
  EXPECT_EQ(Sqlite(dir.path() + "/all.db", "select count(*) from documents"), std::to_string(cases.size() - 1) + "\n");
  EXPECT_EQ(Sqlite(dir.path() + "/all.db", "pragma integrity_check"), "ok\n");
}

}  // namespace
}  // namespace hearsay
