// What every subcommand shares: the ledger path (--ledger, HEARSAY_LEDGER, ./hearsay.db),
// --data-dir, the --format/-o output options, terminal facts, and diagnostics on stderr.
#ifndef HEARSAY_CLI_COMMON_H_
#define HEARSAY_CLI_COMMON_H_

#include <cstdio>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "hearsay/status.h"

namespace hearsay {

// Exit codes (STYLE.md c.11): the only place they are defined.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatch = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitInterrupted = 130;

struct GlobalOptions {
  std::string ledger;    // "" -> $HEARSAY_LEDGER -> ./hearsay.db
  std::string data_dir;  // extra lexicons
  bool quiet = false;
};

// Registers --ledger and --data-dir on `app` (they are accepted before or after the subcommand).
void AddGlobalOptions(CLI::App& app, GlobalOptions* options);
std::string LedgerPath(const GlobalOptions& options);

enum class Format { kTable, kCsv, kJson, kJsonl };
// --format table|csv|json|jsonl and -o/--output FILE ("-" = stdout, the default).
struct OutputOptions {
  Format format = Format::kTable;
  std::string output = "-";
};
void AddOutputOptions(CLI::App& app, OutputOptions* options, bool with_table = true);

// Writes `data` to the output (stdout or a file). A broken pipe is not an error.
Status WriteOutput(const OutputOptions& options, std::string_view data);

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
