// What every subcommand shares: the ledger path (--ledger, HEARSAY_LEDGER, ./hearsay.db),
// --data-dir, the --format/-o output options, terminal facts, and diagnostics on stderr.
#ifndef HEARSAY_CLI_COMMON_H_
#define HEARSAY_CLI_COMMON_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "hearsay/status.h"
#include "ledger/ledger.h"
#include "output/table.h"

namespace hearsay {

// Exit codes (STYLE.md c.11): the only place they are defined.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatch = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitInterrupted = 130;

struct GlobalOptions {
  std::string ledger;    // "" -> $HEARSAY_LEDGER -> ./hearsay.db
  std::string data_dir;  // extra lexicons
  double wait_seconds = 60;  // how long a ledger locked by another process is waited on
  bool quiet = false;
};

// Registers --ledger and --data-dir on `app` (they are accepted before or after the subcommand).
void AddGlobalOptions(CLI::App& app, GlobalOptions* options);
std::string LedgerPath(const GlobalOptions& options);
// Opens the ledger for reading. On failure it says why on stderr and returns nullopt; it
// warns when a bulk extract is running (or was interrupted), as searches may miss rows.
std::optional<Ledger> OpenLedgerToRead(const GlobalOptions& options);

enum class Format { kTable, kCsv, kJson, kJsonl };
// --format table|csv|json|jsonl and -o/--output FILE ("-" = stdout, the default).
struct OutputOptions {
  Format format = Format::kTable;
  std::string output = "-";
};
void AddOutputOptions(CLI::App& app, OutputOptions* options, bool with_table = true);

// Writes `data` to the output (stdout or a file). A broken pipe is not an error.
Status WriteOutput(const OutputOptions& options, std::string_view data);

// Streams output to standard output or to the -o file. A regular file is written under a
// temporary name beside it and renamed into place by Finish(), so a run that fails
// midway leaves any earlier file as it was and never half a file. Writes are buffered.
// After a broken pipe further writes are dropped and closed() turns true (not an error:
// `hearsay export | head` is fine). Move-only: it owns the open file.
//
//   Result<OutputSink> sink = OutputSink::Open(options.out);
//   sink->Write(header); ...; Status s = sink->Finish();
class OutputSink {
 public:
  static Result<OutputSink> Open(const OutputOptions& options);
  OutputSink(OutputSink&&) noexcept;
  OutputSink& operator=(OutputSink&&) = delete;
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;
  ~OutputSink();  // removes the temporary file unless Finish() succeeded

  Status Write(std::string_view data);
  // Flushes, closes and (for a file) renames into place.
  Status Finish();
  bool closed() const { return closed_; }

 private:
  OutputSink() = default;
  Status Flush();
  FILE* file_ = nullptr;
  bool owned_ = false;     // file_ is ours to close (not stdout)
  bool closed_ = false;    // the reader went away
  bool finished_ = false;
  std::string path_, temp_;  // temp_ "" when writing to path_ directly
  std::string name_;       // for messages
  std::string buffer_;
};

// Writes rows as csv (a header, then RFC 4180 rows), json (one array of objects) or
// jsonl (one object per line). Table output needs every row first; see RenderTable.
class RowWriter {
 public:
  // `columns` are the CSV header; the JSON objects carry their own keys.
  RowWriter(OutputSink& sink, Format format, std::vector<std::string_view> columns);
  Status Begin();  // the CSV header, or "[" for json
  Status Row(const std::vector<std::string>& cells, std::string_view json_object);
  Status End();    // "]" for json
  size_t rows() const { return rows_; }

 private:
  OutputSink& sink_;
  Format format_;
  std::vector<std::string_view> columns_;
  size_t rows_ = 0;
  std::string line_;
};

// The terminal's width, and colour when the table goes to a terminal that allows it.
TableOptions TableStyle(const OutputOptions& options);

// Writes a rendered table (or any text) through an OutputSink; returns the exit code.
int WriteTable(const OutputOptions& options, std::string_view text);

// `path: message` on stderr, one line.
void Diagnose(std::string_view path, std::string_view message);
// `hearsay: message` on stderr, one line.
void Complain(std::string_view message);

bool StdoutIsTerminal();
bool StderrIsTerminal();
bool ColorEnabled();  // stdout is a terminal and NO_COLOR is unset
int TerminalWidth();  // COLUMNS, the terminal's width, or 100

}  // namespace hearsay

#endif  // HEARSAY_CLI_COMMON_H_
