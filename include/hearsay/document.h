// A Document is one article: its path (its identity), the hash of its bytes on disk
// (whether it changed), and its text, decoded to NFC UTF-8. Every later stage holds byte
// Spans into Document::text; OffsetMap turns them back into offsets in the original file
// once, at output (STYLE.md c.3).
#ifndef HEARSAY_DOCUMENT_H_
#define HEARSAY_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(Span o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(Span o) const { return begin < o.end && o.begin < end; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(Span a, Span b) = default;
  friend auto operator<=>(Span a, Span b) = default;
};

// Maps byte offsets in the normalized text back to byte offsets in the file on disk.
// Between two anchors the mapping is a shift; every place where decoding, line-ending
// folding or normalization changed the bytes gets an anchor on each side. Copyable.
class OffsetMap {
 public:
  OffsetMap() = default;
  // Records that normalized offset `norm` corresponds to original offset `orig`.
  // Calls must come in increasing `norm` order.
  void Add(uint32_t norm, uint32_t orig);
  // The original offset of normalized offset `norm` (a character boundary).
  uint32_t ToOriginal(uint32_t norm) const;
  // Adds, shifted by dest - src, the anchors that `earlier` has in [src, src_end): used
  // to carry an earlier step's map through a stretch a later step left unchanged.
  void AddShifted(const OffsetMap& earlier, uint32_t src, uint32_t src_end, uint32_t dest);
  bool identity() const { return anchors_.empty(); }
  size_t anchor_count() const { return anchors_.size(); }

 private:
  struct Anchor { uint32_t norm, orig; };
  std::vector<Anchor> anchors_;  // empty means identity; before the first anchor too
};

// How the bytes on disk were decoded.
enum class Encoding { kUtf8 = 0, kWindows1252 = 1 };

// What kind of file a document came from. Stored in the ledger by name (FormatName).
enum class DocumentFormat { kText = 0, kMarkdown = 1, kHtml = 2, kJson = 3, kWarc = 4 };
inline const char* FormatName(DocumentFormat f) {
  switch (f) {
    case DocumentFormat::kMarkdown: return "markdown";
    case DocumentFormat::kHtml: return "html";
    case DocumentFormat::kJson: return "json";
    case DocumentFormat::kWarc: return "warc";
    case DocumentFormat::kText: break;
  }
  return "text";
}

// What the file says about the article outside its text (HTML meta tags and JSON-LD, JSON
// fields, front matter); every field may be empty.
struct DocumentMeta {
  std::string title;
  std::vector<std::string> authors;
  std::string published;   // ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM
  std::string url;         // canonical URL
  std::string outlet;      // site name
  std::string language;    // as declared: "en", "en-US"
};

struct Document {
  std::string path;          // as given on the command line; "-" for standard input
  std::string hash;          // 32 hex digits, XXH3-128 of the bytes on disk
  std::string text;          // NFC UTF-8, LF line ends, no BOM
  uint64_t original_size = 0;
  Encoding encoding = Encoding::kUtf8;
  OffsetMap offsets;         // text offsets -> offsets in the bytes on disk
  std::vector<std::string> warnings;  // decoding notes, printed as `path: warning`
  DocumentFormat format = DocumentFormat::kText;
  DocumentMeta meta;
  // The record's key when one file holds several articles (JSON, JSON Lines, WARC): its
  // URL, id or line number; "" for a file that is one article.
  std::string record;

  // The document's identity in the ledger: its path, or path#record.
  std::string Key() const { return record.empty() ? path : path + "#" + record; }

  Span Original(Span s) const { return {offsets.ToOriginal(s.begin), offsets.ToOriginal(s.end)}; }
};

}  // namespace hearsay

#endif  // HEARSAY_DOCUMENT_H_
