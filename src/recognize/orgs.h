// Organisations: a gazetteer (data/orgs.tsv, canonical names with aliases) matched
// longest-first, plus rules for organisations it lacks: capitalised names ending in a
// corporate suffix ("Shanghai Biren Technology Co."), institutions ("Kunpeng Ecosystem
// Innovation Center", "Academy of ..."), a descriptor before a name ("startup Hugging
// Face", "consultancy iiMedia"), possessives before a role ("Tencent's chief scientist"),
// and names defined with an acronym. Suffixes and a city prefix fold into the canonical
// name ("Huawei Technologies Co." is Huawei, "Shanghai Biren Technology Co." is Biren).
// Immutable; thread-safe.
#ifndef HEARSAY_RECOGNIZE_ORGS_H_
#define HEARSAY_RECOGNIZE_ORGS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"
#include "hearsay/text.h"
#include "recognize/names.h"

namespace hearsay {

class OrgRecognizer {
 public:
  OrgRecognizer(const Lexicons& lexicons, const NameLexicon& names);

  // Appends the organisations mentioned in the non-boilerplate paragraphs, in order.
  void Find(std::string_view text, const Layout& layout, std::vector<OrgMention>& out) const;
  // The canonical name for a name as a user or a text writes it ("Huawei Technologies Co."
  // -> "Huawei"); the folded-suffix form of an unknown name otherwise.
  std::string Canonical(std::string_view name) const;
  // True for news organisations ("Reuters", "Bloomberg"): speakers that are outlets.
  bool IsNewsOrg(std::string_view canonical) const;

 private:
  struct Entry {
    std::string surface;
    uint32_t org = 0;
  };
  struct Org {
    std::string canonical, type;
    bool common_word = false, surname = false;
  };
  // Longest gazetteer match at text[pos], or nullptr.
  const Entry* Match(std::string_view text, size_t pos, size_t limit) const;
  std::string FoldSuffixes(const std::vector<std::string_view>& words) const;

  const NameLexicon& names_;
  std::vector<Org> orgs_;
  FrozenStringMap<std::vector<Entry>> by_first_word_;  // longest first
  FrozenStringSet legal_, descriptors_, institutions_, weak_institutions_, kind_words_, name_suffixes_;
};

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_ORGS_H_
