#include "ledger/ledger.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/fold.h"

namespace hearsay {
namespace {

// Migration i takes a ledger from user_version i to i + 1. Append only; never edit a
// migration that has shipped.
const char* const kMigrations[] = {
    // 0 -> 1: documents and items.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  encoding TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  published TEXT,
  reference_date TEXT);
CREATE TABLE claims(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  cue TEXT,
  speaker TEXT,
  speaker_key TEXT,
  speaker_type TEXT NOT NULL,
  speaker_role TEXT,
  speaker_org TEXT,
  speaker_org_key TEXT,
  outlet TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc_id, start);
CREATE INDEX claims_speaker ON claims(speaker_key);
CREATE INDEX claims_speaker_org ON claims(speaker_org_key);
CREATE TABLE people(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT, org TEXT);
CREATE INDEX people_doc ON people(doc_id, start);
CREATE INDEX people_name ON people(name_key);
CREATE TABLE orgs(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, type TEXT);
CREATE INDEX orgs_doc ON orgs(doc_id, start);
CREATE INDEX orgs_name ON orgs(name_key);
CREATE TABLE figures(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  unit TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT, noun TEXT);
CREATE INDEX figures_doc ON figures(doc_id, start);
CREATE TABLE dates(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  value TEXT);
CREATE INDEX dates_doc ON dates(doc_id, start);
CREATE TABLE claim_links(
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY(claim_id, kind, item_id)) WITHOUT ROWID;
CREATE INDEX claim_links_item ON claim_links(kind, item_id);
)sql",
    // 1 -> 2: full-text search over claims, the entity index and the readable view.
    R"sql(
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES('delete', old.id, old.text);
END;
CREATE TABLE entities(
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY(kind, key)) WITHOUT ROWID;
INSERT OR IGNORE INTO entities SELECT 'person', name_key, name FROM people;
INSERT OR IGNORE INTO entities SELECT 'org', name_key, name FROM orgs;
CREATE VIEW claims_view AS
  SELECT c.id, d.published AS date, c.speaker, c.speaker_type, c.speaker_role, c.speaker_org,
         c.outlet, c.direct, c.cue, c.text, d.path AS document, c.line, c.col, c.start, c.end
  FROM claims c JOIN documents d ON d.id = c.doc_id;
)sql",
    // 2 -> 3: item tables keep their stable ids in a UNIQUE column and store rows in
    // insertion order (the hidden rowid), so a document's rows are written together
    // instead of at random places in the file: extraction into a large ledger is about
    // 2.4x faster. Runs with foreign keys off (see Open).
    R"sql(
DROP VIEW claims_view;
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TABLE claims_fts;
CREATE TABLE claims_v3(
  id INTEGER NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
  text TEXT NOT NULL, direct INTEGER NOT NULL, cue TEXT, speaker TEXT, speaker_key TEXT,
  speaker_type TEXT NOT NULL, speaker_role TEXT, speaker_org TEXT, speaker_org_key TEXT, outlet TEXT,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL);
INSERT INTO claims_v3 SELECT * FROM claims ORDER BY doc_id, start, id;
DROP TABLE claims;
ALTER TABLE claims_v3 RENAME TO claims;
CREATE INDEX claims_doc ON claims(doc_id, start);
CREATE INDEX claims_speaker ON claims(speaker_key);
CREATE INDEX claims_speaker_org ON claims(speaker_org_key);
CREATE TABLE people_v3(
  id INTEGER NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT, org TEXT);
INSERT INTO people_v3 SELECT * FROM people ORDER BY doc_id, start, id;
DROP TABLE people;
ALTER TABLE people_v3 RENAME TO people;
CREATE INDEX people_doc ON people(doc_id, start);
CREATE INDEX people_name ON people(name_key);
CREATE TABLE orgs_v3(
  id INTEGER NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, type TEXT);
INSERT INTO orgs_v3 SELECT * FROM orgs ORDER BY doc_id, start, id;
DROP TABLE orgs;
ALTER TABLE orgs_v3 RENAME TO orgs;
CREATE INDEX orgs_doc ON orgs(doc_id, start);
CREATE INDEX orgs_name ON orgs(name_key);
CREATE TABLE figures_v3(
  id INTEGER NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  unit TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT, noun TEXT);
INSERT INTO figures_v3 SELECT * FROM figures ORDER BY doc_id, start, id;
DROP TABLE figures;
ALTER TABLE figures_v3 RENAME TO figures;
CREATE INDEX figures_doc ON figures(doc_id, start);
CREATE TABLE dates_v3(
  id INTEGER NOT NULL UNIQUE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  value TEXT);
INSERT INTO dates_v3 SELECT * FROM dates ORDER BY doc_id, start, id;
DROP TABLE dates;
ALTER TABLE dates_v3 RENAME TO dates;
CREATE INDEX dates_doc ON dates(doc_id, start);
CREATE TABLE claim_links_v3(
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  item_id INTEGER NOT NULL);
INSERT INTO claim_links_v3 SELECT * FROM claim_links ORDER BY claim_id, kind, item_id;
DROP TABLE claim_links;
ALTER TABLE claim_links_v3 RENAME TO claim_links;
CREATE INDEX claim_links_claim ON claim_links(claim_id);
CREATE INDEX claim_links_item ON claim_links(kind, item_id);
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES('delete', old.id, old.text);
END;
CREATE VIEW claims_view AS
  SELECT c.id, d.published AS date, c.speaker, c.speaker_type, c.speaker_role, c.speaker_org,
         c.outlet, c.direct, c.cue, c.text, d.path AS document, c.line, c.col, c.start, c.end
  FROM claims c JOIN documents d ON d.id = c.doc_id;
)sql",
    // 3 -> 4: an item's id is its rowid, doc_id << 24 | kind << 21 | n (n = the item's
    // index among its document's items of that kind), so a document's rows are one
    // contiguous rowid range: no random-key UNIQUE index, no (doc_id, start) indexes, and a
    // deleted document's items go by range (trigger documents_delete), which replaces the
    // foreign keys. About 3x faster extraction into a large ledger. New claims reach
    // claims_fts in one INSERT per batch (Ledger::Commit), not by a trigger per row: FTS5
    // flushes its pending terms at every statement savepoint, so a trigger wrote one tiny
    // index segment per claim.
    R"sql(
DROP VIEW claims_view;
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TABLE claims_fts;
CREATE TEMP TABLE id_map(kind TEXT NOT NULL, old INTEGER NOT NULL, new INTEGER NOT NULL, PRIMARY KEY(kind, old)) WITHOUT ROWID;
INSERT INTO id_map SELECT 'claim', id, (doc_id << 24) | (0 << 21) | (row_number() OVER (PARTITION BY doc_id ORDER BY start, end, id) - 1) FROM claims;
INSERT INTO id_map SELECT 'person', id, (doc_id << 24) | (1 << 21) | (row_number() OVER (PARTITION BY doc_id ORDER BY start, end, id) - 1) FROM people;
INSERT INTO id_map SELECT 'org', id, (doc_id << 24) | (2 << 21) | (row_number() OVER (PARTITION BY doc_id ORDER BY start, end, id) - 1) FROM orgs;
INSERT INTO id_map SELECT 'figure', id, (doc_id << 24) | (3 << 21) | (row_number() OVER (PARTITION BY doc_id ORDER BY start, end, id) - 1) FROM figures;
INSERT INTO id_map SELECT 'date', id, (doc_id << 24) | (4 << 21) | (row_number() OVER (PARTITION BY doc_id ORDER BY start, end, id) - 1) FROM dates;
CREATE TABLE claims_v4(
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
  text TEXT NOT NULL, direct INTEGER NOT NULL, cue TEXT, speaker TEXT, speaker_key TEXT,
  speaker_type TEXT NOT NULL, speaker_role TEXT, speaker_org TEXT, speaker_org_key TEXT, outlet TEXT,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL);
INSERT INTO claims_v4 SELECT m.new, c.doc_id, c.start, c.end, c.line, c.col, c.text, c.direct, c.cue, c.speaker,
  c.speaker_key, c.speaker_type, c.speaker_role, c.speaker_org, c.speaker_org_key, c.outlet, c.sentence_start,
  c.sentence_end, c.sentence FROM claims c JOIN id_map m ON m.kind = 'claim' AND m.old = c.id ORDER BY m.new;
DROP TABLE claims;
ALTER TABLE claims_v4 RENAME TO claims;
CREATE INDEX claims_speaker ON claims(speaker_key);
CREATE INDEX claims_speaker_org ON claims(speaker_org_key);
CREATE TABLE people_v4(
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT, org TEXT);
INSERT INTO people_v4 SELECT m.new, p.doc_id, p.start, p.end, p.text, p.name, p.name_key, p.role, p.org
  FROM people p JOIN id_map m ON m.kind = 'person' AND m.old = p.id ORDER BY m.new;
DROP TABLE people;
ALTER TABLE people_v4 RENAME TO people;
CREATE INDEX people_name ON people(name_key);
CREATE TABLE orgs_v4(
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, name_key TEXT NOT NULL, type TEXT);
INSERT INTO orgs_v4 SELECT m.new, o.doc_id, o.start, o.end, o.text, o.name, o.name_key, o.type
  FROM orgs o JOIN id_map m ON m.kind = 'org' AND m.old = o.id ORDER BY m.new;
DROP TABLE orgs;
ALTER TABLE orgs_v4 RENAME TO orgs;
CREATE INDEX orgs_name ON orgs(name_key);
CREATE TABLE figures_v4(
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  unit TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT, noun TEXT);
INSERT INTO figures_v4 SELECT m.new, f.doc_id, f.start, f.end, f.text, f.unit, f.value, f.low, f.high, f.qualifier, f.noun
  FROM figures f JOIN id_map m ON m.kind = 'figure' AND m.old = f.id ORDER BY m.new;
DROP TABLE figures;
ALTER TABLE figures_v4 RENAME TO figures;
CREATE TABLE dates_v4(
  id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  value TEXT);
INSERT INTO dates_v4 SELECT m.new, t.doc_id, t.start, t.end, t.text, t.value
  FROM dates t JOIN id_map m ON m.kind = 'date' AND m.old = t.id ORDER BY m.new;
DROP TABLE dates;
ALTER TABLE dates_v4 RENAME TO dates;
CREATE TABLE claim_links_v4(
  claim_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY(claim_id, kind, item_id)) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_links_v4 SELECT c.new, l.kind, i.new FROM claim_links l
  JOIN id_map c ON c.kind = 'claim' AND c.old = l.claim_id JOIN id_map i ON i.kind = l.kind AND i.old = l.item_id;
DROP TABLE claim_links;
ALTER TABLE claim_links_v4 RENAME TO claim_links;
CREATE INDEX claim_links_item ON claim_links(item_id);
DROP TABLE temp.id_map;
CREATE TRIGGER documents_delete AFTER DELETE ON documents BEGIN
  DELETE FROM claims WHERE id >= old.id << 24 AND id < (old.id + 1) << 24;
  DELETE FROM claim_links WHERE claim_id >= old.id << 24 AND claim_id < (old.id + 1) << 24;
  DELETE FROM people WHERE id >= old.id << 24 AND id < (old.id + 1) << 24;
  DELETE FROM orgs WHERE id >= old.id << 24 AND id < (old.id + 1) << 24;
  DELETE FROM figures WHERE id >= old.id << 24 AND id < (old.id + 1) << 24;
  DELETE FROM dates WHERE id >= old.id << 24 AND id < (old.id + 1) << 24;
END;
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES('delete', old.id, old.text);
END;
CREATE VIEW claims_view AS
  SELECT c.id, d.published AS date, c.speaker, c.speaker_type, c.speaker_role, c.speaker_org,
         c.outlet, c.direct, c.cue, c.text, d.path AS document, c.line, c.col, c.start, c.end
  FROM claims c JOIN documents d ON d.id = c.doc_id;
)sql",
    // 4 -> 5: what kind of attribution a claim is (statement, belief, intention,
    // directive, evaluation, evidence) and the rule that found it. Claims written before
    // were all statements in the new sense's terms, so that is their default.
    R"sql(
ALTER TABLE claims ADD COLUMN attribution TEXT NOT NULL DEFAULT 'statement';
ALTER TABLE claims ADD COLUMN rule TEXT;
DROP VIEW claims_view;
CREATE VIEW claims_view AS
  SELECT c.id, d.published AS date, c.speaker, c.speaker_type, c.speaker_role, c.speaker_org,
         c.outlet, c.direct, c.attribution, c.cue, c.text, d.path AS document, c.line, c.col, c.start, c.end
  FROM claims c JOIN documents d ON d.id = c.doc_id;
)sql",
    // 5 -> 6: what the file said about each document (HTML pages, JSON and WARC records,
    // Markdown front matter) and the article text itself. Documents stored before keep
    // NULL text and are plain text files.
    R"sql(
ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
ALTER TABLE documents ADD COLUMN record TEXT;
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN outlet TEXT;
ALTER TABLE documents ADD COLUMN authors TEXT;
ALTER TABLE documents ADD COLUMN language TEXT;
ALTER TABLE documents ADD COLUMN text TEXT;
)sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

// Bulk loading (Ledger::BeginBulk): what is dropped, and how it is rebuilt. These are the
// current schema's name indexes and full-text trigger; a migration that changes them must
// change these too.
const char kBulkBegin[] = R"sql(
DROP INDEX IF EXISTS claims_speaker;
DROP INDEX IF EXISTS claims_speaker_org;
DROP INDEX IF EXISTS people_name;
DROP INDEX IF EXISTS orgs_name;
DROP INDEX IF EXISTS claim_links_item;
DROP TRIGGER IF EXISTS claims_fts_delete;
INSERT INTO meta(key, value) VALUES ('bulk_load', '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value;
)sql";
const char kBulkEnd[] = R"sql(
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_key);
CREATE INDEX IF NOT EXISTS claims_speaker_org ON claims(speaker_org_key);
CREATE INDEX IF NOT EXISTS people_name ON people(name_key);
CREATE INDEX IF NOT EXISTS orgs_name ON orgs(name_key);
CREATE INDEX IF NOT EXISTS claim_links_item ON claim_links(item_id);
INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES('delete', old.id, old.text);
END;
DELETE FROM meta WHERE key = 'bulk_load';
)sql";

// Byte offset -> 1-based line and column (in characters) of the normalized text; the
// file on disk has the same lines (CRLF only changed the line ends).
struct LineIndex {
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  std::pair<int64_t, int64_t> At(uint32_t off) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
    const auto line = static_cast<size_t>(it - starts_.begin());
    const uint32_t start = starts_[line - 1];
    int64_t col = 1;
    for (uint32_t i = start; i < off && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    }
    return {static_cast<int64_t>(line), col};
  }
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

// How a distinct entity is known in sets: kind, tab, folded key.
std::string EntityKey(std::string_view kind, std::string_view key) {
  std::string k;
  k.reserve(kind.size() + 1 + key.size());
  return k.append(kind).append(1, '\t').append(key);
}

const char* EncodingName(Encoding e) { return e == Encoding::kWindows1252 ? "windows-1252" : "utf-8"; }

}  // namespace

Result<Ledger> Ledger::Open(const std::string& path, Mode mode, double wait_seconds) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (mode == Mode::kRead && !exists) {
    return Status::NotFound(fmt::format("no ledger at {} (run `hearsay extract` first, or pass --ledger)", path));
  }
  if (exists) {
    // Refuse anything that is not SQLite before SQLite touches it.
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::IoError(fmt::format("cannot open ledger {}", path));
    char head[16] = {};
    const size_t n = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (n > 0 && (n < 16 || std::string_view(head, 16) != std::string_view("SQLite format 3\0", 16))) {
      return Status::Corrupt(fmt::format("{} is not a hearsay ledger (not a SQLite database); left untouched", path));
    }
  }
  Result<Db> db = Db::Open(path, mode == Mode::kRead ? Db::Mode::kReadOnly : Db::Mode::kCreate, wait_seconds);
  if (!db.ok()) return Status::IoError(fmt::format("cannot open ledger {}: {}", path, db.status().message()));
  Ledger ledger(std::move(*db));
  Result<int64_t> version = ledger.db_.QueryInt("PRAGMA user_version");
  if (!version.ok()) return Status::Corrupt(fmt::format("{}: {}", path, version.status().message()));
  ledger.version_ = static_cast<int>(*version);
  if (ledger.version_ > kSchemaVersion) {
    return Status::Unsupported(fmt::format(
        "{} has ledger schema version {}, newer than this hearsay understands ({}); upgrade hearsay. The file was left untouched",
        path, ledger.version_, kSchemaVersion));
  }
  if (ledger.version_ == 0) {
    Result<int64_t> tables = ledger.db_.QueryInt("SELECT count(*) FROM sqlite_schema");
    if (tables.ok() && *tables > 0) {
      return Status::Corrupt(fmt::format("{} is a SQLite database but not a hearsay ledger; left untouched", path));
    }
  }
  if (mode == Mode::kRead) {
    if (ledger.version_ == 0) {
      return Status::Unsupported(fmt::format(
          "{} is a ledger whose creation did not finish (no tables yet); run `hearsay extract` to create it", path));
    }
    if (ledger.version_ < kSchemaVersion) {
      return Status::Unsupported(fmt::format("{} has schema version {}; run `hearsay extract` once to migrate it", path, ledger.version_));
    }
    if (Status s = ledger.db_.Exec("PRAGMA query_only=ON"); !s.ok()) return s;
    ledger.bulk_ = ledger.Meta("bulk_load").ok();
    return ledger;
  }
  // A new ledger gets 16 KiB pages (before WAL mode writes the header): rows are appended
  // in id order, and larger pages mean fewer splits and WAL frames (extract ~8% faster
  // than with 4 KiB). An existing ledger keeps its page size.
  if (ledger.version_ == 0) {
    if (Status s = ledger.db_.Exec("PRAGMA page_size=16384"); !s.ok()) return s;
  }
  if (Status s = ledger.db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"); !s.ok()) {
    return s;
  }
  // Migrations rebuild tables, which needs foreign keys off; they are on for everything else.
  if (Status s = ledger.Migrate(); !s.ok()) return s;
  if (Status s = ledger.db_.Exec("PRAGMA foreign_keys=ON"); !s.ok()) return s;
  // An interrupted bulk load is finished before anything else is written.
  if (ledger.Meta("bulk_load").ok()) {
    ledger.bulk_ = true;
    if (Status s = ledger.EndBulk(); !s.ok()) return s;
  }
  if (Status s = ledger.PrepareWriters(); !s.ok()) return s;
  return ledger;
}

Status Ledger::CreateAtVersion(const std::string& path, int version) {
  Result<Db> db = Db::Open(path, Db::Mode::kCreate);
  if (!db.ok()) return db.status();
  for (int v = 0; v < version && v < kSchemaVersion; ++v) {
    if (Status s = db->Exec(fmt::format("BEGIN; {} PRAGMA user_version={}; COMMIT;", kMigrations[v], v + 1)); !s.ok()) return s;
  }
  return Status::Ok();
}

Status Ledger::Migrate() {
  if (version_ >= kSchemaVersion) return SetMeta("schema_version", std::to_string(kSchemaVersion));
  // Every step in one transaction: a ledger is at one version or the next, never between,
  // even when the process is killed while it creates a new one. BEGIN IMMEDIATE: two
  // processes migrating at once serialize on the write lock, and the second finds the
  // work done.
  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  auto fail = [&](Status s) {
    db_.Exec("ROLLBACK").ok();
    return s;
  };
  Result<int64_t> v = db_.QueryInt("PRAGMA user_version");
  if (!v.ok()) return fail(v.status());
  const int from = static_cast<int>(*v);
  for (int at = from; at < kSchemaVersion; ++at) {
    Status s = db_.Exec(kMigrations[at]);
    if (s.ok()) s = db_.Exec(fmt::format("PRAGMA user_version={}", at + 1));
    if (!s.ok()) return fail(Status::Corrupt(fmt::format("migrating the ledger from version {}: {}", at, s.message())));
  }
  if (Status s = SetMeta("schema_version", std::to_string(kSchemaVersion)); !s.ok()) return fail(s);
  if (Status s = db_.Exec("COMMIT"); !s.ok()) return fail(s);
  version_ = kSchemaVersion;
  return Status::Ok();
}

Status Ledger::PrepareWriters() {
  struct Item { Stmt* stmt; std::string sql; };
  const Item items[] = {
      {&find_hash_, "SELECT hash FROM documents WHERE path = ?1"},
      {&find_doc_, "SELECT id FROM documents WHERE path = ?1"},
      {&delete_doc_, "DELETE FROM documents WHERE id = ?1"},
      {&insert_doc_, "INSERT INTO documents(id, path, hash, bytes, encoding, title, byline, published, reference_date, "
                     "format, record, url, outlet, authors, language, text) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"},
      {&insert_claim_, "INSERT INTO claims(id, doc_id, start, end, line, col, text, direct, cue, speaker, speaker_key, "
                       "speaker_type, speaker_role, speaker_org, speaker_org_key, outlet, sentence_start, sentence_end, sentence, "
                       "attribution, rule) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"},
      {&insert_person_, "INSERT INTO people(id, doc_id, start, end, text, name, name_key, role, org) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&insert_org_, "INSERT INTO orgs(id, doc_id, start, end, text, name, name_key, type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&insert_figure_, "INSERT INTO figures(id, doc_id, start, end, text, unit, value, low, high, qualifier, noun) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&insert_date_, "INSERT INTO dates(id, doc_id, start, end, text, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&insert_link_, "INSERT INTO claim_links(claim_id, kind, item_id) VALUES (?1, ?2, ?3)"},
      {&insert_entity_, "INSERT OR IGNORE INTO entities(kind, key, name) VALUES (?1, ?2, ?3)"},
      {&index_claims_, fmt::format("INSERT INTO claims_fts(rowid, text) SELECT c.id, c.text FROM json_each(?1) j "
                                   "JOIN claims c ON c.id >= (j.value << {0}) AND c.id < ((j.value + 1) << {0})", kDocIdShift)},
  };
  for (const Item& it : items) {
    Result<Stmt> st = db_.Prepare(it.sql);
    if (!st.ok()) return st.status();
    *it.stmt = std::move(*st);
  }
  return Status::Ok();
}

Result<std::optional<std::string>> Ledger::StoredHash(const std::string& path) {
  find_hash_.Bind(1, path);
  Status s;
  std::optional<std::string> out;
  if (find_hash_.Step(&s)) out = find_hash_.Text(0);
  find_hash_.Reset();
  if (!s.ok()) return s;
  return out;
}

Status Ledger::Begin() {
  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  in_batch_ = true;
  return Status::Ok();
}

Status Ledger::Commit() {
  in_batch_ = false;
  Status s = IndexClaimText(fts_pending_);
  fts_pending_.clear();
  if (s.ok()) s = db_.Exec("COMMIT");
  if (!s.ok()) {
    db_.Exec("ROLLBACK").ok();
    entities_seen_.clear();
  }
  return s;
}

void Ledger::Rollback() {
  in_batch_ = false;
  fts_pending_.clear();
  db_.Exec("ROLLBACK").ok();
  entities_seen_.clear();
}

Status Ledger::IndexClaimText(const std::vector<int64_t>& doc_ids) {
  if (doc_ids.empty() || bulk_) return Status::Ok();  // a bulk load rebuilds the index at its end
  return index_claims_.Bind(1, fmt::format("[{}]", fmt::join(doc_ids, ","))).Run();
}

Status Ledger::AddEntity(const PreparedRows::Entity& e) {
  std::string seen_key = EntityKey(e.kind, e.key);
  // A cache in front of INSERT OR IGNORE: bounded, so memory does not grow with the corpus.
  if (entities_seen_.size() >= 100000) entities_seen_.clear();
  if (!entities_seen_.insert(seen_key).second) return Status::Ok();
  entities_pending_.push_back(std::move(seen_key));
  return insert_entity_.Bind(1, e.kind).Bind(2, e.key).Bind(3, e.name).Run();
}

Status Ledger::BeginBulk() {
  if (bulk_) return Status::Ok();
  if (Status s = db_.Exec(std::string("BEGIN IMMEDIATE;") + kBulkBegin + "COMMIT;"); !s.ok()) {
    db_.Exec("ROLLBACK").ok();
    return s;
  }
  bulk_ = true;
  // A rollback journal while loading: pages appended to the file are written once, where
  // WAL writes every page twice (to the log, then at the checkpoint); 200 MB corpus 8%
  // faster. Synchronous FULL keeps it safe from power loss. When another connection has
  // the ledger open, SQLite keeps WAL, which is only slower.
  db_.Exec("PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=FULL").ok();
  return Status::Ok();
}

Status Ledger::EndBulk() {
  if (!bulk_) return Status::Ok();
  if (Status s = db_.Exec(std::string("BEGIN IMMEDIATE;") + kBulkEnd + "COMMIT;"); !s.ok()) {
    db_.Exec("ROLLBACK").ok();
    return s;
  }
  bulk_ = false;
  // Back to WAL (readers do not block the writer); if a reader holds the file now, the
  // next writer's Open switches it.
  db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL").ok();
  return Status::Ok();
}

Status Ledger::SetMeta(const std::string& key, const std::string& value) {
  Result<Stmt> st = db_.Prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!st.ok()) return st.status();
  return st->Bind(1, key).Bind(2, value).Run();
}

Result<std::string> Ledger::Meta(const std::string& key) const {
  Result<Stmt> st = db_.Prepare("SELECT value FROM meta WHERE key = ?1");
  if (!st.ok()) return st.status();
  st->Bind(1, key);
  Status s;
  if (!st->Step(&s)) return s.ok() ? Status::NotFound(key) : s;
  return st->Text(0);
}

PreparedRows PrepareRows(const Document& doc, const Items& items) {
  PreparedRows r;
  StringSet seen;
  // Every person, organisation, speaker and speaker's organisation is listed once in
  // entities, which `query --speaker/--company` search instead of the items themselves.
  auto entity = [&](const char* kind, const std::string& key, const std::string& name) {
    if (name.empty() || !seen.insert(EntityKey(kind, key)).second) return;
    r.entities.push_back({kind, key, name});
  };
  r.person_keys.reserve(items.people.size());
  for (const PersonMention& p : items.people) {
    r.person_keys.push_back(FoldName(p.name));
    entity("person", r.person_keys.back(), p.name);
  }
  r.org_keys.reserve(items.orgs.size());
  for (const OrgMention& o : items.orgs) {
    r.org_keys.push_back(FoldName(o.name));
    entity("org", r.org_keys.back(), o.name);
  }
  const LineIndex lines(doc.text);
  for (const Claim& c : items.claims) {
    r.speaker_keys.push_back(FoldName(c.speaker));
    r.speaker_org_keys.push_back(FoldName(c.speaker_org));
    r.line_col.push_back(lines.At(c.span().begin));
    entity(SpeakerTypeName(c.speaker_type), r.speaker_keys.back(), c.speaker);
    entity("org", r.speaker_org_keys.back(), c.speaker_org);
  }
  return r;
}

namespace {

// True when items[i] (a list sorted by span) has the span of the item before it: the
// ledger stores a span once, and links to the first.
template <typename Item>
bool RepeatsPrevious(const std::vector<Item>& items, size_t i) {
  return i > 0 && SpanOf(items[i]) == SpanOf(items[i - 1]);
}

// Calls f(index) for each item of `items` but the repeats (RepeatsPrevious).
template <typename Item, typename F>
Status ForEachDistinct(const std::vector<Item>& items, F&& f) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (RepeatsPrevious(items, i)) continue;
    if (Status s = f(i); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status Ledger::Replace(const DocumentRecord& r) {
  const Document& doc = *r.doc;
  const Metadata& meta = *r.meta;
  const Items& items = *r.items;
  std::optional<PreparedRows> own_rows;
  if (!r.rows) own_rows = PrepareRows(doc, items);
  const PreparedRows& rows = r.rows ? *r.rows : *own_rows;
  for (size_t n : {items.claims.size(), items.people.size(), items.orgs.size(), items.figures.size(), items.dates.size()}) {
    if (n >= kMaxItemsPerKind) {
      return Status::Unsupported(fmt::format("more than {} items of one kind in one document; split the file", kMaxItemsPerKind - 1));
    }
  }
  if (!in_batch_) {
    if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  }
  auto abandon = [&](Status s) {  // before the savepoint: nothing of this document is written
    if (!in_batch_) db_.Exec("ROLLBACK").ok();
    return s;
  };
  // A path already in the ledger keeps its doc_id (and so its item ids); deleting it
  // deletes its items (trigger documents_delete).
  std::optional<int64_t> doc_id;
  {
    Status s;
    find_doc_.Bind(1, doc.Key());
    if (find_doc_.Step(&s)) doc_id = find_doc_.Int(0);
    find_doc_.Reset();
    if (!s.ok()) return abandon(s);
  }
  // Stored earlier in this batch: its claims join claims_fts now, so that the delete
  // trigger removes entries that exist (and they stay indexed if this document fails).
  if (auto it = std::find(fts_pending_.begin(), fts_pending_.end(), doc_id.value_or(-1)); doc_id && it != fts_pending_.end()) {
    if (Status s = IndexClaimText({*doc_id}); !s.ok()) return abandon(s);
    fts_pending_.erase(it);
  }
  // A savepoint makes the document whole or absent, alone or inside a batch.
  if (Status s = db_.Exec("SAVEPOINT doc"); !s.ok()) return abandon(s);
  entities_pending_.clear();
  auto fail = [&](Status s) {
    db_.Exec(in_batch_ ? "ROLLBACK TO doc; RELEASE doc" : "ROLLBACK").ok();
    for (const std::string& k : entities_pending_) entities_seen_.erase(k);
    return s;
  };
  const std::string_view text = doc.text;
  if (doc_id) {
    if (Status s = delete_doc_.Bind(1, *doc_id).Run(); !s.ok()) return fail(s);
  }
  // A new document takes the next rowid, so its rows are appended to every table.
  insert_doc_.Bind(2, doc.Key()).Bind(3, doc.hash).Bind(4, static_cast<int64_t>(doc.original_size))
      .Bind(5, EncodingName(doc.encoding)).BindOrNull(6, doc.meta.title.empty() ? meta.title.In(text) : std::string_view(doc.meta.title)).BindOrNull(7, meta.byline)
      .BindOrNull(8, meta.published).BindOrNull(9, meta.reference);
  std::string authors;
  for (const std::string& a : doc.meta.authors) authors += (authors.empty() ? "" : "; ") + a;
  insert_doc_.Bind(10, FormatName(doc.format)).BindOrNull(11, doc.record).BindOrNull(12, doc.meta.url)
      .BindOrNull(13, doc.meta.outlet).BindOrNull(14, authors).BindOrNull(15, doc.meta.language).Bind(16, text);
  if (doc_id) insert_doc_.Bind(1, *doc_id);
  else insert_doc_.BindNull(1);
  if (Status s = insert_doc_.Run(); !s.ok()) return fail(s);
  const int64_t id = sqlite3_last_insert_rowid(db_.get());
  auto bind_span = [&](Stmt& st, ItemKind kind, size_t n, Span span) {
    const Span o = doc.Original(span);
    st.Bind(1, ItemId(id, kind, n)).Bind(2, id).Bind(3, o.begin).Bind(4, o.end).Bind(5, span.In(text));
  };
  Status s = ForEachDistinct(items.people, [&](size_t i) {
    const PersonMention& p = items.people[i];
    bind_span(insert_person_, ItemKind::kPerson, i, p.span);
    return insert_person_.Bind(6, p.name).Bind(7, rows.person_keys[i]).BindOrNull(8, p.role).BindOrNull(9, p.org).Run();
  });
  if (s.ok()) {
    s = ForEachDistinct(items.orgs, [&](size_t i) {
      const OrgMention& o = items.orgs[i];
      bind_span(insert_org_, ItemKind::kOrg, i, o.span);
      return insert_org_.Bind(6, o.name).Bind(7, rows.org_keys[i]).BindOrNull(8, o.type).Run();
    });
  }
  if (s.ok()) {
    s = ForEachDistinct(items.figures, [&](size_t i) {
      const FigureMention& f = items.figures[i];
      bind_span(insert_figure_, ItemKind::kFigure, i, f.span);
      return insert_figure_.Bind(6, f.unit).Bind(7, f.value).Bind(8, f.low).Bind(9, f.high)
          .BindOrNull(10, f.qualifier).BindOrNull(11, f.noun).Run();
    });
  }
  if (s.ok()) {
    s = ForEachDistinct(items.dates, [&](size_t i) {
      const DateMention& d = items.dates[i];
      bind_span(insert_date_, ItemKind::kDate, i, d.span);
      return insert_date_.BindOrNull(6, d.value).Run();
    });
  }
  for (const PreparedRows::Entity& e : rows.entities) {
    if (!s.ok()) break;
    s = AddEntity(e);
  }
  if (!s.ok()) return fail(s);
  // Links each mention inside the claim (every list is sorted by span) to `claim_id`.
  auto link_all = [&](int64_t claim_id, Span span, const char* kind, ItemKind k, const auto& mentions) -> Status {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), span.begin,
                               [](const auto& m, uint32_t b) { return m.span.begin < b; });
    for (; it != mentions.end() && it->span.begin < span.end; ++it) {
      const auto n = static_cast<size_t>(it - mentions.begin());
      if (!span.Contains(it->span) || RepeatsPrevious(mentions, n)) continue;
      if (Status e = insert_link_.Bind(1, claim_id).Bind(2, kind).Bind(3, ItemId(id, k, n)).Run(); !e.ok()) return e;
    }
    return Status::Ok();
  };
  s = ForEachDistinct(items.claims, [&](size_t i) {
    const Claim& c = items.claims[i];
    const Span span = c.span();
    const Span o = doc.Original(span);
    const Span so = doc.Original(c.sentence);
    const int64_t claim_id = ItemId(id, ItemKind::kClaim, i);
    const auto [line, col] = rows.line_col[i];
    insert_claim_.Bind(1, claim_id).Bind(2, id).Bind(3, o.begin).Bind(4, o.end).Bind(5, line).Bind(6, col)
        .Bind(7, c.text).Bind(8, c.direct).BindOrNull(9, c.cue).BindOrNull(10, c.speaker)
        .BindOrNull(11, rows.speaker_keys[i]).Bind(12, SpeakerTypeName(c.speaker_type))
        .BindOrNull(13, c.speaker_role).BindOrNull(14, c.speaker_org).BindOrNull(15, rows.speaker_org_keys[i])
        .BindOrNull(16, c.outlet).Bind(17, so.begin).Bind(18, so.end).Bind(19, c.sentence.In(text))
        .Bind(20, AttributionName(c.attribution)).BindOrNull(21, c.rule);
    if (Status e = insert_claim_.Run(); !e.ok()) return e;
    for (Status e : {link_all(claim_id, span, "person", ItemKind::kPerson, items.people),
                     link_all(claim_id, span, "org", ItemKind::kOrg, items.orgs),
                     link_all(claim_id, span, "figure", ItemKind::kFigure, items.figures),
                     link_all(claim_id, span, "date", ItemKind::kDate, items.dates)}) {
      if (!e.ok()) return e;
    }
    return Status::Ok();
  });
  if (!s.ok()) return fail(s);
  if (!in_batch_) {
    if (Status e = IndexClaimText({id}); !e.ok()) return fail(e);
  }
  if (Status e = db_.Exec(in_batch_ ? "RELEASE doc" : "RELEASE doc; COMMIT"); !e.ok()) return fail(e);
  if (in_batch_) fts_pending_.push_back(id);
  return Status::Ok();
}

}  // namespace hearsay
