// The extractor's windows: a document with an overlong line is analyzed in windows, and
// finds what the whole-document analysis finds, once each, with the same spans.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "pipeline/extractor.h"
#include "test_util.h"

namespace hearsay {
namespace {

// Each item as one comparable line: kind, span, and what it resolved to.
std::vector<std::string> Flatten(const Items& items, std::string_view text) {
  std::vector<std::string> out;
  auto at = [&](Span s) { return std::to_string(s.begin) + "-" + std::to_string(s.end) + " " + std::string(s.In(text)); };
  for (const Claim& c : items.claims) out.push_back("claim " + at(c.span()) + " | " + c.speaker + " | " + c.cue);
  for (const PersonMention& p : items.people) out.push_back("person " + at(p.span) + " | " + p.name);
  for (const OrgMention& o : items.orgs) out.push_back("org " + at(o.span) + " | " + o.name);
  for (const FigureMention& f : items.figures) out.push_back("figure " + at(f.span) + " | " + f.unit);
  for (const DateMention& d : items.dates) out.push_back("date " + at(d.span) + " | " + d.value);
  return out;
}

// Invented sentences: speech with a clause, a quote of two sentences split by its
// attribution, figures, dates and organisations, and no pronoun that needs an earlier
// sentence.
// Each is numbered: a claim repeated word for word is one claim.
const char* const kSentences[] = {
    "Marta Quintana said the Velmont Corporation would close {} plants by March 2027. ",
    "\"We will move {} workers. None will lose pay,\" said Dario Fenwick, the union's leader. ",
    "Prices rose {}% in the year to June, the Kelso Statistics Office reported on Tuesday. ",
    "Velmont shares fell $3.20 to ${} after the announcement. ",
};

std::string OneLine(size_t bytes) {
  std::string text;
  for (size_t i = 0; text.size() < bytes; ++i) {
    const std::string s = kSentences[i % 4];
    text += s.substr(0, s.find("{}")) + std::to_string(i + 2) + s.substr(s.find("{}") + 2);
  }
  text += "\n";
  return text;
}

Analysis AnalyzeWith(const Document& doc, size_t window, size_t context) {
  AnalyzeOptions options;
  options.reference_date = "2026-05-04";
  options.window_bytes = window;
  options.window_context = context;
  return testing::SharedExtractor().Analyze(doc, options);
}

TEST(ExtractorWindowTest, LongLineInWindowsFindsWhatTheWholeTextFinds) {
  Result<Document> doc = DecodeDocument("line.txt", OneLine(40000));
  ASSERT_TRUE(doc.ok());
  const std::vector<std::string> whole = Flatten(AnalyzeWith(*doc, 1 << 30, 0).items, doc->text);
  ASSERT_GT(whole.size(), 400u);
  // Windows of several sizes cut the line at different places; the context of 600 bytes
  // is longer than any sentence, so no item is cut.
  for (size_t window : {1024u, 1500u, 4096u}) {
    SCOPED_TRACE(window);
    Analysis windowed = AnalyzeWith(*doc, window, 600);
    EXPECT_EQ(Flatten(windowed.items, doc->text), whole);
    EXPECT_GT(windowed.items.claims.size(), 200u);
  }
}

TEST(ExtractorWindowTest, ShortLinesAreNotWindowed) {
  // Names are folded over the whole document ("Quintana" is Marta Quintana) when no line is
  // over the window, however long the document.
  std::string text = "Marta Quintana said the plant would close.\n\n";
  for (int i = 0; i < 60; ++i) text += "The weather was mild and the roads were quiet that week.\n\n";
  text += "Quintana said the workers would be moved.\n";
  Result<Document> doc = DecodeDocument("lines.txt", text);
  ASSERT_TRUE(doc.ok());
  Analysis a = AnalyzeWith(*doc, 512, 64);
  ASSERT_EQ(a.items.claims.size(), 2u);
  EXPECT_EQ(a.items.claims[1].speaker, "Marta Quintana");
  EXPECT_EQ(Flatten(a.items, doc->text), Flatten(AnalyzeWith(*doc, 1 << 30, 0).items, doc->text));
}

TEST(ExtractorWindowTest, MetadataComesFromTheFirstWindow) {
  Result<Document> doc = DecodeDocument("dated.txt", "Plants to close\n\nMay 4, 2026\n\n" + OneLine(8000));
  ASSERT_TRUE(doc.ok());
  Analysis a = AnalyzeWith(*doc, 1024, 300);
  EXPECT_EQ(a.meta.published, "2026-05-04");
  EXPECT_EQ(a.meta.title.In(doc->text), "Plants to close");
}

}  // namespace
}  // namespace hearsay
