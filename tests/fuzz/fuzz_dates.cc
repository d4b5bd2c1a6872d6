// The date recognizer with and without a reference date.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "recognize/dates.h"

using namespace hearsay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static DateRecognizer* dates = new DateRecognizer();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (ValidUtf8Prefix(text) != size) return 0;
  for (std::string_view ref : {"", "2024-02-29", "1999-12-31"}) {
    for (const DateMention& d : dates->FindAll(text, ref)) {
      if (d.span.begin > d.span.end || d.span.end > size) std::abort();
    }
  }
  return 0;
}
