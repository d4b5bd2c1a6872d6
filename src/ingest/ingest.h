// Ingest: finds the articles under the paths a user gives and decodes each into a
// Document (checked UTF-8, or Windows-1252 converted; BOM stripped; CRLF and CR made LF;
// no-break and other Unicode spaces made ASCII spaces;
// NFC), with an OffsetMap back to the bytes on disk. No state; thread-safe.
#ifndef HEARSAY_INGEST_INGEST_H_
#define HEARSAY_INGEST_INGEST_H_

#include <string>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/status.h"
#include "ingest/json_records.h"

namespace hearsay {

struct IngestOptions {
  // File-name patterns (fnmatch) that folders are searched for. Default: text, Markdown
  // and HTML pages (also gzipped).
  std::vector<std::string> globs = {"*.txt", "*.text", "*.md", "*.html", "*.htm", "*.html.gz", "*.htm.gz",
                                    "*.json", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.warc", "*.warc.gz"};
  // JSON field names that override the common ones (--json-field).
  JsonFields json_fields;
  // Files larger than this are refused. Default: 1 GiB (offsets are 32-bit).
  uint64_t max_bytes = uint64_t{1} << 30;
};

// One input found by ListInputs: a file to read, or a path that failed (status set).
struct InputEntry {
  std::string path;
  Status status;
};

// Expands files and folders (recursively, sorted by path, symlinked folders not followed)
// into files; files named directly are taken whatever their extension. "-" stays "-".
// A missing path becomes an entry with a NotFound status, in order.
std::vector<InputEntry> ListInputs(const std::vector<std::string>& paths, const IngestOptions& options);

// Reads a whole file ("-": standard input) as bytes.
Result<std::string> ReadBytes(const std::string& path, const IngestOptions& options);

// Hex XXH3-128 of `bytes`.
std::string ContentHash(std::string_view bytes);

// Decodes `bytes` into a Document. The format comes from the file name (.html, .htm:
// the article found in the page, with its metadata; .md; anything else is text; a
// trailing .gz is inflated first, and offsets then count the inflated bytes); standard
// input is HTML when it starts like a page. Errors: a NUL byte (binary), bytes that are
// neither UTF-8 nor Windows-1252, a broken gzip stream, a page with no article text; an
// empty or blank file is Status::Skipped.
Result<Document> DecodeDocument(std::string path, std::string_view bytes);

// Every document a file holds: one for text, Markdown and HTML (DecodeDocument), one per
// record for JSON and JSON Lines (DecodeJsonRecords), one per HTML response for WARC
// (DecodeWarc). A failure of the whole file is one
// error with an empty record; a skipped file is an error with a Skipped status.
FileDocuments DecodeFile(const std::string& path, std::string_view bytes, const IngestOptions& options);

// The format DecodeDocument reads `path` as (`bytes` is looked at only for "-").
DocumentFormat FormatOfPath(std::string_view path, std::string_view bytes);

// Folds line ends and Unicode spaces and NFC-normalizes `text` into doc.text, with
// doc.offsets mapping through `earlier` (text offsets -> file offsets).
Status Normalize(std::string_view text, const OffsetMap& earlier, Document& doc);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_INGEST_H_
