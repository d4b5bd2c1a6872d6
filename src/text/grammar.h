// The word knowledge the recognizers and the attribution engine read clauses with: closed classes of English
// words (data/function_words.tsv), the forms of English verbs (data/verb_forms.tsv, from
// WordNet), the attribution cues (data/cues.tsv: verbs with their class and complement
// frames; data/cue_nouns.tsv), and the nouns that make a source a document
// (data/evidence_sources.txt). Immutable once built; thread-safe.
//
//   Grammar g(lexicons);
//   uint32_t c = g.Classes("would");          // kModal
//   const VerbForm* v = g.Verb("said");         // lemma "say", past and participle
//   for (const CueSense& s : g.Cues("said")) ...  // "say" as a cue, and "say so"...
#ifndef HEARSAY_TEXT_GRAMMAR_H_
#define HEARSAY_TEXT_GRAMMAR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"

namespace hearsay {

// Word classes, as bits (WordClass): a word may have several ("that" is a determiner and more).
inline constexpr uint32_t kDet = 1u << 0;     // the, a, some, many
inline constexpr uint32_t kPoss = 1u << 1;    // his, their, whose
inline constexpr uint32_t kSubj = 1u << 2;    // he, they, I
inline constexpr uint32_t kObj = 1u << 3;     // him, them, me
inline constexpr uint32_t kRefl = kObj;       // himself: an object pronoun here
inline constexpr uint32_t kCueNoun = 1u << 4;  // a noun of data/cue_nouns.tsv, or its plural: "claim", "views"
inline constexpr uint32_t kPrep = 1u << 5;    // of, in, for
inline constexpr uint32_t kCoord = 1u << 6;   // and, or, but
inline constexpr uint32_t kSub = 1u << 7;     // because, although, while, if
inline constexpr uint32_t kWh = 1u << 8;      // what, who, whether, how
inline constexpr uint32_t kBe = 1u << 9;      // is, was, been
inline constexpr uint32_t kHave = 1u << 10;   // has, had
inline constexpr uint32_t kDo = 1u << 11;     // did, does
inline constexpr uint32_t kModal = 1u << 12;  // would, could, will
inline constexpr uint32_t kNeg = 1u << 13;    // not, never, didn't
inline constexpr uint32_t kAdv = 1u << 14;    // also, still, repeatedly (and -ly words, set per token)
inline constexpr uint32_t kThere = 1u << 15;  // existential "there"
// From data/verb_forms.tsv: the word is a form of a verb; kVerbOnly when mostly a verb.
inline constexpr uint32_t kVerb = 1u << 16;
inline constexpr uint32_t kVerbOnly = 1u << 17;
inline constexpr uint32_t kBase = 1u << 18;   // say
inline constexpr uint32_t kThird = 1u << 19;  // says
inline constexpr uint32_t kPast = 1u << 20;   // said
inline constexpr uint32_t kPart = 1u << 21;   // said (participle)
inline constexpr uint32_t kIng = 1u << 22;    // saying
inline constexpr uint32_t kEvidence = 1u << 23;  // report, survey, poll (data/evidence_sources.txt), with plurals
inline constexpr uint32_t kHuman = 1u << 24;     // a person or group of people: senator, donors (IsHuman; not in Classes)
inline constexpr uint32_t kTitleWord = 1u << 25;     // a title written before a name: "mr", "sen", "governor" (roles.tsv)
inline constexpr uint32_t kRole = 1u << 28;      // a role word (data/roles.tsv heads and modifiers): "senator", "chief"
inline constexpr uint32_t kGroupHead = 1u << 29; // a one-word group (data/groups.tsv): "analysts", "officials"
inline constexpr uint32_t kCue = 1u << 31;       // a word that starts a cue of data/cues.tsv: "said", "confident"
// (Bits 26, 27 and 30 are the attribution pass's own, per token: kCap, kLy, kNumberTok.)
inline constexpr uint32_t kAux = kBe | kHave | kDo | kModal;

// Complement frames (Frame bits) in which a cue is an attribution (data/cues.tsv documents each).
inline constexpr uint32_t kClause = 1u << 0;     // said (that) the plan failed
inline constexpr uint32_t kThat = 1u << 1;       // argued that ...
inline constexpr uint32_t kWhFrame = 1u << 2;    // asked whether ...
inline constexpr uint32_t kNp = 1u << 3;         // announced a recall
inline constexpr uint32_t kNpEvidence = 1u << 4; // the poll found 40 percent ... (an NP only with a document source)
inline constexpr uint32_t kTo = 1u << 5;         // vowed to fight
inline constexpr uint32_t kIngFrame = 1u << 6;   // denied taking
inline constexpr uint32_t kObjClause = 1u << 7;  // told staff (that) ...
inline constexpr uint32_t kObjTo = 1u << 8;      // urged voters to stay home
inline constexpr uint32_t kObjAs = 1u << 9;      // described the plan as reckless
inline constexpr uint32_t kObjNp = 1u << 10;     // called him a liar
inline constexpr uint32_t kObjOf = 1u << 11;     // accused the firm of fraud
inline constexpr uint32_t kObjFor = 1u << 12;    // praised the mayor for her response
inline constexpr uint32_t kQuoteFrame = 1u << 13;  // joked, laughed: only beside a direct quote
inline constexpr uint32_t kTrail = 1u << 14;     // may follow its content: "..., the minister said"
// Noun cues (data/cue_nouns.tsv).
inline constexpr uint32_t kNounThat = 1u << 16;    // the claim that ...
inline constexpr uint32_t kNounOf = 1u << 17;      // criticism of ...
inline constexpr uint32_t kNounAbout = 1u << 18;   // concerns about ...
inline constexpr uint32_t kNounOn = 1u << 19;      // comments on ...
inline constexpr uint32_t kNounFor = 1u << 20;     // calls for ...
inline constexpr uint32_t kNounAgainst = 1u << 21; // warnings against ...
inline constexpr uint32_t kNounTo = 1u << 22;      // a pledge to ...
inline constexpr uint32_t kNounWhether = 1u << 23; // the question whether ...
inline constexpr uint32_t kNounColon = 1u << 24;   // Her advice: ...
inline constexpr uint32_t kNounIsThat = 1u << 25;  // His concern is that ...

// One cue that a word can start: "said" -> say; "called" -> call, and "call for" (with the
// particle "for"), "call on"; "confident" -> "be confident" (needs a form of be before it).
struct CueSense {
  std::string lemma;                    // "call for"
  Attribution cls = Attribution::kStatement;
  uint32_t frames = 0;                  // Frame bits
  std::vector<std::string> particles;   // words after the verb: {"for"}, {"out"}
  bool after_be = false;                // an adjective cue: "be confident"
};

struct VerbForm {
  std::string lemma;  // the first lemma listed for the form
  uint32_t kinds = 0;  // kBase | kThird | kPast | kPart | kIng
  bool verb_only = false;
};

struct NounCue {
  Attribution cls = Attribution::kStatement;
  uint32_t frames = 0;  // kNoun* bits
};

class Grammar {
 public:
  explicit Grammar(const Lexicons& lexicons);
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  // Classes of a lower-case word (function word, verb form and evidence bits); 0 if none.
  uint32_t Classes(std::string_view lower) const {
    const uint32_t* c = classes_.Find(lower);
    return c ? *c : 0;
  }
  const VerbForm* Verb(std::string_view lower) const { return verbs_.Find(lower); }
  // Cue senses a lower-case word may start, longest particle list first; empty if none.
  const std::vector<CueSense>& Cues(std::string_view lower) const {
    const std::vector<CueSense>* v = cues_.Find(lower);
    return v ? *v : kNoCues;
  }
  // A noun that names a person or a group of people (data/person_nouns.txt): "senator",
  // "donors", "crowd". Kept out of Classes: asked of a few heads, not of every token, it
  // would only make the table that every token reads three times larger.
  bool IsHuman(std::string_view lower) const { return humans_.count(lower) > 0; }
  // A form of a verb of speech or writing ("said", "tells", "wrote"): a statement cue.
  bool IsSpeechVerb(std::string_view lower) const { return speech_.count(lower) > 0; }
  // The noun cue of a lower-case noun or its plural, or nullptr.
  const NounCue* Noun(std::string_view lower) const { return nouns_.Find(lower); }
  // Lower-case phrases that negate a cue they cover ("declined to comment"), by first word.
  const std::vector<std::vector<std::string>>* Negations(std::string_view first) const {
    return negations_.Find(first);
  }

 private:
  static const std::vector<CueSense> kNoCues;
  FrozenHashedMap32 classes_;
  FrozenStringMap<VerbForm> verbs_;
  FrozenStringMap<std::vector<CueSense>> cues_;
  FrozenStringMap<NounCue> nouns_;
  FrozenStringSet speech_;
  FrozenStringSet humans_;
  FrozenStringMap<std::vector<std::vector<std::string>>> negations_;
};

// English noun plural of a lower-case singular ("policy" -> "policies").
std::string PluralOf(std::string_view singular);

}  // namespace hearsay

#endif  // HEARSAY_TEXT_GRAMMAR_H_
