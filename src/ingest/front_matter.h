// Markdown front matter: the YAML block between a first line `---` and the next `---` (or
// `...`) line. Its flat keys give the document's metadata; the block itself is not text.
// Only what articles carry is read (scalars, quoted or not; lists as `[a, b]` or `- a`
// lines); other keys are ignored. No state; thread-safe.
//
//   size_t body = 0;
//   DocumentMeta m = ReadFrontMatter("---\ntitle: Hi\n---\nText", body);   // body == 20
#ifndef HEARSAY_INGEST_FRONT_MATTER_H_
#define HEARSAY_INGEST_FRONT_MATTER_H_

#include <string_view>

#include "hearsay/document.h"

namespace hearsay {

// Reads the front matter at the start of `text` (after a BOM); `body` is set to the
// offset where the text after it begins (0 when there is none). Keys: title; date,
// published, pubDate, date_published; author, authors, byline; url, link, canonical,
// canonical_url, permalink; outlet, site, site_name, source, publisher; lang, language.
DocumentMeta ReadFrontMatter(std::string_view text, size_t& body);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_FRONT_MATTER_H_
