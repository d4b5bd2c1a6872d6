#include "ingest/front_matter.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/fold.h"
#include "ingest/html.h"

namespace hearsay {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A YAML scalar without its quotes (and without a trailing comment when unquoted).
std::string Scalar(std::string_view v) {
  v = Trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    std::string out;
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      if (v.front() == '"' && v[i] == '\\' && i + 2 < v.size()) ++i;  // \" and \\ (other escapes are rare in titles)
      else if (v.front() == '\'' && v[i] == '\'' && i + 2 < v.size() && v[i + 1] == '\'') ++i;
      out += v[i];
    }
    return out;
  }
  if (const size_t hash = v.find(" #"); hash != std::string_view::npos) v = Trim(v.substr(0, hash));
  return std::string(v);
}

std::vector<std::string> List(std::string_view v) {
  std::vector<std::string> out;
  v = Trim(v);
  if (v.size() >= 2 && v.front() == '[' && v.back() == ']') {
    v = v.substr(1, v.size() - 2);
    for (size_t start = 0; start <= v.size();) {
      size_t comma = v.find(',', start);
      if (comma == std::string_view::npos) comma = v.size();
      if (std::string s = Scalar(v.substr(start, comma - start)); !s.empty()) out.push_back(std::move(s));
      start = comma + 1;
    }
  } else if (std::string s = Scalar(v); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

bool IsKey(std::string_view key, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

}  // namespace

DocumentMeta ReadFrontMatter(std::string_view text, size_t& body) {
  DocumentMeta m;
  body = 0;
  size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  auto line_at = [&](size_t i, size_t& next) {
    size_t nl = text.find('\n', i);
    next = nl == std::string_view::npos ? text.size() : nl + 1;
    return Trim(text.substr(i, (nl == std::string_view::npos ? text.size() : nl) - i));
  };
  size_t next = 0;
  if (line_at(at, next) != "---") return m;
  std::vector<std::pair<std::string, std::string>> fields;  // key, value ("" when a list follows)
  std::string list_key;
  std::vector<std::string> list;
  for (size_t i = next; i < text.size(); i = next) {
    const std::string_view line = line_at(i, next);
    if (line == "---" || line == "...") {
      body = next;
      break;
    }
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '-' && !list_key.empty()) {
      if (std::string s = Scalar(line.substr(1)); !s.empty()) fields.emplace_back(list_key, s);
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || text[i] == ' ' || text[i] == '\t') continue;  // nested: not ours
    const std::string key = AsciiLower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    list_key = value.empty() ? key : "";
    if (!value.empty()) {
      for (std::string& v : IsKey(key, {"author", "authors"}) ? List(value) : std::vector<std::string>{Scalar(value)}) {
        fields.emplace_back(key, std::move(v));
      }
    }
  }
  if (body == 0) return m;  // no closing line: not front matter
  for (const auto& [key, value] : fields) {
    if (key == "title" && m.title.empty()) m.title = CollapseSpaces(value);
    else if (IsKey(key, {"date", "published", "pubdate", "date_published"}) && m.published.empty()) m.published = MetaDate(value);
    else if (IsKey(key, {"author", "authors", "byline"})) m.authors.push_back(CollapseSpaces(value));
    else if (IsKey(key, {"url", "link", "canonical", "canonical_url", "permalink"}) && m.url.empty()) m.url = value;
    else if (IsKey(key, {"outlet", "site", "site_name", "source", "publisher"}) && m.outlet.empty()) m.outlet = value;
    else if (IsKey(key, {"lang", "language"}) && m.language.empty()) m.language = value;
  }
  return m;
}

}  // namespace hearsay
