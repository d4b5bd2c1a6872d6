#include "pipeline/extractor.h"

namespace hearsay {

Result<Stages> Stages::Create(const Lexicons& lexicons) {
  Stages s;
  s.grammar_ = std::make_unique<Grammar>(lexicons);
  Result<Recognizers> rec = Recognizers::Create(lexicons, *s.grammar_);
  if (!rec.ok()) return rec.status();
  s.recognizers_ = std::make_unique<Recognizers>(std::move(*rec));
  s.attributor_ = std::make_unique<Attributor>(lexicons, *s.grammar_);
  s.boilerplate_ = std::make_unique<BoilerplateRules>(lexicons);
  return s;
}

Result<Extractor> Extractor::Create(const Stages& stages, const Lexicons& lexicons) {
  Result<Tokenizer> tok = Tokenizer::Create(lexicons);
  if (!tok.ok()) return tok.status();
  return Extractor(stages, std::move(*tok));
}

Analysis Extractor::Analyze(const Document& doc, const AnalyzeOptions& options) {
  Analysis a;
  a.layout = tokenizer_.Split(doc.text);
  stages_->boilerplate().Mark(doc.text, a.layout);
  a.meta = stages_->recognizers().ReadMetadata(doc.text, a.layout, options.reference_date);
  // A date or author the file states outside the text (HTML meta tags, JSON fields, front
  // matter) is the article's own: it wins over a dateline found in the text.
  if (!doc.meta.published.empty()) {
    a.meta.published = doc.meta.published;
    a.meta.published_span = Span();
    a.meta.reference = doc.meta.published.substr(0, 10);
  }
  if (a.meta.byline.empty()) {
    for (const std::string& author : doc.meta.authors) a.meta.byline += (a.meta.byline.empty() ? "" : ", ") + author;
  }
  stages_->recognizers().Run(doc.text, a.layout, a.meta, a.items);
  stages_->attributor().Run(doc.text, a.layout, a.items);
  return a;
}

}  // namespace hearsay
