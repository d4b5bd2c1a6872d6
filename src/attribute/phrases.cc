// Phrase readers: where noun phrases, subjects, objects and clauses of content begin and
// end, from the word classes alone (no parser): a noun phrase is a run of determiners,
// nouns, names, adjectives and "of" phrases; a verb, an auxiliary or a conjunction ends it.
#include <algorithm>

#include "attribute/pass.h"

namespace hearsay {
namespace {


// Prepositions that open an adjunct between a cue and its content: "said at a rally
// that", "told reporters in Ohio", "wrote on Facebook".
bool AdjunctPreposition(std::string_view w) {
  return w == "in" || w == "at" || w == "on" || w == "during" || w == "after" || w == "before" || w == "following" ||
         w == "to" || w == "via" || w == "through" || w == "from" || w == "over" || w == "with" || w == "outside" ||
         w == "inside" || w == "ahead" || w == "by" || w == "while" || w == "when" || w == "for" || w == "of";
}

// Conjunctions that open a clause of the author's own after a noun-phrase complement:
// "announced a recall because ...", "praised the plan as ...".
bool AuthorClause(std::string_view w) {
  static const std::string_view kWords[] = {"because", "although", "though", "while", "whereas", "if",    "unless",
                                            "when",    "whenever", "as",    "after", "before",  "since", "until",
                                            "but",     "once",     "so"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

bool DashWord(std::string_view w) { return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--" || w == "-"; }

bool InnerPreposition(std::string_view w) {
  return w == "of" || w == "for" || w == "at" || w == "from" || w == "in" || w == "with" || w == "on" || w == "by";
}

const DateMention* AttributionPass::DateAt(uint32_t t) const {
  const uint32_t at = toks_[t].span.begin;
  auto d = std::lower_bound(items_.dates.begin(), items_.dates.end(), at,
                            [](const DateMention& m, uint32_t x) { return m.span.end <= x; });
  return d != items_.dates.end() && d->span.begin <= at ? &*d : nullptr;
}

bool AttributionPass::ParticipleAdjunct(uint32_t t) const {
  // "Economists polled by Reuters", "people familiar with the talks".
  const std::string_view w = Lower(t);
  return (w == "by" || w == "with" || w == "on" || w == "in" || w == "to") && t >= 2 && (cls_[t - 1] & (kPart | kIng)) &&
         Nominal(t - 2) && !(cls_[t - 2] & kDet);
}

uint32_t AttributionPass::NounPhraseStart(uint32_t end, uint32_t lo) const {
  uint32_t b = end;
  while (b > lo && end - b < 18) {
    const uint32_t t = b - 1;
    if (InQuote(t)) break;
    if (!IsWordTok(t)) {
      const std::string_view w = Lower(t);
      // "Sen.", "J.", "U.S." inside a name; "AT&T"; "companies' ".
      const bool abbrev = w == "." && t > lo && IsWordTok(t - 1) && (cls_[t - 1] & kCap) && Lower(t - 1).size() <= 4;
      if (b < end && (abbrev || w == "&" || toks_[t].kind == TokenKind::kApostrophe)) {
        b = t;
        continue;
      }
      break;
    }
    const uint32_t c = cls_[t];
    const bool mention = person_at_[t] >= 0 || org_at_[t] >= 0;
    if (!mention) {
      const std::string_view w = Lower(t);
      // "the Daily Caller", "the Early Show": a capitalised word inside a name.
      if ((c & kCap) && !toks_[t].sentence_initial && b < end && (cls_[b] & kCap) &&
          !(c & (kSubj | kDet | kPrep | kCoord | kWh | kAux | kSub))) {
        b = t;
        continue;
      }
      if ((c & kLy) && b < end && (cls_[b] & (kPart | kIng))) {  // "the newly installed chief"
        b = t;
        continue;
      }
      // "the first lady", "his long career": an adverb-like word after a determiner.
      if ((c & kAdv) && !(c & (kPrep | kSub | kLy)) && b < end && t > lo && Nominal(b) &&
          ((cls_[t - 1] & (kDet | kPoss)) || Nominal(t - 1))) {
        b = t;
        continue;
      }
      if ((c & (kDet | kPoss)) && !(c & kSubj)) {
        b = t;
        // "the leaders of the party", "Yao and other leaders": the phrase goes on to the left.
        if (b > lo + 1 && (InnerPreposition(Lower(b - 1)) || Is(b - 1, "and")) && Nominal(b - 2) && end - b < 14) {
          b = b - 1;
          continue;
        }
        if (b > lo + 2 && ParticipleAdjunct(b - 1)) {  // "voters polled in the capital"
          b = b - 2;
          continue;
        }
        break;
      }
      if (w == "than" && b < end && (cls_[b] & kNumberTok) && t > lo && (Is(t - 1, "more") || Is(t - 1, "less") ||
                                                                        Is(t - 1, "fewer"))) {
        b = t - 1;  // "more than six in 10"
        continue;
      }
      if (c & kPrep) {
        if (InnerPreposition(w) && b < end && t > lo && ((Nominal(t - 1) && !(cls_[t - 1] & kDet)) || Possessive(t - 1))) {
          b = t;
          continue;
        }
        // "Economists polled by Reuters", "people familiar with the talks".
        if (b < end && t > lo + 1 && ParticipleAdjunct(t)) {
          b = t - 1;
          continue;
        }
        break;
      }
      if (c & kCoord) {
        if (w == "and" && b < end && t > lo && Nominal(t - 1) && Nominal(b)) {
          b = t;
          continue;
        }
        break;
      }
      if (c & (kSubj | kObj | kRefl)) {
        if (b == end) b = t;  // a pronoun alone
        break;
      }
      if (!Nominal(t)) break;
    }
    b = t;
  }
  while (b < end && (cls_[b] & (kPrep | kCoord)) && person_at_[b] < 0 && org_at_[b] < 0) ++b;
  return b;
}

std::optional<std::pair<uint32_t, uint32_t>> AttributionPass::SubjectBefore(uint32_t g0, uint32_t lo) const {
  uint32_t j = g0;
  uint32_t opened = UINT32_MAX - 1;  // the comma that opened the last apposition stepped over
  for (int guard = 0; guard < 5 && j > lo; ++guard) {
    // "Sen. Ann Lee (D-Ore.) said": step over the parentheses.
    if (Is(j - 1, ")")) {
      uint32_t p = j - 1;
      while (p > lo && j - p < 32 && !Is(p, "(")) --p;
      if (!Is(p, "(") || p == lo) break;
      j = p;
      continue;
    }
    const std::string_view close = Lower(j - 1);
    if (close != "," && !DashWord(close)) break;
    if (close == "," && j - 1 > lo && Is(j - 2, ")")) {  // "Sen. Jack Reed (D-R.I.), said": a stray comma
      --j;
      continue;
    }
    // "Lee, chair of the panel, said", "Lee, who chairs the panel, said", "Lee, 52, said".
    uint32_t p = j - 1;
    while (p > lo && j - 1 - p < 40) {
      --p;
      const std::string_view w = Lower(p);
      if (w == close || (close == "," && DashWord(w)) || w == ";" || w == ":") break;
    }
    if (p <= lo || Lower(p) != close) break;
    const uint32_t s = p + 1;  // the parenthetical [s, j - 1)
    if (s >= j - 1) break;
    const uint32_t sc = cls_[s];
    // "Lee, chair of the panel,", "Lee, who ...,", "Lee, 52,", "Lee, however,", "Lee, for
    // instance,", "Lee, later alleging that ...,".
    const bool aside = ((sc & (kAdv | kPrep)) && j - 1 - s <= 3) || ((sc & kPrep) && !(sc & kSub) && j - 1 - s <= 8);
    // "Lee, R-S.C., said", "Lee, D-Calif., said": a party label.
    bool label = j - 1 - s <= 8 && text_.substr(toks_[s].span.begin, toks_[j - 2].span.end - toks_[s].span.begin).find('-') !=
                                       std::string_view::npos;
    for (uint32_t q = s; q < j - 1 && label; ++q) label = !IsWordTok(q) || (cls_[q] & kCap);
    const bool apposition = label || (sc & (kWh | kDet | kPoss | kNumberTok | kRoleOrTitle | kIng | kPart)) || person_at_[s] >= 0 ||
                            org_at_[s] >= 0 || (NounPhraseStart(j - 1, s) == s && j - 1 - s <= 12) || aside ||
                            ((sc & kAdv) && (cls_[s + 1] & kIng));
    if (!apposition || !(Nominal(p - 1) || Is(p - 1, ")") || Is(p - 1, "."))) break;
    // Behind another apposition only a label, an age or a short aside: in "In posts on
    // Sunday, Mr. Frum, a former aide, said" the name is the subject.
    if (opened == j - 1 && !label && !(sc & kNumberTok) && !aside) break;
    // "Petrobras's chief executive, Ana Ribeiro, said": the name in the commas speaks, and
    // the description before it is her role.
    if (person_at_[s] >= 0 && person_at_[j - 2] == person_at_[s] && (s == 0 || person_at_[s - 2] != person_at_[s]) &&
        (cls_[p - 1] & kRoleOrTitle) && person_at_[p - 1] < 0) {
      const uint32_t b = NounPhraseStart(p, lo);
      if (b < p) return std::make_pair(b, j - 1);
    }
    // The comma that opened this apposition may close another: "Lee, R-S.C., a former
    // judge, said".
    opened = p;
    j = p + 1;
  }
  if (j == opened + 1) j = opened;
  // "Lee on Tuesday said": a date between the subject and its verb.
  if (j > lo + 2 && !IsPunct(j - 1)) {
    const DateMention* d = DateAt(j - 1);
    if (d && d->span.Contains(toks_[j - 1].span)) {
      uint32_t p = j - 1;
      while (p > lo && toks_[p - 1].span.begin >= d->span.begin) --p;
      if (p > lo + 1 && (Is(p - 1, "on") || Is(p - 1, "in") || Is(p - 1, "at") || Is(p - 1, "during")) && Nominal(p - 2)) {
        j = p - 1;
      } else if (p > lo && p < j - 1 && Nominal(p - 1) && (Is(p, "last") || Is(p, "this") || Is(p, "earlier"))) {
        j = p;  // "Lee last week said"
      }
    }
  }
  if (j > lo && (Is(j - 1, ",") || DashAt(j - 1))) return std::nullopt;
  // "Lee and Kim both said", "the rivals all agreed": a quantifier floats after its subject.
  if (j >= lo + 2 && (Is(j - 1, "all") || Is(j - 1, "both") || Is(j - 1, "each")) && Nominal(j - 2)) {
    const uint32_t b = NounPhraseStart(j - 1, lo);
    if (b < j - 1) return std::make_pair(b, j - 1);
  }
  // "those surveyed", "voters polled": people and the participle that picks them out.
  const bool reduced = ReducedRelativeBefore(j) && j - 1 > lo;
  uint32_t b = NounPhraseStart(reduced ? j - 1 : j, lo);
  // "a strike that executives said": after a noun, "that" is the relative pronoun, not the
  // subject's determiner.
  if (Is(b, "that") && b + 1 < j && b > lo && Nominal(b - 1)) ++b;
  // "The officials whose laws were struck down say ...": a relative clause without commas
  // between the subject and its verb.
  for (uint32_t r = b; r > lo && j - r < 20; --r) {
    const uint32_t w = r - 1;
    if (IsPunct(w) || InQuote(w)) break;
    if (!(Is(w, "who") || Is(w, "whose") || Is(w, "that") || Is(w, "which"))) continue;
    if (w == lo || !Nominal(w - 1) || (cls_[w - 1] & kVerbOnly)) break;
    // "data that officials said would ...": the relative clause is the cue's own, its
    // subject only the phrase after the pronoun (RelativeContent).
    if (w + 1 == b && !Is(w, "who") && !Is(w, "whose")) break;
    const uint32_t s = NounPhraseStart(w, lo);
    if (s < w) return std::make_pair(s, j);
    break;
  }
  if (b == j) return std::nullopt;
  return std::make_pair(b, j);
}

uint32_t AttributionPass::ObjectEnd(uint32_t b, uint32_t se) const {
  if (b >= se || InQuote(b)) return b;
  const uint32_t bc = cls_[b];
  if ((bc & (kObj | kSubj | kRefl)) && !(bc & kDet) && person_at_[b] < 0) {
    // "him", "them", "it"; "her" is a pronoun unless a noun follows ("her plan").
    if (!(bc & kPoss) || !Nominal(b + 1)) return b + 1;
  }
  uint32_t e = b;
  while (e < se && e - b < 18) {
    if (InQuote(e)) break;
    if (!IsWordTok(e)) {
      const std::string_view w = Lower(e);
      const bool abbrev = w == "." && e > b && (cls_[e - 1] & kCap) && ((cls_[e - 1] & kRoleOrTitle) || Lower(e - 1).size() == 1) &&
                          IsWordTok(e + 1) && (cls_[e + 1] & kCap);
      // "$275 billion", "€3 million": a currency sign before its number.
      const bool currency = CurrencySign(w) && Has(e + 1, kNumberTok);
      // "the U.S.", "the U.N.": the last full stop of an initialism.
      const bool initialism = w == "." && e > b && (cls_[e - 1] & kCap) &&
                              ((Lower(e - 1).size() == 1 && e >= b + 2 && Is(e - 2, ".")) ||
                               Lower(e - 1).find('.') != std::string_view::npos);
      if (abbrev || currency || initialism || w == "&" || toks_[e].kind == TokenKind::kApostrophe) {
        ++e;
        continue;
      }
      break;
    }
    const uint32_t c = cls_[e];
    if (person_at_[e] < 0 && org_at_[e] < 0) {
      const std::string_view w = Lower(e);
      if (c & (kDet | kPoss)) {
        if (e > b && !Is(e - 1, "of") && !(cls_[e - 1] & kPrep)) break;
      } else if (c & kPrep) {
        if (w != "of" || e == b) break;
      } else if (c & kCoord) {
        if (!(w == "and" || w == "or") || e == b || !(Nominal(e + 1) || Has(e + 1, kDet | kPoss))) break;
        if (Has(e + 2, kAux | kModal)) break;
      } else if (!Nominal(e) && !(c & kNumberTok)) {
        break;
      }
    }
    ++e;
  }
  return e;
}

bool AttributionPass::FiniteVerbAt(uint32_t e) const {
  if (!IsWordTok(e) || person_at_[e] >= 0 || org_at_[e] >= 0) return false;
  const uint32_t c = cls_[e];
  if (c & kCap) return false;
  // The words around it, past any quote marks: said his actions "amount to ...".
  uint32_t pi = e;
  while (pi > 0 && toks_[pi - 1].kind == TokenKind::kQuote) --pi;
  const bool has_prev = pi > 0 && IsWordTok(pi - 1);
  const uint32_t prev = has_prev ? pi - 1 : 0;
  uint32_t ni = e + 1;
  while (ni < toks_.size() && toks_[ni].kind == TokenKind::kQuote) ++ni;
  const uint32_t n = ni < toks_.size() ? cls_[ni] : 0;
  if (c & kAux) return !has_prev || !Is(prev, "to");
  if (!(c & kVerb)) return false;
  if (!(c & (kThird | kPast))) {
    // A base form after a plural or "they": "his friends feel", "they want".
    if (!(c & kBase) || !has_prev) return false;
    uint32_t subj = prev;  // "voters almost always end up": the word before the adverbs
    while (subj > 0 && (cls_[subj] & kAdv) && !(cls_[subj] & (kDet | kPrep | kSub)) && IsWordTok(subj - 1)) --subj;
    if (cls_[subj] & kThere) return true;  // "there seem to be"
    const uint32_t prev_word = subj;
    const std::string_view pw = Lower(prev_word);
    const uint32_t p = cls_[prev_word];
    if (p & (kAux | kPrep | kDet | kPoss)) return false;
    const bool plural = (p & kSubj) ? (pw == "they" || pw == "we" || pw == "i" || pw == "you")
                                    : pw.size() > 3 && pw.back() == 's' && pw[pw.size() - 2] != 's' &&
                                          !Possessive(prev_word) && Nominal(prev_word) && !(p & kVerbOnly);
    return plural && ((c & kVerbOnly) || Is(ni, "that") || (n & (kDet | kPoss | kObj | kLy | kPrep)));
  }
  if (!has_prev) return (c & kVerbOnly) != 0;
  // "the plan states" is a verb; "the states", "new reports", "Trump's claims" are nouns.
  const uint32_t p = cls_[prev];
  if ((p & (kDet | kPoss)) && !(p & kSubj)) return false;
  if (Possessive(prev)) return false;
  if ((c & kVerbOnly) || ((p & kSubj) && !(p & kDet))) return true;  // "he cut", "they cut"
  if (p & (kPrep | kNumberTok)) return false;
  // "interest rates rose", "trade talks in May": a plural noun; "the plan states that",
  // "Lee claims the vote": a verb with what follows it.
  if (ni >= toks_.size()) return false;
  if (Is(ni, "that") || (toks_[e + 1].kind == TokenKind::kQuote && toks_[e + 1].open)) return true;
  if ((n & (kDet | kPoss | kObj | kSubj | kNumberTok | kLy | kWh)) || Possessive(ni)) return true;
  uint32_t v = ni + 1;  // "the governor plans to "actively support" Cruz"
  while (v < toks_.size() && toks_[v].kind == TokenKind::kQuote) ++v;
  return Is(ni, "to") && Has(v, kVerb | kAdv) && !Has(v, kDet);
}

bool AttributionPass::ClauseFollows(uint32_t b, uint32_t se) const {
  if (b >= se || InQuote(b) || !IsWordTok(b)) return false;
  const uint32_t bc = cls_[b];
  if ((bc & kSubj) && !(bc & kDet)) {
    if (bc & (kBe | kHave | kModal)) return true;  // "he's", "they'll"
    uint32_t v = b + 1;
    if (Is(v, ",") && v + 2 < se && Is(v + 2, ",")) v += 3;  // "she, too, wants"
    while (v < se && toks_[v].kind == TokenKind::kQuote && toks_[v].open) ++v;  // he "cannot walk"
    while (v < se && (cls_[v] & (kAdv | kNeg)) && !(cls_[v] & (kDet | kPrep))) ++v;
    if (v >= se || !IsWordTok(v) || (cls_[v] & kCap)) return false;
    if (cls_[v] & (kAux | kVerb)) return true;
    // "they empathize": after a personal pronoun, a word that no lexicon knows is its verb.
    const std::string_view pw = Lower(b);
    return cls_[v] == 0 && pw != "it" && pw != "you" && person_at_[v] < 0 && org_at_[v] < 0;
  }
  if ((bc & kThere) && Has(b + 1, kBe | kModal)) return true;
  // "said if Trump wins, he would ...": a subordinate clause first.
  const std::string_view bw = Lower(b);
  if ((bw == "if" || bw == "when" || bw == "unless" || bw == "because" || bw == "although" || bw == "once" ||
       bw == "while" || bw == "after" || bw == "before" || bw == "since" || bw == "until") &&
      ClauseFollows(b + 1, se)) {
    return true;
  }
  // "said about half of the money ...": a quantity, not a preposition.
  if ((bw == "about" || bw == "around" || bw == "roughly" || bw == "nearly" || bw == "almost" || bw == "over" ||
       bw == "under") &&
      (Has(b + 1, kNumberTok) || Is(b + 1, "half") || Is(b + 1, "a") || Is(b + 1, "one") || Is(b + 1, "two") ||
       Is(b + 1, "three") || Is(b + 1, "a"))) {
    return ClauseFollows(b + 1, se);
  }
  if ((bc & (kPrep | kSub | kCoord | kAux | kWh | kNeg)) && person_at_[b] < 0 && org_at_[b] < 0 && !(bc & kDet)) return false;
  // A subject phrase, with whatever modifies it ("the emails it received", "new actions
  // to regulate gun sales"), then a finite verb before any comma.
  // The verb may stand inside a quote: said Cruz "has courage to fight".
  for (uint32_t e = b + 1; e < se && e < b + 30; ++e) {
    if (!IsWordTok(e)) {
      const std::string_view w = Lower(e);
      if (w == "," && !InQuote(e) && e > b && Nominal(e - 1)) {
        // "Omar Mateen, the man who ..., held two licenses": an apposition of the subject.
        uint32_t c = e + 1;
        while (c < se && c - e < 30 && !Is(c, ",") && !Is(c, ";")) ++c;
        if (c < se && Is(c, ",") && c + 1 < se && FiniteVerbAt(c + 1)) return true;
        return false;
      }
      if (!InQuote(e) && (w == "," || w == ";" || w == ":" || w == "(" || DashWord(w))) return false;
      continue;
    }
    if (FiniteVerbAt(e)) return true;
    if ((cls_[e] & kSub) && !(cls_[e] & kPrep) && !InQuote(e)) return false;
  }
  return false;
}

bool AttributionPass::AttributionAt(uint32_t k, uint32_t se) const {
  for (uint32_t q = k; q < se && q < k + 9; ++q) {
    if (InQuote(q)) return false;
    std::optional<CueAt> c = CueStartingAt(q, k, se, false);
    if (!c) {
      if (!IsWordTok(q) && !Is(q, ".")) return false;
      continue;
    }
    const uint32_t kinds = cls_[c->word] & (kIng | kPast | kThird | kBase);
    if (c->first == k) {
      // ", adding that", ", according to", ", said Lee".
      if ((kinds & kIng) || c->sense->lemma == "according to") return true;
      return (c->sense->frames & kTrail) && SpeakerAfter(c->last + 1, se).found;
    }
    // ", he said", ", the minister added": a short subject, and the attribution ends there
    // (not ", unredacted email and will address ...").
    if (!(c->sense->frames & kTrail) || NounPhraseStart(c->first, k) != k || c->first - k > 8) return false;
    const uint32_t e = SkipAdjuncts(c->last + 1, se, nullptr);
    return e >= se || Is(e, ".") || Is(e, ",") || Is(e, "?") || Is(e, "!") || Is(e, ";") ||
           (toks_[e].kind == TokenKind::kQuote && !toks_[e].open);
  }
  return false;
}

uint32_t AttributionPass::ClauseEnd(uint32_t b, uint32_t se) const {
  se = std::min(se, b + kMaxClaimTokens + 1);
  uint32_t k = b;
  while (k < se) {
    if (InQuote(k)) {
      ++k;
      continue;
    }
    const std::string_view w = Lower(k);
    if (w == ";") return k;
    if (w == "," || DashWord(w)) {
      const uint32_t n = k + 1;
      if (n >= se) return k;
      const std::string_view nw = Lower(n);
      if (nw == "but" || nw == "whereas" || nw == "which" || nw == "according") return k;
      // ", while ...": another clause; ", while troublesome," is an aside in this one.
      if ((nw == "while" || nw == "although" || nw == "though") && ClauseFollows(n + 1, se)) return k;
      if (nw == "even" && (Is(n + 1, "though") || Is(n + 1, "as") || Is(n + 1, "if"))) return k;
      if (AttributionAt(n, se)) return k;
      if ((nw == "and" || nw == "but") && AttributionAt(n + 1, se)) return k;
    }
    if (w == "but" && k > b && !InQuote(k + 1)) {
      // "says she will vote for him but has withheld her endorsement": the subject's
      // own next predicate.
      uint32_t q = k + 1;
      while (q < se && (cls_[q] & kAdv) && !(cls_[q] & (kDet | kPrep))) ++q;
      if (PredicateAt(q)) return k;
    }
    if ((w == "and" || w == "but") && k > b && !InQuote(k + 1)) {
      // "X said A and Y said B": another source and cue.
      for (uint32_t q = k + 1; q < se && q < k + 8; ++q) {
        std::optional<CueAt> c = CueStartingAt(q, k + 1, se, false);
        if (!c) continue;
        if ((cls_[c->word] & kIng) && c->first == c->word) break;  // "and polls showing ..."
        if (c->passive || c->negated) break;                        // "and would not be appealed"
        // "..., and Lee said ...": a new speaker right after "and" (not "and respect they
        // express toward ...").
        const auto subj = SubjectBefore(c->first, k + 1);
        // "China and Russia have agreed": before "and" only a subject, no clause of its own.
        bool clause_before = false;
        for (uint32_t t = b; t < k && !clause_before; ++t) clause_before = FiniteVerbAt(t) && !InQuote(t);
        if (!clause_before && c->first != k + 1) break;
        if (c->first == k + 1 || (subj && subj->first == k + 1)) return k;
        break;
      }
    }
    ++k;
  }
  return se;
}

bool AttributionPass::PredicateAt(uint32_t q) const {
  if (q >= toks_.size() || !IsWordTok(q) || InQuote(q) || (cls_[q] & (kCap | kSubj | kDet))) return false;
  const uint32_t c = cls_[q];
  return (c & (kHave | kDo | kModal)) || ((c & kBe) && !(c & kIng)) || ((c & kVerbOnly) && (c & (kPast | kThird)));
}

uint32_t AttributionPass::ComplementEnd(uint32_t b, uint32_t se) const {
  se = std::min(se, b + kMaxClaimTokens + 1);
  uint32_t k = b;
  int parens = 0;
  while (k < se) {
    if (InQuote(k)) {
      // `called the pact "insanity," and ...`: a comma inside the closing mark ends it too.
      if (toks_[k].kind == TokenKind::kQuote && !toks_[k].open && k > b && Is(k - 1, ",")) return k + 1;
      ++k;
      continue;
    }
    const std::string_view w = Lower(k);
    if (w == "(") ++parens;
    if (w == ")" && --parens < 0) return k;
    if (parens == 0) {
      if (w == "," || w == ";" || w == ":" || DashWord(w)) return k;
      // "because", "while", "after", "as", "but": a clause of the author's own.
      if (k > b && AuthorClause(w)) return k;
      if (k > b && (w == "and" || w == "or")) {
        uint32_t q = k + 1;
        while (q < se && (cls_[q] & kAdv) && !(cls_[q] & (kDet | kPrep))) ++q;
        if (CueStartingAt(q, k + 1, se, false) || ClauseFollows(k + 1, se) || PredicateAt(q)) return k;
      }
    }
    ++k;
  }
  return se;
}

uint32_t AttributionPass::SkipAdjuncts(uint32_t c, uint32_t se, std::string* outlet) const {
  for (int guard = 0; guard < 6 && c < se; ++guard) {
    const uint32_t cc = cls_[c];
    if ((cc & kAdv) && !(cc & (kDet | kPrep | kSub | kCap | kWh))) {
      ++c;
      continue;
    }
    // A date: "on Tuesday", "last week", "in March".
    {
      uint32_t probe = c;
      const std::string_view w = Lower(c);
      if (w == "on" || w == "in" || w == "last" || w == "this" || w == "earlier" || w == "late" || w == "early") ++probe;
      if ((w == "late" || w == "early" || w == "earlier") && (Is(probe, "on") || Is(probe, "in"))) ++probe;  // "late on Friday"
      if (probe < se) {
        const DateMention* d = DateAt(probe);
        if (d &&
            (probe == c || d->span.begin == toks_[probe].span.begin || d->span.begin <= toks_[c].span.begin)) {
          uint32_t e = probe;
          while (e < se && toks_[e].span.begin < d->span.end) ++e;
          c = e;
          continue;
        }
      }
    }
    const std::string_view w = Lower(c);
    if (DashAt(c)) {
      // "said — on Twitter, as it happens — that ...": an aside between dashes.
      uint32_t e = c + 1;
      while (e < se && e - c < 16 && !DashAt(e) && !InQuote(e)) ++e;
      if (e < se && DashAt(e) && e > c + 1 && (Is(e + 1, "that") || ClauseFollows(e + 1, se))) {
        c = e + 1;
        continue;
      }
      break;
    }
    if (w == ",") {
      // ", citing ...,", ", however,", ", in a statement,": an aside between commas.
      uint32_t e = c + 1;
      while (e < se && e - c < 16 && !Is(e, ",") && !InQuote(e) && !Is(e, ";")) ++e;
      const std::string_view nw = c + 1 < se ? Lower(c + 1) : std::string_view();
      const bool aside = nw == "citing" || nw == "quoting" || nw == "according" || (cls_[c + 1] & (kAdv | kPrep)) ||
                         nw == "referring";
      if (aside && Is(e, ",") && e > c + 1) {
        if (outlet && outlet->empty()) *outlet = Outlet(c + 1, e);
        c = e;
        continue;
      }
      if (c + 1 < se && (Is(c + 1, "that") || (InQuote(c + 1) && toks_[c + 1].kind == TokenKind::kQuote))) {
        ++c;
        continue;
      }
      break;
    }
    if (AdjunctPreposition(w)) {
      // "to" before a verb is an infinitive ("plans to open"), not "said to reporters".
      if (w == "to" && Has(c + 1, kVerb | kAdv) && !Has(c + 1, kDet | kPoss | kObj | kCap | kNumberTok) && !Human(c + 1)) break;
      uint32_t e = ObjectEnd(c + 1, se);
      if (e == c + 1) break;
      // A chain of them: "in an interview with CNN", "at a conference in Hong Kong on
      // Monday", "in a statement posted on its website".
      for (int more = 0; more < 3 && e < se; ++more) {
        uint32_t n = e;
        if (Has(n, kPart) && !Has(n, kPrep)) ++n;  // "posted on", "published in"
        if (n >= se || !AdjunctPreposition(Lower(n))) break;
        const uint32_t e2 = ObjectEnd(n + 1, se);
        if (e2 == n + 1) break;
        e = e2;
      }
      const bool ends = e >= se || Is(e, ".") || Is(e, "?") || Is(e, "!") || Is(e, ";");
      if (ends || Is(e, "that") || Is(e, ",") || Is(e, ":") || (InQuote(e) && toks_[e].kind == TokenKind::kQuote) ||
          ClauseFollows(e, se) || Has(e, kWh) || Is(e, "to")) {
        if (outlet && outlet->empty()) *outlet = Outlet(c, e);
        c = e;
        continue;
      }
      break;
    }
    break;
  }
  return c;
}

std::optional<std::pair<uint32_t, uint32_t>> AttributionPass::MainSubject(uint32_t sb, uint32_t k) const {
  uint32_t b = sb;
  while (b < k && !IsWordTok(b)) ++b;
  if (b >= k) return std::nullopt;
  // An opening phrase up to a comma: "On Tuesday,", "In a statement,", "However,"; not
  // "Then he cut into Bush," where the comma ends the main clause.
  const bool opener = (cls_[b] & (kPrep | kSub | kAdv | kIng)) && person_at_[b] < 0 && org_at_[b] < 0;
  if (opener) {
    uint32_t e = b;
    bool verb = false;
    for (; e < k && e - b < 30 && !Is(e, ","); ++e) verb = verb || (e > b && FiniteVerbAt(e));
    if (e < k && !(verb && (cls_[b] & kAdv) && !(cls_[b] & (kPrep | kSub)))) {
      b = e + 1;
    } else {
      while (b < k && (cls_[b] & kAdv) && !(cls_[b] & (kPrep | kSub | kDet))) ++b;
      if (e >= k && !(cls_[sb] & kAdv)) return std::nullopt;
    }
  }
  if (b < k && (cls_[b] & kSubj) && !(cls_[b] & kDet)) return std::make_pair(b, b + 1);
  uint32_t e = b;
  while (e < k && e - b < 14) {
    if (e > b && FiniteVerbAt(e)) break;
    if (IsPunct(e) && !Is(e, ".") && !Is(e, "&")) break;
    ++e;
  }
  if (e == b || e >= k || !(Has(e, kAux | kModal | kVerb))) return std::nullopt;
  const uint32_t s = NounPhraseStart(e, b);
  if (s == e) return std::nullopt;
  return std::make_pair(s, e);
}

}  // namespace hearsay
