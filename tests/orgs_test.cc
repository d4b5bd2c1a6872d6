// Organisation recognition tables: each row is a short article body (a plain headline is
// put before it) and the canonical names of every organisation mention found in it, in
// text order. The whole list is compared, so a missed name and a spurious one both fail.
#include <gtest/gtest.h>

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

class OrgTest : public ::testing::Test {
 protected:

  // The canonical names of the organisations in `body`, in text order; `*found` gets the
  // mentions as written ("name <- text") for the failure message.
  static std::vector<std::string> Orgs(const std::string& body, std::string* found) {
    Result<Document> doc = DecodeDocument("t.txt", "News\n\n" + body + "\n");
    EXPECT_TRUE(doc.ok());
    if (!doc.ok()) return {};
    Analysis a = testing::SharedExtractor().Analyze(*doc, AnalyzeOptions{});
    std::vector<std::string> names;
    for (const OrgMention& m : a.items.orgs) {
      names.push_back(m.name);
      *found += "\n    " + m.name + " <- \"" + std::string(m.span.In(doc->text)) + "\"";
    }
    return names;
  }

  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  static void Check(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      std::string found;
      EXPECT_EQ(Orgs(c.text, &found), c.want) << "text: " << c.text << "\n  found:" << found;
    }
  }

};

TEST_F(OrgTest, GazetteerNamesAndAliasesFoldToOneCanonicalName) {
  Check({
      {"Huawei Technologies Co. shipped more smartphones than analysts had expected.", {"Huawei"}},
      {"Alphabet's Google unveiled a new version of its search engine on Tuesday.", {"Alphabet", "Google"}},
      {"Toyota Motor Corp. raised its annual profit forecast because of the weak yen.", {"Toyota"}},
      {"TSMC said demand for its most advanced chips remained strong.", {"TSMC"}},
      {"Taiwan Semiconductor Manufacturing Co. reported a record quarterly profit.", {"TSMC"}},
      {"Shares of Samsung Electronics Co. and SK Hynix Inc. climbed in Seoul.", {"Samsung Electronics", "SK Hynix"}},
      {"Sony Group Corp. plans to spin off its financial services arm.", {"Sony"}},
      {"Reliance Industries Ltd. will list its telecom unit next year.", {"Reliance Industries"}},
      {"Tata Consultancy Services Ltd. hired fewer graduates this year.", {"Tata Consultancy Services"}},
      {"Analysts said Infosys Ltd. could cut its revenue guidance again.", {"Infosys"}},
      {"Volkswagen AG and BMW AG are struggling with weaker demand in China.", {"Volkswagen", "BMW"}},
      {"The board of Siemens AG approved a share buyback on Wednesday.", {"Siemens"}},
      {"HSBC Holdings plc said it would cut costs at its investment bank.", {"HSBC"}},
      {"The Hongkong and Shanghai Banking Corp. was founded in 1865.", {"HSBC"}},
      {"Nestlé SA raised prices for coffee and chocolate across Europe.", {"Nestle"}},
      {"Bank of America Corp. and Wells Fargo & Co. both beat profit estimates.", {"Bank of America", "Wells Fargo"}},
      {"JPMorgan Chase & Co. set aside more money for bad loans.", {"JPMorgan Chase"}},
      {"Mitsubishi UFJ Financial Group Inc. will raise its dividend this year.", {"MUFG"}},
      {"Contemporary Amperex Technology Co. Ltd., the world's largest battery maker, is building a plant in Hungary.",
       {"CATL"}},
      {"Hon Hai Precision Industry Co., better known as Foxconn, assembles most of the world's smartphones.",
       {"Foxconn", "Foxconn"}},
      {"Hyundai Motor Co. and its affiliate Kia Corp. will build a battery plant in Georgia.", {"Hyundai Motor", "Kia"}},
      {"Saudi Arabian Oil Co. raised the price of its crude for buyers in Asia.", {"Saudi Aramco"}},
      {"Petróleo Brasileiro SA, the state-controlled oil producer known as Petrobras, cut diesel prices.",
       {"Petrobras", "Petrobras"}},
      {"Alibaba Group Holding Ltd. has split itself into six separate units.", {"Alibaba"}},
      {"Investors cheered after Tencent Holdings Ltd. posted a rise in gaming revenue.", {"Tencent"}},
      {"BYD Co. sold more electric cars than Tesla Inc. in the final quarter.", {"BYD", "Tesla"}},
      {"Nintendo Co. said its new console sold well during the holidays.", {"Nintendo"}},
      {"SoftBank Group Corp. is raising money for its next technology fund.", {"SoftBank Group"}},
      {"Fast Retailing Co., the owner of Uniqlo, raised its annual outlook.", {"Fast Retailing", "Uniqlo"}},
      {"Mahindra & Mahindra Ltd. and Tata Motors Ltd. lead the market for electric cars in India.",
       {"Mahindra & Mahindra", "Tata Motors"}},
      {"The miner BHP Group Ltd. and its rival Rio Tinto plc reported lower iron ore output.", {"BHP", "Rio Tinto"}},
      {"DBS Group Holdings Ltd., the largest lender in Southeast Asia, posted record earnings.", {"DBS"}},
      {"Grab Holdings Ltd. agreed to buy a smaller rival in Indonesia.", {"Grab"}},
      {"The Vietnamese carmaker VinFast opened its first factory in North Carolina.", {"VinFast"}},
      {"Procter & Gamble Co. raised prices on diapers and detergent again.", {"Procter & Gamble"}},
      {"Shares of Commonwealth Bank of Australia hit a record high on Monday.", {"Commonwealth Bank"}},
      {"Researchers at Google DeepMind released a model that predicts the weather.", {"Google DeepMind"}},
      {"Hangzhou DeepSeek Artificial Intelligence Co. released a new reasoning model.", {"DeepSeek"}},
      {"Rakuten Group Inc. lost money on its mobile network again.", {"Rakuten"}},
      {"The offering was led by Goldman Sachs Group Inc. and Morgan Stanley.", {"Goldman Sachs", "Morgan Stanley"}},
      {"Mercedes-Benz Group AG cut its margin forecast for the year.", {"Mercedes-Benz"}},
      {"Demand for luxury goods has slowed, and Moët Hennessy Louis Vuitton SE said sales fell in China.", {"LVMH"}},
  });
}

TEST_F(OrgTest, NamesThatKeepTheirPlaceStayWhole) {
  Check({
      {"The Hong Kong Stock Exchange approved the listing on Friday.", {"Hong Kong Stock Exchange"}},
      {"The South China Morning Post reported the plan earlier this week.", {"South China Morning Post"}},
      {"The Bank of England kept interest rates unchanged for a third meeting.", {"Bank of England"}},
      {"The Bank of Japan ended its negative interest rate policy in March.", {"Bank of Japan"}},
      {"The company will list its shares on the Tokyo Stock Exchange next month.", {"Tokyo Stock Exchange"}},
      {"The People's Bank of China cut the reserve requirement ratio for banks.", {"People's Bank of China"}},
      {"Economists expect the European Central Bank to cut rates again in June.", {"European Central Bank"}},
      {"The Reserve Bank of India left its key rate unchanged for a sixth meeting.", {"Reserve Bank of India"}},
      {"The Korea Fair Trade Commission fined the platform operator for unfair practices.",
       {"Korea Fair Trade Commission"}},
      {"Singapore Airlines Ltd. said passenger traffic had recovered to pre-pandemic levels.", {"Singapore Airlines"}},
      {"China Mobile Ltd. added millions of subscribers in the quarter.", {"China Mobile"}},
      {"Tokyo Electron Ltd. raised its forecast for sales of chip equipment.", {"Tokyo Electron"}},
      {"Korea Electric Power Corp. raised electricity tariffs for industrial users.", {"KEPCO"}},
      {"Harbin Institute of Technology has been on a US export blacklist since 2020.",
       {"Harbin Institute of Technology"}},
      // An unknown institution keeps its province.
      {"Researchers at the Zhejiang Institute of Marine Studies collected the samples.",
       {"Zhejiang Institute of Marine Studies"}},
      // A city is the whole distinctive part of a bank's name: it is not a prefix to drop.
      {"Harbin Bank Co. said bad loans had risen in the northeast.", {"Harbin Bank"}},
      {"Bank of Ningbo Co. reported a rise in net interest income.", {"Bank of Ningbo"}},
  });
}

TEST_F(OrgTest, NewsOrganisations) {
  Check({
      {"The figures were first reported by Reuters, citing two people familiar with the matter.", {"Reuters"}},
      {"The company told Bloomberg News that it had no plans to sell the unit.", {"Bloomberg"}},
      {"The official Xinhua News Agency said the talks had been constructive.", {"Xinhua"}},
      {"According to the Nikkei Asian Review, the plant will open in 2026.", {"Nikkei"}},
      {"The Financial Times and The Wall Street Journal both reported the talks.",
       {"Financial Times", "Wall Street Journal"}},
      {"South Korea's Yonhap News Agency said the launch had failed.", {"Yonhap"}},
  });
}

TEST_F(OrgTest, CorporateSuffixesFoldOutOfUnknownNames) {
  Check({
      {"Qorvex Inc. filed for an initial public offering in New York.", {"Qorvex"}},
      {"Investors in Velmora Corp. approved the merger on Monday.", {"Velmora"}},
      {"The contract went to Kestrix Ltd., a small engineering firm.", {"Kestrix"}},
      {"Norvale Group Holdings Ltd. reported a loss for the year.", {"Norvale"}},
      {"Harwick Foods plc warned that its margins would shrink.", {"Harwick Foods"}},
      {"The supplier Weissbach GmbH filed for insolvency in Stuttgart.", {"Weissbach"}},
      {"A court in Lyon ordered Dupraz SA to pay damages to its former workers.", {"Dupraz"}},
      {"Tarrow Capital LLC bought a stake in the retailer last year.", {"Tarrow Capital"}},
      {"Lindqvist Maskin AB supplies parts to truck makers across the region.", {"Lindqvist Maskin"}},
      {"Ostberg Holding ASA agreed to sell its shipping unit for cash.", {"Ostberg"}},
      {"The lawsuit named Brantley Dynamics Corp. as a defendant.", {"Brantley Dynamics"}},
      {"Pemberton Mining Pty Ltd. paused work at its gold mine after the flood.", {"Pemberton Mining"}},
      {"Sanwa Kogyo Co., Ltd. makes precision bearings for carmakers.", {"Sanwa Kogyo"}},
      {"The parts are made by Daesung Precision Co. and shipped to factories abroad.", {"Daesung Precision"}},
      // India's private limited company: "Pvt. Ltd." is a corporate form like "Co., Ltd.".
      {"Anvaya Software Pvt. Ltd. raised fresh funding from two venture funds.", {"Anvaya"}},
      // "Holdings" is a corporate suffix too, without Ltd. after it.
      {"Kovra Holdings said on Monday that its profit had doubled.", {"Kovra"}},
  });
}

TEST_F(OrgTest, ACityPrefixIsNotPartOfTheName) {
  Check({
      {"Shanghai Lumora Technology Co. supplies sensors to carmakers.", {"Lumora"}},
      {"Shenzhen Yuntu Robotics Co. unveiled a humanoid robot on Thursday.", {"Yuntu Robotics"}},
      {"Hangzhou Feiyun Intelligent Technology Co., Ltd. listed its shares last year.", {"Feiyun"}},
      {"The order went to Beijing Zhiling Semiconductor Co. after a tender.", {"Zhiling"}},
      {"Wuhan Xinchen Information Technology Co. is among the companies added to the list.", {"Xinchen"}},
      {"The chips are designed by Tianyan Intelligent Nanjing Co. and made abroad.", {"Tianyan"}},
      {"Suzhou Hengrui Semiconductor Technology Co. plans to expand its factory.", {"Hengrui"}},
  });
}

TEST_F(OrgTest, InstitutionsAreFoundByTheirHeadWord) {
  Check({
      {"A study by the Halvorsen Institute for Climate Studies was published on Monday.",
       {"Halvorsen Institute for Climate Studies"}},
      {"She teaches economics at the University of Westmoor.", {"University of Westmoor"}},
      {"The report was written by the Academy of Digital Governance in Seoul.", {"Academy of Digital Governance"}},
      {"The Ministry of Coastal Development said the port would reopen soon.", {"Ministry of Coastal Development"}},
      {"The Velora Battery Research Center opened a new laboratory in Busan.", {"Velora Battery Research Center"}},
      {"Officials at the Maritime Safety Commission declined to comment.", {"Maritime Safety Commission"}},
      {"The model was trained by a team at Tsinghua University using public data.", {"Tsinghua University"}},
      {"Scientists at the Indian Institute of Technology Madras designed the processor.", {"IIT Madras"}},
      {"The Centre for Policy Research, a think tank in New Delhi, published the survey.",
       {"Centre for Policy Research"}},
      {"Ashgrove University and the Kellerman Foundation will fund the project together.",
       {"Ashgrove University", "Kellerman Foundation"}},
      {"The Ministry of Industry and Information Technology issued new rules for drones.", {"MIIT"}},
      {"The trial was led by the National Institute of Advanced Robotics in Tokyo, which has studied such machines "
       "for years.",
       {"National Institute of Advanced Robotics"}},
      {"Officials at the Ministry of Finance said the budget would be presented in March.", {"Ministry of Finance"}},
      // Capitalised generic words with an institution word that name a place or a room.
      {"Settlements in the West Bank expanded last year, the report said.", {}},
      {"The president spoke to the nation from the Oval Office on Tuesday.", {}},
  });
}

TEST_F(OrgTest, ADescriptorBeforeANameMarksACompany) {
  Check({
      {"The startup Tessaly raised $40 million from investors.", {"Tessaly"}},
      {"The consultancy Barnex estimates that prices will fall next year.", {"Barnex"}},
      {"South Korean battery maker Ecoverde plans to build a plant in Poland.", {"Ecoverde"}},
      {"The deal values research firm Dataplex at $2 billion.", {"Dataplex"}},
      {"Shares of the insurer Allvida fell sharply after the storm.", {"Allvida"}},
      {"The lender Credora said it would close a third of its branches.", {"Credora"}},
      {"A team from rival startup Kyntra Labs joined the project.", {"Kyntra Labs"}},
      {"Japanese chipmaker Rapidus aims to make advanced chips by 2027.", {"Rapidus"}},
      {"The French retailer Maisonelle is closing forty stores.", {"Maisonelle"}},
      {"The brokerage Halvane Securities cut its target for the shares.", {"Halvane Securities"}},
      // "fintech" is a noun that introduces a company's name in business news.
      {"Indian fintech Zyplo raised money at a higher valuation.", {"Zyplo"}},
      // A descriptor before a person is not a company.
      {"Billionaire investor Warren Buffett praised the deal in his letter.", {}},
  });
}

TEST_F(OrgTest, APossessiveBeforeARoleMarksACompany) {
  Check({
      {"Qorvex's chief executive said orders were strong.", {"Qorvex"}},
      {"Analysts questioned Telmora's CEO about the delay in shipments.", {"Telmora"}},
      {"Brightwave's chief financial officer will leave at the end of the year.", {"Brightwave"}},
      {"A spokesman for Zenvia's board declined to comment on the offer.", {"Zenvia"}},
      // Places and people take possessives before roles too.
      {"Germany's finance minister rejected the proposal on Friday.", {}},
      {"The prime minister's spokesman said the talks would continue.", {}},
      {"Starmer's spokesman said the government would respond in writing.", {}},
  });
}

TEST_F(OrgTest, AcronymsDefinedInParenthesesAreUsedLater) {
  Check({
      // The acronym in parentheses is itself a mention, and so is each later use.
      {"The Halvorsen Institute for Climate Studies (HICS) published the data. HICS said emissions rose.",
       {"Halvorsen Institute for Climate Studies", "Halvorsen Institute for Climate Studies",
        "Halvorsen Institute for Climate Studies"}},
      {"Velmora Technologies Inc. (VTI) missed estimates.\n\nShares of VTI fell 8% on Friday after the report.",
       {"Velmora", "Velmora", "Velmora"}},
      {"The Westbury Fisheries Commission (WFC) set new quotas. The WFC meets again in May.",
       {"Westbury Fisheries Commission", "Westbury Fisheries Commission", "Westbury Fisheries Commission"}},
      {"The Korea Fair Trade Commission (KFTC) opened a probe. The KFTC said it would decide by June.",
       {"Korea Fair Trade Commission", "Korea Fair Trade Commission", "Korea Fair Trade Commission"}},
  });
}

TEST_F(OrgTest, ProductsAreNotOrganisations) {
  Check({
      {"Apple's new iPhone will run a redesigned version of its software.", {"Apple"}},
      {"Millions of people use ChatGPT every week to help with homework.", {}},
      {"Microsoft will stop supporting Windows 10 next year.", {"Microsoft"}},
      {"Huawei's Ascend AI chips are in short supply this year.", {"Huawei"}},
      {"Toyota's Prius was the first hybrid car sold in large numbers.", {"Toyota"}},
      {"The PlayStation 5 outsold the Xbox Series X in Japan last year.", {}},
      {"Users of the Gemini app can now generate images from a short prompt.", {}},
  });
}

TEST_F(OrgTest, EventsAndConferencesAreNotOrganisations) {
  Check({
      {"The company showed the phone at Mobile World Congress in Barcelona.", {}},
      {"Executives met at the Global Battery Summit in Busan last week.", {}},
      {"He spoke at the World Economic Forum's annual meeting in Davos.", {"World Economic Forum"}},
      {"Leaders will meet at the G20 summit in Rio de Janeiro in November.", {}},
      {"The Consumer Electronics Show opens in Las Vegas on Tuesday.", {}},
      {"Athletes are preparing for the Paris Olympics this summer.", {}},
  });
}

TEST_F(OrgTest, PeopleAndPlacesAreNotOrganisations) {
  Check({
      {"Actor Harrison Ford attended the premiere in London.", {}},
      {"The inventor Nikola Tesla died in a hotel room in New York.", {}},
      {"Michael Dell founded the company in his university dormitory.", {}},
      {"Jane Roe said the deal was fair to shareholders.", {}},
      {"Exports from Shanghai and Shenzhen rose sharply in April.", {}},
      {"Deforestation in the Amazon rainforest fell last year.", {}},
      {"Prices in Hong Kong and Singapore rose faster than in Tokyo.", {}},
      {"Chinese and Japanese carmakers are gaining market share in Southeast Asia.", {}},
  });
}

TEST_F(OrgTest, CommonWordsAndSentenceStartersAreNotOrganisations) {
  Check({
      {"However, analysts expect demand to recover next year.", {}},
      {"Target the undecided voters first, the campaign memo urged.", {}},
      {"Shell casings were found near the scene, police said.", {}},
      {"An apple a day keeps the doctor away, the saying goes.", {}},
      {"Orange juice futures jumped to a record this week.", {}},
      {"Total revenue rose 5% to $3 billion in the quarter.", {}},
      {"Grab a coffee before the meeting starts, he wrote to his staff.", {}},
      {"Fed up with the delays, commuters protested outside the station.", {}},
      // A role after a sentence-initial name that is also a word: "Fed" is the central bank.
      {"Fed Chair Jerome Powell said the labour market was cooling but still solid.", {"Federal Reserve"}},
      // A speech verb after a sentence-initial company name that is also a word.
      {"Amazon said on Thursday it would hire 250,000 seasonal workers.", {"Amazon"}},
  });
}

TEST_F(OrgTest, HeadlineTitleCaseConfirmsNothing) {
  Check({
      {"Global Markets Tumble As Tech Giants Stumble", {}},
      {"Nvidia Shares Surge On Record Data Center Sales", {"Nvidia"}},
      {"Chinese Startup Unveils Rival To Western Models", {}},
      {"Battery Makers Brace For Slower Electric Vehicle Demand", {}},
      // Running text with lower-case verbs and prepositions is no headline, however many
      // of its longer words are names.
      {"Officials from the Velora Battery Research Center visited Busan.", {"Velora Battery Research Center"}},
  });
}

}  // namespace
}  // namespace hearsay
