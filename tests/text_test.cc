#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>

#include "base/lexicon.h"
#include "text/layout.h"
#include "text/tokenizer.h"
#include "test_util.h"

namespace hearsay {
namespace {

class TextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicons_ = new Lexicons(std::move(*Lexicons::Load("")));
  }
  static void TearDownTestSuite() { delete lexicons_; }
  Layout Split(std::string_view text) {
    Result<Tokenizer> tok = Tokenizer::Create(*lexicons_);
    EXPECT_TRUE(tok.ok());
    return tok->Split(text);
  }
  std::vector<std::string> Sentences(std::string_view text) {
    std::vector<std::string> out;
    for (const Sentence& s : Split(text).sentences) out.emplace_back(s.span.In(text));
    return out;
  }
  static Lexicons* lexicons_;
};
Lexicons* TextTest::lexicons_ = nullptr;

struct SentenceCase {
  const char* text;
  std::vector<std::string> want;
};

TEST_F(TextTest, AbbreviationsDoNotEndSentencesUnlessANewOneStarts) {
  const SentenceCase cases[] = {
      {"It was co-founded by Xu Bing of SenseTime Group Inc. Despite Asia's lag, China leads.",
       {"It was co-founded by Xu Bing of SenseTime Group Inc.", "Despite Asia's lag, China leads."}},
      {"Mr. Xu met Dr. Li in the U.S. Capitol on Monday.", {"Mr. Xu met Dr. Li in the U.S. Capitol on Monday."}},
      {"Shares of Apple Inc. rose 3% on Friday.", {"Shares of Apple Inc. rose 3% on Friday."}},
      {"The firm is based in the U.S. It employs ten people.",
       {"The firm is based in the U.S.", "It employs ten people."}},
      {"He joined in Jan. 2020 as the No. 2 executive.", {"He joined in Jan. 2020 as the No. 2 executive."}},
      {"Huawei Technologies Co. and ZTE Corp. were named.", {"Huawei Technologies Co. and ZTE Corp. were named."}},
      {"John F. Kennedy spoke. Then he left.", {"John F. Kennedy spoke.", "Then he left."}},
      {"The US Gov't has sanctioned it. Nobody was surprised.", {"The US Gov't has sanctioned it.", "Nobody was surprised."}},
      {"Prof. Tang Jie founded it.", {"Prof. Tang Jie founded it."}},
      {"\"We will win,\" he said. \"Nobody doubts it.\"", {"\"We will win,\" he said.", "\"Nobody doubts it.\""}},
      {"Is it over? Yes! It is.", {"Is it over?", "Yes!", "It is."}},
      {"First line without stop\nSecond line.", {"First line without stop", "Second line."}},
  };
  for (const SentenceCase& c : cases) EXPECT_EQ(Sentences(c.text), c.want) << c.text;
}

std::string Segments(std::string_view line, const std::vector<WordSegment>& segs) {
  std::string out;
  for (const WordSegment& s : segs) out += "[" + std::string(line.substr(s.begin, s.end - s.begin)) + "|" + std::to_string(s.status) + "]";
  return out;
}

// The fast word segmentation must agree with ICU's wherever it answers: on a table of
// tricky lines, on every line of the seed articles, and on 30,000 random strings over
// the characters it takes (and a few it must hand to ICU).
TEST_F(TextTest, FastWordSegmentsAgreeWithIcu) {
  Result<Tokenizer> tok = Tokenizer::Create(*lexicons_);
  ASSERT_TRUE(tok.ok());
  auto check = [&](std::string_view line) {
    std::vector<WordSegment> fast, icu;
    tok->IcuWordSegments(line, icu);
    if (!FastWordSegments(line, fast)) return false;
    EXPECT_EQ(Segments(line, fast), Segments(line, icu)) << line;
    return true;
  };
  const std::vector<std::string> table = {
      "ratio 3:1 a:b", "5G A100 7nm 3.5x A100B 5G5", "1,234.5 1,23 3;4 1.2.3 1..5 1.5. 1,5,",
      "U.S. e.g. x.y.z a.b.c.", "can't rock'n'roll 'tis '90s", "China\u2019s \u2018hi\u2019 1\u2019000",
      "a.1 1.a 1'a a'1 x1.5 1.5x a1b 1a1", "word.'s l'a ab.cd'ef a.b'c", "\u201CQuote\u201D \u2014 \u2013 \u2026",
      "$5 50% (AP) -- x--y co-founder #tag", "  two  spaces\tand\ttabs  ", ".", "'", "\u2019s", "a",
  };
  for (const std::string& line : table) EXPECT_TRUE(check(line)) << line;
  // Lines the fast path must refuse.
  std::vector<WordSegment> unused;
  for (const char* line : {"snake_case", "@user", "soft\u00adhyphen", "a\u00b7b", "\u00a9 2024", "\u4e2d\u6587", "x \u2032 y"}) {
    EXPECT_FALSE(FastWordSegments(line, unused)) << line;
    EXPECT_TRUE(unused.empty());
  }
  size_t seed_lines = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    std::istringstream in(testing::ReadFile(e.path().string()));
    for (std::string line; std::getline(in, line);) seed_lines += check(line);
  }
  EXPECT_GT(seed_lines, 50u);  // most seed lines take the fast path
  const std::vector<std::string> alphabet = {"a", "B", "z", "1", "0", ".", "'", ",", ";", ":", " ", "-", "$", "%", "(",
                                             "\u2019", "\u2018", "\u201C", "\u201D", "\u2014", "\u2026", "\t", "!", "\"",
                                             "#", "&", "*", "+", "/", "<", "=", ">", "?", "@", "[", "\\", "]", "^",
                                             "`", "{", "|", "}", "~", "_", "\u00e9", "\u00c9", "\u00df", "\u0142",
                                             "\u0141", "\u00a3", "\u20ac", "\u20b9", "\u00ab", "\u00bb", "\u00d7",
                                             "\u00b0", "\u00bf", "\u00aa", "\u00b7", "\u0149", "\u0138"};
  std::mt19937 rng(7);
  size_t fast = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string line;
    const int len = std::uniform_int_distribution<int>(1, 12)(rng);
    for (int k = 0; k < len; ++k) line += alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(rng)];
    fast += check(line);
  }
  EXPECT_GT(fast, 10000u);
}

// The same for sentence ends: a table, every seed line, and 30,000 random strings.
TEST_F(TextTest, FastSentenceEndsAgreeWithIcu) {
  Result<Tokenizer> tok = Tokenizer::Create(*lexicons_);
  ASSERT_TRUE(tok.ok());
  auto check = [&](std::string_view line) {
    std::vector<uint32_t> fast, icu;
    tok->IcuSentenceEnds(line, icu);
    if (!FastSentenceEnds(line, fast)) return false;
    EXPECT_EQ(fast, icu) << line;
    return true;
  };
  const std::vector<std::string> table = {
      "He said. She left.", "U.S. officials said. Then", "It cost $4.5 billion. Next", "etc. and more",
      "He left... Then she", "\"Hi.\" He said", "Is it? yes. No! Maybe", "He said: no. (It was.) Then", "a.b. c",
      "Mr. Smith went", "x. 5 y", "A.  B", "end.\" \"Next", "end.) Next", "wait -- no. - Next", "1. 2. 3.",
      "He said.\tNext", "\u201CHi.\u201D Next", "one\u2026 Two", "a, b. c, d. E", "U.S.; then", "no. \u2014 Next", "!", ".",
  };
  for (const std::string& line : table) EXPECT_TRUE(check(line)) << line;
  std::vector<uint32_t> unused;
  for (const char* line : {"soft\u00adhyphen. Next", "\u4e2d\u6587\u3002", "a\u00a0b", "x\u2032. Y"}) {
    EXPECT_FALSE(FastSentenceEnds(line, unused)) << line;
    EXPECT_TRUE(unused.empty());
  }
  size_t seed_lines = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    std::istringstream in(testing::ReadFile(e.path().string()));
    for (std::string line; std::getline(in, line);) seed_lines += check(line);
  }
  EXPECT_GT(seed_lines, 50u);
  const std::vector<std::string> alphabet = {"a", "B", "z", "Q", "1", "9", ".", ".", "!", "?", "'", "\"", "(", ")", "[", ",",
                                             ";", ":", "-", " ", "  ", "\t", "$", "%", "&", "*", "/", "@", "_", "#",
                                             "\u2019", "\u2018", "\u201C", "\u201D", "\u2014", "\u2013", "\u2026", "Mr",
                                             "U.S.", "word", "The", "\u00e9", "\u00c9", "\u00df", "\u0141", "\u0142",
                                             "\u00a3", "\u20ac", "\u00ab", "\u00bb", "\u00d7", "\u00aa", "\u00a9",
                                             "\u0149", "Caf\u00e9"};
  std::mt19937 rng(11);
  size_t fast = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string line;
    const int len = std::uniform_int_distribution<int>(1, 16)(rng);
    for (int k = 0; k < len; ++k) line += alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(rng)];
    fast += check(line);
  }
  EXPECT_GT(fast, 10000u);
}

TEST_F(TextTest, ParagraphsAreNonEmptyLinesTrimmed) {
  const std::string text = "Title\n\n  First paragraph.  \n\nSecond.\n";
  Layout l = Split(text);
  ASSERT_EQ(l.paragraphs.size(), 3u);
  EXPECT_EQ(l.paragraphs[1].span.In(text), "First paragraph.");
  EXPECT_EQ(l.paragraphs[2].span.In(text), "Second.");
  EXPECT_EQ(l.paragraphs[1].last_sentence - l.paragraphs[1].first_sentence, 1u);
}

struct TokenCase {
  const char* text;
  const char* token;
  TokenKind kind;
  bool open;
};

const Token* Find(const Layout& l, std::string_view text, std::string_view what, size_t nth = 0) {
  for (const Token& t : l.tokens) {
    if (t.span.In(text) == what && nth-- == 0) return &t;
  }
  return nullptr;
}

TEST_F(TextTest, QuotesAreToldFromApostrophes) {
  const TokenCase cases[] = {
      {"China’s lead", "China’s", TokenKind::kWord, false},
      {"China's lead", "China's", TokenKind::kWord, false},
      {"the ‘Made in China’ theme", "‘", TokenKind::kQuote, true},
      {"the ‘Made in China’ theme", "’", TokenKind::kQuote, false},
      {"the 'Made in China' theme", "'", TokenKind::kQuote, true},
      {"the companies' profits", "'", TokenKind::kApostrophe, false},
      {"the companies’ profits", "’", TokenKind::kApostrophe, false},
      {"back in the '90s", "'", TokenKind::kApostrophe, false},
      {"“Compute is a commodity,” he said", "“", TokenKind::kQuote, true},
      {"“Compute is a commodity,” he said", "”", TokenKind::kQuote, false},
      {"\"Compute is a commodity,\" he said", "\"", TokenKind::kQuote, true},
      {"\u00ABBonjour\u00BB, dit-il", "\u00AB", TokenKind::kQuote, true},
      {"\u00ABBonjour\u00BB, dit-il", "\u00BB", TokenKind::kQuote, false},
      {"don't stop", "don't", TokenKind::kWord, false},
      {"a co-founder of it", "co-founder", TokenKind::kWord, false},
      {"up 4.35% on 1,234.5 units", "1,234.5", TokenKind::kNumber, false},
      {"it fell — sharply", "—", TokenKind::kDash, false},
      {"and then… nothing", "…", TokenKind::kEllipsis, false},
      {"and then... nothing", "...", TokenKind::kEllipsis, false},
  };
  for (const TokenCase& c : cases) {
    Layout l = Split(c.text);
    const Token* t = Find(l, c.text, c.token);
    ASSERT_NE(t, nullptr) << c.text << " / " << c.token;
    EXPECT_EQ(t->kind, c.kind) << c.text << " / " << c.token;
    if (c.kind == TokenKind::kQuote) {
      EXPECT_EQ(t->open, c.open) << c.text;
    }
  }
  // The closing straight quote of a pair.
  const std::string text = "\"Compute is a commodity,\" he said";
  Layout l = Split(text);
  const Token* close = Find(l, text, "\"", 1);
  ASSERT_NE(close, nullptr);
  EXPECT_EQ(close->kind, TokenKind::kQuote);
  EXPECT_FALSE(close->open);
}

TEST_F(TextTest, OffsetsRoundTripForScriptsAccentsAndEmoji) {
  const std::string text =
      "Clément Delangue met 华为 executives in Zürich 😀 on Tuesday.\n"
      "Phan Văn Hoa wrote: “你好”.";
  Layout l = Split(text);
  ASSERT_FALSE(l.tokens.empty());
  uint32_t prev_end = 0;
  for (const Token& t : l.tokens) {
    EXPECT_LE(prev_end, t.span.begin);
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, text.size());
    // Tokens begin and end on character boundaries.
    EXPECT_NE(static_cast<unsigned char>(text[t.span.begin]) & 0xC0, 0x80);
    if (t.span.end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[t.span.end]) & 0xC0, 0x80);
    }
    prev_end = t.span.end;
  }
  EXPECT_NE(Find(l, text, "Clément"), nullptr);
  EXPECT_NE(Find(l, text, "Zürich"), nullptr);
  EXPECT_NE(Find(l, text, "Văn"), nullptr);
  EXPECT_TRUE(Find(l, text, "Clément")->capitalized);
  // Every sentence lies within its paragraph and holds its tokens.
  for (const Sentence& s : l.sentences) {
    EXPECT_TRUE(l.paragraphs[s.paragraph].span.Contains(s.span));
    for (uint32_t k = s.first_token; k < s.last_token; ++k) EXPECT_TRUE(s.span.Contains(l.tokens[k].span));
  }
}

TEST_F(TextTest, BoilerplateIsMarkedByGeneralRules) {
  const std::string text =
      "Chip firms race ahead\n"
      "By\n"
      "Follow google news\n"
      "The company said on Monday that sales rose.\n"
      "Jane Doe's Photo\n"
      "Share prices rose sharply after the announcement on Monday, traders said.\n"
      "img_2041\n"
      "Illustration photo.\n"
      "Chip firms race ahead\n"
      "Got a news tip for our journalists? Share it with us anonymously here.\n"
      "Most Read Articles\n"
      "Some other headline about the economy\n"
      "Log In\n";
  Layout l = Split(text);
  BoilerplateRules rules(*lexicons_);
  rules.Mark(text, l);
  std::vector<std::pair<std::string, bool>> got;
  for (const Paragraph& p : l.paragraphs) got.emplace_back(std::string(p.span.In(text)), p.boilerplate);
  const std::vector<std::pair<std::string, bool>> want = {
      {"Chip firms race ahead", false},
      {"By", true},
      {"Follow google news", true},
      {"The company said on Monday that sales rose.", false},
      {"Jane Doe's Photo", true},
      {"Share prices rose sharply after the announcement on Monday, traders said.", false},
      {"img_2041", true},
      {"Illustration photo.", true},
      {"Chip firms race ahead", true},
      {"Got a news tip for our journalists? Share it with us anonymously here.", true},
      {"Most Read Articles", true},
      {"Some other headline about the economy", true},
      {"Log In", true},
  };
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace hearsay
