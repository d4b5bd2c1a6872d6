// hearsay query: claims filtered by speaker, company, kind, words, date and document.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/fold.h"
#include "base/lexicon.h"
#include "cli/commands.h"
#include "ledger/ledger.h"
#include "output/json.h"
#include "output/query.h"
#include "output/table.h"
#include "recognize/names.h"
#include "recognize/orgs.h"

namespace hearsay {
namespace {

// The organisation gazetteer, for alias lookups ("Huawei Technologies" -> "Huawei").
// Members refer to each other: built in place, never moved.
struct OrgNames {
  explicit OrgNames(Lexicons lex) : lexicons(std::move(lex)), names(lexicons), orgs(lexicons, names) {}
  Lexicons lexicons;
  NameLexicon names;
  OrgRecognizer orgs;
};

std::string ClaimTableText(const ClaimRow& r) { return r.direct ? "“" + r.text + "”" : r.text; }

}  // namespace

CLI::App* SetupQuery(CLI::App& app, QueryOptions* o) {
  CLI::App* sub = app.add_subcommand("query", "Find claims by speaker, company, kind, words, date or document");
  sub->add_option("--speaker", o->speaker,
                  "Claims by this speaker; case and accents do not matter, and part of a name finds the whole "
                  "(\"Xu\" finds \"Xu Bing\")")
      ->type_name("NAME");
  sub->add_option("--company", o->company,
                  "Claims by the organisation, by its people, or mentioning it; aliases work (\"Huawei Technologies\")")
      ->type_name("NAME");
  sub->add_option("--kind", o->kind, "quote (direct quotes), reported (indirect speech) or all (default: all)")
      ->check(CLI::IsMember({"quote", "reported", "all"}, CLI::ignore_case))
      ->type_name("KIND");
  sub->add_option("--attribution", o->attribution,
                  "Only claims of these kinds (comma-separated): statement (speech and writing), belief "
                  "(believe, think, expect), intention (plan, vow, promise), directive (urge, call for, ask), "
                  "evaluation (praise, criticize, call X a Y), evidence (a survey, report or data as the source)")
      ->delimiter(',')
      ->check(CLI::IsMember({"statement", "belief", "intention", "directive", "evaluation", "evidence"}, CLI::ignore_case))
      ->type_name("KIND[,KIND...]");
  sub->add_option("--text", o->text,
                  "Full-text search of the claim: words (all must occur), \"a phrase\", prefix*, AND, OR, NOT")
      ->type_name("WORDS");
  sub->add_option("--since", o->since, "Articles published on or after DATE (2024, 2024-05, 2024-05-28)")
      ->type_name("DATE");
  sub->add_option("--until", o->until, "Articles published on or before DATE (--until 2024-05 includes all of May)")
      ->type_name("DATE");
  sub->add_option("--doc", o->doc, "Claims from this document (its path, or the end of it: 001_x.txt)")
      ->type_name("PATH");
  sub->add_option("--limit", o->limit, "At most N claims (default: all)")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");
  AddOutputOptions(*sub, &o->out);
  sub->footer(
      "Filters combine: a claim must pass every one given. Articles without a date are left out\n"
      "when --since or --until is given.\n\n"
      "Columns (csv, json, jsonl): id, date, speaker, speaker_type, speaker_role, speaker_org,\n"
      "direct, attribution, cue, text, document, line, col. The table shows id, date, speaker, text (cut to fit\n"
      "the terminal; direct quotes in “ ”) and source (document:line).\n"
      "Order: article date (undated articles last), document path, position in the document, id.\n"
      "Exit status: 0 claims found, 1 none matched, 2 an error (a bad --text query, a bad date, no\n"
      "ledger).\n\n"
      "Examples:\n"
      "  hearsay query --speaker \"Xu Bing\"\n"
      "  hearsay query --speaker xu --kind quote --format csv -o xu.csv\n"
      "  hearsay query --attribution belief,intention --company Acme   # what Acme's people expect and plan\n"
      "  hearsay query --attribution evidence --text poll               # what surveys and data show\n"
      "  hearsay query --company \"Huawei Technologies\" --since 2024-05\n"
      "  hearsay query --text '\"compute is\" OR comput*' --limit 10\n"
      "  hearsay query --doc 001_d5406c92878d47b6.txt --format jsonl | jq .text\n"
      "  hearsay show ID                                # one claim with its context");
  return sub;
}

int RunQuery(const QueryOptions& o, const GlobalOptions& global) {
  std::optional<Ledger> ledger = OpenLedgerToRead(global);
  if (!ledger) return kExitError;
  ClaimFilter filter;
  filter.speaker = o.speaker;
  filter.company = o.company;
  filter.kind = o.kind == "quote" ? ClaimKind::kQuote : o.kind == "reported" ? ClaimKind::kReported : ClaimKind::kAll;
  filter.text = o.text;
  for (const std::string& a : o.attribution) filter.attribution.push_back(AsciiLower(a));
  filter.since = o.since;
  filter.until = o.until;
  filter.doc = o.doc;
  filter.limit = o.limit;
  std::optional<OrgNames> org_names;
  if (!o.company.empty() || !o.speaker.empty()) {
    Result<Lexicons> lexicons = Lexicons::Load(global.data_dir);
    if (!lexicons.ok()) {
      Complain(lexicons.status().message());
      return kExitError;
    }
    org_names.emplace(std::move(*lexicons));
    filter.canonical_org = [&](std::string_view name) { return org_names->orgs.Canonical(name); };
  }

  if (o.out.format == Format::kTable) {
    Result<std::vector<ClaimRow>> rows = FindClaims(*ledger, filter);
    if (!rows.ok()) {
      Complain(rows.status().message());
      return kExitError;
    }
    if (rows->empty()) {
      Complain("no claims matched");
      return kExitNoMatch;
    }
    std::vector<std::vector<std::string>> cells;
    for (const ClaimRow& r : *rows) {
      cells.push_back({std::to_string(r.id), r.date.substr(0, 10), r.speaker, ClaimTableText(r),
                       fmt::format("{}:{}", r.document, r.line)});
    }
    const TableOptions style = TableStyle(o.out);
    const std::vector<TableColumn> columns = {
        {.header = "id", .align = Align::kRight, .keep = true},
        {.header = "date", .min_width = 10},
        {.header = "speaker", .min_width = 10, .max_width = 24},
        {.header = "text", .flex = true, .min_width = std::max(24, style.width * 2 / 5)},
        {.header = "source", .elide = Elide::kStart, .min_width = 12, .max_width = 40},
    };
    return WriteTable(o.out, RenderTable(columns, cells, style));
  }

  Result<OutputSink> sink = OutputSink::Open(o.out);
  if (!sink.ok()) {
    Complain(sink.status().message());
    return kExitError;
  }
  RowWriter writer(*sink, o.out.format, ClaimColumns());
  std::string json;
  Status s = writer.Begin();
  if (s.ok()) {
    s = ForEachClaim(*ledger, filter, [&](const ClaimRow& r) {
      json.clear();
      if (o.out.format != Format::kCsv) AppendClaimJson(json, r);
      Status w = writer.Row(o.out.format == Format::kCsv ? ClaimCells(r) : std::vector<std::string>{}, json);
      if (w.ok() && sink->closed()) return Status::Skipped("reader closed");
      return w;
    });
    if (s.code() == Status::Code::kSkipped) s = Status::Ok();
  }
  if (s.ok()) s = writer.End();
  if (s.ok()) s = sink->Finish();
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return writer.rows() == 0 ? kExitNoMatch : kExitOk;
}

}  // namespace hearsay
