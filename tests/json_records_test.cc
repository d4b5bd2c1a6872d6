// JSON and JSON Lines articles: fields by their common names and by override, record keys,
// bad records. Invented records.
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/front_matter.h"
#include "ingest/json_records.h"

namespace hearsay {
namespace {

TEST(JsonRecordsTest, FieldsByCommonNames) {
  struct Case {
    const char* json;
    const char *text, *title, *published, *url, *outlet, *language, *authors, *record;
  } cases[] = {
      // news-please
      {R"({"authors":["Ravi Shah","Jo Lee"],"date_publish":"2024-03-01 09:15:00","language":"en","maintext":"Volumes rose.",)"
       R"("source_domain":"harbour.example","title":"Port volumes rise","url":"https://harbour.example/port"})",
       "Port volumes rise\n\nVolumes rose.", "Port volumes rise", "2024-03-01T09:15", "https://harbour.example/port",
       "harbour.example", "en", "Ravi Shah|Jo Lee", "https://harbour.example/port"},
      // trafilatura-style JSON
      {R"({"text":"The plan passed.","title":"Plan","date":"2023-12-31","author":"Mia Cho","sitename":"Daily","id":"a1"})",
       "Plan\n\nThe plan passed.", "Plan", "2023-12-31", "", "Daily", "", "Mia Cho", "a1"},
      // the text already starts with its title; a numeric id; an author object
      {R"({"id":42,"headline":"Plan passes","content":"Plan passes\n\nThe council voted.","author":{"name":"Al Ng"}})",
       "Plan passes\n\nThe council voted.", "Plan passes", "", "", "", "", "Al Ng", "42"},
      {R"({"body":"Just text."})", "Just text.", "", "", "", "", "", "", "record 1"},
  };
  for (const Case& c : cases) {
    FileDocuments f = DecodeJsonRecords("a.json", c.json, false, JsonFields());
    ASSERT_EQ(f.docs.size(), 1u) << c.json;
    ASSERT_TRUE(f.errors.empty()) << f.errors[0].status.message();
    const Document& d = f.docs[0];
    EXPECT_EQ(d.format, DocumentFormat::kJson);
    EXPECT_EQ(d.text, c.text);
    EXPECT_EQ(d.meta.title, c.title);
    EXPECT_EQ(d.meta.published, c.published);
    EXPECT_EQ(d.meta.url, c.url);
    EXPECT_EQ(d.meta.outlet, c.outlet);
    EXPECT_EQ(d.meta.language, c.language);
    std::string authors;
    for (const std::string& a : d.meta.authors) authors += (authors.empty() ? "" : "|") + a;
    EXPECT_EQ(authors, c.authors) << c.json;
    EXPECT_EQ(d.record, c.record);
    EXPECT_EQ(d.Key(), std::string("a.json#") + c.record);
  }
}

TEST(JsonRecordsTest, LinesArraysAndBadRecords) {
  const std::string lines =
      "{\"url\":\"u1\",\"text\":\"First.\"}\n"
      "\n"
      "{broken\n"
      "{\"title\":\"no text\"}\n"
      "{\"url\":\"u1\",\"text\":\"Same URL again.\"}\n"
      "{\"text\":\"Line six.\"}\n"
      "[1,2]\n"
      "{\"text\":\"   \"}\n";
  FileDocuments f = DecodeJsonRecords("r.jsonl", lines, true, JsonFields());
  ASSERT_EQ(f.docs.size(), 3u);
  EXPECT_EQ(f.docs[0].record, "u1");
  EXPECT_EQ(f.docs[1].record, "u1 (line 5)");
  EXPECT_EQ(f.docs[2].record, "line 6");
  ASSERT_EQ(f.errors.size(), 4u);
  EXPECT_EQ(f.errors[0].record, "line 3");
  EXPECT_EQ(f.errors[0].status.message(), "not valid JSON");
  EXPECT_EQ(f.errors[1].record, "line 4");
  EXPECT_NE(f.errors[1].status.message().find("no text field"), std::string::npos);
  EXPECT_EQ(f.errors[2].status.message(), "not a JSON object");
  EXPECT_EQ(f.errors[3].status.code(), Status::Code::kSkipped);

  FileDocuments arr = DecodeJsonRecords("a.json", R"([{"text":"One."},{"text":"Two.","url":"u2"}])", false, JsonFields());
  ASSERT_EQ(arr.docs.size(), 2u);
  EXPECT_EQ(arr.docs[0].record, "record 1");
  EXPECT_EQ(arr.docs[1].record, "u2");
  EXPECT_NE(arr.docs[0].hash, arr.docs[1].hash);
  FileDocuments bad = DecodeJsonRecords("a.json", "[{\"text\":", false, JsonFields());
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_TRUE(bad.docs.empty());
}

TEST(JsonRecordsTest, FieldOverrides) {
  JsonFields f;
  ASSERT_TRUE(f.Set("text=article_body").ok());
  ASSERT_TRUE(f.Set("date=when").ok());
  EXPECT_FALSE(f.Set("colour=x").ok());
  EXPECT_FALSE(f.Set("text=").ok());
  EXPECT_FALSE(f.Set("text").ok());
  FileDocuments d = DecodeJsonRecords("a.json", R"({"text":"not this","article_body":"This one.","when":"2022-02-02T10:11:12Z"})",
                                      false, f);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, "This one.");
  EXPECT_EQ(d.docs[0].meta.published, "2022-02-02T10:11");
  FileDocuments missing = DecodeJsonRecords("a.json", R"({"text":"x"})", false, f);
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].status.message(), "no field article_body");
}

// Offsets count bytes of the record's text as hearsay composes it (title, blank line,
// text), after normalization is undone: an NFD é maps back to its two code points.
TEST(JsonRecordsTest, OffsetsCountTheComposedText) {
  FileDocuments f = DecodeJsonRecords("a.json", "{\"title\":\"T\",\"text\":\"Cafe\\u0301 prices rose.\"}", false, JsonFields());
  ASSERT_EQ(f.docs.size(), 1u);
  const Document& d = f.docs[0];
  EXPECT_EQ(d.text, "T\n\nCaf\u00E9 prices rose.");
  const size_t at = d.text.find("prices");
  const Span o = d.Original({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)});
  EXPECT_EQ(o.begin, at + 1);  // NFC made "e" + U+0301 (3 bytes) into é (2 bytes)
}

TEST(JsonRecordsTest, DecodeFileDispatchesOnTheName) {
  IngestOptions options;
  FileDocuments lines = DecodeFile("x/feed.ndjson", "{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n", options);
  EXPECT_EQ(lines.docs.size(), 2u);
  FileDocuments text = DecodeFile("x/notes.txt", "{\"text\":\"A.\"}\n", options);
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].format, DocumentFormat::kText);
  EXPECT_TRUE(text.docs[0].record.empty());
  FileDocuments empty = DecodeFile("x/e.jsonl", "\n\n", options);
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].status.code(), Status::Code::kSkipped);
}

}  // namespace
}  // namespace hearsay

namespace hearsay {
namespace {

TEST(FrontMatterTest, MetadataTakenAndTextStartsAfterIt) {
  const std::string md =
      "---\n"
      "title: \"Lakeside: the bridge opens\"\n"
      "date: 2024-05-28 09:30\n"
      "authors:\n"
      "  - Jo Park\n"
      "  - 'Li Wei'\n"
      "url: https://star.example/bridge   # canonical\n"
      "tags: [news, local]\n"
      "seo:\n"
      "  title: not this one\n"
      "---\n"
      "# Bridge opens\n\nThe mayor said the bridge cost $4 million.\n";
  Result<Document> doc = DecodeDocument("posts/bridge.md", md);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->format, DocumentFormat::kMarkdown);
  EXPECT_EQ(doc->meta.title, "Lakeside: the bridge opens");
  EXPECT_EQ(doc->meta.published, "2024-05-28T09:30");
  EXPECT_EQ(doc->meta.authors, (std::vector<std::string>{"Jo Park", "Li Wei"}));
  EXPECT_EQ(doc->meta.url, "https://star.example/bridge");
  EXPECT_EQ(doc->text, "# Bridge opens\n\nThe mayor said the bridge cost $4 million.\n");
  const size_t at = doc->text.find("$4 million");
  const Span o = doc->Original({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 10)});
  EXPECT_EQ(md.substr(o.begin, o.size()), "$4 million");

  const std::pair<std::string, std::string> others[] = {
      {"---\nauthor: [Ann Lee, Bo Ma]\n...\nText.", "Ann Lee|Bo Ma"},
      {"---\nauthor: Ann Lee\n---\r\nText.", "Ann Lee"},
      {"--- \nno closing line\nText.", ""},
      {"Text first\n---\nauthor: x\n---\n", ""},
  };
  for (const auto& [text, authors] : others) {
    size_t body = 0;
    DocumentMeta m = ReadFrontMatter(text, body);
    std::string got;
    for (const std::string& a : m.authors) got += (got.empty() ? "" : "|") + a;
    EXPECT_EQ(got, authors) << text;
    EXPECT_EQ(body > 0, !authors.empty()) << text;
  }
  // A .txt file keeps its dashes as text.
  Result<Document> txt = DecodeDocument("a.txt", "---\ntitle: x\n---\nText.");
  ASSERT_TRUE(txt.ok());
  EXPECT_EQ(txt->text.rfind("---\ntitle", 0), 0u);
}

}  // namespace
}  // namespace hearsay
