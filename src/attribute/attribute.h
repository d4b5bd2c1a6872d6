// Attribution: finds direct quotes and reported speech and pairs each with its speaker
// through reporting cues (data/cues.tsv), resolving pronouns, surnames and titles to the
// fullest name in the document. No I/O and no third-party libraries; immutable once
// built and thread-safe.
//
//   Attributor attr(lexicons);
//   attr.Run(doc.text, layout, items);   // reads people/orgs, fills items.claims
#ifndef HEARSAY_ATTRIBUTE_ATTRIBUTE_H_
#define HEARSAY_ATTRIBUTE_ATTRIBUTE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"
#include "hearsay/text.h"

namespace hearsay {

struct Cue {
  std::string lemma;
  enum class Class { kSpeech, kBelief, kReport, kWrite } cls = Class::kSpeech;
  bool before_only = false;  // used only before what is said ("denied", "cited")
  bool bare = false;         // may take a clause or object without "that" ("said", "highlighted")
};

class Attributor {
 public:
  explicit Attributor(const Lexicons& lexicons);
  // Fills items.claims (sorted by span) from the text; reads items.people and items.orgs.
  void Run(std::string_view text, const Layout& layout, Items& items) const;

  // The cue for a lower-case word, or nullptr. Multi-word cues ("pointed out") are found
  // by their first word and checked against the words that follow.
  const Cue* FindCue(std::string_view lower_word) const;

 private:
  friend class AttributionPass;
  // Cues by their first word, lower case: the cue of the word alone ("said") and the
  // multi-word ones it starts ("pointed" -> {"out"}), so each word is looked up once.
  struct CueEntry {
    std::optional<Cue> word;
    std::vector<std::pair<std::vector<std::string>, Cue>> phrases;
  };
  FrozenStringMap<CueEntry> cues_;
  // "declined to comment", ... as words, by first word.
  FrozenStringMap<std::vector<std::vector<std::string>>> negations_;
  FrozenStringMap<std::vector<std::vector<std::string>>> groups_;  // by first word, longest first
  FrozenStringSet group_heads_;                                    // single-word groups: "analysts"
  FrozenStringSet role_words_;                                     // heads and modifiers, lower case
  FrozenStringSet titles_;                                         // "Minister", "Dr", "Mr." as written
  FrozenStringMap<char> genders_;                                  // given name -> f or m
};

}  // namespace hearsay

#endif  // HEARSAY_ATTRIBUTE_ATTRIBUTE_H_
