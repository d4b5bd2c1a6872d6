// Tokenizer: splits normalized text into paragraphs (non-empty lines), sentences and
// tokens, with ICU break iterators over UTF-8 (utext_openUTF8) so every offset is a byte
// offset into the text; lines of Latin letters and common punctuation take a faster path
// with the same word and sentence breaks (FastWordSegments, FastSentenceEnds).
// Abbreviations from data/abbreviations.tsv ("Inc.", "Mr.", "U.S.") do not end a
// sentence unless the next word begins one (data/sentence_starters.txt).
// Quote marks are told from apostrophes: "China's" is one word, 'Made in China' is quoted.
//
//   Result<Tokenizer> tok = Tokenizer::Create(lexicons);
//   Layout layout = tok->Split(doc.text);
//
// Not thread-safe (it owns ICU break iterators, which keep state): one per thread.
// Move-only.
#ifndef HEARSAY_TEXT_TOKENIZER_H_
#define HEARSAY_TEXT_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/lexicon.h"
#include "hearsay/status.h"
#include "hearsay/text.h"

struct UBreakIterator;

namespace hearsay {

// One segment of Unicode word segmentation (UAX #29) as ICU gives it: byte offsets into
// the line and ICU's rule status (UBRK_WORD_NONE 0, UBRK_WORD_NUMBER 100 when the last
// word character is a digit, UBRK_WORD_LETTER 200 when it is a letter).
struct WordSegment {
  uint32_t begin = 0, end = 0;
  int32_t status = 0;
};

// ICU's word segmentation of one line, without ICU, for the characters news is mostly
// written in: ASCII letters, digits, spaces and punctuation other than '_' and '@', the
// curly quotes, dashes and ellipsis (U+2018/2019 join words like an apostrophe), and the
// letters and signs of U+00A1-U+017F and U+20A0-U+20BF ("é", "ł", "£", "€") by their
// Unicode word-break property where it is ALetter or Other. Appends
// the segments to `out` and returns true; returns false (appending nothing) when the
// line holds any other character, for ICU to segment. tests/text_test.cc checks it
// against ICU.
bool FastWordSegments(std::string_view line, std::vector<WordSegment>& out);

// ICU's sentence segmentation (UAX #29) of one line, without ICU, for the same kind of
// line as FastWordSegments: appends the end offset of each sentence (the last is
// line.size(); none for an empty line) and returns true, or returns false (appending
// nothing) for ICU to segment. tests/text_test.cc checks it against ICU.
bool FastSentenceEnds(std::string_view line, std::vector<uint32_t>& ends);

class Tokenizer {
 public:
  static Result<Tokenizer> Create(const Lexicons& lexicons);
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  Layout Split(std::string_view text);
  // ICU's word segmentation of one line (what FastWordSegments reproduces).
  void IcuWordSegments(std::string_view line, std::vector<WordSegment>& out);
  // ICU's sentence segmentation of one line (what FastSentenceEnds reproduces).
  void IcuSentenceEnds(std::string_view line, std::vector<uint32_t>& ends);

  enum class AbbrevClass { kNone, kTitle, kCorp, kOther };
  // The class of an abbreviation written with its period ("Inc."), or kNone.
  AbbrevClass Abbreviation(std::string_view word_with_period) const;
  bool IsSentenceStarter(std::string_view word) const;

 private:
  Tokenizer();
  void Words(std::string_view text, Layout& layout);
  void Sentences(std::string_view text, Layout& layout);
  bool ShouldJoin(std::string_view text, Span left, Span right) const;

  struct Breakers;
  std::unique_ptr<Breakers> breakers_;
  std::unordered_map<std::string, AbbrevClass> abbreviations_;
  std::unordered_set<std::string> starters_;
};

}  // namespace hearsay

#endif  // HEARSAY_TEXT_TOKENIZER_H_
