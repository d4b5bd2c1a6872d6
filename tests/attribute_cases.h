// The attribution case tables' harness (tests/attribute_test.cc, tests/attribute_forms_test.cc):
// a case is a short invented news body with the full list of claims it must yield.
// Conventions of the expectations:
//  - Every claim is listed: the count must match exactly, and claim i must match want i
//    (claims come sorted by span, wants are in text order).
//  - `text` is the claim's expected words without trailing punctuation. The claim's text
//    must contain it and be at most kSlack bytes longer (a closing full stop or ellipsis),
//    so a leading "that", the attribution or a neighbouring sentence makes it fail.
//    No claim may run over a paragraph break.
//  - A split quote `"A," he said, "B."` is one claim whose text is "A B." (the parts
//    joined with a space); `"A," he said, adding, "B."` is two.
//  - A partial quote inside reported speech belongs to that one claim: "urged firms to
//    "embrace ..."" is the reported claim `to "embrace ..."` (not direct: only part of it is
//    quoted), with no separate fragment claim.
//  - `attribution` is checked where a row states it (statement when not stated).
//  - A quote paragraph with no cue of its own has cue "" and the speaker it continues.
//  - `speaker` is compared exactly for people and organisations (canonical names). A
//    group phrase is compared case-insensitively without a leading "a", "an" or "the";
//    '|' separates acceptable alternatives ("officials who declined to be named|officials").
//  - `cue` is the reporting verb or phrase as written ("According to", "told", "adding"),
//    with its verb group ("has said", "is expected to announce") but without adverbs
//    before it ("also said" has cue "said"); ":" for a speaker label ("LEE: ...").
//  - role, org and outlet are checked (case-insensitively) only where a row states them.
//  - Spokespeople: an unnamed spokesperson speaks for the organisation, which has no
//    other name in the text: speaker = the organisation (canonical), speaker_type org,
//    speaker_role "spokesperson" (or the word written: "spokesman"), speaker_org = the
//    organisation. A named spokesperson is a person with that role and organisation.
#ifndef HEARSAY_TESTS_ATTRIBUTE_CASES_H_
#define HEARSAY_TESTS_ATTRIBUTE_CASES_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hearsay/items.h"

namespace hearsay::testing {

inline constexpr SpeakerType kP = SpeakerType::kPerson;
inline constexpr SpeakerType kO = SpeakerType::kOrg;
inline constexpr SpeakerType kG = SpeakerType::kGroup;
inline constexpr SpeakerType kU = SpeakerType::kUnknown;
inline constexpr bool kD = true;   // direct quote
inline constexpr bool kR = false;  // reported speech

struct Want {
  const char* speaker;
  SpeakerType type;
  bool direct;
  const char* text;
  const char* cue;
  const char* role = nullptr;    // checked when set
  const char* org = nullptr;     // checked when set
  const char* outlet = nullptr;  // checked when set
  const char* attribution = nullptr;  // checked when set: statement, belief, intention, ...
};

struct Case {
  const char* name;
  std::vector<std::string> paragraphs;  // the body, one paragraph a line
  std::vector<Want> want;
  const char* headline = "News in Brief";
};

// Runs every case through the whole pipeline and adds a failure for each that differs,
// with its input, wants and claims. HEARSAY_ATTRIBUTE_DUMP=1 prints passing cases too.
// Returns how many cases ran.
int CheckCases(const std::vector<Case>& cases);

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_ATTRIBUTE_CASES_H_
