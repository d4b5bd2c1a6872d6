// hearsay show ID: one claim with its sentence, its source, its speaker and everything
// linked to it.
#include <fmt/format.h>

#include <charconv>

#include "cli/commands.h"
#include "ledger/ledger.h"
#include "output/csv.h"
#include "output/json.h"
#include "output/query.h"
#include "output/table.h"

namespace hearsay {
namespace {

std::optional<int64_t> ParseId(const std::string& s) {
  int64_t v = 0;
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string Describe(const LinkedItem& it) {
  switch (it.kind) {
    case ItemKind::kPerson: {
      std::string out = it.name;
      std::vector<std::string> extra;
      if (!it.role.empty()) extra.push_back(it.role);
      if (!it.org.empty()) extra.push_back(it.org);
      if (!extra.empty()) out += " (" + fmt::format("{}", fmt::join(extra, ", ")) + ")";
      if (it.text != it.name) out += fmt::format(" as \"{}\"", it.text);
      return out;
    }
    case ItemKind::kOrg: {
      std::string out = it.name;
      if (!it.type.empty()) out += " (" + it.type + ")";
      if (it.text != it.name) out += fmt::format(" as \"{}\"", it.text);
      return out;
    }
    case ItemKind::kFigure:
      return DescribeFigure(it);
    case ItemKind::kDate:
      return it.text + " = " + it.date_value.value_or("unresolved");
    case ItemKind::kClaim:
      break;
  }
  return it.text;
}

void AppendItemsJson(std::string& out, const std::vector<LinkedItem>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    const LinkedItem& it = items[i];
    JsonObject o(out);
    o.Int("id", it.id);
    switch (it.kind) {
      case ItemKind::kPerson:
        o.Str("name", it.name).Str("text", it.text).StrOrNull("role", it.role).StrOrNull("org", it.org);
        break;
      case ItemKind::kOrg:
        o.Str("name", it.name).Str("text", it.text).StrOrNull("type", it.type);
        break;
      case ItemKind::kFigure:
        o.Str("text", it.text).Str("unit", it.unit);
        if (it.low && it.high) {
          o.Num("low", *it.low).Num("high", *it.high);
        } else if (it.value) {
          o.Num("value", *it.value);
        }
        o.StrOrNull("qualifier", it.qualifier).StrOrNull("noun", it.noun);
        break;
      case ItemKind::kDate:
        o.Str("text", it.text);
        if (it.date_value) {
          o.Str("value", *it.date_value);
        } else {
          o.Null("value");
        }
        break;
      case ItemKind::kClaim:
        break;
    }
    o.Int("start", it.start).Int("end", it.end);
  }
  out += ']';
}

std::string DetailJson(const ClaimDetail& d) {
  std::string out;
  {
    const ClaimRow& c = d.claim;
    JsonObject o(out);
    o.Int("id", c.id).StrOrNull("date", c.date).StrOrNull("speaker", c.speaker).Str("speaker_type", c.speaker_type);
    o.StrOrNull("speaker_role", c.speaker_role).StrOrNull("speaker_org", c.speaker_org).Bool("direct", c.direct);
    o.Str("attribution", c.attribution).StrOrNull("cue", c.cue).Str("text", c.text).Str("document", c.document).Int("line", c.line).Int("col", c.col);
    o.Int("start", c.start).Int("end", c.end).StrOrNull("outlet", c.outlet).StrOrNull("title", d.title);
    o.Str("sentence", d.sentence).Int("sentence_start", d.sentence_start).Int("sentence_end", d.sentence_end);
    o.StrOrNull("context", d.context).StrOrNull("url", d.url);
    for (const auto& [key, items] : {std::pair{"people", &d.people}, std::pair{"orgs", &d.orgs},
                                     std::pair{"figures", &d.figures}, std::pair{"dates", &d.dates}}) {
      std::string array;
      AppendItemsJson(array, *items);
      o.Raw(key, array);
    }
  }
  out += '\n';
  return out;
}

std::string DetailText(const ClaimDetail& d, const TableOptions& style) {
  const ClaimRow& c = d.claim;
  auto bold = [&](std::string_view s) { return style.color ? fmt::format("\033[1m{}\033[0m", s) : std::string(s); };
  constexpr int kLabel = 13;
  const std::string indent(kLabel + 1, ' ');
  std::string out = bold(fmt::format("claim {}", c.id)) + (c.direct ? "  (direct quote)\n" : "  (reported speech)\n");
  out += Wrap(c.direct ? "“" + c.text + "”" : c.text, style.width, "  ");
  out += '\n';
  auto field = [&](std::string_view label, std::string_view value) {
    // The label, then the value wrapped under itself.
    std::string wrapped = Wrap(value, style.width, indent);
    if (wrapped.empty()) wrapped = indent + "-\n";
    wrapped.replace(0, indent.size(), bold(fmt::format("{:<{}}", label, kLabel)) + " ");
    out += wrapped;
  };
  field("source", fmt::format("{}:{}:{}  (bytes {}-{})", c.document, c.line, c.col, c.start, c.end));
  field("article", d.title);
  if (!d.url.empty()) field("url", d.url);
  field("date", c.date);
  field("speaker", c.speaker);
  field("type", c.speaker_type);
  field("role", c.speaker_role);
  field("org", c.speaker_org);
  field("outlet", c.outlet);
  field("cue", c.cue);
  field("attribution", c.attribution);
  field("direct", c.direct ? "yes" : "no");
  out += '\n' + bold("sentence") + '\n';
  std::string sentence = Wrap(d.sentence, style.width, "  ");
  if (style.color) {
    // Highlight the claim where it appears on one wrapped line as written.
    if (const size_t at = sentence.find(c.text); at != std::string::npos && !c.text.empty()) {
      sentence.replace(at, c.text.size(), bold(c.text));
    }
  }
  out += sentence;
  out += '\n';
  if (!d.context.empty() && d.context != d.sentence) {
    out += bold("context") + '\n';
    std::string_view rest = d.context;
    while (!rest.empty()) {  // paragraph by paragraph, a blank line between
      const size_t nl = rest.find("\n\n");
      out += Wrap(rest.substr(0, nl), style.width, "  ");
      if (nl == std::string_view::npos) break;
      out += '\n';
      rest.remove_prefix(nl + 2);
    }
    out += '\n';
  }
  for (const auto& [label, items] : {std::pair{"people", &d.people}, std::pair{"organisations", &d.orgs},
                                     std::pair{"figures", &d.figures}, std::pair{"dates", &d.dates}}) {
    if (items->empty()) field(label, "(none)");
    for (size_t i = 0; i < items->size(); ++i) field(i == 0 ? label : "", Describe((*items)[i]));
  }
  return out;
}

}  // namespace

CLI::App* SetupShow(CLI::App& app, ShowOptions* o) {
  CLI::App* sub = app.add_subcommand("show", "Show one claim in context, with its source and everything linked to it");
  sub->add_option("id", o->id, "The claim's id, as `hearsay query` prints it")->required()->type_name("ID");
  AddOutputOptions(*sub, &o->out);
  sub->footer(
      "Prints the claim, its source as path:line:column (and its byte offsets in the file), the\n"
      "article's title and date, the speaker with type, role and organisation, the outlet, the\n"
      "cue and whether it is a direct quote; then the sentence it comes from, and the people,\n"
      "organisations, figures (text, unit, value or low-high) and dates (text, value) in it.\n"
      "--format json/jsonl: one object with the query columns plus start, end, outlet, title,\n"
      "sentence and the lists people, orgs, figures, dates. --format csv: the query columns.\n"
      "Exit status: 0 shown, 1 no claim has that id, 2 the id is not a number or another error.\n\n"
      "Examples:\n"
      "  hearsay show 2485436852326468\n"
      "  hearsay show 2485436852326468 --format json | jq .figures\n"
      "  hearsay query --speaker Xu --format jsonl | jq .id   # find ids");
  return sub;
}

int RunShow(const ShowOptions& o, const GlobalOptions& global) {
  const std::optional<int64_t> id = ParseId(o.id);
  if (!id) {
    Complain(fmt::format("show: \"{}\" is not a claim id (ids are numbers, as `hearsay query` prints them)", o.id));
    return kExitError;
  }
  std::optional<Ledger> ledger = OpenLedgerToRead(global);
  if (!ledger) return kExitError;
  Result<std::optional<ClaimDetail>> detail = GetClaim(*ledger, *id);
  if (!detail.ok()) {
    Complain(detail.status().message());
    return kExitError;
  }
  if (!*detail) {
    Result<std::optional<ItemKind>> kind = KindOfId(*ledger, *id);
    if (kind.ok() && *kind) {
      Complain(fmt::format("{} is a {}, not a claim; `hearsay show` takes claim ids", *id, ItemKindName(**kind)));
    } else {
      Complain(fmt::format("no claim with id {} in {}", *id, LedgerPath(global)));
    }
    return kExitNoMatch;
  }
  const ClaimDetail& d = **detail;
  std::string text;
  switch (o.out.format) {
    case Format::kTable:
      text = DetailText(d, TableStyle(o.out));
      break;
    case Format::kJson:
    case Format::kJsonl:
      text = DetailJson(d);
      break;
    case Format::kCsv: {
      std::vector<std::string> cells = ClaimCells(d.claim);
      std::vector<std::string_view> header = ClaimColumns();
      std::string csv;
      AppendCsvRow(csv, header);
      AppendCsvRow(csv, std::vector<std::string_view>(cells.begin(), cells.end()));
      text = csv;
      break;
    }
  }
  return WriteTable(o.out, text);
}

}  // namespace hearsay
