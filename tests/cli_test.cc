// End-to-end: runs the built binary and parses what it prints.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

#include "test_util.h"

namespace hearsay {
namespace {

using testing::Hearsay;
using testing::Lines;
using testing::RunResult;
using testing::TempDir;

using testing::Sqlite;

TEST(CliTest, VersionAndHelp) {
  RunResult v = Hearsay({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("hearsay ", 0), 0u);
  RunResult h = Hearsay({"extract", "--help"});
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("Examples:"), std::string::npos);
  RunResult bad = Hearsay({"extract", "--no-such-flag", "x"});
  EXPECT_EQ(bad.exit_code, 2);
}

TEST(CliTest, ExtractSeedsThenRerunChangesNothing) {
  TempDir dir;
  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", testing::SeedsDir(), "--ledger", db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("5 added"), std::string::npos) << r.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), "5\n");
  const std::string before = Sqlite(db, "select count(*) from claims; select count(*) from orgs; select count(*) from figures;");
  RunResult again = Hearsay({"extract", testing::SeedsDir(), "--ledger", db});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("5 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), "5\n");
  EXPECT_EQ(Sqlite(db, "select count(*) from claims; select count(*) from orgs; select count(*) from figures;"), before);
  EXPECT_EQ(Sqlite(db, "pragma integrity_check"), "ok\n");
}

// On a terminal extract shows a progress line (files, MB, MB/s, ETA) and erases it; piped
// or with --quiet it shows none. script(1) (util-linux, in every Debian) gives a terminal.
TEST(CliTest, ProgressLineOnlyOnATerminal) {
  if (testing::Run({"/bin/sh", "-c", "command -v script"}).exit_code != 0) GTEST_SKIP() << "script(1) is not installed";
  TempDir dir;
  const std::string extract = std::string(HEARSAY_BIN) + " extract " + testing::SeedsDir() + " --ledger " + dir.path() + "/t.db";
  auto on_terminal = [](const std::string& command) {
    return testing::Run({"/bin/sh", "-c", "script -qec '" + command + "' /dev/null"});
  };
  RunResult tty = on_terminal(extract);
  ASSERT_EQ(tty.exit_code, 0) << tty.out;
  EXPECT_NE(tty.out.find("/5 files  "), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find(" MB/s  ETA "), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("\r\033[K5 documents: 5 added"), std::string::npos) << tty.out;  // erased before the summary
  RunResult quiet = on_terminal(extract + "2 --quiet");
  EXPECT_EQ(quiet.out.find("ETA"), std::string::npos) << quiet.out;
  RunResult piped = Hearsay({"extract", testing::SeedsDir(), "--ledger", dir.path() + "/p.db"});
  EXPECT_EQ(piped.err.find("ETA"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;
}

TEST(CliTest, LedgerFromEnvironmentAndChangedFileReplaced) {
  TempDir dir;
  const std::string db = dir.path() + "/env.db";
  const std::string a = dir.Write("in/a.txt", "Headline\n\nThe company said sales rose 10%.\n");
  RunResult r = Hearsay({"extract", dir.path() + "/in"}, "", {"HEARSAY_LEDGER=" + db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string hash1 = Sqlite(db, "select hash from documents");
  dir.Write("in/a.txt", "Headline\n\nThe company said sales rose 20%.\n");
  r = Hearsay({"extract", dir.path() + "/in"}, "", {"HEARSAY_LEDGER=" + db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 changed"), std::string::npos) << r.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), "1\n");
  EXPECT_NE(Sqlite(db, "select hash from documents"), hash1);
}

TEST(CliTest, BadInputsAreReportedAndTheRestIsProcessed) {
  TempDir dir;
  const std::string db = dir.path() + "/h.db";
  dir.Write("in/0good.txt", "Good article\n\nIt said things.\n");
  dir.Write("in/1binary.txt", std::string("bin\0ary", 7));
  dir.Write("in/2latin.txt", "Caf\xE9 article\n\nHe said it was \x93" "fine\x94.\n");
  dir.Write("in/3bad.txt", "bytes \x81\x8D that are neither\n");
  dir.Write("in/4empty.txt", "");
  dir.Write("in/5good.txt", "Another article\n\nShe said more.\n");
  const std::string unreadable = dir.Write("in/6locked.txt", "secret\n");
  chmod(unreadable.c_str(), 0);
  const bool is_root = geteuid() == 0;  // root reads anything
  RunResult r = Hearsay({"extract", dir.path() + "/in", dir.path() + "/missing.txt", "--ledger", db});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const std::vector<std::string> err = Lines(r.err);
  auto has = [&](const std::string& prefix, const std::string& part) {
    for (const std::string& line : err) {
      if (line.rfind(prefix, 0) == 0 && line.find(part) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(dir.path() + "/in/1binary.txt: ", "binary file")) << r.err;
  EXPECT_TRUE(has(dir.path() + "/in/2latin.txt: ", "Windows-1252")) << r.err;
  EXPECT_TRUE(has(dir.path() + "/in/3bad.txt: ", "not UTF-8")) << r.err;
  EXPECT_TRUE(has(dir.path() + "/in/4empty.txt: ", "empty")) << r.err;
  EXPECT_TRUE(has(dir.path() + "/missing.txt: ", "no such file")) << r.err;
  if (!is_root) {
    EXPECT_TRUE(has(dir.path() + "/in/6locked.txt: ", "ermission")) << r.err;
  }
  const std::string expected_docs = is_root ? "4\n" : "3\n";
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), expected_docs);
  EXPECT_EQ(Sqlite(db, "select encoding from documents where path like '%2latin.txt'"), "windows-1252\n");
}

TEST(CliTest, EmptyFileAloneIsSuccess) {
  TempDir dir;
  dir.Write("e.txt", "");
  RunResult r = Hearsay({"extract", dir.path() + "/e.txt", "--ledger", dir.path() + "/h.db"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("empty"), std::string::npos);
}

TEST(CliTest, StdinAndJsonlWithoutLedger) {
  TempDir dir;
  RunResult r = Hearsay({"extract", "-", "--no-ledger", "--jsonl", "-", "--reference-date", "2024-05-28"},
                        "Title\n\n\"We are catching up,\" Xu Bing said on Tuesday.\n", {}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& line : Lines(r.out)) {
    EXPECT_EQ(line.rfind("{\"doc\":\"-\",\"kind\":", 0), 0u) << line;
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/hearsay.db"));
  RunResult bad = Hearsay({"extract", "-", "--no-ledger", "--jsonl", "-", "--reference-date", "May 28"}, "x");
  EXPECT_EQ(bad.exit_code, 2);
}

TEST(CliTest, LargeSingleLineFileIsProcessed) {
  TempDir dir;
  std::string big;
  big.reserve(8 << 20);
  while (big.size() < (8 << 20)) big += "The firm said revenue rose 12% to $4.5 billion in March, \"a record\", ";
  dir.Write("big.txt", big);
  RunResult r = Hearsay({"extract", dir.path() + "/big.txt", "--ledger", dir.path() + "/h.db", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(CliTest, NotALedgerIsRefusedAndLeftAlone) {
  TempDir dir;
  const std::string notdb = dir.Write("notes.db", "plain text, not sqlite\n");
  dir.Write("a.txt", "Article\n\nText.\n");
  RunResult r = Hearsay({"extract", dir.path() + "/a.txt", "--ledger", notdb});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not a SQLite database"), std::string::npos) << r.err;
  EXPECT_EQ(testing::ReadFile(notdb), "plain text, not sqlite\n");
}

}  // namespace
}  // namespace hearsay
