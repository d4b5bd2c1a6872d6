// Numbers as news writes them: digits ("1,234.5", "4.35", ".5") and words ("ten",
// "twenty-five", "three hundred", "one and a half", "a dozen", "a third").
#ifndef HEARSAY_RECOGNIZE_NUMBERS_H_
#define HEARSAY_RECOGNIZE_NUMBERS_H_

#include <optional>
#include <string_view>

namespace hearsay {

struct ParsedNumber {
  double value = 0;
  size_t end = 0;       // one past the last byte
  bool words = false;   // spelled out
  bool grouped = false; // had thousands separators ("2,000")
  bool decimal = false; // had a fractional part
  int int_digits = 0;   // digits before the decimal point (0 for words)
};

// Parses the number that starts at text[pos]. The caller checks the left boundary.
// Digits must not be followed by another digit group ("1,23" stops at "1").
std::optional<ParsedNumber> ParseNumber(std::string_view text, size_t pos);

// The value of one spelled-out number word ("seven" 7, "twenty" 20, "dozen" 12), or -1.
double NumberWordValue(std::string_view lower_word);
// True when a lower-case letter starts one of the words NumberWordValue knows.
bool NumberWordInitial(char lower);

// Lower-cased ASCII word starting at pos (letters, inner hyphens and apostrophes).
std::string_view WordAt(std::string_view text, size_t pos);

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_NUMBERS_H_
