// Folding for matching names: "Xu Bing", "XU BING" and "Xú Bíng" all fold to "xu bing".
#ifndef HEARSAY_BASE_FOLD_H_
#define HEARSAY_BASE_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace hearsay {

// Lower case, accents removed, curly quotes made straight, punctuation other than inner
// apostrophes, hyphens and ampersands turned to spaces, runs of spaces collapsed.
// Thread-safe.
std::string FoldName(std::string_view s);

// Every run of white space (including no-break and other Unicode spaces) becomes one
// ASCII space; leading and trailing space is dropped. For names copied out of text.
std::string CollapseSpaces(std::string_view s);
// Byte length of the white-space character at s[i] (ASCII or Unicode), or 0. Inline for
// the ASCII bytes that most calls see.
size_t NonAsciiSpaceAt(std::string_view s, size_t i);
inline size_t SpaceAt(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;  // space, \t \n \v \f \r
  return NonAsciiSpaceAt(s, i);
}

// The words of a text split at ASCII spaces, empty ones dropped: "Xu  Bing" -> {"Xu", "Bing"}.
std::vector<std::string> SplitWords(std::string_view s);

// Lower-cases ASCII letters only; cheap, for lexicon keys of ASCII words.
std::string AsciiLower(std::string_view s);
// The same into a caller's buffer, for hot paths; "" when `s` does not fit.
template <size_t N>
std::string_view AsciiLowerInto(std::string_view s, char (&buf)[N]) {
  if (s.size() > N) return {};
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, s.size()};
}

}  // namespace hearsay

#endif  // HEARSAY_BASE_FOLD_H_
