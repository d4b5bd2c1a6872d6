// The text layer: a Document split into paragraphs (lines), sentences and tokens, all
// as byte Spans into Document::text, plus the article's own metadata.
#ifndef HEARSAY_TEXT_H_
#define HEARSAY_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "hearsay/document.h"

namespace hearsay {

enum class TokenKind : uint8_t {
  kWord = 0,      // letters, possibly with inner apostrophes or hyphens ("China's")
  kNumber = 1,    // digits with inner separators ("1,234.5", "4.35")
  kPunct = 2,     // any other punctuation or symbol
  kQuote = 3,     // a quotation mark; see Token::open
  kApostrophe = 4,  // a lone apostrophe (companies' ) or elision ('90s)
  kDash = 5,      // - – — between words
  kEllipsis = 6,  // … or ...
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool open = false;        // for kQuote: true opening, false closing
  bool capitalized = false; // kWord whose first letter is upper case
  bool sentence_initial = false;  // first word of its sentence (after any opening quote)
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Layout::tokens
  uint32_t last_token = 0;   // one past the last
  uint32_t paragraph = 0;
};

// A paragraph is one non-empty line. Boilerplate lines (page furniture) are kept, marked,
// so that offsets stay whole, and later stages skip them.
struct Paragraph {
  Span span;
  uint32_t first_sentence = 0;
  uint32_t last_sentence = 0;  // one past the last
  bool boilerplate = false;
  bool title_case = false;  // a headline: most words capitalized, so capitals say little
};

struct Layout {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

// What the article says about itself, found in its first lines.
struct Metadata {
  Span title;                // first non-empty line
  std::string byline;        // "By X" / "by X", the name only
  std::string published;     // ISO 8601 date or date-time, "" when the text gives none
  Span published_span;       // where the text gives it
  std::string reference;     // the date relative dates resolve against ("" = none)
};

}  // namespace hearsay

#endif  // HEARSAY_TEXT_H_
