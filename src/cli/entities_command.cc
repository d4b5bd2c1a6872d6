// hearsay speakers / hearsay companies: who speaks, and which organisations the claims
// are about, with counts and dates.
#include <fmt/format.h>

#include "cli/commands.h"
#include "ledger/ledger.h"
#include "output/json.h"
#include "output/query.h"
#include "output/table.h"

namespace hearsay {
namespace {

void AddCommonOptions(CLI::App& sub, EntitiesOptions* o) {
  sub.add_option("--sort", o->sort,
                 "claims (most first), name, or date (first date, oldest first, undated last); default: claims")
      ->check(CLI::IsMember({"claims", "name", "date"}, CLI::ignore_case))
      ->type_name("KEY");
  sub.add_option("--limit", o->limit, "At most N rows (default: all)")->check(CLI::NonNegativeNumber)->type_name("N");
  AddOutputOptions(sub, &o->out);
}

const std::vector<std::string_view>& SpeakerColumns() {
  static const std::vector<std::string_view> kColumns = {"name",       "type",      "claims", "documents",
                                                         "first_date", "last_date", "roles",  "organisations"};
  return kColumns;
}

const std::vector<std::string_view>& CompanyColumns() {
  static const std::vector<std::string_view> kColumns = {"name",     "type",       "claims",   "documents",
                                                         "mentions", "first_date", "last_date"};
  return kColumns;
}

std::vector<std::string> Cells(const EntityRow& r, bool companies) {
  if (companies) {
    return {r.name,       r.type,     std::to_string(r.claims), std::to_string(r.documents), std::to_string(r.mentions),
            r.first_date, r.last_date};
  }
  return {r.name,       r.type,      std::to_string(r.claims), std::to_string(r.documents),
          r.first_date, r.last_date, JoinList(r.roles),        JoinList(r.orgs)};
}

std::string Json(const EntityRow& r, bool companies) {
  std::string out;
  {
    JsonObject o(out);
    o.Str("name", r.name).StrOrNull("type", r.type).Int("claims", r.claims).Int("documents", r.documents);
    if (companies) o.Int("mentions", r.mentions);
    o.StrOrNull("first_date", r.first_date).StrOrNull("last_date", r.last_date);
    if (!companies) {
      for (const auto& [key, list] : {std::pair{"roles", &r.roles}, std::pair{"organisations", &r.orgs}}) {
        std::string array = "[";
        for (size_t i = 0; i < list->size(); ++i) {
          if (i) array += ',';
          AppendJsonString(array, (*list)[i]);
        }
        array += ']';
        o.Raw(key, array);
      }
    }
  }
  return out;
}

}  // namespace

CLI::App* SetupSpeakers(CLI::App& app, EntitiesOptions* o) {
  CLI::App* sub =
      app.add_subcommand("speakers", "List who is quoted: claims, documents, dates, roles and organisations");
  o->companies = false;
  sub->add_option("--type", o->type, "Only speakers of this type: person, org, group, unknown or all (default: all)")
      ->check(CLI::IsMember({"person", "org", "group", "unknown", "all"}, CLI::ignore_case))
      ->type_name("TYPE");
  AddCommonOptions(*sub, o);
  sub->footer(
      "One row per named speaker (people, organisations, and groups such as \"analysts\").\n"
      "Columns: name, type, claims (claims attributed to them), documents (articles with those\n"
      "claims), first_date and last_date (publication dates of those articles), roles and\n"
      "organisations (every one the articles give, \"; \"-separated).\n"
      "Order: claims, most first, then name; --sort name or date.\n\n"
      "Examples:\n"
      "  hearsay speakers\n"
      "  hearsay speakers --type person --limit 10\n"
      "  hearsay speakers --sort name --format csv -o speakers.csv\n"
      "  hearsay query --speaker \"Xu Bing\"          # then read what one of them said");
  return sub;
}

CLI::App* SetupCompanies(CLI::App& app, EntitiesOptions* o) {
  CLI::App* sub =
      app.add_subcommand("companies", "List organisations: claims by or about them, documents, mentions, dates");
  o->companies = true;
  AddCommonOptions(*sub, o);
  sub->footer(
      "One row per organisation that is mentioned, quoted, or employs a speaker.\n"
      "Columns: name, type (company, news, government, ... when known), claims (claims by it, by\n"
      "its people, or mentioning it), documents (articles that mention it or have those claims),\n"
      "mentions (times the articles name it), first_date and last_date (publication dates).\n"
      "Order: claims, most first, then name; --sort name or date.\n\n"
      "Examples:\n"
      "  hearsay companies\n"
      "  hearsay companies --sort name --format json\n"
      "  hearsay companies --limit 5 --format csv -o top.csv\n"
      "  hearsay query --company Huawei                # then the claims behind a row");
  return sub;
}

int RunEntities(const EntitiesOptions& o, const GlobalOptions& global) {
  std::optional<Ledger> ledger = OpenLedgerToRead(global);
  if (!ledger) return kExitError;
  EntityQuery query;
  query.sort = o.sort == "name" ? EntitySort::kName : o.sort == "date" ? EntitySort::kDate : EntitySort::kClaims;
  query.limit = o.limit;
  if (!o.companies && o.type != "all") query.type = o.type;
  Result<std::vector<EntityRow>> rows = o.companies ? ListCompanies(*ledger, query) : ListSpeakers(*ledger, query);
  if (!rows.ok()) {
    Complain(rows.status().message());
    return kExitError;
  }
  if (o.out.format == Format::kTable) {
    if (rows->empty()) {
      Complain(o.companies ? "no organisations in the ledger" : "no speakers in the ledger");
      return kExitNoMatch;
    }
    std::vector<std::vector<std::string>> cells;
    for (const EntityRow& r : *rows) {
      std::vector<std::string> c = Cells(r, o.companies);
      for (size_t i : o.companies ? std::vector<size_t>{5, 6} : std::vector<size_t>{4, 5}) c[i] = c[i].substr(0, 10);
      cells.push_back(std::move(c));
    }
    std::vector<TableColumn> columns;
    for (std::string_view name : o.companies ? CompanyColumns() : SpeakerColumns()) {
      TableColumn& col = columns.emplace_back();
      col.header = std::string(name);
      if (name == "claims" || name == "documents" || name == "mentions") col.align = Align::kRight;
      if (name == "name") col.max_width = 24;
      if (name == "first_date" || name == "last_date") col.min_width = 10;
      if (name == "roles" || name == "organisations") {
        col.flex = true;
        col.min_width = 12;
      }
    }
    return WriteTable(o.out, RenderTable(columns, cells, TableStyle(o.out)));
  }
  Result<OutputSink> sink = OutputSink::Open(o.out);
  if (!sink.ok()) {
    Complain(sink.status().message());
    return kExitError;
  }
  RowWriter writer(*sink, o.out.format, o.companies ? CompanyColumns() : SpeakerColumns());
  Status s = writer.Begin();
  for (size_t i = 0; s.ok() && i < rows->size() && !sink->closed(); ++i) {
    const EntityRow& r = (*rows)[i];
    s = writer.Row(Cells(r, o.companies), o.out.format == Format::kCsv ? std::string() : Json(r, o.companies));
  }
  if (s.ok()) s = writer.End();
  if (s.ok()) s = sink->Finish();
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return rows->empty() ? kExitNoMatch : kExitOk;
}

}  // namespace hearsay
