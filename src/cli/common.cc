#include "cli/common.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <system_error>

#include "output/csv.h"

namespace hearsay {

void AddGlobalOptions(CLI::App& app, GlobalOptions* options) {
  app.add_option("--ledger", options->ledger, "Ledger file (default: $HEARSAY_LEDGER, else ./hearsay.db)")->type_name("FILE");
  app.add_option("--data-dir", options->data_dir, "Folder of extra lexicon files (*.tsv, *.txt) that add to the built-in ones")
      ->type_name("DIR");
  app.add_option("--wait", options->wait_seconds,
                 "Seconds to wait for a ledger that another hearsay process is writing (default: 60)")
      ->type_name("SECONDS")
      ->check(CLI::NonNegativeNumber);
}

std::string LedgerPath(const GlobalOptions& options) {
  if (!options.ledger.empty()) return options.ledger;
  if (const char* env = std::getenv("HEARSAY_LEDGER"); env && *env) return env;
  return "hearsay.db";
}

std::optional<Ledger> OpenLedgerToRead(const GlobalOptions& options) {
  const std::string path = LedgerPath(options);
  Result<Ledger> ledger = Ledger::Open(path, Ledger::Mode::kRead, options.wait_seconds);
  if (!ledger.ok()) {
    Complain(ledger.status().message());
    return std::nullopt;
  }
  if (ledger->bulk()) {
    Diagnose(path, "warning: an extract is loading in bulk (or was interrupted); speaker, company and text searches "
                   "may miss documents until it finishes (or the next extract)");
  }
  return std::move(*ledger);
}

void AddOutputOptions(CLI::App& app, OutputOptions* options, bool with_table) {
  std::map<std::string, Format> formats = {{"csv", Format::kCsv}, {"json", Format::kJson}, {"jsonl", Format::kJsonl}};
  if (with_table) {
    formats["table"] = Format::kTable;
  } else {
    formats.erase("json");  // without a table the outputs are for files: csv or jsonl
    options->format = Format::kCsv;
  }
  app.add_option("--format", options->format, with_table ? "Output format: table, csv, json or jsonl (default: table)"
                                                         : "Output format: csv or jsonl (default: csv)")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("FORMAT");
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

Result<OutputSink> OutputSink::Open(const OutputOptions& options) {
  OutputSink sink;
  if (options.output == "-" || options.output.empty()) {
    sink.file_ = stdout;
    sink.name_ = "standard output";
    return sink;
  }
  namespace fs = std::filesystem;
  sink.path_ = options.output;
  sink.name_ = options.output;
  std::error_code ec;
  const fs::file_status st = fs::status(sink.path_, ec);
  // Devices and pipes (/dev/stdout, a FIFO) cannot be replaced by a rename: write to them.
  const bool direct = fs::exists(st) && !fs::is_regular_file(st);
  if (!direct) sink.temp_ = sink.path_ + ".tmp-" + std::to_string(getpid());
  const std::string& target = direct ? sink.path_ : sink.temp_;
  sink.file_ = std::fopen(target.c_str(), "wb");
  if (!sink.file_) return Status::IoError(sink.path_ + ": cannot open for writing: " + std::strerror(errno));
  sink.owned_ = true;
  return sink;
}

OutputSink::OutputSink(OutputSink&& o) noexcept
    : file_(o.file_), owned_(o.owned_), closed_(o.closed_), finished_(o.finished_), path_(std::move(o.path_)),
      temp_(std::move(o.temp_)), name_(std::move(o.name_)), buffer_(std::move(o.buffer_)) {
  o.file_ = nullptr;
  o.owned_ = false;
  o.finished_ = true;
}

OutputSink::~OutputSink() {
  if (owned_ && file_) std::fclose(file_);
  if (!finished_ && !temp_.empty()) std::remove(temp_.c_str());
}

Status OutputSink::Flush() {
  if (buffer_.empty() || closed_) {
    buffer_.clear();
    return Status::Ok();
  }
  errno = 0;
  const size_t n = std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
  const bool whole = n == buffer_.size();
  buffer_.clear();
  if (whole && std::fflush(file_) == 0) return Status::Ok();
  if (errno == EPIPE) {
    closed_ = true;
    return Status::Ok();
  }
  return Status::IoError(name_ + ": write failed: " + std::strerror(errno));
}

Status OutputSink::Write(std::string_view data) {
  if (closed_) return Status::Ok();
  buffer_ += data;
  return buffer_.size() >= (1u << 16) ? Flush() : Status::Ok();
}

Status OutputSink::Finish() {
  if (finished_) return Status::Ok();
  Status s = Flush();
  if (s.ok() && !closed_ && file_ && std::fflush(file_) != 0 && errno != EPIPE) {
    s = Status::IoError(name_ + ": write failed: " + std::strerror(errno));
  }
  if (owned_ && file_) {
    if (std::fclose(file_) != 0 && s.ok()) s = Status::IoError(name_ + ": write failed: " + std::strerror(errno));
    file_ = nullptr;
  }
  if (s.ok() && !temp_.empty() && std::rename(temp_.c_str(), path_.c_str()) != 0) {
    s = Status::IoError(path_ + ": cannot replace: " + std::strerror(errno));
  }
  finished_ = s.ok();
  return s;
}

RowWriter::RowWriter(OutputSink& sink, Format format, std::vector<std::string_view> columns)
    : sink_(sink), format_(format), columns_(std::move(columns)) {}

Status RowWriter::Begin() {
  if (format_ == Format::kCsv) {
    line_.clear();
    AppendCsvRow(line_, columns_);
    return sink_.Write(line_);
  }
  if (format_ == Format::kJson) return sink_.Write("[");
  return Status::Ok();
}

Status RowWriter::Row(const std::vector<std::string>& cells, std::string_view json_object) {
  line_.clear();
  switch (format_) {
    case Format::kCsv: {
      std::vector<std::string_view> views(cells.begin(), cells.end());
      AppendCsvRow(line_, views);
      break;
    }
    case Format::kJson:
      line_ += rows_ == 0 ? "\n" : ",\n";
      line_ += json_object;
      break;
    case Format::kJsonl:
    case Format::kTable:
      line_ += json_object;
      line_ += '\n';
      break;
  }
  ++rows_;
  return sink_.Write(line_);
}

Status RowWriter::End() {
  if (format_ == Format::kJson) return sink_.Write(rows_ == 0 ? "]\n" : "\n]\n");
  return Status::Ok();
}

TableOptions TableStyle(const OutputOptions& options) {
  const bool to_stdout = options.output.empty() || options.output == "-";
  return {.width = TerminalWidth(), .color = to_stdout && ColorEnabled()};
}

int WriteTable(const OutputOptions& options, std::string_view text) {
  Result<OutputSink> sink = OutputSink::Open(options);
  Status s = sink.ok() ? sink->Write(text) : sink.status();
  if (s.ok()) s = sink->Finish();
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return kExitOk;
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
