#include "ingest/warc.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "base/fold.h"
#include "base/utf8.h"
#include "ingest/gzip.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

namespace hearsay {
namespace {

// Header fields of a WARC record or an HTTP message: names lower-cased.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string_view Get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return v;
    }
    return {};
  }
};

// Parses "Name: value" lines in [0, end) of `s` after the first (the version or status) line.
Headers ParseHeaders(std::string_view s) {
  Headers h;
  size_t at = s.find('\n');
  while (at != std::string_view::npos && at + 1 < s.size()) {
    const size_t start = at + 1;
    at = s.find('\n', start);
    std::string_view line = s.substr(start, (at == std::string_view::npos ? s.size() : at) - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view v = line.substr(colon + 1);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    h.fields.emplace_back(AsciiLower(line.substr(0, colon)), std::string(v));
  }
  return h;
}

// Where the header block that starts at `pos` ends (past its blank line), or npos.
size_t HeaderEnd(std::string_view s, size_t pos, size_t& blank) {
  const size_t crlf = s.find("\r\n\r\n", pos), lf = s.find("\n\n", pos);
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf <= lf)) {
    blank = crlf;
    return crlf + 4;
  }
  if (lf == std::string_view::npos) return std::string_view::npos;
  blank = lf;
  return lf + 2;
}

// "text/html; charset=ISO-8859-1" -> "iso-8859-1".
std::string Charset(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  const size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  std::string cs = lower.substr(at + 8);
  const size_t end = cs.find_first_of("; \"'\r\n>/");
  if (end != std::string::npos) cs.resize(end);
  if (!cs.empty() && (cs.front() == '"' || cs.front() == '\'')) cs.erase(0, 1);
  return cs;
}

Result<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t at = 0;
  while (at < body.size()) {
    const size_t eol = body.find('\n', at);
    if (eol == std::string_view::npos) return Status::Corrupt("bad chunked transfer encoding");
    size_t size = 0;
    size_t k = at;
    for (; k < eol && std::isxdigit(static_cast<unsigned char>(body[k])); ++k) {
      size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(body[k])) ? body[k] - '0' : (body[k] | 0x20) - 'a' + 10);
      if (size > body.size()) return Status::Corrupt("bad chunk size");
    }
    if (k == at) return Status::Corrupt("bad chunk size");
    if (size == 0) return out;
    if (eol + 1 + size > body.size()) return Status::Corrupt("truncated chunk");
    out.append(body.substr(eol + 1, size));
    at = eol + 1 + size;
    if (at < body.size() && body[at] == '\r') ++at;
    if (at < body.size() && body[at] == '\n') ++at;
  }
  return out;
}

// The page as UTF-8: as it is when it is valid UTF-8, else converted from its declared
// charset (HTTP header, then the page's meta tag), else from Windows-1252.
Result<std::string> ToUtf8(std::string_view page, std::string charset) {
  if (ValidUtf8Prefix(page) == page.size()) return std::string(page);
  if (charset.empty()) charset = Charset(page.substr(0, 4096));
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "iso-8859-1" || charset == "latin1" ||
      charset == "us-ascii") {
    charset = "windows-1252";  // what browsers do with these labels (WHATWG Encoding)
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) return Status::Unsupported(fmt::format("unknown charset {}", charset));
  icu::UnicodeString u(page.data(), static_cast<int32_t>(page.size()), conv.get(), status);
  if (U_FAILURE(status)) return Status::InvalidInput(fmt::format("cannot decode as {}", charset));
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

FileDocuments DecodeWarc(const std::string& path, std::string_view bytes) {
  FileDocuments out;
  size_t& skipped = out.skipped_records;
  std::string inflated;
  if (IsGzip(bytes)) {
    std::vector<GunzipProblem> problems;
    inflated = GunzipLenient(bytes, problems);
    for (GunzipProblem& p : problems) out.errors.push_back({"", std::move(p.status)});  // the message names the offset
    bytes = inflated;
  }
  std::set<std::string> keys;
  size_t n = 0;
  size_t pos = 0;
  auto resync = [&](size_t from) {
    const size_t next = bytes.find("\nWARC/1.", from);
    return next == std::string_view::npos ? bytes.size() : next + 1;
  };
  while (pos < bytes.size()) {
    while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n')) ++pos;
    if (pos >= bytes.size()) break;
    if (bytes.substr(pos, 5) != "WARC/") {
      out.errors.push_back({fmt::format("offset {}", pos), Status::Corrupt("no WARC record starts here")});
      pos = resync(pos);
      continue;
    }
    ++n;
    const std::string where = fmt::format("record {} (offset {})", n, pos);
    size_t blank = 0;
    const size_t block_start = HeaderEnd(bytes, pos, blank);
    if (block_start == std::string_view::npos) {
      out.errors.push_back({where, Status::Corrupt("truncated WARC header")});
      break;
    }
    const Headers warc = ParseHeaders(bytes.substr(pos, blank - pos));
    const std::string_view length_field = warc.Get("content-length");
    uint64_t length = 0;
    bool ok = !length_field.empty() && length_field.size() < 13;
    for (char c : length_field) {
      if (c < '0' || c > '9') ok = false;
      else length = length * 10 + static_cast<uint64_t>(c - '0');
    }
    if (!ok || block_start + length > bytes.size()) {
      out.errors.push_back({where, Status::Corrupt(ok ? fmt::format("Content-Length {} runs past the end of the file", length)
                                                      : fmt::format("bad Content-Length '{}'", length_field))});
      pos = resync(block_start);
      continue;
    }
    const std::string_view block = bytes.substr(block_start, length);
    pos = block_start + length;
    const std::string uri(warc.Get("warc-target-uri"));
    if (warc.Get("warc-type") != "response" || AsciiLower(warc.Get("content-type")).find("application/http") == std::string::npos) {
      ++skipped;
      continue;
    }
    size_t http_blank = 0;
    const size_t body_start = HeaderEnd(block, 0, http_blank);
    if (body_start == std::string_view::npos) {
      out.errors.push_back({uri.empty() ? where : uri, Status::Corrupt("HTTP response without a header end")});
      continue;
    }
    const std::string_view status_line = block.substr(0, block.find('\n'));
    const Headers http = ParseHeaders(block.substr(0, http_blank));
    const std::string type = AsciiLower(http.Get("content-type"));
    const bool is_200 = status_line.find(" 200") != std::string_view::npos;
    if (!is_200 || (type.find("text/html") == std::string::npos && type.find("application/xhtml") == std::string::npos)) {
      ++skipped;
      continue;
    }
    std::string body(block.substr(body_start));
    Status s;
    if (AsciiLower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
      Result<std::string> d = Dechunk(body);
      if (d.ok()) body = std::move(*d);
      else s = d.status();
    }
    if (s.ok() && (AsciiLower(http.Get("content-encoding")) == "gzip" || IsGzip(body))) {
      Result<std::string> g = Gunzip(body);
      if (g.ok()) body = std::move(*g);
      else s = g.status();
    }
    Result<std::string> utf8 = s.ok() ? ToUtf8(body, Charset(type)) : Result<std::string>(s);
    Result<HtmlText> page = utf8.ok() ? ExtractHtml(*utf8, OffsetMap()) : Result<HtmlText>(utf8.status());
    const std::string key = uri.empty() ? where : uri;
    if (!page.ok()) {
      out.errors.push_back({key, page.status()});
      continue;
    }
    Document doc;
    doc.path = path;
    doc.format = DocumentFormat::kWarc;
    doc.hash = ContentHash(block);
    doc.meta = std::move(page->meta);
    if (doc.meta.url.empty()) doc.meta.url = uri;
    doc.record = keys.insert(key).second ? key : fmt::format("{} ({})", key, where);
    keys.insert(doc.record);
    doc.original_size = page->text.size();
    if (Status ns = Normalize(page->text, OffsetMap(), doc); !ns.ok()) {
      out.errors.push_back({key, ns});
      continue;
    }
    out.docs.push_back(std::move(doc));
  }
  return out;
}

}  // namespace hearsay
