// Attribution: finds who claimed what. Direct quotes in any quote style and reported
// content of every kind a ledger of claims wants (CONTRACT.md "attribution"): statements,
// beliefs, intentions, directives, evaluations and evidence, through cues with their
// complement frames (data/cues.tsv), noun cues (data/cue_nouns.tsv), "according to",
// speaker labels and headlines. Each claim's speaker is resolved to the fullest name in
// the document (pronouns, surnames, titles and descriptions such as "the senator").
// No I/O and no third-party libraries; immutable once built and thread-safe.
//
//   Attributor attr(lexicons, grammar);
//   attr.Run(doc.text, layout, items);   // reads people/orgs/dates, fills items.claims
#ifndef HEARSAY_ATTRIBUTE_ATTRIBUTE_H_
#define HEARSAY_ATTRIBUTE_ATTRIBUTE_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/grammar.h"
#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"
#include "hearsay/text.h"

namespace hearsay {

class Attributor {
 public:
  // `grammar` must outlive the attributor.
  Attributor(const Lexicons& lexicons, const Grammar& grammar);
  Attributor(const Attributor&) = delete;
  Attributor& operator=(const Attributor&) = delete;

  // Fills items.claims (sorted by span) from the text; reads items.people, items.orgs
  // and items.dates.
  void Run(std::string_view text, const Layout& layout, Items& items) const;

  const Grammar& grammar() const { return grammar_; }

 private:
  friend class AttributionPass;
  const Grammar& grammar_;
  FrozenStringMap<std::vector<std::vector<std::string>>> groups_;  // by first word, longest first
  FrozenStringMap<char> genders_;                                  // given name -> f or m
};

}  // namespace hearsay

#endif  // HEARSAY_ATTRIBUTE_ATTRIBUTE_H_
