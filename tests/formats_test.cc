// End-to-end over the input formats: runs the built binary on invented files of each
// format and checks the documents, metadata and items it reports.
#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace hearsay {
namespace {

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

}  // namespace
}  // namespace hearsay
