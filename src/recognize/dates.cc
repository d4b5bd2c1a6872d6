#include "recognize/dates.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

namespace hearsay {
namespace {

namespace chr = std::chrono;

#define MON_FULL "January|February|March|April|May|June|July|August|September|October|November|December"
#define MON MON_FULL "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec"
#define WD_FULL "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#define WD WD_FULL "|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\."
#define DAY "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#define YEAR "(?:1[89]\\d\\d|20\\d\\d)"
#define NUMW "\\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

// An optional time after a full date: " - 11:20 PM", " at 14:05".
#define TIME_OF(p) "(?:\\s*(?:-|–|—|,)?\\s*(?:at\\s+)?(?P<" p "_hh>[01]?\\d|2[0-3])[:.](?P<" p "_mm>[0-5]\\d)\\s*(?P<" p "_ampm>(?i:a\\.?m\\.?|p\\.?m\\.?))?)?"

// The alternatives of one alternation, most specific first: at a given start RE2 takes
// the first alternative that matches (leftmost-first), so full dates win over their
// parts. No alternative starts with a preposition, so "on May 28, 2024" is matched from
// "May". Each alternative names its own groups, with its letter as prefix.
const char* const kAlternatives[] = {
    // A: [Tuesday,] May 28, 2024 [- 11:20 PM]
    "(?:(?P<a_wd>" WD "),?\\s+)?\\b(?P<a_mon>" MON ")\\s+(?P<a_day>" DAY "),?\\s+(?P<a_year>" YEAR ")\\b" TIME_OF("a"),
    // B: [Tuesday,] 28 May 2024 [14:05]
    "(?:(?P<b_wd>" WD "),?\\s+)?\\b(?P<b_day>" DAY ")\\s+(?:of\\s+)?(?P<b_mon>" MON "),?\\s+(?P<b_year>" YEAR ")\\b" TIME_OF("b"),
    // C: 2024-05-28[T23:20]
    "\\b(?P<c_y>" YEAR ")-(?P<c_m>0[1-9]|1[0-2])-(?P<c_d>0[1-9]|[12]\\d|3[01])(?:[T ](?P<c_hh>[01]\\d|2[0-3]):(?P<c_mm>[0-5]\\d))?\\b",
    // D: 05/28/2024 or 28/05/2024
    "\\b(?P<d_a>\\d{1,2})/(?P<d_b>\\d{1,2})/(?P<d_y>" YEAR ")\\b",
    // E: 2020-2023, 2020 to 2023, 2020-23, between 2015 and 2020
    "\\b(?P<e_y1>" YEAR ")\\s*(?:-|–|to)\\s*(?P<e_y2>" YEAR "|\\d\\d)\\b",
    "\\b(?i:between)\\s+(?P<e2_y1>" YEAR ")\\s+and\\s+(?P<e2_y2>" YEAR ")\\b",
    // F: [Tuesday,] May 28 (no year)
    "(?:(?P<f_wd>" WD "),?\\s+)?\\b(?P<f_mon>" MON ")\\s+(?P<f_day>" DAY ")\\b",
    // G: May 2024
    "\\b(?P<g_mon>" MON "),?\\s+(?P<g_year>" YEAR ")\\b",
    // H: [last|next|this|early|mid-] August
    "\\b(?:(?P<h_rel>(?i:earlier this|later this|early last|late last|early next|late next|last|next|this|early|late|mid-|mid))\\s*)?(?P<h_mon>" MON_FULL ")\\b",
    // J: [last|next|this] Tuesday
    "(?:\\b(?P<j_rel>(?i:last|next|this))\\s+)?\\b(?P<j_wd>" WD_FULL ")\\b",
    // K: last week, this year, earlier this month, early next year
    "\\b(?P<k_rel>(?i:earlier this|later this|earlier last|late last|early last|early this|early next|late next|later next|last|next|this|past|previous|coming))\\s+(?P<k_unit>(?i:week|month|year|quarter|decade|weekend))\\b",
    // L: yesterday, today, tomorrow
    "\\b(?P<l_word>(?i:yesterday|today|tomorrow|tonight))\\b",
    // M: three years ago
    "\\b(?P<m_n>" NUMW ")\\s+(?P<m_unit>(?i:days?|weeks?|months?|years?|decades?))\\s+ago\\b",
    // N: the 1990s, '90s, the 1800s
    "\\b(?P<n_dec>(?:1[89]|20)\\d0)s\\b|'(?P<n_short>\\d0)s\\b",
    // O: a year standing alone: until 2030, 'Two sessions' 2024
    "\\b(?P<o_year>" YEAR ")\\b",
};

// Words before a month named alone that make it a date: "in March", "since May".
bool MonthContext(std::string_view prev) {
  static const char* const kWords[] = {"in", "since", "until", "till", "by", "from", "during", "through", "before",
                                       "after", "of", "on", "between", "and", "or", "to", "around", "throughout",
                                       "end", "start", "beginning", "the", "early", "late", "mid", "for", "into"};
  for (const char* w : kWords) {
    if (prev == w) return true;
  }
  return false;
}

int MonthNumber(std::string_view m) {
  static const char* const kNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3) return 0;
  std::string lower;
  for (size_t i = 0; i < 3; ++i) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(m[i])));
  for (int i = 0; i < 12; ++i) {
    if (lower == kNames[i]) return i + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view w) {  // Sunday = 0, as chrono::weekday
  static const char* const kNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  std::string lower;
  for (size_t i = 0; i < 3 && i < w.size(); ++i) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  for (int i = 0; i < 7; ++i) {
    if (lower == kNames[i]) return i;
  }
  return -1;
}

bool ValidDay(int y, int m, int d) {
  return chr::year_month_day(chr::year(y), chr::month(static_cast<unsigned>(m)), chr::day(static_cast<unsigned>(d))).ok();
}

chr::sys_days ToDays(CivilDate c) {
  return chr::sys_days(chr::year_month_day(chr::year(c.y), chr::month(static_cast<unsigned>(c.m)), chr::day(static_cast<unsigned>(c.d))));
}

CivilDate FromDays(chr::sys_days days) {
  const chr::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string Iso(CivilDate c) { return fmt::format("{:04d}-{:02d}-{:02d}", c.y, c.m, c.d); }
std::string IsoMonth(int y, int m) { return y > 0 ? fmt::format("{:04d}-{:02d}", y, m) : fmt::format("XXXX-{:02d}", m); }

int ToInt(std::string_view s) { return std::atoi(std::string(s).c_str()); }

std::string Lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

int WordCount(std::string_view w) {
  const std::string l = Lower(w);
  static const std::map<std::string, int> kWords = {{"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3},
      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}};
  auto it = kWords.find(l);
  if (it != kWords.end()) return it->second;
  return std::isdigit(static_cast<unsigned char>(l[0])) ? std::atoi(l.c_str()) : 0;
}

// ISO week date of a day: 2024-W21.
std::string IsoWeek(CivilDate c) {
  const chr::sys_days d = ToDays(c);
  const chr::weekday wd(d);
  const int iso_wd = wd.iso_encoding();  // Monday 1 .. Sunday 7
  const chr::sys_days thursday = d + chr::days(4 - iso_wd);
  const CivilDate th = FromDays(thursday);
  const chr::sys_days jan1 = ToDays({th.y, 1, 1});
  const int week = static_cast<int>((thursday - jan1).count() / 7 + 1);
  return fmt::format("{:04d}-W{:02d}", th.y, week);
}

}  // namespace

CivilDate CivilDate::Parse(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
  CivilDate c{ToInt(s.substr(0, 4)), ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2))};
  if (c.m < 1 || c.m > 12 || !ValidDay(c.y, c.m, c.d)) return {};
  return c;
}

// Finding a date takes two steps. The alternation of all alternatives, without groups,
// finds where the next date is (RE2's DFA, fast). A set of the alternatives anchored at
// both ends says which of them match exactly there, and the first of those alone gives
// the groups: a small program, where the alternation's 43 groups made each match cost
// four times the search.
struct DateRecognizer::Impl {
  struct Alternative {
    std::unique_ptr<RE2> re;
    std::vector<std::pair<std::string, int>> groups;  // name -> index
  };
  std::unique_ptr<RE2> all;
  std::unique_ptr<RE2::Set> set;
  std::vector<Alternative> alternatives;
  int max_groups = 0;
  bool ok = false;
};

DateRecognizer::DateRecognizer() : impl_(std::make_unique<Impl>()) {
  RE2::Options opt;
  opt.set_max_mem(64 << 20);
  Impl& im = *impl_;
  im.set = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_BOTH);
  std::string all;
  im.ok = true;
  for (const char* a : kAlternatives) {
    if (!all.empty()) all += '|';
    all += a;
    Impl::Alternative alt{std::make_unique<RE2>(a, opt), {}};
    im.ok = im.ok && alt.re->ok() && im.set->Add(a, nullptr) >= 0;
    for (const auto& [name, index] : alt.re->NamedCapturingGroups()) alt.groups.emplace_back(name, index);
    im.max_groups = std::max(im.max_groups, alt.re->NumberOfCapturingGroups() + 1);
    im.alternatives.push_back(std::move(alt));
  }
  im.all = std::make_unique<RE2>(all, opt);
  im.ok = im.ok && im.all->ok() && im.set->Compile() && im.alternatives.size() <= 32;
}
DateRecognizer::~DateRecognizer() = default;

bool DateRecognizer::ok() const { return impl_->ok; }

void DateRecognizer::Find(std::string_view text, Span span, CivilDate ref, std::vector<DateMention>& out) const {
  const Impl& im = *impl_;
  if (!im.ok) return;
  static thread_local std::vector<re2::StringPiece> groups;
  static thread_local std::vector<int> matching;
  groups.resize(static_cast<size_t>(im.max_groups));
  const Impl::Alternative* alt = nullptr;  // the alternative of the current date
  auto g = [&](std::string_view name) -> std::string_view {
    for (const auto& [n, index] : alt->groups) {
      if (n != name) continue;
      const re2::StringPiece& p = groups[static_cast<size_t>(index)];
      return p.data() ? std::string_view(p.data(), p.size()) : std::string_view();
    }
    return {};
  };
  const re2::StringPiece whole(text.data(), text.size());
  size_t pos = span.begin;
  re2::StringPiece match;
  while (pos < span.end && im.all->Match(whole, pos, span.end, RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    size_t end = begin + match.size();
    pos = end > begin ? end : begin + 1;
    // The set sees the match without its context, so it may name more alternatives than
    // match in context (never fewer: every \b of them borders a word character); the
    // first that matches in context is the alternation's.
    matching.clear();
    im.set->Match(match, &matching);
    uint32_t candidates = 0;
    for (int k : matching) candidates |= 1u << k;
    alt = nullptr;
    for (size_t k = 0; k < im.alternatives.size() && !alt; ++k) {
      const Impl::Alternative& a = im.alternatives[k];
      if ((candidates >> k & 1) &&
          a.re->Match(whole, begin, end, RE2::ANCHOR_BOTH, groups.data(), a.re->NumberOfCapturingGroups() + 1)) {
        alt = &a;
      }
    }
    if (!alt) continue;
    DateMention d;
    std::string value;
    bool keep = true;
    auto full = [&](std::string_view y, std::string_view mon, std::string_view day, std::string_view hh, std::string_view mm,
                    std::string_view ampm) {
      const CivilDate c{ToInt(y), MonthNumber(mon), ToInt(day)};
      if (!ValidDay(c.y, c.m, c.d)) {
        keep = false;
        return;
      }
      value = Iso(c);
      if (!hh.empty()) {
        int h = ToInt(hh);
        const std::string ap = Lower(ampm);
        if (!ap.empty() && ap[0] == 'p' && h < 12) h += 12;
        if (!ap.empty() && ap[0] == 'a' && h == 12) h = 0;
        value += fmt::format("T{:02d}:{}", h, mm);
      }
    };
    if (!g("a_mon").empty()) {
      full(g("a_year"), g("a_mon"), g("a_day"), g("a_hh"), g("a_mm"), g("a_ampm"));
    } else if (!g("b_mon").empty()) {
      full(g("b_year"), g("b_mon"), g("b_day"), g("b_hh"), g("b_mm"), g("b_ampm"));
    } else if (!g("c_y").empty()) {
      const CivilDate c{ToInt(g("c_y")), ToInt(g("c_m")), ToInt(g("c_d"))};
      keep = ValidDay(c.y, c.m, c.d);
      if (keep) value = Iso(c) + (g("c_hh").empty() ? "" : fmt::format("T{}:{}", g("c_hh"), g("c_mm")));
    } else if (!g("d_y").empty()) {
      // Only where unambiguous: one side above 12 says which is the day.
      const int a = ToInt(g("d_a")), b = ToInt(g("d_b")), y = ToInt(g("d_y"));
      int mo = 0, dd = 0;
      if (a > 12 && b <= 12) { dd = a; mo = b; }
      else if (b > 12 && a <= 12) { mo = a; dd = b; }
      else if (a == b && a <= 12) { mo = a; dd = b; }
      keep = mo > 0 && ValidDay(y, mo, dd);
      if (keep) value = Iso({y, mo, dd});
    } else if (!g("e_y1").empty() || !g("e2_y1").empty()) {
      const bool between = g("e_y1").empty();
      const int y1 = ToInt(between ? g("e2_y1") : g("e_y1"));
      int y2 = ToInt(between ? g("e2_y2") : g("e_y2"));
      if (!between && g("e_y2").size() == 2) y2 += y1 / 100 * 100;
      keep = y2 > y1 && y2 - y1 < 200;
      if (keep) value = fmt::format("{:04d}/{:04d}", y1, y2);
      if (between) begin = static_cast<size_t>(g("e2_y1").data() - text.data());
    } else if (!g("f_mon").empty()) {
      const int mo = MonthNumber(g("f_mon")), dd = ToInt(g("f_day"));
      // "May 5 million" and "March 3 to 5" are rare; a day must be a day.
      if (ref.ok()) {
        keep = ValidDay(ref.y, mo, dd);
        if (keep) value = Iso({ref.y, mo, dd});
      } else {
        keep = dd >= 1 && dd <= 31;
        value = fmt::format("XXXX-{:02d}-{:02d}", mo, dd);
      }
    } else if (!g("g_mon").empty()) {
      value = IsoMonth(ToInt(g("g_year")), MonthNumber(g("g_mon")));
    } else if (!g("h_mon").empty()) {
      std::string rel = Lower(g("h_rel"));
      while (!rel.empty() && (rel.back() == '-' || rel.back() == ' ')) rel.pop_back();
      const int mo = MonthNumber(g("h_mon"));
      if (rel.empty()) {
        // A month named alone is a date after a preposition ("in March"), not as a verb or
        // a first name ("prices may rise", "June Squibb").
        size_t e = begin;
        while (e > span.begin && text[e - 1] == ' ') --e;
        size_t b = e;
        while (b > span.begin && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
        const bool sentence_start = e == span.begin || (b == e && std::strchr(".!?:\"", text[e - 1]) != nullptr);
        const bool also_a_name = mo == 3 || mo == 4 || mo == 5 || mo == 6 || mo == 8;  // March, April, May, June, August
        keep = MonthContext(Lower(text.substr(b, e - b))) || (sentence_start && !also_a_name);
      }
      int y = 0;
      if (ref.ok()) {
        if (rel == "next" || rel == "early next" || rel == "late next") y = mo > ref.m ? ref.y : ref.y + 1;
        else if (rel.find("last") != std::string::npos) y = mo < ref.m ? ref.y : ref.y - 1;
        else if (rel.find("this") != std::string::npos) y = ref.y;
        else y = mo <= ref.m ? ref.y : ref.y - 1;  // "in March": the latest March up to the article
      }
      value = IsoMonth(y, mo);
    } else if (!g("j_wd").empty()) {
      const std::string rel = Lower(g("j_rel"));
      if (ref.ok()) {
        const int want = WeekdayNumber(g("j_wd"));
        const chr::sys_days r = ToDays(ref);
        const int have = static_cast<int>(chr::weekday(r).c_encoding());
        int back = (have - want + 7) % 7;  // on or before the reference
        chr::sys_days day = r - chr::days(back);
        const int ahead = (want - have + 7) % 7;
        if (rel == "next") day = r + chr::days(ahead == 0 ? 7 : ahead);
        if (rel == "this") day = r + chr::days(ahead);  // "this Thursday": the coming one
        if (rel == "last") day = r - chr::days(back == 0 ? 7 : back);
        value = Iso(FromDays(day));
      }
    } else if (!g("k_unit").empty()) {
      const std::string rel = Lower(g("k_rel"));
      const std::string unit = Lower(g("k_unit"));
      if (ref.ok()) {
        int shift = 0;
        if (rel.find("last") != std::string::npos || rel == "past" || rel == "previous") shift = -1;
        if (rel.find("next") != std::string::npos || rel == "coming") shift = 1;
        if (unit == "year") {
          value = fmt::format("{:04d}", ref.y + shift);
        } else if (unit == "month") {
          int y = ref.y, mo = ref.m + shift;
          if (mo < 1) { mo += 12; --y; }
          if (mo > 12) { mo -= 12; ++y; }
          value = IsoMonth(y, mo);
        } else if (unit == "week") {
          value = IsoWeek(FromDays(ToDays(ref) + chr::days(7 * shift)));
        } else if (unit == "decade") {
          value = fmt::format("{:03d}X", (ref.y + 10 * shift) / 10);
        }
      }
    } else if (!g("l_word").empty()) {
      const std::string w = Lower(g("l_word"));
      if (ref.ok()) {
        const int shift = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
        value = Iso(FromDays(ToDays(ref) + chr::days(shift)));
      }
    } else if (!g("m_unit").empty()) {
      const int n = WordCount(g("m_n"));
      const std::string unit = Lower(g("m_unit"));
      if (ref.ok() && n > 0) {
        if (unit.rfind("year", 0) == 0) value = fmt::format("{:04d}", ref.y - n);
        else if (unit.rfind("decade", 0) == 0) value = fmt::format("{:04d}", ref.y - 10 * n);
        else if (unit.rfind("month", 0) == 0) {
          int total = ref.y * 12 + (ref.m - 1) - n;
          value = IsoMonth(total / 12, total % 12 + 1);
        } else {
          const int days = unit.rfind("week", 0) == 0 ? 7 * n : n;
          value = Iso(FromDays(ToDays(ref) - chr::days(days)));
        }
      }
    } else if (!g("n_dec").empty()) {
      const std::string_view dec = g("n_dec");
      value = dec.substr(2) == "00" ? std::string(dec.substr(0, 2)) + "XX" : std::string(dec.substr(0, 3)) + "X";
    } else if (!g("n_short").empty()) {
      value = std::string(g("n_short").substr(0, 1));
      value = (value[0] >= '3' ? "19" : "20") + value + "X";
    } else if (!g("o_year").empty()) {
      // A year standing alone, but not a count ("2024 employees"), money ("$2024"), a
      // decimal ("2020.5") or part of a phone number ("555-2024").
      size_t after = end;
      while (after < span.end && text[after] == ' ') ++after;
      const bool lower_next = after > end && after < span.end && std::islower(static_cast<unsigned char>(text[after]));
      size_t e = begin;
      while (e > span.begin && text[e - 1] == ' ') --e;
      size_t b = e;
      while (b > span.begin && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
      const std::string prev = Lower(text.substr(b, e - b));
      static const char* const kPreps[] = {"in", "since", "until", "till", "by", "from", "to", "through", "before",
                                           "after", "of", "during", "for", "early", "late", "mid", "end", "around",
                                           "the", "and", "or", "fiscal"};
      bool named = e == span.begin || (b == e && e > span.begin && std::strchr(".!?:\"'(", text[e - 1]) != nullptr);
      for (const char* p : kPreps) named = named || prev == p;
      const char before_char = begin > 0 ? text[begin - 1] : ' ';
      const bool attached = before_char == '$' || before_char == '.' || before_char == ',' || before_char == '-' ||
                            before_char == '/' || before_char == '#';
      const bool decimal = end + 1 < span.end && text[end] == '.' && std::isdigit(static_cast<unsigned char>(text[end + 1]));
      const bool pct = end < span.end && text[end] == '%';
      keep = !attached && !decimal && !pct && (named || !lower_next);
      value = std::string(g("o_year"));
    }
    if (!keep) {
      pos = end;  // a rejected date gives up its parts too ("05/06/2024" is no year)
      continue;
    }
    d.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    d.value = value;
    out.push_back(std::move(d));
  }
}

std::vector<DateMention> DateRecognizer::FindAll(std::string_view text, std::string_view reference) const {
  std::vector<DateMention> out;
  Find(text, {0, static_cast<uint32_t>(text.size())}, CivilDate::Parse(reference), out);
  return out;
}

}  // namespace hearsay
