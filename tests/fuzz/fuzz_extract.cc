// The whole extraction of one document: decode, tokenize, recognize, attribute, and the
// contract JSONL writer. Any input must give a clean Status or items whose offsets lie
// inside the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/lexicon.h"
#include "ingest/ingest.h"
#include "output/items.h"
#include "pipeline/extractor.h"

using namespace hearsay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Lexicons* lex = new Lexicons(std::move(*Lexicons::Load("")));
  static Stages* stages = new Stages(std::move(*Stages::Create(*lex)));
  static Extractor* ex = new Extractor(std::move(*Extractor::Create(*stages, *lex)));
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<Document> doc = DecodeDocument("fuzz.txt", bytes);
  if (!doc.ok()) return 0;
  Analysis a = ex->Analyze(*doc, AnalyzeOptions{"2024-05-28"});
  std::string out;
  for (const ItemRow& r : ToItemRows(*doc, a.items)) {
    if (r.start > r.end || r.end > size) std::abort();
    AppendItemJsonl(r, out);
  }
  return 0;
}
