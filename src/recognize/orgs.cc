#include "recognize/orgs.h"

#include <algorithm>

#include "base/fold.h"

namespace hearsay {
namespace {

// Trailing punctuation that is not part of a name's first word.
std::string_view KeyOf(std::string_view w) {
  for (size_t e = 0; e < w.size(); ++e) {
    if (SpaceAt(w, e)) {
      w = w.substr(0, e);
      break;
    }
  }
  w = StripPossessive(w);
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':' || w.back() == ')')) {
    w.remove_suffix(1);
  }
  return w;
}

bool IsAlnumByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// True when a name may end at byte `n` of `rest`: not inside a word, but before a
// possessive apostrophe ("OpenAI’s").
bool NameEndsAt(std::string_view rest, size_t n) {
  if (n >= rest.size() || !IsAlnumByte(rest[n])) return true;
  return rest.compare(n, 3, "\xE2\x80\x99") == 0;
}

}  // namespace

OrgRecognizer::OrgRecognizer(const Lexicons& lex, const NameLexicon& names) : names_(names) {
  for (const LexiconRow& r : lex.Rows("orgs.tsv")) {
    if (r.size() < 2) continue;
    Org o;
    o.canonical = std::string(r[0]);
    o.type = std::string(r[1]);
    if (r.size() > 2) {
      o.common_word = r[2].find('w') != std::string_view::npos;
      o.surname = r[2].find('p') != std::string_view::npos;
    }
    const auto id = static_cast<uint32_t>(orgs_.size());
    orgs_.push_back(o);
    auto add = [&](std::string_view surface) {
      if (surface.empty() || surface == "-") return;
      by_first_word_[KeyOf(surface)].push_back({std::string(surface), id});
    };
    add(r[0]);
    if (r.size() > 3) {
      std::string_view aliases = r[3];
      while (!aliases.empty()) {
        const size_t bar = aliases.find('|');
        add(aliases.substr(0, bar));
        if (bar == std::string_view::npos) break;
        aliases.remove_prefix(bar + 1);
      }
    }
  }
  for (auto& [key, entries] : by_first_word_.building()) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.surface.size() > b.surface.size(); });
  }
  // Corporate forms: fold out of the canonical name.
  for (const char* w : {"Inc", "Corp", "Co", "Ltd", "Limited", "plc", "PLC", "Plc", "AG", "SA", "NV", "GmbH", "LLC", "LP",
                        "Corporation", "Incorporated", "Company", "SE", "ASA", "AB", "Bhd", "Berhad", "KK", "Pte", "Pty",
                        "SpA", "Oyj", "S.A", "N.V", "L.P", "L.L.C", "S.p.A", "Pvt", "Private", "Tbk", "JSC", "PJSC", "OAO",
                        "Sdn", "SAS", "BV", "B.V", "Oy", "A/S", "ApS", "KGaA", "Srl", "S.r.l"}) {
    legal_.insert(w);
  }
  // Descriptors that fold out only together with a corporate form ("Naura Technology Group Ltd.").
  for (const char* w : {"Group", "Holdings", "Holding", "Technologies", "Technology", "Tech", "Intelligent", "International",
                        "Industries", "Industrial", "Enterprises", "Sciences", "Science", "Information", "Network",
                        "Software", "Electronics", "Semiconductor", "Semiconductors", "Manufacturing", "Development",
                        "Investment", "Investments", "Intelligence", "Systems", "Solutions", "Services", "Trading"}) {
    descriptors_.insert(w);
  }
  // Institutions: a capitalised name with one of these is an organisation.
  for (const char* w : {"University", "Institute", "Academy", "Center", "Centre", "Laboratory", "Laboratories", "Lab",
                        "Association", "Council", "Commission", "Committee", "Ministry", "Bureau", "Agency", "Authority",
                        "Administration", "Foundation", "Fund", "Bank", "Exchange", "Party", "Court", "Department",
                        "Federation", "Union", "Organization", "Organisation", "Society", "Board", "School", "College",
                        "Hospital", "Museum", "Parliament", "Congress", "Senate", "Assembly", "Alliance", "Consortium",
                        "Chamber", "Tribunal", "Directorate", "Secretariat", "Office", "Service", "Police", "Army", "Navy",
                        "Corps", "Trust", "Cooperative", "Observatory", "Polytechnic"}) {
    institutions_.insert(w);
  }
  // Heads that name rooms and services as often as bodies ("Oval Office", "Secret Service"
  // is in the gazetteer): a name with one needs "of" or three words.
  for (const char* w : {"Office", "Service", "Board", "Union", "Trust", "Fund", "Party", "Court", "School", "Chamber",
                        "Center", "Centre", "Lab", "Bank"}) {
    weak_institutions_.insert(w);
  }
  // Nouns that introduce a company's name: "startup Hugging Face", "consultancy iiMedia".
  for (const char* w : {"startup", "start-up", "firm", "company", "maker", "developer", "consultancy", "giant", "rival",
                        "lab", "carrier", "lender", "insurer", "automaker", "carmaker", "chipmaker", "retailer",
                        "operator", "platform", "broadcaster", "newspaper", "agency", "conglomerate", "manufacturer",
                        "supplier", "provider", "unicorn", "brokerage", "bank", "fund", "group", "outlet", "publisher",
                        "fintech", "insurtech", "edtech", "proptech", "biotech", "healthtech", "e-commerce",
                        "drugmaker",
                        "producer", "miner", "airline", "distributor", "designer", "foundry", "competitor", "subsidiary",
                        "affiliate", "parent", "owner", "investor", "incubator", "studio", "app", "service", "exchange"}) {
    kind_words_.insert(w);
  }
  // Last words that make a capitalised name a company: "Shengshu AI", "Octopus Energy".
  for (const char* w : {"AI", "Labs", "Robotics", "Motors", "Motor", "Energy", "Pharma", "Pharmaceuticals", "Capital",
                        "Partners", "Ventures", "Airlines", "Airways", "Systems", "Networks", "Semiconductor",
                        "Electronics", "Software", "Therapeutics", "Biotech", "Biosciences", "Telecom", "Mobile",
                        "Media", "Securities", "Bancorp", "Insurance", "Logistics", "Foods", "Brewing", "Mining",
                        "Petroleum", "Resources", "Automotive", "Aerospace", "Dynamics", "Analytics", "Financial"}) {
    name_suffixes_.insert(w);
  }
  by_first_word_.Freeze();
  for (FrozenStringSet* set : {&legal_, &descriptors_, &institutions_, &weak_institutions_, &kind_words_, &name_suffixes_}) {
    set->Freeze();
  }
}

const OrgRecognizer::Entry* OrgRecognizer::Match(std::string_view text, size_t pos, size_t limit) const {
  const std::string_view rest = text.substr(pos, limit - pos);
  const std::vector<Entry>* entries = by_first_word_.Find(KeyOf(rest));
  if (!entries) return nullptr;
  for (const Entry& e : *entries) {
    if (rest.size() < e.surface.size() || rest.compare(0, e.surface.size(), e.surface) != 0) continue;
    if (e.surface.size() < rest.size() && IsAlnumByte(e.surface.back()) && !NameEndsAt(rest, e.surface.size())) continue;
    return &e;
  }
  return nullptr;
}

bool OrgRecognizer::IsNewsOrg(std::string_view canonical) const {
  const std::vector<Entry>* entries = by_first_word_.Find(KeyOf(canonical));
  if (!entries) return false;
  for (const Entry& e : *entries) {
    if (orgs_[e.org].canonical == canonical) return orgs_[e.org].type == "news";
  }
  return false;
}

std::string OrgRecognizer::FoldSuffixes(const std::vector<std::string_view>& words) const {
  size_t b = 0, e = words.size();
  bool legal = false;
  while (e > b + 1 && legal_.count(KeyOf(words[e - 1]))) {
    --e;
    legal = true;
  }
  const bool holdings = !legal && e > b + 1 && (words[e - 1] == "Holdings" || words[e - 1] == "Holding");
  if (legal || holdings) {
    // Descriptors and a city where the company sits fold away ("Tianyan Intelligent Nanjing
    // Co." is Tianyan), but a name never folds down to generic words alone ("Harbin Bank").
    auto generic = [&](std::string_view w) {
      const std::string k(KeyOf(w));
      return descriptors_.count(k) || institutions_.count(k) || names_.IsNonName(w) || w == "of" || w == "and" || w == "&";
    };
    auto rest_is_generic = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        if (!generic(words[i]) && !names_.IsPlace(words[i])) return false;
      }
      return true;
    };
    bool changed = true;
    while (changed) {
      changed = false;
      while (e > b + 1 && descriptors_.count(words[e - 1]) && !rest_is_generic(b, e - 1)) {
        --e;
        changed = true;
      }
      while (e > b + 1 && names_.IsPlace(words[e - 1]) && !rest_is_generic(b, e - 1) && words[e - 2] != "of") {
        --e;
        changed = true;
      }
      while (e > b + 1 && names_.IsPlace(words[b]) && !rest_is_generic(b + 1, e)) {
        ++b;
        changed = true;
      }
    }
  }
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (!out.empty()) out += ' ';
    out += KeyOf(words[i]);
  }
  return out;
}

std::string OrgRecognizer::Canonical(std::string_view name) const {
  // Gazetteer first, with corporate forms folded away one word at a time.
  std::vector<std::string_view> words;
  size_t p = 0;
  while (p < name.size()) {
    while (p < name.size() && name[p] == ' ') ++p;
    size_t e = name.find(' ', p);
    if (e == std::string_view::npos) e = name.size();
    if (e > p) words.push_back(name.substr(p, e - p));
    p = e;
  }
  for (size_t n = words.size(); n > 0; --n) {
    std::string joined;
    for (size_t i = 0; i < n; ++i) {
      if (i) joined += ' ';
      joined += words[i];
    }
    if (const Entry* e = Match(joined, 0, joined.size()); e && e->surface.size() == joined.size()) return orgs_[e->org].canonical;
    // Case-insensitive fallback for names typed by a user.
    const std::string folded = FoldName(joined);
    for (const auto& [key, entries] : by_first_word_.entries()) {
      if (FoldName(key) != FoldName(words[0])) continue;
      for (const Entry& e : entries) {
        if (FoldName(e.surface) == folded) return orgs_[e.org].canonical;
      }
    }
    if (n > 1 && !legal_.count(KeyOf(words[n - 1])) && !descriptors_.count(words[n - 1])) break;
  }
  return FoldSuffixes(words);
}

void OrgRecognizer::Find(std::string_view text, const Layout& layout, std::vector<OrgMention>& out) const {
  const std::vector<Token>& toks = layout.tokens;
  std::unordered_map<std::string, std::string> local;  // short names and acronyms defined in this text
  const size_t first_new = out.size();
  for (const Paragraph& para : layout.paragraphs) {
    if (para.boilerplate || para.first_sentence >= para.last_sentence) continue;
    const size_t t_begin = layout.sentences[para.first_sentence].first_token;
    const size_t t_end = layout.sentences[para.last_sentence - 1].last_token;
    const size_t limit = para.span.end;
    auto word = [&](size_t i) { return toks[i].span.In(text); };
    auto sentence_initial = [&](size_t i) { return toks[i].sentence_initial; };
    // Index just past token-aligned byte offset `end`.
    auto token_after = [&](size_t i, size_t end) {
      while (i < t_end && toks[i].span.begin < end) ++i;
      return i;
    };
    // Extends `end` over corporate forms: "Huawei Technologies Co.", "SenseTime Group Inc."
    auto extend_suffixes = [&](size_t i, size_t& end) {
      while (i < t_end && IsWordToken(toks[i])) {
        const std::string_view w = word(i);
        const bool legal = legal_.count(w) > 0;
        if (!legal && !descriptors_.count(w) && !names_.IsPlace(w)) break;
        if (!legal && !(w == "Group" || w == "Holdings" || w == "Technologies")) {
          // Other descriptors, and a city ("Moore Threads Intelligent Beijing Co."), only
          // when a corporate form follows.
          size_t k = i + 1;
          while (k < t_end && (descriptors_.count(word(k)) || names_.IsPlace(word(k)))) ++k;
          if (k >= t_end || !legal_.count(word(k))) break;
        }
        end = toks[i].span.end;
        ++i;
        if (legal && i < t_end && word(i) == "." && toks[i].span.begin == end) {
          end = toks[i].span.end;
          ++i;
        }
        if (i + 1 < t_end && (word(i) == "," || word(i) == "&") && legal_.count(word(i + 1))) ++i;  // "Co., Ltd.", "& Co."
      }
      return i;
    };
    size_t i = t_begin;
    while (i < t_end) {
      const Token& tok = toks[i];
      const std::string_view w = word(i);
      const bool cap = IsWordToken(tok) && (IsCapitalized(w) || (tok.kind == TokenKind::kNumber && i + 1 < t_end));
      if (!cap) {
        ++i;
        continue;
      }
      // 1. The gazetteer.
      if (const Entry* e = Match(text, tok.span.begin, limit)) {
        const Org& org = orgs_[e->org];
        size_t end = tok.span.begin + e->surface.size();
        size_t next = token_after(i, end);
        bool possessive = false;
        StripPossessive(word(next > i ? next - 1 : i), &possessive);
        const size_t form_at = next + 1 < t_end && word(next) == "&" ? next + 1 : next;  // "& Co."
        const bool followed_by_form = form_at < t_end && (legal_.count(word(form_at)) || descriptors_.count(word(form_at)));
        // A name that is also a word ("Amazon", "X", "Fed") needs the context of a company:
        // not inside another capitalised name, not after "the", and at a sentence start
        // only before a possessive, a corporate form, a role or a verb of saying or doing.
        bool reject = false;
        if (org.common_word && e->surface.find(' ') == std::string::npos) {
          const bool cap_before = i > t_begin && !sentence_initial(i) && IsWordToken(toks[i - 1]) && IsCapitalized(word(i - 1));
          const bool cap_after = !possessive && next < t_end && IsWordToken(toks[next]) && IsCapitalized(word(next)) && !followed_by_form &&
                                 !names_.IsRoleHead(AsciiLower(word(next))) && !names_.IsTitle(word(next));
          const bool after_the = i > t_begin && AsciiLower(word(i - 1)) == "the";
          const std::string after = next < t_end ? AsciiLower(word(next)) : "";
          static const std::unordered_set<std::string> kCompanyVerbs = {
              "said", "says", "told", "reported", "announced", "added", "noted", "confirmed", "declined", "denied",
              "plans", "planned", "will", "would", "has", "had", "is", "was", "shares", "stock", "raised", "cut",
              "launched", "unveiled", "agreed", "posted", "expects", "expected", "cited", "sold", "bought"};
          const bool company_context = possessive || followed_by_form || names_.IsRoleHead(after) || names_.IsTitle(word(next < t_end ? next : i)) ||
                                       kCompanyVerbs.count(after) > 0;
          reject = cap_before || cap_after || after_the || ((sentence_initial(i) || para.title_case) && !company_context);
        }
        if (org.surname && i > t_begin && IsCapitalized(word(i - 1)) && names_.IsGivenName(word(i - 1))) reject = true;
        if (org.surname && next < t_end && IsCapitalized(word(next)) && !followed_by_form && names_.IsGivenName(w)) reject = true;
        if (!reject) {
          next = extend_suffixes(next, end);
          // A possessive on the last word stays out of the span.
          std::string_view last = text.substr(tok.span.begin, end - tok.span.begin);
          bool poss = false;
          const std::string_view stripped = StripPossessive(last, &poss);
          if (poss) end = tok.span.begin + static_cast<uint32_t>(stripped.size());
          out.push_back({{tok.span.begin, static_cast<uint32_t>(end)}, org.canonical, org.type});
          i = next;
          continue;
        }
      }
      // 2. Rules over the run of capitalised words starting here.
      size_t j = i;
      std::vector<size_t> run;  // token indices of the name's words
      bool has_legal = false, has_institution = false, has_connector = false, weak_head = false;
      while (j < t_end) {
        const std::string_view wj = word(j);
        if (!IsWordToken(toks[j])) {
          if (wj == "." && !run.empty() && legal_.count(word(run.back()))) { ++j; continue; }
          if (wj == "&" && j + 1 < t_end && IsCapitalized(word(j + 1))) { ++j; continue; }
          break;
        }
        const bool capj = IsCapitalized(wj) || (toks[j].kind == TokenKind::kNumber && j > i);
        if (!capj) {
          // Connectors inside institution names: "Academy of Information and Communications Technology".
          if ((wj == "of" || wj == "and" || wj == "for" || wj == "the" || wj == "de") && !run.empty() &&
              j + 1 < t_end && IsCapitalized(word(j + 1)) && (has_institution || wj == "of")) {
            has_connector = true;
            ++j;
            continue;
          }
          break;
        }
        if (j > i && Match(text, toks[j].span.begin, limit) && !legal_.count(wj) && !descriptors_.count(wj)) break;
        run.push_back(j);
        const std::string_view key = KeyOf(wj);
        if (legal_.count(key)) has_legal = true;
        if (institutions_.count(key)) {
          has_institution = true;
          weak_head = weak_institutions_.count(key) > 0;
        }
        ++j;
        bool poss = false;
        StripPossessive(wj, &poss);
        if (poss || has_legal) break;
      }
      // Drop leading sentence starters and non-name words ("The", "Consequently").
      size_t lead = 0;
      while (lead < run.size() && (names_.IsSentenceStarter(word(run[lead])) || (sentence_initial(run[lead]) && names_.IsNonName(word(run[lead])))) &&
             !institutions_.count(word(run[lead]))) {
        ++lead;
      }
      std::vector<std::string_view> words;
      for (size_t k = lead; k < run.size(); ++k) words.push_back(StripPossessive(word(run[k])));
      bool is_org = false;
      std::string canonical;
      if (!words.empty()) {
        const std::string_view last = KeyOf(words.back());
        const std::string_view first = words.front();
        const bool all_generic = std::all_of(words.begin(), words.end(), [&](std::string_view x) {
          return names_.IsNonName(x) || names_.IsPlace(x) || institutions_.count(x) || legal_.count(KeyOf(x));
        });
        const size_t prev = i > t_begin ? i - 1 : i;
        const bool holdings = !has_legal && words.size() >= 2 && (last == "Holdings" || last == "Holding") &&
                              !names_.IsNonName(words.front()) && !names_.IsPlace(words.front());
        // "West Bank", "Hong Kong": a place, whatever its last word.
        const bool multiword_place = names_.MultiWordPlaceAt(text, toks[run[lead]].span.begin) >=
                                     toks[run.back()].span.end - toks[run[lead]].span.begin;
        const std::string prev_word = i > t_begin ? AsciiLower(word(prev)) : "";
        bool possessive_last = false;
        StripPossessive(word(run.back()), &possessive_last);
        const size_t after = run.back() + 1;
        const std::string after_word = after < t_end ? AsciiLower(word(after)) : "";
        if ((has_legal || holdings) && words.size() >= 2) {
          is_org = true;  // R1: "Shanghai Biren Technology Co.", "Kovra Holdings"
        } else if (words.size() >= 2 && !has_connector && (last == "Group" || last == "Partners" || last == "Alliance") &&
                   !names_.IsNonName(words.front()) && !names_.IsPlace(words.front()) &&
                   !names_.IsSentenceStarter(words.front())) {
          is_org = true;  // R7: "Kettering Group" (the name keeps its last word)
        } else if (para.title_case) {
          // Headlines capitalize everything: only the gazetteer and corporate forms count.
        } else if (has_institution && words.size() >= 2 && (!all_generic || has_connector) && !multiword_place &&
                   (!weak_head || has_connector || words.size() >= 3)) {
          is_org = true;  // R2: institutions
        } else if (words.size() >= 2 && !has_connector && name_suffixes_.count(last) &&
                   !names_.IsNonName(words[words.size() - 2]) && !names_.IsPlace(words[words.size() - 2]) &&
                   !names_.IsSentenceStarter(words.front()) && !(i > t_begin && [&] {
                     bool poss = false;
                     StripPossessive(word(i - 1), &poss);
                     return poss;  // "Huawei's Ascend AI chip" is a product
                   }())) {
          is_org = true;  // R6: "Shengshu AI"
        } else if (lead == 0 && kind_words_.count(prev_word) && !all_generic && !names_.IsPlace(first) && words.size() <= 4 &&
                   !(names_.IsGivenName(first) && words.size() >= 2)) {
          is_org = true;  // R3: "startup Hugging Face"
        } else if (possessive_last && (names_.IsRoleHead(after_word) || names_.IsRoleModifier(after_word)) &&
                   !all_generic && !names_.IsPlace(first) && !names_.IsGivenName(first) && !names_.IsSurname(first)) {
          is_org = true;  // R5: "Moore Threads' CEO"
        }
        if (is_org) {
          // Folded corporate forms, or the name as written ("Academy of Information and ...").
          const uint32_t b = toks[run[lead]].span.begin;
          const std::string written = CollapseSpaces(StripPossessive(text.substr(b, toks[run.back()].span.end - b)));
          std::vector<std::string_view> all_words;
          for (size_t p = 0; p < written.size();) {
            size_t q = written.find(' ', p);
            if (q == std::string::npos) q = written.size();
            all_words.push_back(std::string_view(written).substr(p, q - p));
            p = q + 1;
          }
          canonical = has_legal || holdings ? FoldSuffixes(all_words) : written;
          // A name the rules folded down may be in the gazetteer under its own canonical
          // name ("Shanghai Biren Technology Co." -> "Biren" -> "Biren Technology").
          if (const Entry* known = Match(canonical, 0, canonical.size()); known && known->surface.size() == canonical.size()) {
            canonical = orgs_[known->org].canonical;
          }
        }
      }
      if (is_org && !canonical.empty()) {
        const uint32_t b = toks[run[lead]].span.begin;
        size_t end_tok = run.back();
        uint32_t e = toks[end_tok].span.end;
        if (end_tok + 1 < t_end && word(end_tok + 1) == "." && toks[end_tok + 1].span.begin == e &&
            legal_.count(word(end_tok))) {
          e = toks[end_tok + 1].span.end;
        }
        bool poss = false;
        const std::string_view stripped = StripPossessive(text.substr(b, e - b), &poss);
        e = b + static_cast<uint32_t>(stripped.size());
        out.push_back({{b, e}, canonical, "company"});
        local.emplace(canonical, canonical);
        i = j;
        continue;
      }
      i = run.empty() ? i + 1 : run.front() + 1;
    }
  }
  // Acronyms defined in parentheses: "... Commission (SASAC)".
  for (size_t k = first_new; k < out.size(); ++k) {
    const size_t p = out[k].span.end;
    if (text.compare(p, 2, " (") != 0) continue;
    const size_t close = text.find(')', p + 2);
    if (close == std::string_view::npos || close - p > 14) continue;
    const std::string_view acr = text.substr(p + 2, close - p - 2);
    if (IsAllCaps(acr) && acr.find(' ') == std::string_view::npos) local.emplace(std::string(acr), out[k].name);
  }
  if (local.empty()) return;
  // Later mentions of names found by the rules: "In addition to Huawei and Biren".
  std::vector<OrgMention> extra;
  for (const Paragraph& para : layout.paragraphs) {
    if (para.boilerplate || para.first_sentence >= para.last_sentence) continue;
    const size_t t_begin = layout.sentences[para.first_sentence].first_token;
    const size_t t_end = layout.sentences[para.last_sentence - 1].last_token;
    for (size_t i = t_begin; i < t_end; ++i) {
      const Token& tok = toks[i];
      if (!IsWordToken(tok) || !IsCapitalized(tok.span.In(text))) continue;
      const std::string_view rest = text.substr(tok.span.begin, para.span.end - tok.span.begin);
      for (const auto& [surface, canonical] : local) {
        if (rest.compare(0, surface.size(), surface) != 0) continue;
        if (!NameEndsAt(rest, surface.size())) continue;
        const Span s{tok.span.begin, tok.span.begin + static_cast<uint32_t>(surface.size())};
        const bool covered = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
                                         [&](const OrgMention& m) { return m.span.Overlaps(s); });
        if (!covered) extra.push_back({s, canonical, "company"});
        break;
      }
    }
  }
  out.insert(out.end(), extra.begin(), extra.end());
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
            [](const OrgMention& a, const OrgMention& b) { return a.span < b.span; });
}

}  // namespace hearsay
