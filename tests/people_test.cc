// Person recognition tables: each row is a short article body (a plain headline is put
// before it) and every person mention found in it, in text order, as (canonical name,
// role, organisation). The whole list is compared, so a missed person, a spurious one, a
// wrong role or organisation, or a short mention left unresolved all fail.
#include <gtest/gtest.h>

#include <ostream>
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

struct P {
  std::string name, role, org;
  friend bool operator==(const P&, const P&) = default;
};
std::ostream& operator<<(std::ostream& os, const P& p) {
  return os << "{\"" << p.name << "\", \"" << p.role << "\", \"" << p.org << "\"}";
}

class PersonTest : public ::testing::Test {
 protected:

  // The people mentioned in `body`, in text order; `*found` gets each mention as written
  // for the failure message.
  static std::vector<P> People(const std::string& body, std::string* found) {
    Result<Document> doc = DecodeDocument("t.txt", "News\n\n" + body + "\n");
    EXPECT_TRUE(doc.ok());
    if (!doc.ok()) return {};
    Analysis a = testing::SharedExtractor().Analyze(*doc, AnalyzeOptions{});
    std::vector<P> out;
    for (const PersonMention& m : a.items.people) {
      out.push_back({m.name, m.role, m.org});
      *found += "\n    " + m.name + " <- \"" + std::string(m.span.In(doc->text)) + "\"";
    }
    return out;
  }

  struct Case {
    const char* text;
    std::vector<P> want;
  };
  static void Check(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      std::string found;
      EXPECT_EQ(People(c.text, &found), c.want) << "text: " << c.text << "\n  found:" << found;
    }
  }

};

TEST_F(PersonTest, GroupsBeforeASpeechVerbAreNotPeople) {
  Check({
      {"Insiders said the deal was close to being signed.", {}},
      {"Shareholders said they would vote against the merger next week.", {}},
      {"Economists said growth would slow, while Traders said nothing.", {}},
      {"Investors told the board that the plan was too risky.", {}},
  });
}

TEST_F(PersonTest, SpeechVerbsConfirmNames) {
  Check({
      {"Jane Roe said the deal was fair to shareholders.", {{"Jane Roe", "", ""}}},
      {"\"We are not worried about the slowdown,\" said Thomas Mueller, speaking to reporters in Berlin.",
       {{"Thomas Mueller", "", ""}}},
      {"Sarah Whitfield told reporters that the plant would reopen in the spring.", {{"Sarah Whitfield", "", ""}}},
      {"The plan will fail, according to Robert Hensley, who has studied the industry for decades.",
       {{"Robert Hensley", "", ""}}},
      {"Maria Gonzalez says the new rules will hurt small farmers across the region.", {{"Maria Gonzalez", "", ""}}},
      {"Demand is recovering, Olusegun Adeyemi said in an interview on Tuesday.", {{"Olusegun Adeyemi", "", ""}}},
      {"Prices will keep rising, warned Ingrid Solberg, speaking at a conference in Oslo.", {{"Ingrid Solberg", "", ""}}},
      // A surname alone is a person when a speech verb confirms it.
      {"\"The numbers do not add up,\" said Whitfield, who voted against the plan.", {{"Whitfield", "", ""}}},
      {"Tanaka said the project was on track and within its budget.", {{"Tanaka", "", ""}}},
      {"Sales will recover next year, Okonkwo told reporters after the meeting.", {{"Okonkwo", "", ""}}},
      {"Nadia Haddad, a lawyer who represents the families, said the ruling was a victory.",
       {{"Nadia Haddad", "lawyer", ""}}},
  });
}

TEST_F(PersonTest, AppositionsGiveRoleAndOrganisation) {
  Check({
      {"Jane Roe, chief executive of Acme Corp., said sales rose in every region.",
       {{"Jane Roe", "chief executive", "Acme"}}},
      {"Peter Lindqvist, a senior analyst at Nordea, said the bank was well capitalised.",
       {{"Peter Lindqvist", "senior analyst", "Nordea"}}},
      {"Ananya Sharma, the chief financial officer of Infosys, said margins would improve this year.",
       {{"Ananya Sharma", "chief financial officer", "Infosys"}}},
      {"Kenji Watanabe, president of Toyota Motor Corp., said the company would invest more in batteries.",
       {{"Kenji Watanabe", "president", "Toyota"}}},
      {"Mark Carney, a former governor of the Bank of England, said the risks were rising.",
       {{"Mark Carney", "former governor", "Bank of England"}}},
      {"Lei Jun, founder and chief executive of Xiaomi, said the car would go on sale in March.",
       {{"Lei Jun", "founder and chief executive", "Xiaomi"}}},
      {"Priya Nair, an economist at HDFC Bank in Mumbai, expects inflation to ease later this year.",
       {{"Priya Nair", "economist", "HDFC Bank"}}},
      {"Wang Chuanfu, the founder of BYD, said price cuts would continue for the rest of the year.",
       {{"Wang Chuanfu", "founder", "BYD"}}},
      {"Sophie Martin, a spokeswoman for Airbus, declined to comment on the order.",
       {{"Sophie Martin", "spokeswoman", "Airbus"}}},
      {"Hiroshi Tanaka, a spokesman for Nissan, said the recall covered 300,000 cars.",
       {{"Hiroshi Tanaka", "spokesman", "Nissan"}}},
      {"Jamie Dimon, chief executive of JPMorgan Chase, warned that a recession was still possible.",
       {{"Jamie Dimon", "chief executive", "JPMorgan Chase"}}},
      {"Christine Lagarde, president of the European Central Bank, said rates would stay high.",
       {{"Christine Lagarde", "president", "European Central Bank"}}},
      {"Kazuo Ueda, governor of the Bank of Japan, said the bank would raise rates gradually.",
       {{"Kazuo Ueda", "governor", "Bank of Japan"}}},
      {"Pan Gongsheng, governor of the People's Bank of China, announced a cut in the reserve ratio.",
       {{"Pan Gongsheng", "governor", "People's Bank of China"}}},
      {"Elvira Nabiullina, governor of the Bank of Russia, said rates would stay high for longer.",
       {{"Elvira Nabiullina", "governor", "Bank of Russia"}}},
      {"Julia Becker, an economist at Commerzbank in Frankfurt, said the recovery would be slow.",
       {{"Julia Becker", "economist", "Commerzbank"}}},
      {"Tomoko Sato, a strategist at Daiwa Securities, said the yen would weaken further.",
       {{"Tomoko Sato", "strategist", "Daiwa Securities"}}},
      {"David Kim, a spokesman for Hyundai Motor, said the plant would open on schedule.",
       {{"David Kim", "spokesman", "Hyundai Motor"}}},
      {"\"The market is oversold,\" said Ahmed Khan, a portfolio manager at the Abu Dhabi Investment Authority.",
       {{"Ahmed Khan", "portfolio manager", "ADIA"}}},
      {"Sanjay Gupta, managing director at Kotak Mahindra Bank, said loan growth would slow.",
       {{"Sanjay Gupta", "managing director", "Kotak Mahindra Bank"}}},
      {"Mukesh Ambani, chairman of Reliance Industries, said the company would enter the battery business.",
       {{"Mukesh Ambani", "chairman", "Reliance Industries"}}},
      {"Dr. Amara Okafor, a senior researcher at the World Health Organization, said the vaccine was safe.",
       {{"Amara Okafor", "senior researcher", "WHO"}}},
      {"Prof. Anjali Rao, a virologist at the Indian Institute of Science, said the strain was milder.",
       {{"Anjali Rao", "virologist", "IISc"}}},
      {"Dr. Helen Clarke, a physicist at the University of Westmoor, said the results were surprising.",
       {{"Helen Clarke", "physicist", "University of Westmoor"}}},
      {"Clara Nilsson, co-founder and CEO of Kyntra Labs, said the startup would hire 50 engineers.",
       {{"Clara Nilsson", "co-founder and CEO", "Kyntra Labs"}}},
      // A possessive organisation before the role inside the apposition.
      {"Satya Nadella, Microsoft's chief executive, said the company would keep investing in data centres.",
       {{"Satya Nadella", "chief executive", "Microsoft"}}},
      // "X of Y" states the organisation without a role.
      {"Sarah Whitfield of Barclays and Tomás Ortega of BBVA both expect a cut in June, they said.",
       {{"Sarah Whitfield", "", "Barclays"}, {"Tomás Ortega", "", "BBVA"}}},
  });
}

TEST_F(PersonTest, RolesAndOrganisationsBeforeTheName) {
  Check({
      {"Nvidia CEO Jensen Huang said demand for its chips was surging.", {{"Jensen Huang", "CEO", "Nvidia"}}},
      {"Sony's chief financial officer Hiroki Totoki said the weak yen had helped profits.",
       {{"Hiroki Totoki", "chief financial officer", "Sony"}}},
      {"Alibaba chief technology officer Zhou Jingren said the model was free to use.",
       {{"Zhou Jingren", "chief technology officer", "Alibaba"}}},
      {"Chinese Premier Li Qiang said the economy would meet its growth target this year.",
       {{"Li Qiang", "Premier", ""}}},
      {"President Emmanuel Macron said France would support the plan to tax imports.",
       {{"Emmanuel Macron", "President", ""}}},
      {"Senator Elizabeth Warren wrote to the bank's chief executive on Monday about the fees.",
       {{"Elizabeth Warren", "Senator", ""}}},
      {"Prime Minister Narendra Modi opened the factory in Gujarat on Friday and praised its workers.",
       {{"Narendra Modi", "Prime Minister", ""}}},
      {"German Chancellor Olaf Scholz met business leaders in Berlin to discuss energy prices.",
       {{"Olaf Scholz", "Chancellor", ""}}},
      {"Goldman Sachs analyst Kai Brenner cut his target for the shares after the results.",
       {{"Kai Brenner", "analyst", "Goldman Sachs"}}},
      {"Toyota chairman Akio Toyoda apologised to shareholders at the annual meeting.",
       {{"Akio Toyoda", "chairman", "Toyota"}}},
      {"Bloomberg's Rachel Ho asked him about the shortage of chips in an interview.",
       {{"Rachel Ho", "", "Bloomberg"}}},
      {"Reserve Bank of India Governor Sanjay Malhotra said inflation was easing.",
       {{"Sanjay Malhotra", "Governor", "Reserve Bank of India"}}},
      {"Tesla Chief Executive Elon Musk said the robotaxi would launch next year.",
       {{"Elon Musk", "Chief Executive", "Tesla"}}},
      {"Barclays economist Silvia Ardagna said the central bank would cut rates twice.",
       {{"Silvia Ardagna", "economist", "Barclays"}}},
      {"Hyundai Motor Group chairman Chung Eui-sun said the company would build more hybrids.",
       {{"Chung Eui-sun", "chairman", "Hyundai Motor Group"}}},
      {"OpenAI chief executive Sam Altman said the company needed more computing power.",
       {{"Sam Altman", "chief executive", "OpenAI"}}},
      {"On Wednesday, Fed Chair Jerome Powell said the labour market was cooling but still solid.",
       {{"Jerome Powell", "Chair", "Federal Reserve"}}},
      // The same at the start of a sentence: "Fed" before a role is the central bank.
      {"Fed Chair Jerome Powell said the labour market was cooling but still solid.",
       {{"Jerome Powell", "Chair", "Federal Reserve"}}},
      {"Indian Finance Minister Nirmala Sitharaman presented the budget in parliament on Saturday.",
       {{"Nirmala Sitharaman", "Finance Minister", ""}}},
      {"South Korean President Lee Jae-myung said talks with the United States would continue.",
       {{"Lee Jae-myung", "President", ""}}},
      {"Qorvex's chief executive Dana Whitley said orders had never been stronger.",
       {{"Dana Whitley", "chief executive", "Qorvex"}}},
      {"Xiaomi founder Lei Jun unveiled the company's first electric car in Beijing.",
       {{"Lei Jun", "founder", "Xiaomi"}}},
      {"Saudi Crown Prince Mohammed bin Salman met foreign investors in the capital on Tuesday to discuss new projects.",
       {{"Mohammed bin Salman", "Crown Prince", ""}}},
      {"Kenyan President William Ruto said the loan would be used to build roads.",
       {{"William Ruto", "President", ""}}},
      {"Mexican President Claudia Sheinbaum said the tariffs would hurt both countries.",
       {{"Claudia Sheinbaum", "President", ""}}},
  });
}

TEST_F(PersonTest, HonorificsAreNotRoles) {
  Check({
      {"Ms. Ingrid Solberg said the fund would sell its stake in the company.", {{"Ingrid Solberg", "", ""}}},
      {"Mr Tan told the court that he had acted in good faith.", {{"Tan", "", ""}}},
      {"Dr. Rajesh Iyer said the hospital had enough beds for the winter.", {{"Rajesh Iyer", "", ""}}},
  });
}

TEST_F(PersonTest, EastAsianNames) {
  Check({
      {"Ouyang Lin, a partner at the law firm, said the ruling was final.", {{"Ouyang Lin", "partner", ""}}},
      {"Lee Hsien Loong said the city state would stay open to trade and talent.", {{"Lee Hsien Loong", "", ""}}},
      {"Taiwan's President Lai Ching-te said the island would not be provoked.",
       {{"Lai Ching-te", "President", ""}}},
      {"Chey Tae-won, chairman of SK Group, said the company would invest more in chips.",
       {{"Chey Tae-won", "chairman", "SK Group"}}},
      {"Lee Jae-yong, chairman of Samsung Electronics, attended the ceremony in Seoul.",
       {{"Lee Jae-yong", "chairman", "Samsung Electronics"}}},
      {"Kim Min-jung, a researcher at the Korea Development Institute, said exports would slow.",
       {{"Kim Min-jung", "researcher", "Korea Development Institute"}}},
      {"Park Ji-hoon, an analyst at Mirae Asset Securities, said memory prices would rise.",
       {{"Park Ji-hoon", "analyst", "Mirae Asset"}}},
      {"Rhee Chang-yong, governor of the Bank of Korea, said the won was too weak.",
       {{"Rhee Chang-yong", "governor", "Bank of Korea"}}},
      {"Liang Wenfeng, the founder of DeepSeek, rarely speaks to the press.",
       {{"Liang Wenfeng", "founder", "DeepSeek"}}},
      {"Zhang Yiming said the app would stay available to its users.", {{"Zhang Yiming", "", ""}}},
      {"Yuko Sato, a trader at Mizuho in Tokyo, said the yen had weakened overnight.",
       {{"Yuko Sato", "trader", "Mizuho"}}},
      {"Hong Kong leader John Lee Ka-chiu said the city would lower its fees.",
       {{"John Lee Ka-chiu", "leader", ""}}},
  });
}

TEST_F(PersonTest, VietnameseNames) {
  Check({
      {"Nguyen Van An, a farmer in the Mekong Delta, said the price of rice had doubled.",
       {{"Nguyen Van An", "farmer", ""}}},
      {"Pham Minh Chinh said the country would speed up work on the railway.", {{"Pham Minh Chinh", "", ""}}},
      {"Tran Thi Mai, a director at Vietcombank, said lending would grow this year.",
       {{"Tran Thi Mai", "director", "Vietcombank"}}},
      {"Le Thi Hoa told reporters that the factory had stopped hiring workers.", {{"Le Thi Hoa", "", ""}}},
  });
}

TEST_F(PersonTest, NamesWithParticles) {
  Check({
      {"Ursula von der Leyen said the bloc would respond to the tariffs.", {{"Ursula von der Leyen", "", ""}}},
      {"Luis de Guindos, vice president of the European Central Bank, said inflation was easing.",
       {{"Luis de Guindos", "vice president", "European Central Bank"}}},
      {"Frans van der Berg, a trader at ING in Amsterdam, said gas prices would fall.",
       {{"Frans van der Berg", "trader", "ING"}}},
      {"Ahmed bin Sulayem, chairman of DP World, said trade through the port was growing.",
       {{"Ahmed bin Sulayem", "chairman", "DP World"}}},
      {"Brazilian President Luiz Inácio Lula da Silva said the deal was good for farmers.",
       {{"Luiz Inácio Lula da Silva", "President", ""}}},
      {"Andrés Manuel López Obrador said the oil company would not be sold.",
       {{"Andrés Manuel López Obrador", "", ""}}},
  });
}

TEST_F(PersonTest, ShortMentionsResolveToTheFullName) {
  Check({
      {"Maria Gonzalez, a director at Santander, said rates would fall. Gonzalez added that lending had slowed.",
       {{"Maria Gonzalez", "director", "Santander"}, {"Maria Gonzalez", "director", "Santander"}}},
      {"Masayoshi Son, the founder of SoftBank Group, said the fund would invest more in chips.\n\n"
       "Son said the bet would pay off within a decade.",
       {{"Masayoshi Son", "founder", "SoftBank Group"}, {"Masayoshi Son", "founder", "SoftBank Group"}}},
      {"Zhang Yiming founded the company in 2012. Zhang stepped down as its chief executive in 2021.",
       {{"Zhang Yiming", "", ""}, {"Zhang Yiming", "", ""}}},
      {"Priya Nair, an economist at HDFC Bank, expects inflation to ease.\n\nNair said food prices were the main risk.",
       {{"Priya Nair", "economist", "HDFC Bank"}, {"Priya Nair", "economist", "HDFC Bank"}}},
      {"Ana Ribeiro opened her first restaurant in Lisbon in 2015, and Ana says the city has changed since then.",
       {{"Ana Ribeiro", "", ""}, {"Ana Ribeiro", "", ""}}},
      {"Hiroshi Tanaka, a spokesman for Nissan, said the recall covered 300,000 cars. Mr. Tanaka said no injuries "
       "had been reported.",
       {{"Hiroshi Tanaka", "spokesman", "Nissan"}, {"Hiroshi Tanaka", "spokesman", "Nissan"}}},
      {"Jane Roe, an analyst at Nomura, and John Doe, a strategist at Jefferies, disagree. Roe expects a cut, "
       "while Doe said rates would stay on hold.",
       {{"Jane Roe", "analyst", "Nomura"},
        {"John Doe", "strategist", "Jefferies"},
        {"Jane Roe", "analyst", "Nomura"},
        {"John Doe", "strategist", "Jefferies"}}},
      {"Chey Tae-won, chairman of SK Group, spoke at the forum.\n\nChey said the group would sell some assets.",
       {{"Chey Tae-won", "chairman", "SK Group"}, {"Chey Tae-won", "chairman", "SK Group"}}},
      {"Nguyen Van An, a farmer in the Mekong Delta, said the rains came late. An said his harvest would be small.",
       {{"Nguyen Van An", "farmer", ""}, {"Nguyen Van An", "farmer", ""}}},
      {"Ursula von der Leyen said the bloc was ready to talk. Von der Leyen did not say when talks would begin.",
       {{"Ursula von der Leyen", "", ""}, {"Ursula von der Leyen", "", ""}}},
  });
}

TEST_F(PersonTest, SentenceInitialWordsAreNotNames) {
  Check({
      {"Despite the slowdown, exports rose for a third month.", {}},
      {"Nevertheless, Tokyo remains the biggest market for the company.", {}},
      {"Meanwhile Beijing said it would retaliate against the new export controls.", {}},
      {"Analysts expect the central bank to hold rates at its next meeting.", {}},
      {"Shares of the carmaker fell after it cut its outlook for the year.", {}},
      {"Investors said the sell-off was overdone.", {}},
  });
}

TEST_F(PersonTest, PlacesAreNotPeople) {
  Check({
      {"Hong Kong shares fell as investors sold property stocks.", {}},
      {"New York officials said the subway would reopen on Sunday after the storm.", {}},
      {"Exports from Ho Chi Minh City rose 10% in the first quarter, officials said.", {}},
      {"Flights between Kuala Lumpur and Abu Dhabi were cancelled because of the storm.", {}},
      {"The company opened an office in Rio de Janeiro and another in Buenos Aires last year.", {}},
      {"Rents in San Francisco and Los Angeles have fallen since the pandemic began.", {}},
      {"Protesters gathered in Tel Aviv and Jerusalem on Saturday night.", {}},
      {"Salt Lake City will host the winter games again, organisers said.", {}},
  });
}

TEST_F(PersonTest, OrganisationsAndProductsAreNotPeople) {
  Check({
      {"Morgan Stanley raised its price target on the stock.", {}},
      {"Goldman Sachs and Wells Fargo both cut their forecasts for growth.", {}},
      {"Johnson & Johnson agreed to pay $700 million to settle the claims.", {}},
      {"Marks & Spencer said sales of clothing rose in the spring.", {}},
      {"Ford Motor said it would delay the launch of its electric pickup.", {}},
      {"Louis Vuitton opened a new flagship store in Shanghai.", {}},
      {"Tata Sons said it would not sell its stake in the airline.", {}},
      {"Ralph Lauren said demand for its sweaters was strong in China.", {}},
      {"Sales of the Tesla Model Y fell sharply in Europe last month.", {}},
      {"The Galaxy Note was recalled after its batteries caught fire.", {}},
      {"Apple's iPhone and Google's Pixel compete for buyers in Japan.", {}},
      {"Millions of people now ask ChatGPT for advice on their taxes.", {}},
  });
}

TEST_F(PersonTest, MonthsWeekdaysAndNationalitiesAreNotPeople) {
  Check({
      {"Sales in May and June rose, while April was weak because of the holidays.", {}},
      {"On Monday, shares in Tokyo closed higher for the first time in a week.", {}},
      {"Exports rose in August, customs data showed on Friday.", {}},
      {"Chinese, Korean and Japanese officials met in Busan to discuss trade and shipping rules.", {}},
      {"Indian and Pakistani diplomats said the talks had been useful.", {}},
      {"British and French ministers said they would meet again in the autumn.", {}},
  });
}

TEST_F(PersonTest, HeadlineTitleCaseConfirmsNothing) {
  Check({
      {"Markets Brace For Volatile Week Ahead", {}},
      {"Chip Stocks Rally After Strong Guidance", {}},
      {"Global Bond Yields Climb Ahead Of Central Bank Meetings", {}},
      {"Carmakers Race To Cut Costs As Demand Slows", {}},
      // Running text with a lower-case verb is no headline, however many of its longer
      // words are names.
      {"Jane Roe met Li Qiang in Beijing on Monday.", {{"Jane Roe", "", ""}, {"Li Qiang", "", ""}}},
  });
}

}  // namespace
}  // namespace hearsay
