#include "recognize/people.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include "base/fold.h"

namespace hearsay {
namespace {

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord; }

const std::unordered_set<std::string> kHonorifics = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame",
                                                     "Lord", "Lady", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."};

bool IsDeterminer(std::string_view lower) {
  for (std::string_view d : {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your"}) {
    if (lower == d) return true;
  }
  return false;
}


}  // namespace

PersonRecognizer::PersonRecognizer(const NameLexicon& names, const Grammar& grammar)
    : names_(names), grammar_(grammar) {
  for (const char* p : {"van", "von", "der", "den", "de", "da", "di", "dos", "das", "del", "della", "du", "la", "le",
                        "bin", "binti", "ibn", "al", "el", "ter", "ten", "zu", "y"}) {
    particles_.insert(p);
  }
  particles_.Freeze();
}

std::string PersonRecognizer::RolePhrase(const std::vector<std::string_view>& words, size_t i, size_t* end) const {
  size_t best_end = i;
  size_t k = i;
  while (k < words.size()) {
    const std::string_view w = words[k];
    const std::string lower = AsciiLower(w);
    const bool acronym = IsAllCaps(w) && w.size() <= 4;
    if (names_.IsRoleHead(lower)) {
      best_end = k + 1;
    } else if (names_.IsRoleModifier(lower) || acronym || lower == "and" || lower == "&" ||
               (IsCapitalized(w) && k > i && k + 1 < words.size() && names_.IsRoleHead(AsciiLower(words[k + 1])))) {
      // modifiers, acronyms ("chief AI scientist"), and joined roles ("co-founder and CEO")
    } else {
      break;
    }
    ++k;
  }
  if (best_end == i) return "";
  *end = best_end;
  std::string out;
  for (size_t j = i; j < best_end; ++j) {
    if (!out.empty()) out += ' ';
    out += words[j];
  }
  return out;
}

void PersonRecognizer::Find(std::string_view text, const Layout& layout, const std::vector<OrgMention>& orgs,
                            std::vector<PersonMention>& out) const {
  const std::vector<Token>& toks = layout.tokens;
  const std::string lower_text = AsciiLower(text);  // same offsets as `text`
  auto org_at = [&](Span s) -> const OrgMention* {
    auto it = std::lower_bound(orgs.begin(), orgs.end(), s, [](const OrgMention& o, Span x) { return o.span.end <= x.begin; });
    return it != orgs.end() && it->span.Overlaps(s) ? &*it : nullptr;
  };
  struct Cand {
    Span span;
    std::string name;  // parts joined, possessive stripped
    size_t parts = 0;
    bool confirmed = false;
    std::string role, org;
    bool former = false;
  };
  std::vector<Cand> cands;
  for (const Paragraph& para : layout.paragraphs) {
    if (para.boilerplate || para.first_sentence >= para.last_sentence) continue;
    for (uint32_t si = para.first_sentence; si < para.last_sentence; ++si) {
      const Sentence& sent = layout.sentences[si];
      const size_t tb = sent.first_token, te = sent.last_token;
      auto word = [&](size_t i) { return toks[i].span.In(text); };
      auto lower = [&](size_t i) { return toks[i].span.In(lower_text); };
      // Tokens inside multi-word places ("Hong Kong", "Ho Chi Minh City") are no names.
      std::vector<bool> in_place(te - tb, false);
      for (size_t k = tb; k < te; ++k) {
        if (!toks[k].capitalized) continue;
        const size_t n = names_.MultiWordPlaceAt(text, toks[k].span.begin);
        for (size_t q = k; n && q < te && toks[q].span.begin < toks[k].span.begin + n; ++q) in_place[q - tb] = true;
      }
      // Words that stop a name: places, non-names, titles, role words, cue verbs, acronyms.
      // (One class lookup for the word as written and one in lower case.)
      auto stop = [&](size_t i, bool inside = false) {
        using N = NameLexicon;
        const std::string_view w = StripPossessive(word(i));
        // A middle initial: "Michael J. Porter".
        if (inside && w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])) && i + 1 < te && word(i + 1) == ".") return false;
        // Given names, surnames and places are capitalized: other words stop at once.
        if (!IsWordToken(toks[i]) || !IsCapitalized(w) || w.size() < 2) return true;
        const uint16_t cw = names_.Classes(w);
        // A given name that is also a place, before a surname: "Sofia Rossi".
        if (!inside && (cw & N::kGiven) && (cw & N::kPlace) && i + 1 < te) {
          const uint16_t next = names_.Classes(word(i + 1));
          if ((next & N::kSurname) && !(next & N::kPlace)) return org_at(toks[i].span) != nullptr;
        }
        if (in_place[i - tb]) return true;
        // Inside a name, a known name word wins over a common word ("Nguyen Van An").
        if (inside && (cw & (N::kGiven | N::kSurname)) && !(cw & N::kPlace)) return org_at(toks[i].span) != nullptr;
        if ((cw & (N::kPlace | N::kNonName | N::kTitle)) || IsAllCaps(w)) return true;
        const std::string_view l = lower(i).substr(0, w.size());
        if ((names_.Classes(l) & (N::kRoleHead | N::kRoleModifier | N::kGroupWord)) || grammar_.IsSpeechVerb(l)) return true;
        return org_at(toks[i].span) != nullptr;
      };
      size_t i = tb;
      while (i < te) {
        if (stop(i)) {
          ++i;
          continue;
        }
        // "Von der Leyen": a capitalised particle opening the name.
        // The run of name words.
        size_t j = i;
        std::vector<size_t> parts;
        while (j < te && parts.size() < 5) {
          if (!stop(j, !parts.empty())) {
            parts.push_back(j);
            bool poss = false;
            StripPossessive(word(j), &poss);
            ++j;
            if (poss) break;
            continue;
          }
          if (!parts.empty() && word(j) == "." && toks[parts.back()].span.size() == 1) {  // "J."
            ++j;
            continue;
          }
          // Particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman".
          size_t k = j;
          while (!parts.empty() && k < te && particles_.count(word(k))) ++k;
          if (k > j && k < te && !stop(k, true)) {
            j = k;
            continue;
          }
          break;
        }
        // A sentence starter opening the run is not a name ("However Xu ..." is rare).
        if (parts.size() >= 1 && i == tb && names_.IsSentenceStarter(word(parts[0]))) {
          i = parts[0] + 1;
          continue;
        }
        Cand c;
        const uint32_t b = toks[parts.front()].span.begin;
        const std::string_view last = StripPossessive(word(parts.back()));
        const uint32_t e = toks[parts.back()].span.begin + static_cast<uint32_t>(last.size());
        c.span = {b, e};
        c.name = CollapseSpaces(StripPossessive(text.substr(b, e - b)));
        c.parts = parts.size();
        const size_t before = parts.front() > tb ? parts.front() - 1 : SIZE_MAX;
        const size_t after = j < te ? j : SIZE_MAX;
        const std::string_view prev = before != SIZE_MAX ? lower(before) : std::string_view();
        const std::string_view next = after != SIZE_MAX ? lower(after) : std::string_view();
        bool cue = false;
        // Before the name: a title, a role, a byline, "according to".
        if (before != SIZE_MAX) {
          std::string_view pw = word(before);
          if (pw == "." && before > tb) pw = word(before - 1);
          if (names_.IsTitle(pw) || (before > tb && word(before) == "." && names_.IsTitle(text.substr(toks[before - 1].span.begin, toks[before].span.end - toks[before - 1].span.begin)))) cue = true;
          const std::string_view pw_raw = word(before);
          if (names_.IsRoleHead(prev) && (!IsCapitalized(pw_raw) || IsAllCaps(pw_raw))) cue = true;
          if (prev == "by" && (before == tb || (before > tb && word(before - 1) == "\n"))) cue = true;
          if (prev == "to" && before > tb && lower(before - 1) == "according") cue = true;
        }
        // After the name: a speech verb, an apposition, "who".
        if (after != SIZE_MAX) {
          if (grammar_.IsSpeechVerb(next)) cue = true;
          if ((next == "has" || next == "had" || next == "have" || next == "also" || next == "later") && after + 1 < te &&
              grammar_.IsSpeechVerb(lower(after + 1))) {
            cue = true;
          }
          if (next == "," && after + 1 < te) {
            size_t k = after + 1;
            const std::string_view n1 = lower(k);
            if (n1 == "who") cue = true;
            if (IsDeterminer(n1) || n1 == "former") ++k;
            if (k < te && lower(k) == "former") ++k;
            if (k < te && (names_.IsRoleHead(lower(k)) || names_.IsRoleModifier(lower(k)))) cue = true;
          }
        }
        if (before != SIZE_MAX && grammar_.IsSpeechVerb(prev) && !IsDeterminer(prev)) cue = true;  // "said Tang"
        // The shape of a name.
        if (parts.size() >= 2) {
          const std::string_view first = word(parts[0]);
          const std::string_view lastw = StripPossessive(word(parts.back()));
          if (names_.IsGivenName(first) || names_.IsSurname(first) || names_.IsSurname(lastw)) cue = true;
        }
        if (before != SIZE_MAX && IsDeterminer(prev)) cue = false;
        c.confirmed = cue && !para.title_case;  // headline capitals confirm nothing
        // Role and organisation before the name: "SenseTime Group co-founder Xu Bing",
        // "Chinese Premier Li Qiang", "Bloomberg's David Ingles".
        if (before != SIZE_MAX) {
          size_t k = before + 1;  // role words are [k, before]
          // Role words, multi-word ones first: "chief technology officer", "Prime Minister".
          auto role_ending_at = [&](size_t end) -> size_t {  // how many words end at `end`
            for (size_t n = std::min<size_t>(4, end + 1 - tb); n >= 1; --n) {
              const size_t from = end + 1 - n;
              if (org_at(toks[from].span)) continue;
              std::string joined, joined_lower;
              bool words_only = true;
              for (size_t q = from; q <= end; ++q) {
                words_only = words_only && IsWordToken(toks[q]);
                if (q > from) joined += ' ';
                joined += word(q);
              }
              if (!words_only) continue;
              joined_lower = AsciiLower(joined);
              if (names_.IsRoleHead(joined_lower) || names_.IsRoleModifier(joined_lower) || names_.IsTitle(joined)) return n;
            }
            return 0;
          };
          while (k > tb) {
            const size_t n = role_ending_at(k - 1);
            if (n > 0) {
              k -= n;
              continue;
            }
            if (k > tb + 1 && AsciiLower(word(k - 1)) == "and" && k <= before) {
              k -= 1;
              continue;
            }
            break;
          }
          while (k <= before && AsciiLower(word(k)) == "and") ++k;
          // Honorifics are cues, not roles: "Mr Tan".
          size_t rb = k;
          while (rb <= before && kHonorifics.count(std::string(StripPossessive(word(rb)))) > 0) ++rb;
          while (rb <= before && word(rb) == ".") ++rb;
          if (rb <= before) {
            c.role = std::string(text.substr(toks[rb].span.begin, toks[before].span.end - toks[rb].span.begin));
          }
          const size_t org_tok = k <= before ? (k > tb ? k - 1 : SIZE_MAX) : before;
          if (org_tok != SIZE_MAX) {
            if (const OrgMention* o = org_at(toks[org_tok].span)) {
              c.org = o->name;
            } else if (k <= before && toks[org_tok].capitalized && names_.IsPlace(word(org_tok)) &&
                       *names_.PlaceType(word(org_tok)) != "demonym" && !toks[k].capitalized) {
              c.org = std::string(word(org_tok));  // "Chelsea coach Pavel Novak", "London mayor"
            }
          }
        }
        // "Petrobras's chief executive, Ana Ribeiro, said": the role before the comma.
        if (c.role.empty() && before != SIZE_MAX && word(before) == "," && before > tb) {
          size_t k = before;
          while (k > tb && (names_.IsRoleHead(AsciiLower(word(k - 1))) || names_.IsRoleModifier(AsciiLower(word(k - 1))))) --k;
          if (k < before && k > tb) {
            bool poss = false;
            StripPossessive(word(k - 1), &poss);
            if (const OrgMention* o = poss ? org_at(toks[k - 1].span) : nullptr) {
              c.role = std::string(text.substr(toks[k].span.begin, toks[before - 1].span.end - toks[k].span.begin));
              c.org = o->name;
            }
          }
        }
        // "Sarah Whitfield of Barclays": the organisation right after "of" or "at".
        if (c.org.empty() && after != SIZE_MAX && (next == "of" || next == "at") && after + 1 < te) {
          if (const OrgMention* o = org_at(toks[after + 1].span)) c.org = o->name;
        }
        // Apposition after the name: "Wang Tao, CEO of the Kunpeng ... Center", "Yao, a former
        // researcher at OpenAI who was named Tencent's chief AI scientist".
        if (after != SIZE_MAX && next == ",") {
          size_t k = after + 1;
          size_t clause_end = k;
          while (clause_end < te && word(clause_end) != "," && word(clause_end) != ";" && word(clause_end) != "." &&
                 !(toks[clause_end].kind == TokenKind::kQuote)) {
            ++clause_end;
          }
          std::vector<std::string_view> words;
          std::vector<size_t> idx;
          for (size_t q = k; q < clause_end; ++q) {
            if (toks[q].kind == TokenKind::kWord || toks[q].kind == TokenKind::kNumber) {
              words.push_back(word(q));
              idx.push_back(q);
            }
          }
          struct Pair { std::string role, org; bool former; };
          std::vector<Pair> pairs;
          for (size_t w = 0; w < words.size(); ++w) {
            size_t end = 0;
            const bool former = w > 0 && AsciiLower(words[w - 1]) == "former";
            bool after_possessive = false;
            if (w > 0) StripPossessive(words[w - 1], &after_possessive);
            std::string role = (w == 0 || IsDeterminer(AsciiLower(words[w - 1])) || former || after_possessive ||
                                AsciiLower(words[w - 1]) == "named" || AsciiLower(words[w - 1]) == "as")
                                   ? RolePhrase(words, w, &end) : "";
            if (role.empty()) continue;
            Pair p{role, "", former || AsciiLower(words[w]) == "former"};
            // The organisation: after of/at/for/with, or a possessive just before the role.
            if (w > 0) {
              bool poss = false;
              StripPossessive(words[w - 1], &poss);
              if (poss) {
                if (const OrgMention* o = org_at(toks[idx[w - 1]].span)) p.org = o->name;
              }
            }
            if (p.org.empty() && end < words.size()) {
              const std::string prep = AsciiLower(words[end]);
              if (prep == "of" || prep == "at" || prep == "for" || prep == "with" || prep == "from" || prep == "in") {
                for (size_t q = end + 1; q < words.size(); ++q) {
                  if (const OrgMention* o = org_at(toks[idx[q]].span)) {
                    p.org = o->name;
                    break;
                  }
                  const std::string lq = AsciiLower(words[q]);
                  if (lq == "who" || lq == "which" || lq == "that") break;
                }
                // "coach of Galatasaray", "chairman of Donghai Steel": a capitalised name
                // right after the preposition is the organisation even if unknown.
                size_t q = end + 1;
                if (p.org.empty() && q < words.size() && AsciiLower(words[q]) == "the") ++q;
                if (p.org.empty() && q < words.size() && IsCapitalized(words[q]) && !names_.IsPlace(words[q]) &&
                    !names_.IsGivenName(words[q])) {
                  size_t r = q;
                  while (r + 1 < words.size() && IsCapitalized(words[r + 1]) && idx[r + 1] == idx[r] + 1) ++r;
                  p.org = CollapseSpaces(text.substr(toks[idx[q]].span.begin, toks[idx[r]].span.end - toks[idx[q]].span.begin));
                }
              }
            }
            pairs.push_back(p);
            w = end - 1;
          }
          if (!pairs.empty()) {
            const Pair* best = &pairs.front();
            for (const Pair& p : pairs) {
              if (best->former && !p.former) {
                best = &p;
                break;
              }
            }
            if (c.role.empty() || !best->former) {
              c.role = best->role;
              c.former = best->former;
              if (!best->org.empty()) c.org = best->org;
            }
          }
        }
        cands.push_back(std::move(c));
        i = j > i ? j : i + 1;
      }
    }
  }

  // Resolve within the document: full names first, then short mentions to the most recent
  // full name that has them as a part.
  struct Person { std::string role, org; bool former = true; };
  std::map<std::string, Person> full;  // name -> what we know
  std::vector<std::string> full_order;
  for (const Cand& c : cands) {
    if (!c.confirmed || c.parts < 2) continue;
    auto [it, added] = full.emplace(c.name, Person{});
    if (added) full_order.push_back(c.name);
    if (!c.role.empty() && (it->second.role.empty() || (it->second.former && !c.former))) {
      it->second.role = c.role;
      it->second.former = c.former;
    }
    if (!c.org.empty() && it->second.org.empty()) it->second.org = c.org;
  }
  auto parts_of = [](const std::string& name) {
    std::vector<std::string> p;
    size_t s = 0;
    while (s < name.size()) {
      size_t e = name.find(' ', s);
      if (e == std::string::npos) e = name.size();
      p.push_back(name.substr(s, e - s));
      s = e + 1;
    }
    return p;
  };
  // Each part of a full name -> where that full name was mentioned, in text order.
  std::map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_part;
  for (const Cand& c : cands) {
    if (!c.confirmed || c.parts < 2) continue;
    const std::vector<std::string> p = parts_of(c.name);
    by_part[p.front()].emplace_back(c.span.begin, c.name);
    if (p.back() != p.front()) by_part[p.back()].emplace_back(c.span.begin, c.name);
  }
  // A short mention is the most recent full name before it with that part, else the
  // first one after it.
  auto resolve_short = [&](const std::string& w, uint32_t at) -> std::string {
    auto it = by_part.find(w);
    if (it == by_part.end()) return "";
    const auto& v = it->second;
    auto after = std::upper_bound(v.begin(), v.end(), at, [](uint32_t x, const auto& e) { return x < e.first; });
    return after == v.begin() ? v.front().second : std::prev(after)->second;
  };
  std::map<std::string, Person> singles;
  for (Cand& c : cands) {
    if (c.parts >= 2) continue;
    const std::string resolved = resolve_short(c.name, c.span.begin);
    if (!resolved.empty()) {
      c.name = resolved;
      c.confirmed = true;
      if (!c.role.empty() || !c.org.empty()) {
        Person& p = full[resolved];
        if (p.role.empty()) p.role = c.role;
        if (p.org.empty()) p.org = c.org;
      }
    } else if (c.confirmed) {
      Person& p = singles[c.name];
      if (p.role.empty()) p.role = c.role;
      if (p.org.empty()) p.org = c.org;
    }
  }
  // Unconfirmed mentions of names we know ("Although Xu did not specify"), and the end
  // of a known name ("Von der Leyen" for "Ursula von der Leyen").
  for (Cand& c : cands) {
    if (c.confirmed && c.parts < 2) continue;
    const std::string folded = " " + FoldName(c.name);
    for (const std::string& f : full_order) {
      const std::string ff = FoldName(f);
      if (ff.size() > folded.size() && ff.compare(ff.size() - folded.size(), folded.size(), folded) == 0) {
        c.name = f;
        c.confirmed = true;
        break;
      }
    }
    if (c.confirmed) continue;
    if (full.count(c.name) || singles.count(c.name)) {
      c.confirmed = true;
    } else if (c.parts == 1) {
      const std::string resolved = resolve_short(c.name, c.span.begin);
      if (!resolved.empty()) {
        c.name = resolved;
        c.confirmed = true;
      }
    }
  }
  // Parts of known names that are also common words, used as a name before a speech
  // verb or as a possessive: "An said his harvest would be small".
  for (const Paragraph& para : layout.paragraphs) {
    if (para.boilerplate || para.first_sentence >= para.last_sentence || by_part.empty()) continue;
    const size_t tb = layout.sentences[para.first_sentence].first_token;
    const size_t te = layout.sentences[para.last_sentence - 1].last_token;
    for (size_t i = tb; i < te; ++i) {
      if (!IsWordToken(toks[i]) || !toks[i].capitalized) continue;
      bool poss = false;
      const std::string w(StripPossessive(toks[i].span.In(text), &poss));
      if (!by_part.count(w) || org_at(toks[i].span)) continue;
      const bool speech_next = i + 1 < te && grammar_.IsSpeechVerb(toks[i + 1].span.In(lower_text)) > 0;
      if (!speech_next && !poss) continue;
      const Span sp{toks[i].span.begin, toks[i].span.begin + static_cast<uint32_t>(w.size())};
      if (std::any_of(cands.begin(), cands.end(), [&](const Cand& c) { return c.span.Overlaps(sp); })) continue;
      Cand c;
      c.span = sp;
      c.name = resolve_short(w, sp.begin);
      c.parts = 1;
      c.confirmed = !c.name.empty();
      cands.push_back(std::move(c));
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.span < b.span; });
  for (const Cand& c : cands) {
    if (!c.confirmed) continue;
    PersonMention m;
    m.span = c.span;
    m.name = c.name;
    auto f = full.find(c.name);
    const Person* p = f != full.end() ? &f->second : nullptr;
    if (!p) {
      auto s = singles.find(c.name);
      if (s != singles.end()) p = &s->second;
    }
    if (p) {
      m.role = p->role;
      m.org = p->org;
    }
    out.push_back(std::move(m));
  }
}

}  // namespace hearsay
