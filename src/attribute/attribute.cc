#include "attribute/attribute.h"

#include <algorithm>

#include "attribute/pass.h"
#include "base/fold.h"

namespace hearsay {

Attributor::Attributor(const Lexicons& lex, const Grammar& grammar) : grammar_(grammar) {
  for (const LexiconRow& r : lex.Rows("groups.tsv")) {
    std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (words.empty()) continue;
    groups_[words[0]].push_back(std::move(words));
  }
  for (auto& [k, v] : groups_.building()) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
  for (const LexiconRow& r : lex.Rows("name_genders.tsv")) {
    if (r.size() > 1 && !r[1].empty()) genders_[r[0]] = r[1][0];
  }
  groups_.Freeze();
  genders_.Freeze();
}

void Attributor::Run(std::string_view text, const Layout& layout, Items& items) const {
  AttributionPass(*this, text, layout, items).Run();
}

}  // namespace hearsay
