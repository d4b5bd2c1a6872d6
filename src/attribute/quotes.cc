#include "attribute/quotes.h"

namespace hearsay {
namespace {

bool IsSingleMark(std::string_view m) { return m == "'" || m == "\xE2\x80\x98" || m == "\xE2\x80\x99"; }

Span Trim(std::string_view text, Span s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  while (s.begin < s.end && space(text[s.begin])) ++s.begin;
  while (s.end > s.begin && (space(text[s.end - 1]) || text[s.end - 1] == ',')) --s.end;
  return s;
}

}  // namespace

std::vector<Quote> FindQuotes(std::string_view text, const Layout& layout) {
  std::vector<Quote> out;
  const std::vector<Token>& toks = layout.tokens;
  for (uint32_t pi = 0; pi < layout.paragraphs.size(); ++pi) {
    const Paragraph& p = layout.paragraphs[pi];
    if (p.boilerplate || p.first_sentence >= p.last_sentence) continue;
    const uint32_t tb = layout.sentences[p.first_sentence].first_token;
    const uint32_t te = layout.sentences[p.last_sentence - 1].last_token;
    uint32_t i = tb;
    while (i < te) {
      const Token& t = toks[i];
      if (t.kind != TokenKind::kQuote || !t.open) {
        ++i;
        continue;
      }
      const bool single = IsSingleMark(t.span.In(text));
      uint32_t j = i + 1;
      while (j < te && !(toks[j].kind == TokenKind::kQuote && !toks[j].open && IsSingleMark(toks[j].span.In(text)) == single)) ++j;
      Quote q;
      q.paragraph = pi;
      q.open_token = i;
      q.single = single;
      q.closed = j < te;
      q.close_token = j;
      const uint32_t end = q.closed ? toks[j].span.begin : p.span.end;
      q.outer = {t.span.begin, q.closed ? toks[j].span.end : p.span.end};
      q.inner = Trim(text, {t.span.end, end});
      if (!q.closed) {
        // Does the next article paragraph open a quote of the same kind?
        for (uint32_t n = pi + 1; n < layout.paragraphs.size(); ++n) {
          const Paragraph& np = layout.paragraphs[n];
          if (np.boilerplate || np.first_sentence >= np.last_sentence) continue;
          const Token& first = toks[layout.sentences[np.first_sentence].first_token];
          q.continues = first.kind == TokenKind::kQuote && first.open && IsSingleMark(first.span.In(text)) == single;
          break;
        }
      }
      if (!q.inner.empty()) out.push_back(q);
      i = q.closed ? j + 1 : te;
    }
  }
  return out;
}

}  // namespace hearsay
