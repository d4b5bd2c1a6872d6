// People: capitalised name sequences confirmed by a cue (a title or role before the name,
// a speech verb beside it, an apposition "X, co-founder of Y", a byline, or the shape of
// a name: a known given name or surname with another capitalised word), including East
// Asian and Vietnamese names (Xu Bing, Phan Van Hoa). Within a document a later surname-
// or given-name-only mention resolves to the full name. Roles and organisations come
// from appositions and from the words before the name. Immutable; thread-safe.
#ifndef HEARSAY_RECOGNIZE_PEOPLE_H_
#define HEARSAY_RECOGNIZE_PEOPLE_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"
#include "hearsay/text.h"
#include "recognize/names.h"
#include "text/grammar.h"

namespace hearsay {

class PersonRecognizer {
 public:
  PersonRecognizer(const NameLexicon& names, const Grammar& grammar);

  // Appends the people mentioned in non-boilerplate paragraphs. `orgs` (sorted) are the
  // organisation mentions: no person overlaps one, and they supply people's organisations.
  void Find(std::string_view text, const Layout& layout, const std::vector<OrgMention>& orgs,
            std::vector<PersonMention>& out) const;

  // The role phrase that starts at word index `i` of `words` (lower-cased), e.g.
  // "co-founder and ceo", "chief ai scientist"; sets *end past it. "" when there is none.
  std::string RolePhrase(const std::vector<std::string_view>& words, size_t i, size_t* end) const;
  bool IsSpeechVerb(std::string_view lower) const { return grammar_.IsSpeechVerb(lower); }

 private:
  const NameLexicon& names_;
  const Grammar& grammar_;     // speech verbs: said, says, told, ...
  FrozenStringSet particles_;  // van, de, bin, al ...
};

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_PEOPLE_H_
