// Small UTF-8 helpers shared by every stage. Inputs are valid UTF-8 (ingest checks it).
#ifndef HEARSAY_BASE_UTF8_H_
#define HEARSAY_BASE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace hearsay {

// Decodes the code point at text[i] and advances i past it. Invalid bytes decode as
// U+FFFD and advance by one, so a loop always ends.
char32_t DecodeUtf8(std::string_view text, size_t& i);
// The code point that ends just before byte `i` (0 when i == 0).
char32_t PreviousCodePoint(std::string_view text, size_t i);
void AppendUtf8(std::string& out, char32_t c);
// Length of the longest prefix of `bytes` that is well-formed UTF-8.
size_t ValidUtf8Prefix(std::string_view bytes);

}  // namespace hearsay

#endif  // HEARSAY_BASE_UTF8_H_
