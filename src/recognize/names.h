// Word classes shared by the organisation and person recognizers and by attribution:
// given names, surnames, places, words that are never names, role words, and
// capitalization tests on UTF-8 words. Built once from the lexicons; immutable and
// thread-safe.
#ifndef HEARSAY_RECOGNIZE_NAMES_H_
#define HEARSAY_RECOGNIZE_NAMES_H_

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

  bool IsGivenName(std::string_view w) const { return given_.count(w) > 0; }
  bool IsSurname(std::string_view w) const { return surnames_.count(w) > 0; }
  // A place or demonym ("Beijing", "China", "Chinese", "Asia").
  bool IsPlace(std::string_view w) const { return places_.count(w) > 0; }
  const std::string* PlaceType(std::string_view w) const;
  // Capitalized words that never belong to a person's name (months, "However", "Ministry").
  bool IsNonName(std::string_view w) const { return nonnames_.count(w) > 0; }
  bool IsSentenceStarter(std::string_view w) const { return starters_.count(w) > 0; }
  // Role words in lower case ("ceo", "chief", "co-founder"); titles as written ("Mr.", "Premier").
  bool IsRoleHead(std::string_view lower) const { return role_heads_.count(lower) > 0; }
  bool IsRoleModifier(std::string_view lower) const { return role_modifiers_.count(lower) > 0; }
  bool IsTitle(std::string_view w) const { return titles_.count(w) > 0; }
  // Plural nouns that speak as groups ("insiders", "shareholders"), lower case.
  bool IsGroupWord(std::string_view lower) const { return group_words_.count(lower) > 0; }
  // Byte length of the longest multi-word place at text[pos] ("Hong Kong", "New York"), or 0.
  size_t MultiWordPlaceAt(std::string_view text, size_t pos) const;
  // Longest role head phrase (lower case, up to three words) starting at `lower_words`.
  size_t MaxRoleHeadWords() const { return max_head_words_; }

 private:
  StringSet given_, surnames_, nonnames_, starters_, role_heads_, role_modifiers_, titles_, group_words_;
  StringMap<std::string> places_;
  StringMap<std::vector<std::string>> multiword_places_;  // by first word, longest first
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
