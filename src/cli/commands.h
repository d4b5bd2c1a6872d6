// One options struct, SetupX and RunX per subcommand (STYLE.md c.11). RunX returns the
// exit code; nothing else sets one.
#ifndef HEARSAY_CLI_COMMANDS_H_
#define HEARSAY_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/common.h"

namespace hearsay {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::vector<std::string> globs;  // empty: *.txt *.text *.md
  std::string jsonl;               // "" none, "-" stdout
  bool no_ledger = false;
  std::string reference_date;
  int jobs = 0;                    // 0: all cores
  bool quiet = false;
  std::string bulk = "auto";       // auto | always | never (Ledger::BeginBulk)
  std::vector<std::string> json_fields;  // NAME=FIELD (JsonFields::Set)
  bool all_languages = false;      // false: documents that are not English are skipped
};
CLI::App* SetupExtract(CLI::App& app, ExtractOptions* options);
int RunExtract(const ExtractOptions& options, const GlobalOptions& global);

struct QueryOptions {
  std::string speaker, company, kind = "all", text, since, until, doc;
  std::vector<std::string> attribution;  // empty: every kind
  int limit = 0;
  OutputOptions out;
};
CLI::App* SetupQuery(CLI::App& app, QueryOptions* options);
int RunQuery(const QueryOptions& options, const GlobalOptions& global);

struct EntitiesOptions {
  bool companies = false;  // false: speakers
  std::string sort = "claims";  // claims, name or date
  std::string type = "all";     // speakers: person, org, group, unknown or all
  int limit = 0;
  OutputOptions out;
};
CLI::App* SetupSpeakers(CLI::App& app, EntitiesOptions* options);
CLI::App* SetupCompanies(CLI::App& app, EntitiesOptions* options);
int RunEntities(const EntitiesOptions& options, const GlobalOptions& global);

struct ShowOptions {
  std::string id;
  OutputOptions out;
};
CLI::App* SetupShow(CLI::App& app, ShowOptions* options);
int RunShow(const ShowOptions& options, const GlobalOptions& global);

struct ExportOptions {
  bool summary = false;
  OutputOptions out;
};
CLI::App* SetupExport(CLI::App& app, ExportOptions* options);
int RunExport(const ExportOptions& options, const GlobalOptions& global);

struct TextOptions {
  std::vector<std::string> paths;
  std::vector<std::string> globs;  // empty: as for extract
  OutputOptions out;               // table: key: value lines, then the text
  bool no_meta = false;            // table: the text only
  std::vector<std::string> json_fields;  // NAME=FIELD (JsonFields::Set)
};
CLI::App* SetupText(CLI::App& app, TextOptions* options);
int RunText(const TextOptions& options, const GlobalOptions& global);

}  // namespace hearsay

#endif  // HEARSAY_CLI_COMMANDS_H_
