// The figure recognizer and number parser on arbitrary (valid UTF-8) text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/lexicon.h"
#include "base/utf8.h"
#include "recognize/figures.h"

using namespace hearsay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Lexicons* lex = new Lexicons(std::move(*Lexicons::Load("")));
  static FigureRecognizer* figures = new FigureRecognizer(*lex);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (ValidUtf8Prefix(text) != size) return 0;
  for (const FigureMention& f : figures->FindAll(text)) {
    if (f.span.begin > f.span.end || f.span.end > size || f.unit.empty()) std::abort();
  }
  return 0;
}
