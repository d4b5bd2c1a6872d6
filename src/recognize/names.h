// Word classes shared by the organisation and person recognizers and by attribution:
// given names, surnames, places, words that are never names, role words, and
// capitalization tests on UTF-8 words. Built once from the lexicons; immutable and
// thread-safe.
#ifndef HEARSAY_RECOGNIZE_NAMES_H_
#define HEARSAY_RECOGNIZE_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"

namespace hearsay {

class NameLexicon {
 public:
  explicit NameLexicon(const Lexicons& lexicons);

  // Every word class of the lexicons below is a bit, and one hash lookup gives all of a
  // word's bits: hot loops call Classes once per word and test the bits they need.
  enum Class : uint16_t {
    kGiven = 1 << 0,
    kSurname = 1 << 1,
    kPlace = 1 << 2,          // a place or demonym ("Beijing", "China", "Chinese", "Asia")
    kNonName = 1 << 3,        // capitalized words that never belong to a person's name (months, "However")
    kStarter = 1 << 4,        // sentence starters
    kRoleHead = 1 << 5,       // role words in lower case ("ceo", "chief", "co-founder")
    kRoleModifier = 1 << 6,   // lower case ("deputy", "former")
    kTitle = 1 << 7,          // as written ("Mr.", "Premier")
    kGroupWord = 1 << 8,      // plural nouns that speak as groups ("insiders"), lower case
  };
  uint16_t Classes(std::string_view w) const {
    const uint16_t* c = classes_.Find(w);
    return c ? *c : 0;
  }

  bool IsGivenName(std::string_view w) const { return Classes(w) & kGiven; }
  bool IsSurname(std::string_view w) const { return Classes(w) & kSurname; }
  bool IsPlace(std::string_view w) const { return Classes(w) & kPlace; }
  const std::string* PlaceType(std::string_view w) const;
  bool IsNonName(std::string_view w) const { return Classes(w) & kNonName; }
  bool IsSentenceStarter(std::string_view w) const { return Classes(w) & kStarter; }
  bool IsRoleHead(std::string_view lower) const { return Classes(lower) & kRoleHead; }
  bool IsRoleModifier(std::string_view lower) const { return Classes(lower) & kRoleModifier; }
  bool IsTitle(std::string_view w) const { return Classes(w) & kTitle; }
  bool IsGroupWord(std::string_view lower) const { return Classes(lower) & kGroupWord; }
  // Byte length of the longest multi-word place at text[pos] ("Hong Kong", "New York"), or 0.
  size_t MultiWordPlaceAt(std::string_view text, size_t pos) const;
  // Longest role head phrase (lower case, up to three words) starting at `lower_words`.
  size_t MaxRoleHeadWords() const { return max_head_words_; }

 private:
  FrozenStringMap<uint16_t> classes_;
  FrozenStringMap<std::string> places_;  // place -> type
  FrozenStringMap<std::vector<std::string>> multiword_places_;  // by first word, longest first
  size_t max_head_words_ = 1;
};

// Capitalization of a UTF-8 word: "Xu", "Zürich", "iiMedia" and "eBay" (lower-case
// prefix of one or two letters before a capital) count; "and", "2024" do not.
bool IsCapitalized(std::string_view word);
// All letters upper case and at least two of them: "ZTE", "UBS", "AI".
bool IsAllCaps(std::string_view word);
// "Tencent's" -> "Tencent", "Moore Threads’" -> "Moore Threads"; sets *possessive.
std::string_view StripPossessive(std::string_view word, bool* possessive = nullptr);

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_NAMES_H_
