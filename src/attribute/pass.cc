#include "attribute/pass.h"

#include <algorithm>

#include "base/fold.h"

namespace hearsay {
namespace {

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

// Verbs that take another verb's infinitive inside one verb group: "went on to say",
// "is expected to announce", "has yet to explain". The negating ones make the group
// negated: "declined to say", "refused to comment", "failed to mention".
constexpr std::string_view kCatenatives[] = {
    "appear", "attempt", "be", "begin", "choose", "come", "continue", "dare", "expect", "get", "go",
    "happen", "have", "help", "intend", "need", "ought", "plan", "prepare", "proceed", "rush", "seek",
    "seem", "set", "start", "tend", "try", "use", "want", "wish", "hasten", "move", "rise", "stand"};
constexpr std::string_view kNegatingCatenatives[] = {"decline", "refuse", "fail", "neglect", "hesitate", "cease", "stop"};
// "is expected to", "is likely to", "was quick to", "was able to": be + adjective + to.
constexpr std::string_view kBeAdjectives[] = {"able", "likely", "quick", "eager", "keen", "due", "set", "poised",
                                              "ready", "willing", "expected", "about", "going", "certain", "sure",
                                              "careful", "first", "last", "slow", "prepared", "scheduled", "supposed"};
constexpr std::string_view kNegatingBeAdjectives[] = {"unable", "unwilling", "reluctant", "loath", "loth", "hesitant"};
// Verbs of seeming that carry an adjective cue like "be": "seemed confident that".
constexpr std::string_view kCopulas[] = {"seem", "appear", "remain", "become", "grow", "feel", "sound", "look", "stay"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

}  // namespace

AttributionPass::AttributionPass(const Attributor& a, std::string_view text, const Layout& layout, Items& items)
    : a_(a), g_(a.grammar()), text_(text), layout_(layout), toks_(layout.tokens), items_(items) {}

bool AttributionPass::IsWordTok(uint32_t i) const {
  return i < toks_.size() && (toks_[i].kind == TokenKind::kWord || toks_[i].kind == TokenKind::kNumber);
}

bool AttributionPass::IsPunct(uint32_t i) const { return i < toks_.size() && !IsWordTok(i); }

bool AttributionPass::Possessive(uint32_t i) const {
  if (!IsWordTok(i)) return false;
  const std::string_view w = Lower(i);
  // "Moody's", "McDonald's": a name that ends in 's.
  if (org_at_[i] >= 0) {
    const std::string& name = items_.orgs[static_cast<size_t>(org_at_[i])].name;
    if (EndsWith(name, "'s") || EndsWith(name, "\xE2\x80\x99s")) return false;
  }
  if (EndsWith(w, "'s") || EndsWith(w, "\xE2\x80\x99s")) return !(cls_[i] & (kSubj | kBe | kWh | kDet));
  // "companies' ": a plural followed by a lone apostrophe.
  return i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::kApostrophe && toks_[i + 1].span.begin == toks_[i].span.end &&
         !w.empty() && w.back() == 's';
}

bool AttributionPass::Nominal(uint32_t i) const {
  if (!IsWordTok(i)) return false;
  const uint32_t c = cls_[i];
  if (person_at_[i] >= 0 || org_at_[i] >= 0) return true;
  if (c & (kAux | kSub | kCoord | kPrep | kNeg | kWh | kThere | kSubj | kObj | kRefl)) return false;
  if ((c & kAdv) && !(c & kDet)) return false;
  if ((c & kVerbOnly) && !(c & (kCap | kRoleOrTitle | kGroupHead | kEvidence))) {
    // After a determiner a verb is a noun ("a recall", "his support"); so is a base form
    // after a noun ("gun control", "tax cut"), but not a past or third-person form ("the
    // plan failed", "the economy grows").
    if (i > 0 && IsWordTok(i - 1) && ((cls_[i - 1] & (kDet | kPoss)) || Possessive(i - 1)) && !(cls_[i - 1] & kSubj)) {
      return true;
    }
    if ((c & kBase) && !(c & (kThird | kPast | kIng)) && i > 0 && IsWordTok(i - 1) &&
        !(cls_[i - 1] & (kAux | kPrep | kSub | kCoord | kSubj | kObj | kNeg | kAdv | kWh | kVerbOnly))) {
      return true;
    }
    // A participle stands in a noun phrase only before its noun: "the embattled senator",
    // "leading economists"; "the plan failed" has a verb.
    if (!(c & (kIng | kPart)) || i + 1 >= toks_.size() || !IsWordTok(i + 1)) return false;
    const uint32_t n = cls_[i + 1];
    if (n & (kAux | kPrep | kSub | kCoord | kDet | kPoss | kSubj | kObj | kNeg | kWh)) return false;
    if ((n & kVerbOnly) && !(n & (kCap | kRoleOrTitle | kGroupHead | kEvidence))) return false;
  }
  return true;
}

uint32_t AttributionPass::TokenAt(uint32_t byte) const {
  return static_cast<uint32_t>(std::lower_bound(toks_.begin(), toks_.end(), byte,
                                                [](const Token& t, uint32_t b) { return t.span.end <= b; }) -
                               toks_.begin());
}

void AttributionPass::BuildIndex() {
  const size_t n = toks_.size();
  lower_text_ = AsciiLower(text_);
  cls_.assign(n, 0);
  person_at_.assign(n, -1);
  org_at_.assign(n, -1);
  quote_of_.assign(n, -1);
  used_.assign(n, false);
  sentence_of_.assign(n, 0);
  for (uint32_t s = 0; s < layout_.sentences.size(); ++s) {
    for (uint32_t k = layout_.sentences[s].first_token; k < layout_.sentences[s].last_token; ++k) sentence_of_[k] = s;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::kNumber) {
      cls_[i] = kNumberTok;
      continue;
    }
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view w = Lower(i);
    uint32_t c = g_.Classes(w);
    // A word no lexicon knows that ends in -ed is a past form ("overruled").
    if (c == 0 && w.size() > 4 && EndsWith(w, "ed")) c = kVerb | kVerbOnly | kPast | kPart;
    // Headlines capitalize every word: a capital says nothing of a word the grammar knows.
    const bool headline = layout_.paragraphs[layout_.sentences[sentence_of_[i]].paragraph].title_case;
    if (t.capitalized && !(headline && (c & (kVerb | kAux | kDet | kPrep | kCoord | kSub | kWh | kPoss | kSubj)))) c |= kCap;
    if (w.size() > 4 && EndsWith(w, "ly") && !(c & (kVerb | kDet)) && w != "italy" && w != "family" && w != "early" &&
        w != "ally" && w != "rally" && w != "supply" && w != "reply" && w != "july" && w != "apply") {
      c |= kAdv | kLy;
    }
    cls_[i] = c;
  }
  auto mark = [&](std::vector<int32_t>& at, Span span, int32_t idx) {
    for (uint32_t k = TokenAt(span.begin); k < n && toks_[k].span.begin < span.end; ++k) at[k] = idx;
  };
  for (size_t i = 0; i < items_.people.size(); ++i) mark(person_at_, items_.people[i].span, static_cast<int32_t>(i));
  for (size_t i = 0; i < items_.orgs.size(); ++i) mark(org_at_, items_.orgs[i].span, static_cast<int32_t>(i));
  quotes_ = FindQuotes(text_, layout_);
  quote_taken_.assign(quotes_.size(), false);
  for (size_t q = 0; q < quotes_.size(); ++q) {
    const Quote& qt = quotes_[q];
    for (uint32_t k = qt.open_token; k < qt.close_token && k < n; ++k) quote_of_[k] = static_cast<int32_t>(q);
    if (qt.closed && qt.close_token < n) quote_of_[qt.close_token] = static_cast<int32_t>(q);
  }
}

bool AttributionPass::Negated(const CueAt& c, uint32_t sb, uint32_t se) const {
  if (c.negated) return true;
  // Phrases that cover the cue ("could not be reached for comment"), from up to six
  // tokens before it.
  for (uint32_t k = c.first > sb + 6 ? c.first - 6 : sb; k <= c.last; ++k) {
    const std::vector<std::vector<std::string>>* phrases = g_.Negations(Lower(k));
    if (!phrases) continue;
    for (const std::vector<std::string>& words : *phrases) {
      uint32_t q = k;
      size_t w = 0;
      while (w < words.size() && q < se && Lower(q) == words[w]) {
        ++w;
        ++q;
      }
      if (w == words.size() && q > c.word) return true;
    }
  }
  return false;
}

std::optional<AttributionPass::CueAt> AttributionPass::CueStartingAt(uint32_t k, uint32_t sb, uint32_t se,
                                                                     bool headline) const {
  if (!(cls_[k] & kCue) || toks_[k].kind != TokenKind::kWord || InQuote(k)) return std::nullopt;
  const std::vector<CueSense>& senses = g_.Cues(Lower(k));
  if (senses.empty()) return std::nullopt;
  // A capitalized cue inside a sentence is a name or a title ("Says Who", "Reports"), but
  // headlines capitalize every word.
  if ((cls_[k] & kCap) && !headline && !toks_[k].sentence_initial && !(k > 0 && Is(k - 1, ":"))) return std::nullopt;
  for (const CueSense& s : senses) {
    uint32_t last = k;
    bool ok = true;
    for (const std::string& p : s.particles) {
      // "called again for", "spoke publicly about": an adverb before the first particle.
      if (last == k && last + 2 < se && Lower(last + 1) != p && (cls_[last + 1] & kAdv) &&
          !(cls_[last + 1] & (kDet | kPrep | kSub)) && Lower(last + 2) == p) {
        ++last;
      }
      if (last + 1 >= se || Lower(last + 1) != p) {
        ok = false;
        break;
      }
      ++last;
    }
    if (!ok) continue;
    CueAt c;
    c.sense = &s;
    c.word = k;
    c.last = last;
    // The verb group to the left: auxiliaries, modals, negation, adverbs, and verbs that
    // take this one's infinitive ("went on to say", "is expected to announce").
    uint32_t g = k;
    bool saw_be = false, saw_aux = false;
    for (;;) {
      while (g > sb) {
        const uint32_t p = g - 1;
        const uint32_t pc = cls_[p];
        if (InQuote(p) || !IsWordTok(p)) break;
        if (pc & kSubj) break;  // "he's said": the pronoun (with its auxiliary) is the subject
        if (pc & (kBe | kHave | kDo | kModal)) {
          saw_aux = true;
          saw_be = saw_be || (pc & kBe);
          if (pc & kNeg) c.negated = true;
          --g;
          continue;
        }
        if (pc & kNeg) {
          c.negated = true;
          --g;
          continue;
        }
        if ((pc & kAdv) && !(pc & (kDet | kPrep | kCap))) {
          // "once said", "since said": a conjunction too, so only after the subject.
          if ((pc & kSub) && !(p > sb && (Nominal(p - 1) || (cls_[p - 1] & kSubj)))) break;
          --g;
          continue;
        }
        break;
      }
      // "was quoted as saying", "has been described as saying": the group goes on.
      if (g > sb + 1 && Lower(g - 1) == "as" && (cls_[k] & kIng)) {
        const VerbForm* qv = g_.Verb(Lower(g - 2));
        if (qv && (qv->lemma == "quote" || qv->lemma == "describe" || qv->lemma == "record" || qv->lemma == "hear") &&
            g > sb + 2 && Has(g - 3, kBe)) {
          g -= 2;
          saw_aux = true;
          continue;
        }
      }
      // "... to VERB": a catenative verb or a be + adjective before the infinitive.
      if (g > sb + 1 && Lower(g - 1) == "to" && !InQuote(g - 2)) {
        const uint32_t v = g - 2;
        const std::string_view vw = Lower(v);
        const VerbForm* vf = g_.Verb(vw);
        const std::string_view lemma = vf ? std::string_view(vf->lemma) : std::string_view();
        bool cat = false;
        if (vf && In(kCatenatives, lemma)) cat = true;
        if (vf && In(kNegatingCatenatives, lemma)) {
          cat = true;
          c.negated = true;
        }
        if (In(kBeAdjectives, vw) && v > sb && Has(v - 1, kBe | kAdv)) cat = true;
        if (In(kNegatingBeAdjectives, vw) && v > sb && Has(v - 1, kBe | kAdv)) {
          cat = true;
          c.negated = true;
        }
        // "went on to say": a particle between the verb and "to".
        if (!cat && (vw == "on" || vw == "ahead") && v > sb) {
          const VerbForm* pv = g_.Verb(Lower(v - 1));
          if (pv && (pv->lemma == "go" || pv->lemma == "move")) {
            g = v - 1;
            saw_aux = true;
            continue;
          }
        }
        if (cat) {
          g = v;
          saw_aux = true;
          continue;
        }
      }
      break;
    }
    c.first = g;
    if (s.after_be) {
      // "is confident", "seemed convinced", "are worried about".
      bool be = false;
      for (uint32_t q = g; q < k; ++q) be = be || Has(q, kBe);
      if (!be && k > sb) {
        const VerbForm* pv = g_.Verb(Lower(k - 1));
        if (pv && In(kCopulas, pv->lemma)) {
          be = true;
          c.first = std::min(c.first, k - 1);
        } else if (k > sb && (cls_[k - 1] & kSubj) && (cls_[k - 1] & kBe)) {
          be = true;  // "he's confident"
        }
      }
      if (!be) continue;
      c.finite = true;
      return c;
    }
    if (!(cls_[k] & kVerb)) continue;
    const uint32_t kinds = cls_[k] & (kBase | kThird | kPast | kPart | kIng);
    c.passive = saw_be && (kinds & kPart) && !(kinds & kIng) && c.first < k;
    // A noun, not a verb: "the calls for", "his claims", "Trump's remarks", "for reports".
    if (c.first == k && k > sb) {
      const uint32_t p = k - 1;
      const uint32_t pc = cls_[p];
      // "by saying", "after warning", "without admitting": a gerund after a preposition.
      const bool gerund = (kinds & kIng) && (pc & (kPrep | kSub)) && !(pc & kDet);
      // "Most said", "six in 10 said": a quantity that stands alone, then a form that is
      // only a verb.
      const std::string_view pw = Lower(p);
      const bool quantity = ((pc & kNumberTok) || pw == "most" || pw == "many" || pw == "some" || pw == "few" ||
                             pw == "several" || pw == "both" || pw == "all" || pw == "half" || pw == "others") &&
                            (cls_[k] & kVerbOnly) && (kinds & (kPast | kThird));
      const bool as_reported = pw == "as" && (kinds & kPart) && Is(last + 1, "by");  // "As reported by X,"
      if (!gerund && !quantity && !as_reported && IsWordTok(p) &&
          ((pc & (kDet | kPoss | kNumberTok)) || Possessive(p) || ((pc & kPrep) && Lower(p) != "to"))) {
        if (!(pc & (kSubj | kWh)) || (pc & kPoss)) continue;
      }
      if (Lower(p) == "to" && !(kinds & kBase)) continue;
    }
    const bool participle_start = (kinds & kIng) && k > sb && (Is(k - 1, ",") || Is(k - 1, "and") || (cls_[k - 1] & kPrep));
    if (c.first == k && !(cls_[k] & kVerbOnly) && k > sb && !headline && !participle_start) {
      // A form that is as often a noun ("states", "reports", "claims", "email") is a verb
      // after a pronoun or a name, or when a frame follows it: "the report states that".
      const uint32_t p = k - 1;
      // "the former first lady calls it", "critics call the plan": a person before it.
      const bool subject_before = (cls_[p] & (kSubj | kCap | kRoleOrTitle | kGroupHead)) || Human(p) || person_at_[p] >= 0 ||
                                  org_at_[p] >= 0 || Is(p, "who") || Is(p, "which");
      const uint32_t n = last + 1;
      const bool frame_after = n < se && (Is(n, "that") || Has(n, kWh) || Is(n, ":") || Is(n, "if") ||
                                          (toks_[n].kind == TokenKind::kQuote && toks_[n].open));
      // "Yang Shu, director of the institute, calls Horgos ...": after an apposition.
      const bool after_apposition = (Is(p, ",") || Is(p, ")")) && n < se &&
                                    (Has(n, kCap | kDet | kPoss | kObj) || person_at_[n] >= 0 || org_at_[n] >= 0);
      // "..., the newspaper reports.": a noun phrase between a comma and the sentence end.
      bool trailing = false;
      if ((s.frames & kTrail) && (n >= se || Is(n, ".") || Is(n, "!") || Is(n, "?"))) {
        uint32_t q = k;
        while (q > sb && k - q < 6 && IsWordTok(q - 1) && (Nominal(q - 1) || (cls_[q - 1] & kDet))) --q;
        trailing = q < k && q > sb && Is(q - 1, ",");
      }
      if (!subject_before && !frame_after && !after_apposition && !trailing) continue;
    }
    if (c.first == k && (kinds & kBase) && !(kinds & (kPast | kThird)) && k > sb && !headline &&
        (cls_[k - 1] & (kPart | kIng | kNumberTok)) && !(cls_[k - 1] & (kSubj | kCap | kAux)) && !RelativeClauseEnds(k) &&
        !ReducedRelativeBefore(k)) {
      continue;  // a noun after a participle or a number: "experienced debate experts", "2 debate"
    }
    if (c.first == k && k == sb && !headline && !(kinds & kIng)) {
      // Sentence-initial finite verb: "Says Lee" is old style, and a noun is likelier.
      if (!(cls_[k] & kVerbOnly)) continue;
    }
    c.finite = saw_aux || (kinds & (kThird | kPast)) || ((kinds & kBase) && c.first == k);
    return c;
  }
  return std::nullopt;
}

bool AttributionPass::RelativeClauseEnds(uint32_t k) const {
  for (uint32_t p = k; p > 0 && k - p < 8; --p) {
    if (!IsWordTok(p - 1) || InQuote(p - 1)) return false;
    if (Is(p - 1, "who") || Is(p - 1, "whose") || Is(p - 1, "that") || Is(p - 1, "which")) return p + 1 < k;
  }
  return false;
}

bool AttributionPass::ReducedRelativeBefore(uint32_t k) const {
  if (k < 2 || !IsWordTok(k - 1) || !IsWordTok(k - 2) || !(cls_[k - 1] & kPart) || (cls_[k - 1] & (kIng | kCap))) return false;
  return Is(k - 2, "those") || Is(k - 2, "people") || ((Human(k - 2) || (cls_[k - 2] & kGroupHead)) && Lower(k - 2).back() == 's');
}

void AttributionPass::Run() {
  if (toks_.empty()) return;
  BuildIndex();
  for (uint32_t pi = 0; pi < layout_.paragraphs.size(); ++pi) {
    const Paragraph& p = layout_.paragraphs[pi];
    if (p.boilerplate || p.first_sentence >= p.last_sentence) continue;
    LabelIn(pi);
    const size_t first_kept = kept_.size();
    QuotesIn(pi);
    for (uint32_t si = p.first_sentence; si < p.last_sentence; ++si) ReportedIn(si);
    QuotesGoOn(pi, first_kept);
  }
  Finish();
}

}  // namespace hearsay
