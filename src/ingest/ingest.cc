#include "ingest/ingest.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <system_error>

#include <fmt/format.h>
#include <xxhash.h>

#include "base/fold.h"
#include "base/utf8.h"
#include "ingest/front_matter.h"
#include "ingest/gzip.h"
#include "ingest/html.h"
#include "ingest/warc.h"

namespace hearsay {
namespace fs = std::filesystem;

namespace {

bool MatchesGlobs(const fs::path& p, const std::vector<std::string>& globs) {
  const std::string name = p.filename().string();
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return fnmatch(g.c_str(), name.c_str(), 0) == 0; });
}

std::string ErrnoMessage(int err) {
  std::string m = std::strerror(err);
  if (!m.empty()) m[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(m[0])));
  return m;
}

// Windows-1252 leaves five bytes undefined; a file with one of them is not 1252 either.
bool IsWindows1252(std::string_view bytes, size_t& bad) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
      bad = i;
      return false;
    }
  }
  return true;
}

// Converts Windows-1252 to UTF-8, one byte at a time so every character gets an anchor.
std::string FromWindows1252(std::string_view bytes, OffsetMap& map) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1252", &status), &ucnv_close);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  UChar buf[4];
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    map.Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
    if (c < 0x80 || U_FAILURE(status)) {
      out += static_cast<char>(c < 0x80 ? c : '?');
      continue;
    }
    const int32_t n = ucnv_toUChars(conv.get(), buf, 4, &bytes[i], 1, &status);
    if (U_FAILURE(status) || n < 1) {
      status = U_ZERO_ERROR;
      AppendUtf8(out, 0xFFFD);
      continue;
    }
    AppendUtf8(out, buf[0]);
  }
  map.Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(bytes.size()));
  return out;
}

// Length of a Unicode space separator at text[i] that is written as an ASCII space:
// no-break space, the U+2000 family, narrow and medium spaces, ideographic space.
size_t UnicodeSpaceAt(std::string_view t, size_t i) {
  const auto b = [&](size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0; };
  if (b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;
  if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) <= 0x8A || b(i + 2) == 0xAF) && b(i + 2) >= 0x80) return 3;
  if (b(i) == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) return 3;
  if (b(i) == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
  return 0;
}

// The next byte at or after `i` that may start a CR or a Unicode space, or npos. (A byte
// loop: string_view::find_first_of calls memchr on its set for every byte.)
size_t NextFoldCandidate(std::string_view t, size_t i) {
  for (; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\r' || c == 0xC2 || c == 0xE2 || c == 0xE3) return i;
  }
  return std::string_view::npos;
}

bool NeedsSpaceFolding(std::string_view t) {
  if (t.substr(0, 3) == "\xEF\xBB\xBF") return true;
  for (size_t i = NextFoldCandidate(t, 0); i != std::string_view::npos; i = NextFoldCandidate(t, i + 1)) {
    if (t[i] == '\r' || UnicodeSpaceAt(t, i)) return true;
  }
  return false;
}

// Strips a BOM, folds CRLF and lone CR into LF and Unicode spaces into ASCII spaces,
// recording anchors where bytes change.
std::string FoldSpaces(std::string_view text, const OffsetMap& earlier, OffsetMap& map) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  map.Add(0, earlier.ToOriginal(static_cast<uint32_t>(i)));
  size_t run = i;  // start of the current unchanged run
  auto flush = [&](size_t end) {
    map.Add(static_cast<uint32_t>(out.size()), earlier.ToOriginal(static_cast<uint32_t>(run)));
    map.AddShifted(earlier, static_cast<uint32_t>(run), static_cast<uint32_t>(end), static_cast<uint32_t>(out.size()));
    out.append(text.substr(run, end - run));
  };
  while (true) {
    const size_t k = NextFoldCandidate(text, i);
    if (k == std::string_view::npos) break;
    size_t len = 0;
    char replacement = ' ';
    if (text[k] == '\r') {
      len = k + 1 < text.size() && text[k + 1] == '\n' ? 2 : 1;
      replacement = '\n';
    } else {
      len = UnicodeSpaceAt(text, k);
    }
    if (len == 0) {
      i = k + 1;
      continue;
    }
    flush(k);
    map.Add(static_cast<uint32_t>(out.size()), earlier.ToOriginal(static_cast<uint32_t>(k)));
    out += replacement;
    i = k + len;
    run = i;
  }
  flush(text.size());
  map.Add(static_cast<uint32_t>(out.size()), earlier.ToOriginal(static_cast<uint32_t>(text.size())));
  return out;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; });
}

}  // namespace

std::vector<InputEntry> ListInputs(const std::vector<std::string>& paths, const IngestOptions& options) {
  std::vector<InputEntry> out;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      out.push_back({arg, Status::Ok()});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({arg, Status::NotFound(ec && ec != std::errc::no_such_file_or_directory
                                                ? ec.message() : "no such file or directory")});
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({arg, Status::Ok()});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      out.push_back({arg, Status::IoError(ec.message())});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        out.push_back({it->path().string(), Status::IoError(ec.message())});
        ec.clear();
        continue;
      }
      std::error_code fec;
      if (it->is_regular_file(fec) && MatchesGlobs(it->path(), options.globs)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    for (std::string& f : found) out.push_back({std::move(f), Status::Ok()});
  }
  return out;
}

namespace {

// An open file descriptor, closed when it goes.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

const char* FileTypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

Status TooLarge(const IngestOptions& options) {
  return Status::InvalidInput(fmt::format("larger than the {} MiB limit", options.max_bytes >> 20));
}

// A NUL byte means a binary file: text, HTML, JSON and WARC headers have none.
Status NoNulBytes(std::string_view bytes) {
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    return Status::InvalidInput(fmt::format("binary file (NUL byte at offset {})", static_cast<const char*>(nul) - bytes.data()));
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> ReadBytes(const std::string& path, const IngestOptions& options) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return Status::IoError("cannot read standard input");
    if (bytes.size() > options.max_bytes) return TooLarge(options);
    return bytes;
  }
  // Non-blocking, so that opening a FIFO with no writer returns at once; only regular files
  // are read, and what stat says decides the size limit before a byte is read.
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) {
    const int err = errno;
    if (err == ENOENT) return Status::NotFound("no such file or directory (it vanished during the run)");
    return Status::IoError(ErrnoMessage(err));
  }
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return Status::IoError(ErrnoMessage(errno));
  if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory");
  if (!S_ISREG(st.st_mode)) {
    return Status::Skipped(fmt::format("{}, not a regular file: skipped (pipe it to standard input as -)", FileTypeName(st.st_mode)));
  }
  if (static_cast<uint64_t>(st.st_size) > options.max_bytes) return TooLarge(options);
  bytes.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(ErrnoMessage(errno));
    }
    if (n == 0) break;
    if (bytes.empty()) {
      // A binary file is refused on its first block, not after reading it whole. Gzip
      // members hold NULs: DecodeDocument looks again after inflating.
      const std::string_view block(buf, static_cast<size_t>(n));
      if (!IsGzip(block)) {
        if (Status s = NoNulBytes(block); !s.ok()) return s;
      }
    }
    bytes.append(buf, static_cast<size_t>(n));
    if (bytes.size() > options.max_bytes) return TooLarge(options);  // it grew while read
  }
  return bytes;
}

std::string ContentHash(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

DocumentFormat FormatOfPath(std::string_view path, std::string_view bytes) {
  std::string name = AsciiLower(path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1));
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.resize(name.size() - 3);
  auto ends = [&](std::string_view ext) { return name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext; };
  if (ends(".html") || ends(".htm") || ends(".xhtml")) return DocumentFormat::kHtml;
  if (ends(".md") || ends(".markdown")) return DocumentFormat::kMarkdown;
  if (ends(".json") || ends(".jsonl") || ends(".ndjson")) return DocumentFormat::kJson;
  if (ends(".warc")) return DocumentFormat::kWarc;
  if (path == "-" && LooksLikeHtml(bytes)) return DocumentFormat::kHtml;
  return DocumentFormat::kText;
}

FileDocuments DecodeFile(const std::string& path, std::string_view bytes, const IngestOptions& options) {
  FileDocuments out;
  const DocumentFormat format = FormatOfPath(path, bytes);
  if (format == DocumentFormat::kWarc) {
    out = DecodeWarc(path, bytes);
    if (out.docs.empty() && out.errors.empty() && out.skipped_records == 0) out.errors.push_back({"", Status::Skipped("no records, skipped")});
    return out;
  }
  if (format != DocumentFormat::kJson) {
    Result<Document> doc = DecodeDocument(path, bytes);
    if (doc.ok()) out.docs.push_back(std::move(*doc));
    else out.errors.push_back({"", doc.status()});
    return out;
  }
  std::string inflated;
  if (IsGzip(bytes)) {
    Result<std::string> plain = Gunzip(bytes, options.max_bytes);
    if (!plain.ok()) {
      out.errors.push_back({"", plain.status()});
      return out;
    }
    inflated = std::move(*plain);
    bytes = inflated;
  }
  std::string name = AsciiLower(path);
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.resize(name.size() - 3);
  const bool lines = name.ends_with(".jsonl") || name.ends_with(".ndjson");
  out = DecodeJsonRecords(path, bytes, lines, options.json_fields);
  if (out.docs.empty() && out.errors.empty()) out.errors.push_back({"", Status::Skipped("no records, skipped")});
  return out;
}

Result<Document> DecodeDocument(std::string path, std::string_view bytes) {
  Document doc;
  doc.path = std::move(path);
  doc.original_size = bytes.size();
  doc.hash = ContentHash(bytes);
  std::string inflated;
  if (IsGzip(bytes)) {
    Result<std::string> plain = Gunzip(bytes);
    if (!plain.ok()) return plain.status();
    inflated = std::move(*plain);
    bytes = inflated;
  }
  doc.format = FormatOfPath(doc.path, bytes);
  if (bytes.size() > UINT32_MAX - 16) return Status::InvalidInput("too large (offsets are 32-bit)");
  if (Status s = NoNulBytes(bytes); !s.ok()) return s;
  if (IsBlank(bytes)) return Status::Skipped("empty file, skipped");

  OffsetMap decode_map;
  std::string decoded;
  std::string_view text = bytes;
  const size_t valid = ValidUtf8Prefix(bytes);
  if (valid != bytes.size()) {
    size_t bad = 0;
    if (!IsWindows1252(bytes, bad)) {
      return Status::InvalidInput(fmt::format(
          "not UTF-8 (invalid byte 0x{:02X} at offset {}) and not Windows-1252 (byte 0x{:02X} at offset {})",
          static_cast<unsigned char>(bytes[valid]), valid, static_cast<unsigned char>(bytes[bad]), bad));
    }
    decoded = FromWindows1252(bytes, decode_map);
    text = decoded;
    doc.encoding = Encoding::kWindows1252;
    doc.warnings.push_back(fmt::format("not UTF-8 (invalid byte 0x{:02X} at offset {}); decoded as Windows-1252",
                                       static_cast<unsigned char>(bytes[valid]), valid));
  }
  if (doc.format == DocumentFormat::kHtml) {
    Result<HtmlText> page = ExtractHtml(text, decode_map);
    if (!page.ok()) return page.status();
    doc.meta = std::move(page->meta);
    if (Status s = Normalize(page->text, page->offsets, doc); !s.ok()) return s;
    return doc;
  }
  if (doc.format == DocumentFormat::kMarkdown) {
    size_t body = 0;
    doc.meta = ReadFrontMatter(text, body);
    if (body > 0) {  // the front matter is metadata, not text: the text starts after it
      OffsetMap shifted;
      shifted.Add(0, decode_map.ToOriginal(static_cast<uint32_t>(body)));
      shifted.AddShifted(decode_map, static_cast<uint32_t>(body), static_cast<uint32_t>(text.size()), 0);
      text = text.substr(body);
      if (IsBlank(text)) return Status::Skipped("no text after the front matter, skipped");
      if (Status s = Normalize(text, shifted, doc); !s.ok()) return s;
      return doc;
    }
  }
  if (Status s = Normalize(text, decode_map, doc); !s.ok()) return s;
  return doc;
}

Status Normalize(std::string_view text, const OffsetMap& earlier, Document& doc) {
  OffsetMap line_map;
  std::string folded;
  if (NeedsSpaceFolding(text)) {
    folded = FoldSpaces(text, earlier, line_map);
    text = folded;
  } else {
    line_map = earlier;
  }

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(status));
  // ASCII is in NFC: most documents skip ICU's check.
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const bool normalized = ascii || nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU NFC check: ") + u_errorName(status));
  if (normalized) {
    if (folded.empty()) doc.text.assign(text);
    else doc.text = std::move(folded);  // `text` views it: no second copy of a large file
    doc.offsets = std::move(line_map);
    return Status::Ok();
  }
  doc.text.clear();
  doc.offsets = OffsetMap();
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&doc.text, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, &edits, status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(status));
  auto it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = static_cast<uint32_t>(it.sourceIndex());
    const auto dest = static_cast<uint32_t>(it.destinationIndex());
    doc.offsets.Add(dest, line_map.ToOriginal(src));
    if (!it.hasChange()) doc.offsets.AddShifted(line_map, src, src + static_cast<uint32_t>(it.oldLength()), dest);
  }
  doc.offsets.Add(static_cast<uint32_t>(doc.text.size()), line_map.ToOriginal(static_cast<uint32_t>(text.size())));
  return Status::Ok();
}

}  // namespace hearsay
