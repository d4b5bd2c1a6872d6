#include "ledger/sqlite.h"

#include <unistd.h>

#include <thread>

#include <fmt/format.h>

namespace hearsay {

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_.get(), i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(stmt_.get(), i, v);
  return *this;
}
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_.get(), i);
  return *this;
}

bool Stmt::Step(Status* status) {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    sqlite3* db = sqlite3_db_handle(stmt_.get());
    *status = (rc & 0xFF) == SQLITE_BUSY ? Status::Busy(fmt::format("the ledger is locked by another process ({}); --wait SECONDS waits longer", sqlite3_errmsg(db))) : Status::IoError(fmt::format("sqlite: {}", sqlite3_errmsg(db)));
  }
  return false;
}

Status Stmt::Run() {
  Status s;
  while (Step(&s)) {
  }
  Reset();
  return s;
}

void Stmt::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Stmt::Text(int col) const {
  const auto* p = sqlite3_column_text(stmt_.get(), col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), col))) : std::string();
}

int Db::OnBusy(void* arg, int count) {
  BusyWait& w = *static_cast<BusyWait*>(arg);
  const auto now = std::chrono::steady_clock::now();
  if (count == 0) w.since = now;
  const double waited = std::chrono::duration<double>(now - w.since).count();
  if (waited >= w.seconds) return 0;
  if (!w.told && waited >= 1 && ::isatty(STDERR_FILENO)) {
    fmt::print(stderr, "hearsay: {}: locked by another process; waiting up to {:g} s (--wait SECONDS)\n", w.path, w.seconds);
    w.told = true;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(count < 20 ? 2 : 25));
  return 1;
}

Result<Db> Db::Open(const std::string& path, Mode mode, double wait_seconds) {
  // No global memory statistics: they take a process-wide mutex on every allocation, which
  // cost the ledger writer 5% of its time. Must precede SQLite's initialization.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  Db db;
  sqlite3* raw = nullptr;
  const int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY
                    : mode == Mode::kReadWrite ? SQLITE_OPEN_READWRITE
                                               : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  db.db_.reset(raw);
  if (rc != SQLITE_OK) return Status::IoError(raw ? sqlite3_errmsg(raw) : "cannot open");
  sqlite3_extended_result_codes(raw, 1);
  db.wait_ = std::make_unique<BusyWait>(BusyWait{path, wait_seconds, {}, false});
  sqlite3_busy_handler(raw, &Db::OnBusy, db.wait_.get());
  return db;
}

Result<Stmt> Db::Prepare(std::string_view sql) const {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
    return Error(fmt::format("prepare `{}`", sql.substr(0, 60)));
  }
  return Stmt(s);
}

Status Db::Exec(const std::string& sql) const {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  if ((rc & 0xFF) == SQLITE_BUSY) return Busy();
  if ((rc & 0xFF) == SQLITE_NOTADB) return Status::Corrupt("not a SQLite database");
  return Status::IoError("sqlite: " + msg);
}

Result<int64_t> Db::QueryInt(const std::string& sql) const {
  Result<Stmt> st = Prepare(sql);
  if (!st.ok()) return st.status();
  Status s;
  if (!st->Step(&s)) return s.ok() ? Status::NotFound("no row") : s;
  return st->Int(0);
}

Status Db::Busy() const {
  return Status::Busy(fmt::format("the ledger is locked by another process (waited {:g} s); --wait SECONDS waits longer",
                                  wait_ ? wait_->seconds : 0));
}

Status Db::Error(std::string_view what) const {
  const int rc = sqlite3_errcode(db_.get());
  if ((rc & 0xFF) == SQLITE_NOTADB) return Status::Corrupt("not a SQLite database");
  if ((rc & 0xFF) == SQLITE_BUSY) return Busy();
  return Status::IoError(fmt::format("{}: {}", what, sqlite3_errmsg(db_.get())));
}

}  // namespace hearsay
