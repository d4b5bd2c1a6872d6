// Quotations: pairs opening and closing quote marks (tokens the tokenizer marked as
// quotes, so apostrophes never count) within a paragraph. A paragraph that opens a quote
// without closing it continues into the next paragraph when that one opens a quote
// again (news style); an unbalanced mark otherwise ends at its paragraph, so a stray
// quote never swallows the rest of the article.
#ifndef HEARSAY_ATTRIBUTE_QUOTES_H_
#define HEARSAY_ATTRIBUTE_QUOTES_H_

#include <string_view>
#include <vector>

#include "hearsay/text.h"

namespace hearsay {

struct Quote {
  Span inner;                // the quoted words, without marks, trimmed
  Span outer;                // including the marks (or to the paragraph end)
  uint32_t paragraph = 0;
  uint32_t open_token = 0;   // index of the opening mark
  uint32_t close_token = 0;  // index of the closing mark, or one past the paragraph's last token
  bool closed = false;       // a closing mark was found
  bool continues = false;    // unclosed, and the next paragraph opens a quote
  bool single = false;       // ‘single’ marks
};

// Quotes in non-boilerplate paragraphs, in text order. Quotes nested in another quote
// are not listed separately.
std::vector<Quote> FindQuotes(std::string_view text, const Layout& layout);

}  // namespace hearsay

#endif  // HEARSAY_ATTRIBUTE_QUOTES_H_
