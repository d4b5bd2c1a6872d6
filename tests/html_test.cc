// HTML pages and gzip: the article found in a page, its metadata, offsets back to the
// page's bytes through entities and markup, and inflating .gz files. Invented pages.
#include <gtest/gtest.h>

#include "ingest/gzip.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "test_util.h"

namespace hearsay {
namespace {

using testing::GzipMember;

// A page in a common news template: navigation, a share bar, the article, a related list,
// comments and a footer.
std::string NewsPage(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" + head +
         "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
         "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a></div>"
         "<main><article>" + body + "</article></main>"
         "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about a cat</a></li></ul></aside>"
         "<section class=\"related-posts\"><h2>Related stories</h2><ul><li><a href=\"/b\">A related headline here</a></li></ul></section>"
         "<div id=\"comments\"><p>I disagree with this article completely, said a reader.</p></div>"
         "<footer><p>Contact us. Terms of use.</p></footer></body></html>";
}

const char* kBody =
    "<h1>Mayor opens the new bridge</h1>"
    "<p>The mayor of Lakeside, Ann Berg, opened the bridge on Tuesday, three years after work began, "
    "and said it would carry 20,000 cars a day.</p>"
    "<p>Residents had waited a long time. &ldquo;It is a good day for Tom &amp; Jerry&rsquo;s caf&eacute;,&rdquo; "
    "said the owner, who has run the caf&#233; on the river since 1999.</p>"
    "<blockquote><p>We built it on time and on budget, the engineer wrote in a letter.</p></blockquote>"
    "<h2>What comes next</h2>"
    "<p>The council will vote on a second bridge next month, according to a statement.</p>";

Result<Document> Page(const std::string& html, const std::string& name = "page.html") { return DecodeDocument(name, html); }

TEST(HtmlTest, ArticleKeptAndFurnitureDropped) {
  Result<Document> doc = Page(NewsPage("<title>Bridge</title>", kBody));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->format, DocumentFormat::kHtml);
  const std::string& t = doc->text;
  EXPECT_EQ(t.rfind("Mayor opens the new bridge\n\nThe mayor of Lakeside", 0), 0u) << t;
  for (const char* kept : {"It is a good day for Tom & Jerry’s café,”", "We built it on time", "What comes next",
                           "The council will vote"}) {
    EXPECT_NE(t.find(kept), std::string::npos) << kept << "\n" << t;
  }
  for (const char* dropped : {"Home", "Share on Facebook", "Most read", "Another story", "Related stories",
                              "A related headline", "I disagree", "Contact us"}) {
    EXPECT_EQ(t.find(dropped), std::string::npos) << dropped << "\n" << t;
  }
  // Paragraphs, headings and quotes: one a line, a blank line between.
  EXPECT_NE(t.find("since 1999.\n\nWe built it"), std::string::npos) << t;
  EXPECT_EQ(t.find("\n\n\n"), std::string::npos);
}

// Every piece of the text maps back onto the bytes it came from; an entity's span covers
// the whole reference.
TEST(HtmlTest, OffsetsPointIntoThePage) {
  const std::string html = NewsPage("", kBody);
  Result<Document> doc = Page(html);
  ASSERT_TRUE(doc.ok());
  struct Case {
    std::string text, source;
  } cases[] = {
      {"Ann Berg", "Ann Berg"},
      {"20,000 cars", "20,000 cars"},
      {"Tom & Jerry’s café", "Tom &amp; Jerry&rsquo;s caf&eacute;"},
      {"café on the river", "caf&#233; on the river"},
      {"What comes next", "What comes next"},
      {"Mayor opens the new bridge", "Mayor opens the new bridge"},
      {"according to a statement.", "according to a statement."},
  };
  for (const Case& c : cases) {
    const size_t at = doc->text.find(c.text);
    ASSERT_NE(at, std::string::npos) << c.text;
    const Span o = doc->Original({static_cast<uint32_t>(at), static_cast<uint32_t>(at + c.text.size())});
    ASSERT_LE(o.end, html.size());
    EXPECT_EQ(html.substr(o.begin, o.size()), c.source) << c.text;
  }
}

TEST(HtmlTest, WhitespaceCollapsedAndLineBreaksKept) {
  const std::string html =
      "<html><body><article><p>One   two\n\tthree <b>four</b>,\n five.</p><p>Lines<br>of<br/>verse and more words here to read.</p>"
      "<p>The third paragraph of the story goes on for a while, with commas, to look like prose.</p></article></body></html>";
  Result<Document> doc = Page(html);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text,
            "One two three four, five.\n\nLines\nof\nverse and more words here to read.\n\n"
            "The third paragraph of the story goes on for a while, with commas, to look like prose.\n");
}

TEST(HtmlTest, MetadataFromMetaTagsAndJsonLd) {
  const std::string head =
      "<title>Mayor opens the new bridge | The Lakeside Star</title>"
      "<meta property=\"og:site_name\" content=\"The Lakeside Star\">"
      "<meta name=\"author\" content=\"Jo Park, Li Wei\">"
      "<link rel=\"canonical\" href=\"https://star.example/bridge\">"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-28T09:30:00+02:00\",\"headline\":\"Bridge opens\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo Park\"}]}]}</script>";
  Result<Document> doc = Page(NewsPage(head, kBody));
  ASSERT_TRUE(doc.ok());
  const DocumentMeta& m = doc->meta;
  EXPECT_EQ(m.title, "Bridge opens");  // JSON-LD headline before <title>
  EXPECT_EQ(m.outlet, "The Lakeside Star");
  EXPECT_EQ(m.url, "https://star.example/bridge");
  EXPECT_EQ(m.language, "en-GB");
  EXPECT_EQ(m.published, "2024-05-28T09:30");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Jo Park", "Li Wei"}));

  Result<Document> og = Page(NewsPage("<title>Bridge | Star</title><meta property=\"og:title\" content=\"The bridge\">"
                                      "<meta property=\"article:published_time\" content=\"2023-01-02\">", kBody));
  ASSERT_TRUE(og.ok());
  EXPECT_EQ(og->meta.title, "The bridge");
  EXPECT_EQ(og->meta.published, "2023-01-02");

  Result<Document> plain = Page(NewsPage("<title>Mayor opens the new bridge - Lakeside News</title>",
                                         std::string(kBody) + "<p>Posted <time datetime=\"2022-12-31T23:59\">Saturday</time>.</p>"));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->meta.title, "Mayor opens the new bridge");
  EXPECT_EQ(plain->meta.published, "2022-12-31T23:59");
}

TEST(HtmlTest, MetaDateAndSiteSuffix) {
  const std::pair<const char*, const char*> dates[] = {
      {"2024-05-28T09:30:00+02:00", "2024-05-28T09:30"}, {"2024-05-28", "2024-05-28"}, {" 2024-05-28 10:00", "2024-05-28T10:00"},
      {"May 28, 2024", ""}, {"2024-13-01", ""}, {"", ""}};
  for (const auto& [in, want] : dates) EXPECT_EQ(MetaDate(in), want) << in;
  struct Case {
    const char *title, *site, *want;
  } titles[] = {
      {"Bridge opens | Star", "", "Bridge opens"},
      {"Bridge opens - The Lakeside Star", "The Lakeside Star", "Bridge opens"},
      {"Bridge opens - and so does a road in the old town", "", "Bridge opens - and so does a road in the old town"},
      {"Plain title", "", "Plain title"},
  };
  for (const Case& c : titles) EXPECT_EQ(StripSiteSuffix(c.title, c.site), c.want) << c.title;
}

TEST(HtmlTest, StandardInputSniffedAndEmptyPageRefused) {
  EXPECT_TRUE(LooksLikeHtml("  <!doctype html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<HTML><body>"));
  EXPECT_FALSE(LooksLikeHtml("Plain text <b>with</b> tags"));
  Result<Document> in = DecodeDocument("-", NewsPage("", kBody));
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->format, DocumentFormat::kHtml);
  Result<Document> empty = Page("<html><body><nav><a href=/>Home</a></nav><script>var x = 1;</script></body></html>");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("no article text"), std::string::npos);
}

TEST(GzipTest, MembersJoinedAndTruncationReported) {
  const std::string two = GzipMember("first part, ") + GzipMember("second part");
  ASSERT_TRUE(IsGzip(two));
  Result<std::string> plain = Gunzip(two);
  ASSERT_TRUE(plain.ok()) << plain.status().message();
  EXPECT_EQ(*plain, "first part, second part");
  const std::string first = GzipMember("first part, ");
  Result<std::string> cut = Gunzip(two.substr(0, two.size() - 6));
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated gzip member at offset " + std::to_string(first.size())), std::string::npos)
      << cut.status().message();
  std::string broken = GzipMember("some text that is long enough to have a body worth corrupting");
  broken[12] ^= 0x55;
  EXPECT_FALSE(Gunzip(broken).ok());
}

TEST(GzipTest, GzippedPageIsAPage) {
  const std::string html = NewsPage("<title>Bridge</title>", kBody);
  Result<Document> doc = DecodeDocument("saved/page.html.gz", GzipMember(html));
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->format, DocumentFormat::kHtml);
  EXPECT_EQ(doc->text, Page(html)->text);
  Result<Document> cut = DecodeDocument("saved/page.html.gz", GzipMember(html).substr(0, 40));
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated gzip member"), std::string::npos);
}

}  // namespace
}  // namespace hearsay
