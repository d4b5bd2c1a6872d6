// End-to-end over the input formats: runs the built binary on invented files of each
// format and checks the documents, metadata and items it reports.
#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace hearsay {
namespace {

using testing::GzipMember;
using testing::Hearsay;
using testing::Lines;
using testing::RunResult;
using testing::Sqlite;
using testing::TempDir;

// A saved news page: navigation, share bar, comments and footer around the article.
const char* kNewsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour plan approved | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<meta property="og:title" content="Harbour plan approved">
<meta property="article:published_time" content="2024-05-28T08:00:00Z">
<meta name="author" content="Mara Quinn">
<link rel="canonical" href="https://coast.example/news/harbour">
</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="social-share"><a href="#">Tweet this</a> <a href="#">Email</a></div>
<article class="story">
<h1>Harbour plan approved</h1>
<p class="byline">By Mara Quinn</p>
<div class="article-body">
<p>The town council approved the harbour plan on Monday, and the work will cost &pound;12 million, officials said.</p>
<p>&ldquo;This is the biggest investment in the harbour for fifty years,&rdquo; said Dana Holt, the council leader.</p>
<p>Fishermen said the new quay would let larger boats land their catch, and the first stage will open next spring.</p>
</div>
</article>
<section id="comments"><h2>Comments</h2><p>Who is paying for this? Not me, said a commenter named Bob.</p></section>
<footer><p>&copy; 2024 Coast Daily. All rights reserved.</p></footer>
</body>
</html>
)";

TEST(FormatsTest, SavedNewsPage) {
  TempDir dir;
  const std::string page = dir.Write("in/harbour.html", kNewsPage);
  RunResult text = Hearsay({"text", page});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  for (const char* line : {"format: html", "title: Harbour plan approved", "authors: Mara Quinn", "published: 2024-05-28T08:00",
                           "url: https://coast.example/news/harbour", "outlet: Coast Daily", "language: en"}) {
    EXPECT_NE(text.out.find(std::string(line) + "\n"), std::string::npos) << line << "\n" << text.out;
  }
  EXPECT_NE(text.out.find("\n\nHarbour plan approved\n\nThe town council approved"), std::string::npos) << text.out;
  for (const char* gone : {"Home", "Tweet this", "Who is paying", "All rights reserved", "By Mara Quinn"}) {
    EXPECT_EQ(text.out.find(gone), std::string::npos) << gone;
  }
  RunResult json = Hearsay({"text", page, "--format", "jsonl"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out.rfind("{\"doc\":\"" + page + "\",\"kind\":\"document\",\"format\":\"html\",\"title\":\"Harbour plan approved\","
                           "\"authors\":[\"Mara Quinn\"],\"published\":\"2024-05-28T08:00\"", 0), 0u) << json.out;

  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", dir.path() + "/in", "--ledger", db, "--jsonl", dir.path() + "/items.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 added"), std::string::npos) << r.err;
  const std::string items = testing::ReadFile(dir.path() + "/items.jsonl");
  // Offsets point into the page: the quote's bytes are in the file as written.
  bool quote = false;
  for (const std::string& line : Lines(items)) {
    if (line.find("\"kind\":\"claim\"") == std::string::npos || line.find("Dana Holt") == std::string::npos) continue;
    quote = true;
    const size_t s = line.find("\"start\":"), e = line.find("\"end\":");
    const size_t start = std::stoul(line.substr(s + 8)), end = std::stoul(line.substr(e + 6));
    EXPECT_EQ(std::string(kNewsPage).substr(start, end - start), "This is the biggest investment in the harbour for fifty years");
  }
  EXPECT_TRUE(quote) << items;
  // The page's date anchors relative dates: Monday before 2024-05-28 (a Tuesday).
  EXPECT_NE(items.find("\"text\":\"Monday\",\"value\":\"2024-05-27\""), std::string::npos) << items;
  EXPECT_NE(items.find("\"unit\":\"GBP\",\"value\":12000000"), std::string::npos) << items;
  EXPECT_EQ(Sqlite(db, "select published, byline from documents"), "2024-05-28T08:00|Mara Quinn\n");
  EXPECT_EQ(Sqlite(db, "select format, ifnull(record, '-'), title, url, outlet, authors, language, substr(text, 1, 21) from documents"),
            "html|-|Harbour plan approved|https://coast.example/news/harbour|Coast Daily|Mara Quinn|en|Harbour plan approved\n");
  const std::string before = Sqlite(db, "select count(*) from claims; select count(*) from dates; select count(*) from figures;");
  RunResult again = Hearsay({"extract", dir.path() + "/in", "--ledger", db});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("1 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from claims; select count(*) from dates; select count(*) from figures;"), before);
}

TEST(FormatsTest, TextHelpAndBadPage) {
  RunResult help = Hearsay({"text", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  TempDir dir;
  const std::string bad = dir.Write("broken.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
  const std::string good = dir.Write("good.html", kNewsPage);
  RunResult r = Hearsay({"text", bad, good, "--no-meta"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, bad + ": no article text found in the HTML\n");
  EXPECT_EQ(r.out.rfind("Harbour plan approved\n\nThe town council", 0), 0u) << r.out;
}

// A news-please file: one article as one JSON object.
TEST(FormatsTest, NewsPleaseJson) {
  TempDir dir;
  const std::string file = dir.Write(
      "in/port.json",
      R"({"authors": ["Ravi Shah"], "date_download": "2024-03-02 10:00:00", "date_publish": "2024-03-01 09:15:00", )"
      R"("language": "en", "maintext": "The port authority said on Thursday that cargo volumes rose 8% in February.\n\n)"
      R"(\"We are busier than ever,\" said Lena Ford, the authority's chief executive.", "source_domain": "harbour.example", )"
      R"("title": "Port volumes rise", "url": "https://harbour.example/port"})");
  RunResult text = Hearsay({"text", file});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  for (const char* line : {"record: https://harbour.example/port", "format: json", "title: Port volumes rise", "authors: Ravi Shah",
                           "published: 2024-03-01T09:15", "outlet: harbour.example", "language: en"}) {
    EXPECT_NE(text.out.find(std::string(line) + "\n"), std::string::npos) << line << "\n" << text.out;
  }
  // Overrides, repeated, before the path.
  RunResult over = Hearsay({"text", "--json-field", "outlet=language", "--json-field", "title=url", file});
  ASSERT_EQ(over.exit_code, 0) << over.err;
  EXPECT_NE(over.out.find("\ntitle: https://harbour.example/port\n"), std::string::npos) << over.out;
  EXPECT_NE(over.out.find("\noutlet: en\n"), std::string::npos) << over.out;
  EXPECT_EQ(Hearsay({"extract", "--json-field", "colour=x", file, "--no-ledger", "--jsonl", "-"}).exit_code, 2);
  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", dir.path() + "/in", "--ledger", db, "--jsonl", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Thursday before the article's date (Friday 2024-03-01); offsets into the composed text.
  EXPECT_NE(r.out.find("\"record\":\"https://harbour.example/port\",\"text\":\"Thursday\",\"value\":\"2024-02-29\""),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"speaker\":\"Lena Ford\""), std::string::npos) << r.out;
  EXPECT_EQ(Sqlite(db, "select path, published, byline from documents"),
            file + "#https://harbour.example/port|2024-03-01T09:15|Ravi Shah\n");
  EXPECT_EQ(Sqlite(db, "select format, record, outlet, language, length(text) > 100 from documents"),
            "json|https://harbour.example/port|harbour.example|en|1\n");
  // show reads the context from the stored text: the quote's paragraph and the one before.
  const std::string id = Sqlite(db, "select id from claims where speaker = 'Lena Ford'");
  RunResult show = Hearsay({"show", id.substr(0, id.size() - 1), "--ledger", db, "--format", "json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("\"context\":\"The port authority said on Thursday that cargo volumes rose 8% in February.\\n\\n"
                          "\\\"We are busier than ever,\\\" said Lena Ford"), std::string::npos) << show.out;
}

// JSON Lines: 1,000 records made here, one that does not parse, then a second run.
TEST(FormatsTest, ThousandJsonLines) {
  TempDir dir;
  std::string lines;
  for (int i = 1; i <= 1000; ++i) {
    if (i == 500) {
      lines += "{\"url\": \"https://news.example/broken\", \"text\": \n";
      continue;
    }
    lines += "{\"url\": \"https://news.example/" + std::to_string(i) + "\", \"title\": \"Story " + std::to_string(i) +
             "\", \"date_publish\": \"2024-01-15\", \"text\": \"The mayor said the budget would rise by " +
             std::to_string(i % 50 + 1) + "% next year.\"}\n";
  }
  const std::string file = dir.Write("feed.jsonl", lines);
  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", file, "--ledger", db});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(file + ": line 500: not valid JSON\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1000 documents: 999 added, 0 changed, 0 unchanged, 0 skipped, 1 failed"), std::string::npos) << r.err;
  EXPECT_EQ(Sqlite(db, "select count(*) from documents"), "999\n");
  EXPECT_EQ(Sqlite(db, "select count(*) from claims where speaker = 'The mayor'"), "999\n");
  EXPECT_EQ(Sqlite(db, "select path from documents where path like '%/7'"), file + "#https://news.example/7\n");
  const std::string before = Sqlite(db, "select count(*), sum(id) from claims; select count(*) from figures;");
  RunResult again = Hearsay({"extract", file, "--ledger", db});
  EXPECT_EQ(again.exit_code, 2) << again.err;
  EXPECT_NE(again.err.find("999 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Sqlite(db, "select count(*), sum(id) from claims; select count(*) from figures;"), before);
}

TEST(FormatsTest, MarkdownWithFrontMatter) {
  TempDir dir;
  const std::string md =
      "---\ntitle: Council backs the new library\ndate: 2024-09-12\nauthor: Sam Ortiz\nurl: https://town.example/library\n---\n"
      "Council backs the new library\n\nThe council voted on Tuesday to build the library, and the mayor said it would open "
      "in 2026.\n";
  const std::string file = dir.Write("in/library.md", md);
  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", dir.path() + "/in", "--ledger", db, "--jsonl", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("title:"), std::string::npos) << r.out;  // the front matter is not text
  EXPECT_NE(r.out.find("\"text\":\"Tuesday\",\"value\":\"2024-09-10\""), std::string::npos) << r.out;
  const size_t mayor = r.out.find("\"speaker\":\"the mayor\"");
  ASSERT_NE(mayor, std::string::npos) << r.out;
  const size_t claim = r.out.rfind("\"kind\":\"claim\",\"start\":", mayor);
  const size_t start = std::stoul(r.out.substr(claim + 23));
  EXPECT_EQ(md.substr(start, 13), "it would open") << r.out;
  EXPECT_EQ(Sqlite(db, "select published, byline from documents"), "2024-09-12|Sam Ortiz\n");
  RunResult again = Hearsay({"extract", dir.path() + "/in", "--ledger", db});
  EXPECT_NE(again.err.find("1 unchanged"), std::string::npos) << again.err;
}

TEST(FormatsTest, NotEnglishIsSkippedAndCounted) {
  TempDir dir;
  dir.Write("in/en.txt", "Bridge opens\n\nThe council said on Monday that it would build a new bridge over the river.\n");
  const std::string fr = dir.Write(
      "in/fr.txt",
      "Le pont ouvre\n\nLe conseil municipal a annoncé lundi qu'il construirait un nouveau pont sur la rivière, et le maire "
      "a déclaré aux journalistes que les travaux pourraient commencer au printemps.\n");
  RunResult r = Hearsay({"extract", dir.path() + "/in", "--no-ledger", "--jsonl", "/dev/null"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.err).size(), 2u) << r.err;
  EXPECT_EQ(r.err.rfind(fr + ": warning: not English (", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("2 documents: 1 added, 0 changed, 0 unchanged, 1 skipped (1 not English), 0 failed"), std::string::npos) << r.err;
  RunResult all = Hearsay({"extract", dir.path() + "/in", "--no-ledger", "--jsonl", "/dev/null", "--all-languages"});
  EXPECT_NE(all.err.find("2 documents: 2 added"), std::string::npos) << all.err;
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& content_type, const std::string& block,
                       const std::string& length = "") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + (length.empty() ? std::to_string(block.size()) : length) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& content_type, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

// A WARC.gz made here, one gzip member per record: warcinfo, a request, two HTML
// responses (one in ISO-8859-1), an image, and a record with a bad length.
TEST(FormatsTest, WarcGzWithHtmlAndOtherRecords) {
  TempDir dir;
  const std::string page2 =
      "<html><head><title>Mill closes</title></head><body><article><p>The mill will close in June, its owner said, and "
      "120 workers will lose their jobs at the plant in Caf\xE9 Street.</p></article></body></html>";
  std::string warc;
  warc += GzipMember(WarcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"));
  warc += GzipMember(WarcRecord("request", "https://coast.example/news/harbour", "application/http; msgtype=request",
                          "GET /news/harbour HTTP/1.1\r\nHost: coast.example\r\n\r\n"));
  warc += GzipMember(WarcRecord("response", "https://coast.example/news/harbour", "application/http; msgtype=response",
                          HttpResponse("text/html; charset=utf-8", kNewsPage)));
  warc += GzipMember(WarcRecord("response", "https://mill.example/closing", "application/http; msgtype=response",
                          HttpResponse("text/html; charset=ISO-8859-1", page2)));
  warc += GzipMember(WarcRecord("response", "https://coast.example/logo.png", "application/http; msgtype=response",
                          HttpResponse("image/png", "\x89PNG....")));
  const std::string file = dir.Write("in/crawl.warc.gz", warc);
  const std::string db = dir.path() + "/h.db";
  RunResult r = Hearsay({"extract", dir.path() + "/in", "--ledger", db, "--jsonl", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 documents: 2 added"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 WARC records skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"record\":\"https://coast.example/news/harbour\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"speaker\":\"Dana Holt\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"record\":\"https://mill.example/closing\""), std::string::npos) << r.out;
  EXPECT_EQ(Sqlite(db, "select path from documents order by path"),
            file + "#https://coast.example/news/harbour\n" + file + "#https://mill.example/closing\n");
  RunResult text = Hearsay({"text", file, "--no-meta"});
  EXPECT_NE(text.out.find("Caf\u00E9 Street"), std::string::npos) << text.out;  // ISO-8859-1 decoded
  RunResult again = Hearsay({"extract", dir.path() + "/in", "--ledger", db});
  EXPECT_NE(again.err.find("2 unchanged"), std::string::npos) << again.err;

  // A record whose Content-Length runs past the end, and a truncated member: reported, the
  // other records go on, exit status 2.
  std::string bad = warc + GzipMember(WarcRecord("response", "https://x.example/a", "application/http; msgtype=response",
                                           HttpResponse("text/html", "<p>cut</p>"), "99999"));
  const std::string last = GzipMember(WarcRecord("response", "https://x.example/b", "application/http; msgtype=response",
                                           HttpResponse("text/html", kNewsPage)));
  bad += last.substr(0, last.size() / 2);
  const std::string bad_file = dir.Write("bad/crawl.warc.gz", bad);
  RunResult b = Hearsay({"extract", bad_file, "--ledger", dir.path() + "/b.db"});
  EXPECT_EQ(b.exit_code, 2) << b.err;
  const size_t cut_at = warc.size() + GzipMember(WarcRecord("response", "https://x.example/a", "application/http; msgtype=response",
                                                      HttpResponse("text/html", "<p>cut</p>"), "99999")).size();
  EXPECT_NE(b.err.find(bad_file + ": truncated gzip member at offset " + std::to_string(cut_at) + "\n"), std::string::npos) << b.err;
  EXPECT_NE(b.err.find(": record 6 (offset "), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("Content-Length 99999 runs past the end of the file"), std::string::npos) << b.err;
  EXPECT_EQ(Sqlite(dir.path() + "/b.db", "select count(*) from documents"), "2\n");
}

}  // namespace
}  // namespace hearsay
