// End-to-end: extracts the seed articles into a temporary ledger, then runs query,
// speakers, companies, show and export from the built binary and reads what they print
// with real parsers (Python's csv and json modules).
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"

namespace hearsay {
namespace {

using testing::Hearsay;
using testing::Lines;
using testing::RunResult;
using testing::TempDir;

using testing::Sqlite;

// Runs a Python snippet with arguments; returns its stdout (the test fails on an error).
std::string Python(const std::string& code, const std::vector<std::string>& args = {}) {
  std::vector<std::string> argv = {"/usr/bin/python3", "-c", code};
  argv.insert(argv.end(), args.begin(), args.end());
  RunResult r = testing::Run(argv);
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  return r.out;
}

// Reads a CSV file and a JSON array of objects, and checks that they hold the same rows:
// the header is the JSON keys, every cell equals its JSON value (null is empty, booleans
// true/false), except that values a spreadsheet would run as formulas carry a leading '.
// Prints the number of cells compared.
constexpr const char* kCompareCsvJson = R"py(
import csv, json, sys
FORMULA = ('=', '+', '-', '@', '\t', '\r')
raw = open(sys.argv[1], 'rb').read().decode('utf-8')
assert raw.endswith('\r\n'), 'CSV rows end in CRLF'
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f, strict=True))
data = json.load(open(sys.argv[2], encoding='utf-8'))
header, body = rows[0], rows[1:]
assert data, 'no rows'
assert header == list(data[0].keys()), (header, list(data[0].keys()))
assert len(body) == len(data), (len(body), len(data))
def expect(v):
    if v is None: return ''
    if v is True: return 'true'
    if v is False: return 'false'
    s = str(v)
    return "'" + s if s[:1] in FORMULA else s
n = 0
for r, obj in zip(body, data):
    assert len(r) == len(header), r
    for k, cell in zip(header, r):
        assert cell == expect(obj[k]), (k, cell, obj[k])
        n += 1
print(n)
)py";

class QueryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.path() + "/h.db";
    RunResult r = Hearsay({"extract", testing::SeedsDir(), "--ledger", db_, "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  RunResult Run(std::vector<std::string> args) {
    args.push_back("--ledger");
    args.push_back(db_);
    return Hearsay(args);
  }

  // stdout of a command that must succeed.
  std::string Out(const std::vector<std::string>& args) {
    RunResult r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  TempDir dir_;
  std::string db_;
};

TEST_F(QueryCliTest, SpeakerFindsHisClaimsInBothArticles) {
  const std::string out = Out({"query", "--speaker", "Xu Bing", "--format", "jsonl"});
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 4u);
  bool first = false, second = false;
  for (const std::string& line : lines) {
    EXPECT_NE(line.find("\"speaker\":\"Xu Bing\""), std::string::npos) << line;
    first |= line.find("/000_") != std::string::npos;
    second |= line.find("/001_") != std::string::npos;
  }
  EXPECT_TRUE(first && second) << out;
  // The same rows for his surname, any case, the name reversed, and in every format.
  for (const char* q : {"Xu", "xu", "XU BING", "Bing Xu"}) {
    EXPECT_EQ(Out({"query", "--speaker", q, "--format", "jsonl"}), out) << q;
  }
  EXPECT_EQ(Out({"query", "--speaker", "Xu", "--format", "csv"}),
            Out({"query", "--speaker", "Xu Bing", "--format", "csv"}));
  // Matching claims come from the database, not the table: the table has as many rows.
  EXPECT_EQ(Lines(Out({"query", "--speaker", "Xu"})).size(), lines.size() + 1);
}

TEST_F(QueryCliTest, CompanyAliasesAgree) {
  const std::string huawei = Out({"query", "--company", "Huawei", "--format", "jsonl"});
  EXPECT_FALSE(huawei.empty());
  EXPECT_NE(huawei.find("Huawei"), std::string::npos);
  EXPECT_EQ(Out({"query", "--company", "Huawei Technologies", "--format", "jsonl"}), huawei);
  EXPECT_EQ(Out({"query", "--company", "huawei technologies co.", "--format", "jsonl"}), huawei);
}

TEST_F(QueryCliTest, TextSearch) {
  const std::string out = Out({"query", "--text", "commodity", "--format", "jsonl"});
  EXPECT_NE(out.find("Compute is a commodity"), std::string::npos) << out;
  EXPECT_NE(out.find("compute power is a commodity"), std::string::npos) << out;
  const std::string phrase = Out({"query", "--text", "\"compute is\"", "--format", "jsonl"});
  EXPECT_EQ(Lines(phrase).size(), 1u) << phrase;
  EXPECT_NE(phrase.find("Compute is a commodity"), std::string::npos);
  const std::string prefix = Out({"query", "--text", "comput*", "--format", "jsonl"});
  EXPECT_GT(Lines(prefix).size(), Lines(out).size());

  RunResult bad = Run({"query", "--text", "commodity AND"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.out, "");
  EXPECT_EQ(bad.err.rfind("hearsay: --text", 0), 0u) << bad.err;
  EXPECT_NE(bad.err.find("not a valid full-text query"), std::string::npos) << bad.err;
}

TEST_F(QueryCliTest, FiltersCombineAndNothingMatchedIsExitOne) {
  const std::string quotes = Out({"query", "--speaker", "Xu", "--kind", "quote", "--format", "jsonl"});
  for (const std::string& line : Lines(quotes)) EXPECT_NE(line.find("\"direct\":true"), std::string::npos);
  EXPECT_EQ(Lines(Out({"query", "--speaker", "Xu", "--limit", "2", "--format", "jsonl"})).size(), 2u);
  const std::string dated = Out({"query", "--since", "2024-05-28", "--until", "2024-05", "--format", "jsonl"});
  for (const std::string& line : Lines(dated)) EXPECT_NE(line.find("\"date\":\"2024-05-28"), std::string::npos) << line;
  const std::string doc = Out({"query", "--doc", "001_d5406c92878d47b6.txt", "--format", "jsonl"});
  EXPECT_FALSE(doc.empty());
  for (const std::string& line : Lines(doc)) EXPECT_NE(line.find("/001_d5406c92878d47b6.txt\""), std::string::npos);

  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"query", "--speaker", "Nobody Atall"},
           {"query", "--text", "zzyzzx"},
           {"query", "--speaker", "Xu", "--until", "1999"},
           {"query", "--doc", "no_such_file.txt", "--format", "jsonl"},
       }) {
    RunResult r = Run(args);
    EXPECT_EQ(r.exit_code, 1) << args[2] << r.err;
  }
  // json still prints a (empty) array, csv its header.
  RunResult json = Run({"query", "--speaker", "Nobody", "--format", "json"});
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_EQ(json.out, "[]\n");
  RunResult csv = Run({"query", "--speaker", "Nobody", "--format", "csv"});
  EXPECT_EQ(csv.exit_code, 1);
  EXPECT_EQ(csv.out, "id,date,speaker,speaker_type,speaker_role,speaker_org,direct,attribution,cue,text,document,line,col\r\n");

  RunResult bad_date = Run({"query", "--since", "May 2024"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("ISO 8601"), std::string::npos);
  EXPECT_EQ(Run({"query", "--kind", "rumour"}).exit_code, 2);
  EXPECT_EQ(Run({"query", "--limit", "-3"}).exit_code, 2);
}

TEST_F(QueryCliTest, CsvRoundTripsEveryFieldThroughARealParser) {
  // Give one claim every awkward character a CSV writer must handle.
  Sqlite(db_,
         "UPDATE claims SET text = '=SUM(A1), \"quoted\"' || char(10) || 'second line, ' || char(13) || char(10) || "
         "'third',"
         " speaker = '+cmd|'' /C calc''!A0', speaker_role = '-1', speaker_org = '@org, \"x\"', cue = char(9) || 'tab'"
         " WHERE id = (SELECT id FROM claims ORDER BY id LIMIT 1);"
         "INSERT INTO claims_fts(claims_fts) VALUES('rebuild');");
  const std::string csv = dir_.path() + "/q.csv", json = dir_.path() + "/q.json";
  ASSERT_EQ(Run({"query", "--format", "csv", "-o", csv}).exit_code, 0);
  ASSERT_EQ(Run({"query", "--format", "json", "-o", json}).exit_code, 0);
  const std::string raw = testing::ReadFile(csv);
  EXPECT_NE(raw.find("\"'=SUM(A1), \"\"quoted\"\"\nsecond line, \r\nthird\""), std::string::npos);
  EXPECT_NE(raw.find(",'-1,"), std::string::npos);
  const std::string cells = Python(kCompareCsvJson, {csv, json});
  // 13 cells a claim: the columns of `query --help`.
  EXPECT_EQ(std::stoi(cells), 13 * std::stoi(Sqlite(db_, "SELECT count(*) FROM claims"))) << cells;
  // The same for the per-claim export against the JSON of the same claims.
  const std::string exported = dir_.path() + "/export.csv";
  ASSERT_EQ(Run({"export", "--output", exported}).exit_code, 0);
  const std::string check = Python(R"py(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f, strict=True))
claims = json.load(open(sys.argv[2], encoding='utf-8'))
assert [int(r['id']) for r in rows] == [c['id'] for c in claims]
odd = [r for r in rows if r['text'].startswith("'=SUM")]
assert len(odd) == 1 and odd[0]['text'] == "'=SUM(A1), \"quoted\"\nsecond line, \r\nthird", odd[0]
assert odd[0]['speaker'].startswith("'+cmd") and odd[0]['speaker_org'] == "'@org, \"x\"" and odd[0]['cue'] == "'\ttab"
print(len(rows))
)py",
                                   {exported, json});
  EXPECT_EQ(std::stoi(check), std::stoi(Sqlite(db_, "SELECT count(*) FROM claims")));
}

TEST_F(QueryCliTest, JsonParses) {
  const std::string parse_all = R"py(
import json, sys
for text in sys.argv[1:]:
    value = json.loads(text)
    assert isinstance(value, (list, dict)) and value, text[:200]
print('ok')
)py";
  const std::string claims = Out({"query", "--format", "json"});
  const std::string speakers = Out({"speakers", "--format", "json"});
  const std::string companies = Out({"companies", "--format", "json"});
  const std::string first_id = Python("import json,sys; print(json.loads(sys.argv[1])[0]['id'])", {claims});
  const std::string show = Out({"show", first_id.substr(0, first_id.size() - 1), "--format", "json"});
  EXPECT_EQ(Python(parse_all, {claims, speakers, companies, show}), "ok\n");
  // JSON Lines: one object per line.
  const std::string parse_lines = R"py(
import json, sys
print(sum(1 for line in sys.argv[1].splitlines() if json.loads(line)))
)py";
  EXPECT_EQ(Python(parse_lines, {Out({"query", "--format", "jsonl"})}),
            Python("import json,sys; print(len(json.loads(sys.argv[1])))", {claims}));
  EXPECT_EQ(Python(parse_lines, {Out({"export", "--format", "jsonl"})}),
            Sqlite(db_,
                   "SELECT (SELECT count(*) FROM claims) + (SELECT count(*) FROM people) + (SELECT count(*) FROM orgs)"
                   " + (SELECT count(*) FROM figures) + (SELECT count(*) FROM dates)"));
}

TEST_F(QueryCliTest, SqlInjectionIsJustAName) {
  const std::string before = Sqlite(db_, "SELECT count(*) FROM claims; SELECT count(*) FROM documents;");
  for (const char* flag : {"--speaker", "--company", "--doc"}) {
    RunResult r = Run({"query", flag, "'; DROP TABLE claims; --"});
    EXPECT_EQ(r.exit_code, 1) << flag << r.err;
    r = Run({"query", flag, "x' OR '1'='1"});
    EXPECT_EQ(r.exit_code, 1) << flag << r.err;
  }
  RunResult text = Run({"query", "--text", "'; DROP TABLE claims; --"});
  EXPECT_NE(text.exit_code, 0);
  EXPECT_EQ(Sqlite(db_, "SELECT count(*) FROM claims; SELECT count(*) FROM documents;"), before);
  EXPECT_EQ(Sqlite(db_, "PRAGMA integrity_check"), "ok\n");
}

TEST_F(QueryCliTest, SpeakersAndCompanies) {
  const std::string speakers = Out({"speakers", "--format", "csv"});
  const std::vector<std::string> lines = Lines(speakers);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "name,type,claims,documents,first_date,last_date,roles,organisations\r");
  EXPECT_EQ(lines[1].rfind("Xu Bing,person,", 0), 0u) << lines[1];  // the most quoted
  EXPECT_NE(lines[1].find("SenseTime"), std::string::npos);
  EXPECT_EQ(Lines(Out({"speakers", "--limit", "3", "--format", "jsonl"})).size(), 3u);
  const std::string by_name = Out({"speakers", "--sort", "name", "--type", "person", "--format", "jsonl"});
  EXPECT_EQ(by_name.find("\"type\":\"group\""), std::string::npos);
  EXPECT_NE(Out({"speakers"}).find("Xu Bing"), std::string::npos);

  const std::string companies = Out({"companies", "--format", "csv"});
  EXPECT_EQ(Lines(companies)[0], "name,type,claims,documents,mentions,first_date,last_date\r");
  EXPECT_NE(companies.find("\r\nHuawei,company,"), std::string::npos) << companies;
  EXPECT_NE(companies.find("\r\nSenseTime,company,"), std::string::npos) << companies;
  const std::string table = Out({"companies", "--sort", "name"});
  EXPECT_NE(table.find("Huawei"), std::string::npos);
  EXPECT_EQ(Run({"speakers", "--sort", "loudness"}).exit_code, 2);
}

TEST_F(QueryCliTest, ShowOneClaim) {
  const std::string row = Lines(Out({"query", "--text", "\"compute is\"", "--format", "csv"}))[1];
  const std::string id = row.substr(0, row.find(','));
  const std::string out = Out({"show", id});
  EXPECT_NE(out.find("Compute is a commodity"), std::string::npos) << out;
  EXPECT_NE(out.find("001_d5406c92878d47b6.txt:"), std::string::npos) << out;
  EXPECT_NE(out.find("Xu Bing"), std::string::npos);
  EXPECT_NE(out.find("sentence"), std::string::npos);
  for (const char* label : {"source", "speaker", "type", "role", "org", "outlet", "cue", "direct", "people",
                            "organisations", "figures", "dates"}) {
    EXPECT_NE(out.find(std::string("\n") + label + " "), std::string::npos) << label;
  }
  RunResult unknown = Run({"show", "12345"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no claim with id 12345"), std::string::npos);
  RunResult word = Run({"show", "abc"});
  EXPECT_EQ(word.exit_code, 2);
  EXPECT_NE(word.err.find("not a claim id"), std::string::npos);
  EXPECT_EQ(Run({"show", "12.5"}).exit_code, 2);
  EXPECT_EQ(Run({"show", "99999999999999999999999"}).exit_code, 2);
}

TEST_F(QueryCliTest, ExportJsonlIsTheItemContract) {
  RunResult direct = Hearsay({"extract", testing::SeedsDir(), "--no-ledger", "--jsonl", "-", "--quiet"});
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  EXPECT_EQ(Out({"export", "--format", "jsonl"}), direct.out);
  const std::string summary = Out({"export", "--summary"});
  EXPECT_EQ(Lines(summary)[0], "kind,name,claims,documents,first_date,last_date,figures\r");
  EXPECT_NE(summary.find("\r\nspeaker,Xu Bing,"), std::string::npos);
  EXPECT_NE(summary.find("\r\ncompany,Huawei,"), std::string::npos);
  const std::string header = Lines(Out({"export"}))[0];
  EXPECT_EQ(header,
            "id,date,speaker,speaker_type,speaker_role,speaker_org,direct,attribution,cue,text,companies,figures,dates,document,"
            "start,end\r");
  EXPECT_EQ(Run({"export", "--format", "json"}).exit_code, 2);
}

TEST_F(QueryCliTest, ReadersAreWarnedWhileABulkLoadIsUnfinished) {
  const std::string before = Out({"query", "--speaker", "Xu", "--format", "jsonl"});
  // What an extract killed in bulk mode leaves: the name indexes dropped, the marker set.
  Sqlite(db_, "DROP INDEX claims_speaker; INSERT INTO meta(key, value) VALUES ('bulk_load', '1');");
  RunResult r = Run({"query", "--speaker", "Xu", "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, before);  // slower without the index, but the same rows
  EXPECT_EQ(r.err.rfind(db_ + ": warning: an extract is loading in bulk", 0), 0u) << r.err;
  EXPECT_EQ(Lines(r.err).size(), 1u);
  // The next extract finishes the load; then readers are not warned.
  ASSERT_EQ(Run({"extract", testing::SeedsDir(), "-q"}).exit_code, 0);
  EXPECT_EQ(Sqlite(db_, "SELECT count(*) FROM sqlite_schema WHERE name = 'claims_speaker'"), "1\n");
  r = Run({"query", "--speaker", "Xu", "--format", "jsonl"});
  EXPECT_EQ(r.out, before);
  EXPECT_EQ(r.err, "");
}

TEST_F(QueryCliTest, BadLedgersAreErrorsAndLeftUntouched) {
  namespace fs = std::filesystem;
  const std::string missing = dir_.path() + "/missing.db";
  const std::string text = dir_.Write("notes.db", "not a database, just some notes\n");
  const std::string newer = dir_.path() + "/newer.db";
  Sqlite(newer, "PRAGMA user_version = 99; CREATE TABLE future(x);");
  const std::string newer_bytes = testing::ReadFile(newer);
  // An output file that a failed run must not replace.
  const std::string kept = dir_.Write("kept.csv", "old contents\n");
  const std::vector<std::vector<std::string>> commands = {
      {"query", "--speaker", "Xu"}, {"speakers"}, {"companies"}, {"show", "1"}, {"export", "-o", kept},
  };
  for (const std::string& ledger : {missing, text, newer}) {
    for (std::vector<std::string> args : commands) {
      args.push_back("--ledger");
      args.push_back(ledger);
      RunResult r = Hearsay(args);
      EXPECT_EQ(r.exit_code, 2) << args[0] << " " << ledger;
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(r.err.rfind("hearsay: ", 0), 0u) << r.err;
      EXPECT_NE(r.err.find(ledger), std::string::npos) << r.err;
    }
  }
  EXPECT_FALSE(fs::exists(missing));
  EXPECT_EQ(testing::ReadFile(text), "not a database, just some notes\n");
  EXPECT_EQ(testing::ReadFile(newer), newer_bytes);
  EXPECT_EQ(testing::ReadFile(kept), "old contents\n");
  EXPECT_FALSE(fs::exists(newer + "-wal"));
  RunResult r = Hearsay({"query", "--ledger", newer});
  EXPECT_NE(r.err.find("newer"), std::string::npos) << r.err;
}

TEST_F(QueryCliTest, OutputFileIsReplacedWhole) {
  const std::string out = dir_.Write("claims.csv", "old\n");
  ASSERT_EQ(Run({"export", "-o", out}).exit_code, 0);
  const std::string csv = testing::ReadFile(out);
  EXPECT_EQ(csv.rfind("id,date,", 0), 0u);
  EXPECT_FALSE(std::filesystem::exists(out + ".tmp"));
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

TEST_F(QueryCliTest, HelpHasExamples) {
  for (const char* sub : {"query", "speakers", "companies", "show", "export"}) {
    RunResult r = Hearsay({sub, "--help"});
    EXPECT_EQ(r.exit_code, 0) << sub;
    EXPECT_NE(r.out.find("Examples:"), std::string::npos) << sub;
    EXPECT_NE(r.out.find("hearsay " + std::string(sub)), std::string::npos) << sub;
    if (std::string(sub) != "show") {
      EXPECT_NE(r.out.find("Order"), std::string::npos) << sub;
    }
  }
}

TEST_F(QueryCliTest, TableFitsTheTerminal) {
  for (const char* cols : {"60", "100", "200"}) {
    RunResult r = Hearsay({"query", "--ledger", db_}, "", {std::string("COLUMNS=") + cols});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find("\033["), std::string::npos) << "no colour when not a terminal";
    const std::string ids = Out({"query", "--format", "csv"});
    for (const std::string& row : Lines(ids)) {
      if (row.rfind("id,", 0) == 0) continue;
      EXPECT_NE(r.out.find(row.substr(0, row.find(','))), std::string::npos) << "ids are never cut";
    }
    for (const std::string& line : Lines(r.out)) {
      // Count code points (the seeds have no wide characters).
      size_t width = 0;
      for (unsigned char c : line) width += (c & 0xC0) != 0x80;
      EXPECT_LE(width, static_cast<size_t>(std::stoi(cols))) << line;
    }
  }
}

}  // namespace
}  // namespace hearsay
