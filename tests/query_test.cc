// The output module's query side: CSV escaping, table layout, and the claim, entity,
// show and export queries over a small ledger built by hand.
#include "output/query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "ingest/ingest.h"
#include "ledger/ledger.h"
#include "output/csv.h"
#include "output/items.h"
#include "output/table.h"
#include "test_util.h"

namespace hearsay {
namespace {

using testing::TempDir;

// ---------------------------------------------------------------------------------------
// CSV

struct CsvCase {
  std::string in;
  std::string want;
};

TEST(CsvTest, FieldsAreQuotedAndDefused) {
  const CsvCase cases[] = {
      {"", ""},
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"\"", "\"\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"crlf\r\n", "\"crlf\r\n\""},
      {"=SUM(A1:A2)", "'=SUM(A1:A2)"},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"+1", "'+1"},
      {"-1", "'-1"},
      {"@x", "'@x"},
      {"\tlead", "'\tlead"},
      {"\rlead", "\"'\rlead\""},
      {"=1,2", "\"'=1,2\""},
      {"a=b", "a=b"},
      {"1-2", "1-2"},
      {"'quoted already", "'quoted already"},
      {"中文, “curly”", "\"中文, “curly”\""},
  };
  for (const CsvCase& c : cases) {
    std::string out;
    AppendCsvField(out, c.in);
    EXPECT_EQ(out, c.want) << "input: " << c.in;
  }
}

TEST(CsvTest, RowsUseCrlfAndCommas) {
  std::string out;
  AppendCsvRow(out, {"id", "text", ""});
  AppendCsvRow(out, {"1", "a,b", "-x"});
  EXPECT_EQ(out, "id,text,\r\n1,\"a,b\",'-x\r\n");
}

TEST(CsvTest, FormulaLike) {
  for (std::string_view s : {"=", "+", "-", "@", "\t", "\r", "=A1"}) EXPECT_TRUE(IsFormulaLike(s)) << s;
  for (std::string_view s : {"", "a", " =A1", "1", "'=A1", "\n"}) EXPECT_FALSE(IsFormulaLike(s)) << s;
}

// ---------------------------------------------------------------------------------------
// Tables

TEST(TableTest, DisplayWidth) {
  const std::pair<std::string, int> cases[] = {
      {"", 0},        {"abc", 3},    {"中文", 4},   {"ｆｕｌｌ", 8},  // fullwidth forms
      {"e\u0301", 1},                                                 // combining acute accent
      {"…", 1},       {"한국어", 6}, {"Zürich", 6}, {"a\tb", 2},      // control characters take no column
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(DisplayWidth(text), want) << text;
}

TEST(TableTest, TruncateCountsWideCharacters) {
  EXPECT_EQ(Truncate("short", 10), "short");
  EXPECT_EQ(Truncate("exactly10!", 10), "exactly10!");
  EXPECT_EQ(Truncate("abcdefghijk", 5), "abcd…");
  EXPECT_EQ(Truncate("中文字符", 8), "中文字符");
  EXPECT_EQ(Truncate("中文字符", 5), "中文…");
  // A wide character that would straddle the limit is dropped: width 3, not 4.
  EXPECT_EQ(Truncate("中文字符", 4), "中…");
  EXPECT_EQ(DisplayWidth(Truncate("中文字符", 4)), 3);
  EXPECT_EQ(Truncate("abc def", 5), "abc…");  // no space before the ellipsis
  EXPECT_EQ(Truncate("a/b/c/file.txt:12", 10, Elide::kStart), "…le.txt:12");
  EXPECT_EQ(Truncate("路径/文件.txt", 7, Elide::kStart), "…件.txt");
  EXPECT_EQ(Truncate("anything", 0), "");
  EXPECT_EQ(Truncate("anything", 1), "…");
  // Never splits a UTF-8 sequence.
  for (int w = 1; w < 12; ++w) {
    const std::string t = Truncate("Xú Bíng 中文 ok", w);
    EXPECT_LE(DisplayWidth(t), w);
    EXPECT_EQ(t.find("\xEF\xBF\xBD"), std::string::npos);
  }
}

TEST(TableTest, FitsTheWidthWithWideCharacters) {
  const std::vector<TableColumn> columns = {
      {.header = "id", .align = Align::kRight},
      {.header = "speaker"},
      {.header = "text", .flex = true, .min_width = 10},
  };
  const std::vector<std::vector<std::string>> rows = {
      {"7", "Xu Bing", "compute is a commodity and, in the long run, the gap will close"},
      {"12345", "曾毅", "人工智能的发展速度非常快，我们需要更多的算力和数据来训练模型"},
      {"3", "Zeng", "line\nbreak\tand tab"},
  };
  for (int width : {30, 40, 60, 200}) {
    const std::string out = RenderTable(columns, rows, {.width = width});
    const std::vector<std::string> lines = testing::Lines(out);
    ASSERT_EQ(lines.size(), 4u);
    for (const std::string& line : lines) {
      EXPECT_LE(DisplayWidth(line), width) << line;
      EXPECT_TRUE(line.empty() || line.back() != ' ') << "trailing space: [" << line << "]";
    }
    EXPECT_EQ(lines[0].find("id"), lines[1].find("7") - 1) << "numbers are right-aligned";
    EXPECT_EQ(lines[3].find('\t'), std::string::npos);
  }
  const std::string wide = RenderTable(columns, rows, {.width = 200});
  EXPECT_NE(wide.find("人工智能的发展速度非常快，我们需要更多的算力和数据来训练模型"), std::string::npos);
  const std::string narrow = RenderTable(columns, rows, {.width = 40});
  EXPECT_NE(narrow.find("…"), std::string::npos);
  EXPECT_EQ(narrow.find("\033["), std::string::npos);
  EXPECT_EQ(RenderTable(columns, rows, {.width = 40, .color = true}).rfind("\033[1m", 0), 0u);
}

TEST(TableTest, WrapKeepsLinesWithinWidth) {
  const std::string out = Wrap("the quick brown fox jumps over the lazy dog 人工智能的发展速度非常快", 20, "  ");
  for (const std::string& line : testing::Lines(out)) {
    EXPECT_LE(DisplayWidth(line), 20) << line;
    EXPECT_EQ(line.rfind("  ", 0), 0u);
  }
  EXPECT_EQ(Wrap("a b", 20, "> "), "> a b\n");
  EXPECT_EQ(Wrap("", 20), "");
}

// ---------------------------------------------------------------------------------------
// Queries over a small ledger

struct Doc {
  Document doc;
  Metadata meta;
  Items items;
};

// Byte span of the first `needle` in the document (it must occur).
Span Find(const Doc& d, std::string_view needle) {
  const size_t at = d.doc.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Span LineOf(const Doc& d, Span s) {
  const size_t b = d.doc.text.rfind('\n', s.begin);
  const size_t e = d.doc.text.find('\n', s.end);
  return {static_cast<uint32_t>(b == std::string::npos ? 0 : b + 1), static_cast<uint32_t>(e)};
}

struct ClaimSpec {
  std::string text, speaker;
  SpeakerType type = SpeakerType::kPerson;
  bool direct = false;
  std::string role = {}, org = {};
};

void AddClaim(Doc& d, const ClaimSpec& c) {
  Claim claim;
  const Span span = Find(d, c.text);
  claim.parts = {span};
  claim.text = c.text;
  claim.speaker = c.speaker;
  claim.speaker_type = c.type;
  claim.direct = c.direct;
  claim.speaker_role = c.role;
  claim.speaker_org = c.org;
  claim.cue = "said";
  claim.sentence = LineOf(d, span);
  d.items.claims.push_back(claim);
}

Doc MakeDoc(const std::string& path, const std::string& text, const std::string& published) {
  Doc d;
  d.doc = std::move(*DecodeDocument(path, text));
  d.meta.title = {0, static_cast<uint32_t>(text.find('\n'))};
  d.meta.published = published;
  return d;
}

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Ledger> opened = Ledger::Open(dir_.path() + "/h.db", Ledger::Mode::kWrite);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    ledger_.emplace(std::move(*opened));

    Doc a = MakeDoc("news/a.txt",
                    "Chip race\n"
                    "\"Compute is a commodity,\" Xu Bing said.\n"
                    "Wang Tao said Huawei is catching up fast.\n",
                    "2024-05-28");
    AddClaim(a, {"Compute is a commodity,", "Xu Bing", SpeakerType::kPerson, true, "co-founder", "SenseTime"});
    AddClaim(a, {"Huawei is catching up fast", "Wang Tao", SpeakerType::kPerson, false, "CEO", "Kunpeng"});
    a.items.people.push_back({Find(a, "Xu Bing"), "Xu Bing", "co-founder", "SenseTime"});
    a.items.orgs.push_back({Find(a, "Huawei"), "Huawei", "company"});

    Doc b = MakeDoc("news/b.txt",
                    "Later news\n"
                    "Xú Bíng said chips are a commodity too.\n"
                    "Huawei said sales rose 10% in May 2024.\n",
                    "2024-06-02T08:00");
    AddClaim(b, {"chips are a commodity too", "Xú Bíng"});
    AddClaim(b, {"sales rose 10% in May 2024", "Huawei", SpeakerType::kOrg});
    b.items.figures.push_back({Find(b, "10%"), "percent", 10.0, std::nullopt, std::nullopt, "", ""});
    b.items.dates.push_back({Find(b, "May 2024"), "2024-05"});

    Doc c = MakeDoc("other/c.txt",
                    "No date here\n"
                    "Someone said =SUM(A1), \"quoted\", and more.\n"
                    "Bing Crosby said Bing Xu is different.\n",
                    "");
    AddClaim(c, {"=SUM(A1), \"quoted\", and more", "'; DROP TABLE claims; --"});
    AddClaim(c, {"Bing Xu is different", "Bing Crosby"});
    for (Doc* d : {&a, &b, &c}) {
      ASSERT_TRUE(ledger_->Replace({&d->doc, &d->meta, &d->items}).ok());
      docs_.push_back(std::move(*d));
    }
    // Any SELECT that leans on an unspecified order breaks under this (STYLE.md c.10).
    ASSERT_TRUE(ledger_->db().Exec("PRAGMA reverse_unordered_selects=ON").ok());
  }

  const Ledger& ledger() const { return *ledger_; }

  // The texts of the claims the filter finds, in order.
  std::vector<std::string> Texts(const ClaimFilter& f) {
    Result<std::vector<ClaimRow>> rows = FindClaims(*ledger_, f);
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    std::vector<std::string> out;
    if (rows.ok()) {
      for (const ClaimRow& r : *rows) out.push_back(r.text);
    }
    return out;
  }

  static ClaimFilter Speaker(const std::string& s) {
    ClaimFilter f;
    f.speaker = s;
    return f;
  }

  TempDir dir_;
  std::optional<Ledger> ledger_;
  std::vector<Doc> docs_;
};

using Want = std::vector<std::string>;
const std::string kXu1 = "Compute is a commodity,";
const std::string kWang = "Huawei is catching up fast";
const std::string kXu2 = "chips are a commodity too";
const std::string kHuawei = "sales rose 10% in May 2024";
const std::string kFormula = "=SUM(A1), \"quoted\", and more";
const std::string kCrosby = "Bing Xu is different";

TEST_F(QueryTest, EverythingInDateDocumentOffsetOrder) {
  EXPECT_EQ(Texts({}), (Want{kXu1, kWang, kXu2, kHuawei, kFormula, kCrosby}));
  Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), {});
  ASSERT_TRUE(rows.ok());
  const ClaimRow& first = rows->front();
  EXPECT_EQ(first.date, "2024-05-28");
  EXPECT_EQ(first.speaker, "Xu Bing");
  EXPECT_EQ(first.speaker_type, "person");
  EXPECT_EQ(first.speaker_role, "co-founder");
  EXPECT_EQ(first.speaker_org, "SenseTime");
  EXPECT_TRUE(first.direct);
  EXPECT_EQ(first.cue, "said");
  EXPECT_EQ(first.document, "news/a.txt");
  EXPECT_EQ(first.line, 2);
  EXPECT_EQ(first.col, 2);
  EXPECT_EQ(DocIdOfItem(first.id), 1);  // news/a.txt was stored first
  EXPECT_EQ((first.id >> kKindShift) & 7, static_cast<int64_t>(ItemKind::kClaim));
  EXPECT_EQ(rows->back().date, "");  // undated last
}

TEST_F(QueryTest, SpeakerMatchesFoldedKeysAndWords) {
  const Want xu = {kXu1, kXu2};
  for (const char* q : {"Xu Bing", "xu bing", "XU BING", "Xú Bíng", "Xu", "xu", "Bing Xu", "  Xu   Bing "}) {
    EXPECT_EQ(Texts(Speaker(q)), xu) << q;
  }
  EXPECT_EQ(Texts(Speaker("Bing")), (Want{kXu1, kXu2, kCrosby}));
  EXPECT_EQ(Texts(Speaker("Crosby")), Want{kCrosby});
  EXPECT_TRUE(Texts(Speaker("Xu Bingo")).empty());
  EXPECT_TRUE(Texts(Speaker("X")).empty());  // words, not prefixes
}

TEST_F(QueryTest, SqlInNamesIsJustText) {
  EXPECT_EQ(Texts(Speaker("'; DROP TABLE claims; --")), Want{kFormula});
  for (const char* q : {"Robert'); DROP TABLE claims;--", "x' OR '1'='1", "\" OR 1=1 --", "%", "_"}) {
    ClaimFilter f = Speaker(q);
    Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), f);
    if (rows.ok()) {
      EXPECT_TRUE(rows->empty()) << q;
    }
    f = {};
    f.company = q;
    rows = FindClaims(ledger(), f);
    if (rows.ok()) {
      EXPECT_TRUE(rows->empty()) << q;
    }
  }
  EXPECT_EQ(*ledger().db().QueryInt("SELECT count(*) FROM claims"), 6);
}

TEST_F(QueryTest, NameWithNothingToMatchIsInvalid) {
  Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), Speaker("--"));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), Status::Code::kInvalidInput);
}

TEST_F(QueryTest, CompanyFindsItsClaimsPeopleAndMentions) {
  ClaimFilter f;
  f.company = "Huawei";
  EXPECT_EQ(Texts(f), (Want{kWang, kHuawei}));  // a mention and the org speaking
  f.company = "HUAWEI";
  EXPECT_EQ(Texts(f), (Want{kWang, kHuawei}));
  f.company = "SenseTime";
  EXPECT_EQ(Texts(f), Want{kXu1});  // its co-founder
  f.company = "kunpeng";
  EXPECT_EQ(Texts(f), Want{kWang});
  // Aliases go through the canonical name.
  f.company = "Huawei Technologies Co.";
  f.canonical_org = [](std::string_view name) { return std::string(name.rfind("Huawei", 0) == 0 ? "Huawei" : name); };
  EXPECT_EQ(Texts(f), (Want{kWang, kHuawei}));
  f.company = "Nobody Inc";
  EXPECT_TRUE(Texts(f).empty());
}

TEST_F(QueryTest, CompanyFallsBackToWordsOnlyWithoutAnExactName) {
  ClaimFilter f;
  f.company = "Kunpeng";
  EXPECT_EQ(Texts(f), Want{kWang});
  f.company = "Sense";  // not a word of any name
  EXPECT_TRUE(Texts(f).empty());
}

TEST_F(QueryTest, KindTextDatesDocumentAndLimit) {
  ClaimFilter f;
  f.kind = ClaimKind::kQuote;
  EXPECT_EQ(Texts(f), Want{kXu1});
  f.kind = ClaimKind::kReported;
  EXPECT_EQ(Texts(f), (Want{kWang, kXu2, kHuawei, kFormula, kCrosby}));

  f = {};
  f.text = "commodity";
  EXPECT_EQ(Texts(f), (Want{kXu1, kXu2}));
  f.text = "\"a commodity too\"";
  EXPECT_EQ(Texts(f), Want{kXu2});
  f.text = "comm*";
  EXPECT_EQ(Texts(f), (Want{kXu1, kXu2}));
  f.text = "COMPUTE";
  EXPECT_EQ(Texts(f), Want{kXu1});

  f = {};
  f.since = "2024-06";
  EXPECT_EQ(Texts(f), (Want{kXu2, kHuawei}));
  f.since = "2024-06-02";  // a date prefix includes the time of that day
  EXPECT_EQ(Texts(f), (Want{kXu2, kHuawei}));
  f = {};
  f.until = "2024-05";
  EXPECT_EQ(Texts(f), (Want{kXu1, kWang}));
  f.until = "2024-06-02";
  EXPECT_EQ(Texts(f), (Want{kXu1, kWang, kXu2, kHuawei}));  // undated articles left out
  f.since = "2024-05-28";
  f.until = "2024-05-28";
  EXPECT_EQ(Texts(f), (Want{kXu1, kWang}));

  f = {};
  f.doc = "news/b.txt";
  EXPECT_EQ(Texts(f), (Want{kXu2, kHuawei}));
  f.doc = "b.txt";
  EXPECT_EQ(Texts(f), (Want{kXu2, kHuawei}));
  f.doc = "./news/b.txt";
  EXPECT_EQ(Texts(f), (Want{kXu2, kHuawei}));
  f.doc = "s/b.txt";  // whole path components only
  EXPECT_TRUE(Texts(f).empty());

  f = {};
  f.limit = 2;
  EXPECT_EQ(Texts(f), (Want{kXu1, kWang}));

  f = {};  // filters combine
  f.speaker = "xu";
  f.text = "commodity";
  f.since = "2024-06";
  EXPECT_EQ(Texts(f), Want{kXu2});
}

TEST_F(QueryTest, MalformedFiltersAreInvalidInput) {
  std::vector<ClaimFilter> bad(6);
  bad[0].text = "commodity AND";
  bad[1].text = "co-founder";
  bad[2].text = "\"unterminated";
  bad[3].since = "May 2024";
  bad[4].until = "2024-13";
  bad[5].since = "2024-05-28 ";
  for (const ClaimFilter& f : bad) {
    Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), f);
    ASSERT_FALSE(rows.ok()) << f.text << f.since << f.until;
    EXPECT_EQ(rows.status().code(), Status::Code::kInvalidInput) << rows.status().message();
  }
}

TEST(IsoDateTest, Prefixes) {
  for (std::string_view s :
       {"2024", "2024-05", "2024-05-28", "2024-05-28T23", "2024-05-28T23:20", "2024-05-28T23:20:59"}) {
    EXPECT_TRUE(IsIsoDatePrefix(s)) << s;
  }
  for (std::string_view s :
       {"", "24", "2024-5", "2024-00", "2024-05-32", "2024/05/28", "2024-05-28T24", "May", "2024-05-28x"}) {
    EXPECT_FALSE(IsIsoDatePrefix(s)) << s;
  }
}

TEST_F(QueryTest, ClaimCellsAndJsonAgree) {
  Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), {});
  ASSERT_TRUE(rows.ok());
  const ClaimRow& r = (*rows)[4];
  const std::vector<std::string> cells = ClaimCells(r);
  ASSERT_EQ(cells.size(), ClaimColumns().size());
  EXPECT_EQ(cells[1], "");
  EXPECT_EQ(cells[6], "false");
  EXPECT_EQ(cells[7], "statement");
  EXPECT_EQ(cells[9], kFormula);
  std::string json;
  AppendClaimJson(json, r);
  EXPECT_EQ(
      json.rfind("{\"id\":" + std::to_string(r.id) + ",\"date\":null,\"speaker\":\"'; DROP TABLE claims; --\"", 0), 0u)
      << json;
  std::string csv;
  AppendCsvRow(csv, std::vector<std::string_view>(cells.begin(), cells.end()));
  EXPECT_NE(csv.find(",\"'=SUM(A1), \"\"quoted\"\", and more\","), std::string::npos) << csv;
}

TEST_F(QueryTest, Speakers) {
  Result<std::vector<EntityRow>> rows = ListSpeakers(ledger(), {});
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 5u);
  const EntityRow& xu = rows->front();
  EXPECT_EQ(xu.name, "Xu Bing");
  EXPECT_EQ(xu.type, "person");
  EXPECT_EQ(xu.claims, 2);
  EXPECT_EQ(xu.documents, 2);
  EXPECT_EQ(xu.first_date, "2024-05-28");
  EXPECT_EQ(xu.last_date, "2024-06-02T08:00");
  EXPECT_EQ(xu.roles, std::vector<std::string>{"co-founder"});
  EXPECT_EQ(xu.orgs, std::vector<std::string>{"SenseTime"});
  std::vector<std::string> names;
  for (const EntityRow& r : *rows) names.push_back(r.name);
  // Claims (most first), then name: the four with one claim by folded name.
  EXPECT_EQ(names,
            (std::vector<std::string>{"Xu Bing", "Bing Crosby", "'; DROP TABLE claims; --", "Huawei", "Wang Tao"}));

  rows = ListSpeakers(ledger(), {.sort = EntitySort::kName});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->front().name, "Bing Crosby");
  EXPECT_EQ(rows->back().name, "Xu Bing");

  rows = ListSpeakers(ledger(), {.sort = EntitySort::kDate, .limit = 3});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].name, "Wang Tao");  // 2024-05-28, then by name
  EXPECT_EQ((*rows)[1].name, "Xu Bing");
  EXPECT_EQ((*rows)[2].name, "Huawei");

  rows = ListSpeakers(ledger(), {.type = "org"});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->front().name, "Huawei");
  EXPECT_EQ(rows->front().figures, 1);
}

TEST_F(QueryTest, Companies) {
  Result<std::vector<EntityRow>> rows = ListCompanies(ledger(), {});
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  std::map<std::string, EntityRow> by_name;
  for (const EntityRow& r : *rows) by_name[r.name] = r;
  ASSERT_EQ(by_name.size(), 3u);  // Huawei, Kunpeng, SenseTime
  const EntityRow& huawei = by_name["Huawei"];
  EXPECT_EQ(huawei.kind, "company");
  EXPECT_EQ(huawei.type, "company");
  EXPECT_EQ(huawei.claims, 2);
  EXPECT_EQ(huawei.documents, 2);
  EXPECT_EQ(huawei.mentions, 1);
  EXPECT_EQ(huawei.figures, 1);
  EXPECT_EQ(huawei.first_date, "2024-05-28");
  EXPECT_EQ(huawei.last_date, "2024-06-02T08:00");
  EXPECT_EQ(by_name["SenseTime"].claims, 1);
  EXPECT_EQ(by_name["SenseTime"].mentions, 0);
  EXPECT_EQ(rows->front().name, "Huawei");  // most claims first
}

TEST_F(QueryTest, ShowsOneClaimWithLinkedItems) {
  Result<std::vector<ClaimRow>> rows = FindClaims(ledger(), {});
  ASSERT_TRUE(rows.ok());
  Result<std::optional<ClaimDetail>> wang = GetClaim(ledger(), (*rows)[1].id);
  ASSERT_TRUE(wang.ok());
  ASSERT_TRUE(wang->has_value());
  const ClaimDetail& d = **wang;
  EXPECT_EQ(d.claim.text, kWang);
  EXPECT_EQ(d.sentence, "Wang Tao said Huawei is catching up fast.");
  EXPECT_EQ(d.title, "Chip race");
  ASSERT_EQ(d.orgs.size(), 1u);
  EXPECT_EQ(d.orgs[0].name, "Huawei");
  EXPECT_TRUE(d.people.empty());

  Result<std::optional<ClaimDetail>> huawei = GetClaim(ledger(), (*rows)[3].id);
  ASSERT_TRUE(huawei.ok() && huawei->has_value());
  ASSERT_EQ((*huawei)->figures.size(), 1u);
  EXPECT_EQ(DescribeFigure((*huawei)->figures[0]), "10% (percent, 10)");
  ASSERT_EQ((*huawei)->dates.size(), 1u);
  EXPECT_EQ((*huawei)->dates[0].date_value, "2024-05");

  Result<std::optional<ClaimDetail>> none = GetClaim(ledger(), 12345);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  Result<std::optional<ItemKind>> kind = KindOfId(ledger(), (*huawei)->figures[0].id);
  ASSERT_TRUE(kind.ok());
  EXPECT_EQ(*kind, ItemKind::kFigure);
  kind = KindOfId(ledger(), 12345);
  ASSERT_TRUE(kind.ok());
  EXPECT_FALSE(kind->has_value());
}

TEST_F(QueryTest, ExportRowsCarryLinkedItems) {
  std::vector<ExportRow> rows;
  ASSERT_TRUE(ForEachExportRow(ledger(), [&](const ExportRow& r) {
                rows.push_back(r);
                return Status::Ok();
              }).ok());
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[1].companies, std::vector<std::string>{"Huawei"});
  EXPECT_EQ(rows[3].figures, std::vector<std::string>{"10%"});
  EXPECT_EQ(rows[3].dates, std::vector<std::string>{"2024-05"});
  const std::vector<std::string> cells = ExportCells(rows[3]);
  ASSERT_EQ(cells.size(), ExportColumns().size());
  EXPECT_EQ(cells[10], "");
  EXPECT_EQ(cells[11], "10%");
  EXPECT_EQ(cells[13], "news/b.txt");
  // A callback's error stops the walk and comes back.
  int seen = 0;
  Status s = ForEachExportRow(ledger(),
                              [&](const ExportRow&) { return ++seen == 2 ? Status::Internal("stop") : Status::Ok(); });
  EXPECT_EQ(s.code(), Status::Code::kInternal);
  EXPECT_EQ(seen, 2);
}

TEST_F(QueryTest, ItemsMatchWhatExtractWrites) {
  std::string from_ledger;
  ASSERT_TRUE(ForEachItem(ledger(), [&](const ItemRow& r) {
                AppendItemJsonl(r, from_ledger);
                return Status::Ok();
              }).ok());
  std::vector<const Doc*> by_path;
  for (const Doc& d : docs_) by_path.push_back(&d);
  std::sort(by_path.begin(), by_path.end(), [](const Doc* a, const Doc* b) { return a->doc.path < b->doc.path; });
  std::string from_items;
  for (const Doc* d : by_path) {
    for (const ItemRow& r : ToItemRows(d->doc, d->items)) AppendItemJsonl(r, from_items);
  }
  EXPECT_EQ(from_ledger, from_items);
}

TEST_F(QueryTest, Summary) {
  Result<std::vector<EntityRow>> speakers = ListSpeakers(ledger(), {});
  ASSERT_TRUE(speakers.ok());
  const std::vector<std::string> cells = SummaryCells(speakers->front());
  EXPECT_EQ(cells, (std::vector<std::string>{"speaker", "Xu Bing", "2", "2", "2024-05-28", "2024-06-02T08:00", "0"}));
  std::string json;
  AppendSummaryJson(json, speakers->back());
  EXPECT_EQ(json.rfind("{\"kind\":\"speaker\",\"name\":", 0), 0u) << json;
}

}  // namespace
}  // namespace hearsay
