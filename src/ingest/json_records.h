// JSON and JSON Lines articles (.json, .jsonl, .ndjson): one article per object (a
// top-level array of objects, a single object, or one object a line), as scrapers such as
// news-please write them. Fields are found by their common names or by the caller's
// overrides. Each record is a Document of its own, identified by the file's path and the
// record's key (its URL, else its id, else its line number or 1-based place in the array).
// No state; thread-safe.
//
//   FileDocuments f = DecodeJsonRecords("crawl.jsonl", bytes, JsonFields());
//   for (const Document& d : f.docs) ...;            // d.record: "https://...", "17"
//   for (const RecordError& e : f.errors) ...;       // e.record: "line 18"
#ifndef HEARSAY_INGEST_JSON_RECORDS_H_
#define HEARSAY_INGEST_JSON_RECORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

// Field names that override the common ones; "" keeps the defaults, which are tried in
// this order:
//   text: text, maintext, content, body, article_text, article   title: title, headline
//   url: url, link, canonical_url   date: date_publish, date_published, datePublished,
//   published, published_at, pubDate, date   authors: authors, author, byline
//   outlet: source_domain, sitename, site_name, source, publisher   language: language, lang
//   id: id, _id, uuid
struct JsonFields {
  std::string text, title, url, date, authors, outlet, language, id;
  // Sets one from "name=FIELD" (name one of the above). Error: an unknown name.
  Status Set(std::string_view assignment);
};

// A record that could not be read: its key ("line 18", "record 3", or its URL) and why.
struct RecordError {
  std::string record;
  Status status;
};

// The documents a file holds, and the records that failed.
struct FileDocuments {
  std::vector<Document> docs;
  std::vector<RecordError> errors;
  size_t skipped_records = 0;  // WARC records that are no HTML response
};

// `bytes` is the file's content (inflated when it was gzipped); `json_lines` says one
// object a line (.jsonl, .ndjson) rather than one JSON value. Each document's text is its
// title, a blank line and its text field (the title alone is left out when the text
// starts with it), normalized like any text; its offsets count bytes of that text, since
// the record's bytes on disk are JSON-escaped. Its hash is of the record's JSON.
FileDocuments DecodeJsonRecords(const std::string& path, std::string_view bytes, bool json_lines, const JsonFields& fields);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_JSON_RECORDS_H_
