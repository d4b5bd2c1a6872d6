#include "attribute/attribute.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "attribute/quotes.h"
#include "base/fold.h"

namespace hearsay {
namespace {

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p < s.size()) {
    while (p < s.size() && s[p] == ' ') ++p;
    size_t e = s.find(' ', p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) out.emplace_back(s.substr(p, e - p));
    p = e;
  }
  return out;
}

// Verbs whose object or clause is what was said even without "that".
constexpr std::string_view kBareLemmas[] = {
    "say", "tell", "state", "add", "note", "mention", "emphasize", "emphasise", "explain", "argue", "warn",
    "believe", "point out", "highlight", "acknowledge", "report", "claim", "insist", "estimate",
    "predict", "stress", "assert", "contend", "think", "according to", "urge", "cite", "concede", "admit",
    "caution", "maintain", "affirm", "declare", "forecast"};

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "some", "its", "his", "her", "their", "our", "this",
                                             "these", "those", "such", "many", "most", "several", "other", "any",
                                             "your", "my", "each", "every", "both", "all"};
bool IsDeterminer(std::string_view w) {
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), w) != std::end(kDeterminers);
}

constexpr std::string_view kSkippable[] = {"also", "has", "had", "have", "previously", "later", "further", "once",
                                           "again", "recently", "then", "earlier", "separately", "subsequently",
                                           "reportedly", "still", "even", "similarly", "likewise", "too", "repeatedly",
                                           "publicly", "privately", "initially", "originally", "would", "will",
                                           "could", "might", "may", "often", "always", "frequently", "however"};
bool IsSkippable(std::string_view w) {
  if (std::find(std::begin(kSkippable), std::end(kSkippable), w) != std::end(kSkippable)) return true;
  return w.size() > 5 && w.substr(w.size() - 2) == "ly" && w != "early" && w != "italy" && w != "reply" && w != "supply";
}

constexpr std::string_view kStopForPhrase[] = {"in", "on", "at", "of", "for", "with", "by", "from", "to", "about",
                                               "and", "or", "but", "that", "who", "which", "while", "as", "than",
                                               "is", "are", "was", "were", "be", "been", "not", "if", "when", "after",
                                               "before", "since", "because", "although", "though", "so", "into"};
bool StopsPhrase(std::string_view w) {
  return std::find(std::begin(kStopForPhrase), std::end(kStopForPhrase), w) != std::end(kStopForPhrase);
}

bool IsPronoun(std::string_view w) { return w == "he" || w == "she" || w == "they" || w == "we" || w == "it" || w == "i"; }

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// A claim is at most this many tokens: a run-on "sentence" (a page with no full stops)
// must not turn into a megabyte claim.
constexpr uint32_t kMaxClaimTokens = 160;
// Context kept around a claim as its sentence.
constexpr uint32_t kMaxContextBytes = 400;

}  // namespace

Attributor::Attributor(const Lexicons& lex) {
  for (const LexiconRow& r : lex.Rows("cues.tsv")) {
    if (r.size() < 3) continue;
    Cue c;
    c.lemma = AsciiLower(r[1]);
    c.cls = r[2] == "belief" ? Cue::Class::kBelief : r[2] == "report" ? Cue::Class::kReport
                                                   : r[2] == "write"  ? Cue::Class::kWrite : Cue::Class::kSpeech;
    c.before_only = r.size() > 3 && r[3] == "before";
    c.bare = std::find(std::begin(kBareLemmas), std::end(kBareLemmas), c.lemma) != std::end(kBareLemmas);
    const std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (words.empty()) continue;
    CueEntry& e = cues_[words[0]];
    if (words.size() == 1) {
      if (!e.word) e.word = c;  // the first row of a word wins
    } else {
      e.phrases.emplace_back(std::vector<std::string>(words.begin() + 1, words.end()), c);
    }
  }
  for (const LexiconRow& r : lex.Rows("cue_negations.txt")) {
    // Split off "n't" and "n’t" the way the tokenizer keeps them: as part of the word.
    std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (!words.empty()) negations_[words[0]].push_back(std::move(words));
  }
  for (const LexiconRow& r : lex.Rows("groups.tsv")) {
    std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (words.empty()) continue;
    if (words.size() == 1) group_heads_.insert(words[0]);
    groups_[words[0]].push_back(std::move(words));
  }
  for (auto& [k, v] : groups_.building()) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
  for (const LexiconRow& r : lex.Rows("roles.tsv")) {
    if (r.size() < 2) continue;
    if (r[1] == "head" || r[1] == "modifier") {
      for (std::string& w : SplitWords(AsciiLower(r[0]))) role_words_.insert(std::move(w));
    } else if (r[1] == "title") {
      for (std::string& w : SplitWords(r[0])) titles_.insert(std::move(w));
    }
  }
  for (const char* h : {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"}) titles_.insert(h);
  for (const LexiconRow& r : lex.Rows("name_genders.tsv")) {
    if (r.size() > 1 && !r[1].empty()) genders_[r[0]] = r[1][0];
  }
  cues_.Freeze();
  negations_.Freeze();
  groups_.Freeze();
  for (FrozenStringSet* set : {&group_heads_, &role_words_, &titles_}) set->Freeze();
  genders_.Freeze();
}

const Cue* Attributor::FindCue(std::string_view lower_word) const {
  const CueEntry* e = cues_.Find(lower_word);
  return e && e->word ? &*e->word : nullptr;
}

// One document's attribution. Holds indexes over the tokens; lives for one Run().
class AttributionPass {
 public:
  AttributionPass(const Attributor& a, std::string_view text, const Layout& layout, Items& items)
      : a_(a), text_(text), layout_(layout), toks_(layout.tokens), items_(items) {}
  void Run();

 private:
  struct Speaker {
    std::string name;
    SpeakerType type = SpeakerType::kUnknown;
    std::string role, org;
    std::string pronoun;      // "he", "she", ... when to be resolved
    uint32_t first = 0, last = 0;  // its tokens, inclusive
    uint32_t phrase_first = 0;     // with the role words before it ("Finance Minister Pedro Alves")
    bool found = false;
  };
  struct CueAt {
    uint32_t first = 0, last = 0;  // its tokens, inclusive ("pointed out")
    const Cue* cue = nullptr;
  };

  // Indexes.
  void BuildIndex();
  std::string_view Word(uint32_t i) const { return toks_[i].span.In(text_); }
  std::string_view Lower(uint32_t i) const { return toks_[i].span.In(lower_text_); }
  bool InQuote(uint32_t i) const { return in_quote_[i]; }

  // Cues.
  std::optional<CueAt> CueStartingAt(uint32_t i, uint32_t end) const;
  bool Negated(const CueAt& c, uint32_t sb) const;

  // Speakers.
  Speaker EntityEndingAt(uint32_t last, uint32_t lo) const;
  Speaker EntityStartingAt(uint32_t first, uint32_t hi) const;
  Speaker SpeakerLeftOf(uint32_t k, uint32_t lo) const;
  Speaker SpeakerRightOf(uint32_t k, uint32_t hi, bool to_clause_end) const;
  Speaker GroupEndingAt(uint32_t last, uint32_t lo) const;
  Speaker NounPhraseEndingAt(uint32_t last, uint32_t lo) const;
  bool IsRoleish(uint32_t i) const;
  uint32_t RoleWordsBefore(uint32_t first, uint32_t lo) const;
  void Spokesperson(Speaker& s, uint32_t lo) const;
  const OrgMention* LastOrgBefore(uint32_t byte) const;
  void Resolve(Speaker& s, uint32_t at);
  std::optional<std::string> Outlet(uint32_t from, uint32_t to) const;

  // Claims.
  void Emit(std::vector<Span> parts, bool direct, Speaker speaker, const CueAt* cue, Span sentence,
            std::string outlet = "");
  Span Clause(uint32_t from_tok, uint32_t to_tok) const;  // tokens [from, to) trimmed
  void QuotesIn(uint32_t paragraph);
  void ReportedIn(uint32_t paragraph);
  void Forward(const CueAt& cue, Speaker speaker, uint32_t sb, uint32_t se, Span sentence);
  bool ValidCue(const CueAt& c, uint32_t sb, bool title_case) const;
  bool LooksLikeTitle(const Quote& q) const;
  bool TrailingAttribution(const CueAt& cue, uint32_t se) const;
  void FillUnattributed();

  const Attributor& a_;
  std::string_view text_;
  const Layout& layout_;
  const std::vector<Token>& toks_;
  Items& items_;
  std::string lower_text_;  // the text with ASCII letters lower-cased: same offsets
  std::vector<bool> in_quote_, used_;
  std::vector<int> person_at_, org_at_;  // token -> mention index or -1
  std::vector<uint32_t> sentence_of_;
  std::vector<Quote> quotes_;
  struct Pending {
    Claim claim;
    Speaker speaker;
  };
  std::vector<Pending> pending_;
  std::vector<bool> unattributed_;  // per pending claim: a quote with no cue of its own
  std::vector<bool> continues_;     // per pending claim: its quote runs into the next paragraph
  // The last person who spoke (for pronouns) and where.
  Speaker last_person_;
  uint32_t last_person_paragraph_ = 0;
  std::string last_group_;  // for "they"
  uint32_t last_group_paragraph_ = 0;
};

void AttributionPass::BuildIndex() {
  const size_t n = toks_.size();
  lower_text_ = AsciiLower(text_);
  in_quote_.assign(n, false);
  used_.assign(n, false);
  person_at_.assign(n, -1);
  org_at_.assign(n, -1);
  sentence_of_.assign(n, 0);
  for (uint32_t s = 0; s < layout_.sentences.size(); ++s) {
    for (uint32_t k = layout_.sentences[s].first_token; k < layout_.sentences[s].last_token; ++k) sentence_of_[k] = s;
  }
  auto mark = [&](std::vector<int>& at, Span span, int idx) {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), span.begin, [](const Token& t, uint32_t b) { return t.span.end <= b; });
    for (; it != toks_.end() && it->span.begin < span.end; ++it) at[static_cast<size_t>(it - toks_.begin())] = idx;
  };
  for (size_t i = 0; i < items_.people.size(); ++i) mark(person_at_, items_.people[i].span, static_cast<int>(i));
  for (size_t i = 0; i < items_.orgs.size(); ++i) mark(org_at_, items_.orgs[i].span, static_cast<int>(i));
  quotes_ = FindQuotes(text_, layout_);
  for (const Quote& q : quotes_) {
    for (uint32_t k = q.open_token; k < q.close_token && k < n; ++k) in_quote_[k] = true;
    if (q.close_token < n) in_quote_[q.close_token] = true;
  }
}

std::optional<AttributionPass::CueAt> AttributionPass::CueStartingAt(uint32_t i, uint32_t end) const {
  if (toks_[i].kind != TokenKind::kWord) return std::nullopt;
  const Attributor::CueEntry* e = a_.cues_.Find(Lower(i));
  if (!e) return std::nullopt;
  for (const auto& [rest, cue] : e->phrases) {
    uint32_t k = i + 1;
    bool ok = true;
    for (const std::string& r : rest) {
      if (k >= end || Lower(k) != r) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) return CueAt{i, k - 1, &cue};
  }
  if (e->word) return CueAt{i, i, &*e->word};
  return std::nullopt;
}

bool AttributionPass::Negated(const CueAt& c, uint32_t sb) const {
  for (uint32_t k = c.first; k > sb && c.first - k < 3; --k) {
    const std::string_view w = Lower(k - 1);
    const bool declined_to = (w == "declined" || w == "refused") && k == c.first - 1 && Lower(k) == "to";
    if (w == "not" || w == "never" || declined_to || w == "no" ||
        (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) || (w.size() > 5 && w.compare(w.size() - 5, 5, "n\xE2\x80\x99t") == 0)) {
      return true;
    }
  }
  // Phrases from the lexicon that cover the cue ("wasn't entirely clear"), matched word
  // by word from up to six tokens before it.
  const uint32_t sb_tok = layout_.sentences[sentence_of_[c.first]].first_token;
  const uint32_t se_tok = layout_.sentences[sentence_of_[c.first]].last_token;
  for (uint32_t k = c.first > sb_tok + 6 ? c.first - 6 : sb_tok; k <= c.last; ++k) {
    const std::vector<std::vector<std::string>>* phrases = a_.negations_.Find(Lower(k));
    if (!phrases) continue;
    for (const std::vector<std::string>& words : *phrases) {
      uint32_t q = k;
      size_t w = 0;
      while (w < words.size() && q < se_tok && Lower(q) == words[w]) {
        ++w;
        ++q;
      }
      if (w == words.size() && q > c.first) return true;
    }
  }
  return false;
}

// A title, a role word, an honorific or its full stop: "Finance Minister", "Dr", "Ms.".
bool AttributionPass::IsRoleish(uint32_t i) const {
  if (toks_[i].kind == TokenKind::kWord) {
    return a_.titles_.count(Word(i)) > 0 || a_.role_words_.count(Lower(i)) > 0;
  }
  return Word(i) == "." && i > 0 && a_.titles_.count(Word(i - 1)) > 0;
}

// The first token of the role words right before `first` ("said coach Tom Bradley").
uint32_t AttributionPass::RoleWordsBefore(uint32_t first, uint32_t lo) const {
  uint32_t f = first;
  while (f > lo && first - f < 8 && (IsRoleish(f - 1) || (Lower(f - 1) == "and" && f - 1 > lo && IsRoleish(f - 2)))) --f;
  // "Acme chief executive Jane Roe": the organisation before the role belongs to the phrase.
  if (f < first && f > lo && org_at_[f - 1] >= 0) {
    while (f > lo && org_at_[f - 1] >= 0) --f;
  }
  return f;
}

const OrgMention* AttributionPass::LastOrgBefore(uint32_t byte) const {
  auto it = std::lower_bound(items_.orgs.begin(), items_.orgs.end(), byte,
                             [](const OrgMention& m, uint32_t x) { return m.span.end <= x; });
  return it == items_.orgs.begin() ? nullptr : &*std::prev(it);
}

// "a Huawei spokesperson", "a spokesman for the Ministry of Defence": the organisation
// speaks, through a spokesperson.
void AttributionPass::Spokesperson(Speaker& s, uint32_t lo) const {
  static const std::string_view kSpokes[] = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"};
  auto spokes = [&](uint32_t i) { return std::find(std::begin(kSpokes), std::end(kSpokes), Lower(i)) != std::end(kSpokes); };
  if (s.type == SpeakerType::kOrg) {
    uint32_t f = s.first;
    if (f > lo && Lower(f - 1) == "the") --f;
    if (f > lo + 1 && Lower(f - 1) == "for" && spokes(f - 2)) {
      s.role = std::string(Word(f - 2));
      s.org = s.name;
      s.first = f - 2;
      while (s.first > lo && IsDeterminer(Lower(s.first - 1))) --s.first;
      s.phrase_first = s.first;
    }
  }
}

AttributionPass::Speaker AttributionPass::EntityEndingAt(uint32_t last, uint32_t lo) const {
  Speaker s;
  if (person_at_[last] >= 0) {
    const PersonMention& p = items_.people[static_cast<size_t>(person_at_[last])];
    if (last + 1 < toks_.size() && person_at_[last + 1] == person_at_[last]) return s;
    s.name = p.name;
    s.type = SpeakerType::kPerson;
    s.role = p.role;
    s.org = p.org;
    uint32_t f = last;
    while (f > lo && person_at_[f - 1] == person_at_[last]) --f;
    s.first = f;
    s.last = last;
    s.phrase_first = RoleWordsBefore(f, lo);
    s.found = true;
    return s;
  }
  if (org_at_[last] >= 0) {
    const OrgMention& o = items_.orgs[static_cast<size_t>(org_at_[last])];
    if (last + 1 < toks_.size() && org_at_[last + 1] == org_at_[last]) return s;
    s.name = o.name;
    s.type = SpeakerType::kOrg;
    uint32_t f = last;
    while (f > lo && org_at_[f - 1] == org_at_[last]) --f;
    s.first = f;
    s.last = last;
    s.phrase_first = f;
    s.found = true;
    Spokesperson(s, lo);
    return s;
  }
  // "a Huawei spokesperson", "an Acme spokeswoman".
  if ((Lower(last) == "spokesperson" || Lower(last) == "spokesman" || Lower(last) == "spokeswoman") && last > lo &&
      org_at_[last - 1] >= 0) {
    Speaker o = EntityEndingAt(last - 1, lo);
    o.role = std::string(Word(last));
    o.org = o.name;
    o.last = last;
    while (o.first > lo && IsDeterminer(Lower(o.first - 1))) --o.first;
    o.phrase_first = o.first;
    return o;
  }
  if (IsPronoun(Lower(last))) {
    s.pronoun = std::string(Lower(last));
    s.first = s.last = s.phrase_first = last;
    s.found = true;
    return s;
  }
  s = GroupEndingAt(last, lo);
  s.phrase_first = s.first;
  return s;
}

AttributionPass::Speaker AttributionPass::GroupEndingAt(uint32_t last, uint32_t lo) const {
  Speaker s;
  // Multi-word group phrases from the lexicon ending at `last`.
  for (uint32_t start = last + 1 > lo + 8 ? last - 7 : lo; start <= last; ++start) {
    const std::vector<std::vector<std::string>>* phrases = a_.groups_.Find(Lower(start));
    if (!phrases) continue;
    for (const auto& words : *phrases) {
      if (words.size() < 2 || start + words.size() - 1 != last) continue;
      bool ok = true;
      for (size_t k = 0; k < words.size(); ++k) ok = ok && Lower(start + static_cast<uint32_t>(k)) == words[k];
      if (!ok) continue;
      s.first = start;
      s.last = last;
      s.found = true;
      s.type = SpeakerType::kGroup;
      break;
    }
    if (s.found) break;
  }
  if (!s.found && a_.group_heads_.count(Lower(last))) {
    // "the country's leading artificial intelligence researchers": modifiers to the left.
    uint32_t f = last;
    while (f > lo && last - f < 7) {
      const uint32_t q = f - 1;
      if (!IsWord(toks_[q]) || StopsPhrase(Lower(q)) || person_at_[q] >= 0) break;
      f = q;
      if (IsDeterminer(Lower(q))) break;
    }
    s.first = f;
    s.last = last;
    s.found = true;
    s.type = SpeakerType::kGroup;
  }
  if (s.found) {
    s.name = std::string(text_.substr(toks_[s.first].span.begin, toks_[s.last].span.end - toks_[s.first].span.begin));
  }
  return s;
}

AttributionPass::Speaker AttributionPass::NounPhraseEndingAt(uint32_t last, uint32_t lo) const {
  Speaker s;
  if (!IsWord(toks_[last]) || StopsPhrase(Lower(last)) || IsDeterminer(Lower(last))) return s;
  uint32_t f = last;
  bool det = false;
  while (f > lo && last - f < 6) {
    const uint32_t q = f - 1;
    if (!IsWord(toks_[q]) || StopsPhrase(Lower(q))) break;
    f = q;
    if (IsDeterminer(Lower(q))) {
      det = true;
      break;
    }
  }
  // A phrase must start the clause or carry a determiner: "The Post", "the company".
  const bool clause_start = f == lo || !IsWord(toks_[f - 1]);
  if (!det && !clause_start) return s;
  s.first = s.phrase_first = f;
  s.last = last;
  s.found = true;
  const std::string_view head = Lower(last);
  static const std::string_view kOrgNouns[] = {"company", "firm", "group", "bank", "carmaker", "automaker", "ministry",
                                               "government", "agency", "regulator", "lender", "insurer", "retailer",
                                               "airline", "startup", "maker", "chipmaker", "department", "club",
                                               "commission", "council", "court", "party", "union", "university",
                                               "exchange", "central bank", "operator", "developer", "giant", "conglomerate"};
  const bool org_noun = std::find(std::begin(kOrgNouns), std::end(kOrgNouns), head) != std::end(kOrgNouns);
  // "said the 24-year-old", "the minister said": the person the article is about.
  if (det && Lower(f) == "the" && last - f <= 2 &&
      (a_.role_words_.count(head) > 0 || head == "year-old" || (head.size() > 9 && head.substr(head.size() - 9) == "-year-old"))) {
    auto it = std::lower_bound(items_.people.begin(), items_.people.end(), toks_[f].span.begin,
                               [](const PersonMention& m, uint32_t x) { return m.span.end <= x; });
    if (it != items_.people.begin()) {
      const PersonMention& p = *std::prev(it);
      s.name = p.name;
      s.role = p.role;
      s.org = p.org;
      s.type = SpeakerType::kPerson;
      return s;
    }
  }
  if (det && Lower(f) == "the" && org_noun && last - f <= 2) {
    // "the company said": the organisation the article was talking about.
    if (const OrgMention* o = LastOrgBefore(toks_[f].span.begin)) {
      s.name = o->name;
      s.type = SpeakerType::kOrg;
      return s;
    }
  }
  uint32_t name_first = f;
  if (toks_[last].capitalized) {
    if (!det) return {};  // "Insurance claims rose": a capital alone makes no speaker
    s.type = SpeakerType::kOrg;
    if (Lower(f) == "the" && f < last) name_first = f + 1;  // "The Post" -> "Post"
  } else if (head.size() > 3 && head.back() == 's') {
    s.type = SpeakerType::kGroup;
  }
  s.name = CollapseSpaces(text_.substr(toks_[name_first].span.begin, toks_[last].span.end - toks_[name_first].span.begin));
  return s;
}

AttributionPass::Speaker AttributionPass::SpeakerLeftOf(uint32_t k, uint32_t lo) const {
  uint32_t j = k;
  while (j > lo && IsWord(toks_[j - 1]) && IsSkippable(Lower(j - 1))) --j;
  if (j == lo) return {};
  const uint32_t last = j - 1;
  // An apposition: "Wang Tao, CEO of the Kunpeng ... Center in Jiangsu, said".
  if (Lower(last) == ",") {
    for (uint32_t c = last; c > lo + 1 && last - c < 40; --c) {
      if (Lower(c - 1) != ",") continue;
      Speaker s = EntityEndingAt(c - 2, lo);
      if (s.found && s.type != SpeakerType::kGroup) return s;
      break;
    }
    // "Petrobras's chief executive, Ana Ribeiro, said": the name inside the commas.
    if (last > lo + 1) {
      Speaker inner = EntityEndingAt(last - 1, lo);
      if (inner.found && inner.type == SpeakerType::kPerson && inner.first > lo && Lower(inner.first - 1) == ",") return inner;
    }
    return {};
  }
  Speaker s = EntityEndingAt(last, lo);
  if (s.found) return s;
  return NounPhraseEndingAt(last, lo);
}

AttributionPass::Speaker AttributionPass::EntityStartingAt(uint32_t first, uint32_t hi) const {
  Speaker s;
  if (first >= hi) return s;
  if (person_at_[first] >= 0) {
    uint32_t e = first;
    while (e + 1 < hi && person_at_[e + 1] == person_at_[first]) ++e;
    s = EntityEndingAt(e, first);
    return s;
  }
  if (org_at_[first] >= 0) {
    uint32_t e = first;
    while (e + 1 < hi && org_at_[e + 1] == org_at_[first]) ++e;
    return EntityEndingAt(e, first);
  }
  if (IsPronoun(Lower(first))) return EntityEndingAt(first, first);
  return s;
}

AttributionPass::Speaker AttributionPass::SpeakerRightOf(uint32_t k, uint32_t hi, bool to_clause_end) const {
  uint32_t i = k;
  // "said Finance Minister Pedro Alves", "said Dr. Bello": titles and roles before a name.
  {
    uint32_t j = i;
    while (j < hi && j - i < 8 && IsRoleish(j)) ++j;
    if (j > i && j < hi && person_at_[j] >= 0) i = j;
  }
  // "according to the China Academy of ...": a determiner before an organisation.
  if (i < hi && IsDeterminer(Lower(i)) && i + 1 < hi && (org_at_[i + 1] >= 0 || person_at_[i + 1] >= 0)) ++i;
  Speaker s = EntityStartingAt(i, hi);
  if (s.found) return s;
  // A group: "people with knowledge of the matter", "experts and analysts in the field".
  uint32_t end = i;
  while (end < hi && IsWord(toks_[end]) && end - i < 12) ++end;
  if (end == i) return s;
  for (uint32_t last = end; last > i; --last) {
    Speaker g = GroupEndingAt(last - 1, i);
    if (g.found && g.first == i) {
      if (to_clause_end && last < end) {
        g.last = end - 1;
        g.name = CollapseSpaces(text_.substr(toks_[i].span.begin, toks_[end - 1].span.end - toks_[i].span.begin));
      }
      return g;
    }
  }
  // Any short noun phrase up to the clause end ("according to the report", "said the
  // 24-year-old.").
  const bool ends_clause = end >= hi || Lower(end) == "." || Lower(end) == ",";
  if ((to_clause_end || (ends_clause && Lower(i) == "the")) && end - i <= 8) {
    Speaker np = NounPhraseEndingAt(end - 1, i);
    if (np.found && np.first == i) return np;
  }
  return {};
}

std::optional<std::string> AttributionPass::Outlet(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to && k < toks_.size(); ++k) {
    if (org_at_[k] >= 0) {
      const OrgMention& o = items_.orgs[static_cast<size_t>(org_at_[k])];
      if (o.type == "news") return o.name;
    }
  }
  return std::nullopt;
}

void AttributionPass::Resolve(Speaker& s, uint32_t at) {
  if (s.pronoun.empty()) return;
  const uint32_t para = layout_.sentences[sentence_of_[at]].paragraph;
  if (s.pronoun == "he" || s.pronoun == "she") {
    // The last person who spoke, if recent; else the last person mentioned; else the next
    // one. "she" and "he" skip people whose given name says otherwise.
    const char want = s.pronoun == "he" ? 'm' : 'f';
    auto compatible = [&](const std::string& name) {
      for (const std::string& part : SplitWords(name)) {
        if (const char* g = a_.genders_.Find(part)) return *g == want;
      }
      return true;
    };
    if (!last_person_.name.empty() && para <= last_person_paragraph_ + 3 && compatible(last_person_.name)) {
      s.name = last_person_.name;
      s.role = last_person_.role;
      s.org = last_person_.org;
      s.type = SpeakerType::kPerson;
    } else {
      const uint32_t pos = toks_[at].span.begin;
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
    const uint32_t pos = toks_[at].span.begin;
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
}

Span AttributionPass::Clause(uint32_t from, uint32_t to) const {
  // Trim punctuation, quote marks and a leading "that".
  while (from < to && (toks_[from].kind == TokenKind::kPunct || toks_[from].kind == TokenKind::kDash)) ++from;
  if (from < to && Lower(from) == "that") ++from;
  auto trailing = [&](uint32_t i) {
    const std::string_view w = Word(i);
    if (toks_[i].kind == TokenKind::kDash || (toks_[i].kind == TokenKind::kQuote && !toks_[i].open)) return true;
    return toks_[i].kind == TokenKind::kPunct && (w == "," || w == "." || w == ";" || w == ":" || w == "!" || w == "?");
  };
  while (to > from && trailing(to - 1)) --to;
  if (from >= to) return {};
  if (to - from > kMaxClaimTokens) return {};  // not a sentence: no claim
  return {toks_[from].span.begin, toks_[to - 1].span.end};
}

void AttributionPass::Emit(std::vector<Span> parts, bool direct, Speaker speaker, const CueAt* cue, Span sentence,
                           std::string outlet) {
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](Span p) { return p.empty(); }), parts.end());
  if (parts.empty()) return;
  Resolve(speaker, cue ? cue->first : static_cast<uint32_t>(std::lower_bound(toks_.begin(), toks_.end(), parts[0].begin,
                                                                              [](const Token& t, uint32_t b) { return t.span.end <= b; }) - toks_.begin()));
  Claim c;
  c.parts = std::move(parts);
  for (const Span& p : c.parts) {
    if (!c.text.empty()) c.text += ' ';
    c.text += p.In(text_);
  }
  // Too short to be a claim: fewer than three words.
  if (std::count(c.text.begin(), c.text.end(), ' ') < 2) return;
  c.direct = direct;
  c.speaker = speaker.name;
  c.speaker_type = speaker.name.empty() ? SpeakerType::kUnknown : speaker.type;
  c.speaker_role = speaker.role;
  c.speaker_org = speaker.org;
  c.outlet = std::move(outlet);
  if (cue) {
    c.cue_span = {toks_[cue->first].span.begin, toks_[cue->last].span.end};
    c.cue = std::string(c.cue_span.In(text_));
  }
  const Span whole = c.span();
  c.sentence = {std::max(sentence.begin, whole.begin > kMaxContextBytes ? whole.begin - kMaxContextBytes : 0),
                std::min(sentence.end, whole.end + kMaxContextBytes)};
  if (!c.sentence.Contains(whole)) c.sentence = whole;
  auto continuation = [&](uint32_t i) { return i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80; };
  while (c.sentence.begin < whole.begin && continuation(c.sentence.begin)) ++c.sentence.begin;
  while (c.sentence.end > whole.end && continuation(c.sentence.end)) --c.sentence.end;
  if (c.speaker_type == SpeakerType::kGroup) {
    last_group_ = c.speaker;
    last_group_paragraph_ = layout_.sentences[sentence_of_[static_cast<uint32_t>(
        std::lower_bound(toks_.begin(), toks_.end(), c.parts[0].begin, [](const Token& t, uint32_t b) { return t.span.end <= b; }) -
        toks_.begin())]].paragraph;
  }
  if (c.speaker_type == SpeakerType::kPerson) {
    last_person_ = speaker;
    last_person_paragraph_ = layout_.sentences[sentence_of_[static_cast<uint32_t>(
        std::lower_bound(toks_.begin(), toks_.end(), c.parts[0].begin, [](const Token& t, uint32_t b) { return t.span.end <= b; }) -
        toks_.begin())]].paragraph;
  }
  pending_.push_back({std::move(c), speaker});
}

bool AttributionPass::ValidCue(const CueAt& c, uint32_t sb, bool title_case) const {
  if (InQuote(c.first) || used_[c.first]) return false;
  if (!title_case && toks_[c.first].capitalized && c.cue->lemma != "according to") return false;
  if (c.first > sb) {
    const std::string_view prev = Lower(c.first - 1);
    // A noun ("the reports", "its claims"), a passive ("is said to", "was told"), "that said".
    const bool noun_marker = (prev == "media" || prev == "news" || prev == "press") && !toks_[c.first - 1].capitalized;
    if (IsDeterminer(prev) || prev == "is" || prev == "are" || prev == "was" || prev == "were" || prev == "be" ||
        prev == "been" || prev == "being" || prev == "that" || prev == "having" || noun_marker || prev == "to") {
      return false;
    }
    // After a possessive the cue is a noun: "the firm's claims", "Xu's remarks".
    const std::string_view pw = Word(c.first - 1);
    if ((pw.size() > 2 && pw.substr(pw.size() - 2) == "'s") || (pw.size() > 4 && pw.substr(pw.size() - 4) == "\xE2\x80\x99s")) {
      return false;
    }
  }
  if (c.last + 2 < toks_.size() && Lower(c.last + 1) == "to" && Lower(c.last + 2) == "be") return false;
  if (c.last + 1 < toks_.size()) {
    static const std::string_view kIdioms[] = {"goodbye", "hello", "farewell", "yes", "no", "sorry", "thanks", "grace", "prayers"};
    const std::string_view next = Lower(c.last + 1);
    if (std::find(std::begin(kIdioms), std::end(kIdioms), next) != std::end(kIdioms)) return false;  // "said goodbye to"
  }
  return !Negated(c, sb);
}

// After "..., X said" only adjuncts may follow ("in an interview", "last month", "told
// Reuters"); "However, X said that ..." and "X said the plan ..." report what follows.
bool AttributionPass::TrailingAttribution(const CueAt& cue, uint32_t se) const {
  uint32_t k = cue.last + 1;
  while (k < se && toks_[k].kind != TokenKind::kWord && toks_[k].kind != TokenKind::kNumber) {
    if (toks_[k].kind == TokenKind::kQuote) return false;
    ++k;
  }
  if (k >= se) return true;
  // "..., X told reporters.", "..., X told Reuters on Monday."
  if (cue.cue->lemma == "tell") {
    uint32_t e = k;
    while (e < se && e < k + 4 && IsWord(toks_[e]) && Lower(e) != "that" && !StopsPhrase(Lower(e))) ++e;
    if (e >= se || !IsWord(toks_[e])) return true;
    k = e;
  }
  for (uint32_t j = k; j < se && j < k + 20; ++j) {
    if (Lower(j) == "that" && !IsDeterminer(Lower(j - 1))) return false;
    if (Lower(j) == ",") break;
  }
  const std::string_view w = Lower(k);
  static const std::string_view kAdjunct[] = {"in", "on", "at", "during", "last", "this", "earlier", "late", "to", "from",
                                              "after", "before", "when", "while", "as", "via", "through", "by", "with",
                                              "on", "yesterday", "today", "recently", "previously", "without", "citing",
                                              "adding", "according", "told", "said", "over", "for", "about"};
  if (std::find(std::begin(kAdjunct), std::end(kAdjunct), w) != std::end(kAdjunct)) return true;
  if (org_at_[k] >= 0 || person_at_[k] >= 0) return true;  // "told Reuters", "told Bloomberg's Ingles"
  return false;
}

bool AttributionPass::LooksLikeTitle(const Quote& q) const {
  // Introduced as a name: author of "...", a book titled "...", dubbed '...'.
  for (uint32_t k = q.open_token; k > 0 && q.open_token - k < 3; --k) {
    const std::string_view w = Lower(k - 1);
    if (w == "of" && k >= 2 && (Lower(k - 2) == "author" || Lower(k - 2) == "editor" || Lower(k - 2) == "director")) return true;
    if (w == "titled" || w == "entitled" || w == "called" || w == "dubbed" || w == "named" || w == "book" || w == "film" ||
        w == "song" || w == "album" || w == "series" || w == "novel" || w == "headline" || w == "slogan" || w == "campaign" ||
        w == "theme" || w == "programme" || w == "program" || w == "show") {
      return true;
    }
  }
  // Title case: most longer words capitalized.
  int longer = 0, caps = 0;
  for (uint32_t k = q.open_token + 1; k < q.close_token && k < toks_.size(); ++k) {
    if (toks_[k].kind != TokenKind::kWord || toks_[k].span.size() <= 3) continue;
    ++longer;
    caps += toks_[k].capitalized;
  }
  return longer >= 2 && caps * 4 >= longer * 3;
}

void AttributionPass::QuotesIn(uint32_t pi) {
  const Paragraph& para = layout_.paragraphs[pi];
  const uint32_t pe = layout_.sentences[para.last_sentence - 1].last_token;
  auto begin = std::lower_bound(quotes_.begin(), quotes_.end(), pi, [](const Quote& q, uint32_t p) { return q.paragraph < p; });
  for (auto it = begin; it != quotes_.end() && it->paragraph == pi; ++it) {
    const Quote& q = *it;
    const std::string inner(q.inner.In(text_));
    const size_t words = static_cast<size_t>(std::count(inner.begin(), inner.end(), ' ')) + 1;
    const Span sentence = q.outer;
    // Attribution after the quote: `," he said`, `," said Winston Ma`.
    Speaker speaker;
    std::optional<CueAt> cue;
    uint32_t attribution_end = 0;
    std::string outlet;
    if (q.closed) {
      uint32_t k = q.close_token + 1;
      while (k < pe && (Lower(k) == "," || Lower(k) == "\xE2\x80\x94" || Lower(k) == "-")) ++k;
      for (uint32_t c = k; c < pe && c < k + 9 && !InQuote(c); ++c) {
        std::optional<CueAt> found = CueStartingAt(c, pe);
        if (!found || Negated(*found, k)) continue;
        if (c == k) {
          Speaker s = SpeakerRightOf(found->last + 1, pe, false);
          if (s.found) {
            speaker = s;
            cue = found;
            attribution_end = s.last + 1;
          }
        } else {
          Speaker s = SpeakerLeftOf(c, k);
          if (s.found && s.phrase_first == k) {
            speaker = s;
            cue = found;
            attribution_end = found->last + 1;
          }
        }
        break;
      }
    }
    // Attribution before: `Xu said: "..."`, `He said, "..."`.
    if (!cue && q.open_token >= 2) {
      const uint32_t p = q.open_token - 1;
      if (Lower(p) == ":" || Lower(p) == ",") {
        const uint32_t sb = layout_.sentences[para.first_sentence].first_token;
        for (uint32_t c = p; c > sb && p - c < 3; --c) {
          std::optional<CueAt> found = CueStartingAt(c - 1, p);
          if (!found || found->last + 1 != p || Negated(*found, sb)) continue;
          Speaker s = SpeakerLeftOf(found->first, sb);
          if (s.found) {
            speaker = s;
            cue = found;
          }
          break;
        }
      }
    }
    const bool attributed = cue.has_value();
    if (!attributed) {
      // A quote paragraph of its own continues a speaker; short or title-like quotes
      // inside a sentence are names and scare quotes, or partial quotes for Reported().
      const bool opens_paragraph = q.open_token == layout_.sentences[para.first_sentence].first_token;
      if (!opens_paragraph || words < 4 || LooksLikeTitle(q)) continue;
    } else if (words < 3 || (LooksLikeTitle(q) && words < 6)) {
      continue;
    }
    if (cue) {
      for (uint32_t k = cue->first; k <= cue->last; ++k) used_[k] = true;
      if (cue->cue->lemma == "tell") {
        if (auto o = Outlet(cue->last + 1, std::min<uint32_t>(pe, cue->last + 6))) outlet = *o;
      }
    }
    std::vector<Span> parts = {q.inner};
    // `"A," he said, "B."` is one claim; `"A," he said, adding, "B."` two.
    auto next = std::next(it);
    while (attributed && attribution_end && next != quotes_.end() && next->paragraph == pi) {
      uint32_t k = attribution_end;
      // Skip an apposition after the speaker: `," said Lin, technical lead for X, "..."`,
      // as long as it holds no cue of its own.
      if (k < next->open_token && Lower(k) != "," && IsWord(toks_[k])) {
        // `," Powell said at a news conference. "If ...`: an adjunct, then the quote goes on.
        uint32_t e = k;
        bool clean = true;
        while (e < next->open_token && IsWord(toks_[e]) && e - k < 10) {
          if (CueStartingAt(e, next->open_token)) clean = false;
          ++e;
        }
        if (clean && e < next->open_token && (Lower(e) == "." || Lower(e) == ",") && e + 1 == next->open_token) k = e;
      }
      if (k < next->open_token && Lower(k) == ",") {
        uint32_t e = k + 1;
        bool clean = true;
        while (e < next->open_token && Lower(e) != "," && Lower(e) != "." && Lower(e) != ":" && e - k < 16) {
          if (CueStartingAt(e, next->open_token)) clean = false;
          ++e;
        }
        if (clean && e < next->open_token) k = e;
      }
      while (k < next->open_token && (Lower(k) == "," || Lower(k) == "." || Lower(k) == ":")) ++k;
      if (k == next->open_token) {
        parts.push_back(next->inner);
        for (uint32_t t = next->open_token; t <= next->close_token && t < pe; ++t) used_[t] = true;
        attribution_end = next->close_token + 1;
        ++it;
        next = std::next(it);
        continue;
      }
      break;
    }
    const size_t index = pending_.size();
    Emit(parts, true, speaker, cue ? &*cue : nullptr, sentence, outlet);
    if (pending_.size() > index) {
      unattributed_.resize(pending_.size(), false);
      continues_.resize(pending_.size(), false);
      unattributed_[index] = !attributed;
      continues_[index] = q.continues;
    }
    // ", adding, "B."": a new claim by the same speaker, after any listener
    // ("Bing told Bloomberg's Ingles, adding, ...").
    if (attributed && attribution_end && next != quotes_.end() && next->paragraph == pi) {
      std::optional<CueAt> add;
      for (uint32_t k = attribution_end; k < next->open_token && k < attribution_end + 12; ++k) {
        if (Lower(k) != "," || k + 1 >= next->open_token) continue;
        add = CueStartingAt(k + 1, next->open_token);
        if (add && add->cue->lemma == "add") break;
        add.reset();
      }
      if (add) {
        uint32_t j = add->last + 1;
        while (j < next->open_token && (Lower(j) == "," || Lower(j) == ":")) ++j;
        if (j == next->open_token) {
          used_[add->first] = true;
          Speaker same = pending_.empty() ? speaker : pending_.back().speaker;
          same.pronoun.clear();
          Emit({next->inner}, true, same, &*add, next->outer);
          ++it;
        }
      }
    }
  }
}

void AttributionPass::Forward(const CueAt& cue, Speaker speaker, uint32_t sb, uint32_t se, Span sentence) {
  uint32_t start = cue.last + 1;
  // Listener and adjuncts before "that": "told Reuters that", "said on the sidelines of X in
  // June that", "reported on Tuesday, citing two people familiar with the matter, that".
  // The search stops at another verb of saying or a conjunction: "said sales rose but
  // warned that ..." is two claims.
  uint32_t that = 0;
  for (uint32_t k = start; k < se && k < start + 24; ++k) {
    if (InQuote(k) || Lower(k) == ";") break;
    const std::string_view w = Lower(k);
    if (w == ",") {
      // Only a participial aside may be stepped over: ", citing ...,", ", adding ...,".
      if (k + 1 < se && (Lower(k + 1) == "citing" || Lower(k + 1) == "according" || Lower(k + 1) == "quoting")) {
        uint32_t e = k + 1;
        while (e < se && Lower(e) != "," && e - k < 14) used_[e++] = true;
        k = e;
        continue;
      }
      break;
    }
    if (w == "but" || w == "while" || w == "whereas" || w == "and") break;
    if (k > start && CueStartingAt(k, se)) break;
    if (w == "that" && !(k > start && IsDeterminer(Lower(k - 1)))) {
      that = k;
      break;
    }
  }
  std::string outlet;
  if (auto o = Outlet(start, that ? that : std::min<uint32_t>(se, start + 5))) {
    if (cue.cue->lemma == "tell" || cue.cue->lemma == "state" || cue.cue->lemma == "say") outlet = *o;
  }
  if (that) {
    start = that + 1;
  } else if (!cue.cue->bare) {
    return;
  } else if (cue.cue->lemma == "tell") {
    // "told Reuters the plan ...": a listener who is someone; "told the story" is not speech.
    Speaker listener = SpeakerRightOf(start, se, false);
    if (!listener.found || listener.type == SpeakerType::kGroup) return;
    start = listener.last + 1;
  } else {
    // Adjuncts between the cue and what was said: "said on Tuesday it would ...",
    // "said in a statement the plan ...".
    static const std::string_view kAdjuncts[][4] = {
        {"in", "a", "statement", ""}, {"in", "an", "interview", ""}, {"in", "a", "note", ""}, {"in", "a", "filing", ""},
        {"in", "a", "post", ""},      {"on", "social", "media", ""}, {"on", "its", "website", ""}, {"on", "twitter", "", ""},
        {"on", "x", "", ""},          {"late", "on", "", ""},        {"earlier", "", "", ""},     {"also", "", "", ""},
        {"yesterday", "", "", ""},    {"today", "", "", ""}};
    bool moved = true;
    while (moved && start < se) {
      moved = false;
      for (const auto& adj : kAdjuncts) {
        uint32_t k = start;
        size_t w = 0;
        while (w < 4 && !adj[w].empty() && k < se && Lower(k) == adj[w]) {
          ++w;
          ++k;
        }
        if (w > 0 && (w == 4 || adj[w].empty())) {
          start = k;
          moved = true;
          break;
        }
      }
      // A date right after the cue: "on Tuesday", "last week".
      const uint32_t at = toks_[start].span.begin;
      auto d = std::lower_bound(items_.dates.begin(), items_.dates.end(), at,
                                [](const DateMention& m, uint32_t x) { return m.span.end <= x; });
      uint32_t probe = start;
      if (Lower(probe) == "on" || Lower(probe) == "in" || Lower(probe) == "last" || Lower(probe) == "this") ++probe;
      if (d != items_.dates.end() && probe < se && d->span.begin == toks_[probe].span.begin) {
        while (start < se && toks_[start].span.begin < d->span.end) ++start;
        moved = true;
      }
      while (start < se && Lower(start) == ",") {
        ++start;
        moved = true;
      }
    }
  }
  // The claim ends at the sentence end, or where the same speaker goes on: ", but said ...".
  uint32_t end = std::min(se, start + kMaxClaimTokens);
  std::optional<CueAt> next;
  for (uint32_t k = start + 1; k + 1 < end; ++k) {
    if (InQuote(k)) continue;
    const std::string_view w = Lower(k);
    if (w == "while" || w == "whereas") {
      // "..., while Eva Lund said it would weaken": another speaker's claim begins.
      bool other = false;
      for (uint32_t q = k + 1; q < end && q < k + 8 && !other; ++q) {
        if (std::optional<CueAt> c2 = CueStartingAt(q, se); c2 && ValidCue(*c2, sb, false)) other = true;
      }
      if (other) {
        end = k;
        break;
      }
      continue;
    }
    if (w != "but" && w != "and" && w != ",") continue;
    uint32_t c = k + 1;
    while (c < se && (Lower(c) == "also" || Lower(c) == "he" || Lower(c) == "she" || Lower(c) == "later")) ++c;
    if (c >= se) break;
    std::optional<CueAt> found = CueStartingAt(c, se);
    if (found && found->cue->bare && ValidCue(*found, sb, false)) {
      end = k;
      next = found;
      break;
    }
  }
  // A quote inside what was said is the claim, in its own words.
  for (auto qi = std::lower_bound(quotes_.begin(), quotes_.end(), start,
                                  [](const Quote& q, uint32_t t) { return q.open_token < t; });
       qi != quotes_.end() && qi->open_token < end; ++qi) {
    const Quote& q = *qi;
    const std::string inner(q.inner.In(text_));
    if (std::count(inner.begin(), inner.end(), ' ') < 2) continue;
    for (uint32_t k = cue.first; k <= cue.last; ++k) used_[k] = true;
    Emit({q.inner}, true, speaker, &cue, sentence, outlet);
    if (next) {
      for (uint32_t k = next->first; k <= next->last; ++k) used_[k] = true;
      Forward(*next, speaker, sb, se, sentence);
    }
    return;
  }
  for (uint32_t k = cue.first; k <= cue.last; ++k) used_[k] = true;
  Emit({Clause(start, end)}, false, speaker, &cue, sentence, outlet);
  if (next) {
    for (uint32_t k = next->first; k <= next->last; ++k) used_[k] = true;
    Forward(*next, speaker, sb, se, sentence);
  }
}

void AttributionPass::ReportedIn(uint32_t pi) {
  const Paragraph& para = layout_.paragraphs[pi];
  for (uint32_t si = para.first_sentence; si < para.last_sentence; ++si) {
    const Sentence& sent = layout_.sentences[si];
    const uint32_t se = sent.last_token;
    uint32_t sb = sent.first_token;  // moves past each attribution: clauses do not reach back over it
    for (uint32_t k = sb; k < se; ++k) {
      if (InQuote(k)) continue;
      if (used_[k]) {
        if (k > sb + kMaxClaimTokens) sb = k + 1;
        continue;
      }
      if (k > sb + 2 * kMaxClaimTokens) sb = k - kMaxClaimTokens;
      std::optional<CueAt> cue = CueStartingAt(k, se);
      if (!cue || !ValidCue(*cue, sb, para.title_case)) continue;
      const bool comma_before = cue->first > sb && Lower(cue->first - 1) == ",";
      if (cue->cue->lemma == "according to") {
        Speaker s = SpeakerRightOf(cue->last + 1, se, true);
        if (!s.found) continue;
        for (uint32_t q = cue->first; q <= cue->last; ++q) used_[q] = true;
        if (comma_before || cue->first > sb + 1) {
          // "..., according to X."
          Emit({Clause(sb, cue->first)}, false, s, &*cue, sent.span);
        } else {
          // "According to X[, role of Y], ...", "According to X's survey, ...".
          uint32_t c = s.last + 1;
          for (uint32_t q = c; q < se && q < c + 6 && !InQuote(q); ++q) {
            if (Lower(q) == ",") {
              c = q;
              break;
            }
            if (!IsWord(toks_[q]) || StopsPhrase(Lower(q))) break;
          }
          if (c < se && Lower(c) == ",") {
            uint32_t n = c + 1;
            // "According to X, a senior economist at Y, ...", not "According to X, the rate ...".
            bool apposition = false;
            for (uint32_t q = n; q < se && q < n + 3 && !apposition; ++q) {
              apposition = a_.role_words_.count(Lower(q)) > 0 || a_.titles_.count(Word(q)) > 0;
              if (!IsDeterminer(Lower(q)) && !toks_[q].capitalized && !apposition) break;
            }
            if (apposition) {
              while (n < se && Lower(n) != ",") ++n;
              c = n;
            }
          }
          Emit({Clause(c, se)}, false, s, &*cue, sent.span);
        }
        k = cue->last;
        continue;
      }
      if (cue->cue->before_only && comma_before) continue;
      // "..., X said." / "..., said X, role."
      Speaker left = SpeakerLeftOf(cue->first, sb);
      // Step over the speaker's organisation and role: "..., SenseTime's Xu says",
      // "..., Finance Minister Pedro Alves said".
      uint32_t before_left = left.found && left.phrase_first > sb ? left.phrase_first - 1 : sb;
      while (before_left > sb && org_at_[before_left] >= 0 && Lower(before_left) != ",") --before_left;
      const bool trailing_left = left.found && before_left > sb + 1 && Lower(before_left) == "," &&
                                 TrailingAttribution(*cue, se);
      if (trailing_left) {
        for (uint32_t q = cue->first; q <= cue->last; ++q) used_[q] = true;
        std::string outlet;
        if (auto o = Outlet(cue->last + 1, std::min<uint32_t>(se, cue->last + 4))) outlet = *o;
        Emit({Clause(sb, before_left)}, false, left, &*cue, sent.span, outlet);
        k = cue->last;
        sb = cue->last + 1;
        continue;
      }
      if (comma_before && cue->first > sb + 2 && !left.found) {
        Speaker right = SpeakerRightOf(cue->last + 1, se, false);
        // "..., said he." is old style; "..., said it would appeal" is a clause.
        const bool pronoun_ok = right.pronoun.empty() || right.last + 1 >= se || Lower(right.last + 1) == "." ||
                                Lower(right.last + 1) == ",";
        if (right.found && pronoun_ok) {
          for (uint32_t q = cue->first; q <= cue->last; ++q) used_[q] = true;
          Emit({Clause(sb, cue->first - 1)}, false, right, &*cue, sent.span);
          k = cue->last;
          sb = right.last + 1;
          continue;
        }
      }
      // "X [, role,] [also] said (that) ..."
      Speaker subject = left;
      if (!subject.found) {
        // The first name of the clause: "Yao and other leaders at the conference also acknowledged".
        uint32_t cs = sb;
        for (uint32_t c = cue->first; c > sb; --c) {
          if (Lower(c - 1) == ",") {
            cs = c;
            break;
          }
        }
        while (cs < cue->first && (Lower(cs) == "however" || Lower(cs) == "but" || Lower(cs) == "and" || Lower(cs) == "meanwhile" ||
                                   Lower(cs) == "still" || Lower(cs) == "also" || Lower(cs) == ",")) {
          ++cs;
        }
        Speaker first = EntityStartingAt(cs, cue->first);
        if (first.found) subject = first;
        // "Nestle did not say whether ..., but said ...": the sentence's subject goes on.
        if (!subject.found && cue->first > sb && (Lower(cue->first - 1) == "but" || Lower(cue->first - 1) == "and" ||
                                                  Lower(cue->first - 1) == "also")) {
          Speaker lead = EntityStartingAt(sent.first_token, cue->first);
          if (lead.found) subject = lead;
        }
      }
      if (!subject.found) continue;
      // "This trend underscores ...": a thing, not a speaker.
      if (subject.type == SpeakerType::kUnknown && subject.pronoun.empty() &&
          !(cue->cue->lemma == "say" || cue->cue->lemma == "tell" || cue->cue->lemma == "report" ||
            cue->cue->lemma == "state" || cue->cue->lemma == "write" || cue->cue->lemma == "claim")) {
        continue;
      }
      Forward(*cue, subject, sb, se, sent.span);
      k = cue->last;
      sb = std::max(sb, cue->last + 1);
    }
  }
}

void AttributionPass::FillUnattributed() {
  // A quote with no cue of its own: the speaker of the quote it continues, else the
  // previous speaker nearby, else the speaker named just after it.
  auto paragraph_of = [&](const Claim& c) {
    const auto t = static_cast<size_t>(std::lower_bound(toks_.begin(), toks_.end(), c.parts[0].begin,
                                                        [](const Token& tk, uint32_t b) { return tk.span.end <= b; }) - toks_.begin());
    return layout_.sentences[sentence_of_[t]].paragraph;
  };
  std::vector<size_t> order(pending_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pending_[a].claim.span() < pending_[b].claim.span(); });
  unattributed_.resize(pending_.size(), false);
  continues_.resize(pending_.size(), false);
  for (size_t oi = 0; oi < order.size(); ++oi) {
    Claim& c = pending_[order[oi]].claim;
    if (!unattributed_[order[oi]]) continue;
    const uint32_t para = paragraph_of(c);
    const Claim* from = nullptr;
    if (continues_[order[oi]] && oi + 1 < order.size()) from = &pending_[order[oi + 1]].claim;
    if (!from && oi > 0 && !pending_[order[oi - 1]].claim.speaker.empty() && para <= paragraph_of(pending_[order[oi - 1]].claim) + 2) {
      from = &pending_[order[oi - 1]].claim;
    }
    if (!from && oi + 1 < order.size() && paragraph_of(pending_[order[oi + 1]].claim) <= para + 2) {
      from = &pending_[order[oi + 1]].claim;
    }
    if (from && !from->speaker.empty()) {
      c.speaker = from->speaker;
      c.speaker_type = from->speaker_type;
      c.speaker_role = from->speaker_role;
      c.speaker_org = from->speaker_org;
    }
  }
}

void AttributionPass::Run() {
  if (toks_.empty()) return;
  BuildIndex();
  for (uint32_t pi = 0; pi < layout_.paragraphs.size(); ++pi) {
    const Paragraph& p = layout_.paragraphs[pi];
    if (p.boilerplate || p.first_sentence >= p.last_sentence) continue;
    QuotesIn(pi);
    ReportedIn(pi);
  }
  FillUnattributed();
  std::vector<Claim>& out = items_.claims;
  for (Pending& p : pending_) out.push_back(std::move(p.claim));
  std::sort(out.begin(), out.end(), [](const Claim& a, const Claim& b) { return a.span() < b.span(); });
  // A claim the text repeats word for word is one claim; overlapping claims keep the first.
  std::vector<Claim> kept;
  std::unordered_set<std::string> seen;
  for (Claim& c : out) {
    if (!kept.empty() && kept.back().span().Overlaps(c.span())) continue;
    if (!seen.insert(c.speaker + '\x1f' + c.text).second) continue;
    kept.push_back(std::move(c));
  }
  out = std::move(kept);
}

void Attributor::Run(std::string_view text, const Layout& layout, Items& items) const {
  AttributionPass(*this, text, layout, items).Run();
}

}  // namespace hearsay
