// WARC (.warc, .warc.gz; ISO 28500): web archives, read record by record. A response
// record whose HTTP payload is an HTML page becomes a document keyed by its
// WARC-Target-URI (HTTP headers stripped, a gzip Content-Encoding inflated, chunked
// transfer decoded, the charset of the HTTP header or the page honoured); other records
// (requests, metadata, warcinfo, responses that are not HTML) are skipped and counted.
// A .warc.gz is read member by member: a corrupt or truncated member is reported and the
// reading goes on at the next member. No state; thread-safe.
#ifndef HEARSAY_INGEST_WARC_H_
#define HEARSAY_INGEST_WARC_H_

#include <string>
#include <string_view>

#include "ingest/json_records.h"

namespace hearsay {

// `bytes` is the file as on disk (gzipped or not). Each document's text is the article
// found in its page; its offsets count bytes of that text (as for JSON records), and its
// hash is of the record's block. skipped_records counts the records that are not HTML
// responses (or not status 200).
FileDocuments DecodeWarc(const std::string& path, std::string_view bytes);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_WARC_H_
