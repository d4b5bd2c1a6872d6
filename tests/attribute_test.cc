// Attribution tables: short invented news bodies in the general forms of English news
// (politics, business, wire copy, sport; many countries), run through the whole pipeline,
// with the full list of claims each must yield (CONTRACT.md: "claim").
//
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
//  - `cue` is the verb group as written ("has said", "is expected to announce"), without
//    adverbs before it ("also said" has cue "said").
//  - `attribution` is checked where a row states it (statement when not stated).
//  - A quote paragraph with no cue of its own has cue "" and the speaker it continues.
//  - `speaker` is compared exactly for people and organisations (canonical names). A
//    group phrase is compared case-insensitively without a leading "a", "an" or "the";
//    '|' separates acceptable alternatives ("officials who declined to be named|officials").
//  - `cue` is the reporting verb or phrase as written ("According to", "told", "adding").
//  - role, org and outlet are checked (case-insensitively) only where a row states them.
//  - Spokespeople: an unnamed spokesperson speaks for the organisation, which has no
//    other name in the text: speaker = the organisation (canonical), speaker_type org,
//    speaker_role "spokesperson" (or the word written: "spokesman"), speaker_org = the
//    organisation. A named spokesperson is a person with that role and organisation.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/lexicon.h"
#include "hearsay/document.h"
#include "hearsay/items.h"
#include "ingest/ingest.h"
#include "pipeline/extractor.h"
#include "test_util.h"

namespace hearsay {
namespace {

constexpr SpeakerType kP = SpeakerType::kPerson;
constexpr SpeakerType kO = SpeakerType::kOrg;
constexpr SpeakerType kG = SpeakerType::kGroup;
constexpr bool kD = true;   // direct quote
constexpr bool kR = false;  // reported speech
constexpr size_t kSlack = 4;

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

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string WithoutArticle(std::string s) {
  s = Lower(s);
  for (const char* a : {"a ", "an ", "the "}) {
    if (s.rfind(a, 0) == 0) return s.substr(std::strlen(a));
  }
  return s;
}

bool SpeakerMatches(const Want& w, const Claim& c) {
  if (w.type != SpeakerType::kGroup) return c.speaker == w.speaker;
  std::string alts = w.speaker;
  size_t p = 0;
  while (p <= alts.size()) {
    size_t e = alts.find('|', p);
    if (e == std::string::npos) e = alts.size();
    if (WithoutArticle(alts.substr(p, e - p)) == WithoutArticle(c.speaker)) return true;
    p = e + 1;
  }
  return false;
}

std::string Show(const Claim& c) {
  std::ostringstream os;
  os << "{\"" << c.speaker << "\", " << SpeakerTypeName(c.speaker_type) << ", " << (c.direct ? "direct" : "reported")
     << ", \"" << c.text << "\", cue \"" << c.cue << "\"";
  if (!c.speaker_role.empty()) os << ", role \"" << c.speaker_role << "\"";
  if (!c.speaker_org.empty()) os << ", org \"" << c.speaker_org << "\"";
  if (!c.outlet.empty()) os << ", outlet \"" << c.outlet << "\"";
  os << ", " << AttributionName(c.attribution) << " (" << c.rule << ")";
  return os.str() + "}";
}

std::string Show(const Want& w) {
  std::ostringstream os;
  os << "{\"" << w.speaker << "\", " << SpeakerTypeName(w.type) << ", " << (w.direct ? "direct" : "reported") << ", \""
     << w.text << "\", cue \"" << w.cue << "\"";
  if (w.role) os << ", role \"" << w.role << "\"";
  if (w.org) os << ", org \"" << w.org << "\"";
  if (w.outlet) os << ", outlet \"" << w.outlet << "\"";
  if (w.attribution) os << ", " << w.attribution;
  return os.str() + "}";
}

// What is wrong with claim `c` against `w`; "" when it matches.
std::string Mismatch(const Want& w, const Claim& c) {
  std::string why;
  if (!SpeakerMatches(w, c)) why += " speaker;";
  if (c.speaker_type != w.type) why += " speaker_type;";
  if (c.direct != w.direct) why += " direct;";
  if (c.cue != w.cue) why += " cue;";
  if (c.text.find(w.text) == std::string::npos) why += " text lacks the key;";
  if (c.text.size() > std::strlen(w.text) + kSlack) why += " text too long;";
  if (c.text.find('\n') != std::string::npos) why += " text crosses a paragraph;";
  if (w.role && Lower(c.speaker_role) != Lower(w.role)) why += " role;";
  if (w.org && Lower(c.speaker_org) != Lower(w.org)) why += " org;";
  if (w.outlet && Lower(c.outlet) != Lower(w.outlet)) why += " outlet;";
  if (w.attribution && AttributionName(c.attribution) != std::string_view(w.attribution)) why += " attribution;";
  return why;
}

int total_cases = 0;

class AttributeTest : public ::testing::Test {
 protected:

  static std::vector<Claim> Claims(const Case& c, std::string* text) {
    *text = std::string(c.headline) + "\n\n";
    for (const std::string& p : c.paragraphs) *text += p + "\n";
    Result<Document> doc = DecodeDocument("t.txt", *text);
    EXPECT_TRUE(doc.ok());
    if (!doc.ok()) return {};
    return testing::SharedExtractor().Analyze(*doc, AnalyzeOptions{}).items.claims;
  }

  static void Check(const std::vector<Case>& cases) {
    const bool dump = std::getenv("HEARSAY_ATTRIBUTE_DUMP") != nullptr;
    for (const Case& c : cases) {
      ++total_cases;
      std::string text;
      const std::vector<Claim> got = Claims(c, &text);
      std::string report;
      if (got.size() != c.want.size()) {
        report += "\n  count: got " + std::to_string(got.size()) + ", want " + std::to_string(c.want.size());
      }
      for (size_t i = 0; i < std::min(got.size(), c.want.size()); ++i) {
        const std::string why = Mismatch(c.want[i], got[i]);
        if (!why.empty()) report += "\n  claim " + std::to_string(i) + ":" + why;
      }
      if (!report.empty() || dump) {
        std::string body = "\n  input:\n";
        for (const std::string& p : c.paragraphs) body += "    | " + p + "\n";
        body += "  headline: " + std::string(c.headline) + "\n  want:";
        for (const Want& w : c.want) body += "\n    " + Show(w);
        body += "\n  got:";
        for (const Claim& g : got) body += "\n    " + Show(g);
        if (report.empty()) {
          std::cout << "[dump] " << c.name << body << "\n";
        } else {
          ADD_FAILURE() << "case \"" << c.name << "\":" << report << body;
        }
      }
    }
  }

};

// The tables keep one paragraph a line.
// clang-format off

// ---------------------------------------------------------------------------------------
// Quote marks: straight and curly, double and single, guillemets; apostrophes are not quotes.

TEST_F(AttributeTest, QuoteMarks) {
  Check({
      {"straight double, said X",
       {"\"We expect growth to slow in the second half of the year,\" said Maria Santos."},
       {{"Maria Santos", kP, kD, "We expect growth to slow in the second half of the year", "said"}}},
      {"curly double, X said",
       {"\xE2\x80\x9C" "The ceasefire must hold for the talks to resume,\xE2\x80\x9D Ahmed Hassan said on Sunday."},
       {{"Ahmed Hassan", kP, kD, "The ceasefire must hold for the talks to resume", "said"}}},
      {"curly single",
       {"\xE2\x80\x98We were simply not good enough in the second half,\xE2\x80\x99 said Tom Bradley, the team's "
        "coach."},
       {{"Tom Bradley", kP, kD, "We were simply not good enough in the second half", "said"}}},
      {"straight single",
       {"'The budget gap is far larger than anyone admitted,' said Priya Sharma."},
       {{"Priya Sharma", kP, kD, "The budget gap is far larger than anyone admitted", "said"}}},
      {"straight single around an apostrophe",
       {"'China's exporters are feeling the squeeze from weaker demand,' said Kenji Watanabe."},
       {{"Kenji Watanabe", kP, kD, "China's exporters are feeling the squeeze from weaker demand", "said"}}},
      {"curly single around a curly apostrophe",
       {"\xE2\x80\x98The company\xE2\x80\x99s margins will recover next year,\xE2\x80\x99 said Laura Chen."},
       {{"Laura Chen", kP, kD, "The company\xE2\x80\x99s margins will recover next year", "said"}}},
      {"guillemets",
       {"\xC2\xAB" "We will not give in to pressure from Brussels\xC2\xBB, said Jean Dupont."},
       {{"Jean Dupont", kP, kD, "We will not give in to pressure from Brussels", "said"}}},
      {"spaced guillemets",
       {"\xC2\xAB We will not give in to pressure from Brussels \xC2\xBB, Jean Dupont said."},
       {{"Jean Dupont", kP, kD, "We will not give in to pressure from Brussels", "said"}}},
      {"apostrophes only: no quote, no claim",
       {"Japan's exports rose for a third month while China's imports fell and Korea's held steady."},
       {}},
      {"single quote with apostrophes in the attribution",
       {"'Demand is holding up better than we feared,' said Sam Porter, the bank's chief economist."},
       {{"Sam Porter", kP, kD, "Demand is holding up better than we feared", "said", "chief economist"}}},
      {"single quotes nested in double quotes are one claim",
       {"\"They told us 'wait and see', and we waited for three years,\" said Grace Mensah."},
       {{"Grace Mensah", kP, kD, "They told us 'wait and see', and we waited for three years", "said"}}},
      {"curly apostrophe in a plain sentence is no quote",
       {"Brazil\xE2\x80\x99s soybean harvest is expected to be the largest on record."},
       {}},
      {"closing apostrophe of a plural possessive inside single quotes",
       {"'The farmers' anger is justified and the government must listen,' said Pierre Lambert."},
       {{"Pierre Lambert", kP, kD, "The farmers' anger is justified and the government must listen", "said"}}},
  });
}

// ---------------------------------------------------------------------------------------
// The shape of quotations: several sentences, several paragraphs, split by attribution,
// partial quotes, ellipses, unbalanced marks.

TEST_F(AttributeTest, QuoteStructure) {
  Check({
      {"quote of several sentences",
       {"\"Prices have peaked. We now expect inflation to fall back towards target by the end of the year,\" "
        "said Olivia Grant."},
       {{"Olivia Grant", kP, kD,
         "Prices have peaked. We now expect inflation to fall back towards target by the end of the year", "said"}}},
      {"quote split by its attribution and an adjunct",
       {"\"Our policy rate is likely at its peak,\" Fed Chair Jerome Powell said at a news conference. "
        "\"It will likely be appropriate to ease at some point this year.\""},
       {{"Jerome Powell", kP, kD, "Our policy rate is likely at its peak It will likely be appropriate to ease at some point this year", "said"}}},
      {"attribution before a quote of several sentences",
       {"Olivia Grant said: \"Prices have peaked. We now expect inflation to fall back towards target.\""},
       {{"Olivia Grant", kP, kD, "Prices have peaked. We now expect inflation to fall back towards target", "said"}}},
      {"quote opened and left open, reopened in the next paragraph",
       {"Governor Rahul Mehta said the central bank was ready to act.",
        "\"We will do whatever is necessary to stabilise the rupee.",
        "\"Nobody should doubt our resolve,\" he added."},
       {{"Rahul Mehta", kP, kR, "the central bank was ready to act", "said"},
        {"Rahul Mehta", kP, kD, "We will do whatever is necessary to stabilise the rupee", ""},
        {"Rahul Mehta", kP, kD, "Nobody should doubt our resolve", "added"}}},
      {"attributed quote left open, continued in the next paragraph",
       {"\"The reforms will take a decade,\" said Fatima Bello, Nigeria's trade minister. "
        "\"We have started with ports.",
        "\"Next come the railways and the power grid.\""},
       {{"Fatima Bello", kP, kD, "The reforms will take a decade We have started with ports", "said"},
        {"Fatima Bello", kP, kD, "Next come the railways and the power grid", ""}}},
      {"quote split by a pronoun attribution is one claim",
       {"Kai Fischer runs the largest data centre operator in Bavaria.",
        "\"Compute is a commodity,\" he said, \"and whoever sells it cheapest will win.\""},
       {{"Kai Fischer", kP, kD, "Compute is a commodity and whoever sells it cheapest will win", "said"}}},
      {"quote split by said X with an apposition is one claim",
       {"\"Our order book is full,\" said Henrik Larsen, chief executive of Maersk, "
        "\"and we are hiring again.\""},
       {{"Henrik Larsen", kP, kD, "Our order book is full and we are hiring again", "said", "chief executive",
         "Maersk"}}},
      {"quote split by X said is one claim",
       {"\"The referee made the right call,\" Diego Ramos said, \"even if it cost us the match.\""},
       {{"Diego Ramos", kP, kD, "The referee made the right call even if it cost us the match", "said"}}},
      {"adding starts a second claim",
       {"\"The deal is done,\" Paola Rossi said, adding, \"We expect regulators to approve it by June.\""},
       {{"Paola Rossi", kP, kD, "The deal is done", "said"},
        {"Paola Rossi", kP, kD, "We expect regulators to approve it by June", "adding"}}},
      {"a new paragraph starts a new claim",
       {"\"Our exports to Europe have doubled,\" said Nguyen Van Minh, head of the Vietnam Textile Association.",
        "\"Our exports to Europe have doubled in five years and we want to double them again,\" he said."},
       {{"Nguyen Van Minh", kP, kD, "Our exports to Europe have doubled", "said"},
        {"Nguyen Van Minh", kP, kD, "Our exports to Europe have doubled in five years and we want to double them again",
         "said"}}},
      {"a quote the text repeats word for word is one claim",
       {"\"We will not sell the club,\" said Mustafa Demir, the club's owner.",
        "Fans protested outside the stadium on Saturday.",
        "\"We will not sell the club,\" Demir said again after the match."},
       {{"Mustafa Demir", kP, kD, "We will not sell the club", "said"}}},
      {"partial quote after urged",
       {"Energy Minister Carlos Mendes urged utilities to \"embrace the shift to renewable power without delay\"."},
       {{"Carlos Mendes", kP, kR, "to \"embrace the shift to renewable power without delay\"", "urged", nullptr, nullptr,
         nullptr, "directive"}}},
      {"partial quote inside reported speech",
       {"Kim Soo-jin said the merger would create \"a national champion in electric batteries\" within five years."},
       {{"Kim Soo-jin", kP, kR, "the merger would create \"a national champion in electric batteries\" within five years",
         "said"}}},
      {"unicode ellipsis inside a quote",
       {"\"We will fight this \xE2\x80\xA6 and we will win,\" said Lucy Park, the city's mayor."},
       {{"Lucy Park", kP, kD, "We will fight this \xE2\x80\xA6 and we will win", "said"}}},
      {"three-dot ellipsis inside a quote",
       {"\"This is not over... not by a long way,\" said Tomas Novak, the opposition leader."},
       {{"Tomas Novak", kP, kD, "This is not over... not by a long way", "said"}}},
      {"elided words in brackets",
       {"\"The bank [has] no intention of cutting rates this year,\" said Ines Moreau."},
       {{"Ines Moreau", kP, kD, "The bank [has] no intention of cutting rates this year", "said"}}},
      {"unbalanced quote does not swallow the following paragraphs",
       {"Mark Evans, a lawyer for the company, said the firm would appeal the ruling.",
        "\"We believe the court made a serious error.",
        "The company's shares fell 4% in Frankfurt trading on Friday.",
        "Regulators said the fine was the largest imposed this year."},
       {{"Mark Evans", kP, kR, "the firm would appeal the ruling", "said"},
        {"Mark Evans", kP, kD, "We believe the court made a serious error", ""},
        {"Regulators", kG, kR, "the fine was the largest imposed this year", "said"}}},
      {"unclosed quote after the attribution: one claim, ends at its paragraph",
       {"\"The reforms are overdue,\" said Rosa Diaz. \"We cannot wait another year",
        "Parliament will vote on the bill in July.",
        "Opposition lawmakers said they would vote against it."},
       {{"Rosa Diaz", kP, kD, "The reforms are overdue We cannot wait another year", "said"},
        {"Opposition lawmakers", kG, kR, "they would vote against it", "said"}}},
      {"stray closing quote mark",
       {"Exports fell for a third month in April\" while imports were flat.",
        "Eurostat said the trade surplus narrowed to 12 billion euros."},
       {{"Eurostat", kO, kR, "the trade surplus narrowed to 12 billion euros", "said"}}},
      {"stray opening quote mark in a sentence",
       {"Exports fell for a \"third month in April while imports were flat.",
        "Eurostat said the trade surplus narrowed to 12 billion euros."},
       {{"Eurostat", kO, kR, "the trade surplus narrowed to 12 billion euros", "said"}}},
      {"attribution before the quote with a comma",
       {"Asked about the strike, Transport Minister Jorge Silva said, \"The trains will run on Monday.\""},
       {{"Jorge Silva", kP, kD, "The trains will run on Monday", "said"}}},
      {"quote with told and an outlet",
       {"\"We are in talks with three potential buyers,\" Ravi Kumar told Reuters."},
       {{"Ravi Kumar", kP, kD, "We are in talks with three potential buyers", "told", nullptr, nullptr, "Reuters"}}},
      {"quote with says and an apposition",
       {"\"Demand in the housing market is collapsing,\" says Ingrid Holm, an economist at Nordea."},
       {{"Ingrid Holm", kP, kD, "Demand in the housing market is collapsing", "says", "economist", "Nordea"}}},
      {"a cue inside a quote makes no claim of its own",
       {"\"The minister said we would be paid, but we never were,\" said Joao Pereira, a teacher in Recife."},
       {{"Joao Pereira", kP, kD, "The minister said we would be paid, but we never were", "said"}}},
      {"two speakers in two paragraphs",
       {"\"The government has lost control of prices,\" said opposition leader Daniel Okafor.",
        "\"Inflation is already falling,\" Finance Minister Amina Yusuf replied."},
       {{"Daniel Okafor", kP, kD, "The government has lost control of prices", "said"},
        {"Amina Yusuf", kP, kD, "Inflation is already falling", "replied"}}},
      {"quote with an attribution in a dash",
       {"\"We never asked for a bailout\" \xE2\x80\x94 said Stefan Nowak, the airline's chairman."},
       {{"Stefan Nowak", kP, kD, "We never asked for a bailout", "said"}}},
  });
}

// ---------------------------------------------------------------------------------------
// A title or role word between the quote or clause and the speaker's name.

TEST_F(AttributeTest, TitleBesideTheName) {
  Check({
      {"said coach X after a curly single quote",
       {"\xE2\x80\x98We were simply not good enough in the second half,\xE2\x80\x99 said coach Tom Bradley."},
       {{"Tom Bradley", kP, kD, "We were simply not good enough in the second half", "said", "coach"}}},
      {"said Mayor X",
       {"\"We will rebuild every school that was damaged,\" said Mayor Lucy Park."},
       {{"Lucy Park", kP, kD, "We will rebuild every school that was damaged", "said", "Mayor"}}},
      {"said owner X",
       {"\"We will not sell the club to anyone,\" said owner Mustafa Demir."},
       {{"Mustafa Demir", kP, kD, "We will not sell the club to anyone", "said", "owner"}}},
      {"Title X told an outlet",
       {"\"We are in talks with three potential buyers,\" Chief Executive Ravi Kumar told Reuters."},
       {{"Ravi Kumar", kP, kD, "We are in talks with three potential buyers", "told", "Chief Executive", nullptr,
         "Reuters"}}},
      {"quote, Title X said",
       {"\"Our banks have enough capital to absorb the losses,\" Finance Minister Pedro Alves said."},
       {{"Pedro Alves", kP, kD, "Our banks have enough capital to absorb the losses", "said", "Finance Minister"}}},
      {"clause, Title X said",
       {"The banks have enough capital to absorb the losses, Finance Minister Pedro Alves said."},
       {{"Pedro Alves", kP, kR, "The banks have enough capital to absorb the losses", "said", "Finance Minister"}}},
      {"clause, said Title X",
       {"The banks have enough capital to absorb the losses, said Finance Minister Pedro Alves."},
       {{"Pedro Alves", kP, kR, "The banks have enough capital to absorb the losses", "said", "Finance Minister"}}},
      {"quote, Dr X said",
       {"\"The vaccine is safe for children over five,\" Dr Aisha Bello said."},
       {{"Aisha Bello", kP, kD, "The vaccine is safe for children over five", "said"}}},
  });
}

// ---------------------------------------------------------------------------------------
// Scare quotes, names and titles in quote marks are not claims.

TEST_F(AttributeTest, ScareQuotesAndTitles) {
  Check({
      {"a policy name in single quotes",
       {"The plan, known as 'Made in China 2025', aims to upgrade the country's manufacturing base."},
       {}},
      {"a unit name in double quotes",
       {"The ministry set up a \"Digital Warfare\" unit last year to defend government networks."},
       {}},
      {"call X a \"Y\": an evaluation, with its quoted words",
       {"Critics call the policy a \"race to the bottom\" for workers."},
       {{"critics", kG, kR, "the policy a \"race to the bottom\" for workers", "call", nullptr, nullptr, nullptr,
         "evaluation"}}},
      {"a book title",
       {"Her book, \"The Coming Storm in Global Finance\", was published in March."},
       {}},
      {"a documentary title",
       {"The documentary \"Inside the Kremlin Walls\" was broadcast on Sunday evening."},
       {}},
      {"dubbed with single quotes beside apostrophes",
       {"The period was dubbed Japan's 'lost decade' by economists at the time."},
       {}},
      {"a curly-quoted nickname",
       {"The striker, nicknamed \xE2\x80\x9CThe Train\xE2\x80\x9D by fans, scored twice in the first half."},
       {}},
      {"a scare quote inside a reported clause stays in the clause",
       {"The so-called \"bazooka\" fund was announced on Monday, officials said."},
       {{"officials", kG, kR, "The so-called \"bazooka\" fund was announced on Monday", "said"}}},
      {"a quoted slogan",
       {"Supporters chanted the campaign slogan \"Take Back Control\" outside parliament."},
       {}},
      {"a quoted operation name opening a paragraph",
       {"\"Operation Desert Shield\" began in August 1990."},
       {}},
      {"a quoted ship name in guillemets",
       {"The tanker \xC2\xAB" "Ocean Star\xC2\xBB was detained off the coast of Senegal."},
       {}},
  });
}

// ---------------------------------------------------------------------------------------
// Reported speech in every order.

TEST_F(AttributeTest, ReportedSpeechOrders) {
  Check({
      {"X said that",
       {"Central bank governor Elena Petrova said that inflation would return to target next year."},
       {{"Elena Petrova", kP, kR, "inflation would return to target next year", "said"}}},
      {"X said without that",
       {"Elena Petrova said inflation would return to target next year."},
       {{"Elena Petrova", kP, kR, "inflation would return to target next year", "said"}}},
      {"clause, X said",
       {"Inflation will return to target next year, Elena Petrova said."},
       {{"Elena Petrova", kP, kR, "Inflation will return to target next year", "said"}}},
      {"clause, said X, role at Y",
       {"Oil demand will peak before 2030, said Tariq Aziz, chief economist at Gulf Capital."},
       {{"Tariq Aziz", kP, kR, "Oil demand will peak before 2030", "said", "chief economist", "Gulf Capital"}}},
      {"name, apposition, said it would",
       {"Mark Evans, a lawyer for the company, said it would appeal the ruling."},
       {{"Mark Evans", kP, kR, "it would appeal the ruling", "said"}}},
      {"name, apposition, said they",
       {"Ines Garcia, who leads the nurses' union, said they would strike on Monday."},
       {{"Ines Garcia", kP, kR, "they would strike on Monday", "said"}}},
      {"clause, said X, a Y of Z",
       {"The rupee is undervalued by about 10%, said Ayesha Khan, a professor of economics at the University of "
        "Karachi."},
       {{"Ayesha Khan", kP, kR, "The rupee is undervalued by about 10%", "said"}}},
      {"clause, organisation said in a statement",
       {"The recall covers 50,000 vehicles sold in the United States, Hyundai Motor said in a statement."},
       {{"Hyundai Motor", kO, kR, "The recall covers 50,000 vehicles sold in the United States", "said"}}},
      {"X said A, while Y said B: two speakers in one sentence",
       {"Jonas Berg said the krona would strengthen, while Eva Lund said it would weaken."},
       {{"Jonas Berg", kP, kR, "the krona would strengthen", "said"},
        {"Eva Lund", kP, kR, "it would weaken", "said"}}},
      {"Reuters reported, citing sources, that",
       {"Reuters reported on Tuesday, citing two people familiar with the matter, that the bank would close 40 "
        "branches."},
       {{"Reuters", kO, kR, "the bank would close 40 branches", "reported"}}},
      {"X tweeted that",
       {"Senator Daniel Ortiz tweeted on Sunday that the bill would pass easily."},
       {{"Daniel Ortiz", kP, kR, "the bill would pass easily", "tweeted"}}},
      {"negated cue then a real one in the same sentence",
       {"Nestle did not say whether it would appeal, but said it was studying the ruling."},
       {{"Nestle", kO, kR, "it was studying the ruling", "said"}}},
      {"X told listener that",
       {"Kofi Boateng told lawmakers that the cocoa board had run out of cash."},
       {{"Kofi Boateng", kP, kR, "the cocoa board had run out of cash", "told"}}},
      {"X told Reuters that",
       {"Kofi Boateng told Reuters that the cocoa board had run out of cash."},
       {{"Kofi Boateng", kP, kR, "the cocoa board had run out of cash", "told", nullptr, nullptr, "Reuters"}}},
      {"X told an outlet without that",
       {"Kofi Boateng told Bloomberg the cocoa board had run out of cash."},
       {{"Kofi Boateng", kP, kR, "the cocoa board had run out of cash", "told", nullptr, nullptr, "Bloomberg"}}},
      {"According to X, clause",
       {"According to the Ministry of Finance, tax revenue rose 8% in the first quarter."},
       {{"Ministry of Finance", kO, kR, "tax revenue rose 8% in the first quarter", "According to"}}},
      {"clause, according to X",
       {"Tax revenue rose 8% in the first quarter, according to the Ministry of Finance."},
       {{"Ministry of Finance", kO, kR, "Tax revenue rose 8% in the first quarter", "according to"}}},
      {"According to person, role, clause",
       {"According to Lina Haddad, a senior economist at the IMF, growth in the region will slow to 2%."},
       {{"Lina Haddad", kP, kR, "growth in the region will slow to 2%", "According to"}}},
      {"According to an organisation's survey",
       {"According to the Kettering Group's annual survey, most households plan to spend less this winter."},
       {{"Kettering Group's annual survey", kO, kR, "most households plan to spend less this winter", "According to",
         nullptr, "Kettering Group", nullptr, "evidence"}}},
      {"X said in a statement that",
       {"Siemens said in a statement that it would cut 2,000 jobs at its factories in Germany."},
       {{"Siemens", kO, kR, "it would cut 2,000 jobs at its factories in Germany", "said"}}},
      {"X wrote on Weibo that",
       {"Zhang Hua wrote on Weibo that the new model would go on sale in March."},
       {{"Zhang Hua", kP, kR, "the new model would go on sale in March", "wrote"}}},
      {"X posted on social media that",
       {"Opposition leader Camila Reyes posted on social media that the election had been stolen."},
       {{"Camila Reyes", kP, kR, "the election had been stolen", "posted"}}},
      {"X said: quote",
       {"Prime Minister David Mwangi said: \"Our economy is resilient and our banks are strong.\""},
       {{"David Mwangi", kP, kD, "Our economy is resilient and our banks are strong", "said"}}},
      {"organisation said in a statement: quote",
       {"The Bank of England said in a statement: \"The banking system remains well capitalised.\""},
       {{"Bank of England", kO, kD, "The banking system remains well capitalised", "said"}}},
      {"X has said",
       {"Giorgio Conti has said the league will expand to 20 teams."},
       {{"Giorgio Conti", kP, kR, "the league will expand to 20 teams", "has said"}}},
      {"X also said",
       {"Giorgio Conti also said ticket prices would be frozen next season."},
       {{"Giorgio Conti", kP, kR, "ticket prices would be frozen next season", "said"}}},
      {"X said on Tuesday that",
       {"Swedish Prime Minister Erik Lindqvist said on Tuesday that the country would double its defence budget."},
       {{"Erik Lindqvist", kP, kR, "the country would double its defence budget", "said"}}},
      {"X told a news conference in a city that",
       {"Health Minister Grace Wanjiku told a news conference in Nairobi that the outbreak was under control."},
       {{"Grace Wanjiku", kP, kR, "the outbreak was under control", "told"}}},
      {"clause, X told reporters",
       {"The strike will continue until wages rise, union leader Bongani Dlamini told reporters."},
       {{"Bongani Dlamini", kP, kR, "The strike will continue until wages rise", "told"}}},
      {"clause, X said in an interview",
       {"The company has no plans to list in New York, Chief Financial Officer Aiko Sato said in an interview."},
       {{"Aiko Sato", kP, kR, "The company has no plans to list in New York", "said"}}},
      {"X said A but warned that B: two claims",
       {"Luis Ortega said sales rose 5% in the quarter but warned that margins would shrink."},
       {{"Luis Ortega", kP, kR, "sales rose 5% in the quarter", "said"},
        {"Luis Ortega", kP, kR, "margins would shrink", "warned"}}},
      {"X said A, adding that B: two claims",
       {"Hanna Virtanen said the plant would close in May, adding that 300 workers would be offered new roles."},
       {{"Hanna Virtanen", kP, kR, "the plant would close in May", "said"},
        {"Hanna Virtanen", kP, kR, "300 workers would be offered new roles", "adding"}}},
      {"X warned that",
       {"Finance Minister Yusuf Kaya warned that the lira could fall further if rates were cut."},
       {{"Yusuf Kaya", kP, kR, "the lira could fall further if rates were cut", "warned"}}},
      {"X insisted that",
       {"Coach Antonio Bellini insisted that his team could still win the title."},
       {{"Antonio Bellini", kP, kR, "his team could still win the title", "insisted"}}},
      {"X argued that",
       {"Professor Mei Tanaka argued that higher wages would lift consumption."},
       {{"Mei Tanaka", kP, kR, "higher wages would lift consumption", "argued"}}},
      {"X estimated that",
       {"Goldman Sachs estimated that the tariffs would cut growth by half a percentage point."},
       {{"Goldman Sachs", kO, kR, "the tariffs would cut growth by half a percentage point", "estimated"}}},
      {"X believes",
       {"Goldman Sachs believes the yen will weaken further this year."},
       {{"Goldman Sachs", kO, kR, "the yen will weaken further this year", "believes"}}},
      {"X announced that",
       {"Petrobras announced that it would raise diesel prices by 7% from Saturday."},
       {{"Petrobras", kO, kR, "it would raise diesel prices by 7% from Saturday", "announced"}}},
      {"In an interview, X said",
       {"In an interview, Olena Bondar said the grain corridor would stay open through the winter."},
       {{"Olena Bondar", kP, kR, "the grain corridor would stay open through the winter", "said"}}},
      {"wire dateline before X said on Monday that",
       {"BERLIN (Reuters) - German Chancellor Klaus Becker said on Monday that the coalition would survive the budget "
        "dispute."},
       {{"Klaus Becker", kP, kR, "the coalition would survive the budget dispute", "said"}}},
      {"X noted that",
       {"Analyst Rohan Das noted that Indian banks had cut their bad loans by half since 2018."},
       {{"Rohan Das", kP, kR, "Indian banks had cut their bad loans by half since 2018", "noted"}}},
      {"X says in the present tense",
       {"Ana Ribeiro says the refinery will be ready by the end of next year."},
       {{"Ana Ribeiro", kP, kR, "the refinery will be ready by the end of next year", "says"}}},
      {"two sentences, two reported claims",
       {"Chen Jie said exports would grow 4% this year. He added that the yuan would remain stable."},
       {{"Chen Jie", kP, kR, "exports would grow 4% this year", "said"},
        {"Chen Jie", kP, kR, "the yuan would remain stable", "added"}}},
  });
}

// ---------------------------------------------------------------------------------------
// Headlines: "X Says ...", "Company's X Says ...".

TEST_F(AttributeTest, Headlines) {
  Check({
      {"Company Says headline",
       {"The carmaker expects supplies of semiconductors to improve over the summer."},
       {{"Toyota", kO, kR, "Chip Shortage Will Ease by Autumn", "Says"},
        {"Toyota", kO, kR, "supplies of semiconductors to improve over the summer", "expects", nullptr, nullptr, nullptr,
         "belief"}},
       "Toyota Says Chip Shortage Will Ease by Autumn"},
      {"Company's Surname Says headline, full name in the body",
       {"Lars Eriksson, chief executive of Nordbank, spoke at a banking conference in Stockholm."},
       {{"Lars Eriksson", kP, kR, "Rate Cuts Are Coming Soon", "Says"}},
       "Nordbank's Eriksson Says Rate Cuts Are Coming Soon"},
      {"Person Says headline, full name in the body",
       {"Chancellor Rachel Hughes will present the budget on Wednesday."},
       {{"Rachel Hughes", kP, kR, "Budget Will Protect Public Services", "Says"}},
       "Hughes Says Budget Will Protect Public Services"},
      {"Minister Says headline with a body claim",
       {"Finance Minister Amina Yusuf said on Thursday that the naira would be allowed to float freely."},
       {{"Amina Yusuf", kP, kR, "Naira Will Float Freely", "Says"},
        {"Amina Yusuf", kP, kR, "the naira would be allowed to float freely", "said"}},
       "Nigeria's Yusuf Says Naira Will Float Freely"},
      {"headline without a cue yields nothing",
       {"Oil prices rose 2% on Monday as supply fears grew."},
       {},
       "Oil Jumps as Supply Fears Grow"},
      {"Group Say headline",
       {"The central bank will announce its next rate decision on Thursday."},
       {{"Economists", kG, kR, "Rate Cuts Unlikely Before Autumn", "Say"}},
       "Economists Say Rate Cuts Unlikely Before Autumn"},
  });
}

// ---------------------------------------------------------------------------------------
// Spokespeople, anonymous sources, groups and organisations.

TEST_F(AttributeTest, SpokespeopleSourcesGroupsOrganisations) {
  Check({
      {"an unnamed company spokesperson speaks for the company",
       {"A Huawei spokesperson said the company would comply with all local laws."},
       {{"Huawei", kO, kR, "the company would comply with all local laws", "said", "spokesperson", "Huawei"}}},
      {"a spokesman for a ministry, trailing",
       {"No troops had crossed the border, a spokesman for the Ministry of Defence said."},
       {{"Ministry of Defence", kO, kR, "No troops had crossed the border", "said", "spokesman",
         "Ministry of Defence"}}},
      {"a named spokesperson is a person",
       {"Huawei spokesperson Joe Kelly said the company had not received any notice from regulators."},
       {{"Joe Kelly", kP, kR, "the company had not received any notice from regulators", "said", "spokesperson",
         "Huawei"}}},
      {"a person familiar with the matter, trailing",
       {"The bank is preparing to cut 500 jobs, a person familiar with the matter said."},
       {{"a person familiar with the matter", kG, kR, "The bank is preparing to cut 500 jobs", "said"}}},
      {"said a person familiar with the matter",
       {"The talks stalled over the price, said a person familiar with the matter."},
       {{"a person familiar with the matter", kG, kR, "The talks stalled over the price", "said"}}},
      {"officials who declined to be named",
       {"Officials who declined to be named said the sanctions would be lifted in stages."},
       {{"officials who declined to be named|officials", kG, kR, "the sanctions would be lifted in stages", "said"}}},
      {"analysts say",
       {"Analysts say the rally in bank shares has further to run."},
       {{"analysts", kG, kR, "the rally in bank shares has further to run", "say"}}},
      {"clause, analysts said",
       {"The rally in bank shares has further to run, analysts said."},
       {{"analysts", kG, kR, "The rally in bank shares has further to run", "said"}}},
      {"people with knowledge of the matter told Reuters",
       {"People with knowledge of the matter told Reuters that the deal could be announced next week."},
       {{"people with knowledge of the matter", kG, kR, "the deal could be announced next week", "told", nullptr,
         nullptr, "Reuters"}}},
      {"clause, people with knowledge of the matter told Reuters",
       {"The deal could be announced as early as next week, people with knowledge of the matter told Reuters."},
       {{"people with knowledge of the matter", kG, kR, "The deal could be announced as early as next week", "told",
         nullptr, nullptr, "Reuters"}}},
      {"two sources told an outlet",
       {"Two sources told Reuters the refinery would restart in October."},
       {{"Two sources", kG, kR, "the refinery would restart in October", "told", nullptr, nullptr, "Reuters"}}},
      {"Reuters reported",
       {"Reuters reported last week that the airline was seeking a buyer for its cargo unit."},
       {{"Reuters", kO, kR, "the airline was seeking a buyer for its cargo unit", "reported"}}},
      {"clause, Bloomberg News reported",
       {"The airline is seeking a buyer for its cargo unit, Bloomberg News reported."},
       {{"Bloomberg", kO, kR, "The airline is seeking a buyer for its cargo unit", "reported"}}},
      {"according to an organisation with a determiner",
       {"According to the World Bank, extreme poverty rose in 2020 for the first time in two decades."},
       {{"World Bank", kO, kR, "extreme poverty rose in 2020 for the first time in two decades", "According to"}}},
      {"an organisation said",
       {"The White House said the president would sign the bill on Friday."},
       {{"White House", kO, kR, "the president would sign the bill on Friday", "said"}}},
      {"diplomats said",
       {"Western diplomats said the resolution was unlikely to pass the Security Council."},
       {{"Western diplomats|diplomats", kG, kR, "the resolution was unlikely to pass the Security Council", "said"}}},
      {"residents told AFP",
       {"Residents told AFP that the shelling had continued through the night."},
       {{"residents", kG, kR, "the shelling had continued through the night", "told", nullptr, nullptr, "AFP"}}},
      {"a senior official said on condition of anonymity",
       {"A senior official said on condition of anonymity that the summit had been postponed."},
       {{"a senior official", kG, kR, "the summit had been postponed", "said"}}},
      {"the company said, resolved to the company named before",
       {"Volvo Cars cut its sales forecast on Wednesday.",
        "Demand for electric models in Europe remained weak, the company said in a statement."},
       {{"Volvo Cars", kO, kR, "Demand for electric models in Europe remained weak", "said"}}},
      {"it said, resolved to the organisation",
       {"Nokia cut its outlook on Thursday.", "It said spending by telecom operators remained weak."},
       {{"Nokia", kO, kR, "spending by telecom operators remained weak", "said"}}},
      {"quote attributed to an organisation",
       {"\"Security forces acted within the law at all times,\" the Interior Ministry said in a statement."},
       {{"Interior Ministry", kO, kD, "Security forces acted within the law at all times", "said"}}},
      {"investors group",
       {"Some investors said the sell-off had been overdone."},
       {{"some investors|investors", kG, kR, "the sell-off had been overdone", "said"}}},
      {"a government source told an outlet",
       {"A government source told the BBC that the vote would be delayed."},
       {{"a government source", kG, kR, "the vote would be delayed", "told", nullptr, nullptr, "BBC"}}},
  });
}

// ---------------------------------------------------------------------------------------
// Speakers resolved to the fullest name: surnames, given names, titles, pronouns,
// quote paragraphs with no cue, speakers named only later.

TEST_F(AttributeTest, SpeakerResolution) {
  Check({
      {"surname-only later mention",
       {"Finance Minister Nirmala Rao said the budget would prioritise rural jobs.",
        "Rao said the deficit target of 4.5% was within reach."},
       {{"Nirmala Rao", kP, kR, "the budget would prioritise rural jobs", "said"},
        {"Nirmala Rao", kP, kR, "the deficit target of 4.5% was within reach", "said"}}},
      {"surname-only quote attribution",
       {"Brazilian midfielder Rafael Costa scored twice on Sunday.",
        "\"I have waited a long time for a night like this,\" Costa said."},
       {{"Rafael Costa", kP, kD, "I have waited a long time for a night like this", "said"}}},
      {"given-name-only later mention",
       {"Serena Marquez won her first title in Madrid on Sunday.",
        "\"I have dreamed of this moment since I was a child,\" Serena said."},
       {{"Serena Marquez", kP, kD, "I have dreamed of this moment since I was a child", "said"}}},
      {"Mr and surname",
       {"Xu Feng, chairman of Donghai Steel, said output would fall this year.",
        "Mr Xu said the company had no plans to cut jobs."},
       {{"Xu Feng", kP, kR, "output would fall this year", "said", "chairman", "Donghai Steel"},
        {"Xu Feng", kP, kR, "the company had no plans to cut jobs", "said"}}},
      {"Ms. and surname with a quote",
       {"Yuki Tanaka, a trade negotiator, arrived in Washington on Monday.",
        "\"We are close to an agreement on autos,\" Ms. Tanaka said."},
       {{"Yuki Tanaka", kP, kD, "We are close to an agreement on autos", "said"}}},
      {"Dr and surname",
       {"Dr Samuel Adeyemi leads the vaccine trial in Lagos.",
        "Dr Adeyemi said the results would be published in the spring."},
       {{"Samuel Adeyemi", kP, kR, "the results would be published in the spring", "said"}}},
      {"he to the previous speaker",
       {"Hans Weber, chief executive of Rheinwerk, said orders were recovering.",
        "He said the company expected a record year."},
       {{"Hans Weber", kP, kR, "orders were recovering", "said"},
        {"Hans Weber", kP, kR, "the company expected a record year", "said"}}},
      {"she in a quote attribution",
       {"Finance Minister Anna Kowalski said on Monday that the deficit would narrow.",
        "\"We have done the hard work already,\" she said."},
       {{"Anna Kowalski", kP, kR, "the deficit would narrow", "said"},
        {"Anna Kowalski", kP, kD, "We have done the hard work already", "said"}}},
      {"she to the most recent female speaker, past a male one",
       {"Emma Clarke, the housing minister, said 300,000 homes would be built this year.",
        "Opposition spokesman David Brown said the target would be missed.",
        "She added that planning rules would be relaxed."},
       {{"Emma Clarke", kP, kR, "300,000 homes would be built this year", "said"},
        {"David Brown", kP, kR, "the target would be missed", "said"},
        {"Emma Clarke", kP, kR, "planning rules would be relaxed", "added"}}},
      {"he to the most recent of two male speakers",
       {"John Mitchell said the club would appeal the ban.",
        "Peter Walsh, the league's chairman, said the ban was fair.",
        "He added that the hearing had been thorough."},
       {{"John Mitchell", kP, kR, "the club would appeal the ban", "said"},
        {"Peter Walsh", kP, kR, "the ban was fair", "said"},
        {"Peter Walsh", kP, kR, "the hearing had been thorough", "added"}}},
      {"a quote paragraph with no cue continues the previous speaker",
       {"\"We are in a strong position,\" said Paolo Bianchi, the club's coach.",
        "\"The players have shown real character all season and they deserve this.\""},
       {{"Paolo Bianchi", kP, kD, "We are in a strong position", "said"},
        {"Paolo Bianchi", kP, kD, "The players have shown real character all season and they deserve this", ""}}},
      {"a quote whose speaker is named only later",
       {"\"This agreement is a turning point for the whole region.\"",
        "Amara Diallo, the trade commissioner, said the deal would cut tariffs by half."},
       {{"Amara Diallo", kP, kD, "This agreement is a turning point for the whole region", ""},
        {"Amara Diallo", kP, kR, "the deal would cut tariffs by half", "said"}}},
      {"a descriptive phrase refers back to the named athlete",
       {"Kenyan runner Faith Wanjiru won the 10,000 metres in a championship record.",
        "\"It is a dream come true for me and my family,\" said the 24-year-old."},
       {{"Faith Wanjiru", kP, kD, "It is a dream come true for me and my family", "said"}}},
      {"they to the previous group",
       {"Analysts said the merger would face tough scrutiny in Brussels.",
        "They added that approval could take more than a year."},
       {{"analysts", kG, kR, "the merger would face tough scrutiny in Brussels", "said"},
        {"analysts", kG, kR, "approval could take more than a year", "added"}}},
      {"full name with a middle initial resolved from the surname",
       {"Michael J. Porter, the fund's founder, said the market was overvalued.",
        "Porter said he had sold most of his technology shares."},
       {{"Michael J. Porter", kP, kR, "the market was overvalued", "said"},
        {"Michael J. Porter", kP, kR, "he had sold most of his technology shares", "said"}}},
      {"he across an unrelated paragraph",
       {"Rui Almeida, Portugal's economy minister, said tourism revenue hit a record.",
        "Hotels in Lisbon reported occupancy of 92% in August.",
        "He said the government would invest in rail links to the Algarve."},
       {{"Rui Almeida", kP, kR, "tourism revenue hit a record", "said"},
        {"Hotels in Lisbon", kG, kR, "occupancy of 92% in August", "reported"},
        {"Rui Almeida", kP, kR, "the government would invest in rail links to the Algarve", "said"}}},
      {"surname-only quote attribution after an organisation mention",
       {"Akira Sato, president of Hoshino Electric, spoke at the company's annual meeting.",
        "\"Our factories in Vietnam will double their output,\" Sato said."},
       {{"Akira Sato", kP, kD, "Our factories in Vietnam will double their output", "said"}}},
      {"a given name that is also a city",
       {"\"The airline will be profitable again next year,\" Sofia Rossi said."},
       {{"Sofia Rossi", kP, kD, "The airline will be profitable again next year", "said"}}},
      {"Mrs and surname, trailing",
       {"Margaret Okoye chairs the parliamentary finance committee.",
        "The bill would be amended before the vote, Mrs Okoye said."},
       {{"Margaret Okoye", kP, kR, "The bill would be amended before the vote", "said"}}},
  });
}

// ---------------------------------------------------------------------------------------
// Speaker role and organisation from the text.

TEST_F(AttributeTest, SpeakerRoleAndOrganisation) {
  Check({
      {"name, role of Org, said",
       {"Jane Roe, chief executive of Acme Corp., said the company would double its output."},
       {{"Jane Roe", kP, kR, "the company would double its output", "said", "chief executive", "Acme"}}},
      {"Org role name said",
       {"Acme Corp. Chief Executive Jane Roe said the company would double its output."},
       {{"Jane Roe", kP, kR, "the company would double its output", "said", "chief executive", "Acme"}}},
      {"Org analyst name said",
       {"Deutsche Bank analyst Max Hoffmann said the euro could fall to parity."},
       {{"Max Hoffmann", kP, kR, "the euro could fall to parity", "said", "analyst", "Deutsche Bank"}}},
      {"name, a senior analyst at Org, said",
       {"Sarah Lim, a senior analyst at Maybank, said palm oil prices would stay high."},
       {{"Sarah Lim", kP, kR, "palm oil prices would stay high", "said", "senior analyst", "Maybank"}}},
      {"title before the name",
       {"Finance Minister Nirmala Rao said the budget would prioritise rural jobs."},
       {{"Nirmala Rao", kP, kR, "the budget would prioritise rural jobs", "said", "Finance Minister"}}},
      {"Org's role, name, said",
       {"Petrobras's chief executive, Ana Ribeiro, said the company would keep its dividend."},
       {{"Ana Ribeiro", kP, kR, "the company would keep its dividend", "said", "chief executive", "Petrobras"}}},
      {"quote, said name, role at Org",
       {"\"The market is oversupplied,\" said Tariq Aziz, chief economist at HSBC."},
       {{"Tariq Aziz", kP, kD, "The market is oversupplied", "said", "chief economist", "HSBC"}}},
      {"role carried to a later surname mention",
       {"Jane Roe, chief executive of Acme Corp., spoke to investors on Tuesday.",
        "Roe said the company would double its output."},
       {{"Jane Roe", kP, kR, "the company would double its output", "said", "chief executive", "Acme"}}},
      {"coach of a club",
       {"Marco Silva, coach of Galatasaray, said his side had deserved the win."},
       {{"Marco Silva", kP, kR, "his side had deserved the win", "said", "coach", "Galatasaray"}}},
  });
}

// ---------------------------------------------------------------------------------------
// No claim: negated or empty speech, passives, nouns, cue words in other senses.

TEST_F(AttributeTest, NotClaims) {
  Check({
      {"did not specify", {"The ministry did not specify when the new rules would take effect."}, {}},
      {"declined to comment", {"Acme Corp. declined to comment."}, {}},
      {"declined to comment on a report",
       {"A spokeswoman for the bank declined to comment on the report."},
       {}},
      {"did not mention specific companies",
       {"The minister did not mention specific companies in his speech."},
       {}},
      {"would not say", {"A spokesman would not say whether the talks were continuing."}, {}},
      {"could not be reached for comment", {"Li Na could not be reached for comment on Sunday."}, {}},
      {"did not respond to a request for comment",
       {"Officials at the embassy did not respond to a request for comment."},
       {}},
      {"declined to say after asked",
       {"Asked whether prices would rise, the minister declined to say."},
       {}},
      {"did not say how many",
       {"The airline did not say how many flights would be cancelled."},
       {}},
      {"passive is said to be", {"He is said to be considering a bid for the club."}, {}},
      {"passive was told", {"The board was told the plan would cost 2 billion euros."}, {}},
      {"noun: the reports", {"The reports have unsettled investors in Asia."}, {}},
      {"noun: his claims", {"His claims were rejected by the court in March."}, {}},
      {"noun: the minister's remarks", {"The minister's remarks sparked anger among farmers."}, {}},
      {"noun: claims department",
       {"The bank's claims department handles 300 cases a day."},
       {}},
      {"noun: insurance claims rose",
       {"Insurance claims rose 12% after the floods."},
       {}},
      {"cue word in another sense: added players",
       {"Liverpool added two defenders before the transfer deadline."},
       {}},
      {"cue word in another sense: told the story",
       {"She told the story of her grandfather's farm in the valley."},
       {}},
      {"cue word in another sense: said goodbye",
       {"The central bank said goodbye to negative interest rates in March."},
       {}},
      {"cue word in another sense: states as a noun",
       {"Several states have raised the minimum wage this year."},
       {}},
      {"cue word as a sentence-initial participle",
       {"Told to leave the square, the protesters refused and sat down."},
       {}},
      {"no cue at all", {"Oil prices rose 2% on Monday as supply fears grew in the Middle East."}, {}},
      {"no one said", {"No one said the reform would be easy."}, {}},
      {"made no mention", {"The company's statement made no mention of job cuts."}, {}},
      {"wire sign-off is not a claim",
       {"Reporting by Anna Lee in Seoul; Editing by Tom Hogue"},
       {}},
      {"a report as the source: evidence, the bank its maker",
       {"A report by the Bank of England showed lending rose 3% in May."},
       {{"report by the Bank of England", kO, kR, "lending rose 3% in May", "showed", nullptr, "Bank of England", nullptr,
         "evidence"}}},
      {"that said as a discourse marker",
       {"That said, the outlook for exports remains uncertain."},
       {}},
      {"refused to say",
       {"Officials refused to say how many soldiers had been wounded."},
       {}},
  });
}

// ---------------------------------------------------------------------------------------
// Whole short articles mixing the forms.

TEST_F(AttributeTest, ShortArticles) {
  Check({
      {"wire business story",
       {"TOKYO (Reuters) - Toyota said on Tuesday it would build a battery plant in Ohio.",
        "The plant will employ 1,500 people, the company said.",
        "\"The United States is our most important market,\" said Hiroshi Yamada, head of North American "
        "operations.",
        "The company declined to comment on the cost."},
       {{"Toyota", kO, kR, "it would build a battery plant in Ohio", "said"},
        {"Toyota", kO, kR, "The plant will employ 1,500 people", "said"},
        {"Hiroshi Yamada", kP, kD, "The United States is our most important market", "said"}}},
      {"sport report",
       {"Arsenal beat Chelsea 2-1 on Saturday to move top of the table.",
        "\"We showed great character after going behind,\" manager Luis Ortega told BBC Sport.",
        "\"The fans pushed us over the line.\"",
        "Chelsea coach Pavel Novak said his side had been unlucky."},
       {{"Luis Ortega", kP, kD, "We showed great character after going behind", "told", nullptr, nullptr, "BBC"},
        {"Luis Ortega", kP, kD, "The fans pushed us over the line", ""},
        // "Chelsea" is a given name and a London district: without sports knowledge the text does
        // not make it an organisation, so only the role is expected.
        {"Pavel Novak", kP, kR, "his side had been unlucky", "said", "coach"}}},
      {"politics story",
       {"Mexican President Lucia Herrera said on Wednesday that her government would not accept new tariffs.",
        "\"Mexico is a partner, not a problem,\" Herrera told reporters at the National Palace.",
        "She did not say how the government would respond if the tariffs went ahead.",
        "Economists said a trade war would push the peso lower."},
       {{"Lucia Herrera", kP, kR, "her government would not accept new tariffs", "said"},
        {"Lucia Herrera", kP, kD, "Mexico is a partner, not a problem", "told"},
        {"economists", kG, kR, "a trade war would push the peso lower", "said"}}},
      {"markets story with an anonymous source and a statement",
       {"Shares of Indonesian miner Bumi Jaya fell 9% on Thursday.",
        "The company is in talks to sell its coal unit, a person familiar with the matter said.",
        "Bumi Jaya said in a statement that it regularly reviews its portfolio."},
       {{"a person familiar with the matter", kG, kR, "The company is in talks to sell its coal unit", "said"},
        {"Bumi Jaya", kO, kR, "it regularly reviews its portfolio", "said"}}},
      {"court story with a split quote and a refusal",
       {"A court in Johannesburg fined the utility 10 million rand on Monday.",
        "\"The company failed its customers,\" Judge Thandiwe Nkosi said, \"and it must pay for that.\"",
        "The utility declined to comment."},
       {{"Thandiwe Nkosi", kP, kD, "The company failed its customers and it must pay for that", "said"}}},
      {"Canadian policy story with according to and a pronoun",
       {"According to Statistics Canada, the jobless rate rose to 6.4% in June.",
        "Bank of Canada Governor Claire Martin said the rise was expected.",
        "She said rates would stay on hold for now."},
       {{"Statistics Canada", kO, kR, "the jobless rate rose to 6.4% in June", "According to"},
        {"Claire Martin", kP, kR, "the rise was expected", "said"},
        {"Claire Martin", kP, kR, "rates would stay on hold for now", "said"}}},
      {"Australian story with told and a denial",
       {"Treasurer Jack O'Brien told parliament that the budget would return to surplus in 2026.",
        "He did not mention specific spending cuts."},
       {{"Jack O'Brien", kP, kR, "the budget would return to surplus in 2026", "told"}}},
      {"Indian story with scare quotes and a spokesperson",
       {"The government's \"Make in India\" campaign has drawn 40 foreign investors this year.",
        "A spokesperson for Tata Motors said the company would add two new plants."},
       {{"Tata Motors", kO, kR, "the company would add two new plants", "said", "spokesperson", "Tata Motors"}}},
      {"Polish story with a quote opening the article and the speaker after",
       {"\"Poland will not be a transit corridor for illegal migration,\" Interior Minister Tomasz Zielinski said on "
        "Friday.",
        "Zielinski said border guards would receive 2,000 new recruits."},
       {{"Tomasz Zielinski", kP, kD, "Poland will not be a transit corridor for illegal migration", "said"},
        {"Tomasz Zielinski", kP, kR, "border guards would receive 2,000 new recruits", "said"}}},
      {"Turkish story with a quote after a colon and one with adding",
       {"Central bank governor Selin Aydin spoke after the rate decision.",
        "Aydin said: \"We will keep policy tight until inflation falls.\"",
        "\"Price stability comes first,\" Aydin said, adding, \"Growth will follow.\""},
       {{"Selin Aydin", kP, kD, "We will keep policy tight until inflation falls", "said"},
        {"Selin Aydin", kP, kD, "Price stability comes first", "said"},
        {"Selin Aydin", kP, kD, "Growth will follow", "adding"}}},
  });
}

// clang-format on

}  // namespace
}  // namespace hearsay
