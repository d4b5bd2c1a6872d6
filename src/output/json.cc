#include "output/json.h"

#include <cmath>

#include <fmt/format.h>

namespace hearsay {

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04x}", c);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void AppendJsonNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
  } else if (v == std::floor(v) && std::fabs(v) < 1e18) {
    fmt::format_to(std::back_inserter(out), "{:.0f}", v);
  } else {
    fmt::format_to(std::back_inserter(out), "{}", v);
  }
}

void JsonObject::Key(std::string_view key) {
  if (!first_) out_ += ',';
  first_ = false;
  AppendJsonString(out_, key);
  out_ += ':';
}

JsonObject& JsonObject::Str(std::string_view key, std::string_view v) {
  Key(key);
  AppendJsonString(out_, v);
  return *this;
}
JsonObject& JsonObject::StrOrNull(std::string_view key, std::string_view v) { return v.empty() ? Null(key) : Str(key, v); }
JsonObject& JsonObject::Num(std::string_view key, double v) {
  Key(key);
  AppendJsonNumber(out_, v);
  return *this;
}
JsonObject& JsonObject::Int(std::string_view key, long long v) {
  Key(key);
  fmt::format_to(std::back_inserter(out_), "{}", v);
  return *this;
}
JsonObject& JsonObject::Bool(std::string_view key, bool v) {
  Key(key);
  out_ += v ? "true" : "false";
  return *this;
}
JsonObject& JsonObject::Null(std::string_view key) {
  Key(key);
  out_ += "null";
  return *this;
}
JsonObject& JsonObject::Raw(std::string_view key, std::string_view json) {
  Key(key);
  out_ += json;
  return *this;
}

}  // namespace hearsay
