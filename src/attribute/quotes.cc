#include "attribute/quotes.h"

#include <cctype>

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
      // "'The farmers' anger is justified,' said ...": a plural possessive followed by a
      // lower-case word is an apostrophe when another closing mark follows.
      if (single) {
        while (j < te) {
          const std::string_view before = text.substr(toks[j].span.begin > 0 ? toks[j].span.begin - 1 : 0, 1);
          const uint32_t after = toks[j].span.end;
          const bool lower_next = after + 1 < text.size() && text[after] == ' ' && std::islower(static_cast<unsigned char>(text[after + 1]));
          if (!(before == "s" && lower_next)) break;
          // The real closing mark may have been read as an apostrophe after the first one.
          auto closes = [&](uint32_t k) {
            if (!IsSingleMark(toks[k].span.In(text))) return false;
            if (toks[k].kind == TokenKind::kQuote) return !toks[k].open;
            const uint32_t e = toks[k].span.end;
            return toks[k].kind == TokenKind::kApostrophe && (e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e])));
          };
          uint32_t k = j + 1;
          while (k < te && !closes(k)) ++k;
          if (k >= te) break;
          j = k;
        }
      }
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
