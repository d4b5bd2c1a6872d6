#include "cli/common.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>

namespace hearsay {

void AddGlobalOptions(CLI::App& app, GlobalOptions* options) {
  app.add_option("--ledger", options->ledger, "Ledger file (default: $HEARSAY_LEDGER, else ./hearsay.db)")->type_name("FILE");
  app.add_option("--data-dir", options->data_dir, "Folder of extra lexicon files (*.tsv, *.txt) that add to the built-in ones")
      ->type_name("DIR");
}

std::string LedgerPath(const GlobalOptions& options) {
  if (!options.ledger.empty()) return options.ledger;
  if (const char* env = std::getenv("HEARSAY_LEDGER"); env && *env) return env;
  return "hearsay.db";
}

void AddOutputOptions(CLI::App& app, OutputOptions* options, bool with_table) {
  std::map<std::string, Format> formats = {{"csv", Format::kCsv}, {"json", Format::kJson}, {"jsonl", Format::kJsonl}};
  if (with_table) formats["table"] = Format::kTable;
  else options->format = Format::kCsv;
  app.add_option("--format", options->format, with_table ? "Output format: table, csv, json or jsonl (default: table)"
                                                         : "Output format: csv or jsonl (default: csv)")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  app.add_option("-o,--output", options->output, "Write to FILE instead of standard output")->type_name("FILE");
}

Status WriteOutput(const OutputOptions& options, std::string_view data) {
  if (options.output == "-" || options.output.empty()) {
    const size_t n = std::fwrite(data.data(), 1, data.size(), stdout);
    if (std::fflush(stdout) != 0 || n != data.size()) {
      if (errno == EPIPE) return Status::Ok();
      return Status::IoError("cannot write to standard output");
    }
    return Status::Ok();
  }
  FILE* f = std::fopen(options.output.c_str(), "wb");
  if (!f) return Status::IoError(options.output + ": cannot open for writing: " + std::strerror(errno));
  const size_t n = std::fwrite(data.data(), 1, data.size(), f);
  const bool ok = n == data.size() && std::fclose(f) == 0;
  if (!ok) return Status::IoError(options.output + ": write failed");
  return Status::Ok();
}

void Diagnose(std::string_view path, std::string_view message) {
  std::cerr << path << ": " << message << '\n';
}

void Complain(std::string_view message) { std::cerr << "hearsay: " << message << '\n'; }

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }
bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

bool ColorEnabled() {
  const char* no = std::getenv("NO_COLOR");
  return StdoutIsTerminal() && !(no && *no);
}

int TerminalWidth() {
  if (const char* cols = std::getenv("COLUMNS"); cols && std::atoi(cols) > 20) return std::atoi(cols);
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 100;
}

}  // namespace hearsay
