#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "ingest/ingest.h"
#include "ledger/ledger.h"
#include "ledger/sqlite.h"
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

std::string JournalMode(const Ledger& l) {
  Result<Stmt> mode = l.db().Prepare("PRAGMA journal_mode");
  Status s;
  return mode.ok() && mode->Step(&s) ? mode->Text(0) : "";
}

TEST(LedgerTest, CreatesCurrentSchemaWithWalAndForeignKeys) {
  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->schema_version(), kSchemaVersion);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(JournalMode(*l), "wal");
}

TEST(LedgerTest, HalfCreatedLedgerIsNamedSoAndFinishedByAWriter) {
  TempDir dir;
  const std::string path = dir.path() + "/h.db";
  // What a kill before the migrations' one transaction commits leaves: a database with
  // no tables.
  ASSERT_TRUE(Db::Open(path, Db::Mode::kCreate).ok());
  ASSERT_TRUE(Db::Open(path, Db::Mode::kReadWrite)->Exec("PRAGMA journal_mode=WAL").ok());
  Result<Ledger> reader = Ledger::Open(path, Ledger::Mode::kRead);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("creation did not finish"), std::string::npos) << reader.status().message();
  Result<Ledger> writer = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  EXPECT_EQ(*writer->db().QueryInt("PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(*writer->db().QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'claims_fts'"), 1);
}

TEST(LedgerTest, MigrationsOfAnOldLedgerAreOneTransaction) {
  TempDir dir;
  const std::string path = dir.path() + "/old.db";
  ASSERT_TRUE(Ledger::CreateAtVersion(path, 2).ok());
  {
    // A table the 3 -> 4 step creates, there already: that step fails after 2 -> 3 has
    // run, and 2 -> 3 may not stay.
    Result<Db> db = Db::Open(path, Db::Mode::kReadWrite);
    ASSERT_TRUE(db->Exec("CREATE TABLE claims_v4(x)").ok());
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.status().message().find("migrating the ledger from version"), std::string::npos) << l.status().message();
  EXPECT_EQ(*Db::Open(path, Db::Mode::kReadOnly)->QueryInt("PRAGMA user_version"), 2);
}

TEST(LedgerTest, LockedLedgerIsWaitedOnThenReported) {
  TempDir dir;
  const std::string path = dir.path() + "/h.db";
  ASSERT_TRUE(Ledger::Open(path, Ledger::Mode::kWrite).ok());
  Result<Db> holder = Db::Open(path, Db::Mode::kReadWrite);
  ASSERT_TRUE(holder->Exec("BEGIN EXCLUSIVE").ok());
  // Short wait: the lock outlasts it, and the error says how to wait longer.
  Result<Ledger> impatient = Ledger::Open(path, Ledger::Mode::kWrite, 0.2);
  ASSERT_FALSE(impatient.ok());
  EXPECT_EQ(impatient.status().code(), Status::Code::kBusy);
  EXPECT_NE(impatient.status().message().find("--wait"), std::string::npos) << "[" << impatient.status().message() << "]";
  // Long wait: the holder commits after 300 ms and the writer goes on.
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_TRUE(holder->Exec("COMMIT").ok());
  });
  Result<Ledger> patient = Ledger::Open(path, Ledger::Mode::kWrite, 30);
  release.join();
  ASSERT_TRUE(patient.ok()) << patient.status().message();
}

TEST(LedgerTest, NewLedgersGetLargePagesAndOldOnesKeepTheirs) {
  TempDir dir;
  Result<Ledger> fresh = Ledger::Open(dir.path() + "/new.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  EXPECT_EQ(*fresh->db().QueryInt("PRAGMA page_size"), 16384);
  // A ledger made elsewhere (SQLite's default 4 KiB pages) is not rebuilt.
  ASSERT_TRUE(Ledger::CreateAtVersion(dir.path() + "/old.db", kSchemaVersion).ok());
  Result<Ledger> old = Ledger::Open(dir.path() + "/old.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(old.ok()) << old.status().message();
  EXPECT_EQ(*old->db().QueryInt("PRAGMA page_size"), 4096);
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

int64_t QueryInt(const Ledger& l, const std::string& sql) { return *l.db().QueryInt(sql); }

TEST(LedgerTest, ItemIdsAreDocumentRangesAndSurviveReplacement) {
  EXPECT_EQ(ItemId(1, ItemKind::kClaim, 0), int64_t{1} << 24);
  EXPECT_EQ(ItemId(3, ItemKind::kOrg, 5), (int64_t{3} << 24) | (int64_t{2} << 21) | 5);
  EXPECT_EQ(DocIdOfItem(ItemId(7, ItemKind::kDate, kMaxItemsPerKind - 1)), 7);
  EXPECT_LT(ItemId(7, ItemKind::kDate, kMaxItemsPerKind - 1), ItemId(8, ItemKind::kClaim, 0));

  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok());
  Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
  Fixture b = MakeDoc("b.txt", "Title Huawei 20% growth claim here.");
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  ASSERT_TRUE(l->Replace({&b.doc, &b.meta, &b.items}).ok());
  const int64_t doc_a = QueryInt(*l, "SELECT id FROM documents WHERE path = 'a.txt'");
  const int64_t doc_b = QueryInt(*l, "SELECT id FROM documents WHERE path = 'b.txt'");
  EXPECT_EQ(doc_b, doc_a + 1);
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM claims WHERE doc_id = " + std::to_string(doc_a)), ItemId(doc_a, ItemKind::kClaim, 0));
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM figures WHERE doc_id = " + std::to_string(doc_b)), ItemId(doc_b, ItemKind::kFigure, 0));
  // The links point at the ids the items were stored under.
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claim_links l JOIN orgs o ON o.id = l.item_id AND l.kind = 'org'"), 2);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claim_links l JOIN figures f ON f.id = l.item_id AND l.kind = 'figure'"), 2);
  // Replacing a.txt (changed or not) keeps its doc_id and so its item ids.
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM documents WHERE path = 'a.txt'"), doc_a);
  EXPECT_EQ(QueryInt(*l, "SELECT min(id) FROM claims"), ItemId(doc_a, ItemKind::kClaim, 0));
  EXPECT_EQ(Count(*l, "claims"), 2);
  EXPECT_EQ(Count(*l, "claim_links"), 4);
  // Deleting a document by hand deletes exactly its items and links.
  ASSERT_TRUE(l->db().Exec("DELETE FROM documents WHERE path = 'b.txt'").ok());
  for (const char* table : {"claims", "orgs", "figures"}) {
    EXPECT_EQ(Count(*l, table), 1) << table;
    EXPECT_EQ(QueryInt(*l, std::string("SELECT count(*) FROM ") + table + " WHERE doc_id = " + std::to_string(doc_b)), 0) << table;
  }
  EXPECT_EQ(Count(*l, "claim_links"), 2);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 1);
}

TEST(LedgerTest, TextIndexFollowsBatchesRollbacksAndDocumentsReplacedInTheSameBatch) {
  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok());
  Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
  Fixture b = MakeDoc("b.txt", "Title Xiaomi 20% growth claim here.");
  ASSERT_TRUE(l->Begin().ok());
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  ASSERT_TRUE(l->Replace({&b.doc, &b.meta, &b.items}).ok());
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());  // a again, before the commit
  ASSERT_TRUE(l->Commit().ok());
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 1);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'xiaomi'"), 1);
  // A rolled-back batch leaves nothing in the index.
  Fixture c = MakeDoc("c.txt", "Title Lenovo 30% growth claim here.");
  ASSERT_TRUE(l->Begin().ok());
  ASSERT_TRUE(l->Replace({&c.doc, &c.meta, &c.items}).ok());
  l->Rollback();
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'lenovo'"), 0);
  ASSERT_TRUE(l->Replace({&c.doc, &c.meta, &c.items}).ok());  // outside a batch
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'lenovo'"), 1);
  ASSERT_TRUE(l->db().Exec("INSERT INTO claims_fts(claims_fts) VALUES('integrity-check')").ok());
}

TEST(LedgerTest, RepeatedSpansAreStoredOnceAndLinkedOnce) {
  TempDir dir;
  Result<Ledger> l = Ledger::Open(dir.path() + "/h.db", Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok());
  Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
  a.items.orgs.push_back(a.items.orgs.back());
  a.items.claims.push_back(a.items.claims.back());
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  EXPECT_EQ(Count(*l, "orgs"), 1);
  EXPECT_EQ(Count(*l, "claims"), 1);
  EXPECT_EQ(Count(*l, "claim_links"), 2);
  EXPECT_EQ(Count(*l, "entities"), 2);  // Xu Bing, Huawei
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
  // v4: ids are renumbered into their document's range.
  EXPECT_EQ(*l->db().QueryInt("SELECT id FROM claims"), ItemId(1, ItemKind::kClaim, 0));
  EXPECT_EQ(*l->db().QueryInt("SELECT id FROM people"), ItemId(1, ItemKind::kPerson, 0));
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_fts WHERE rowid = " + std::to_string(ItemId(1, ItemKind::kClaim, 0))), 1);
  EXPECT_EQ(*l->db().QueryInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM entities WHERE kind = 'person'"), 1);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM claims_view"), 1);
}

// v6: a version-5 ledger's documents keep working as plain text files without stored text.
TEST(LedgerTest, MigratesVersionFiveDocumentsToFormatsAndText) {
  TempDir dir;
  const std::string path = dir.path() + "/v5.db";
  ASSERT_TRUE(Ledger::CreateAtVersion(path, 5).ok());
  {
    Result<Db> db = Db::Open(path, Db::Mode::kReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("INSERT INTO documents(id, path, hash, bytes, encoding) VALUES (1, 'x.txt', 'h', 3, 'utf-8');").ok());
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(l->schema_version(), 6);
  EXPECT_EQ(*l->db().QueryInt("SELECT count(*) FROM documents WHERE format = 'text' AND text IS NULL AND record IS NULL "
                              "AND url IS NULL AND outlet IS NULL AND authors IS NULL AND language IS NULL"), 1);
}

TEST(LedgerTest, MigratesVersionThreeIdsAndLinksIntoDocumentRanges) {
  TempDir dir;
  const std::string path = dir.path() + "/v3.db";
  ASSERT_TRUE(Ledger::CreateAtVersion(path, 3).ok());
  {
    Result<Db> db = Db::Open(path, Db::Mode::kReadWrite);
    ASSERT_TRUE(db.ok());
    // Two documents with hash-like ids, stored out of span order.
    ASSERT_TRUE(db->Exec("INSERT INTO documents(id, path, hash, bytes, encoding) VALUES (1, 'x.txt', 'h', 3, 'utf-8'), "
                         "(2, 'y.txt', 'h2', 3, 'utf-8');"
                         "INSERT INTO claims(id, doc_id, start, end, line, col, text, direct, speaker_type, sentence_start, sentence_end, sentence)"
                         " VALUES (900, 1, 50, 60, 1, 1, 'second claim', 0, 'person', 0, 3, 's'),"
                         " (800, 1, 10, 20, 1, 1, 'first claim', 0, 'person', 0, 3, 's'),"
                         " (700, 2, 10, 20, 1, 1, 'other claim', 1, 'person', 0, 3, 's');"
                         "INSERT INTO orgs(id, doc_id, start, end, text, name, name_key) VALUES (55, 1, 52, 58, 'Acme', 'Acme', 'acme'),"
                         " (44, 2, 12, 18, 'Acme', 'Acme', 'acme');"
                         "INSERT INTO claim_links(claim_id, kind, item_id) VALUES (900, 'org', 55), (700, 'org', 44);")
                    .ok());
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM claims WHERE text = 'first claim'"), ItemId(1, ItemKind::kClaim, 0));
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM claims WHERE text = 'second claim'"), ItemId(1, ItemKind::kClaim, 1));
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM claims WHERE text = 'other claim'"), ItemId(2, ItemKind::kClaim, 0));
  EXPECT_EQ(QueryInt(*l, "SELECT claim_id FROM claim_links WHERE item_id = " + std::to_string(ItemId(1, ItemKind::kOrg, 0))),
            ItemId(1, ItemKind::kClaim, 1));
  EXPECT_EQ(QueryInt(*l, "SELECT claim_id FROM claim_links WHERE item_id = " + std::to_string(ItemId(2, ItemKind::kOrg, 0))),
            ItemId(2, ItemKind::kClaim, 0));
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'claim'"), 3);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM sqlite_temp_schema"), 0);
  // Replacing a migrated document keeps its doc_id.
  Fixture x = MakeDoc("x.txt", "Title Huawei 10% growth claim here.");
  ASSERT_TRUE(l->Replace({&x.doc, &x.meta, &x.items}).ok());
  EXPECT_EQ(QueryInt(*l, "SELECT id FROM documents WHERE path = 'x.txt'"), 1);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims WHERE doc_id = 1"), 1);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'second'"), 0);
}

std::string SchemaObjects(const Ledger& l) {
  Result<Stmt> st = l.db().Prepare("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
  std::string out;
  Status s;
  while (st->Step(&s)) out += st->Text(0) + " ";
  return out;
}

TEST(LedgerTest, BulkLoadDropsIndexesAndRebuildsThemAlsoAfterAnInterruption) {
  TempDir dir;
  const std::string path = dir.path() + "/h.db";
  std::string full_schema;
  {
    Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
    ASSERT_TRUE(l.ok());
    full_schema = SchemaObjects(*l);
    Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
    ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
    ASSERT_TRUE(l->BeginBulk().ok());
    EXPECT_TRUE(l->bulk());
    EXPECT_EQ(SchemaObjects(*l), "documents_delete sqlite_autoindex_documents_1 ");
    EXPECT_EQ(JournalMode(*l), "truncate");  // pages written once while loading
    Fixture b = MakeDoc("b.txt", "Title Huawei 20% growth claim here.");
    ASSERT_TRUE(l->Begin().ok());
    ASSERT_TRUE(l->Replace({&b.doc, &b.meta, &b.items}).ok());
    ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());  // replaced while bulk loading
    ASSERT_TRUE(l->Commit().ok());
    ASSERT_TRUE(l->EndBulk().ok());
    EXPECT_FALSE(l->bulk());
    EXPECT_EQ(JournalMode(*l), "wal");
    EXPECT_EQ(SchemaObjects(*l), full_schema);
    EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 2);
    EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM meta WHERE key = 'bulk_load'"), 0);
    // Interrupted: the Ledger goes away while loading in bulk.
    ASSERT_TRUE(l->BeginBulk().ok());
    Fixture c = MakeDoc("c.txt", "Title Huawei 30% growth claim here.");
    ASSERT_TRUE(l->Replace({&c.doc, &c.meta, &c.items}).ok());
  }
  {
    Result<Ledger> reader = Ledger::Open(path, Ledger::Mode::kRead);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE(reader->bulk());  // readers are told
  }
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);  // finishes the load
  ASSERT_TRUE(l.ok()) << l.status().message();
  EXPECT_FALSE(l->bulk());
  EXPECT_EQ(SchemaObjects(*l), full_schema);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 3);
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM meta WHERE key = 'bulk_load'"), 0);
  ASSERT_TRUE(l->db().Exec("INSERT INTO claims_fts(claims_fts) VALUES('integrity-check')").ok());
}

TEST(LedgerTest, BulkLoadKeepsWalWhileAnotherConnectionHasTheLedgerOpen) {
  TempDir dir;
  const std::string path = dir.path() + "/h.db";
  Result<Ledger> l = Ledger::Open(path, Ledger::Mode::kWrite);
  ASSERT_TRUE(l.ok());
  Result<Ledger> reader = Ledger::Open(path, Ledger::Mode::kRead);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE(l->BeginBulk().ok());
  EXPECT_EQ(JournalMode(*l), "wal");  // SQLite cannot leave WAL with a reader attached
  Fixture a = MakeDoc("a.txt", "Title Huawei 10% growth claim here.");
  ASSERT_TRUE(l->Replace({&a.doc, &a.meta, &a.items}).ok());
  ASSERT_TRUE(l->EndBulk().ok());
  EXPECT_EQ(JournalMode(*l), "wal");
  EXPECT_EQ(QueryInt(*l, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'huawei'"), 1);
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
