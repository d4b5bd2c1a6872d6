// Speakers: who a source phrase names, and how pronouns ("he", "they") and descriptions
// ("the senator", "the company") resolve to the people and organisations of the text.
#include <algorithm>
#include <cctype>

#include "attribute/pass.h"
#include "base/fold.h"

namespace hearsay {
namespace {

// Nouns that name an organisation as a description: "the company said".
constexpr std::string_view kOrgNouns[] = {
    "company",    "firm",       "group",      "bank",       "carmaker",   "automaker",  "ministry",   "government",
    "agency",     "regulator",  "lender",     "insurer",    "retailer",   "airline",    "startup",    "maker",
    "chipmaker",  "department", "club",       "commission", "council",    "court",      "party",      "union",
    "university", "exchange",   "operator",   "developer",  "giant",      "conglomerate", "campaign", "administration",
    "committee",  "office",     "organization", "organisation", "network", "newspaper", "paper",     "magazine",
    "channel",    "station",    "outlet",     "board",      "panel",      "foundation", "institute",  "center",
    "centre",     "coalition",  "alliance",   "association", "federation", "service",   "bureau",     "army",
    "military",   "police",     "ministry",   "embassy",    "senate",     "house",      "congress",   "parliament",
    "legislature", "cabinet",   "court",      "tribunal",   "watchdog",   "producer",   "supplier",   "manufacturer",
    "publisher",  "website",    "site",       "team",       "league",     "church",     "charity",    "fund"};
// Heads of a phrase whose speaker is the organisation it names: "a Huawei spokesman", "a
// spokeswoman for the ministry".
constexpr std::string_view kSpokes[] = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen",
                                        "spokeswomen", "representative", "representatives", "spokespersons"};

bool EndsWithAny(std::string_view w, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends) {
    if (w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

}  // namespace

AttributionPass::Speaker AttributionPass::EntitySpeaker(uint32_t i) const {
  Speaker s;
  if (person_at_[i] >= 0) {
    const PersonMention& p = items_.people[static_cast<size_t>(person_at_[i])];
    s.name = p.name;
    s.type = SpeakerType::kPerson;
    s.role = p.role;
    s.org = p.org;
    s.found = true;
  } else if (org_at_[i] >= 0) {
    const OrgMention& o = items_.orgs[static_cast<size_t>(org_at_[i])];
    s.name = o.name;
    s.type = SpeakerType::kOrg;
    s.found = true;
    // "Democrats said": members, a group, though the organisation is the Democratic Party.
    const std::string_view written = o.span.In(text_);
    if (written.find(' ') == std::string_view::npos && written.size() > 3 && written.back() == 's' &&
        std::islower(static_cast<unsigned char>(written[written.size() - 2])) && FoldName(written) != FoldName(o.name)) {
      s.name = std::string(written);
      s.type = SpeakerType::kGroup;
    }
  }
  return s;
}

void AttributionPass::SpokespersonFor(Speaker& s, uint32_t first, uint32_t end) const {
  // "a Huawei spokesman", "a spokeswoman for the Ministry of Defence", "Acme's spokesman".
  for (uint32_t k = first; k < end; ++k) {
    if (!In(kSpokes, Lower(k))) continue;
    const OrgMention* org = nullptr;
    for (uint32_t q = first; q < end && !org; ++q) {
      if (org_at_[q] >= 0) org = &items_.orgs[static_cast<size_t>(org_at_[q])];
    }
    if (!org) return;
    s.name = org->name;
    s.type = SpeakerType::kOrg;
    s.role = std::string(Word(k));
    s.org = org->name;
    s.description.clear();
    return;
  }
}

AttributionPass::Speaker AttributionPass::SpeakerOf(uint32_t first, uint32_t end) const {
  Speaker s;
  if (first >= end) return s;
  s.first = first;
  s.last = end - 1;
  s.found = true;
  // The head part of the phrase: up to a relative pronoun ("who", "which").
  uint32_t head_end = first;
  while (head_end < end && !(Has(head_end, kWh) && person_at_[head_end] < 0 && org_at_[head_end] < 0)) ++head_end;
  if (head_end == first) head_end = end;
  // A person the phrase names, as its head: the last person not in a possessive ("Trump's
  // campaign manager Corey Lewandowski") nor after a preposition ("a lawyer for Smith").
  int32_t person = -1, org = -1;
  bool person_possessive = false;
  uint32_t mention_end = first;
  for (uint32_t k = first; k < head_end; ++k) {
    const int32_t p = person_at_[k];
    const int32_t o = org_at_[k];
    if (p < 0 && o < 0) continue;
    uint32_t e = k;
    while (e + 1 < head_end && (p >= 0 ? person_at_[e + 1] == p : org_at_[e + 1] == o)) ++e;
    const bool after_prep = k > first && (cls_[k - 1] & kPrep) && !Has(k - 1, kCap);
    const bool after_det_prep = k > first + 1 && (cls_[k - 1] & kDet) && (cls_[k - 2] & kPrep);
    // "Trump's campaign": a possessor; "Moody's expects": a name that ends the phrase.
    const bool possessive = Possessive(e) && e + 1 < end;
    if (p >= 0 && !after_prep && !after_det_prep) {
      if (!possessive) {
        person = p;
        mention_end = e + 1;
      } else {
        person_possessive = true;
      }
    }
    if (o >= 0 && !after_prep && !after_det_prep && !possessive && person < 0) {
      org = o;
      mention_end = e + 1;
    }
    k = e;
  }
  // Words after the mention that make another head: "the Clinton campaign", "Trump
  // supporters", "the Obama administration".
  uint32_t tail = mention_end;
  while (tail < head_end && Nominal(tail) && !(cls_[tail] & kPrep) && person_at_[tail] < 0 && org_at_[tail] < 0) ++tail;
  const bool headed_by_mention = (person >= 0 || org >= 0) && tail == mention_end;
  if (headed_by_mention && person >= 0) {
    s = EntitySpeaker(mention_end - 1);
    s.first = first;
    s.last = end - 1;
    if (s.role.empty()) {
      // "Acme chief executive Jane Roe": the role words before the name, and an
      // organisation before them.
      uint32_t r = mention_end - 1;
      while (r > first && person_at_[r - 1] == person) --r;
      if (r > first + 1 && Is(r - 1, ",")) --r;  // "Petrobras's chief executive, Ana Ribeiro"
      uint32_t q = r;
      while (q > first && (cls_[q - 1] & kRoleOrTitle) && person_at_[q - 1] < 0 && org_at_[q - 1] < 0) --q;
      if (q < r) {
        std::string role;
        for (uint32_t k = q; k < r; ++k) {
          if ((cls_[k] & kTitleWord) && !(cls_[k] & kRole)) continue;  // "Mr", "Dr": honorifics, no role
          if (!role.empty()) role += ' ';
          role += std::string(Lower(k));
        }
        s.role = role;
        if (q > first && org_at_[q - 1] >= 0 && s.org.empty()) s.org = items_.orgs[static_cast<size_t>(org_at_[q - 1])].name;
        if (q > first && Possessive(q - 1) && s.org.empty() && org_at_[q - 1] < 0) {
          std::string_view o = Word(q - 1);
          const bool curly = o.size() > 4 && o.compare(o.size() - 4, 4, "\xE2\x80\x99s") == 0;
          o = o.substr(0, o.size() - (curly ? 4 : 2));
          s.org = std::string(o);
        }
      }
    }
    return s;
  }
  if (headed_by_mention && org >= 0) {
    s = EntitySpeaker(mention_end - 1);
    s.first = first;
    s.last = end - 1;
    SpokespersonFor(s, first, end);
    return s;
  }
  // An organisation's spokesperson speaks for it.
  {
    Speaker sp = s;
    SpokespersonFor(sp, first, end);
    if (!sp.name.empty()) return sp;
  }
  (void)person_possessive;
  // The head noun comes before any prepositional phrase: "Hotels in Lisbon", "leaders of
  // the party".
  uint32_t head = (person >= 0 || org >= 0) ? tail - 1 : head_end - 1;
  if (person < 0 && org < 0) {
    for (uint32_t q = first + 1; q < head_end; ++q) {
      if (InnerPreposition(Lower(q)) && person_at_[q] < 0 && org_at_[q] < 0 && !(cls_[q - 1] & kNumberTok)) {
        head = q - 1;
        break;
      }
    }
  }
  if (head > first && ReducedRelativeBefore(head + 1)) --head;  // "people polled in May": people
  uint32_t name_first = first;
  while (name_first < head && (cls_[name_first] & kDet) && !(cls_[name_first] & kSubj)) ++name_first;
  const std::string_view hw = Lower(head);
  // A pronoun alone.
  if (first + 1 == end && (cls_[first] & (kSubj | kObj)) && !(cls_[first] & kDet)) {
    s.pronoun = std::string(Lower(first));
    if (s.pronoun == "you") return {};
    return s;
  }
  if ((cls_[first] & kSubj) && (cls_[first] & kAux) && first + 1 == end) {
    // "he's": the pronoun before its auxiliary.
    const std::string_view w = Lower(first);
    size_t cut = w.find('\'');
    if (cut == std::string_view::npos) cut = w.find("\xE2\x80\x99");
    s.pronoun = std::string(w.substr(0, cut));
    return s;
  }
  s.name = CollapseSpaces(text_.substr(toks_[first].span.begin, toks_[head_end - 1].span.end - toks_[first].span.begin));
  // "Both said", "most of them believe", "about 4 in 10 want": a quantity of people.
  if ((cls_[first] & kDet) && !(cls_[first] & kPoss) && (first + 1 == end || Is(first + 1, "of"))) {
    s.type = SpeakerType::kGroup;
    return s;
  }
  if (cls_[head] & kEvidence) {
    // A document speaks for whoever made it: "the Kettering Group's survey", "a report by
    // the central bank", "a Gallup poll".
    // The document is the speaker as the text names it ("FEC filings"); its maker is the
    // speaker's organisation, so a search by organisation finds it.
    s.evidence = true;
    s.type = SpeakerType::kUnknown;
    s.name = CollapseSpaces(text_.substr(toks_[name_first].span.begin, toks_[head_end - 1].span.end - toks_[name_first].span.begin));
    for (uint32_t q = first; q < head_end; ++q) {
      if (org_at_[q] < 0 && person_at_[q] < 0) continue;
      const Speaker maker = EntitySpeaker(q);
      s.type = SpeakerType::kOrg;
      s.org = maker.name;
      break;
    }
    return s;
  }
  // A group: "analysts", "health officials", "people familiar with the matter".
  bool group = (cls_[head] & kGroupHead) != 0;
  for (uint32_t start = first; start <= head && !group; ++start) {
    const std::vector<std::vector<std::string>>* phrases = a_.groups_.Find(Lower(start));
    if (!phrases) continue;
    for (const std::vector<std::string>& words : *phrases) {
      if (start + words.size() > end) continue;
      bool ok = true;
      for (size_t w = 0; w < words.size() && ok; ++w) ok = Lower(start + static_cast<uint32_t>(w)) == words[w];
      if (ok) {
        group = true;
        break;
      }
    }
  }
  if (group) {
    s.type = SpeakerType::kGroup;
    return s;
  }
  // Only "the" makes a description that points back ("the company said"); "his
  // campaign" and "Trump's campaign" name themselves.
  const bool definite = Is(first, "the");
  // "Governor Says ..." in a headline: a title alone is the person who holds it.
  bool titles_only = true;
  for (uint32_t q = first; q < end && titles_only; ++q) titles_only = (cls_[q] & kTitleWord) != 0;
  if (titles_only && end - first <= 3) {
    s.description = std::string(hw);
    s.type = SpeakerType::kPerson;
    return s;
  }
  if (In(kOrgNouns, hw) && definite && end - first <= 4 && !(cls_[head] & kCap)) {
    s.description = std::string(hw);
    s.type = SpeakerType::kOrg;
    return s;
  }
  const bool age = hw.size() > 9 && hw.compare(hw.size() - 9, 9, "-year-old") == 0;
  if (((cls_[head] & kRoleOrTitle) || age) && !(cls_[head] & kCap) && definite && end - first <= 4) {
    s.description = age ? "year-old" : std::string(hw);
    s.type = SpeakerType::kPerson;
    return s;
  }
  // A capital counts at the start of a sentence only on a word the grammar does not know.
  // A capital counts at the start of a sentence only on a word the grammar does not know,
  // and not on a plural there ("Hotels in Lisbon reported"; "Juventus confirmed" is a name).
  const bool plural_shape = hw.size() > 3 && hw.back() == 's' && !EndsWithAny(hw, {"ss", "us", "is"});
  const bool capital = (cls_[head] & kCap) && (!toks_[head].sentence_initial || ((cls_[head] & ~kCap) == 0 && !plural_shape));
  if (capital || In(kOrgNouns, hw)) {  // "The White House", "Trump's campaign"
    s.type = SpeakerType::kOrg;
    s.name = CollapseSpaces(text_.substr(toks_[name_first].span.begin, toks_[head_end - 1].span.end - toks_[name_first].span.begin));
    return s;
  }
  // People named by what they are ("voters", "a federal judge", "his donors", "56
  // percent of voters", "Four in 10 voters") can think and want; other things cannot.
  bool human = (cls_[head] & (kRoleOrTitle | kGroupHead | kCap)) != 0 || Human(head);
  bool quantity = false;
  for (uint32_t q = first; q < end && !human; ++q) {
    if ((cls_[q] & kNumberTok) || Is(q, "percent") || Is(q, "majority") || Is(q, "half") || Is(q, "third")) {
      for (uint32_t r = q + 1; r < end && !human; ++r) human = quantity = (cls_[r] & kGroupHead) || Human(r);
    }
  }
  s.generic = !human;
  const bool plural = quantity || (hw.size() > 3 && hw.back() == 's') || hw == "people" || hw == "men" || hw == "women" ||
                      hw == "children" || hw == "police";
  s.type = plural ? SpeakerType::kGroup : human ? SpeakerType::kPerson : SpeakerType::kUnknown;
  return s;
}

AttributionPass::Speaker AttributionPass::SpeakerAfter(uint32_t b, uint32_t se) const {
  uint32_t e = ObjectEnd(b, se);
  // "said Lee, the chair" stops at the comma; "said a spokeswoman for the ministry" goes on.
  for (int guard = 0; guard < 3 && e < se && InnerPreposition(Lower(e)); ++guard) {
    const uint32_t e2 = ObjectEnd(e + 1, se);
    if (e2 == e + 1) break;
    e = e2;
  }
  if (e == b) return {};
  if (e < se && !Is(e, ",") && !Is(e, ".") && !IsPunct(e) && !Has(e, kPrep | kSub) && !Is(e, "who") &&
      !Is(e, "told") && !Is(e, "adding") && !Is(e, "citing")) {
    // Anything else after the phrase: "said the plan would ..." is not a speaker.
    const bool date = std::any_of(items_.dates.begin(), items_.dates.end(),
                                  [&](const DateMention& d) { return d.span.begin == toks_[e].span.begin; });
    if (!date) return {};
  }
  Speaker s = SpeakerOf(b, e);
  // "said it would appeal": a pronoun after the cue begins a clause, not a speaker,
  // unless the sentence ends there ("..., said he.").
  if (!s.pronoun.empty() && e < se && !Is(e, ".") && !Is(e, ",")) return {};
  return s;
}

std::string AttributionPass::Outlet(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to && k < toks_.size(); ++k) {
    if (org_at_[k] >= 0) {
      const OrgMention& o = items_.orgs[static_cast<size_t>(org_at_[k])];
      if (o.type == "news") return o.name;
    }
  }
  return "";
}

// Whether a person mention is written after a title for `description` ("Sen. Ann Lee"
// for "senator", "Governor Ann Lee" for "governor").
bool AttributionPass::TitledAs(const PersonMention& p, const std::string& description) const {
  uint32_t t = TokenAt(p.span.begin);
  if (t > 1 && Is(t - 1, ".")) --t;
  if (t == 0 || !IsWordTok(t - 1) || description.size() < 3) return false;
  const std::string title = FoldName(Word(t - 1));
  return (cls_[t - 1] & kRoleOrTitle) && title.compare(0, 3, description, 0, 3) == 0;
}

// The person or organisation a pronoun or description stands for.
void AttributionPass::Resolve(Speaker& s, uint32_t at) {
  const uint32_t para = ParagraphOf(at);
  const uint32_t pos = toks_[at].span.begin;
  if (!s.pronoun.empty()) {
    if (s.pronoun == "he" || s.pronoun == "she") {
      const char want = s.pronoun == "he" ? 'm' : 'f';
      auto compatible = [&](const std::string& name) {
        for (const std::string& part : SplitWords(name)) {
          if (const char* gd = a_.genders_.Find(part)) return *gd == want;
        }
        return true;
      };
      if (!last_person_.name.empty() && para <= last_person_paragraph_ + 3 && compatible(last_person_.name)) {
        s.name = last_person_.name;
        s.role = last_person_.role;
        s.org = last_person_.org;
        s.type = SpeakerType::kPerson;
      } else {
        auto it = std::lower_bound(items_.people.begin(), items_.people.end(), pos,
                                   [](const PersonMention& m, uint32_t x) { return m.span.end <= x; });
        const PersonMention* p = nullptr;
        for (auto back = it; back != items_.people.begin() && !p;) {
          --back;
          if (compatible(back->name)) p = &*back;
        }
        for (auto fwd = it; fwd != items_.people.end() && !p; ++fwd) {
          if (compatible(fwd->name)) p = &*fwd;
        }
        if (p) {
          s.name = p->name;
          s.role = p->role;
          s.org = p->org;
          s.type = SpeakerType::kPerson;
        }
      }
    } else if (s.pronoun == "they") {
      if (!last_group_.empty() && para <= last_group_paragraph_ + 2) {
        s.name = last_group_;
        s.type = SpeakerType::kGroup;
      }
    } else if (s.pronoun == "it") {
      auto it = std::lower_bound(items_.orgs.begin(), items_.orgs.end(), pos,
                                 [](const OrgMention& m, uint32_t x) { return m.span.end <= x; });
      if (it != items_.orgs.begin()) {
        s.name = std::prev(it)->name;
        s.type = SpeakerType::kOrg;
      }
    }
    if (s.name.empty()) {
      s.name = s.pronoun;
      s.type = SpeakerType::kUnknown;
    }
    s.pronoun.clear();
    return;
  }
  if (s.type == SpeakerType::kOrg && !s.name.empty() && layout_.paragraphs[para].title_case) {
    // "..., Trevor Noah Says": headline capitals make every name look like an
    // organisation; a person of the article with that surname is the speaker.
    const std::vector<std::string> words = SplitWords(s.name);
    for (const PersonMention& m : items_.people) {
      const std::vector<std::string> mw = SplitWords(m.name);
      if (!words.empty() && !mw.empty() && words.back() == mw.back() && words.size() <= 3) {
        s.name = m.name;
        s.role = m.role;
        s.org = m.org;
        s.type = SpeakerType::kPerson;
        return;
      }
    }
  }
  if (s.description.empty()) return;
  if (s.type == SpeakerType::kPerson) {
    // "the senator": the last person before with that role, else the last who spoke.
    auto it = std::lower_bound(items_.people.begin(), items_.people.end(), pos,
                               [](const PersonMention& m, uint32_t x) { return m.span.end <= x; });
    const PersonMention* p = nullptr;
    for (auto back = it; back != items_.people.begin() && !p;) {
      --back;
      if (FoldName(back->role).find(s.description) != std::string::npos) p = &*back;
      // "Sen. Ann Lee" for "the senator", "Gov. Lee" for "the governor".
      if (!p && TitledAs(*back, s.description)) p = &*back;
    }
    // A headline's "Governor Says" names the governor of the story below.
    for (auto fwd = it; !p && layout_.paragraphs[para].title_case && fwd != items_.people.end(); ++fwd) {
      if (TitledAs(*fwd, s.description)) p = &*fwd;
    }
    if (p) {
      s.name = p->name;
      s.role = p->role.empty() ? s.description : p->role;
      s.org = p->org;
    } else if (s.description == "year-old" && it != items_.people.begin() &&
               ParagraphOf(TokenAt(std::prev(it)->span.begin)) + 2 >= para) {
      // "said the 24-year-old": the person just named.
      const PersonMention& q = *std::prev(it);
      s.name = q.name;
      s.role = q.role;
      s.org = q.org;
    } else if (!last_person_.name.empty() && para <= last_person_paragraph_ + 2 &&
               FoldName(last_person_.role).find(s.description) != std::string::npos) {
      s.name = last_person_.name;
      s.role = last_person_.role;
      s.org = last_person_.org;
    } else {
      s.type = SpeakerType::kUnknown;
    }
  } else if (s.type == SpeakerType::kOrg) {
    auto it = std::lower_bound(items_.orgs.begin(), items_.orgs.end(), pos,
                               [](const OrgMention& m, uint32_t x) { return m.span.end <= x; });
    if (it != items_.orgs.begin() && ParagraphOf(TokenAt(std::prev(it)->span.begin)) + 6 >= para) {
      s.name = std::prev(it)->name;
    } else {
      s.type = SpeakerType::kUnknown;
    }
  }
  s.description.clear();
}

}  // namespace hearsay
