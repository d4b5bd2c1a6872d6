// Extracted items: mentions of people, organisations, figures and dates, and claims.
// Values only; Spans index Document::text. The kind numbers are persisted in the ledger:
// DO NOT CHANGE THESE ENUM VALUES.
#ifndef HEARSAY_ITEMS_H_
#define HEARSAY_ITEMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/document.h"

namespace hearsay {

enum class ItemKind { kClaim = 0, kPerson = 1, kOrg = 2, kFigure = 3, kDate = 4 };
const char* ItemKindName(ItemKind kind);  // "claim", "person", ...

struct PersonMention {
  Span span;
  std::string name;  // canonical full name within the document
  std::string role;  // "" when the text states none
  std::string org;
};

struct OrgMention {
  Span span;
  std::string name;  // canonical name ("Huawei" for "Huawei Technologies Co.")
  std::string type;  // company, news, government, ... ("" when unknown)
};

struct FigureMention {
  Span span;
  std::string unit;  // percent, times, USD, year, kilometre, count, ...
  std::optional<double> value;
  std::optional<double> low, high;  // a range instead of a value
  std::string qualifier;  // about, up to, more than, at least, nearly, ...
  std::string noun;       // for unit "count": what is counted
};

struct DateMention {
  Span span;
  std::string value;  // ISO 8601 as far as known: 2024-05-28, 2024-05, XXXX-03; "" = unresolved
};

enum class SpeakerType { kPerson = 0, kOrg = 1, kGroup = 2, kUnknown = 3 };
const char* SpeakerTypeName(SpeakerType type);

// What kind of attribution a claim is (CONTRACT.md): speech and writing, a belief, an
// intention, a directive, an evaluation, or evidence (a document, poll or data as the
// source). Stored by name in the ledger.
enum class Attribution { kStatement = 0, kBelief = 1, kIntention = 2, kDirective = 3, kEvaluation = 4, kEvidence = 5 };
const char* AttributionName(Attribution a);  // "statement", "belief", ...
// The attribution named `name` ("belief"), or nullopt.
std::optional<Attribution> ParseAttribution(std::string_view name);

struct Claim {
  std::vector<Span> parts;  // the claim's words; several for a quote split by attribution
  Span span() const { return parts.empty() ? Span{} : Span{parts.front().begin, parts.back().end}; }
  std::string text;         // the parts joined with a space
  bool direct = false;
  std::string speaker;      // canonical name or group phrase; "" = unknown
  SpeakerType speaker_type = SpeakerType::kUnknown;
  std::string speaker_role, speaker_org, outlet;
  std::string cue;          // the reporting verb or phrase as written
  Span cue_span;
  Attribution attribution = Attribution::kStatement;
  std::string rule;         // the stable name of the rule that found it ("SpeechVerbWithClause")
  Span sentence;            // the sentence (or quote paragraph) the claim comes from
};

// The span of any item: a claim's from its first part to its last, a mention's own.
inline Span SpanOf(const Claim& c) { return c.span(); }
template <typename Mention>
Span SpanOf(const Mention& m) {
  return m.span;
}

// Everything extracted from one document, each list sorted by span.
struct Items {
  std::vector<Claim> claims;
  std::vector<PersonMention> people;
  std::vector<OrgMention> orgs;
  std::vector<FigureMention> figures;
  std::vector<DateMention> dates;
};

}  // namespace hearsay

#endif  // HEARSAY_ITEMS_H_
