#include "ingest/language.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "base/fold.h"

namespace hearsay {
namespace {

// Sorted once, then looked up with binary search.
constexpr std::string_view kFunctionWords[] = {
    "a", "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "is", "it", "its", "more", "not",
    "of", "on", "or", "said", "says", "she", "should", "than", "that", "the", "their", "there", "they", "this",
    "to", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "our", "into",
    "over"};

// Words of prose enough to tell: English runs at 40% function words and the threshold is
// 10%, so a few hundred words decide (reading the whole article cost 8% of analysis time).
constexpr size_t kEnoughWords = 300;

bool IsFunctionWord(std::string_view w) {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> a(std::begin(kFunctionWords), std::end(kFunctionWords));
    std::sort(a.begin(), a.end());
    return a;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Counts the words of `text`, and the function words among them, in lines of at least
// `min_words` words (lists of names and headlines say little about a language).
LanguageGuess Count(std::string_view text, size_t min_words, size_t& latin_bytes, size_t& other_bytes) {
  LanguageGuess g;
  size_t hits = 0;
  size_t line_words = 0, line_hits = 0;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    ++line_words;
    line_hits += IsFunctionWord(word);
    word.clear();
  };
  auto end_line = [&] {
    end_word();
    if (line_words >= min_words) {
      g.words += line_words;
      hits += line_hits;
    }
    line_words = line_hits = 0;
  };
  for (size_t i = 0; i < text.size() && g.words < kEnoughWords; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      word += static_cast<char>(c | 0x20);
      ++latin_bytes;
    } else if (c >= 0x80) {
      // Latin letters with accents (U+00C0-U+024F: lead bytes C3-C9) stay inside a word;
      // other scripts count against English (lead bytes: once per character).
      if (c >= 0xC3 && c <= 0xC9) {
        word += '~';
        ++latin_bytes;
      } else if ((c >= 0xCA && c <= 0xDF) || (c >= 0xE0 && c <= 0xEF && c != 0xE2)) {
        ++other_bytes;  // Greek, Cyrillic, Hebrew, Arabic, Indic, CJK ... (not U+2000-U+2FFF: punctuation, symbols)
      }
    } else if (c == '\n') {
      end_line();
    } else {
      end_word();  // "it's" counts "it"
    }
  }
  end_line();
  g.share = g.words ? static_cast<double>(hits) / static_cast<double>(g.words) : 0;
  return g;
}

}  // namespace

LanguageGuess GuessEnglish(std::string_view text) {
  size_t latin = 0, other = 0;
  LanguageGuess g = Count(text, 6, latin, other);
  if (g.words < 20) {
    latin = other = 0;
    g = Count(text, 1, latin, other);
  }
  if (other > latin) {
    g.english = false;  // mostly another script
  } else if (g.words >= 20) {
    g.english = g.share >= 0.10;
  }
  return g;
}

}  // namespace hearsay
