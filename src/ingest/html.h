// HTML: finds the article in a web page and turns it into plain text with an OffsetMap
// back to the page's bytes, plus the page's metadata (title, authors, date, URL, site,
// language). The page is parsed with gumbo (an HTML5 parser: broken markup is repaired as
// browsers do, and every text node keeps a pointer into the source, so offsets stay
// exact through entities such as &amp;).
//
// The article is found as readability and trafilatura find it: navigation, forms,
// scripts, hidden elements and blocks whose class or id says nav, footer, comment, share,
// related, sidebar or ad are dropped; the remaining blocks score their ancestors by text
// length, commas and link density (class and id words like article, content, post, story
// count for a container); the best container and its siblings of similar weight are the
// article. Paragraphs, headings, list items and block quotes become one line each, with a
// blank line between them. No state; thread-safe.
//
//   Result<HtmlText> page = ExtractHtml(html_utf8, decode_map);
//   page->text;            // "Headline\n\nFirst paragraph.\n\n..."
//   page->meta.published;  // "2024-05-28T09:30"
#ifndef HEARSAY_INGEST_HTML_H_
#define HEARSAY_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "hearsay/document.h"
#include "hearsay/status.h"

namespace hearsay {

struct HtmlText {
  std::string text;    // UTF-8, not yet normalized; one paragraph a line, blank lines between
  OffsetMap offsets;   // text -> offsets in the file
  DocumentMeta meta;
};

// `html` is the page decoded to UTF-8; `earlier` maps its offsets to the file's (the
// identity for a page that was UTF-8 on disk). Error: a page with no article text.
Result<HtmlText> ExtractHtml(std::string_view html, const OffsetMap& earlier);

// True when `bytes` looks like an HTML page (a doctype or an <html> tag first), for
// standard input, which has no file name.
bool LooksLikeHtml(std::string_view bytes);

// An ISO 8601 date or date-time as found in metadata ("2024-05-28T09:30:00+02:00") cut
// to YYYY-MM-DD or YYYY-MM-DDTHH:MM; "" when it is not one.
std::string MetaDate(std::string_view value);

// "Headline | Site" and "Headline - Site" lose the site suffix (when it is short or is
// `site`); other titles come back as they are.
std::string StripSiteSuffix(std::string_view title, std::string_view site);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_HTML_H_
