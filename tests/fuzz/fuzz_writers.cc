// The JSON and CSV writers: output must stay well-formed for any field. JSON strings are
// checked to contain no raw control characters; CSV fields to be quoted when they must be.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "output/csv.h"
#include "output/json.h"

using namespace hearsay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view field(reinterpret_cast<const char*>(data), size);
  std::string json;
  AppendJsonString(json, field);
  if (json.size() < 2 || json.front() != '"' || json.back() != '"') std::abort();
  for (char c : json) {
    if (static_cast<unsigned char>(c) < 0x20) std::abort();
  }
  std::string csv;
  AppendCsvRow(csv, {field, "x"});
  if (field.find_first_of(",\"\r\n") != std::string_view::npos && csv.front() != '"') std::abort();
  return 0;
}
