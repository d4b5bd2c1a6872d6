// Table-driven cases for FigureRecognizer: every row lists the full set of figures a
// sentence must yield (text as written, unit, value or low/high, qualifier, noun), so a
// missing or a spurious figure fails the row. Sentences are written from the general forms
// of English news copy, not taken from any article.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/lexicon.h"
#include "hearsay/items.h"
#include "recognize/figures.h"

namespace hearsay {
namespace {

// One expected figure.
struct Want {
  std::string text;
  std::string unit;
  std::optional<double> value, low, high;
  std::string qualifier;
  std::string noun;
};

Want Val(std::string text, std::string unit, double value, std::string qualifier = "") {
  Want w;
  w.text = std::move(text);
  w.unit = std::move(unit);
  w.value = value;
  w.qualifier = std::move(qualifier);
  return w;
}

Want Range(std::string text, std::string unit, double low, double high, std::string qualifier = "") {
  Want w;
  w.text = std::move(text);
  w.unit = std::move(unit);
  w.low = low;
  w.high = high;
  w.qualifier = std::move(qualifier);
  return w;
}

Want Count(std::string text, std::string noun, double value, std::string qualifier = "") {
  Want w = Val(std::move(text), "count", value, std::move(qualifier));
  w.noun = std::move(noun);
  return w;
}

Want CountRange(std::string text, std::string noun, double low, double high) {
  Want w = Range(std::move(text), "count", low, high);
  w.noun = std::move(noun);
  return w;
}

struct FigureCase {
  const char* text;
  std::vector<Want> want;
};

std::string Opt(const std::optional<double>& v) {
  if (!v) return "-";
  std::ostringstream o;
  o.precision(12);
  o << *v;
  return o.str();
}

std::string Describe(std::string_view text, const std::vector<FigureMention>& got) {
  std::ostringstream o;
  o << "got " << got.size() << " figure(s):";
  for (const FigureMention& f : got) {
    o << "\n  [" << f.span.In(text) << "] unit=" << f.unit << " value=" << Opt(f.value) << " low=" << Opt(f.low)
      << " high=" << Opt(f.high) << " qualifier='" << f.qualifier << "' noun='" << f.noun << "'";
  }
  return o.str();
}

bool Near(const std::optional<double>& got, const std::optional<double>& want) {
  if (got.has_value() != want.has_value()) return false;
  if (!want) return true;
  return std::fabs(*got - *want) <= 1e-6 * std::max(1.0, std::fabs(*want));
}

class FigureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Lexicons> lex = Lexicons::Load("");
    ASSERT_TRUE(lex.ok());
    lexicons_ = new Lexicons(std::move(*lex));
    figures_ = new FigureRecognizer(*lexicons_);
  }
  static void TearDownTestSuite() {
    delete figures_;
    delete lexicons_;
    figures_ = nullptr;
    lexicons_ = nullptr;
  }

  // Compares the full list of figures found in each row's sentence.
  static void Check(const std::vector<FigureCase>& cases) {
    for (const FigureCase& c : cases) {
      const std::string text = c.text;
      const std::vector<FigureMention> got = figures_->FindAll(text);
      SCOPED_TRACE(::testing::Message() << "input: " << text << "\n" << Describe(text, got));
      EXPECT_EQ(got.size(), c.want.size());
      for (size_t i = 0; i < std::min(got.size(), c.want.size()); ++i) {
        const FigureMention& f = got[i];
        const Want& w = c.want[i];
        SCOPED_TRACE(::testing::Message() << "figure #" << i << " want [" << w.text << "]");
        EXPECT_EQ(f.span.In(text), w.text);
        EXPECT_EQ(f.unit, w.unit);
        EXPECT_TRUE(Near(f.value, w.value)) << "value " << Opt(f.value) << " want " << Opt(w.value);
        EXPECT_TRUE(Near(f.low, w.low)) << "low " << Opt(f.low) << " want " << Opt(w.low);
        EXPECT_TRUE(Near(f.high, w.high)) << "high " << Opt(f.high) << " want " << Opt(w.high);
        EXPECT_EQ(f.qualifier, w.qualifier);
        EXPECT_EQ(f.noun, w.noun);
      }
    }
  }

  static Lexicons* lexicons_;
  static FigureRecognizer* figures_;
};
Lexicons* FigureTest::lexicons_ = nullptr;
FigureRecognizer* FigureTest::figures_ = nullptr;

TEST_F(FigureTest, DigitsWithSeparatorsAndDecimals) {
  Check({
      {"The company employs 2,000 people across Europe.", {Count("2,000 people", "people", 2000)}},
      {"Shares rose 4.35% in early trading.", {Val("4.35%", "percent", 4.35)}},
      {"The index closed down 512.3 points on the day.", {Val("512.3 points", "point", 512.3)}},
      {"Grain shipments reached 1,250,000 tonnes last season.", {Val("1,250,000 tonnes", "tonne", 1250000)}},
      {"Inflation in the euro zone eased to 0.5% in the period.", {Val("0.5%", "percent", 0.5)}},
      {"The province counted 12,345,678 residents at the census.",
       {Count("12,345,678 residents", "residents", 12345678)}},
      {"Floods damaged 2,024 homes along the river.", {Count("2,024 homes", "homes", 2024)}},
      {"The firm has 3 million subscribers and 2,000 employees.",
       {Count("3 million subscribers", "subscribers", 3e6), Count("2,000 employees", "employees", 2000)}},
  });
}

TEST_F(FigureTest, SpelledOutNumbers) {
  Check({
      {"Ten people were injured in the blast.", {Count("Ten people", "people", 10)}},
      {"The talks lasted twenty-five minutes.", {Val("twenty-five minutes", "minute", 25)}},
      {"Production was halted for one and a half years.", {Val("one and a half years", "year", 1.5)}},
      {"A dozen protesters were arrested outside the embassy.", {Count("A dozen protesters", "protesters", 12)}},
      {"Three hundred workers lost their jobs.", {Count("Three hundred workers", "workers", 300)}},
      {"The ceasefire held for two weeks.", {Val("two weeks", "week", 2)}},
      {"Rescuers pulled forty-two survivors from the rubble.", {Count("forty-two survivors", "survivors", 42)}},
      {"She served eleven years as mayor.", {Val("eleven years", "year", 11)}},
      {"The company launched two smartphones this week.", {Count("two smartphones", "smartphones", 2)}},
      {"Two and a half million people live in the region.",
       {Count("Two and a half million people", "people", 2.5e6)}},
      {"The government will borrow two billion dollars.", {Val("two billion dollars", "USD", 2e9)}},
      {"A million people signed the petition.", {Count("A million people", "people", 1e6)}},
      {"Half a million refugees crossed the border.", {Count("Half a million refugees", "refugees", 5e5)}},
  });
}

TEST_F(FigureTest, ScaleWordsAndAbbreviations) {
  Check({
      {"The startup raised $2.5 million in seed funding.", {Val("$2.5 million", "USD", 2.5e6)}},
      {"Global trade in goods hit $3.4 trillion.", {Val("$3.4 trillion", "USD", 3.4e12)}},
      {"The deal is worth $5bn, people familiar said.", {Val("$5bn", "USD", 5e9)}},
      {"The app maker was valued at $300m.", {Val("$300m", "USD", 3e8)}},
      {"Quarterly revenue came in at $12.3 mn.", {Val("$12.3 mn", "USD", 1.23e7)}},
      {"The bank set aside $1.2tn for the programme.", {Val("$1.2tn", "USD", 1.2e12)}},
      {"The Treasury sold $40 bln of notes.", {Val("$40 bln", "USD", 4e10)}},
      {"The app now has 50k users.", {Count("50k users", "users", 5e4)}},
      {"The government will spend 4.5 billion euros on rail.", {Val("4.5 billion euros", "EUR", 4.5e9)}},
      {"The state will invest Rs 500 crore in the project.", {Val("Rs 500 crore", "INR", 5e9)}},
      {"The scheme covers 3 lakh farmers.", {Count("3 lakh farmers", "farmers", 3e5)}},
      {"The ministry plans to issue 2 trillion yen of bonds.", {Val("2 trillion yen", "JPY", 2e12)}},
      {"The carmaker sold 1.5 million units last year.", {Count("1.5 million units", "units", 1.5e6)}},
      {"The city planted 40 thousand trees.", {Count("40 thousand trees", "trees", 4e4)}},
      {"The council signed a $2.5-million contract.", {Val("$2.5-million", "USD", 2.5e6)}},
  });
}

TEST_F(FigureTest, Percentages) {
  Check({
      {"Unemployment fell to 3.9 per cent.", {Val("3.9 per cent", "percent", 3.9)}},
      {"Support for the party stands at 41 percent.", {Val("41 percent", "percent", 41)}},
      {"Turnout rose 5 pct from the previous vote.", {Val("5 pct", "percent", 5)}},
      {"Profits jumped 120% year on year.", {Val("120%", "percent", 120)}},
      {"Twelve percent of voters were undecided.", {Val("Twelve percent", "percent", 12)}},
      {"Growth slowed to 4.6% from 5.2%.", {Val("4.6%", "percent", 4.6), Val("5.2%", "percent", 5.2)}},
      {"The measure passed with 52% of the vote.", {Val("52%", "percent", 52)}},
      {"The gap narrowed by 2 percentage points.", {Val("2 percentage points", "percentage point", 2)}},
      {"Approval slipped 0.25 percentage point in May.", {Val("0.25 percentage point", "percentage point", 0.25)}},
      {"The central bank raised rates by 25 basis points.", {Val("25 basis points", "basis point", 25)}},
      {"The benchmark yield climbed 12 bp.", {Val("12 bp", "basis point", 12)}},
      {"The S&P 500 index fell 1.2% on Friday.", {Val("1.2%", "percent", 1.2)}},
      {"Q3 revenue rose 8% on strong demand.", {Val("8%", "percent", 8)}},
  });
}

TEST_F(FigureTest, MoneyWithSymbolsCodesAndNames) {
  Check({
      {"The group reported a loss of HK$4.35 billion ($840 million).",
       {Val("HK$4.35 billion", "HKD", 4.35e9), Val("$840 million", "USD", 8.4e8)}},
      {"The miner agreed a US$1.2 billion takeover.", {Val("US$1.2 billion", "USD", 1.2e9)}},
      {"The pension fund committed A$500 million.", {Val("A$500 million", "AUD", 5e8)}},
      {"The pipeline will cost C$3.1 billion.", {Val("C$3.1 billion", "CAD", 3.1e9)}},
      {"The club paid €40m for the striker.", {Val("€40m", "EUR", 4e7)}},
      {"The government pledged £1.5bn for hospitals.", {Val("£1.5bn", "GBP", 1.5e9)}},
      {"The Bank of Japan bought ¥3 trillion of bonds.", {Val("¥3 trillion", "JPY", 3e12)}},
      {"The yuan weakened after the central bank injected ¥200 billion.",
       {Val("¥200 billion", "CNY", 2e11)}},
      {"The carmaker posted revenue of RMB 8.5 billion.", {Val("RMB 8.5 billion", "CNY", 8.5e9)}},
      {"The regulator imposed a fine of 500 million yuan.", {Val("500 million yuan", "CNY", 5e8)}},
      {"Farmers receive 6,000 rupees a year under the scheme.", {Val("6,000 rupees", "INR", 6000)}},
      {"The loan facility totals USD 5m.", {Val("USD 5m", "USD", 5e6)}},
      {"The bloc will spend 5 million euros on the study.", {Val("5 million euros", "EUR", 5e6)}},
      {"The house sold for £250,000.", {Val("£250,000", "GBP", 250000)}},
      {"He was awarded 1.2 million pounds in damages.", {Val("1.2 million pounds", "GBP", 1.2e6)}},
      {"The central bank withdrew the ₹2,000 note.", {Val("₹2,000", "INR", 2000)}},
      {"Brent crude rose to $82.40 a barrel.", {Val("$82.40", "USD", 82.4)}},
      {"The ECB has bought €1.3 trillion of debt.", {Val("€1.3 trillion", "EUR", 1.3e12)}},
      {"A ticket costs 350 Swiss francs.", {Val("350 Swiss francs", "CHF", 350)}},
      {"The port expansion will cost S$1.2 billion.", {Val("S$1.2 billion", "SGD", 1.2e9)}},
      {"The chipmaker will invest NT$50 billion.", {Val("NT$50 billion", "TWD", 5e10)}},
      {"The county received KSh 2 billion in grants.", {Val("KSh 2 billion", "KES", 2e9)}},
      {"Seoul will spend 1.5 trillion won on chips.", {Val("1.5 trillion won", "KRW", 1.5e12)}},
      {"The app costs $0.99 to download.", {Val("$0.99", "USD", 0.99)}},
      {"The invoice came to $2024.", {Val("$2024", "USD", 2024)}},
  });
}

TEST_F(FigureTest, BareDollarAndYenFollowTheDocument) {
  Check({
      {"The Hong Kong dollar held steady after the authority bought $2 billion.",
       {Val("$2 billion", "HKD", 2e9)}},
      {"The Australian dollar fell against the US dollar as $3 billion left the market.",
       {Val("$3 billion", "USD", 3e9)}},
      {"Deposits in renminbi rose to ¥5 trillion.", {Val("¥5 trillion", "CNY", 5e12)}},
      {"Tokyo shares lost ¥10 trillion in value.", {Val("¥10 trillion", "JPY", 1e13)}},
  });
}

TEST_F(FigureTest, Multipliers) {
  Check({
      {"Demand for the chips grew 10 times over.", {Val("10 times", "times", 10)}},
      {"Output rose tenfold in a decade.", {Val("tenfold", "times", 10)}},
      {"Costs jumped ten-fold after the war.", {Val("ten-fold", "times", 10)}},
      {"The new chip is 3x faster.", {Val("3x", "times", 3)}},
      {"Compute needs are one to two orders of magnitude higher.",
       {Range("one to two orders of magnitude", "times", 10, 100)}},
      {"Sales have grown about ten times since the launch.", {Val("about ten times", "times", 10, "about")}},
      {"The new engine is 2.5 times as efficient.", {Val("2.5 times", "times", 2.5)}},
      {"The stock has risen fivefold.", {Val("fivefold", "times", 5)}},
      {"Analysts expect a 10-fold increase in orders.", {Val("10-fold", "times", 10)}},
      {"The agency reported a hundredfold rise in cases.", {Val("hundredfold", "times", 100)}},
      {"Training costs grew by an order of magnitude.", {Val("an order of magnitude", "times", 10)}},
      {"The insurer's exposure is 1.5x its capital.", {Val("1.5x", "times", 1.5)}},
  });
}

TEST_F(FigureTest, Ranges) {
  Check({
      {"Prices could rise 80% to 120% this year.", {Range("80% to 120%", "percent", 80, 120)}},
      {"The rival is 1-3 years behind.", {Range("1-3 years", "year", 1, 3)}},
      {"Margins are expected between 5 and 10 percent.", {Range("between 5 and 10 percent", "percent", 5, 10)}},
      {"The round could raise $2m-$3m.", {Range("$2m-$3m", "USD", 2e6, 3e6)}},
      {"The project will cost $2-3 billion.", {Range("$2-3 billion", "USD", 2e9, 3e9)}},
      {"A recovery will take three to five years.", {Range("three to five years", "year", 3, 5)}},
      {"The firm will hire 20-25 engineers.", {CountRange("20-25 engineers", "engineers", 20, 25)}},
      {"The club wants €10m to €15m for the player.", {Range("€10m to €15m", "EUR", 1e7, 1.5e7)}},
      {"Wages may rise 2 to 3 per cent.", {Range("2 to 3 per cent", "percent", 2, 3)}},
      {"Repairs will take 5–7 days.", {Range("5–7 days", "day", 5, 7)}},
      {"Oil traded at $50 to $60 a barrel.", {Range("$50 to $60", "USD", 50, 60)}},
      {"The plan would create 3,000 to 4,000 jobs.", {CountRange("3,000 to 4,000 jobs", "jobs", 3000, 4000)}},
      {"The field will pump 1.5-2 million barrels per day.",
       {Range("1.5-2 million barrels per day", "barrel per day", 1.5e6, 2e6)}},
      // A change from one level to another is two figures, not a range.
      {"The central bank raised its rate from 5.25% to 5.5%.",
       {Val("5.25%", "percent", 5.25), Val("5.5%", "percent", 5.5)}},
  });
}

TEST_F(FigureTest, Durations) {
  Check({
      {"He was jailed for 15 years.", {Val("15 years", "year", 15)}},
      {"The strike lasted 48 hours.", {Val("48 hours", "hour", 48)}},
      {"The talks could take six months.", {Val("six months", "month", 6)}},
      {"He ran 100 metres in 9.58 seconds.", {Val("100 metres", "metre", 100), Val("9.58 seconds", "second", 9.58)}},
      {"The new president has 100 days to act.", {Val("100 days", "day", 100)}},
      {"The leaders agreed a 90-day pause on tariffs.", {Val("90-day", "day", 90)}},
      {"The mission will last 3 weeks.", {Val("3 weeks", "week", 3)}},
      {"The outage lasted 45 minutes.", {Val("45 minutes", "minute", 45)}},
  });
}

TEST_F(FigureTest, CountsOfANoun) {
  Check({
      {"The plant will add 300 new jobs.", {Count("300 new jobs", "jobs", 300)}},
      {"The airline ordered 50 aircraft.", {Count("50 aircraft", "aircraft", 50)}},
      {"The country sent 5,000 troops to the border.", {Count("5,000 troops", "troops", 5000)}},
      {"The virus infected 1.2 million children.", {Count("1.2 million children", "children", 1.2e6)}},
      {"The tour will visit 15 cities.", {Count("15 cities", "cities", 15)}},
      {"The striker scored 30 goals last season.", {Count("30 goals", "goals", 30)}},
      {"Police arrested 12 people after the match.", {Count("12 people", "people", 12)}},
      {"The automaker sold 4 million vehicles.", {Count("4 million vehicles", "vehicles", 4e6)}},
      {"The retailer will close 80 stores and cut 1,500 jobs.",
       {Count("80 stores", "stores", 80), Count("1,500 jobs", "jobs", 1500)}},
  });
}

TEST_F(FigureTest, Measures) {
  Check({
      {"The pipeline runs 1,200 km to the coast.", {Val("1,200 km", "kilometre", 1200)}},
      {"The storm packed winds of 150 mph.", {Val("150 mph", "mile per hour", 150)}},
      {"The group will cut output by 2 million barrels per day.",
       {Val("2 million barrels per day", "barrel per day", 2e6)}},
      {"The country imports 3.5 million tonnes of wheat.", {Val("3.5 million tonnes", "tonne", 3.5e6)}},
      {"The solar farm will generate 500 megawatts.", {Val("500 megawatts", "megawatt", 500)}},
      {"The phone has 256 gigabytes of storage.", {Val("256 gigabytes", "gigabyte", 256)}},
      {"The train reached 350 km/h in tests.", {Val("350 km/h", "kilometre per hour", 350)}},
      {"The reactor's capacity is 1.2 GW.", {Val("1.2 GW", "gigawatt", 1.2)}},
      {"The chip is made on a 7nm process.", {Val("7nm", "nanometre", 7)}},
      {"The quake struck at a depth of 10 kilometres.", {Val("10 kilometres", "kilometre", 10)}},
      {"Temperatures hit 45°C in the capital.", {Val("45°C", "degree Celsius", 45)}},
      {"The wildfire burned 20,000 hectares.", {Val("20,000 hectares", "hectare", 20000)}},
      {"The tanker carries 2 million barrels of oil.", {Val("2 million barrels of oil", "barrel", 2e6)}},
      {"The border wall stretches 450 miles.", {Val("450 miles", "mile", 450)}},
      {"The new data centre will draw 100 MW.", {Val("100 MW", "megawatt", 100)}},
  });
}

TEST_F(FigureTest, Qualifiers) {
  Check({
      {"More than 1,000 people attended the rally.", {Count("More than 1,000 people", "people", 1000, "more than")}},
      {"At least 30 people were killed in the attack.", {Count("At least 30 people", "people", 30, "at least")}},
      {"The shares have fallen nearly 40% this year.", {Val("nearly 40%", "percent", 40, "nearly")}},
      {"The vaccine cuts deaths by up to 90 per cent.", {Val("up to 90 per cent", "percent", 90, "up to")}},
      {"The fund is worth about $5 billion.", {Val("about $5 billion", "USD", 5e9, "about")}},
      {"The country exported almost 2 million barrels per day.",
       {Val("almost 2 million barrels per day", "barrel per day", 2e6, "almost")}},
      {"The bank employs roughly 7,000 employees.", {Count("roughly 7,000 employees", "employees", 7000, "roughly")}},
      {"The region reported fewer than 100 cases.", {Count("fewer than 100 cases", "cases", 100, "fewer than")}},
      {"The merger could cost as many as 500 jobs.", {Count("as many as 500 jobs", "jobs", 500, "as many as")}},
      {"Core inflation held at around 3%.", {Val("around 3%", "percent", 3, "around")}},
      {"An estimated 20,000 protesters marched.", {Count("An estimated 20,000 protesters", "protesters", 20000,
                                                         "an estimated")}},
      {"The company has debts in excess of $1 billion.", {Val("in excess of $1 billion", "USD", 1e9, "in excess of")}},
      {"Some 200 people were evacuated.", {Count("Some 200 people", "people", 200, "some")}},
      {"The party won just over 50% of the seats.", {Val("just over 50%", "percent", 50, "just over")}},
  });
}

TEST_F(FigureTest, ProductAndModelCodesAreNotFigures) {
  Check({
      {"Nvidia's A100 and H800 chips face export limits.", {}},
      {"Huawei's Ascend 910B rivals the best imports.", {}},
      {"Alibaba released Qwen2 to developers.", {}},
      {"Apple unveiled the iPhone 15 in September.", {}},
      {"The airline grounded its Boeing 737 jets.", {}},
      {"Microsoft ended support for Windows 11 users on old chips.", {}},
      {"Operators are rolling out 5G across the country.", {}},
      {"The Mate 60 Pro sold out within hours.", {}},
      {"Gamers queued for RTX 4090 cards.", {}},
      {"The air force bought more F-35 jets.", {}},
      {"The G7 and G20 leaders met in Rome.", {}},
      {"Intel's 18A process is due soon.", {}},
  });
}

TEST_F(FigureTest, YearsTimesPhonesAndAddressesAreNotFigures) {
  Check({
      {"The treaty was signed in 1998.", {}},
      {"In 2023 profits rose sharply.", {}},
      {"The report was published on May 28, 2024.", {}},
      {"Voters head to the polls in the 2024 election.", {}},
      {"The club won the 2019-20 title.", {}},
      {"The meeting ended at 11:20 PM.", {}},
      {"The polls close at 8 pm.", {}},
      {"The flight left at 9.30am.", {}},
      {"Call +44 20 7946 0958 for details.", {}},
      {"For tickets, call 555-0142.", {}},
      {"The prime minister lives at 10 Downing Street.", {}},
      {"The firm moved to 350 Fifth Avenue.", {}},
      {"Sales from 2020 to 2023 were flat.", {}},
      {"Covid-19 cases rose sharply in the city.", {}},
  });
}

TEST_F(FigureTest, OrdinalsVerbsAndBareNumbersAreNotFigures) {
  Check({
      {"The team ranked second in the league.", {}},
      {"She finished 3rd in the final.", {}},
      {"Revenue doubled last year.", {}},
      {"He was 5 when his family moved to Paris.", {}},
      {"The bill passed 52-48 in the Senate.", {}},
      {"The final score was 2-1.", {}},
      {"Dozens of people were hurt.", {}},
      {"Thousands of jobs are at risk.", {}},
      {"One of the biggest banks failed.", {}},
      {"No one was hurt in the fire.", {}},
      {"The firm filed for Chapter 11 protection.", {}},
      {"Section 230 protects online platforms from liability.", {}},
      {"Article 5 commits allies to mutual defence.", {}},
  });
}

}  // namespace
}  // namespace hearsay
