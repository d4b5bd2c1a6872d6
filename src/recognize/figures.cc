#include "recognize/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

#include <unicode/uchar.h>

#include "base/fold.h"
#include "base/utf8.h"
#include "recognize/numbers.h"

namespace hearsay {
namespace {

// A document is searched for several phrases: Boyer-Moore-Horspool skips ahead by up to a
// phrase's length, where string_view::find stops at every occurrence of its first letter
// and glibc's memmem read every byte.
bool Contains(std::string_view text, std::string_view phrase) {
  return std::search(text.begin(), text.end(), std::boyer_moore_horspool_searcher(phrase.begin(), phrase.end())) != text.end();
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Letters (ASCII or not) and digits count as word characters for boundaries.
bool WordByte(char c) { return IsAlnum(c) || (static_cast<unsigned char>(c) >= 0x80); }

// True when the character before byte `p` is a letter or digit (any script): an en dash
// or a curly quote before a number is a boundary, a letter is not.
bool WordCharBefore(std::string_view t, size_t p) {
  if (p == 0) return false;
  const char c = t[p - 1];
  if (static_cast<unsigned char>(c) < 0x80) return IsAlnum(c);
  const char32_t cp = PreviousCodePoint(t, p);
  return u_isalnum(static_cast<UChar32>(cp));
}

// Labels that a number after them names rather than counts: "Section 230", "Article 5".
constexpr std::string_view kLabels[] = {
    "Section", "Article", "Chapter", "Rule", "Title", "Part", "Clause", "Amendment", "Resolution", "Room", "Route",
    "Highway", "Flight", "Apollo", "Level", "Stage", "Phase", "Category", "Class", "Grade", "Type", "Model", "Version",
    "Series", "Gen", "Tier", "Gate", "Terminal", "Platform", "Channel", "Pier", "Exit", "Bus", "Line", "No", "Number",
    "Proposition", "Prop", "Bill", "Act", "Paragraph", "Item", "Figure", "Table", "Page", "Vol", "Volume", "Game",
    "Week", "Day", "Round", "Lot", "Unit", "Block", "Floor", "Apartment", "Suite", "Box", "Interstate", "District"};


size_t SkipSpaces(std::string_view t, size_t p, size_t limit) {
  while (p < limit && t[p] == ' ') ++p;
  return p;
}

// Qualifiers kept with a figure, longest first within a shared prefix.
constexpr std::string_view kQualifiers[] = {
    "as much as", "as many as", "as high as", "as low as", "as little as", "as few as", "in excess of",
    "upwards of", "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
    "just over", "just under", "well over", "well above", "nearly", "almost", "about", "around",
    "approximately", "roughly", "some", "over", "under", "above", "below", "an estimated", "an additional",
    "approx.", "circa", "estimated", "exactly", "only", "just",
};

// Plural nouns that do not end in s.
constexpr std::string_view kIrregularPlurals[] = {"people", "staff", "children", "men", "women", "personnel",
                                                  "police", "cattle", "sheep", "aircraft", "livestock", "troops"};

// Modifiers allowed between a number and its counted noun ("2,000 new employees").
constexpr std::string_view kCountModifiers[] = {"new", "more", "additional", "other", "full-time", "part-time",
                                                "active", "monthly", "daily", "registered", "former", "foreign",
                                                "local", "senior", "young", "small", "large", "major", "key"};

bool IsPluralNoun(std::string_view w) {
  if (std::find(std::begin(kIrregularPlurals), std::end(kIrregularPlurals), w) != std::end(kIrregularPlurals)) return true;
  if (w.size() < 4 || w.back() != 's') return false;
  const std::string_view end2 = w.substr(w.size() - 2);
  return end2 != "ss" && end2 != "us" && end2 != "is";
}

}  // namespace

struct FigureRecognizer::Parsed {
  size_t begin = 0, end = 0;
  double v1 = 0, v2 = 0;
  bool range = false;
  std::string unit, noun, qualifier;
};

FigureRecognizer::FigureRecognizer(const Lexicons& lex) {
  for (const LexiconRow& r : lex.Rows("currencies.tsv")) {
    if (r.size() < 3) continue;
    Surface s{std::string(r[0]), std::string(r[1])};
    if (r[2] == "prefix" || r[2] == "both") prefixes_.Add(s);
    if (r[2] == "suffix" || r[2] == "both") suffix_currency_.Add(s);
  }
  for (const LexiconRow& r : lex.Rows("units.tsv")) {
    if (r.size() >= 2) units_.Add({std::string(r[0]), std::string(r[1])});
  }
  for (const LexiconRow& r : lex.Rows("scales.tsv")) {
    if (r.size() >= 2) scales_[r[0]] = std::strtod(std::string(r[1]).c_str(), nullptr);
  }
  prefixes_.Sort();
  suffix_currency_.Sort();
  units_.Sort();
  for (std::string_view w : {"of", "to", "and", "or", "in", "on", "at", "for", "from", "by", "with", "as", "per", "than",
                             "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                             "would", "could", "should", "may", "might", "can", "this", "that", "these", "those",
                             "times", "its", "their", "his", "her", "our", "percent", "points", "ones", "others",
                             "plus", "minus", "less", "more", "is", "its", "was", "does", "says", "sees", "makes"}) {
    count_stop_.insert(w);
  }
  scales_.Freeze();
  count_stop_.Freeze();
}

void FigureRecognizer::SurfaceIndex::Sort() {
  for (auto& bucket : by_byte) {
    std::sort(bucket.begin(), bucket.end(), [](const Surface& a, const Surface& b) {
      return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text;
    });
  }
}

CurrencyContext FigureRecognizer::Context(std::string_view t) const {
  CurrencyContext ctx;
  struct Named { std::string_view phrase, code; };
  constexpr Named kDollars[] = {{"Australian dollar", "AUD"}, {"Canadian dollar", "CAD"}, {"Hong Kong dollar", "HKD"},
                                {"Singapore dollar", "SGD"},  {"New Zealand dollar", "NZD"}, {"Taiwan dollar", "TWD"}};
  std::string_view found;
  int kinds = 0;
  const bool dollar_named = Contains(t, "dollar");  // most documents: one search, not eight
  for (const Named& n : kDollars) {
    if (dollar_named && Contains(t, n.phrase)) {
      found = n.code;
      ++kinds;
    }
  }
  const bool us = (dollar_named && (Contains(t, "US dollar") || Contains(t, "U.S. dollar"))) || Contains(t, "US$");
  if (kinds == 1 && !us) ctx.dollar = std::string(found);
  if (Contains(t, "yuan") || Contains(t, "renminbi") || Contains(t, "RMB")) {
    ctx.yen = "CNY";
  }
  return ctx;
}

size_t FigureRecognizer::MatchList(const SurfaceIndex& list, std::string_view t, size_t pos, size_t limit,
                                   std::string& unit) const {
  if (pos >= limit) return 0;
  for (const Surface& s : list.At(t[pos])) {
    const size_t n = s.text.size();
    if (pos + n > limit || t.compare(pos, n, s.text) != 0) continue;
    // Word surfaces must end at a word boundary ("m" is not the start of "million").
    if (IsAlnum(s.text.back()) && pos + n < limit && WordByte(t[pos + n])) continue;
    unit = s.unit;
    return n;
  }
  return 0;
}

size_t FigureRecognizer::MatchPrefix(std::string_view t, size_t pos, size_t limit, const CurrencyContext& ctx,
                                     std::string& code) const {
  if (pos >= limit || (pos > 0 && WordByte(t[pos - 1]))) return 0;
  const std::vector<Surface>& candidates = prefixes_.At(t[pos]);
  if (candidates.empty()) return 0;
  // A prefix is followed by a digit, after a space or a point at most: with no digit that
  // near (most words), none of the candidates (longest first) can match.
  const size_t reach = std::min(limit, pos + candidates.front().text.size() + 3);
  size_t q = pos + 1;
  while (q < reach && !IsDigit(t[q])) ++q;
  if (q >= reach) return 0;
  for (const Surface& s : candidates) {
    const size_t n = s.text.size();
    if (pos + n > limit || t.compare(pos, n, s.text) != 0) continue;
    size_t p = pos + n;
    const bool alpha = IsAlpha(s.text.back());
    if (alpha) {
      // Letter prefixes (RMB, USD, Rs) are words: a space may follow, a letter may not.
      if (p < limit && IsAlpha(t[p])) continue;
      if (p < limit && t[p] == ' ') ++p;
      if (s.text.size() < 2) continue;  // single letters (R) are too ambiguous before a space
    }
    if (p >= limit || !IsDigit(t[p])) {
      if (!(p + 1 < limit && t[p] == '.' && IsDigit(t[p + 1]))) continue;
    }
    code = s.unit;
    if (s.text == "$") code = ctx.dollar;
    if (s.text == "¥" || s.text == "￥") code = ctx.yen;
    return p - pos;
  }
  return 0;
}

double FigureRecognizer::MatchScale(std::string_view t, size_t pos, size_t limit, bool attached, size_t& end) const {
  size_t p = pos;
  if (!attached) {
    if (p >= limit || t[p] != ' ') return 0;
    p = SkipSpaces(t, p, limit);
  } else if (p + 1 < limit && t[p] == '-' && IsAlpha(t[p + 1])) {
    p += 1;  // "$2.5-million"
    size_t e = p;
    while (e < limit && IsAlpha(t[e])) ++e;
    const double* scale = scales_.Find(t.substr(p, e - p));
    if (!scale || e - p < 2) return 0;
    end = e;
    return *scale;
  }
  size_t e = p;
  while (e < limit && IsAlpha(t[e])) ++e;
  if (e == p || (e < limit && IsDigit(t[e]))) return 0;
  const std::string_view word = t.substr(p, e - p);
  const double* scale = scales_.Find(word);
  if (!scale) return 0;
  // Spaced single letters ("5 m", "3 K") are units or noise, not scales; "dozen" and
  // "hundred" after a number word are handled by the number parser.
  if (!attached && word.size() == 1) return 0;
  end = e;
  return *scale;
}

bool FigureRecognizer::ParseAt(std::string_view t, size_t pos, size_t limit, const CurrencyContext& ctx, Parsed& out) const {
  struct Quantity {
    size_t begin = 0, end = 0;
    double value = 0, scale = 1;
    bool scaled = false, words = false, year_like = false;
    std::string currency;
  };
  // Reads [currency prefix] number [scale] starting at p.
  auto read_quantity = [&](size_t p, Quantity& q) -> bool {
    q.begin = p;
    p += MatchPrefix(t, p, limit, ctx, q.currency);
    std::optional<ParsedNumber> n = ParseNumber(t.substr(0, limit), p);
    if (!n) return false;
    if (!n->words && p > 0 && p == q.begin && (WordCharBefore(t, p) || t[p - 1] == '.' ||
                                               (t[p - 1] == ',' && p > 1 && IsDigit(t[p - 2])))) {
      return false;  // inside a code or a longer number: A100, Qwen2, v1.5
    }
    if (!n->words && p > 1 && t[p - 1] == '-' && IsAlpha(t[p - 2])) return false;  // F-35, Covid-19
    if (n->words && !q.currency.empty()) return false;
    q.words = n->words;
    q.value = n->value;
    size_t e = n->end;
    if (e < limit && t[e] == ':' && e + 1 < limit && IsDigit(t[e + 1])) return false;  // a time, 11:20
    if (p > 0 && t[p - 1] == ':') return false;
    if (!n->words && !n->grouped && !n->decimal && n->int_digits == 4 && n->value >= 1800 && n->value <= 2100) {
      q.year_like = true;
    }
    size_t se = 0;
    double sc = n->words ? 0 : MatchScale(t, e, limit, true, se);
    if (sc == 0) sc = MatchScale(t, e, limit, false, se);
    if (sc > 0) {
      q.scale = sc;
      q.scaled = true;
      e = se;
      q.year_like = false;
      // "2.5 million" may be followed by another scale word only as "hundred thousand".
      size_t se2 = 0;
      if (double sc2 = MatchScale(t, e, limit, false, se2); sc2 > sc) {
        q.scale *= sc2;
        e = se2;
      }
    } else if (!n->words && e < limit && IsAlpha(t[e])) {
      // Letters glued to digits: a unit ("7nm", "5km", "10x") or a model code (910B, 5G).
      std::string u;
      const bool times = (t[e] == 'x' || t[e] == 'X') && (e + 1 >= limit || !WordByte(t[e + 1]));
      if (!times && MatchList(units_, t, e, limit, u) == 0) return false;
    }
    q.end = e;
    return true;
  };
  // Reads a unit after a quantity; returns its end or 0.
  auto read_unit = [&](size_t e, std::string& unit, std::string& noun, double& multiplier) -> size_t {
    multiplier = 1;
    size_t p = e;
    if (p < limit && t[p] == '%') {
      unit = "percent";
      return p + 1;
    }
    if (p < limit && (t[p] == 'x' || t[p] == 'X') && (p + 1 >= limit || !WordByte(t[p + 1]))) {
      unit = "times";
      return p + 1;
    }
    if (p < limit && t[p] == '-' && t.compare(p + 1, 4, "fold") == 0) {
      unit = "times";
      return p + 5;
    }
    if (p + 1 < limit && t[p] == '-' && IsAlpha(t[p + 1])) {
      // "a 90-day pause", "a 10-year bond": a hyphenated unit.
      std::string u;
      if (size_t n = MatchList(units_, t, p + 1, limit, u)) {
        unit = u;
        return p + 1 + n;
      }
      return 0;
    }
    if (p < limit && static_cast<unsigned char>(t[p]) >= 0x80) {
      std::string u;
      if (size_t n = MatchList(units_, t, p, limit, u)) {  // "45°C"
        unit = u;
        return p + n;
      }
    }
    if (p < limit && t[p] == ' ') p = SkipSpaces(t, p, limit);
    else if (p < limit && IsAlpha(t[p]) && p > 0 && IsDigit(t[p - 1])) {
      // glued unit: 7nm, 5km
    } else {
      return 0;
    }
    const std::string_view w = WordAt(t.substr(0, limit), p);
    const std::string lw = AsciiLower(w);
    if (lw == "times" || lw == "fold") {
      unit = "times";
      return p + w.size();
    }
    if (lw == "order" || lw == "orders") {
      const std::string rest = AsciiLower(t.substr(p, std::min<size_t>(limit - p, 20)));
      for (std::string_view form : {"orders of magnitude", "order of magnitude"}) {
        if (rest.compare(0, form.size(), form) == 0) {
          unit = "times";
          multiplier = -1;  // the value is an exponent of ten
          return p + form.size();
        }
      }
    }
    std::string u;
    if (size_t n = MatchList(units_, t, p, limit, u)) {
      unit = u;
      return p + n;
    }
    if (size_t n = MatchList(suffix_currency_, t, p, limit, u)) {
      unit = u;
      if (t.substr(p, n) == "dollars" || t.substr(p, n) == "dollar") unit = ctx.dollar;
      return p + n;
    }
    // A counted noun: "2,000 employees", "two smartphones", "300 new jobs".
    std::string_view noun_word = w;
    size_t noun_at = p;
    if (std::find(std::begin(kCountModifiers), std::end(kCountModifiers), lw) != std::end(kCountModifiers)) {
      const size_t q = SkipSpaces(t, p + w.size(), limit);
      noun_word = WordAt(t.substr(0, limit), q);
      noun_at = q;
    }
    if (noun_word.empty() || !std::islower(static_cast<unsigned char>(noun_word[0]))) return 0;
    const std::string ln = AsciiLower(noun_word);
    if (count_stop_.count(ln) || !IsPluralNoun(ln)) return 0;
    const size_t after = noun_at + noun_word.size();
    if (after < limit && WordByte(t[after])) return 0;
    unit = "count";
    noun = ln;
    return after;
  };

  Quantity q1;
  if (!read_quantity(pos, q1)) return false;
  std::string unit1, noun1;
  double mult1 = 1;
  size_t end1 = read_unit(q1.end, unit1, noun1, mult1);
  size_t end = end1 ? end1 : q1.end;

  // A range: "80% to 120%", "1-3 years", "$2m-$3m", "between 5 and 10", "three to five years".
  bool between = false, from = false;
  {
    const size_t b = pos >= 8 ? pos - 8 : 0;
    const std::string before = AsciiLower(t.substr(b, pos - b));
    between = before.size() >= 8 && before.compare(before.size() - 8, 8, "between ") == 0;
    from = before.size() >= 5 && before.compare(before.size() - 5, 5, "from ") == 0;  // "from 5% to 6%": two levels
  }
  Quantity q2;
  std::string unit2, noun2;
  double mult2 = 1;
  size_t end2 = 0;
  bool range = false;
  {
    size_t p = end;
    size_t s = SkipSpaces(t, p, limit);
    size_t after_sep = 0;
    if (s < limit && (t[s] == '-' || t.compare(s, 3, "–") == 0 || t.compare(s, 3, "—") == 0)) {
      after_sep = SkipSpaces(t, s + (t[s] == '-' ? 1 : 3), limit);
    } else if (s > p && t.compare(s, 3, "to ") == 0) {
      after_sep = SkipSpaces(t, s + 3, limit);
    } else if (s > p && between && t.compare(s, 4, "and ") == 0) {
      after_sep = SkipSpaces(t, s + 4, limit);
    }
    if (from && t.compare(s, 3, "to ") == 0) after_sep = 0;
    if (after_sep && (unit1.empty() || unit1 == "percent" || !q1.currency.empty() || unit1 == "times") &&
        read_quantity(after_sep, q2) && q2.words == q1.words) {
      end2 = read_unit(q2.end, unit2, noun2, mult2);
      if (!unit1.empty() && !unit2.empty() && unit1 != unit2) {
        range = false;
      } else {
        range = true;
      }
    }
  }
  std::string unit, noun;
  double v1 = q1.value, v2 = 0, mult = 1;
  if (range) {
    unit = !unit1.empty() ? unit1 : unit2;
    noun = !noun1.empty() ? noun1 : noun2;
    mult = unit1.empty() ? mult2 : mult1;
    const std::string cur = !q1.currency.empty() ? q1.currency : q2.currency;
    if (!cur.empty() && (unit.empty() || unit == "count")) unit = cur;
    double s1 = q1.scale, s2 = q2.scale;
    if (!q1.scaled && q2.scaled) s1 = s2;  // "$2-3 billion"
    v1 = q1.value * s1;
    v2 = q2.value * s2;
    if (q1.year_like && q2.year_like) return false;  // a span of years is a date
    if (!(v1 < v2)) range = false;
    if (range) end = end2 ? end2 : q2.end;
  }
  if (!range) {
    unit = unit1;
    noun = noun1;
    mult = mult1;
    if (!q1.currency.empty()) {
      if (!unit.empty() && unit != "count") return false;  // "$5 percent"
      unit = q1.currency;
      noun.clear();
      end = q1.end;
      // "USD 5m" and "5 million euros" are both money; a suffix currency may follow a number.
    }
    v1 = q1.value * q1.scale;
    if (q1.year_like && unit != "percent" && unit.empty()) return false;
  }
  if (unit.empty()) return false;  // a bare number counts nothing
  if ((q1.year_like || (range && q2.year_like)) && unit == "count") return false;
  if (mult < 0) {
    v1 = std::pow(10.0, v1);
    v2 = std::pow(10.0, v2);
  }

  // Model and product names: a number right after a capitalized word inside the sentence
  // ("Mate 60 Pro", "Boeing 737 jets") is part of a name unless it is money or a percentage.
  if (q1.currency.empty() && unit != "percent" && pos > 1 && t[pos - 1] == ' ') {
    size_t w_end = pos - 1;
    size_t w_begin = w_end;
    while (w_begin > 0 && WordByte(t[w_begin - 1])) --w_begin;
    const std::string_view prev_word = t.substr(w_begin, w_end - w_begin);
    if (std::find(std::begin(kLabels), std::end(kLabels), prev_word) != std::end(kLabels)) return false;
    if (w_begin < w_end && IsUpper(t[w_begin])) {
      size_t before = w_begin;
      while (before > 0 && t[before - 1] == ' ') --before;
      const bool sentence_start = before == 0 || t[before - 1] == '.' || t[before - 1] == '\n' || t[before - 1] == '"';
      if (!sentence_start) return false;
    }
  }

  // Qualifier: the words just before the figure.
  size_t begin = pos;
  if (range && between) begin = pos - 8;
  if (begin == pos && pos >= 2 && t[pos - 1] == ' ') {
    const size_t window = std::min<size_t>(pos - 1, 16);
    const std::string before = AsciiLower(t.substr(pos - 1 - window, window));
    for (std::string_view qual : kQualifiers) {
      if (before.size() >= qual.size() && before.compare(before.size() - qual.size(), qual.size(), qual) == 0) {
        const size_t qb = pos - 1 - qual.size();
        if (qb == 0 || !WordByte(t[qb - 1])) {
          out.qualifier = std::string(qual);
          begin = qb;
        }
        break;
      }
    }
  }
  out.begin = begin;
  out.end = end;
  out.v1 = v1;
  out.v2 = v2;
  out.range = range;
  out.unit = unit;
  out.noun = noun;
  return true;
}

void FigureRecognizer::Find(std::string_view t, Span span, const CurrencyContext& ctx, const std::vector<Span>& taken,
                            std::vector<FigureMention>& out) const {
  size_t i = span.begin;
  const size_t limit = span.end;
  auto overlaps_taken = [&](size_t b, size_t e) {
    auto it = std::lower_bound(taken.begin(), taken.end(), Span{static_cast<uint32_t>(b), 0},
                               [](const Span& a, const Span& x) { return a.end <= x.begin; });
    return it != taken.end() && it->begin < e;
  };
  while (i < limit) {
    const char c = t[i];
    const bool boundary = i == span.begin || !WordCharBefore(t, i);
    if (boundary && (IsDigit(c) || IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80 || c == '$')) {
      bool may_start = true;
      // A word starts a figure only as a number word, "a", "an", "half", "tenfold" or
      // "hundredfold", or as a currency prefix: the first letter rules out most words.
      const char lc = static_cast<char>(c | 0x20);
      if (IsAlpha(c) && !NumberWordInitial(lc) && lc != 'a' && lc != 'h' && prefixes_.At(c).empty()) {
        may_start = false;
      } else if (IsAlpha(c)) {
        const std::string_view word = WordAt(t.substr(0, limit), i);
        char buf[24];
        const std::string_view w = AsciiLowerInto(word, buf);
        // "tenfold", "ten-fold"
        if (w.size() >= 5 && w.substr(w.size() - 4) == "fold") {
          std::string_view head = w.substr(0, w.size() - 4);
          if (!head.empty() && head.back() == '-') head.remove_suffix(1);
          const double v = head == "hundred" ? 100 : NumberWordValue(head);
          if (v > 1 && !overlaps_taken(i, i + w.size())) {
            FigureMention f;
            f.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + w.size())};
            f.unit = "times";
            f.value = v;
            out.push_back(std::move(f));
            i += w.size();
            continue;
          }
        }
        // A figure starts with a word only as a number word ("two", "twenty-five", "a",
        // "half") or a currency written in letters ("Rs 500", "USD 5m").
        const std::string_view head = w.substr(0, w.find('-'));
        std::string code;
        may_start = w == "a" || w == "an" || w == "half" || NumberWordValue(head) >= 0 || MatchPrefix(t, i, limit, ctx, code) > 0;
      }
      Parsed p;
      if (may_start && ParseAt(t, i, limit, ctx, p) && !overlaps_taken(p.begin, p.end)) {
        FigureMention f;
        f.span = {static_cast<uint32_t>(p.begin), static_cast<uint32_t>(p.end)};
        f.unit = p.unit;
        if (p.range) {
          f.low = p.v1;
          f.high = p.v2;
        } else {
          f.value = p.v1;
        }
        f.qualifier = p.qualifier;
        f.noun = p.noun;
        out.push_back(std::move(f));
        i = p.end;
        continue;
      }
    }
    // Advance to the next word start.
    if (WordByte(c)) {
      while (i < limit && WordByte(t[i])) ++i;
    } else {
      ++i;
    }
  }
}

std::vector<FigureMention> FigureRecognizer::FindAll(std::string_view text) const {
  std::vector<FigureMention> out;
  Find(text, {0, static_cast<uint32_t>(text.size())}, Context(text), {}, out);
  return out;
}

}  // namespace hearsay
