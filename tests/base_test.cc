#include <gtest/gtest.h>

#include "base/fold.h"
#include "base/hash.h"
#include "base/lexicon.h"
#include "base/utf8.h"
#include "hearsay/status.h"
#include "test_util.h"

namespace hearsay {
namespace {

TEST(StatusTest, ResultCarriesValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status::NotFound("nothing here");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(bad.status().message(), "nothing here");
}

struct FoldCase {
  const char* in;
  const char* want;
};

TEST(FoldNameTest, Table) {
  const FoldCase cases[] = {
      {"Xu Bing", "xu bing"},
      {"  XU   BING ", "xu bing"},
      {"Xú Bíng", "xu bing"},
      {"Clément Delangue", "clement delangue"},
      {"Nvidia Corp.", "nvidia corp"},
      {"O’Brien", "o'brien"},
      {"AT&T", "at&t"},
      {"Zhipu AI's", "zhipu ai's"},
      {"Ångström—Lab", "angstrom lab"},
      {"'; DROP TABLE claims; --", "drop table claims"},
      {"", ""},
      {"北京", "北京"},
  };
  for (const FoldCase& c : cases) EXPECT_EQ(FoldName(c.in), c.want) << c.in;
}

TEST(FrozenStringMapTest, FindsWhatWasAddedAndNothingElse) {
  FrozenStringMap<int> m;
  EXPECT_EQ(m.Find("x"), nullptr);  // empty and not frozen: nothing
  const std::pair<const char*, int> rows[] = {
      {"", 1}, {"a", 2}, {"ab", 3}, {"abc", 4}, {"Beijing", 5}, {"beijing", 6}, {"Zürich", 7},
      {"a name longer than the sixteen bytes of a short string", 8}};
  for (const auto& [k, v] : rows) m[k] = v;
  m["a"] += 10;  // filled like a map
  m.Freeze();
  EXPECT_EQ(m.size(), std::size(rows));
  EXPECT_EQ(m.entries().size(), std::size(rows));
  for (const auto& [k, v] : rows) {
    const int* got = m.Find(k);
    ASSERT_NE(got, nullptr) << k;
    EXPECT_EQ(*got, std::string_view(k) == "a" ? 12 : v) << k;
    EXPECT_EQ(m.count(k), 1u) << k;
  }
  for (const char* absent : {"b", "abcd", "BEIJING", "Zurich", "a name longer than the sixteen bytes of a short strinG", " "}) {
    EXPECT_EQ(m.Find(absent), nullptr) << absent;
    EXPECT_EQ(m.count(absent), 0u) << absent;
  }
}

TEST(FrozenStringMapTest, AgreesWithStringMapOnManyKeys) {
  // Enough keys that probes run past occupied slots; half the queries are absent.
  StringMap<size_t> want;
  FrozenStringMap<size_t> m;
  for (size_t i = 0; i < 5000; ++i) {
    const std::string k = "w" + std::to_string(i * 7919 % 100003);
    want[k] = i;
    m[k] = i;
  }
  m.Freeze();
  for (size_t i = 0; i < 10000; ++i) {
    const std::string k = "w" + std::to_string(i * 7919 % 100003 + (i % 2) * 100003);
    auto it = want.find(k);
    const size_t* got = m.Find(k);
    ASSERT_EQ(got != nullptr, it != want.end()) << k;
    if (got) {
      EXPECT_EQ(*got, it->second) << k;
    }
  }
  FrozenStringSet set;
  set.insert("said");
  set.insert("says");
  set.Freeze();
  EXPECT_EQ(set.count("said"), 1u);
  EXPECT_EQ(set.count("say"), 0u);
}

TEST(Utf8Test, ValidPrefix) {
  EXPECT_EQ(ValidUtf8Prefix("plain ascii"), 11u);
  EXPECT_EQ(ValidUtf8Prefix("caf\xC3\xA9"), 5u);
  EXPECT_EQ(ValidUtf8Prefix("caf\xE9 au lait"), 3u);           // Latin-1 é
  EXPECT_EQ(ValidUtf8Prefix("\xC0\xAF"), 0u);                  // overlong
  EXPECT_EQ(ValidUtf8Prefix("ok\xED\xA0\x80"), 2u);            // surrogate
  EXPECT_EQ(ValidUtf8Prefix("\xF0\x9F\x98\x80!"), 5u);         // emoji
  EXPECT_EQ(ValidUtf8Prefix("abc\xE2\x80"), 3u);               // truncated
  EXPECT_EQ(ValidUtf8Prefix("0123456789abcdef\xFF"), 16u);     // after the 8-byte fast path
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  const std::string s = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";
  std::string back;
  size_t i = 0;
  std::vector<char32_t> cps;
  while (i < s.size()) cps.push_back(DecodeUtf8(s, i));
  ASSERT_EQ(cps.size(), 4u);
  EXPECT_EQ(cps[2], U'\u4E2D');
  for (char32_t c : cps) AppendUtf8(back, c);
  EXPECT_EQ(back, s);
  EXPECT_EQ(PreviousCodePoint(s, s.size()), U'\U0001F600');
  EXPECT_EQ(PreviousCodePoint(s, 0), 0u);
}

TEST(LexiconTest, RowsSkipCommentsAndSplitTabs) {
  Lexicons lex = Lexicons::FromFiles({{"x.tsv", "# comment\nalpha\tA\tone\n\nbeta\tB\r\n"}});
  const auto& rows = lex.Rows("x.tsv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0], "alpha");
  EXPECT_EQ(rows[0][2], "one");
  EXPECT_EQ(rows[1][1], "B");
  EXPECT_TRUE(lex.Rows("missing.tsv").empty());
}

TEST(LexiconTest, EmbeddedLexiconsAreLoaded) {
  Result<Lexicons> lex = Lexicons::Load("");
  ASSERT_TRUE(lex.ok());
  EXPECT_GT(lex->Rows("abbreviations.tsv").size(), 50u);
  EXPECT_GT(lex->Rows("cues.tsv").size(), 100u);
}

TEST(LexiconTest, DataDirAddsRows) {
  Result<Lexicons> base = Lexicons::Load("");
  ASSERT_TRUE(base.ok());
  testing::TempDir dir;
  dir.Write("cues.tsv", "# mine\nblurted\tblurt\tspeech\tany\n");
  dir.Write("mine.txt", "only-here\n");
  Result<Lexicons> lex = Lexicons::Load(dir.path());
  ASSERT_TRUE(lex.ok());
  ASSERT_EQ(lex->Rows("cues.tsv").size(), base->Rows("cues.tsv").size() + 1);
  EXPECT_EQ(lex->Rows("cues.tsv").back()[0], "blurted");
  ASSERT_EQ(lex->Rows("mine.txt").size(), 1u);
  EXPECT_FALSE(Lexicons::Load("/nonexistent/dir").ok());
}

}  // namespace
}  // namespace hearsay
