#include "recognize/numbers.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/fold.h"

namespace hearsay {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct WordValue {
  std::string_view word;
  double value;
};

constexpr WordValue kUnits[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},       {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},      {"nine", 9},      {"ten", 10},       {"eleven", 11},
    {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},     {"fifty", 50},
    {"sixty", 60},   {"seventy", 70},   {"eighty", 80},    {"ninety", 90},   {"dozen", 12},
};


size_t SkipSpace(std::string_view t, size_t p) {
  while (p < t.size() && t[p] == ' ') ++p;
  return p;
}

}  // namespace

bool NumberWordInitial(char lower) {
  // The first letters of kUnits, from the table itself.
  static constexpr std::array<bool, 256> kInitial = [] {
    std::array<bool, 256> t{};
    for (const WordValue& w : kUnits) t[static_cast<unsigned char>(w.word[0])] = true;
    return t;
  }();
  return kInitial[static_cast<unsigned char>(lower)];
}

double NumberWordValue(std::string_view lower_word) {
  // Called at every word a figure might start with: a quick reject on length and first
  // letter before the comparisons.
  if (lower_word.size() < 3 || lower_word.size() > 9 || !NumberWordInitial(lower_word[0])) return -1;
  for (const WordValue& w : kUnits) {
    if (w.word[0] == lower_word[0] && lower_word == w.word) return w.value;
  }
  return -1;
}

std::string_view WordAt(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && (IsAlpha(text[e]) || ((text[e] == '-' || text[e] == '\'') && e + 1 < text.size() && IsAlpha(text[e + 1]) && e > pos))) ++e;
  return text.substr(pos, e - pos);
}

std::optional<ParsedNumber> ParseNumber(std::string_view t, size_t pos) {
  if (pos >= t.size()) return std::nullopt;
  ParsedNumber n;
  if (IsDigit(t[pos]) || (t[pos] == '.' && pos + 1 < t.size() && IsDigit(t[pos + 1]))) {
    // Digits are collected without separators and converted once, so "4.27" is exactly
    // the double nearest 4.27 rather than an accumulation of rounding errors.
    char buf[64];
    size_t len = 0;
    auto put = [&](char c) {
      if (len + 1 < sizeof buf) buf[len++] = c;
    };
    size_t p = pos;
    int run = 0;
    while (p < t.size() && IsDigit(t[p])) {
      put(t[p]);
      ++p;
      ++run;
    }
    n.int_digits = run;
    // Thousands separators: groups of exactly three digits after a lead of one to three.
    auto digit_at = [&](size_t k) { return k < t.size() && IsDigit(t[k]); };
    while (p < t.size() && t[p] == ',' && run <= 3 && digit_at(p + 1) && digit_at(p + 2) && digit_at(p + 3) &&
           !digit_at(p + 4)) {
      put(t[p + 1]);
      put(t[p + 2]);
      put(t[p + 3]);
      p += 4;
      run = 3;
      n.grouped = true;
      n.int_digits += 3;
    }
    if (p + 1 < t.size() && t[p] == '.' && IsDigit(t[p + 1])) {
      put('.');
      ++p;
      while (p < t.size() && IsDigit(t[p])) put(t[p++]);
      n.decimal = true;
    }
    buf[len] = '\0';
    const double v = std::strtod(buf, nullptr);
    n.value = v;
    n.end = p;
    return n;
  }
  if (!IsAlpha(t[pos])) return std::nullopt;
  // Spelled out: [a|an|one..ninety[-one..nine]] [hundred] [and a half] ...
  n.words = true;
  size_t p = pos;
  std::string w = AsciiLower(WordAt(t, p));
  double total = -1;
  if (w == "a" || w == "an") {
    const size_t q = SkipSpace(t, p + w.size());
    const std::string next = AsciiLower(WordAt(t, q));
    if (next == "dozen") { n.value = 12; n.end = q + 5; return n; }
    if (next == "half") { n.value = 0.5; n.end = q + 4; return n; }
    if (next == "third") { n.value = 1.0 / 3; n.end = q + 5; return n; }
    if (next == "quarter") { n.value = 0.25; n.end = q + 7; return n; }
    if (next == "order") {  // "an order of magnitude"
      n.value = 1;
      n.end = p + w.size();
      return n;
    }
    if (next == "hundred" || next == "thousand" || next == "million" || next == "billion" || next == "trillion") {
      n.value = 1;  // the scale word is read by the caller
      n.end = p + w.size();
      return n;
    }
    return std::nullopt;
  }
  if (w == "half") {  // "half a million"
    const size_t q = SkipSpace(t, p + 4);
    if (AsciiLower(WordAt(t, q)) == "a") {
      n.value = 0.5;
      n.end = q + 1;
      return n;
    }
    return std::nullopt;
  }
  // "twenty-five" is one hyphenated word.
  if (const size_t dash = w.find('-'); dash != std::string::npos) {
    const double tens = NumberWordValue(w.substr(0, dash));
    const double unit = NumberWordValue(w.substr(dash + 1));
    const std::string tail = w.substr(dash + 1);
    if (tens >= 20 && std::fmod(tens, 10) == 0 && unit >= 1 && unit <= 9) {
      total = tens + unit;
    } else if (tens >= 1 && (tail == "thirds" || tail == "third")) {
      n.value = tens / 3;
      n.end = p + w.size();
      return n;
    } else if (tens >= 1 && (tail == "quarters" || tail == "quarter")) {
      n.value = tens / 4;
      n.end = p + w.size();
      return n;
    } else {
      return std::nullopt;
    }
  } else {
    total = NumberWordValue(w);
  }
  if (total < 0) return std::nullopt;
  p += w.size();
  // "two hundred", "three hundred and twenty"
  size_t q = SkipSpace(t, p);
  if (AsciiLower(WordAt(t, q)) == "hundred" && total < 100) {
    total *= 100;
    p = q + 7;
    q = SkipSpace(t, p);
  }
  // "one and a half"
  if (AsciiLower(t.substr(q, 10)) == "and a half" && (q + 10 == t.size() || !IsAlpha(t[q + 10]))) {
    total += 0.5;
    p = q + 10;
  }
  n.value = total;
  n.end = p;
  return n;
}

}  // namespace hearsay
