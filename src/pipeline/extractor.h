// The extraction pipeline for one document: tokenize, mark boilerplate, read metadata,
// recognize mentions, attribute claims.
//
//   Stages stages = *Stages::Create(lexicons);   // shared, immutable
//   Extractor ex = *Extractor::Create(stages, lexicons);   // one per thread
//   Analysis a = ex.Analyze(doc, {.reference_date = "2024-05-28"});
#ifndef HEARSAY_PIPELINE_EXTRACTOR_H_
#define HEARSAY_PIPELINE_EXTRACTOR_H_

#include <memory>
#include <string>

#include "attribute/attribute.h"
#include "base/lexicon.h"
#include "hearsay/document.h"
#include "hearsay/items.h"
#include "hearsay/status.h"
#include "hearsay/text.h"
#include "recognize/recognize.h"
#include "text/grammar.h"
#include "text/layout.h"
#include "text/tokenizer.h"

namespace hearsay {

struct Analysis {
  Metadata meta;
  Items items;
};

struct AnalyzeOptions {
  // YYYY-MM-DD that relative dates resolve against when the text states no date.
  // Default: none ("in March" stays XXXX-03).
  std::string reference_date;
  // A document with a line longer than this (scraped dumps, concatenated feeds) is
  // analyzed in windows of about this size, cut at sentence or word boundaries, each with
  // `window_context` bytes of the text on either side, so that time is linear in the text
  // and memory bounded by the window. An item belongs to the window its first byte is in
  // and is found with the context around it: no claim or figure shorter than the context
  // is cut. Names are folded within a window (a window is an article's length or more).
  size_t window_bytes = size_t{256} << 10;
  size_t window_context = size_t{16} << 10;
};

// The stages every thread shares. Immutable once built; thread-safe. Move-only.
class Stages {
 public:
  static Result<Stages> Create(const Lexicons& lexicons);
  const Recognizers& recognizers() const { return *recognizers_; }
  const Attributor& attributor() const { return *attributor_; }
  const BoilerplateRules& boilerplate() const { return *boilerplate_; }

 private:
  Stages() = default;
  std::unique_ptr<Grammar> grammar_;  // before the stages that refer to it
  std::unique_ptr<Recognizers> recognizers_;
  std::unique_ptr<Attributor> attributor_;
  std::unique_ptr<BoilerplateRules> boilerplate_;
};

// One per thread (owns a Tokenizer); `stages` must outlive it. Move-only.
class Extractor {
 public:
  static Result<Extractor> Create(const Stages& stages, const Lexicons& lexicons);
  Analysis Analyze(const Document& doc, const AnalyzeOptions& options);

 private:
  // The stages on text[context], keeping the items whose first byte is in `keep`; spans
  // stay offsets into `text`.
  void AnalyzeWindow(std::string_view text, Span context, Span keep, const Metadata& meta, Items& out);
  Extractor(const Stages& stages, Tokenizer tokenizer) : stages_(&stages), tokenizer_(std::move(tokenizer)) {}
  const Stages* stages_;
  Tokenizer tokenizer_;
};

}  // namespace hearsay

#endif  // HEARSAY_PIPELINE_EXTRACTOR_H_
