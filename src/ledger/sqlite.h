// Thin RAII over the SQLite C API: Db owns a sqlite3*, Stmt a sqlite3_stmt*, both
// move-only (a handle has one owner, which closes it). SQLite errors become Status.
// Declare a Db before the Stmts prepared on it, so they are finalized first.
#ifndef HEARSAY_LEDGER_SQLITE_H_
#define HEARSAY_LEDGER_SQLITE_H_

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "hearsay/status.h"

namespace hearsay {

class Stmt {
 public:
  Stmt() = default;
  explicit Stmt(sqlite3_stmt* s) : stmt_(s) {}
  Stmt(Stmt&&) = default;
  Stmt& operator=(Stmt&&) = default;

  // Binds by 1-based index. Text is copied (SQLITE_TRANSIENT).
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& Bind(int i, uint32_t v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, bool v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& BindNull(int i);
  // "" binds NULL: optional text columns.
  Stmt& BindOrNull(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }
  Stmt& Bind(int i, const std::optional<double>& v) { return v ? Bind(i, *v) : BindNull(i); }

  // Steps once: true while a row is ready, false when done; errors in *status.
  bool Step(Status* status);
  // Steps to the end, for statements that return no rows; then resets.
  Status Run();
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
  double Double(int col) const { return sqlite3_column_double(stmt_.get(), col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  std::string Text(int col) const;
  sqlite3_stmt* get() const { return stmt_.get(); }

 private:
  struct Finalizer { void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); } };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

class Db {
 public:
  enum class Mode { kReadOnly, kReadWrite, kCreate };
  // A database locked by another process is waited on for up to `wait_seconds` (after a
  // second, a line on stderr says so when it is a terminal) before Busy is returned.
  static Result<Db> Open(const std::string& path, Mode mode, double wait_seconds = 60);
  Db(Db&&) = default;
  Db& operator=(Db&&) = default;

  Result<Stmt> Prepare(std::string_view sql) const;
  // Runs one or more statements with no parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const std::string& sql) const;
  Result<int64_t> QueryInt(const std::string& sql) const;
  Status Error(std::string_view what) const;
  Status Busy() const;  // what a locked database returns, with how long it was waited on
  sqlite3* get() const { return db_.get(); }

 private:
  Db() = default;
  struct BusyWait {
    std::string path;
    double seconds = 0;
    std::chrono::steady_clock::time_point since;
    bool told = false;
  };
  static int OnBusy(void* wait, int count);
  struct Closer { void operator()(sqlite3* d) const { sqlite3_close_v2(d); } };
  std::unique_ptr<BusyWait> wait_;  // before db_: the handle, closed first, points at it
  std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace hearsay

#endif  // HEARSAY_LEDGER_SQLITE_H_
