// Errors as values (STYLE.md c.1), after leveldb's Status.
//
//   Result<Document> doc = LoadDocument(path);
//   if (!doc.ok()) { std::cerr << path << ": " << doc.status().message(); continue; }
//   Use(*doc);
//
// Status and Result copy and move freely; a failed Result holds no value.
#ifndef HEARSAY_STATUS_H_
#define HEARSAY_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace hearsay {

class [[nodiscard]] Status {
 public:
  // Persisted nowhere, but kept stable: tests compare codes.
  enum class Code { kOk = 0, kNotFound = 1, kInvalidInput = 2, kIoError = 3, kCorrupt = 4,
                    kUnsupported = 5, kInternal = 6, kBusy = 7, kSkipped = 8 };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corrupt(std::string msg) { return Status(Code::kCorrupt, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }
  // Not an error: the input was deliberately passed over (an empty file).
  static Status Skipped(std::string msg) { return Status(Code::kSkipped, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that says why there is none; shaped like C++23 std::expected.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& operator*() & { assert(ok()); return *value_; }
  const T& operator*() const& { assert(ok()); return *value_; }
  T&& operator*() && { assert(ok()); return std::move(*value_); }
  T* operator->() { assert(ok()); return &*value_; }
  const T* operator->() const { assert(ok()); return &*value_; }
  T& value() & { return **this; }
  T&& value() && { return std::move(**this); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace hearsay

#endif  // HEARSAY_STATUS_H_
