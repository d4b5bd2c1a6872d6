// Page furniture: marks paragraphs that are not article text ("Log In", "Follow google
// news", "Most Read Articles" and the list of headlines after it, photo captions, a
// headline repeated) as boilerplate, with general rules and data/boilerplate.tsv.
// Immutable after Create; thread-safe.
#ifndef HEARSAY_TEXT_LAYOUT_H_
#define HEARSAY_TEXT_LAYOUT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/lexicon.h"
#include "hearsay/text.h"

namespace hearsay {

class BoilerplateRules {
 public:
  explicit BoilerplateRules(const Lexicons& lexicons);
  // Sets Paragraph::boilerplate in `layout`. The first paragraph (the title) is never
  // boilerplate.
  void Mark(std::string_view text, Layout& layout) const;

 private:
  // True when a line phrase stands as words in `lower` and makes up most of it.
  bool HasLinePhrase(const std::string& lower, size_t words) const;

  std::vector<std::string> line_phrases_;     // lower case
  std::array<std::vector<uint32_t>, 256> phrases_by_first_byte_;  // indexes into line_phrases_
  std::vector<std::string> section_phrases_;  // lower case
};

// Lower-cased ASCII, with curly apostrophes made straight and runs of spaces folded.
std::string LowerLine(std::string_view line);
// Number of space-separated words, counted up to `limit` (callers compare with small
// numbers; a paragraph need not be read to its end).
size_t WordCount(std::string_view line, size_t limit = SIZE_MAX);

}  // namespace hearsay

#endif  // HEARSAY_TEXT_LAYOUT_H_
