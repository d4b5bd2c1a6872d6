#include "pipeline/extractor.h"

#include <algorithm>
#include <type_traits>

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

namespace {

bool HasLineLongerThan(std::string_view text, size_t limit) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl - begin > limit) return true;
    begin = nl + 1;
  }
  return false;
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where to cut `text` at or before `at`, looking back at most `reach` bytes: after a line
// break, else after a sentence end (". " before a capital, a quote or a digit), else at a
// space, else at a character boundary.
size_t CutAt(std::string_view text, size_t at, size_t reach) {
  if (at >= text.size()) return text.size();
  const size_t floor = at > reach ? at - reach : 0;
  const std::string_view look = text.substr(floor, at - floor);  // never further back
  if (size_t nl = look.rfind('\n'); nl != std::string_view::npos) return floor + nl + 1;
  for (size_t i = at; i > floor + 1; --i) {
    const char before = text[i - 2], c = text[i];
    if (text[i - 1] == ' ' && (before == '.' || before == '?' || before == '!') &&
        ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'')) {
      return i;
    }
  }
  if (size_t sp = look.rfind(' '); sp != std::string_view::npos) return floor + sp + 1;
  while (at > 0 && IsUtf8Continuation(text[at])) --at;
  return at;
}

template <typename T>
void AppendShifted(std::vector<T>& from, Span keep, uint32_t base, std::vector<T>& to) {
  auto shift = [base](Span& s) {
    s.begin += base;
    s.end += base;
  };
  for (T& item : from) {
    const uint32_t first = SpanOf(item).begin + base;
    if (first < keep.begin || first >= keep.end) continue;
    if constexpr (std::is_same_v<T, Claim>) {
      for (Span& part : item.parts) shift(part);
      shift(item.cue_span);
      shift(item.sentence);
    } else {
      shift(item.span);
    }
    to.push_back(std::move(item));
  }
}

}  // namespace

void Extractor::AnalyzeWindow(std::string_view text, Span context, Span keep, const Metadata& meta, Items& out) {
  const std::string_view window = context.In(text);
  Layout layout = tokenizer_.Split(window);
  stages_->boilerplate().Mark(window, layout);
  Items items;
  stages_->recognizers().Run(window, layout, meta, items);
  stages_->attributor().Run(window, layout, items);
  AppendShifted(items.claims, keep, context.begin, out.claims);
  AppendShifted(items.people, keep, context.begin, out.people);
  AppendShifted(items.orgs, keep, context.begin, out.orgs);
  AppendShifted(items.figures, keep, context.begin, out.figures);
  AppendShifted(items.dates, keep, context.begin, out.dates);
}

Analysis Extractor::Analyze(const Document& doc, const AnalyzeOptions& options) {
  Analysis a;
  const std::string_view text = doc.text;
  const size_t window = std::max<size_t>(options.window_bytes, 64);
  const bool windowed = text.size() > window && HasLineLongerThan(text, window);
  // The metadata (title, byline, dateline) comes from the start of the text.
  const Span head{0, static_cast<uint32_t>(windowed ? CutAt(text, window, window / 4) : text.size())};
  Layout layout = tokenizer_.Split(head.In(text));
  stages_->boilerplate().Mark(head.In(text), layout);
  a.meta = stages_->recognizers().ReadMetadata(head.In(text), layout, options.reference_date);
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
  if (!windowed) {
    stages_->recognizers().Run(text, layout, a.meta, a.items);
    stages_->attributor().Run(text, layout, a.items);
    return a;
  }
  layout = Layout();
  const size_t reach = window / 4, context = options.window_context;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = CutAt(text, begin + window, reach);
    if (end <= begin) end = std::min(text.size(), begin + window);  // no boundary: cut anyway
    const size_t from = begin > context ? CutAt(text, begin - context, context) : 0;
    const size_t to = CutAt(text, end + context, context);
    AnalyzeWindow(text, Span{static_cast<uint32_t>(from), static_cast<uint32_t>(std::max(to, end))},
                  Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, a.meta, a.items);
    begin = end;
  }
  return a;
}

}  // namespace hearsay
