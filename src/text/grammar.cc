#include "text/grammar.h"

#include <algorithm>

#include "base/fold.h"

namespace hearsay {
namespace {

std::vector<std::string_view> SplitComma(std::string_view s) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = s.find(',', p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

uint32_t ClassBit(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"det", kDet},     {"poss", kPoss}, {"subj", kSubj}, {"obj", kObj},   {"refl", kRefl},   {"prep", kPrep},
      {"coord", kCoord}, {"sub", kSub},   {"wh", kWh},     {"be", kBe},     {"have", kHave},   {"do", kDo},
      {"modal", kModal}, {"neg", kNeg},   {"adv", kAdv},   {"there", kThere}};
  for (const auto& [n, bit] : kNames) {
    if (n == name) return bit;
  }
  return 0;
}

uint32_t FrameBit(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"clause", kClause},        {"that", kThat},       {"wh", kWhFrame},     {"np", kNp},
      {"np_ev", kNpEvidence},     {"to", kTo},           {"ing", kIngFrame},   {"obj_clause", kObjClause},
      {"obj_to", kObjTo},         {"obj_as", kObjAs},    {"obj_np", kObjNp},   {"obj_of", kObjOf},
      {"obj_for", kObjFor},       {"quote", kQuoteFrame}, {"trail", kTrail}};
  for (const auto& [n, bit] : kNames) {
    if (n == name) return bit;
  }
  return 0;
}

uint32_t NounFrameBit(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"that", kNounThat}, {"of", kNounOf},       {"about", kNounAbout}, {"on", kNounOn},     {"for", kNounFor},
      {"against", kNounAgainst}, {"to", kNounTo}, {"whether", kNounWhether}, {"colon", kNounColon},
      {"is_that", kNounIsThat}};
  for (const auto& [n, bit] : kNames) {
    if (n == name) return bit;
  }
  return 0;
}

std::optional<Attribution> ClassOf(std::string_view name) { return ParseAttribution(name); }

uint32_t KindBits(std::string_view kinds) {
  uint32_t k = 0;
  for (const char c : kinds) {
    k |= c == 'b' ? kBase : c == 's' ? kThird : c == 'd' ? kPast : c == 'n' ? kPart : c == 'g' ? kIng : 0;
  }
  return k;
}

bool Vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular forms of a verb that data/verb_forms.tsv does not list (the rules of
// scripts/gen_verb_forms.py, and a one-syllable verb ending in one vowel and one
// consonant doubles it: "blog", "blogged", "blogging").
std::vector<std::pair<std::string, uint32_t>> RegularForms(const std::string& v) {
  std::vector<std::pair<std::string, uint32_t>> out = {{v, kBase}};
  const size_t n = v.size();
  int vowels = 0;
  for (size_t i = 0; i < n; ++i) vowels += Vowel(v[i]) && (i == 0 || !Vowel(v[i - 1]));
  if (n >= 3 && vowels == 1 && !Vowel(v[n - 1]) && Vowel(v[n - 2]) && !Vowel(v[n - 3]) && v[n - 1] != 'w' &&
      v[n - 1] != 'x' && v[n - 1] != 'y') {
    out.emplace_back(v + "s", kThird);
    out.emplace_back(v + v.back() + "ed", kPast | kPart);
    out.emplace_back(v + v.back() + "ing", kIng);
    return out;
  }
  const bool cy = v.size() > 1 && v.back() == 'y' && !Vowel(v[v.size() - 2]);
  const auto ends = [&](std::string_view s) { return v.size() >= s.size() && v.compare(v.size() - s.size(), s.size(), s) == 0; };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || (ends("o") && !ends("oo"))) {
    out.emplace_back(v + "es", kThird);
  } else if (cy) {
    out.emplace_back(v.substr(0, v.size() - 1) + "ies", kThird);
  } else {
    out.emplace_back(v + "s", kThird);
  }
  if (ends("e")) {
    out.emplace_back(v + "d", kPast | kPart);
  } else if (cy) {
    out.emplace_back(v.substr(0, v.size() - 1) + "ied", kPast | kPart);
  } else {
    out.emplace_back(v + "ed", kPast | kPart);
  }
  if (ends("ie")) {
    out.emplace_back(v.substr(0, v.size() - 2) + "ying", kIng);
  } else if (ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && v.size() > 2) {
    out.emplace_back(v.substr(0, v.size() - 1) + "ing", kIng);
  } else {
    out.emplace_back(v + "ing", kIng);
  }
  return out;
}

const std::string_view kBeForms[] = {"be", "is", "are", "was", "were", "been", "being", "am"};

}  // namespace

const std::vector<CueSense> Grammar::kNoCues;

std::string PluralOf(std::string_view s) {
  std::string w(s);
  const auto ends = [&](std::string_view x) { return w.size() >= x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0; };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  if (w.size() > 1 && w.back() == 'y' && !Vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

Grammar::Grammar(const Lexicons& lex) {
  FrozenHashedMap32& classes = classes_;
  for (const LexiconRow& r : lex.Rows("function_words.tsv")) {
    if (r.size() < 2) continue;
    uint32_t bits = 0;
    for (std::string_view c : SplitComma(r[1])) bits |= ClassBit(c);
    classes[AsciiLower(r[0])] |= bits;
  }
  // Verb forms; the forms of each lemma, for inflecting the cues.
  StringMap<std::vector<std::pair<std::string, uint32_t>>> forms_of;
  for (const LexiconRow& r : lex.Rows("verb_forms.tsv")) {
    if (r.size() < 4) continue;
    const uint32_t kinds = KindBits(r[2]);
    const bool only = r[3] == "v";
    std::string form(r[0]);
    VerbForm& v = verbs_[form];
    if (v.lemma.empty()) v.lemma = std::string(r[1]);
    v.kinds |= kinds;
    v.verb_only = v.verb_only || only;
    classes[form] |= kVerb | kinds | (v.verb_only ? kVerbOnly : 0);
    forms_of[std::string(r[1])].emplace_back(std::move(form), kinds);
  }
  // Roles, titles and one-word groups, lower case: one lookup tells a token everything.
  for (const LexiconRow& r : lex.Rows("roles.tsv")) {
    if (r.size() < 2) continue;
    const uint32_t bit = r[1] == "title" ? kTitleWord : (r[1] == "head" || r[1] == "modifier") ? kRole : 0;
    for (std::string& w : SplitWords(AsciiLower(r[0]))) {
      if (bit & kTitleWord && !w.empty() && w.back() == '.') classes[w.substr(0, w.size() - 1)] |= bit;  // "sen." -> "sen"
      classes[w] |= bit;
    }
  }
  for (const char* t : {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"}) classes[t] |= kTitleWord;
  for (const LexiconRow& r : lex.Rows("groups.tsv")) {
    const std::string g = AsciiLower(r[0]);
    if (!g.empty() && g.find(' ') == std::string::npos) classes[g] |= kGroupHead;
  }
  for (const LexiconRow& r : lex.Rows("person_nouns.txt")) {
    const std::string noun = AsciiLower(r[0]);
    humans_.insert(noun);
    humans_.insert(PluralOf(noun));
  }
  for (const LexiconRow& r : lex.Rows("evidence_sources.txt")) {
    const std::string noun = AsciiLower(r[0]);
    classes[noun] |= kEvidence;
    classes[PluralOf(noun)] |= kEvidence;
  }
  for (const LexiconRow& r : lex.Rows("cues.tsv")) {
    if (r.size() < 3) continue;
    const std::optional<Attribution> cls = ClassOf(r[1]);
    if (!cls) continue;
    std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (words.empty()) continue;
    CueSense sense;
    sense.lemma = AsciiLower(r[0]);
    sense.cls = *cls;
    for (std::string_view f : SplitComma(r[2])) sense.frames |= FrameBit(f);
    if (words[0] == "be" && words.size() > 1) {
      // "be confident": the adjective is the key; a form of "be" must come before it.
      sense.after_be = true;
      sense.particles.assign(words.begin() + 2, words.end());
      cues_[words[1]].push_back(sense);
      continue;
    }
    sense.particles.assign(words.begin() + 1, words.end());
    auto it = forms_of.find(words[0]);
    const std::vector<std::pair<std::string, uint32_t>> forms =
        it != forms_of.end() ? it->second : RegularForms(words[0]);
    for (const auto& [form, kinds] : forms) {
      cues_[form].push_back(sense);
      if (sense.cls == Attribution::kStatement && form != "according") speech_.insert(form);
      if (!verbs_.building().count(form)) {
        verbs_[form] = VerbForm{words[0], kinds, true};
        classes[form] |= kVerb | kVerbOnly | kinds;
      }
    }
  }
  for (auto& [word, senses] : cues_.building()) {
    std::stable_sort(senses.begin(), senses.end(),
                     [](const CueSense& a, const CueSense& b) { return a.particles.size() > b.particles.size(); });
    classes[word] |= kCue;
  }
  for (const LexiconRow& r : lex.Rows("cue_nouns.tsv")) {
    if (r.size() < 3) continue;
    const std::optional<Attribution> cls = ClassOf(r[1]);
    if (!cls) continue;
    NounCue n;
    n.cls = *cls;
    for (std::string_view f : SplitComma(r[2])) n.frames |= NounFrameBit(f);
    const std::string noun = AsciiLower(r[0]);
    nouns_[noun] = n;
    nouns_[PluralOf(noun)] = n;
    classes[noun] |= kCueNoun;
    classes[PluralOf(noun)] |= kCueNoun;
  }
  for (const LexiconRow& r : lex.Rows("cue_negations.txt")) {
    std::vector<std::string> words = SplitWords(AsciiLower(r[0]));
    if (!words.empty()) negations_[words[0]].push_back(std::move(words));
  }
  for (std::string_view be : kBeForms) classes[std::string(be)] |= kBe;
  classes_.Freeze();
  verbs_.Freeze();
  cues_.Freeze();
  nouns_.Freeze();
  speech_.Freeze();
  humans_.Freeze();
  negations_.Freeze();
}

}  // namespace hearsay
