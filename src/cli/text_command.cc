// hearsay text: prints the article text hearsay reads from each file (for HTML, the
// article found in the page) and what the file says about it, without extracting items.
#include <fmt/format.h>

#include "cli/commands.h"
#include "ingest/ingest.h"
#include "output/json.h"

namespace hearsay {
namespace {

std::string Authors(const DocumentMeta& m) {
  std::string s;
  for (const std::string& a : m.authors) s += (s.empty() ? "" : "; ") + a;
  return s;
}

// The `table` form: `key: value` lines for what is known, a blank line, the text.
void AppendPlain(const Document& doc, bool with_meta, std::string& out) {
  const DocumentMeta& m = doc.meta;
  if (!with_meta) {
    out += doc.text;
    return;
  }
  const std::pair<const char*, std::string> lines[] = {
      {"doc", doc.path}, {"record", doc.record}, {"format", FormatName(doc.format)}, {"title", m.title}, {"authors", Authors(m)},
      {"published", m.published}, {"url", m.url}, {"outlet", m.outlet}, {"language", m.language}};
  for (const auto& [key, value] : lines) {
    if (!value.empty()) out += fmt::format("{}: {}\n", key, value);
  }
  out += '\n';
  out += doc.text;
  if (!doc.text.empty() && doc.text.back() != '\n') out += '\n';
}

std::string JsonRow(const Document& doc) {
  std::string out;
  std::string authors = "[";
  for (const std::string& a : doc.meta.authors) {
    if (authors.size() > 1) authors += ',';
    AppendJsonString(authors, a);
  }
  authors += ']';
  {
    JsonObject o(out);
    o.Str("doc", doc.path);
    if (!doc.record.empty()) o.Str("record", doc.record);
    o.Str("kind", "document").Str("format", FormatName(doc.format));
    o.StrOrNull("title", doc.meta.title).Raw("authors", authors).StrOrNull("published", doc.meta.published);
    o.StrOrNull("url", doc.meta.url).StrOrNull("outlet", doc.meta.outlet).StrOrNull("language", doc.meta.language);
    o.Int("bytes", static_cast<long long>(doc.original_size)).Str("text", doc.text);
  }
  return out;
}

}  // namespace

CLI::App* SetupText(CLI::App& app, TextOptions* o) {
  CLI::App* sub = app.add_subcommand("text", "Print the article text and metadata hearsay reads from files (no extraction)");
  sub->add_option("paths", o->paths, "Files and folders (folders are searched recursively); - reads standard input")
      ->required()->type_name("PATH");
  sub->add_option("--glob", o->globs, "File-name pattern to take from folders (repeatable; default as for extract)")
      ->type_name("PATTERN");
  sub->add_option("--json-field", o->json_fields, "For JSON and JSON Lines: take NAME from FIELD (as for extract)")
      ->type_name("NAME=FIELD")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  AddOutputOptions(*sub, &o->out);
  sub->add_flag("--no-meta", o->no_meta, "table format: print only the text, without the metadata lines");
  sub->footer(
      "For an HTML page the text is the article found in it (navigation, ads, comments, share bars\n"
      "and footers dropped), one paragraph a line with a blank line between; the metadata comes from\n"
      "the page's meta tags, JSON-LD, <title>, <time> and <html lang>. Offsets that extract reports\n"
      "point into the file, not into this text.\n\n"
      "Formats: table (default): `key: value` lines (doc, format, title, authors, published, url,\n"
      "outlet, language; those known; record for a record of a JSON or JSON Lines file), a blank line,\n"
      "then the text; csv: one row per document with\n"
      "those columns and text; json, jsonl: one object per document with \"kind\": \"document\".\n\n"
      "Examples:\n"
      "  hearsay text page.html\n"
      "  hearsay text --no-meta page.html | wc -w                # the article's words only\n"
      "  hearsay text saved/ --format jsonl -o articles.jsonl\n"
      "  curl -s URL | hearsay text -");
  return sub;
}

int RunText(const TextOptions& o, const GlobalOptions&) {
  IngestOptions ingest;
  if (!o.globs.empty()) ingest.globs = o.globs;
  for (const std::string& f : o.json_fields) {
    if (Status s = ingest.json_fields.Set(f); !s.ok()) {
      Complain(s.message());
      return kExitError;
    }
  }
  Result<OutputSink> sink = OutputSink::Open(o.out);
  if (!sink.ok()) {
    Complain(sink.status().message());
    return kExitError;
  }
  const bool plain = o.out.format == Format::kTable;
  RowWriter rows(*sink, o.out.format, {"doc", "record", "format", "title", "authors", "published", "url", "outlet", "language", "text"});
  if (!plain) {
    if (Status s = rows.Begin(); !s.ok()) {
      Complain(s.message());
      return kExitError;
    }
  }
  size_t failed = 0, written = 0;
  std::string buf;
  for (const InputEntry& e : ListInputs(o.paths, ingest)) {
    FileDocuments file;
    if (!e.status.ok()) {
      file.errors.push_back({"", e.status});
    } else if (Result<std::string> bytes = ReadBytes(e.path, ingest); !bytes.ok()) {
      file.errors.push_back({"", bytes.status()});
    } else {
      file = DecodeFile(e.path, *bytes, ingest);
    }
    if (file.skipped_records > 0) {
      Diagnose(e.path, fmt::format("note: {} WARC records skipped (not HTML responses)", file.skipped_records));
    }
    for (const RecordError& err : file.errors) {
      const std::string name = err.record.empty() ? e.path : e.path + ": " + err.record;
      if (err.status.code() == Status::Code::kSkipped) {
        Diagnose(name, "warning: " + err.status.message());
      } else {
        ++failed;
        Diagnose(name, err.status.message());
      }
    }
    for (const Document& doc : file.docs) {
      for (const std::string& w : doc.warnings) Diagnose(e.path, "warning: " + w);
      Status s;
      if (plain) {
        buf.clear();
        if (written > 0) buf += '\n';
        AppendPlain(doc, !o.no_meta, buf);
        s = sink->Write(buf);
      } else {
        const DocumentMeta& m = doc.meta;
        s = rows.Row({doc.path, doc.record, FormatName(doc.format), m.title, Authors(m), m.published, m.url, m.outlet,
                      m.language, doc.text},
                     JsonRow(doc));
      }
      ++written;
      if (!s.ok()) {
        Complain(s.message());
        return kExitError;
      }
      if (sink->closed()) break;
    }
  }
  if (!plain) {
    if (Status s = rows.End(); !s.ok()) Complain(s.message());
  }
  if (Status s = sink->Finish(); !s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return failed > 0 ? kExitError : kExitOk;
}

}  // namespace hearsay
