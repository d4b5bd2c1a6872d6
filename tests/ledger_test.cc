#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ledger/ledger.h"
#include "test_util.h"

namespace hearsay {
namespace {

using testing::TempDir;

struct Fixture {
  Document doc;
  Metadata meta;
  Items items;
};

Fixture MakeDoc(const std::string& path, const std::string& text) {
  Fixture f;
  f.doc = std::move(*DecodeDocument(path, text));
  f.meta.title = {0, 5};
  Claim c;
  c.parts = {{6, 20}};
  c.text = std::string(c.parts[0].In(f.doc.text));
  c.speaker = "Xu Bing";
  c.speaker_type = SpeakerType::kPerson;
  c.cue = "said";
  c.sentence = {6, static_cast<uint32_t>(text.size())};
  f.items.claims.push_back(c);
  f.items.orgs.push_back({{6, 12}, "Huawei", "company"});
  f.items.figures.push_back({{13, 16}, "percent", 10.0, std::nullopt, std::nullopt, "", ""});
  return f;
}

int64_t Count(const Ledger& l, const char* table) {
  return *l.db().QueryInt(std::string("SELECT count(*) FROM ") + table);
}

TEST(LedgerTest, CreatesCurrentSchemaWithWalAndForeignKeys) {
  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->schema_version(), kSchemaVersion);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA foreign_keys"), 1);
  Result<Stmt> mode = l->db().Prepare("PRAGMA journal_mode");
  Status s;
  ASSERT_TRUE(mode->Step(&s));
  EXPECT_EQ(mode->Text(0), "wal");
}

TEST(LedgerTest, ReplaceIsIdempotentAndReplacesRows) {
  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok());
  Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  EXPECT_EQ(Count(*l, "documents"), 1);
  EXPECT_EQ(Count(*l, "claims"), 1);
  EXPECT_EQ(Count(*l, "orgs"), 1);
  EXPECT_EQ(Count(*l, "claim_links"), 2);  // the org and the figure inside the claim
  EXPECT_EQ(*l->StoredHash("a.txt"), a.doc.hash);
  EXPECT_FALSE(l->StoredHash("b.txt")->has_value());
  // A changed document replaces its rows.
  Fixture b = MakeDoc("a.txt", "Other Huawei 20% growth claim here!");
  b.items.orgs.clear();
  ASSERT_TRUE(l->Replace({&b.doc, &b.meta, &b.items}).ok());
  EXPECT_EQ(Count(*l, "documents"), 1);
  EXPECT_EQ(Count(*l, "orgs"), 0);
  EXPECT_EQ(*l->StoredHash("a.txt"), b.doc.hash);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 1);
}

TEST(LedgerTest, IdsAreStableAcrossRuns) {
  EXPECT_EQ(StableId("a.txt", ItemKind::kClaim, 10, 20), StableId("a.txt", ItemKind::kClaim, 10, 20));
  EXPECT_NE(StableId("a.txt", ItemKind::kClaim, 10, 20), StableId("b.txt", ItemKind::kClaim, 10, 20));
  EXPECT_NE(StableId("a.txt", ItemKind::kClaim, 10, 20), StableId("a.txt", ItemKind::kOrg, 10, 20));
  EXPECT_LT(StableId("a.txt", ItemKind::kClaim, 10, 20), int64_t{1} << 52);
}

TEST(LedgerTest, MigratesForwardFromVersionOne) {
  TempDir dir;
  const std::string path = dir.path() + "/old.db";
  ASSERT_TRUE(Ledger::CreateAtVersion(path, 1).ok());
  {
    Result<Db> db = Db::Open(path, Db::Mode::kReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("INSERT INTO documents(id, path, hash, bytes, encoding) VALUES (1, 'x.txt', 'h', 3, 'utf-8');"
                         "INSERT INTO claims(id, doc_id, start, end, line, col, text, direct, speaker_type, sentence_start, sentence_end, sentence)"
                         " VALUES (5, 1, 0, 3, 1, 1, 'old claim text', 0, 'person', 0, 3, 's');"
                         "INSERT INTO people(id, doc_id, start, end, text, name, name_key) VALUES (6, 1, 0, 2, 'Xu', 'Xu Bing', 'xu bing');")
                    .ok());
    EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 1);
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->schema_version(), kSchemaVersion);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'old'"), 1);
  // v3: the stable id survives as a unique column; rows sit in insertion (rowid) order.
  EXPECT_EQ(*l->db().QueryInt("SELECT id FROM claims WHERE rowid = 1"), 5);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_fts WHERE rowid = 5"), 1);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM entities WHERE kind = 'person'"), 1);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_view"), 1);
}

TEST(LedgerTest, RefusesNewerSchemaNonSqliteAndMissingWithoutTouchingThem) {
  TempDir dir;
  const std::string newer = dir.path() + "/newer.db";
  {
    Result<Db> db = Db::Open(newer, Db::Mode::kCreate);
    ASSERT_TRUE(db->Exec("PRAGMA user_version = 99").ok());
  }
  const std::string before = testing::ReadFile(newer);
  Result<Ledger> l = Ledger::Open(newer, Ledger::Mode::kWrite);
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("newer"), std::string::npos);
  EXPECT_EQ(testing::ReadFile(newer), before);

  const std::string text = dir.Write("notes.db", "this is not a database at all, just some text\n");
  l = Ledger::Open(text, Ledger::Mode::kRead);
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("not a SQLite database"), std::string::npos);
  l = Ledger::Open(text, Ledger::Mode::kWrite);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(testing::ReadFile(text), "this is not a database at all, just some text\n");

  l = Ledger::Open(dir.path() + "/absent.db", Ledger::Mode::kRead);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), Status::Code::kNotFound);
}

TEST(LedgerTest, OtherSqliteDatabaseIsRefused) {
  TempDir dir;
  const std::string path = dir.path() + "/other.db";
  {
    Result<Db> db = Db::Open(path, Db::Mode::kCreate);
    ASSERT_TRUE(db->Exec("CREATE TABLE t(x)").ok());
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("not a hearsay ledger"), std::string::npos);
}

}  // namespace
}  // namespace hearsay
