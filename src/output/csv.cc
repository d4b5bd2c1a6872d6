#include "output/csv.h"

namespace hearsay {

bool IsFormulaLike(std::string_view field) {
  if (field.empty()) return false;
  switch (field.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

void AppendCsvField(std::string& out, std::string_view field) {
  // OWASP "CSV injection": the quote prefix makes every spreadsheet show the cell as text.
  const bool defuse = IsFormulaLike(field);
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out += '"';
  if (defuse) out += '\'';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

void AppendCsvRow(std::string& out, const std::vector<std::string_view>& fields) {
  bool first = true;
  for (const std::string_view f : fields) {
    if (!first) out += ',';
    first = false;
    AppendCsvField(out, f);
  }
  out += kCsvLineEnd;
}

void AppendCsvRow(std::string& out, std::initializer_list<std::string_view> fields) {
  AppendCsvRow(out, std::vector<std::string_view>(fields));
}

}  // namespace hearsay
