// JSON text: string escaping and number formatting shared by every JSON and JSONL writer.
#ifndef HEARSAY_OUTPUT_JSON_H_
#define HEARSAY_OUTPUT_JSON_H_

#include <string>
#include <string_view>

namespace hearsay {

// Appends `s` as a quoted JSON string: quotes, backslashes and control characters are
// escaped, and so are U+2028/U+2029 (valid JSON, but they end lines in JavaScript).
void AppendJsonString(std::string& out, std::string_view s);
// Appends a number: integral values without a fraction or exponent ("4350000000").
void AppendJsonNumber(std::string& out, double v);

// Builds one JSON object in key order: {"a":1,"b":"x"}.
class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  ~JsonObject() { out_ += '}'; }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;
  JsonObject& Str(std::string_view key, std::string_view v);
  JsonObject& StrOrNull(std::string_view key, std::string_view v);  // "" -> null
  JsonObject& Num(std::string_view key, double v);
  JsonObject& Int(std::string_view key, long long v);
  JsonObject& Bool(std::string_view key, bool v);
  JsonObject& Null(std::string_view key);
  JsonObject& Raw(std::string_view key, std::string_view json);

 private:
  void Key(std::string_view key);
  std::string& out_;
  bool first_ = true;
};

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_JSON_H_
