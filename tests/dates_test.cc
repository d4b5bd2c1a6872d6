// Table-driven cases for DateRecognizer: every row lists the full set of dates a sentence
// must yield (text as written, ISO 8601 value; "" = found but unresolved), so a missing or
// a spurious date fails the row. Sentences are written from the general forms of English
// news copy, not taken from any article.
//
// Resolution rules (dates.cc): "in March" is the latest March on or before the reference;
// "last August" the latest August strictly before the reference month; "next January" the
// first one after it; "on Tuesday" the latest Tuesday on or before the reference;
// "last Tuesday" strictly before it; "next Tuesday" strictly after it; "last week" the ISO
// week of the day seven days before the reference. Prepositions ("in", "on", "until") stay
// outside the span; relative words ("last", "next", "this", "earlier this") stay inside.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "hearsay/items.h"
#include "recognize/dates.h"

namespace hearsay {
namespace {

// The reference date used by most rows: a Tuesday, in ISO week 2024-W22.
constexpr const char* kRef = "2024-05-28";

struct WantDate {
  std::string text;
  std::string value;
};

struct DateCase {
  const char* text;
  const char* reference;
  std::vector<WantDate> want;
};

std::string Describe(std::string_view text, const std::vector<DateMention>& got) {
  std::ostringstream o;
  o << "got " << got.size() << " date(s):";
  for (const DateMention& d : got) o << "\n  [" << d.span.In(text) << "] value='" << d.value << "'";
  return o.str();
}

class DateTest : public ::testing::Test {
 protected:
  static void Check(const std::vector<DateCase>& cases) {
    const DateRecognizer dates;
    ASSERT_TRUE(dates.ok());
    for (const DateCase& c : cases) {
      const std::string text = c.text;
      const std::vector<DateMention> got = dates.FindAll(text, c.reference);
      SCOPED_TRACE(::testing::Message() << "input: " << text << " (reference '" << c.reference << "')\n"
                                        << Describe(text, got));
      EXPECT_EQ(got.size(), c.want.size());
      for (size_t i = 0; i < std::min(got.size(), c.want.size()); ++i) {
        SCOPED_TRACE(::testing::Message() << "date #" << i << " want [" << c.want[i].text << "]");
        EXPECT_EQ(got[i].span.In(text), c.want[i].text);
        EXPECT_EQ(got[i].value, c.want[i].value);
      }
    }
  }
};

TEST_F(DateTest, PatternCompiles) {
  const DateRecognizer dates;
  EXPECT_TRUE(dates.ok());
}

TEST_F(DateTest, FullDatesInNewsForms) {
  Check({
      {"The report was released on May 28, 2024.", "", {{"May 28, 2024", "2024-05-28"}}},
      {"The summit opened on 28 May 2024 in Geneva.", "", {{"28 May 2024", "2024-05-28"}}},
      {"Tuesday, May 28, 2024 - 11:20 PM", "", {{"Tuesday, May 28, 2024 - 11:20 PM", "2024-05-28T23:20"}}},
      {"Published 2024-05-28 by the agency.", "", {{"2024-05-28", "2024-05-28"}}},
      {"Updated 2024-05-28T09:15 with new figures.", "", {{"2024-05-28T09:15", "2024-05-28T09:15"}}},
      {"The filing is dated 05/28/2024.", "", {{"05/28/2024", "2024-05-28"}}},
      {"The filing is dated 28/05/2024.", "", {{"28/05/2024", "2024-05-28"}}},
      {"Tuesday 28 May 2024", "", {{"Tuesday 28 May 2024", "2024-05-28"}}},
      {"The law took effect Sept. 3, 2023.", "", {{"Sept. 3, 2023", "2023-09-03"}}},
      {"The trial starts Jan. 15, 2025, in Manhattan.", "", {{"Jan. 15, 2025", "2025-01-15"}}},
      {"Shares listed on Dec 1, 2022.", "", {{"Dec 1, 2022", "2022-12-01"}}},
      {"The vote is set for the 4th of July, 2026.", "", {{"4th of July, 2026", "2026-07-04"}}},
      {"The accord was signed on March 3rd, 2021.", "", {{"March 3rd, 2021", "2021-03-03"}}},
      {"The tax applies from 1 January 2025.", "", {{"1 January 2025", "2025-01-01"}}},
      {"The deadline was 28th May 2024.", "", {{"28th May 2024", "2024-05-28"}}},
      {"The blast was heard on Feb. 29, 2024.", "", {{"Feb. 29, 2024", "2024-02-29"}}},
      {"Monday, June 3, 2024", "", {{"Monday, June 3, 2024", "2024-06-03"}}},
      {"Nov. 5, 2024", kRef, {{"Nov. 5, 2024", "2024-11-05"}}},
      {"The company was founded on August 12, 1998.", kRef, {{"August 12, 1998", "1998-08-12"}}},
  });
}

TEST_F(DateTest, FullDatesWithATimeOfDay) {
  Check({
      {"May 28, 2024 11:20 PM", "", {{"May 28, 2024 11:20 PM", "2024-05-28T23:20"}}},
      {"Posted May 28, 2024 at 9:05 am", "", {{"May 28, 2024 at 9:05 am", "2024-05-28T09:05"}}},
      {"May 28, 2024 12:30 a.m.", "", {{"May 28, 2024 12:30 a.m.", "2024-05-28T00:30"}}},
      {"June 4, 2024 — 6:45 p.m.", "", {{"June 4, 2024 — 6:45 p.m.", "2024-06-04T18:45"}}},
      {"May 28, 2024 14:05", "", {{"May 28, 2024 14:05", "2024-05-28T14:05"}}},
      {"The statement came on May 28, 2024, at 3:45 p.m.", "", {{"May 28, 2024, at 3:45 p.m.", "2024-05-28T15:45"}}},
      {"Published 28 May 2024 14:05", "", {{"28 May 2024 14:05", "2024-05-28T14:05"}}},
  });
}

TEST_F(DateTest, AmbiguousAndInvalidNumericDatesAreDropped) {
  Check({
      {"The form is dated 05/06/2024.", "", {}},
      {"The form is dated 05/06/2024.", kRef, {}},
      {"The form is dated 02/30/2024.", "", {}},
      {"The invoice was issued on 2024-02-30.", "", {}},
      {"The notice was filed 31/04/2024.", "", {}},
  });
}

TEST_F(DateTest, MonthAndYear) {
  Check({
      {"Sales fell in May 2024.", "", {{"May 2024", "2024-05"}}},
      {"The plant will open in September 2025.", "", {{"September 2025", "2025-09"}}},
      {"He joined in Jan. 2020 as chief executive.", "", {{"Jan. 2020", "2020-01"}}},
      {"The merger closed in March, 2019.", "", {{"March, 2019", "2019-03"}}},
      {"Output peaked in Oct 2021.", kRef, {{"Oct 2021", "2021-10"}}},
      {"The new rules apply from April 2026.", kRef, {{"April 2026", "2026-04"}}},
  });
}

TEST_F(DateTest, Years) {
  Check({
      {"The subsidy runs until 2030.", "", {{"2030", "2030"}}},
      {"Profits have doubled since 2019.", "", {{"2019", "2019"}}},
      {"The country aims to be carbon neutral by 2050.", "", {{"2050", "2050"}}},
      {"The law, passed in 2010, was repealed.", "", {{"2010", "2010"}}},
      {"Budget 2025: what it means for savers", "", {{"2025", "2025"}}},
      {"The rate has been unchanged since 1990.", kRef, {{"1990", "1990"}}},
      {"Debt will be repaid by the end of 2027.", "", {{"2027", "2027"}}},
      {"2023 was the hottest year on record.", "", {{"2023", "2023"}}},
      {"Voters head to the polls in the 2024 election.", "", {{"2024", "2024"}}},
      {"In 2023, exports rose.", kRef, {{"2023", "2023"}}},
  });
}

TEST_F(DateTest, YearRangesAndDecades) {
  Check({
      {"Revenue grew every year from 2020 to 2023.", "", {{"2020 to 2023", "2020/2023"}}},
      {"The 2020-2023 plan was a success.", "", {{"2020-2023", "2020/2023"}}},
      {"The 2020-23 plan was a success.", "", {{"2020-23", "2020/2023"}}},
      {"He was president 1998–2001.", "", {{"1998–2001", "1998/2001"}}},
      {"The club won the title in the 2019-20 season.", "", {{"2019-20", "2019/2020"}}},
      {"Prices doubled between 2015 and 2020.", "", {{"2015 and 2020", "2015/2020"}}},
      {"Growth was fast in the 1990s.", "", {{"1990s", "199X"}}},
      {"The band was big in the '80s.", "", {{"'80s", "198X"}}},
      {"Smartphones took over in the 2010s.", kRef, {{"2010s", "201X"}}},
      {"The railway was built in the 1800s.", "", {{"1800s", "18XX"}}},
  });
}

TEST_F(DateTest, MonthsResolvedAgainstTheReference) {
  Check({
      {"Sales rose in March.", kRef, {{"March", "2024-03"}}},
      {"Sales fell in June.", kRef, {{"June", "2023-06"}}},
      {"Sales fell in May.", kRef, {{"May", "2024-05"}}},
      {"The firm was sold last August.", kRef, {{"last August", "2023-08"}}},
      {"The firm was sold last April.", kRef, {{"last April", "2024-04"}}},
      {"The vote is due next January.", kRef, {{"next January", "2025-01"}}},
      {"The vote is due next July.", kRef, {{"next July", "2024-07"}}},
      {"Prices have risen since January.", kRef, {{"January", "2024-01"}}},
      {"January was the wettest month on record.", kRef, {{"January", "2024-01"}}},
      {"The plan was drafted this March.", kRef, {{"this March", "2024-03"}}},
      {"Talks stalled in mid-July.", kRef, {{"mid-July", "2023-07"}}},
      {"The deal closed in December.", "2024-01-10", {{"December", "2023-12"}}},
      {"Sales rose in March.", "2024-03-01", {{"March", "2024-03"}}},
  });
}

TEST_F(DateTest, MonthsWithoutAReferenceArePartial) {
  Check({
      {"Sales rose in March.", "", {{"March", "XXXX-03"}}},
      {"The firm was sold last August.", "", {{"last August", "XXXX-08"}}},
      {"The vote is due next January.", "", {{"next January", "XXXX-01"}}},
      {"Exports slumped in December.", "", {{"December", "XXXX-12"}}},
      {"The talks collapsed in June.", "", {{"June", "XXXX-06"}}},
      {"The budget is due on March 3.", "", {{"March 3", "XXXX-03-03"}}},
  });
}

TEST_F(DateTest, MonthAndDayWithoutAYear) {
  Check({
      {"The company reported results on May 5.", kRef, {{"May 5", "2024-05-05"}}},
      {"The rules take effect on June 1.", kRef, {{"June 1", "2024-06-01"}}},
      {"The strike began Jan. 15 and ended weeks later.", kRef, {{"Jan. 15", "2024-01-15"}}},
      {"On Tuesday, May 28, the minister resigned.", kRef, {{"Tuesday, May 28", "2024-05-28"}}},
      {"On Tuesday, May 28, 2024, the minister resigned.", "", {{"Tuesday, May 28, 2024", "2024-05-28"}}},
      {"The talks resume on March 3rd.", kRef, {{"March 3rd", "2024-03-03"}}},
  });
}

TEST_F(DateTest, WeekdaysResolvedAgainstTheReference) {
  Check({
      {"The minister resigned on Tuesday.", kRef, {{"Tuesday", "2024-05-28"}}},
      {"The minister resigned on Monday.", kRef, {{"Monday", "2024-05-27"}}},
      {"Markets fell on Friday.", kRef, {{"Friday", "2024-05-24"}}},
      {"The board met on Wednesday.", kRef, {{"Wednesday", "2024-05-22"}}},
      {"The board met on Sunday.", kRef, {{"Sunday", "2024-05-26"}}},
      {"The board met last Tuesday.", kRef, {{"last Tuesday", "2024-05-21"}}},
      {"The board met last Friday.", kRef, {{"last Friday", "2024-05-24"}}},
      {"The board meets next Tuesday.", kRef, {{"next Tuesday", "2024-06-04"}}},
      {"The board meets next Friday.", kRef, {{"next Friday", "2024-05-31"}}},
      {"Shares have risen since Monday.", kRef, {{"Monday", "2024-05-27"}}},
      {"The court will rule this Thursday.", kRef, {{"this Thursday", "2024-05-30"}}},
      {"Thursday's vote was close.", kRef, {{"Thursday", "2024-05-23"}}},
  });
}

TEST_F(DateTest, WeekdaysWithoutAReferenceAreUnresolved) {
  Check({
      {"The minister resigned on Tuesday.", "", {{"Tuesday", ""}}},
      {"Protesters plan to march on Sunday.", "", {{"Sunday", ""}}},
      {"The board met last Friday.", "", {{"last Friday", ""}}},
      {"The board meets next Monday.", "", {{"next Monday", ""}}},
  });
}

TEST_F(DateTest, RelativeWeeksMonthsAndYears) {
  Check({
      {"Shares slid last week.", kRef, {{"last week", "2024-W21"}}},
      {"Shares slid this week.", kRef, {{"this week", "2024-W22"}}},
      {"The vote is next week.", kRef, {{"next week", "2024-W23"}}},
      {"Prices rose last month.", kRef, {{"last month", "2024-04"}}},
      {"Prices will rise next month.", kRef, {{"next month", "2024-06"}}},
      {"Prices rose this month.", kRef, {{"this month", "2024-05"}}},
      {"Prices rose earlier this month.", kRef, {{"earlier this month", "2024-05"}}},
      {"Profits fell last year.", kRef, {{"last year", "2023"}}},
      {"Profits will recover next year.", kRef, {{"next year", "2025"}}},
      {"Profits recovered this year.", kRef, {{"this year", "2024"}}},
      {"The plan was announced earlier this year.", kRef, {{"earlier this year", "2024"}}},
      {"The plant closed late last year.", kRef, {{"late last year", "2023"}}},
      {"Prices rose last month.", "2024-01-10", {{"last month", "2023-12"}}},
      {"Prices will rise next month.", "2024-12-15", {{"next month", "2025-01"}}},
      {"Shares slid last week.", "2024-01-10", {{"last week", "2024-W01"}}},
      {"Shares slid last week.", "2024-01-02", {{"last week", "2023-W52"}}},
      {"Shares slid last week.", "2021-01-05", {{"last week", "2020-W53"}}},
      {"The bill passes next year.", "2024-12-31", {{"next year", "2025"}}},
      {"The plant will reopen early next year.", kRef, {{"early next year", "2025"}}},
  });
}

TEST_F(DateTest, RelativeWithoutAReferenceAreUnresolved) {
  Check({
      {"Prices rose last month.", "", {{"last month", ""}}},
      {"Shares slid last week.", "", {{"last week", ""}}},
      {"Profits fell last year.", "", {{"last year", ""}}},
      {"The minister resigned yesterday.", "", {{"yesterday", ""}}},
      {"The plant closed three years ago.", "", {{"three years ago", ""}}},
  });
}

TEST_F(DateTest, YesterdayTodayTomorrow) {
  Check({
      {"The minister resigned yesterday.", kRef, {{"yesterday", "2024-05-27"}}},
      {"Markets are closed today.", kRef, {{"today", "2024-05-28"}}},
      {"Today the court ruled.", kRef, {{"Today", "2024-05-28"}}},
      {"The verdict is due tomorrow.", kRef, {{"tomorrow", "2024-05-29"}}},
      {"The president speaks tonight.", kRef, {{"tonight", "2024-05-28"}}},
      {"The minister resigned yesterday.", "2024-03-01", {{"yesterday", "2024-02-29"}}},
      {"The fair opens tomorrow.", "2024-12-31", {{"tomorrow", "2025-01-01"}}},
  });
}

TEST_F(DateTest, AgoCountsBackFromTheReference) {
  Check({
      {"The plant closed three years ago.", kRef, {{"three years ago", "2021"}}},
      {"The plant closed two weeks ago.", kRef, {{"two weeks ago", "2024-05-14"}}},
      {"The plant closed six months ago.", kRef, {{"six months ago", "2023-11"}}},
      {"The plant closed a decade ago.", kRef, {{"a decade ago", "2014"}}},
      {"The plant closed 10 days ago.", kRef, {{"10 days ago", "2024-05-18"}}},
      {"The plant closed a year ago.", kRef, {{"a year ago", "2023"}}},
      {"The plant closed six months ago.", "2024-03-15", {{"six months ago", "2023-09"}}},
      {"The plant closed two months ago.", "2024-01-31", {{"two months ago", "2023-11"}}},
      {"The plant closed several years ago.", kRef, {{"several years ago", ""}}},
  });
}

TEST_F(DateTest, SeveralDatesInOneSentence) {
  Check({
      {"The company, founded in 1998, said on Tuesday that sales rose in March.", kRef,
       {{"1998", "1998"}, {"Tuesday", "2024-05-28"}, {"March", "2024-03"}}},
      {"The index fell 3% last week after rising in April.", kRef,
       {{"last week", "2024-W21"}, {"April", "2024-04"}}},
      {"Sales peaked in May 2020 and bottomed in June 2021.", "",
       {{"May 2020", "2020-05"}, {"June 2021", "2021-06"}}},
  });
}

TEST_F(DateTest, WordsThatAreNotDates) {
  Check({
      {"Prices may rise further.", kRef, {}},
      {"May I ask a question?", kRef, {}},
      {"Thousands march through the capital.", kRef, {}},
      {"March with us, organisers urged.", kRef, {}},
      {"The story was first reported by The Sun.", kRef, {}},
      {"Former prime minister Theresa May spoke in parliament.", kRef, {}},
      {"The ruling came from the august halls of the court.", kRef, {}},
      {"Actress June Squibb won praise for the role.", kRef, {}},
      {"The firm said it will continue to grow.", kRef, {}},
      {"The bank will keep rates on hold for the moment.", kRef, {}},
  });
}

TEST_F(DateTest, NumbersThatAreNotDates) {
  Check({
      {"The concert drew 2,024 people.", kRef, {}},
      {"The invoice came to $2024.", kRef, {}},
      {"The meeting ended at 11:20 PM.", kRef, {}},
      {"For tickets, call 555-2024.", kRef, {}},
      {"The airline bought Boeing 737 jets.", kRef, {}},
      {"Nvidia's H800 chips are restricted.", kRef, {}},
      {"Stocks gained 2.5% as 1,850 shares rose.", kRef, {}},
      {"The Nikkei 225 index rose.", kRef, {}},
      {"The score was 2-1 after extra time.", kRef, {}},
      {"The price rose to 2020.5 points.", kRef, {}},
  });
}

}  // namespace
}  // namespace hearsay
