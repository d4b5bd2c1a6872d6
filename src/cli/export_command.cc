// hearsay export: the whole ledger as CSV (one row per claim, or a summary per speaker
// and company) or as JSON Lines items in the form `extract --jsonl` writes.
#include <fmt/format.h>

#include "cli/commands.h"
#include "ledger/ledger.h"
#include "output/items.h"
#include "output/json.h"
#include "output/query.h"

namespace hearsay {

CLI::App* SetupExport(CLI::App& app, ExportOptions* o) {
  CLI::App* sub = app.add_subcommand(
      "export", "Write every claim as CSV, a per-speaker and per-company summary, or all items as JSON Lines");
  sub->add_flag("--summary", o->summary, "One row per speaker and per company instead of one per claim");
  AddOutputOptions(*sub, &o->out, /*with_table=*/false);
  sub->footer(
      "CSV (the default) follows RFC 4180: UTF-8, a header row, CRLF line ends, fields with a\n"
      "comma, quote or line break quoted, quotes doubled. Cells starting with = + - @, a tab or a\n"
      "CR get a leading ' so that spreadsheets do not run them as formulas.\n\n"
      "Columns, one row per claim: id, date, speaker, speaker_type, speaker_role, speaker_org,\n"
      "direct, attribution, cue, text, companies (linked organisations, sorted), figures (as\n"
      "written), dates\n"
      "(values), document, start, end (byte offsets in the file); lists are \"; \"-separated.\n"
      "Order: article date (undated last), document path, start offset, id.\n"
      "--summary columns: kind (speaker or company), name, claims, documents, first_date,\n"
      "last_date, figures (figures in their claims); speakers then companies, each by claims\n"
      "(most first), then name.\n"
      "--format jsonl: every item of the ledger (claims, people, orgs, figures, dates) in the\n"
      "item contract, the same objects as `extract --jsonl`; documents by path, items by offset.\n"
      "With --summary, jsonl writes one summary object per line.\n\n"
      "Examples:\n"
      "  hearsay export --output claims.csv\n"
      "  hearsay export --summary -o summary.csv\n"
      "  hearsay export --format jsonl > items.jsonl\n"
      "  hearsay export | python3 -c 'import csv,sys; print(len(list(csv.DictReader(sys.stdin))))'");
  return sub;
}

int RunExport(const ExportOptions& o, const GlobalOptions& global) {
  if (o.out.format != Format::kCsv && o.out.format != Format::kJsonl) {
    Complain("export writes --format csv or jsonl (use `hearsay query --format json` for a JSON array of claims)");
    return kExitError;
  }
  std::optional<Ledger> ledger = OpenLedgerToRead(global);
  if (!ledger) return kExitError;
  const Format format = o.out.format;
  std::vector<EntityRow> summary;
  if (o.summary) {
    for (bool companies : {false, true}) {
      Result<std::vector<EntityRow>> rows = companies ? ListCompanies(*ledger, {}) : ListSpeakers(*ledger, {});
      if (!rows.ok()) {
        Complain(rows.status().message());
        return kExitError;
      }
      summary.insert(summary.end(), rows->begin(), rows->end());
    }
  }
  Result<OutputSink> sink = OutputSink::Open(o.out);
  if (!sink.ok()) {
    Complain(sink.status().message());
    return kExitError;
  }
  // Plain jsonl is the item contract: no header, one ItemRow per line.
  const bool items = format == Format::kJsonl && !o.summary;
  RowWriter writer(*sink, format, o.summary ? SummaryColumns() : ExportColumns());
  std::string json;
  auto stop_if_closed = [&](Status s) {
    if (s.ok() && sink->closed()) return Status::Skipped("reader closed");
    return s;
  };
  Status s = items ? Status::Ok() : writer.Begin();
  size_t count = 0;
  if (s.ok() && o.summary) {
    for (const EntityRow& r : summary) {
      json.clear();
      if (format == Format::kJsonl) AppendSummaryJson(json, r);
      s = stop_if_closed(writer.Row(format == Format::kCsv ? SummaryCells(r) : std::vector<std::string>{}, json));
      if (!s.ok()) break;
    }
    count = summary.size();
  } else if (s.ok() && items) {
    s = ForEachItem(*ledger, [&](const ItemRow& r) {
      json.clear();
      AppendItemJsonl(r, json);
      ++count;
      return stop_if_closed(sink->Write(json));
    });
  } else if (s.ok()) {
    s = ForEachExportRow(*ledger, [&](const ExportRow& r) {
      ++count;
      return stop_if_closed(writer.Row(ExportCells(r), ""));
    });
  }
  if (s.code() == Status::Code::kSkipped) s = Status::Ok();
  if (s.ok() && !items) s = writer.End();
  if (s.ok()) s = sink->Finish();
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return count == 0 ? kExitNoMatch : kExitOk;
}

}  // namespace hearsay
