#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/ingest.h"
#include "test_util.h"

namespace hearsay {
namespace {

using testing::TempDir;

// Every span of the normalized text must map back onto the same characters on disk.
void ExpectRoundTrip(const Document& doc, std::string_view original, std::string_view piece) {
  const size_t at = doc.text.find(piece);
  ASSERT_NE(at, std::string::npos) << piece;
  const Span o = doc.Original({static_cast<uint32_t>(at), static_cast<uint32_t>(at + piece.size())});
  ASSERT_LE(o.end, original.size());
  ASSERT_LE(o.begin, o.end);
  EXPECT_EQ(original.substr(o.begin, o.size()), piece) << "offsets of " << piece;
}

TEST(DecodeTest, PlainUtf8IsIdentity) {
  const std::string s = "Hello, world.\nSecond line.";
  Result<Document> doc = DecodeDocument("a.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, s);
  EXPECT_TRUE(doc->offsets.identity());
  EXPECT_EQ(doc->encoding, Encoding::kUtf8);
  EXPECT_TRUE(doc->warnings.empty());
  EXPECT_EQ(doc->hash.size(), 32u);
}

TEST(DecodeTest, BomStrippedAndOffsetsShifted) {
  const std::string s = "\xEF\xBB\xBFXu said hello.";
  Result<Document> doc = DecodeDocument("a.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Xu said hello.");
  ExpectRoundTrip(*doc, s, "said");
  ExpectRoundTrip(*doc, s, "Xu");
}

TEST(DecodeTest, CrlfAndLoneCrBecomeLf) {
  const std::string s = "One.\r\nTwo “quoted”.\rThree.\r\n\r\nFour.";
  Result<Document> doc = DecodeDocument("a.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "One.\nTwo “quoted”.\nThree.\n\nFour.");
  for (const char* piece : {"One.", "quoted", "Three.", "Four."}) ExpectRoundTrip(*doc, s, piece);
}

TEST(DecodeTest, Windows1252IsConvertedWithWarning) {
  // “Smart quotes” and an é in Windows-1252.
  const std::string s = "He said \x93" "caf\xE9 prices rose\x94 on Monday.";
  Result<Document> doc = DecodeDocument("old.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->encoding, Encoding::kWindows1252);
  EXPECT_EQ(doc->text, "He said “" "café prices rose” on Monday.");
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_NE(doc->warnings[0].find("Windows-1252"), std::string::npos);
  // "prices" sits after multi-byte conversions; its offsets must still be the file's.
  const size_t at = doc->text.find("prices");
  const Span o = doc->Original({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)});
  EXPECT_EQ(s.substr(o.begin, o.size()), "prices");
  const size_t on = doc->text.find("Monday");
  EXPECT_EQ(s.substr(doc->offsets.ToOriginal(static_cast<uint32_t>(on)), 6), "Monday");
}

TEST(DecodeTest, NfcNormalizationKeepsOffsets) {
  // "Ame\u0301lie" (e + combining acute) composes to U+00E9; the text after it shifts.
  const std::string s = "Amélie Poulain said yes.";
  Result<Document> doc = DecodeDocument("nfc.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Amélie Poulain said yes.");
  ExpectRoundTrip(*doc, s, "Poulain");
  ExpectRoundTrip(*doc, s, "yes.");
  const Span whole = doc->Original({0, static_cast<uint32_t>(doc->text.find(' '))});
  EXPECT_EQ(s.substr(whole.begin, whole.size()), "Amélie");
}

TEST(DecodeTest, CrlfWindows1252AndBomTogether) {
  const std::string s = "Title\r\n\x93Quote\x94, she said.\r\nEnd.";
  Result<Document> doc = DecodeDocument("mix.txt", s);
  ASSERT_TRUE(doc.ok());
  for (const char* piece : {"Title", "she said.", "End."}) ExpectRoundTrip(*doc, s, piece);
}

struct BadInput {
  const char* name;
  std::string bytes;
  const char* message_part;
};

TEST(DecodeTest, BadInputsAreErrors) {
  const BadInput cases[] = {
      {"nul", std::string("abc\0def", 7), "binary file (NUL byte at offset 3)"},
      {"neither", "caf\xE9 \x81 bad", "not UTF-8"},
      {"undefined1252", "\x8D\x8F", "Windows-1252"},
  };
  for (const BadInput& c : cases) {
    Result<Document> doc = DecodeDocument(c.name, c.bytes);
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput) << c.name;
    EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos) << doc.status().message();
  }
}

TEST(DecodeTest, EmptyAndBlankAreSkipped) {
  for (const char* s : {"", "   \n\n\t  \r\n"}) {
    Result<Document> doc = DecodeDocument("e.txt", s);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kSkipped);
  }
}

TEST(DecodeTest, HashChangesWithContent) {
  EXPECT_EQ(ContentHash("a"), ContentHash("a"));
  EXPECT_NE(ContentHash("a"), ContentHash("b"));
}

TEST(ListInputsTest, SortedRecursiveWithGlobs) {
  TempDir dir;
  dir.Write("b.txt", "b");
  dir.Write("a.md", "a");
  dir.Write("sub/c.text", "c");
  dir.Write("sub/d.html", "d");
  dir.Write("sub/f.csv", "f");
  dir.Write("z/e.txt", "e");
  std::vector<InputEntry> got = ListInputs({dir.path()}, IngestOptions());
  std::vector<std::string> names;
  for (const InputEntry& e : got) {
    EXPECT_TRUE(e.status.ok());
    names.push_back(std::filesystem::path(e.path).lexically_relative(dir.path()).string());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"a.md", "b.txt", "sub/c.text", "sub/d.html", "z/e.txt"}));

  IngestOptions html;
  html.globs = {"*.html"};
  got = ListInputs({dir.path()}, html);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].path.find("d.html"), std::string::npos);
}

TEST(ListInputsTest, MissingPathIsAnErrorEntryInOrder) {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "a");
  std::vector<InputEntry> got = ListInputs({dir.path() + "/missing.txt", a, "-"}, IngestOptions());
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].status.code(), Status::Code::kNotFound);
  EXPECT_TRUE(got[1].status.ok());
  EXPECT_EQ(got[2].path, "-");
}

TEST(ListInputsTest, FilesNamedDirectlyIgnoreGlobs) {
  TempDir dir;
  const std::string p = dir.Write("story.html", "x");
  std::vector<InputEntry> got = ListInputs({p}, IngestOptions());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].status.ok());
}

TEST(ListInputsTest, SymlinkLoopDoesNotHang) {
  TempDir dir;
  dir.Write("a/x.txt", "x");
  std::filesystem::create_directory_symlink(dir.path() + "/a", dir.path() + "/a/loop");
  std::vector<InputEntry> got = ListInputs({dir.path()}, IngestOptions());
  ASSERT_EQ(got.size(), 1u);
}

TEST(ReadBytesTest, MissingAndTooLarge) {
  TempDir dir;
  EXPECT_EQ(ReadBytes(dir.path() + "/nope.txt", IngestOptions()).status().code(), Status::Code::kNotFound);
  const std::string p = dir.Write("big.txt", std::string(2048, 'x'));
  IngestOptions small;
  small.max_bytes = 1024;
  EXPECT_EQ(ReadBytes(p, small).status().code(), Status::Code::kInvalidInput);
  Result<std::string> ok = ReadBytes(p, IngestOptions());
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->size(), 2048u);
}

// What cannot be an article is refused before it is read: the size stat reports, the NUL
// bytes of the first block, anything that is not a regular file.
TEST(ReadBytesTest, RefusesBeforeReading) {
  TempDir dir;
  const std::string sparse = dir.path() + "/sparse.txt";  // 64 MiB of holes: reading it whole would show
  ASSERT_EQ(::truncate(dir.Write("sparse.txt", "").c_str(), off_t{64} << 20), 0);
  Result<std::string> nul = ReadBytes(sparse, IngestOptions());
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.status().message(), "binary file (NUL byte at offset 0)");

  IngestOptions small;
  small.max_bytes = 1 << 20;
  Result<std::string> big = ReadBytes(sparse, small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().message(), "larger than the 1 MiB limit");

  const std::string fifo = dir.path() + "/pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Result<std::string> pipe = ReadBytes(fifo, IngestOptions());  // no writer: must not block
  ASSERT_FALSE(pipe.ok());
  EXPECT_EQ(pipe.status().code(), Status::Code::kSkipped);
  EXPECT_NE(pipe.status().message().find("a FIFO, not a regular file"), std::string::npos);

  Result<std::string> dev = ReadBytes("/dev/zero", IngestOptions());
  ASSERT_FALSE(dev.ok());
  EXPECT_NE(dev.status().message().find("a character device"), std::string::npos);

  EXPECT_EQ(ReadBytes(dir.path(), IngestOptions()).status().message(), "is a directory");

  // Gzip holds NULs in its header: the first-block test lets it through to the inflater.
  const std::string gz = dir.Write("a.txt.gz", testing::GzipMember("Plain words."));
  Result<std::string> zipped = ReadBytes(gz, IngestOptions());
  ASSERT_TRUE(zipped.ok());
  EXPECT_EQ(zipped->size(), testing::GzipMember("Plain words.").size());
}

}  // namespace
}  // namespace hearsay

namespace hearsay {
namespace {

TEST(DecodeTest, UnicodeSpacesBecomeAsciiSpaces) {
  const std::string s = "Bloomberg's\xC2\xA0" "David Ingles said 33\xE2\x80\xAF" "per cent\xE3\x80\x80ok.";
  Result<Document> doc = DecodeDocument("sp.txt", s);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Bloomberg's David Ingles said 33 per cent ok.");
  for (const char* piece : {"David Ingles", "per cent", "ok."}) ExpectRoundTrip(*doc, s, piece);
}

}  // namespace
}  // namespace hearsay
