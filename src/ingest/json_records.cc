#include "ingest/json_records.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/fold.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

namespace hearsay {
namespace {

using Json = nlohmann::json;

// The first of `names` (or `override` alone, when set) that the object holds, not null.
const Json* Field(const Json& obj, const std::string& override, std::initializer_list<const char*> names) {
  auto find = [&](const std::string& name) -> const Json* {
    auto it = obj.find(name);
    return it != obj.end() && !it->is_null() ? &*it : nullptr;
  };
  if (!override.empty()) return find(override);
  for (const char* n : names) {
    if (const Json* j = find(n)) return j;
  }
  return nullptr;
}

// A string, a number, or an object's "name"; "" otherwise.
std::string Str(const Json* j) {
  if (!j) return {};
  if (j->is_string()) return j->get<std::string>();
  if (j->is_number_integer()) return std::to_string(j->get<long long>());
  if (j->is_object()) {
    auto name = j->find("name");
    if (name != j->end() && name->is_string()) return name->get<std::string>();
  }
  return {};
}

std::vector<std::string> Authors(const Json* j) {
  std::vector<std::string> out;
  auto add = [&](const std::string& a) {
    const std::string s = CollapseSpaces(a);
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  if (j && j->is_array()) {
    for (const Json& e : *j) add(Str(&e));
  } else {
    add(Str(j));
  }
  return out;
}

// One record: `where` names it in errors until its key is known.
Result<Document> Record(const std::string& path, const Json& obj, std::string_view raw, const std::string& where,
                        const JsonFields& f) {
  if (!obj.is_object()) return Status::InvalidInput("not a JSON object");
  const Json* text_field = Field(obj, f.text, {"text", "maintext", "content", "body", "article_text", "article"});
  if (!text_field) {
    return Status::InvalidInput(f.text.empty() ? "no text field (text, maintext, content, body, article_text, article)"
                                               : fmt::format("no field {}", f.text));
  }
  if (!text_field->is_string()) return Status::InvalidInput("the text field is not a string");
  Document doc;
  doc.path = path;
  doc.format = DocumentFormat::kJson;
  doc.hash = ContentHash(raw);
  DocumentMeta& m = doc.meta;
  m.title = CollapseSpaces(Str(Field(obj, f.title, {"title", "headline"})));
  m.url = Str(Field(obj, f.url, {"url", "link", "canonical_url"}));
  m.published = MetaDate(Str(Field(obj, f.date, {"date_publish", "date_published", "datePublished", "published",
                                                   "published_at", "pubDate", "date"})));
  m.authors = Authors(Field(obj, f.authors, {"authors", "author", "byline"}));
  m.outlet = Str(Field(obj, f.outlet, {"source_domain", "sitename", "site_name", "source", "publisher"}));
  m.language = Str(Field(obj, f.language, {"language", "lang"}));
  const std::string id = Str(Field(obj, f.id, {"id", "_id", "uuid"}));
  doc.record = !m.url.empty() ? m.url : !id.empty() ? id : where;
  const std::string& body = text_field->get_ref<const std::string&>();
  std::string text;
  if (!m.title.empty() && CollapseSpaces(body.substr(0, m.title.size() + 8)).rfind(m.title, 0) != 0) text = m.title + "\n\n";
  text += body;
  doc.original_size = text.size();
  if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; })) {
    return Status::Skipped("empty text, skipped");
  }
  if (text.find('\0') != std::string::npos) return Status::InvalidInput("NUL character in the text");
  if (Status s = Normalize(text, OffsetMap(), doc); !s.ok()) return s;
  return doc;
}

}  // namespace

Status JsonFields::Set(std::string_view assignment) {
  const size_t eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0 || eq + 1 == assignment.size()) {
    return Status::InvalidInput(fmt::format("--json-field {}: expected NAME=FIELD", assignment));
  }
  const std::string_view name = assignment.substr(0, eq);
  std::string value(assignment.substr(eq + 1));
  std::string* slot = name == "text"       ? &text
                      : name == "title"    ? &title
                      : name == "url"      ? &url
                      : name == "date"     ? &date
                      : name == "authors"  ? &authors
                      : name == "outlet"   ? &outlet
                      : name == "language" ? &language
                      : name == "id"       ? &id
                                           : nullptr;
  if (!slot) {
    return Status::InvalidInput(fmt::format(
        "--json-field {}: unknown name {} (text, title, url, date, authors, outlet, language, id)", assignment, name));
  }
  *slot = std::move(value);
  return Status::Ok();
}

FileDocuments DecodeJsonRecords(const std::string& path, std::string_view bytes, bool json_lines, const JsonFields& fields) {
  FileDocuments out;
  std::set<std::string> keys;
  auto add = [&](const Json& obj, std::string_view raw, const std::string& where) {
    Result<Document> doc = Record(path, obj, raw, where, fields);
    if (!doc.ok()) {
      out.errors.push_back({where, doc.status()});
      return;
    }
    if (!keys.insert(doc->record).second) {  // two records with one URL or id: told apart by place
      doc->record += " (" + where + ")";
      keys.insert(doc->record);
    }
    out.docs.push_back(std::move(*doc));
  };
  if (json_lines) {
    size_t line_no = 0;
    for (size_t at = 0; at < bytes.size();) {
      size_t nl = bytes.find('\n', at);
      if (nl == std::string_view::npos) nl = bytes.size();
      const std::string_view line = bytes.substr(at, nl - at);
      at = nl + 1;
      ++line_no;
      if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) continue;
      const Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
      const std::string where = fmt::format("line {}", line_no);
      if (j.is_discarded()) {
        out.errors.push_back({where, Status::Corrupt("not valid JSON")});
        continue;
      }
      add(j, line, where);
    }
    return out;
  }
  const Json j = Json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    out.errors.push_back({"", Status::Corrupt("not valid JSON")});
    return out;
  }
  if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) add(j[i], j[i].dump(), fmt::format("record {}", i + 1));
  } else {
    add(j, bytes, "record 1");
  }
  return out;
}

}  // namespace hearsay
