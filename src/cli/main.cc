// hearsay: claim extractor and fact ledger for news.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace hearsay;
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE on write
  CLI::App app{"hearsay: extract who said what, figures, dates, companies and people from news articles\n"
               "into a SQLite ledger, then query and export it."};
  app.set_version_flag("--version", std::string("hearsay ") + HEARSAY_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  hearsay extract data/articles            # build ./hearsay.db from a folder\n"
      "  hearsay query --speaker \"Xu Bing\"        # what did he say?\n"
      "  hearsay companies --sort claims          # who is talked about most\n"
      "  hearsay export --output claims.csv       # one row per claim\n"
      "  hearsay text page.html                   # the article text found in a web page\n"
      "Exit status: 0 ok, 1 a query matched nothing, 2 an error.");
  GlobalOptions global;
  AddGlobalOptions(app, &global);

  ExtractOptions extract;
  CLI::App* extract_cmd = SetupExtract(app, &extract);
  QueryOptions query;
  CLI::App* query_cmd = SetupQuery(app, &query);
  EntitiesOptions speakers, companies;
  CLI::App* speakers_cmd = SetupSpeakers(app, &speakers);
  CLI::App* companies_cmd = SetupCompanies(app, &companies);
  ShowOptions show;
  CLI::App* show_cmd = SetupShow(app, &show);
  ExportOptions export_options;
  CLI::App* export_cmd = SetupExport(app, &export_options);
  TextOptions text;
  CLI::App* text_cmd = SetupText(app, &text);
  for (CLI::App* sub : {extract_cmd, query_cmd, speakers_cmd, companies_cmd, show_cmd, export_cmd, text_cmd}) {
    AddGlobalOptions(*sub, &global);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;  // --help/--version print and exit 0
  }
  if (*extract_cmd) return RunExtract(extract, global);
  if (*query_cmd) return RunQuery(query, global);
  if (*speakers_cmd) return RunEntities(speakers, global);
  if (*companies_cmd) return RunEntities(companies, global);
  if (*show_cmd) return RunShow(show, global);
  if (*export_cmd) return RunExport(export_options, global);
  if (*text_cmd) return RunText(text, global);
  return kExitError;
}
