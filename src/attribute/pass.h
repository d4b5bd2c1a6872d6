// One document's attribution (private to src/attribute): the token table, the phrase
// readers (subjects, objects, verb groups, clause ends), the speaker resolver and the
// named rules. Lives for one Attributor::Run. The methods are spread over
//   pass.cc     token table, cues and verb groups
//   phrases.cc  noun phrases, adjuncts and where content ends
//   speakers.cc who a phrase names, and pronouns and descriptions resolved
//   rules.cc    the rules that turn quotes and cues into claims, and which claims are kept
#ifndef HEARSAY_ATTRIBUTE_PASS_H_
#define HEARSAY_ATTRIBUTE_PASS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/attribute.h"
#include "text/grammar.h"
#include "attribute/quotes.h"
#include "hearsay/items.h"
#include "hearsay/text.h"

namespace hearsay {

// Per-token bits the pass adds to the Grammar's WordClass bits (text/grammar.h leaves
// these bits free).
inline constexpr uint32_t kCap = 1u << 26;       // a capitalized word
inline constexpr uint32_t kLy = 1u << 27;        // an adverb by its -ly ending ("publicly")
inline constexpr uint32_t kNumberTok = 1u << 30; // digits
// "$", "€", "£", "¥": a sign that belongs to the number after it.
inline bool CurrencySign(std::string_view w) {
  return w == "$" || w == "\xE2\x82\xAC" || w == "\xC2\xA3" || w == "\xC2\xA5";
}
inline constexpr uint32_t kRoleOrTitle = kRole | kTitleWord;

// A claim is at most this many tokens, and no scan for where content ends looks further:
// a run-on "sentence" (a page with no full stops) must neither become a megabyte claim nor
// make the pass quadratic.
inline constexpr uint32_t kMaxClaimTokens = 160;

// Prepositions that join a phrase to the noun before it: "leaders of the party", "a
// spokeswoman for the ministry", "officials at the agency", "a report by the bank".
bool InnerPreposition(std::string_view w);
// A dash between words: em dash, en dash, "--", or a hyphen standing alone.
bool DashWord(std::string_view w);

class AttributionPass {
 public:
  AttributionPass(const Attributor& a, std::string_view text, const Layout& layout, Items& items);
  void Run();

  struct Speaker {
    std::string name;
    SpeakerType type = SpeakerType::kUnknown;
    std::string role, org;
    std::string pronoun;           // "he", "she", "they", "it", "i", "we" until resolved
    std::string description;       // "the senator", "the company": resolved against the text
    uint32_t first = 0, last = 0;  // the source phrase, tokens inclusive
    bool evidence = false;         // a document, poll or data set
    bool generic = false;          // only a noun phrase ("these phones"): nobody known to think or want
    bool found = false;
  };

  // A cue at a token: its sense and its verb group.
  struct CueAt {
    const CueSense* sense = nullptr;
    uint32_t word = 0;          // the cue word itself ("said", "confident", "calls")
    uint32_t first = 0;         // the verb group's first token ("has", "would", "is")
    uint32_t last = 0;          // its last token, particles included ("out" in "pointed out")
    bool negated = false;       // "did not say", "declined to comment"
    bool passive = false;       // "was told", "is expected" (be + participle)
    bool finite = false;        // has an auxiliary, a modal or a finite form
  };

 private:
  // --- pass.cc: the token table, cues and verb groups.
  void BuildIndex();
  std::string_view Word(uint32_t i) const { return toks_[i].span.In(text_); }
  std::string_view Lower(uint32_t i) const { return toks_[i].span.In(lower_text_); }
  bool Is(uint32_t i, std::string_view w) const { return i < toks_.size() && Lower(i) == w; }
  bool Has(uint32_t i, uint32_t bits) const { return i < toks_.size() && (cls_[i] & bits) != 0; }
  bool IsWordTok(uint32_t i) const;
  bool IsPunct(uint32_t i) const;
  bool InQuote(uint32_t i) const { return quote_of_[i] >= 0; }
  // A dash between words; a hyphen only with a space before it ("1-3" is a range).
  bool DashAt(uint32_t i) const {
    return i < toks_.size() && DashWord(Lower(i)) &&
           (Lower(i) != "-" || (i > 0 && toks_[i - 1].span.end < toks_[i].span.begin));
  }
  bool Possessive(uint32_t i) const;  // "Trump's", "companies'"
  bool Nominal(uint32_t i) const;     // a word that may stand in a noun phrase
  bool Human(uint32_t i) const { return i < toks_.size() && IsWordTok(i) && g_.IsHuman(Lower(i)); }
  std::optional<CueAt> CueStartingAt(uint32_t k, uint32_t sb, uint32_t se, bool headline) const;
  bool Negated(const CueAt& c, uint32_t sb, uint32_t se) const;
  uint32_t SentenceStart(uint32_t t) const { return layout_.sentences[sentence_of_[t]].first_token; }
  uint32_t SentenceEnd(uint32_t t) const { return layout_.sentences[sentence_of_[t]].last_token; }
  uint32_t ParagraphOf(uint32_t t) const { return layout_.sentences[sentence_of_[t]].paragraph; }
  uint32_t TokenAt(uint32_t byte) const;

  // --- phrases.cc
  // The noun phrase ending just before `end`, no further left than `lo`: [first, end).
  uint32_t NounPhraseStart(uint32_t end, uint32_t lo) const;
  // The subject of a verb group starting at `g0`, stepping over appositions and
  // relative clauses between commas: "Lee, chair of the panel, said".
  std::optional<std::pair<uint32_t, uint32_t>> SubjectBefore(uint32_t g0, uint32_t lo) const;
  // A noun phrase starting at `b`, as an object: one past its last token (b if none).
  uint32_t ObjectEnd(uint32_t b, uint32_t se) const;
  // Where a clause of reported content starting at `b` ends (exclusive).
  uint32_t ClauseEnd(uint32_t b, uint32_t se) const;
  // Where a noun-phrase complement starting at `b` ends (exclusive).
  uint32_t ComplementEnd(uint32_t b, uint32_t se) const;
  // Steps over adverbs, dates, "in a statement", "at a rally", "on Twitter" after a cue,
  // when what follows them is content; `outlet` gets a news organisation named there.
  uint32_t SkipAdjuncts(uint32_t c, uint32_t se, std::string* outlet) const;
  // Does an attribution start at `k` (", he said", ", said Lee", ", adding")?
  bool AttributionAt(uint32_t k, uint32_t se) const;
  // The subject of the sentence's main clause before token `k`.
  std::optional<std::pair<uint32_t, uint32_t>> MainSubject(uint32_t sb, uint32_t k) const;
  bool ClauseFollows(uint32_t b, uint32_t se) const;  // a subject and a verb start at b
  bool FiniteVerbAt(uint32_t e) const;                 // a finite verb or an auxiliary

  // --- speakers.cc
  Speaker SpeakerOf(uint32_t first, uint32_t end) const;  // the phrase [first, end)
  Speaker SpeakerAfter(uint32_t b, uint32_t se) const;    // "said Lee, the chair": from b on
  void SpokespersonFor(Speaker& s, uint32_t first, uint32_t end) const;
  Speaker EntitySpeaker(uint32_t i) const;               // the person or org mention at token i
  void Resolve(Speaker& s, uint32_t at);
  bool TitledAs(const PersonMention& p, const std::string& description) const;
  std::string Outlet(uint32_t from, uint32_t to) const;  // a news organisation in [from, to)

  // --- rules.cc
  struct Candidate {
    std::vector<Span> parts;
    uint32_t content_first = 0, content_last = 0;  // tokens, inclusive
    bool direct = false;
    Speaker speaker;
    Span cue_span;
    uint32_t cue_first = 0, cue_last = 0;
    Attribution cls = Attribution::kStatement;
    const char* rule = "";
    std::string outlet;
    Span sentence;
    bool cue_set = false;       // the rule chose the cue's tokens itself ("as saying")
    bool unattributed = false;  // a quote paragraph with no cue of its own
    bool continues = false;     // its quote runs into the next paragraph
  };
  void QuotesIn(uint32_t paragraph);
  void LabelIn(uint32_t paragraph);
  void ReportedIn(uint32_t sentence);
  // A relative clause ends before token k: "farmers whose crops died | say".
  bool RelativeClauseEnds(uint32_t k) const;
  // A reduced relative of people ends before token k: "those surveyed", "voters polled".
  bool ReducedRelativeBefore(uint32_t k) const;
  // Token t is the preposition after a noun and its participle: "polled [by]", "familiar [with]".
  bool ParticipleAdjunct(uint32_t t) const;
  // The date mention that token t starts in or lies inside, or nullptr.
  const DateMention* DateAt(uint32_t t) const;
  // A predicate with no subject of its own starts at q: "[has] withheld", "[went] back".
  bool PredicateAt(uint32_t q) const;
  // `"A," Lee said, citing a poll. "B."`, `Lee said A. "B."`: a quote that is a sentence of
  // its own, with no attribution, goes on with the claim of the sentence before it (among
  // the paragraph's claims, kept_[first_kept...]).
  void QuotesGoOn(uint32_t paragraph, size_t first_kept);
  // Who speaks in a clause with no subject of its own ("..., saying", "and said"): the
  // speaker of an earlier claim in the sentence, else the main clause's subject.
  Speaker ClauseSpeaker(uint32_t sb, uint32_t k) const;
  // Where the sentence's content may start after the claims the quote rules found in it.
  uint32_t EarlierClaimEnd(uint32_t sb, uint32_t before) const;
  std::optional<Candidate> FromCue(const CueAt& cue, uint32_t sb, uint32_t se, bool headline);
  std::optional<Candidate> Forward(const CueAt& cue, Speaker speaker, uint32_t sb, uint32_t se, const char* rule);
  std::optional<Candidate> Trailing(const CueAt& cue, uint32_t sb, uint32_t se);
  std::optional<Candidate> AccordingTo(const CueAt& cue, uint32_t sb, uint32_t se);
  std::optional<Candidate> NounCueAt(uint32_t k, uint32_t sb, uint32_t se);
  std::optional<Candidate> ImpersonalPassive(const CueAt& cue, uint32_t sb, uint32_t se);
  std::optional<Candidate> Seems(const CueAt& cue, uint32_t sb, uint32_t se);
  std::optional<Candidate> InSource(uint32_t sb, uint32_t se);
  bool Content(Candidate& c, uint32_t b, uint32_t e) const;  // tokens [b, e) trimmed; false if empty
  bool InfinitiveAt(uint32_t k) const;                        // "to" and a verb
  Span CueSpan(const CueAt& cue) const;                       // the cue as written, its verb group
  // The speaker of "X quoted Y as saying" at the cue "saying": Y.
  std::optional<Speaker> QuotedObject(const CueAt& cue, uint32_t sb) const;
  Attribution ClassFor(const CueSense& s, const Speaker& speaker) const;
  void Keep(Candidate c);
  void FillUnattributed();
  void Finish();
  bool LooksLikeTitle(const Quote& q) const;

  const Attributor& a_;
  const Grammar& g_;
  std::string_view text_;
  const Layout& layout_;
  const std::vector<Token>& toks_;
  Items& items_;
  std::string lower_text_;        // ASCII letters lower-cased: same offsets as text_
  std::vector<uint32_t> cls_;     // WordClass | TokenBit per token
  std::vector<int32_t> person_at_, org_at_, quote_of_;
  std::vector<uint32_t> sentence_of_;
  std::vector<bool> used_;        // a cue, speaker or quote already taken by a claim
  std::vector<Quote> quotes_;
  std::vector<bool> quote_taken_;
  std::vector<Candidate> kept_;
  std::vector<Candidate> sentence_claims_;  // the sentence ReportedIn is reading
  // The last speakers, for pronouns.
  Speaker last_person_;
  uint32_t last_person_paragraph_ = 0;
  std::string last_group_;
  uint32_t last_group_paragraph_ = 0;
};

}  // namespace hearsay

#endif  // HEARSAY_ATTRIBUTE_PASS_H_
