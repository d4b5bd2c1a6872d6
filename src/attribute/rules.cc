// The attribution rules. Each has a stable name, which a claim carries as `rule`:
//
//   QuoteThenSpeaker        "Q," Lee said.  /  "Q," said Lee.  /  "Q," Lee said, "Q2."
//   SpeakerThenQuote        Lee said: "Q"  /  Lee said, "Q"
//   QuoteDashSignOff        "Q" — Ann Lee
//   QuoteContinuation       a quote paragraph with no cue: the speaker it continues
//   SpeakerLabel            LEE: ...  /  Lee: Plan Is Dead  (transcripts, headlines)
//   CueWithClause           Lee said (that) ...; Lee believes ...; Lee asked whether ...
//   CueWithInfinitive       Lee vowed to ...; Lee urged voters to ...
//   CueWithNounPhrase       Lee announced a recall; Lee called for an inquiry
//   CueWithObject           Lee called him a liar; described the plan as ...; accused X of ...
//   CueWithQuote            Lee said "Q".
//   ParticipialCue          ..., saying ...  (the main clause's subject speaks)
//   TrailingAttribution     ..., Lee said.  /  ..., said Lee.  /  The plan, Lee said, is dead.
//   AsSourceSaid            As Lee said, ...
//   RelativeContent         a strike that executives said could hurt profits
//   AccordingTo             According to Lee, ...  /  ..., according to Lee.
//   InSource                In a poll released Sunday, ...; In Lee's view, ...
//   NounCue                 Lee's claim that ...; Lee expressed concern that ...
//   ImpersonalPassive       It is expected that ...; Lee is expected to ...
//   Seems                   The plan seems to have failed; it appears that ...
//   QuotedAsSaying          Reuters quoted an official as saying ...
//
// Only the outermost attribution of a sentence is kept ("X criticized Y for saying that
// ..." is X's claim), and negated cues make none ("did not say", "declined to comment").
#include <algorithm>
#include <unordered_set>

#include "attribute/pass.h"
#include "base/fold.h"

namespace hearsay {
namespace {


// Context kept around a claim as its sentence.
constexpr uint32_t kMaxContextBytes = 400;

// Light verbs that take a noun cue: "made the argument that", "expressed concern that".
constexpr std::string_view kLightVerbs[] = {"make",    "express", "voice", "raise",  "issue",   "offer",
                                            "give",    "deliver", "have",  "renew",  "repeat",  "reiterate",
                                            "share",   "echo",    "lodge", "file",   "register", "level",
                                            "air",     "post",    "send",  "release", "publish", "announce"};
// Labels before a colon that are page furniture, not speakers: "Update: ...".
constexpr std::string_view kNotSpeakers[] = {
    "update", "updated", "note", "editor", "editors", "photo", "photos", "video", "watch", "read", "related", "source",
    "sources", "caption", "warning", "disclaimer", "correction", "clarification", "transcript", "q", "question",
    "answer", "advertisement", "subscribe", "contact", "email", "tags", "tag", "category", "topics", "share", "listen",
    "breaking", "exclusive", "analysis", "opinion", "commentary", "live", "credit", "credits", "image", "images",
    "location", "date", "time", "when", "where", "what", "why", "who", "how", "price", "cost", "tickets", "info",
    "information", "details", "more", "also", "see", "follow", "filed", "posted", "published", "by", "from", "to",
    "subject", "re", "fwd", "cc", "dateline", "abstract", "summary", "background", "full", "text", "keywords", "note",
    "notes", "ps", "p.s", "bonus", "plus", "first", "second", "third", "step", "part", "chapter", "section",
    "example", "examples", "result", "results", "bottom", "line", "meanwhile", "translation", "rating", "verdict",
    "score", "day", "week", "year", "yes", "no", "now", "then", "here", "there", "today", "tonight", "tomorrow"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Words shaped like adjectives: "unjust", "illegal", "dangerous", "reckless", "divisive".
bool AdjectiveShape(std::string_view w) {
  if (w.size() < 5) return false;
  for (std::string_view e : {"ous", "ful", "less", "ive", "able", "ible", "al", "ic", "ent", "ant", "ary", "ish"}) {
    if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  }
  for (std::string_view p : {"un", "il", "ir", "im", "in", "dis", "non"}) {
    if (w.compare(0, p.size(), p) == 0 && w.size() > p.size() + 3) return true;
  }
  return false;
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

Span AttributionPass::CueSpan(const CueAt& cue) const {
  // The verb group as the cue: "has said", "is expected to announce", "was quoted as
  // saying"; adverbs before it stay out ("also said").
  uint32_t g = cue.first;
  while (g < cue.word && (cls_[g] & kAdv) && !(cls_[g] & (kAux | kNeg))) ++g;
  return {toks_[g].span.begin, toks_[cue.last].span.end};
}

std::optional<AttributionPass::Speaker> AttributionPass::QuotedObject(const CueAt& cue, uint32_t sb) const {
  // "Reuters quoted an official as saying": the official speaks.
  if (!Is(cue.word, "saying") || cue.first != cue.word || cue.first < sb + 3 || !Is(cue.first - 1, "as")) {
    return std::nullopt;
  }
  for (uint32_t q = cue.first - 2; q > sb && cue.first - q < 14; --q) {
    const VerbForm* v = g_.Verb(Lower(q));
    if (!v || (v->lemma != "quote" && v->lemma != "cite")) continue;
    if (q + 1 >= cue.first - 1) return std::nullopt;
    Speaker s = SpeakerOf(q + 1, cue.first - 1);
    if (!s.found) return std::nullopt;
    return s;
  }
  return std::nullopt;
}

bool AttributionPass::InfinitiveAt(uint32_t k) const {
  // "to stay", "to "embrace ..."", "to vaccinate" (a verb no lexicon lists).
  if (!Is(k, "to")) return false;
  uint32_t v = k + 1;
  while (v < toks_.size() && toks_[v].kind == TokenKind::kQuote) ++v;
  if (!IsWordTok(v) || (cls_[v] & (kDet | kPoss | kObj | kSubj | kCap | kNumberTok | kPrep))) return false;
  return (cls_[v] & (kVerb | kAdv | kBe | kHave | kNeg)) || (cls_[v] & ~kLy) == 0;
}

bool AttributionPass::Content(Candidate& c, uint32_t b, uint32_t e) const {
  auto lead = [&](uint32_t i) {
    return (toks_[i].kind == TokenKind::kPunct && !CurrencySign(Word(i))) || toks_[i].kind == TokenKind::kDash ||
           (toks_[i].kind == TokenKind::kQuote && !toks_[i].open);
  };
  while (b < e && lead(b)) ++b;
  if (b < e && Is(b, "that") && ClauseFollows(b + 1, e)) ++b;
  auto trailing = [&](uint32_t i) {
    const std::string_view w = Word(i);
    if (toks_[i].kind == TokenKind::kDash || (toks_[i].kind == TokenKind::kQuote && toks_[i].open)) return true;
    return toks_[i].kind == TokenKind::kPunct && (w == "," || w == "." || w == ";" || w == ":" || w == "(");
  };
  while (e > b && trailing(e - 1)) --e;
  if (b >= e || e - b > kMaxClaimTokens) return false;
  // A date is when, not what: "its outlook on Thursday".
  const Span span{toks_[b].span.begin, toks_[e - 1].span.end};
  if (std::any_of(items_.dates.begin(), items_.dates.end(), [&](const DateMention& d) { return d.span.Contains(span); })) {
    return false;
  }
  // An unbalanced quote mark at an edge: "the plan was "dead" -> keep the marks inside
  // only when both are there.
  c.parts.push_back({toks_[b].span.begin, toks_[e - 1].span.end});
  if (c.parts.size() == 1) c.content_first = b;
  c.content_last = e - 1;
  return true;
}

Attribution AttributionPass::ClassFor(const CueSense& s, const Speaker& speaker) const {
  if (speaker.evidence) return Attribution::kEvidence;
  if (s.cls == Attribution::kEvidence) return Attribution::kStatement;  // a person who "found" or "showed"
  return s.cls;
}

bool AttributionPass::LooksLikeTitle(const Quote& q) const {
  // Introduced as a name: author of "...", a book titled "...", dubbed '...'.
  const uint32_t pb = layout_.sentences[layout_.paragraphs[q.paragraph].first_sentence].first_token;
  for (uint32_t k = q.open_token; k > pb && q.open_token - k < 3; --k) {
    const std::string_view w = Lower(k - 1);
    if (w == "of" && k >= 2 && (Lower(k - 2) == "author" || Lower(k - 2) == "editor" || Lower(k - 2) == "director")) return true;
    if (w == "titled" || w == "entitled" || w == "called" || w == "dubbed" || w == "named" || w == "book" || w == "film" ||
        w == "song" || w == "album" || w == "series" || w == "novel" || w == "headline" || w == "slogan" || w == "campaign" ||
        w == "theme" || w == "programme" || w == "program" || w == "show" || w == "on" || w == "hashtag") {
      return true;
    }
  }
  int longer = 0, caps = 0;
  for (uint32_t k = q.open_token + 1; k < q.close_token && k < toks_.size(); ++k) {
    if (toks_[k].kind != TokenKind::kWord || toks_[k].span.size() <= 3) continue;
    ++longer;
    caps += toks_[k].capitalized;
  }
  return longer >= 2 && caps * 4 >= longer * 3;
}

// ---------------------------------------------------------------------------------------
// Speaker labels: "CLINTON: ...", "Lee: Plan Is Dead", "Kerry: "...""

void AttributionPass::LabelIn(uint32_t pi) {
  const Paragraph& para = layout_.paragraphs[pi];
  const uint32_t pb = layout_.sentences[para.first_sentence].first_token;
  const uint32_t pe = layout_.sentences[para.last_sentence - 1].last_token;
  uint32_t colon = pb;
  while (colon < pe && colon - pb < 6 && IsWordTok(colon)) ++colon;
  if (colon == pb || colon >= pe || !Is(colon, ":") || pe - colon < 4) return;
  for (uint32_t k = pb; k < colon; ++k) {
    if (!(cls_[k] & kCap) && person_at_[k] < 0 && org_at_[k] < 0) return;
    if (In(kNotSpeakers, Lower(k))) return;
    if (cls_[k] & (kSubj | kWh | kPrep | kDet | kCoord | kAux)) return;
    if ((cls_[k] & kVerbOnly) && person_at_[k] < 0) return;  // "Says Lee:" is a sign-on
  }
  Speaker s = SpeakerOf(pb, colon);
  const bool mention = person_at_[colon - 1] >= 0 || org_at_[colon - 1] >= 0;
  if (!mention && !s.evidence) {
    // A surname or a name in capitals: the person of the text it names.
    const std::string label = FoldName(text_.substr(toks_[pb].span.begin, toks_[colon - 1].span.end - toks_[pb].span.begin));
    const PersonMention* hit = nullptr;
    for (const PersonMention& p : items_.people) {
      const std::string name = FoldName(p.name);
      if (name == label || (name.size() > label.size() && name.compare(name.size() - label.size(), label.size(), label) == 0 &&
                            name[name.size() - label.size() - 1] == ' ')) {
        hit = &p;
        break;
      }
    }
    if (hit) {
      s.name = hit->name;
      s.type = SpeakerType::kPerson;
      s.role = hit->role;
      s.org = hit->org;
    } else if (colon - pb > 3) {
      return;
    }
  }
  // Places, organisations and things before a colon head a list or a glossary ("Basse
  // Terre: green and lush"); speakers are people, their roles, names in capitals
  // ("LEE:"), documents ("Poll: ...") and, in a headline, organisations.
  bool capitals = true;
  for (uint32_t k = pb; k < colon && capitals; ++k) {
    const std::string_view w = Word(k);
    capitals = std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  }
  // A headline: title case, or the article's first line, or a short line ("Insiders: Lee
  // will rebound").
  const bool headline = para.title_case || pi == 0 || pe - pb <= 16;
  const bool headline_org = headline && org_at_[colon - 1] >= 0;  // "Toyota: Chip Supply Is Improving"
  if (s.type != SpeakerType::kPerson && s.type != SpeakerType::kGroup && !s.evidence && !capitals && !headline_org) return;
  if (capitals && !mention && s.type == SpeakerType::kOrg) s.type = SpeakerType::kPerson;  // "HALE:" in a transcript
  // A transcript line says something: it has a verb.
  if (!headline) {
    bool verb = false;
    for (uint32_t k = colon + 1; k < pe && !verb; ++k) verb = FiniteVerbAt(k) || (cls_[k] & kAux);
    if (!verb) return;
  }
  Candidate c;
  c.speaker = s;
  c.rule = "SpeakerLabel";
  c.cue_span = toks_[colon].span;
  c.cue_first = c.cue_last = colon;
  c.cls = s.evidence ? Attribution::kEvidence : Attribution::kStatement;
  c.sentence = para.span;
  c.direct = !para.title_case && pi > 0;  // a transcript's words are the speaker's own
  uint32_t b = colon + 1;
  if (quote_of_[b] >= 0 && toks_[b].kind == TokenKind::kQuote) {
    const size_t qi = static_cast<size_t>(quote_of_[b]);
    const Quote& q = quotes_[qi];
    if (q.closed && q.close_token + 2 >= pe) {
      c.parts.push_back(q.inner);
      c.direct = true;
      c.content_first = q.open_token + 1;
      c.content_last = q.close_token - 1;
      quote_taken_[qi] = true;
      for (uint32_t k = q.open_token; k <= q.close_token; ++k) used_[k] = true;
      Keep(std::move(c));
      return;
    }
  }
  if (!Content(c, b, pe)) return;
  for (uint32_t k = pb; k < pe; ++k) used_[k] = true;
  for (size_t q = 0; q < quotes_.size(); ++q) {
    if (quotes_[q].paragraph == pi) quote_taken_[q] = true;
  }
  Keep(std::move(c));
}

// ---------------------------------------------------------------------------------------
// Direct quotes

void AttributionPass::QuotesGoOn(uint32_t pi, size_t first_kept) {
  const uint32_t pb = layout_.sentences[layout_.paragraphs[pi].first_sentence].first_token;
  auto begin = std::lower_bound(quotes_.begin(), quotes_.end(), pi, [](const Quote& q, uint32_t p) { return q.paragraph < p; });
  for (auto it = begin; it != quotes_.end() && it->paragraph == pi; ++it) {
    const size_t qi = static_cast<size_t>(it - quotes_.begin());
    const Quote& q = *it;
    if (quote_taken_[qi] || !q.closed || q.open_token == pb || q.open_token != SentenceStart(q.open_token)) continue;
    uint32_t after = q.close_token + 1;
    const uint32_t se = SentenceEnd(q.close_token);
    while (after < se && IsPunct(after) && !Is(after, ",") && !Is(after, ":")) ++after;
    if (after < se || CountWords(q.inner.In(text_)) < 2) continue;
    const uint32_t prev = SentenceStart(q.open_token - 1);
    Candidate* goes_on = nullptr;
    for (size_t i = first_kept; i < kept_.size(); ++i) {
      Candidate& c = kept_[i];
      if (c.unattributed || !c.speaker.found || c.content_last >= q.open_token) continue;
      const bool before = (c.content_last >= prev) || (c.cue_last >= prev && c.cue_last < q.open_token);
      if (before && (!goes_on || c.parts.front().begin < goes_on->parts.front().begin)) goes_on = &c;
    }
    if (!goes_on) continue;
    goes_on->parts.push_back(q.inner);
    goes_on->content_last = q.close_token;
    quote_taken_[qi] = true;
    for (uint32_t k = q.open_token; k <= q.close_token; ++k) used_[k] = true;
  }
}

void AttributionPass::QuotesIn(uint32_t pi) {
  const Paragraph& para = layout_.paragraphs[pi];
  const uint32_t pb = layout_.sentences[para.first_sentence].first_token;
  const uint32_t pe = layout_.sentences[para.last_sentence - 1].last_token;
  const bool headline = para.title_case;
  auto begin = std::lower_bound(quotes_.begin(), quotes_.end(), pi, [](const Quote& q, uint32_t p) { return q.paragraph < p; });
  for (auto it = begin; it != quotes_.end() && it->paragraph == pi; ++it) {
    const size_t qi = static_cast<size_t>(it - quotes_.begin());
    if (quote_taken_[qi]) continue;
    const Quote& q = *it;
    const size_t words = CountWords(q.inner.In(text_));
    Speaker speaker;
    std::optional<CueAt> cue;
    uint32_t attribution_end = 0;
    const char* rule = "";
    // After the quote: `," he said`, `," said Winston Ma`, `" — Ann Lee`. A quote inside
    // its sentence (`Perhaps this "town has grown too fast," he said.`) is part of the
    // reported sentence, which TrailingAttribution takes whole.
    const bool starts_sentence = q.open_token == SentenceStart(q.open_token) || IsPunct(q.open_token - 1);
    if (q.closed && (starts_sentence || q.open_token == pb)) {
      uint32_t k = q.close_token + 1;
      bool dash = false;
      while (k < pe && (Is(k, ",") || DashAt(k))) {
        dash = dash || DashAt(k);
        ++k;
      }
      const uint32_t qse = SentenceEnd(k < pe ? k : q.close_token);
      for (uint32_t c = k; c < pe && c < k + 24 && !InQuote(c); ++c) {
        std::optional<CueAt> found = CueStartingAt(c, k, pe, headline);
        if (!found) continue;
        // Any cue of speech or writing ("tweeted", "wrote"), or one that may trail its content.
        const bool quoting = (found->sense->frames & (kTrail | kQuoteFrame | kClause)) ||
                             found->sense->cls == Attribution::kStatement;
        if (!quoting || found->passive) break;
        if (Negated(*found, k, pe)) break;
        Speaker s;
        uint32_t end = found->last + 1;
        if (found->first == k) {
          s = SpeakerAfter(found->last + 1, SentenceEnd(found->last));
          if (s.found) end = s.last + 1;
        } else if (auto subj = SubjectBefore(found->first, k); subj && subj->first == k) {
          s = SpeakerOf(subj->first, subj->second);
        }
        // `"Q." Bloomberg says its reporting ...` is a new sentence with its own claim: a
        // quote that ends its sentence takes an attribution only when nothing follows it.
        const std::string_view inner = q.inner.In(text_);
        if (s.found && !dash && k == q.close_token + 1 && !inner.empty() && inner.back() == '.') {
          std::string ignored;
          const uint32_t after = SkipAdjuncts(end, qse, &ignored);
          if (after < qse && !Is(after, ".") && !Is(after, ",") && !InQuote(after)) s = {};
        }
        if (s.found) {
          speaker = s;
          cue = found;
          attribution_end = end;
        }
        break;
      }
      if (cue) rule = "QuoteThenSpeaker";
      if (!cue && dash && k < pe) {
        // "..." — Ann Lee, chair of the panel
        uint32_t e = ObjectEnd(k, pe);
        if (e > k && (e >= pe || Is(e, ",") || Is(e, ".") || Is(e, "("))) {
          Speaker s = SpeakerOf(k, e);
          if (s.found && (s.type == SpeakerType::kPerson || s.type == SpeakerType::kOrg)) {
            speaker = s;
            rule = "QuoteDashSignOff";
            attribution_end = e;
            for (uint32_t t = k; t < e; ++t) used_[t] = true;
          }
        }
      }
    }
    // Before the quote: `Xu said: "..."`, `He said, "..."`, `she said "..."`.
    if (!cue && !*rule && q.open_token > pb) {
      uint32_t p = q.open_token;
      if (Is(p - 1, ":") || Is(p - 1, ",")) --p;
      const uint32_t sb = SentenceStart(q.open_token > pb ? q.open_token - 1 : pb);
      for (uint32_t c = p; c > sb && p - c < 12; --c) {
        std::optional<CueAt> found = CueStartingAt(c - 1, sb, q.open_token, headline);
        if (!found) continue;
        std::string outlet;
        // `Said Dora Lane, who grew up nearby, "We were proud."`: an inverted sign-on.
        if (found->first == sb && found->first == found->word && (cls_[found->word] & (kPast | kThird)) &&
            (found->sense->frames & kTrail)) {
          Speaker inverted = SpeakerAfter(found->last + 1, q.open_token);
          uint32_t e = inverted.found ? inverted.last + 1 : q.open_token;
          // The speaker's apposition or relative clause, to the comma before the quote.
          while (inverted.found && e < p && !InQuote(e)) ++e;
          if (inverted.found && e == p && !inverted.generic) {
            speaker = inverted;
            cue = found;
            rule = "SpeakerThenQuote";
            attribution_end = q.close_token + 1;
          }
          break;
        }
        uint32_t after = SkipAdjuncts(found->last + 1, q.open_token, &outlet);
        // "told reporters:", "said to the crowd,".
        if (after < p && (found->sense->frames & (kObjClause | kObjTo))) after = ObjectEnd(after, p);
        if (after < p) after = SkipAdjuncts(after, p, &outlet);
        if (after != p || Negated(*found, sb, q.open_token) || found->passive) break;
        Speaker s;
        if (std::optional<Speaker> quoted = QuotedObject(*found, sb)) {
          s = *quoted;  // `Le Monde quoted Jean Martin as saying: "..."`
          found->first = found->first - 1;
        } else if (auto subj = SubjectBefore(found->first, sb)) {
          s = SpeakerOf(subj->first, subj->second);
        } else if ((cls_[found->word] & kIng) || Is(found->first - 1, "and") || Is(found->first - 1, "but")) {
          s = ClauseSpeaker(sb, found->first);
        }
        if (s.found) {
          speaker = s;
          cue = found;
          rule = "SpeakerThenQuote";
          attribution_end = q.close_token + 1;  // `He said "A" "and B."`: quotes that follow directly join
        }
        break;
      }
    }
    const bool attributed = cue.has_value() || *rule;
    if (!attributed) {
      // A quote paragraph of its own continues a speaker; short or title-like quotes
      // inside a sentence are names and scare quotes, or partial quotes of a reported
      // clause.
      const bool opens_paragraph = q.open_token == pb;
      if (!opens_paragraph || words < 3 || LooksLikeTitle(q)) continue;
    } else if (LooksLikeTitle(q) && words < 6) {
      continue;
    } else if (words < 2 && !(attribution_end && std::next(it) != quotes_.end() && std::next(it)->paragraph == pi)) {
      continue;  // "Yes," she said: one word, unless the quote goes on after its attribution
    }
    Candidate c;
    c.direct = true;
    c.speaker = speaker;
    c.rule = attributed ? rule : "QuoteContinuation";
    c.unattributed = !attributed;
    c.continues = q.continues;
    c.sentence = q.outer;
    c.cls = Attribution::kStatement;
    if (cue) {
      for (uint32_t k = cue->first; k <= cue->last; ++k) used_[k] = true;
      c.cue_span = CueSpan(*cue);
      c.cue_first = cue->first;
      c.cue_last = cue->last;
      c.cls = ClassFor(*cue->sense, speaker);
      if (cue->sense->lemma == "tell" || cue->sense->lemma == "say") {
        c.outlet = Outlet(cue->last + 1, std::min<uint32_t>(pe, cue->last + 6));
      }
    } else {
      c.cue_first = c.cue_last = q.open_token;
    }
    for (uint32_t k = speaker.found ? speaker.first : 0; speaker.found && k <= speaker.last; ++k) used_[k] = true;
    c.parts = {q.inner};
    c.content_first = q.open_token;
    c.content_last = std::min(q.close_token, pe - 1);
    quote_taken_[qi] = true;
    for (uint32_t k = q.open_token; k <= q.close_token && k < pe; ++k) used_[k] = true;
    // `"A," he said, "B."` is one claim; `"A," he said, adding, "B."` two.
    auto next = std::next(it);
    while (attributed && attribution_end && next != quotes_.end() && next->paragraph == pi) {
      uint32_t k = attribution_end;
      // An adjunct or an apposition after the speaker, with no cue of its own:
      // `," Powell said at a news conference. "If ...`, `," said Lin, lead for X, "..."`.
      uint32_t e = k;
      bool clean = true;
      while (e < next->open_token && e - k < 40 && !Is(e, ".") && !(Is(e, ",") && e + 1 == next->open_token) &&
             !Is(e, ":")) {
        if (CueStartingAt(e, k, next->open_token, false)) clean = false;
        ++e;
      }
      // After `Lee said: "A"` only punctuation may come between the quotes.
      if (clean && e < next->open_token && std::string_view(rule) != "SpeakerThenQuote") k = e;
      while (k < next->open_token && (Is(k, ",") || Is(k, ".") || Is(k, ":"))) ++k;
      if (k != next->open_token) break;
      c.parts.push_back(next->inner);
      c.content_last = next->close_token;
      quote_taken_[static_cast<size_t>(next - quotes_.begin())] = true;
      for (uint32_t t = attribution_end; t <= next->close_token && t < pe; ++t) used_[t] = true;
      attribution_end = next->close_token + 1;
      ++it;
      next = std::next(it);
    }
    const Speaker same = speaker;
    const bool was_attributed = attributed;
    Keep(std::move(c));
    // ", adding, "B."": a new claim by the same speaker.
    if (was_attributed && attribution_end && next != quotes_.end() && next->paragraph == pi &&
        !quote_taken_[static_cast<size_t>(next - quotes_.begin())]) {
      for (uint32_t k = attribution_end; k < next->open_token && k < attribution_end + 12; ++k) {
        if (!Is(k, ",") || k + 1 >= next->open_token) continue;
        std::optional<CueAt> add = CueStartingAt(k + 1, k + 1, next->open_token, false);
        if (!add || !(cls_[add->word] & kIng)) continue;
        uint32_t j = add->last + 1;
        while (j < next->open_token && (Is(j, ",") || Is(j, ":"))) ++j;
        if (j != next->open_token) break;
        Candidate a;
        a.direct = true;
        a.speaker = same;
        a.rule = "SpeakerThenQuote";
        a.sentence = next->outer;
        a.cls = ClassFor(*add->sense, same);
        for (uint32_t t = add->first; t <= add->last; ++t) used_[t] = true;
        a.cue_span = CueSpan(*add);
        a.cue_first = add->first;
        a.cue_last = add->last;
        a.parts = {next->inner};
        a.content_first = next->open_token;
        a.content_last = next->close_token;
        quote_taken_[static_cast<size_t>(next - quotes_.begin())] = true;
        for (uint32_t t = next->open_token; t <= next->close_token && t < pe; ++t) used_[t] = true;
        Keep(std::move(a));
        ++it;
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// Reported content

std::optional<AttributionPass::Candidate> AttributionPass::AccordingTo(const CueAt& cue, uint32_t sb, uint32_t se) {
  Speaker s = SpeakerAfter(cue.last + 1, se);
  if (!s.found) {
    // "according to a report by X released Tuesday": the phrase up to the clause end.
    uint32_t e = cue.last + 1;
    while (e < se && !Is(e, ",") && !Is(e, ".") && e - cue.last < 14 && !InQuote(e)) ++e;
    if (e == cue.last + 1) return std::nullopt;
    s = SpeakerOf(cue.last + 1, NounPhraseStart(e, cue.last + 1) == cue.last + 1 ? e : ObjectEnd(cue.last + 1, e));
    if (!s.found) return std::nullopt;
  }
  Candidate c;
  c.speaker = s;
  c.rule = "AccordingTo";
  c.cls = s.evidence ? Attribution::kEvidence : Attribution::kStatement;
  const bool comma_before = cue.first > sb && Is(cue.first - 1, ",");
  // "That's according to X.": the sentence before is X's.
  const std::string_view w0 = Lower(sb);
  if (cue.word > sb && cue.word <= sb + 2 && sentence_of_[sb] > 0 &&
      (w0 == "that's" || w0 == "that\xE2\x80\x99s" || w0 == "this" || w0 == "that") &&
      (cue.word == sb + 1 || Has(sb + 1, kBe))) {
    const Sentence& prev = layout_.sentences[sentence_of_[sb] - 1];
    if (prev.last_token > prev.first_token && !used_[prev.first_token] && Content(c, prev.first_token, prev.last_token)) {
      return c;
    }
    return std::nullopt;
  }
  // "In addition, according to X, ...", "... unnoticed: According to X, ...", "because,
  // according to X, ...": no clause before the cue, so the content follows it.
  uint32_t b0 = std::max(sb, EarlierClaimEnd(sb, cue.first));
  for (uint32_t t = b0; t < cue.first; ++t) {
    if (Is(t, ":") || Is(t, ";")) b0 = t + 1;
  }
  bool clause_before = false;
  for (uint32_t t = b0; t < cue.first && !clause_before; ++t) clause_before = FiniteVerbAt(t) && !InQuote(t);
  if (comma_before && cue.first >= sb + 2 && (cls_[cue.first - 2] & (kSub | kCoord)) && !(cls_[cue.first - 2] & kPrep)) {
    clause_before = false;  // "because, according to X, the media would ..."
  }
  if ((comma_before || cue.first > sb + 1) && clause_before) {
    // "..., according to X." The content runs from the clause start.
    uint32_t b = sb;
    b = std::max(b, EarlierClaimEnd(sb, cue.first));
    if (!Content(c, b, cue.first)) return std::nullopt;
    return c;
  }
  // "According to X[, role of Y], ...".
  uint32_t b = s.last + 1;
  while (b < se && !Is(b, ",") && b - s.last < 12 && !InQuote(b)) ++b;
  if (b < se && Is(b, ",")) {
    // "According to X, a senior economist at Y, ...": an apposition.
    // "According to X, a senior economist at Y, ...": an apposition with a role word and
    // no verb of its own.
    uint32_t e = b + 1;
    bool role = false, verb = false;
    while (e < se && !Is(e, ",") && e - b < 16 && !InQuote(e)) {
      role = role || (cls_[e] & kRoleOrTitle);
      verb = verb || FiniteVerbAt(e);
      ++e;
    }
    if (e < se && Is(e, ",") && role && !verb && (cls_[b + 1] & (kRoleOrTitle | kDet))) b = e;
  }
  if (!Content(c, b, ClauseEnd(b + 1, se))) return std::nullopt;
  return c;
}

std::optional<AttributionPass::Candidate> AttributionPass::Trailing(const CueAt& cue, uint32_t sb, uint32_t se) {
  const uint32_t g0 = cue.first;
  if (g0 <= sb + 1) return std::nullopt;
  Speaker s;
  uint32_t tail = cue.last + 1;  // first token after the attribution
  uint32_t content_end = 0;
  const char* const rule = "TrailingAttribution";
  const auto boundary = [&](uint32_t t) {
    return Is(t, ",") || DashAt(t) || (toks_[t].kind == TokenKind::kQuote && !toks_[t].open);
  };
  if ((cls_[cue.word] & kIng) && cue.first == cue.word) return std::nullopt;  // ", noting that": participial
  const auto subj = SubjectBefore(g0, sb);
  if (subj && subj->first > sb && boundary(subj->first - 1)) {
    // "..., Lee said."
    s = SpeakerOf(subj->first, subj->second);
    if (!s.found) return std::nullopt;
    content_end = subj->first - 1;
  } else if (boundary(g0 - 1)) {
    // "..., said Lee, the chair." ("Lee, the mayor, announced a ban" has its subject.)
    s = SpeakerAfter(cue.last + 1, se);
    if (!s.found || s.generic || (subj && subj->first == sb)) return std::nullopt;
    tail = s.last + 1;
    content_end = g0 - 1;
  } else {
    return std::nullopt;
  }
  // After the attribution: the end, or adjuncts ("in a statement", "told Reuters"), or a
  // comma and the rest of a sentence the attribution interrupts.
  std::string outlet;
  uint32_t e = SkipAdjuncts(tail, se, &outlet);
  if (e < se && cue.sense->lemma == "tell") {
    const uint32_t l = ObjectEnd(e, se);
    if (outlet.empty()) outlet = Outlet(e, l);
    e = SkipAdjuncts(l, se, &outlet);
  }
  if (e < se && (Is(e, "that") || ClauseFollows(e, se) || Has(e, kWh))) return std::nullopt;  // forward after all
  const bool ends = e >= se || Is(e, ".") || Is(e, "?") || Is(e, "!") ||
                    (toks_[e].kind == TokenKind::kQuote && !toks_[e].open);
  bool interrupts = !ends && Is(e, ",") && e + 1 < se;
  if (interrupts) {
    // "..., said Lee, chair of the panel.", "..., said Lee, a professor who studies
    // trade.": an apposition to the end is the speaker's, relative clause and all.
    bool verb = ClauseFollows(e + 1, se);
    for (uint32_t q = e + 1; q < se && !verb; ++q) {
      if ((Is(q, "who") || Is(q, "which") || Is(q, "whose")) && !InQuote(q)) break;
      verb = FiniteVerbAt(q) && !InQuote(q);
    }
    if (!verb) interrupts = false;
  }
  const bool apposition = !ends && Is(e, ",") && !interrupts;
  if (!ends && !interrupts && !apposition) return std::nullopt;
  // The content starts at the clause start: the sentence, or after an earlier claim.
  uint32_t b = sb;
  b = std::max(b, EarlierClaimEnd(sb, content_end));
  while (b < content_end && (toks_[b].kind == TokenKind::kQuote || Is(b, "and") || Is(b, "but") || IsPunct(b))) ++b;
  if (b >= content_end) return std::nullopt;
  // `Perhaps this "town grew too fast," he said.`: the closing mark belongs to the content.
  if (toks_[content_end].kind == TokenKind::kQuote && !toks_[content_end].open && quote_of_[content_end] >= 0 &&
      quotes_[static_cast<size_t>(quote_of_[content_end])].open_token >= b) {
    ++content_end;
  }
  // A quote that fills the content was QuoteThenSpeaker's; a direct quote here means the
  // quote rules declined it (a title, a scare quote).
  if (quote_of_[b] >= 0 && quotes_[static_cast<size_t>(quote_of_[b])].close_token + 1 >= content_end) return std::nullopt;
  Candidate c;
  c.speaker = s;
  c.outlet = outlet;
  // "The plan, she said, is dead."; "Six months ago, the senator said, the media ...": a
  // time before the attribution is the author's, and the content is what follows.
  // "In the end, Lee said, voters ...", "Still, she said, ...": an opening adverbial is the
  // author's too.
  const bool adverbial = interrupts && (cls_[b] & (kPrep | kAdv | kSub)) && !(cls_[b] & (kDet | kSubj)) &&
                         person_at_[b] < 0 && org_at_[b] < 0 && quote_of_[b] < 0;
  const bool first_part = !adverbial && Content(c, b, content_end);
  if (!first_part && !interrupts) return std::nullopt;
  if (interrupts && !Content(c, e + 1, ClauseEnd(e + 1, se))) return std::nullopt;
  c.rule = rule;
  return c;
}

std::optional<AttributionPass::Candidate> AttributionPass::ImpersonalPassive(const CueAt& cue, uint32_t sb, uint32_t se) {
  const uint32_t frames = cue.sense->frames;
  // "Lee was asked whether ...": a question by someone unnamed claims nothing.
  if (cue.sense->lemma == "ask") return std::nullopt;
  // "It is expected that ...", "It was reported that ...".
  if (cue.first > sb && Is(cue.first - 1, "it") && Is(cue.last + 1, "that") && (frames & (kClause | kThat))) {
    Candidate c;
    c.rule = "ImpersonalPassive";
    c.cls = cue.sense->cls == Attribution::kEvidence ? Attribution::kStatement : cue.sense->cls;
    if (!Content(c, cue.last + 2, ClauseEnd(cue.last + 2, se))) return std::nullopt;
    return c;
  }
  // "Lee is expected to win", "The plan is said to have failed": the subject and the
  // infinitive, believed by someone unnamed.
  const std::string& lemma = cue.sense->lemma;
  const bool believed = lemma == "say" || lemma == "believe" || lemma == "think" || lemma == "report" ||
                        lemma == "rumor" || lemma == "rumour" || lemma == "allege" || lemma == "understand" ||
                        lemma == "suppose" || lemma == "claim" || lemma == "fear" || lemma == "know" || lemma == "expect";
  if (!believed || !Is(cue.last + 1, "to") || !Has(cue.last + 2, kVerb | kAdv | kHave | kBe)) return std::nullopt;
  // "The Fed is expected to signal that ...": the Fed's, through the cue "signal".
  if (!g_.Cues(Lower(cue.last + 2)).empty()) return std::nullopt;
  auto subj = SubjectBefore(cue.first, sb);
  if (!subj || (cls_[subj->first] & (kSubj | kThere)) || Is(subj->first, "it")) return std::nullopt;
  Candidate c;
  c.rule = "ImpersonalPassive";
  c.cls = lemma == "say" || lemma == "report" || lemma == "allege" ? Attribution::kStatement : Attribution::kBelief;
  if (!Content(c, subj->first, subj->second)) return std::nullopt;
  if (!Content(c, cue.last + 1, ClauseEnd(cue.last + 1, se))) return std::nullopt;
  return c;
}

std::optional<AttributionPass::Candidate> AttributionPass::Forward(const CueAt& cue, Speaker speaker, uint32_t sb,
                                                                   uint32_t se, const char* rule_prefix) {
  (void)sb;
  const uint32_t frames = cue.sense->frames;
  Candidate c;
  c.speaker = speaker;
  c.cls = ClassFor(*cue.sense, speaker);
  std::string outlet;
  uint32_t k = SkipAdjuncts(cue.last + 1, se, &outlet);
  if (k >= se) return std::nullopt;
  auto done = [&](const char* rule) -> std::optional<Candidate> {
    c.rule = *rule_prefix ? rule_prefix : rule;
    c.outlet = outlet;
    return c;
  };
  // `said "..."` with the quote as the whole content.
  if (toks_[k].kind == TokenKind::kQuote && toks_[k].open && quote_of_[k] >= 0 &&
      (frames & (kClause | kThat | kNp | kQuoteFrame))) {
    const size_t qi = static_cast<size_t>(quote_of_[k]);
    const Quote& q = quotes_[qi];
    uint32_t after = q.close_token + 1;
    while (after < se && IsPunct(after) && !Is(after, ",")) ++after;
    if (!quote_taken_[qi] && q.closed && after >= se && CountWords(q.inner.In(text_)) >= 2) {
      c.parts.push_back(q.inner);
      c.direct = true;
      c.content_first = q.open_token;
      c.content_last = q.close_token;
      quote_taken_[qi] = true;
      return done("CueWithQuote");
    }
  }
  if (Is(k, ":")) {
    const uint32_t b = k + 1;
    if (b < se && Content(c, b, se)) return done("CueWithClause");
    return std::nullopt;
  }
  // "that" + a verb is a relative clause ("reports that track spending"), not content.
  const bool relative_that = Is(k, "that") && Has(k + 1, kVerbOnly | kAux) && !Has(k + 1, kSubj | kDet | kCap);
  if (Is(k, "that") && !relative_that && (frames & (kClause | kThat | kObjClause))) {
    if (!Content(c, k + 1, ClauseEnd(k + 1, se))) return std::nullopt;
    return done("CueWithClause");
  }
  if ((Has(k, kWh) || Is(k, "if")) && (frames & kWhFrame) && !(Is(k, "that"))) {
    if (!Content(c, k, ClauseEnd(k + 1, se))) return std::nullopt;
    return done("CueWithClause");
  }
  if ((frames & kTo) && InfinitiveAt(k)) {
    if (!Content(c, k, ClauseEnd(k + 1, se))) return std::nullopt;
    return done("CueWithInfinitive");
  }
  if ((cls_[k] & kIng) && (frames & kIngFrame) && !(cls_[k] & kCap)) {
    if (!Content(c, k, ClauseEnd(k + 1, se))) return std::nullopt;
    return done("CueWithClause");
  }
  if ((frames & kClause) && ClauseFollows(k, se)) {
    if (!Content(c, k, ClauseEnd(k, se))) return std::nullopt;
    return done("CueWithClause");
  }
  uint32_t e = ObjectEnd(k, se);
  if (e == k) return std::nullopt;
  // "called the verdict unjust", "called the strike illegal": the object phrase took in
  // the adjective that describes it.
  if ((frames & kObjNp) && e > k + 1 && (e >= se || IsPunct(e)) && AdjectiveShape(Lower(e - 1)) && Nominal(e - 2)) --e;
  if (frames & kObjOf) {
    // "accused the firm of fraud": the object ends before "of".
    for (uint32_t q = k + 1; q < e; ++q) {
      if (Is(q, "of")) {
        e = q;
        break;
      }
    }
  }
  uint32_t n = e;
  while (n < se && (cls_[n] & kAdv) && !(cls_[n] & (kDet | kPrep | kSub))) ++n;
  if (frames & (kObjTo | kObjClause)) {
    if ((frames & kObjTo) && InfinitiveAt(n)) {
      // "urged voters to stay home": the addressee is not what was urged; "expects prices
      // to rise", "wants the Senate to act": the object is part of what is expected. Asking
      // or telling someone to do something is a directive.
      const bool addressee = cue.sense->cls == Attribution::kDirective || cue.sense->cls == Attribution::kStatement;
      if (cue.sense->cls == Attribution::kStatement) c.cls = Attribution::kDirective;
      if (!Content(c, addressee ? n : k, ClauseEnd(n + 1, se))) return std::nullopt;
      if (outlet.empty()) outlet = Outlet(k, e);
      return done("CueWithInfinitive");
    }
    if (frames & kObjClause) {
      std::string listener_outlet = Outlet(k, e);
      uint32_t m = SkipAdjuncts(n, se, &listener_outlet);
      if (Is(m, "that") || ClauseFollows(m, se) || (Is(m, ":") && m + 1 < se)) {
        const uint32_t b = Is(m, "that") || Is(m, ":") ? m + 1 : m;
        if (!Content(c, b, ClauseEnd(b, se))) return std::nullopt;
        if (outlet.empty()) outlet = listener_outlet;
        return done("CueWithClause");
      }
      if ((Has(m, kWh) || Is(m, "if")) && (frames & kWhFrame)) {
        if (!Content(c, m, ClauseEnd(m + 1, se))) return std::nullopt;
        if (outlet.empty()) outlet = listener_outlet;
        return done("CueWithClause");
      }
    }
  }
  // "describes himself on his website as ...": a short adjunct before "as".
  if ((frames & kObjAs) && !Is(n, "as") && n < se && (cls_[n] & kPrep) && !Is(n, "of")) {
    uint32_t a = ObjectEnd(n + 1, se);
    if (a > n + 1 && a - n <= 8) {
      a = SkipAdjuncts(a, se, nullptr);
      if (Is(a, "as")) n = a;
    }
  }
  if (Is(n, "as") && (frames & kObjAs)) {
    if (!Content(c, k, ComplementEnd(n + 1, se))) return std::nullopt;
    return done("CueWithObject");
  }
  if (Is(n, "of") && (frames & kObjOf)) {
    if (!Content(c, k, ComplementEnd(n + 1, se))) return std::nullopt;
    return done("CueWithObject");
  }
  if ((Is(n, "for") || Is(n, "over")) && (frames & kObjFor)) {
    if (!Content(c, k, ComplementEnd(n + 1, se))) return std::nullopt;
    return done("CueWithObject");
  }
  // "called him a liar", "called the report fake news", "called China ''provocative''".
  const bool second_object = n < se && ((toks_[n].kind == TokenKind::kQuote && toks_[n].open) ||
                                        ((Has(n, kDet | kPoss) || (IsWordTok(n) && Nominal(n))) && !Has(n, kPrep | kSub)));
  if ((frames & kObjNp) && second_object && !std::any_of(items_.dates.begin(), items_.dates.end(), [&](const DateMention& d) {
        return d.span.begin == toks_[n].span.begin;
      })) {
    if (!Content(c, k, ComplementEnd(n, se))) return std::nullopt;
    return done("CueWithObject");
  }
  // "will announce its decision on Thursday" is an event to come, not a claim.
  const bool future = cue.first < cue.word && (Is(cue.first, "will") || Is(cue.first, "shall") ||
                                                 EndsWith(Lower(cue.first), "'ll") || EndsWith(Lower(cue.first), "\xE2\x80\x99ll"));
  if (future && cue.sense->cls == Attribution::kStatement) return std::nullopt;
  if ((frames & kNp) || ((frames & kNpEvidence) && speaker.evidence)) {
    // A bare pronoun or a time is no content: "denied it", "said Tuesday"; nor a bare noun
    // given to someone: "denied entry to the journalists".
    if (e == k + 1 && (cls_[k] & (kObj | kSubj | kDet)) && !(cls_[k] & kCap)) return std::nullopt;
    if (e == k + 1 && !(cls_[k] & (kCap | kDet | kPoss)) && Is(e, "to") && !InfinitiveAt(e)) {
      return std::nullopt;
    }
    const uint32_t end = ComplementEnd(k, se);
    if (!Content(c, k, end)) return std::nullopt;
    if (end - k == 1 && !(cls_[k] & kCap)) return std::nullopt;
    return done("CueWithNounPhrase");
  }
  return std::nullopt;
}

uint32_t AttributionPass::EarlierClaimEnd(uint32_t sb, uint32_t before) const {
  // Claims are kept in text order within a paragraph, so the sentence's are at the back.
  uint32_t b = sb;
  // (Claims of this sentence's own cues are not here: one inside the content is nested.)
  for (auto it = kept_.rbegin(); it != kept_.rend() && it->content_last >= sb; ++it) {
    if (it->content_last < before) b = std::max(b, it->content_last + 1);
  }
  return b;
}

AttributionPass::Speaker AttributionPass::ClauseSpeaker(uint32_t sb, uint32_t k) const {
  for (auto it = sentence_claims_.rbegin(); it != sentence_claims_.rend(); ++it) {
    if (it->cue_last < k && it->speaker.found) return it->speaker;
  }
  for (auto it = kept_.rbegin(); it != kept_.rend() && it->cue_first >= sb; ++it) {
    if (it->cue_last < k && it->speaker.found) return it->speaker;
  }
  if (auto subj = MainSubject(sb, k)) return SpeakerOf(subj->first, subj->second);
  return {};
}

std::optional<AttributionPass::Candidate> AttributionPass::FromCue(const CueAt& cue, uint32_t sb, uint32_t se,
                                                                   bool headline) {
  (void)headline;
  const CueSense& sense = *cue.sense;
  if (sense.lemma == "according to") return AccordingTo(cue, sb, se);
  if (sense.lemma == "seem" || sense.lemma == "appear") return Seems(cue, sb, se);
  if (cue.passive) return ImpersonalPassive(cue, sb, se);
  // "Reuters quoted an official as saying ...": the official speaks.
  if (std::optional<Speaker> quoted = QuotedObject(cue, sb)) {
    CueAt as_saying = cue;
    as_saying.first = cue.first - 1;
    std::optional<Candidate> c = Forward(as_saying, *quoted, sb, se, "QuotedAsSaying");
    if (c) {
      c->cue_first = cue.first - 1;
      c->cue_last = cue.last;
      c->cue_set = true;
    }
    return c;
  }
  if (sense.frames & kTrail) {
    if (std::optional<Candidate> t = Trailing(cue, sb, se)) return t;
  }
  // Participial: "..., saying ...", "..., adding that ...": the main clause's subject.
  const bool ing = (cls_[cue.word] & kIng) && cue.first == cue.word;
  const bool after_prep = cue.first > sb && (cls_[cue.first - 1] & (kPrep | kSub)) && !(cls_[cue.first - 1] & kDet);
  // `... of "New York values," saying ...`: the comma inside the closing quote mark.
  const bool after_quote_comma = cue.first > sb + 1 && toks_[cue.first - 1].kind == TokenKind::kQuote &&
                                 !toks_[cue.first - 1].open && Is(cue.first - 2, ",");
  if (ing && cue.first > sb &&
      (Is(cue.first - 1, ",") || Is(cue.first - 1, "and") || DashAt(cue.first - 1) || after_prep || after_quote_comma)) {
    Speaker s = ClauseSpeaker(sb, cue.first);
    if (!s.found) return std::nullopt;
    return Forward(cue, s, sb, se, "ParticipialCue");
  }
  if (ing && !cue.finite) return std::nullopt;  // "the saying goes", "a hearing"
  Speaker s;
  const char* prefix = "";
  // "As reported by the Herald, ...": the agent, and the content after the comma.
  const auto as_at = [&](uint32_t a) { return a >= sb && Is(a, "as") && (a == sb || Is(a - 1, ",")); };
  if (cue.first > sb && as_at(cue.first - 1) && cue.first == cue.word && (cls_[cue.word] & kPart) && Is(cue.last + 1, "by") &&
      (sense.frames & kTrail)) {
    Speaker agent = SpeakerAfter(cue.last + 2, se);
    const uint32_t comma = agent.found ? SkipAdjuncts(agent.last + 1, se, nullptr) : se;
    if (agent.found && comma < se && Is(comma, ",") && quote_of_[comma + 1] < 0) {
      Candidate c;
      c.speaker = agent;
      c.cls = ClassFor(sense, agent);
      c.rule = "AsSourceSaid";
      if (!Content(c, comma + 1, ClauseEnd(comma + 1, se))) return std::nullopt;
      return c;
    }
  }
  if (auto subj = SubjectBefore(cue.first, sb)) {
    s = SpeakerOf(subj->first, subj->second);
    // "As Lee said, ...", "As The Times reported on Saturday, ...": the content follows
    // the comma.
    const uint32_t comma = SkipAdjuncts(cue.last + 1, se, nullptr);
    if (s.found && subj->first > sb && as_at(subj->first - 1) && comma < se && Is(comma, ",") && (sense.frames & kTrail)) {
      Candidate c;
      c.speaker = s;
      c.cls = ClassFor(sense, s);
      c.rule = "AsSourceSaid";
      const uint32_t b = comma + 1;
      if (quote_of_[b] >= 0) return std::nullopt;  // the quote rules' case
      if (!Content(c, b, ClauseEnd(b, se))) return std::nullopt;
      return c;
    }
  } else if (cue.first > sb + 1 && (Is(cue.first - 1, "who") || Is(cue.first - 1, "which") || Is(cue.first - 1, "that"))) {
    // "Lee, who said ...", "voters who want ...": the phrase before the relative pronoun.
    const uint32_t end = Is(cue.first - 2, ",") ? cue.first - 2 : cue.first - 1;
    const uint32_t b = NounPhraseStart(end, sb);
    if (b < end) s = SpeakerOf(b, end);
  } else if (cue.first > sb && (Is(cue.first - 1, "and") || Is(cue.first - 1, "but") || Is(cue.first - 1, "also"))) {
    // "Lee praised the plan and said ...": the same subject.
    s = ClauseSpeaker(sb, cue.first);
  }
  if (!s.found) return std::nullopt;
  // "No one said", "Nobody thinks", "None of them expected": nobody's claim.
  if (Is(s.first, "no") || Is(s.first, "nobody") || Is(s.first, "none") || Is(s.first, "nothing") ||
      Is(s.first, "neither")) {
    return std::nullopt;
  }
  // A thing is no speaker of beliefs or intentions: "the plan hopes" is a figure of speech
  // we do not take, but documents do state and show.
  // A noun phrase that names no one ("these phones", "this trend") speaks only through the
  // verbs of saying and reporting ("the plan says", "the filing reports") and shows only as
  // evidence ("audit files show that ...").
  if (s.generic) {
    static const std::string_view kSaying[] = {"say", "tell", "report", "state", "write", "claim", "add", "note",
                                               "explain", "argue", "read", "warn", "describe", "list", "detail"};
    // "Audit files show that ...", "the results suggest ...": things show and indicate,
    // as evidence.
    static const std::string_view kShowing[] = {"show",     "indicate",   "demonstrate", "prove",   "document",
                                                "detail",   "highlight",  "illustrate",  "reveal",  "corroborate",
                                                "verify",   "bear out",   "back up",     "confirm", "suggest"};
    if (In(kShowing, sense.lemma)) {
      s.evidence = true;
      s.type = SpeakerType::kUnknown;  // a thing, as the text names it
    } else if (!In(kSaying, sense.lemma)) {
      return std::nullopt;
    }
  }
  std::optional<Candidate> forward = Forward(cue, s, sb, se, prefix);
  if (forward) return forward;
  // "a strike that executives said could affect earnings", "which he said would be its
  // lowest": the relative pronoun and the verb phrase after the cue are the content; "a
  // risk he says will grow", "a decision they say allowed ...": the same without the pronoun.
  if (s.first > sb) {
    const bool pronoun = Is(s.first - 1, "which") || Is(s.first - 1, "that") || Is(s.first - 1, "what") ||
                         Is(s.first - 1, "who") || Is(s.first - 1, "whom");
    uint32_t v = cue.last + 1;
    while (v < se && (cls_[v] & kAdv) && !(cls_[v] & (kDet | kPrep))) ++v;
    const bool verb_next = v < se && !InQuote(v);
    const bool gap = pronoun ? verb_next && (Has(v, kAux) || (Has(v, kVerb) && (cls_[v] & (kThird | kPast | kBase)) &&
                                                               !Has(v, kDet | kCap)))
                             : verb_next && v == cue.last + 1 && Nominal(s.first - 1) && !Possessive(s.first - 1) &&
                                   (Has(v, kModal | kBe) || (Has(v, kVerbOnly) && Has(v, kThird | kPast))) &&
                                   !Has(v, kDet | kCap | kIng | kPart);
    // "what Lee called "a disgrace"", "a clip the judge called distasteful": the object is
    // the gap, and what it was called is the content.
    if (!gap && (sense.frames & kObjNp) && v == cue.last + 1 && v < se && (pronoun || Nominal(s.first - 1)) &&
        !Has(v, kAux | kPrep | kSub | kCoord | kSubj | kObj)) {
      Candidate c;
      c.speaker = s;
      c.cls = ClassFor(sense, s);
      c.rule = "RelativeContent";
      if (toks_[v].kind == TokenKind::kQuote && toks_[v].open && quote_of_[v] >= 0 &&
          quotes_[static_cast<size_t>(quote_of_[v])].closed) {
        const Quote& q = quotes_[static_cast<size_t>(quote_of_[v])];
        c.parts.push_back(q.inner);
        c.content_first = q.open_token;
        c.content_last = q.close_token;
        return c;
      }
      if (!Content(c, v, ComplementEnd(v, se))) return std::nullopt;
      return c;
    }
    if (gap) {
      Candidate c;
      c.speaker = s;
      c.cls = ClassFor(sense, s);
      c.rule = "RelativeContent";
      if (pronoun && !Content(c, s.first - 1, s.first)) return std::nullopt;
      if (!Content(c, cue.last + 1, ClauseEnd(cue.last + 1, se))) return std::nullopt;
      return c;
    }
  }
  return std::nullopt;
}

std::optional<AttributionPass::Candidate> AttributionPass::Seems(const CueAt& cue, uint32_t sb, uint32_t se) {
  // "It seems that ...", "The plan appears to have failed": how things look to someone
  // unnamed (a belief); "Obama seemed to recognize ..." is Obama's, through the cue
  // "recognize", so a cue after "to" is left to itself.
  Candidate c;
  c.rule = "Seems";
  c.cls = Attribution::kBelief;
  const uint32_t k = cue.last + 1;
  const bool impersonal = cue.first > sb && (Is(cue.first - 1, "it") || Has(cue.first - 1, kThere));
  if (Is(k, "that") && impersonal) {
    if (!Content(c, k + 1, ClauseEnd(k + 1, se))) return std::nullopt;
    return c;
  }
  // "It seems like no one will be spared", "it looks as if ...".
  const uint32_t like = Is(k, "like") ? k + 1 : (Is(k, "as") && (Is(k + 1, "if") || Is(k + 1, "though"))) ? k + 2 : 0;
  if (like && Is(cue.first - 1, "it") && ClauseFollows(like, se)) {
    if (!Content(c, like, ClauseEnd(like, se))) return std::nullopt;
    return c;
  }
  if (!Is(k, "to") || !Has(k + 1, kVerb | kBe | kHave) || !g_.Cues(Lower(k + 1)).empty()) return std::nullopt;
  auto subj = SubjectBefore(cue.first, sb);
  // "There seems to be more interest in ...": what there seems to be.
  if (!subj && cue.first > sb && Has(cue.first - 1, kThere) && Is(k + 1, "be")) {
    if (!Content(c, k + 2, ClauseEnd(k + 2, se))) return std::nullopt;
    return c;
  }
  if (!subj || Is(subj->first, "it")) return std::nullopt;
  if (!Content(c, subj->first, subj->second)) return std::nullopt;
  if (!Content(c, k, ClauseEnd(k + 1, se))) return std::nullopt;
  return c;
}

std::optional<AttributionPass::Candidate> AttributionPass::NounCueAt(uint32_t k, uint32_t sb, uint32_t se) {
  const NounCue* noun = g_.Noun(Lower(k));
  if (!noun || k == sb || (cls_[k] & kCap) || InQuote(k)) return std::nullopt;
  // The source: a possessor ("his claim", "Lee's view"), the subject of a light verb
  // ("Lee made the argument that", "Lee expressed concern that"), or "by X".
  Speaker s;
  uint32_t d = k;
  while (d > sb && !(cls_[d - 1] & (kDet | kPoss)) && !Possessive(d - 1) && Nominal(d - 1) && k - d < 3 &&
         !(cls_[d - 1] & kVerb)) {
    --d;  // adjectives: "his latest claim", "serious concern"
  }
  if (d > sb && (cls_[d - 1] & kPoss) && !(cls_[d - 1] & kDet)) {
    const std::string_view p = Lower(d - 1);
    s.found = true;
    s.first = s.last = d - 1;
    s.pronoun = p == "his" ? "he" : p == "her" ? "she" : p == "their" ? "they" : p == "its" ? "it" : p == "our" ? "we" : "i";
  } else if (d > sb && Possessive(d - 1)) {
    const uint32_t b = NounPhraseStart(d, sb);
    s = SpeakerOf(b, d);
    if (s.found) {
      // "Trump's": the name without its possessive.
      Speaker e = EntitySpeaker(d - 1);
      if (e.found) {
        e.first = s.first;
        e.last = s.last;
        s = e;
      }
    }
  } else {
    uint32_t v = d;
    if (v > sb && (cls_[v - 1] & (kDet | kPoss))) --v;
    while (v > sb && (cls_[v - 1] & kAdv) && !(cls_[v - 1] & kDet)) --v;
    const VerbForm* vf = v > sb ? g_.Verb(Lower(v - 1)) : nullptr;
    if (vf && In(kLightVerbs, vf->lemma)) {
      uint32_t g = v - 1;
      while (g > sb && (cls_[g - 1] & (kAux | kNeg | kAdv)) && !(cls_[g - 1] & kSubj)) --g;
      if (auto subj = SubjectBefore(g, sb)) s = SpeakerOf(subj->first, subj->second);
    }
    if (!s.found && Is(k + 1, "by")) {
      const uint32_t e = ObjectEnd(k + 2, se);
      if (e > k + 2) s = SpeakerOf(k + 2, e);
    }
  }
  if (!s.found || s.evidence || s.generic) return std::nullopt;
  uint32_t n = k + 1;
  if (Is(n, "by")) n = ObjectEnd(n + 1, se);
  Candidate c;
  c.speaker = s;
  c.cls = noun->cls;
  c.rule = "NounCue";
  c.cue_first = d;
  c.cue_last = k;
  const uint32_t f = noun->frames;
  bool ok = false;
  if (Is(n, "that") && (f & kNounThat) && ClauseFollows(n + 1, se)) {
    ok = Content(c, n + 1, ClauseEnd(n + 1, se));
  } else if (((Is(n, "is") || Is(n, "was")) && Is(n + 1, "that") && (f & (kNounIsThat | kNounThat)))) {
    ok = Content(c, n + 2, ClauseEnd(n + 2, se));
  } else if (Is(n, ":") && (f & kNounColon)) {
    ok = Content(c, n + 1, se);
  } else if ((Is(n, "of") && (f & kNounOf)) || (Is(n, "about") && (f & kNounAbout)) || (Is(n, "on") && (f & kNounOn)) ||
             (Is(n, "for") && (f & kNounFor)) || (Is(n, "against") && (f & kNounAgainst))) {
    uint32_t e = ComplementEnd(n + 1, se);
    for (uint32_t q = n + 2; q < e; ++q) {
      if (FiniteVerbAt(q) && !InQuote(q)) e = q;  // "Her promise of lower taxes helped her win"
    }
    ok = e > n + 1 && Content(c, n + 1, e);
  } else if (Is(n, "to") && (f & kNounTo)) {
    // "a pledge to cut taxes", "opposition to the plan".
    ok = Has(n + 1, kVerb) && !Has(n + 1, kDet | kPoss) ? Content(c, n, ClauseEnd(n + 1, se))
                                                          : Content(c, n + 1, ComplementEnd(n + 1, se));
  } else if ((Is(n, "whether") || Is(n, "if")) && (f & kNounWhether)) {
    ok = Content(c, n, ClauseEnd(n + 1, se));
  }
  if (!ok) return std::nullopt;
  c.cue_span = {toks_[k].span.begin, toks_[k].span.end};
  return c;
}

void AttributionPass::ReportedIn(uint32_t si) {
  const Sentence& sent = layout_.sentences[si];
  const uint32_t sb = sent.first_token, se = sent.last_token;
  const Paragraph& para = layout_.paragraphs[sent.paragraph];
  const bool headline = para.title_case;
  std::vector<Candidate>& local = sentence_claims_;
  local.clear();
  // A claim covers its content and its attribution between cue and content: a cue there
  // ("reported, citing sources, that") is nested in it.
  auto inside = [](const Candidate& c, uint32_t t) {
    return t >= std::min(c.content_first, c.cue_first) && t <= std::max(c.content_last, c.cue_last);
  };
  uint32_t intro_end = sb;
  if (sb < se && (cls_[sb] & (kSub | kPrep)) && !Is(sb, "according") && !Is(sb, "as") && person_at_[sb] < 0 && org_at_[sb] < 0) {
    while (intro_end < se && !Is(intro_end, ",")) ++intro_end;
    if (intro_end >= se) intro_end = sb;
  }
  for (uint32_t k = sb; k < se; ++k) {
    if (used_[k] || InQuote(k)) continue;
    std::optional<Candidate> cand;
    // A cue in an opening subordinate phrase ("For someone who conceded that ..., Clinton
    // had a good night") reports no further than the comma that ends the phrase.
    const uint32_t end = k < intro_end ? intro_end : se;
    std::optional<CueAt> cue = CueStartingAt(k, sb, end, headline);
    if (cue) {
      bool taken = false;
      for (uint32_t t = cue->first; t <= cue->last; ++t) taken = taken || used_[t];
      if (taken) continue;
      if (Negated(*cue, sb, end)) {
        for (uint32_t t = cue->first; t <= cue->last; ++t) used_[t] = true;
        k = cue->last;
        continue;
      }
      cand = FromCue(*cue, sb, end, headline);
      if (cand && cand->cue_set) {
        cand->cue_span = {toks_[cand->cue_first].span.begin, toks_[cand->cue_last].span.end};
      } else if (cand) {
        cand->cue_first = cue->first;
        cand->cue_last = cue->last;
        cand->cue_span = CueSpan(*cue);
      }
    } else if (cls_[k] & kCueNoun) {
      cand = NounCueAt(k, sb, end);
    }
    if (!cand) continue;
    cand->sentence = sent.span;
    // The outermost attribution wins: a cue inside another claim's content is nested.
    bool nested = false;
    for (const Candidate& o : local) nested = nested || inside(o, cand->cue_first);
    if (nested) continue;
    // "Lee told the cabinet the plan was dead, according to two aides": Lee's claim, which
    // the aides report; the ledger keeps the claim of the one who made it.
    const bool reports_a_claim = std::string_view(cand->rule) == "AccordingTo" &&
                                 std::any_of(local.begin(), local.end(), [&](const Candidate& o) {
                                   return inside(*cand, o.cue_first) && o.speaker.found && !o.speaker.generic &&
                                          o.cls == Attribution::kStatement;
                                 });
    if (reports_a_claim) continue;
    local.erase(std::remove_if(local.begin(), local.end(),
                               [&](const Candidate& o) { return inside(*cand, o.cue_first) && !o.direct; }),
                local.end());
    const uint32_t skip_to = std::max(cand->cue_last, k);
    local.push_back(std::move(*cand));
    k = skip_to;
    // In a run-on sentence, claims far behind can no longer nest with what comes: keep them.
    if (local.size() > 16 && local.front().content_last + 2 * kMaxClaimTokens < k) {
      for (size_t i = 0; i + 8 < local.size(); ++i) {
        for (uint32_t t = local[i].cue_first; t <= local[i].cue_last && t < se; ++t) used_[t] = true;
        Keep(std::move(local[i]));
      }
      local.erase(local.begin(), local.end() - 8);
    }
  }
  if (std::optional<Candidate> in = InSource(sb, se)) {
    // The source that opens the sentence holds everything after it; a poll's figures are
    // the poll's, not claims of their own ("In a poll, 40 percent of voters backed ...").
    // "In a memo, Mook said ..." is Mook's claim, the memo its medium; "In a poll, 40
    // percent of voters backed ..." is the poll's.
    const bool someone = std::any_of(local.begin(), local.end(), [](const Candidate& c) {
      return !c.speaker.generic && (c.speaker.type == SpeakerType::kPerson || c.speaker.type == SpeakerType::kOrg ||
                                    !c.speaker.pronoun.empty() || !c.speaker.description.empty());
    });
    if ((in->cls == Attribution::kEvidence && !someone) || local.empty()) {
      local.clear();
      local.push_back(std::move(*in));
    }
  }
  for (Candidate& c : local) {
    for (uint32_t t = c.cue_first; t <= c.cue_last && t < se; ++t) used_[t] = true;
    Keep(std::move(c));
  }
  local.clear();
}

std::optional<AttributionPass::Candidate> AttributionPass::InSource(uint32_t sb, uint32_t se) {
  // "In a Gallup poll released Sunday, 40 percent of voters ...", "In Lee's view, the
  // plan ...", "In the eyes of many voters, ...": a sentence whose source opens it.
  uint32_t b = sb;
  while (b < se && toks_[b].kind == TokenKind::kQuote) ++b;
  if (!Is(b, "in") || InQuote(b)) return std::nullopt;
  uint32_t comma = b + 1;
  while (comma < se && comma - b < 16 && !Is(comma, ",") && !InQuote(comma)) ++comma;
  if (comma >= se || !Is(comma, ",") || comma + 2 >= se) return std::nullopt;
  static const std::string_view kViews[] = {"view", "opinion", "words", "estimation", "judgment", "judgement",
                                            "mind", "eyes", "assessment", "telling", "account", "analysis"};
  Speaker s;
  Attribution cls = Attribution::kEvidence;
  const uint32_t n = b + 1;
  if (n + 1 < comma && std::find(std::begin(kViews), std::end(kViews), Lower(n + 1)) != std::end(kViews) &&
      ((cls_[n] & kPoss) || Possessive(n))) {
    // "In Lee's view", "in his words".
    const std::string_view p = Lower(n);
    if (cls_[n] & kPoss) {
      s.found = true;
      s.first = s.last = n;
      s.pronoun = p == "his" ? "he" : p == "her" ? "she" : p == "their" ? "they" : p == "its" ? "it" : "i";
    } else {
      s = EntitySpeaker(n);
      if (!s.found) s = SpeakerOf(NounPhraseStart(n + 1, b + 1), n + 1);
      s.first = s.last = n;
    }
    cls = Lower(n + 1) == "words" || Lower(n + 1) == "telling" || Lower(n + 1) == "account" ? Attribution::kStatement
                                                                                         : Attribution::kBelief;
  } else if (Is(n, "the") && n + 2 < comma &&
             std::find(std::begin(kViews), std::end(kViews), Lower(n + 1)) != std::end(kViews) && Is(n + 2, "of")) {
    s = SpeakerOf(n + 3, comma);  // "in the eyes of many voters"
    cls = Attribution::kBelief;
  } else {
    // "In a poll released Sunday": the document, up to what follows it.
    uint32_t e = n;
    while (e < comma && !(cls_[e] & kEvidence)) ++e;
    if (e >= comma) return std::nullopt;
    s = SpeakerOf(n, ObjectEnd(n, comma) > e ? ObjectEnd(n, comma) : e + 1);
    if (!s.evidence) return std::nullopt;
  }
  if (!s.found || s.generic) return std::nullopt;
  for (uint32_t t = comma + 1; t < se; ++t) {
    if (used_[t]) return std::nullopt;  // `In a post, Lee wrote: "..."`: the quote is Lee's
  }
  Candidate c;
  c.speaker = s;
  c.cls = cls;
  c.rule = "InSource";
  c.cue_first = b;
  c.cue_last = b;
  c.cue_span = toks_[b].span;
  c.sentence = layout_.sentences[sentence_of_[b]].span;
  if (!Content(c, comma + 1, ClauseEnd(comma + 1, se))) return std::nullopt;
  return c;
}

void AttributionPass::Keep(Candidate c) {
  c.parts.erase(std::remove_if(c.parts.begin(), c.parts.end(), [](Span p) { return p.empty(); }), c.parts.end());
  if (c.parts.empty()) return;
  kept_.push_back(std::move(c));
}

void AttributionPass::Finish() {
  std::sort(kept_.begin(), kept_.end(),
            [](const Candidate& a, const Candidate& b) { return a.parts.front().begin < b.parts.front().begin; });
  // Speakers resolved in text order, so "he" finds the last person who spoke.
  for (Candidate& c : kept_) {
    if (c.unattributed) continue;
    const uint32_t at = c.cue_first < toks_.size() ? c.cue_first : TokenAt(c.parts.front().begin);
    Resolve(c.speaker, at);
    if (c.speaker.type == SpeakerType::kPerson && !c.speaker.name.empty()) {
      last_person_ = c.speaker;
      last_person_paragraph_ = ParagraphOf(at);
    } else if (c.speaker.type == SpeakerType::kGroup && !c.speaker.name.empty()) {
      last_group_ = c.speaker.name;
      last_group_paragraph_ = ParagraphOf(at);
    }
  }
  FillUnattributed();
  std::vector<Claim>& out = items_.claims;
  std::unordered_set<std::string> seen;
  Span last{};
  for (Candidate& k : kept_) {
    Claim c;
    c.parts = std::move(k.parts);
    for (const Span& p : c.parts) {
      if (!c.text.empty()) c.text += ' ';
      c.text += p.In(text_);
    }
    const Span whole = c.span();
    if (!out.empty() && last.Overlaps(whole)) continue;
    // A quote of one word is an exclamation or a scare quote; reported content of one
    // word is a name ("endorsed Clinton"), which the rules checked.
    if (k.direct && CountWords(c.text) < 2) continue;
    c.direct = k.direct;
    c.speaker = k.speaker.name;
    c.speaker_type = k.speaker.name.empty() ? SpeakerType::kUnknown : k.speaker.type;
    c.speaker_role = k.speaker.role;
    c.speaker_org = k.speaker.org;
    c.outlet = k.outlet;
    c.cue_span = k.cue_span;
    c.cue = std::string(k.cue_span.In(text_));
    c.attribution = k.cls;
    c.rule = k.rule;
    c.sentence = {std::max(k.sentence.begin, whole.begin > kMaxContextBytes ? whole.begin - kMaxContextBytes : 0),
                  std::min(k.sentence.end, whole.end + kMaxContextBytes)};
    if (!c.sentence.Contains(whole)) c.sentence = whole;
    auto continuation = [&](uint32_t i) { return i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80; };
    while (c.sentence.begin < whole.begin && continuation(c.sentence.begin)) ++c.sentence.begin;
    while (c.sentence.end > whole.end && continuation(c.sentence.end)) --c.sentence.end;
    if (!seen.insert(c.speaker + '\x1f' + c.text).second) continue;
    last = whole;
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Claim& a, const Claim& b) { return a.span() < b.span(); });
}

void AttributionPass::FillUnattributed() {
  // A quote with no cue of its own: the speaker of the quote it continues, else the
  // previous speaker nearby, else the speaker named just after it.
  for (size_t i = 0; i < kept_.size(); ++i) {
    Candidate& c = kept_[i];
    if (!c.unattributed) continue;
    const uint32_t para = ParagraphOf(c.content_first);
    const Candidate* from = nullptr;
    if (c.continues && i + 1 < kept_.size()) from = &kept_[i + 1];
    if (!from && i > 0 && !kept_[i - 1].speaker.name.empty() && para <= ParagraphOf(kept_[i - 1].content_first) + 2) {
      from = &kept_[i - 1];
    }
    if (!from && i + 1 < kept_.size() && ParagraphOf(kept_[i + 1].content_first) <= para + 2) from = &kept_[i + 1];
    if (from && !from->speaker.name.empty()) {
      c.speaker = from->speaker;
      c.cls = Attribution::kStatement;
    }
  }
  // A quote paragraph that no speaker near it continues is a passage, an epigraph or a
  // list: nobody's claim.
  kept_.erase(std::remove_if(kept_.begin(), kept_.end(),
                             [](const Candidate& c) { return c.unattributed && c.speaker.name.empty(); }),
              kept_.end());
}

}  // namespace hearsay
