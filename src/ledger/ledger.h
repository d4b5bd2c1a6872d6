// The ledger: a plain SQLite file (WAL; a rollback journal during bulk loads) holding
// documents and every item extracted from them with byte offsets into the file on disk.
// Schema and columns are documented in README.md ("The ledger"). Migrations run forward,
// tracked in PRAGMA user_version. Every statement binds its parameters.
//
//   Result<Ledger> ledger = Ledger::Open("hearsay.db", Ledger::Mode::kWrite);
//   if (ledger->StoredHash(doc.path) == doc.hash) continue;   // unchanged
//   Status s = ledger->Replace(record);                       // one transaction
//
// Not thread-safe: one writer thread owns a Ledger. Move-only.
#ifndef HEARSAY_LEDGER_LEDGER_H_
#define HEARSAY_LEDGER_LEDGER_H_

#include <optional>
#include <string>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/items.h"
#include "hearsay/status.h"
#include "hearsay/text.h"
#include "base/hash.h"
#include "ledger/sqlite.h"

namespace hearsay {

// The schema version this build writes. Older ledgers are migrated forward on open for
// writing; newer ones are refused.
inline constexpr int kSchemaVersion = 6;

// What Replace derives from a document without the database: folded name keys, each
// claim's line and column, the document's distinct entities. PrepareRows is thread-safe,
// so extract's workers make these and the one writer thread only binds and steps.
struct PreparedRows {
  struct Entity {
    const char* kind;  // "person", "org", "group", ...
    std::string key, name;
  };
  std::vector<std::string> person_keys, org_keys;           // FoldName of each mention's name
  std::vector<std::string> speaker_keys, speaker_org_keys;  // per claim
  std::vector<std::pair<int64_t, int64_t>> line_col;        // per claim: 1-based line, column in characters
  std::vector<Entity> entities;                             // distinct (kind, key), first name seen
};
PreparedRows PrepareRows(const Document& doc, const Items& items);

// Everything the ledger stores for one document.
struct DocumentRecord {
  const Document* doc = nullptr;
  const Metadata* meta = nullptr;
  const Items* items = nullptr;
  const PreparedRows* rows = nullptr;  // nullptr: Replace prepares them itself
};

// An item's id (and rowid): doc_id << 24 | kind << 21 | n, where n is the item's index
// among the document's items of that kind. A document's rows are one contiguous rowid
// range per table, [doc_id << 24, (doc_id + 1) << 24), written together; ids stay the
// same when an unchanged document is extracted again, because a replaced path keeps its
// doc_id. Exact in JSON below 2^53 (doc_id below 2^29).
inline constexpr int kDocIdShift = 24;
inline constexpr int kKindShift = 21;
inline constexpr size_t kMaxItemsPerKind = size_t{1} << kKindShift;
constexpr int64_t ItemId(int64_t doc_id, ItemKind kind, size_t n) {
  return (doc_id << kDocIdShift) | (static_cast<int64_t>(kind) << kKindShift) | static_cast<int64_t>(n);
}
constexpr int64_t DocIdOfItem(int64_t item_id) { return item_id >> kDocIdShift; }
// The first id of a document's range; the range ends at FirstItemId(doc_id + 1).
constexpr int64_t FirstItemId(int64_t doc_id) { return doc_id << kDocIdShift; }

class Ledger {
 public:
  enum class Mode {
    kWrite,  // create if missing, migrate forward
    kRead,   // must exist and be current or older (read-only, never modified)
  };
  // A ledger another process is writing is waited on for up to `wait_seconds`.
  static Result<Ledger> Open(const std::string& path, Mode mode, double wait_seconds = 60);
  // Applies the first `version` migrations to an empty database (tests of migration).
  static Status CreateAtVersion(const std::string& path, int version);

  Ledger(Ledger&&) = default;
  Ledger& operator=(Ledger&&) = default;

  // The content hash stored for `path`, or nullopt when the path is not in the ledger.
  Result<std::optional<std::string>> StoredHash(const std::string& path);
  // Replaces every row of the document in one transaction (or in the enclosing batch).
  Status Replace(const DocumentRecord& record);
  Status Begin();
  Status Commit();
  void Rollback();
  // Bulk loading, for a run that writes at least as much as the ledger holds: BeginBulk
  // drops the name indexes and the full-text triggers, so rows are only appended, and
  // EndBulk rebuilds them in one pass (CREATE INDEX sorts; FTS 'rebuild'), several times
  // cheaper than a random B-tree insert per row. Each is one transaction. A meta row
  // 'bulk_load' marks an unfinished load; the next Open for writing finishes it. Not
  // inside Begin/Commit.
  Status BeginBulk();
  Status EndBulk();
  // True while bulk loading; for a reader, while some writer is (or was interrupted):
  // name and text searches may then miss documents.
  bool bulk() const { return bulk_; }
  Status SetMeta(const std::string& key, const std::string& value);
  Result<std::string> Meta(const std::string& key) const;
  int schema_version() const { return version_; }
  const Db& db() const { return db_; }

 private:
  explicit Ledger(Db db) : db_(std::move(db)) {}
  Status Migrate();
  Status PrepareWriters();
  // INSERT OR IGNORE into entities, skipped when this Ledger already wrote the row.
  Status AddEntity(const PreparedRows::Entity& e);
  // Adds the claims of these documents to claims_fts, in one statement (see migration 4).
  Status IndexClaimText(const std::vector<int64_t>& doc_ids);

  Db db_;  // declared before the statements prepared on it
  int version_ = 0;
  bool in_batch_ = false;
  bool bulk_ = false;
  Stmt find_hash_, find_doc_, delete_doc_, insert_doc_, insert_claim_, insert_person_, insert_org_,
      insert_figure_, insert_date_, insert_link_, insert_entity_, index_claims_;
  std::vector<int64_t> fts_pending_;  // documents of the open batch whose claims are not in claims_fts yet
  // kind + '\t' + key of every entity row known to be in the ledger, and those added by the
  // open transaction (forgotten if it rolls back).
  StringSet entities_seen_;
  std::vector<std::string> entities_pending_;
};

}  // namespace hearsay

#endif  // HEARSAY_LEDGER_LEDGER_H_
