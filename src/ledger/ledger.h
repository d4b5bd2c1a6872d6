// The ledger: a plain SQLite file (WAL, foreign keys on) holding documents and every item
// extracted from them with byte offsets into the file on disk. Schema and columns are
// documented in README.md ("The ledger"). Migrations run forward, tracked in
// PRAGMA user_version. Every statement binds its parameters.
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
#include "ledger/sqlite.h"

namespace hearsay {

// The schema version this build writes. Older ledgers are migrated forward on open for
// writing; newer ones are refused.
inline constexpr int kSchemaVersion = 3;

// Everything the ledger stores for one document.
struct DocumentRecord {
  const Document* doc = nullptr;
  const Metadata* meta = nullptr;
  const Items* items = nullptr;
};

// A stable item id: derived from the document path, the kind and the original offsets,
// so the same extraction gives the same ids on every run. 52 bits (exact in JSON).
int64_t StableId(std::string_view path, ItemKind kind, uint32_t start, uint32_t end);

class Ledger {
 public:
  enum class Mode {
    kWrite,  // create if missing, migrate forward
    kRead,   // must exist and be current or older (read-only, never modified)
  };
  static Result<Ledger> Open(const std::string& path, Mode mode);
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
  Status SetMeta(const std::string& key, const std::string& value);
  Result<std::string> Meta(const std::string& key) const;
  int schema_version() const { return version_; }
  const Db& db() const { return db_; }

 private:
  explicit Ledger(Db db) : db_(std::move(db)) {}
  Status Migrate();
  Status PrepareWriters();

  Db db_;  // declared before the statements prepared on it
  int version_ = 0;
  bool in_batch_ = false;
  Stmt find_hash_, delete_doc_, insert_doc_, insert_claim_, insert_person_, insert_org_,
      insert_figure_, insert_date_, insert_link_, insert_entity_;
};

}  // namespace hearsay

#endif  // HEARSAY_LEDGER_LEDGER_H_
