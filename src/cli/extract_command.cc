// hearsay extract: read articles, extract items, write the ledger and/or JSON Lines.
//
// Workers (--jobs) read, decode and analyze documents in any order; the main thread is
// the single ledger writer and consumes results strictly in input order, so the output
// is the same for any number of jobs. At most `window` results wait in memory, and a
// worker starts another document only while the waiting ones came from under
// kHeldBytes of input (or when the writer waits for that very document), so memory is
// bounded by the largest document and not by the corpus.
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include <pthread.h>

#include <fmt/format.h>
#include <xxhash.h>

#include "base/hash.h"
#include "base/lexicon.h"
#include "cli/commands.h"
#include "ingest/ingest.h"
#include "ingest/language.h"
#include "ledger/ledger.h"
#include "output/items.h"
#include "pipeline/extractor.h"
#include "recognize/dates.h"

namespace hearsay {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void OnSignal(int) { g_interrupted.store(true); }

// One document of a file (a file of records holds many), or one that failed.
struct Unit {
  std::string name;              // for messages: the path, with the record when there is one
  std::string key;               // Document::Key(): the ledger's path
  Status status;                 // read/decode failure, or Skipped
  bool unchanged = false;
  bool not_english = false;      // skipped for its language
  std::optional<Document> doc;
  Analysis analysis;             // without its layout, which the writer does not need
  PreparedRows rows;             // for the ledger
};

struct Slot {
  bool ready = false;
  std::string path;
  std::vector<Unit> units;
  uint64_t bytes = 0;
  size_t skipped_records = 0;  // WARC records that are no HTML response
};

// "42s", "3m05s", "2h10m".
std::string FormatDuration(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  if (s < 60) return fmt::format("{}s", s);
  if (s < 3600) return fmt::format("{}m{:02d}s", s / 60, s % 60);
  return fmt::format("{}h{:02d}m", s / 3600, s % 3600 / 60);
}

// The content hash the ledger holds for each path, compact enough for millions of
// documents: (XXH3-64 of the path, the 32 hex digits) sorted by the first. A hash of
// another length is left out, so that document is extracted again.
class StoredHashes {
 public:
  void Add(std::string_view path, std::string_view hash) {
    if (hash.size() != 32) return;
    Entry e{HashString(path), {}};
    std::copy(hash.begin(), hash.end(), e.hash.begin());
    entries_.push_back(e);
  }
  void Seal() { std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; }); }
  void Clear() { entries_.clear(); }
  size_t size() const { return entries_.size(); }
  bool Has(std::string_view path) const { return Find(path) != nullptr; }
  // The file's content hash is computed only for a path the ledger holds.
  bool Unchanged(std::string_view path, std::string_view bytes) const {
    const Entry* e = Find(path);
    return e && std::string_view(e->hash.data(), e->hash.size()) == ContentHash(bytes);
  }
  bool HasHash(std::string_view path, std::string_view hash) const {
    const Entry* e = Find(path);
    return e && std::string_view(e->hash.data(), e->hash.size()) == hash;
  }

 private:
  struct Entry {
    uint64_t key;
    std::array<char, 32> hash;
  };
  const Entry* Find(std::string_view path) const {
    const uint64_t key = HashString(path);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key, [](const Entry& e, uint64_t k) { return e.key < k; });
    return it != entries_.end() && it->key == key ? &*it : nullptr;
  }
  std::vector<Entry> entries_;
};

bool ValidDate(const std::string& d) {
  return CivilDate::Parse(d).ok() && d.size() == 10;
}

std::string LexiconFingerprint(const Lexicons& lex) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  for (const auto& [name, data] : lex.Sources()) {
    XXH3_64bits_update(st, name.data(), name.size());
    XXH3_64bits_update(st, data.data(), data.size());
  }
  const uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return fmt::format("{:016x}", h);
}

}  // namespace

CLI::App* SetupExtract(CLI::App& app, ExtractOptions* o) {
  CLI::App* sub = app.add_subcommand("extract", "Extract claims, people, organisations, figures and dates from articles");
  sub->add_option("paths", o->paths, "Files and folders (folders are searched recursively); - reads standard input")
      ->required()->type_name("PATH");
  sub->add_option("--glob", o->globs, "File-name pattern to take from folders (repeatable; default: *.txt *.text *.md *.html *.htm *.html.gz *.htm.gz)")
      ->type_name("PATTERN");
  sub->add_option("--jsonl", o->jsonl, "Also write every item as JSON Lines to FILE (- for standard output)")->type_name("FILE");
  sub->add_flag("--no-ledger", o->no_ledger, "Do not write the ledger (use with --jsonl as a pure filter)");
  sub->add_option("--reference-date", o->reference_date,
                  "Date (YYYY-MM-DD) that relative dates resolve against when an article states none")
      ->type_name("DATE");
  sub->add_option("--json-field", o->json_fields,
                  "For JSON and JSON Lines: take NAME from FIELD (repeatable; NAME is text, title, url, date, "
                  "authors, outlet, language or id), e.g. --json-field text=article_body")
      ->type_name("NAME=FIELD")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_flag("--all-languages", o->all_languages,
                "Read documents in any language (default: a document that is not English is skipped, with a note)");
  sub->add_option("-j,--jobs", o->jobs, "Parallel workers (default: all cores)")->check(CLI::Range(0, 256));
  sub->add_flag("-q,--quiet", o->quiet, "No progress line and no summary on standard error");
  sub->add_option("--bulk", o->bulk,
                  "Bulk loading: drop the name and text indexes while writing and rebuild them at the end. "
                  "auto (default): once the run will write at least as many documents as the ledger holds, "
                  "and 256 or more")
      ->check(CLI::IsMember({"auto", "always", "never"}))->type_name("auto|always|never");
  sub->footer(
      "A document is its path: an unchanged file (same content hash) is skipped, a changed one has\n"
      "its rows replaced in one transaction. Files that fail are reported as `path: reason` and the\n"
      "rest go on; the exit status is then 2.\n\n"
      "Formats, by file name: .txt .text; .md (YAML front matter is metadata); .html .htm .html.gz\n"
      "(the article found in the page); .json .jsonl .ndjson (one document per record, keyed by URL,\n"
      "id or line: path#key in the ledger, record in the JSONL); .warc .warc.gz (one document per\n"
      "HTML response). A record that fails is `path: record: reason`. Documents that are not English\n"
      "are skipped (--all-languages reads them).\n\n"
      "Examples:\n"
      "  hearsay extract data/articles\n"
      "  hearsay extract --glob '*.html.txt' ~/news --ledger news.db\n"
      "  hearsay extract story.txt --no-ledger --jsonl -        # items on stdout\n"
      "  hearsay extract crawl.warc.gz feed.jsonl --json-field text=article_body\n"
      "  curl -s URL | hearsay extract - --reference-date 2024-05-28 --jsonl items.jsonl");
  return sub;
}

int RunExtract(const ExtractOptions& o, const GlobalOptions& global) {
  if (!o.reference_date.empty() && !ValidDate(o.reference_date)) {
    Complain(fmt::format("--reference-date {}: expected YYYY-MM-DD", o.reference_date));
    return kExitError;
  }
  if (o.no_ledger && o.jsonl.empty()) {
    Complain("--no-ledger without --jsonl would write nothing; add --jsonl FILE");
    return kExitError;
  }
  Result<Lexicons> lexicons = Lexicons::Load(global.data_dir);
  if (!lexicons.ok()) {
    Complain(lexicons.status().message());
    return kExitError;
  }
  Result<Stages> stages = Stages::Create(*lexicons);
  if (!stages.ok()) {
    Complain(stages.status().message());
    return kExitError;
  }

  std::optional<Ledger> ledger;
  StoredHashes stored;  // what the ledger already holds
  const std::string ledger_path = LedgerPath(global);
  if (!o.no_ledger) {
    Result<Ledger> opened = Ledger::Open(ledger_path, Ledger::Mode::kWrite, global.wait_seconds);
    if (!opened.ok()) {
      Complain(opened.status().message());
      return kExitError;
    }
    ledger.emplace(std::move(*opened));
    Result<Stmt> st = ledger->db().Prepare("SELECT path, hash FROM documents ORDER BY path");
    Status s;
    if (st.ok()) {
      while (st->Step(&s)) stored.Add(st->Text(0), st->Text(1));
    }
    if (!s.ok()) {
      Complain(fmt::format("{}: {}", ledger_path, s.message()));
      return kExitError;
    }
    stored.Seal();
    const std::string fp = LexiconFingerprint(*lexicons);
    Result<std::string> old_fp = ledger->Meta("lexicons");
    if (old_fp.ok() && *old_fp != fp) stored.Clear();  // lexicons changed: extract everything again
    if (Status m = ledger->SetMeta("lexicons", fp); !m.ok()) Complain(m.message());
    if (Status m = ledger->SetMeta("hearsay_version", HEARSAY_VERSION); !m.ok()) Complain(m.message());
  }

  FILE* jsonl = nullptr;
  if (!o.jsonl.empty()) {
    jsonl = o.jsonl == "-" ? stdout : std::fopen(o.jsonl.c_str(), "wb");
    if (!jsonl) {
      Complain(fmt::format("{}: cannot open for writing: {}", o.jsonl, std::strerror(errno)));
      return kExitError;
    }
  }

  IngestOptions ingest;
  if (!o.globs.empty()) ingest.globs = o.globs;
  for (const std::string& f : o.json_fields) {
    if (Status s = ingest.json_fields.Set(f); !s.ok()) {
      Complain(s.message());
      return kExitError;
    }
  }
  std::vector<InputEntry> inputs = ListInputs(o.paths, ingest);
  int stdin_count = 0;
  for (const InputEntry& e : inputs) stdin_count += e.path == "-";
  if (stdin_count > 1) {
    Complain("- (standard input) can be given only once");
    return kExitError;
  }

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);

  const size_t n = inputs.size();
  unsigned jobs = o.jobs > 0 ? static_cast<unsigned>(o.jobs) : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(n, 1)));
  // Many small results can wait (a commit or a checkpoint on the writer does not stall the
  // workers); few large ones.
  const size_t window = std::max<size_t>(4, size_t{jobs} * 64);
  constexpr uint64_t kHeldBytes = 4u << 20;
  std::vector<Slot> slots(window);
  std::mutex mu;
  std::condition_variable cv;
  size_t consumed = 0;  // results handed to the writer so far
  uint64_t held = 0;    // input bytes of the results waiting for the writer
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  AnalyzeOptions analyze_options{o.reference_date};

  auto worker = [&]() {
    pthread_setname_np(pthread_self(), "hearsay-worker");  // for top -H and perf
    Result<Extractor> ex = Extractor::Create(*stages, *lexicons);
    while (true) {
      const size_t i = next.fetch_add(1);
      if (i >= n || stop.load()) return;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return (i < consumed + window && (i == consumed || held < kHeldBytes)) || stop.load(); });
        if (stop.load()) return;
      }
      Slot slot;
      slot.path = inputs[i].path;
      auto failed_unit = [&](Status st) {
        Unit u;
        u.name = u.key = slot.path;
        u.status = std::move(st);
        slot.units.push_back(std::move(u));
      };
      if (!inputs[i].status.ok()) {
        failed_unit(inputs[i].status);
      } else if (Result<std::string> bytes = ReadBytes(slot.path, ingest); !bytes.ok()) {
        failed_unit(bytes.status());
      } else {
        slot.bytes = bytes->size();
        const DocumentFormat format = FormatOfPath(slot.path, "");
        if (!jsonl && slot.path != "-" && format != DocumentFormat::kJson && format != DocumentFormat::kWarc &&
            stored.Unchanged(slot.path, *bytes)) {
          Unit u;
          u.name = u.key = slot.path;
          u.unchanged = true;
          slot.units.push_back(std::move(u));
        } else {
          FileDocuments file = DecodeFile(slot.path, *bytes, ingest);
          std::string().swap(*bytes);  // the documents own their text: a huge file is not held twice
          slot.skipped_records = file.skipped_records;
          for (RecordError& e : file.errors) {
            Unit u;
            u.name = e.record.empty() ? slot.path : fmt::format("{}: {}", slot.path, e.record);
            u.key = slot.path;
            u.status = std::move(e.status);
            slot.units.push_back(std::move(u));
          }
          for (Document& doc : file.docs) {
            Unit u;
            u.key = doc.Key();
            u.name = doc.record.empty() ? slot.path : fmt::format("{}: {}", slot.path, doc.record);
            const LanguageGuess language = o.all_languages ? LanguageGuess() : GuessEnglish(doc.text);
            if (!jsonl && !doc.record.empty() && stored.HasHash(u.key, doc.hash)) {
              u.unchanged = true;
            } else if (!language.english) {
              u.not_english = true;
              u.status = Status::Skipped(
                  language.words == 0
                      ? std::string("not English (another script), skipped; --all-languages reads it")
                      : fmt::format("not English ({:.0f}% of {} words are English function words), skipped; "
                                    "--all-languages reads it",
                                    language.share * 100, language.words));
            } else if (!ex.ok()) {
              u.status = ex.status();
            } else {
              u.analysis = ex->Analyze(doc, analyze_options);
              if (!o.no_ledger) u.rows = PrepareRows(doc, u.analysis.items);
              u.doc.emplace(std::move(doc));
            }
            slot.units.push_back(std::move(u));
          }
        }
      }
      slot.ready = true;
      std::lock_guard lock(mu);
      held += slot.bytes;
      slots[i % window] = std::move(slot);
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  size_t added = 0, replaced = 0, unchanged = 0, failed = 0, skipped = 0, records_skipped = 0, not_english = 0;
  uint64_t bytes_done = 0;
  size_t items_total = 0;
  const bool progress = !o.quiet && StderrIsTerminal();
  const auto t0 = std::chrono::steady_clock::now();
  auto last_progress = t0;
  bool batch_open = false;
  size_t batch_docs = 0;
  auto commit_batch = [&]() {
    if (!batch_open) return;
    if (Status s = ledger->Commit(); !s.ok()) {
      Complain(fmt::format("{}: commit failed: {}", ledger_path, s.message()));
      ++failed;
    }
    batch_open = false;
    batch_docs = 0;
  };
  // Bulk loading pays off when the run writes at least as much as the ledger holds: decided
  // at the start from the paths the ledger does not have, then after each batch from the
  // share of documents written so far.
  const size_t held_before = stored.size();
  auto maybe_bulk = [&](size_t to_write) {
    if (!ledger || ledger->bulk() || o.bulk == "never") return;
    if (o.bulk == "auto" && (to_write < 256 || to_write < held_before + added + replaced)) return;
    if (Status s = ledger->BeginBulk(); !s.ok()) Complain(fmt::format("{}: bulk loading not started: {}", ledger_path, s.message()));
  };
  maybe_bulk(o.bulk == "always" ? n : static_cast<size_t>(std::count_if(inputs.begin(), inputs.end(), [&](const InputEntry& e) {
    return !stored.Has(e.path);
  })));
  std::string buf;
  for (size_t i = 0; i < n; ++i) {
    Slot slot;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slots[i % window].ready; });
      slot = std::move(slots[i % window]);
      slots[i % window] = Slot();
      consumed = i + 1;
      held -= slot.bytes;
      cv.notify_all();
    }
    bytes_done += slot.bytes;
    records_skipped += slot.skipped_records;
    for (Unit& unit : slot.units) {
    for (const std::string& w : unit.doc ? unit.doc->warnings : std::vector<std::string>{}) Diagnose(unit.name, "warning: " + w);
    if (!unit.status.ok()) {
      if (unit.status.code() == Status::Code::kSkipped) {
        ++skipped;
        not_english += unit.not_english;
        Diagnose(unit.name, "warning: " + unit.status.message());
      } else {
        ++failed;
        Diagnose(unit.name, unit.status.message());
      }
    } else if (unit.unchanged) {
      ++unchanged;
    } else if (unit.doc) {
      const Items& items = unit.analysis.items;
      items_total += items.claims.size() + items.people.size() + items.orgs.size() + items.figures.size() + items.dates.size();
      if (jsonl) {
        // Rows are written in chunks as they are made: a huge document never holds all its
        // JSON at once.
        buf.clear();
        bool write_failed = false;
        auto flush = [&] {
          if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), jsonl) != buf.size() && errno != EPIPE) write_failed = true;
          buf.clear();
        };
        ForEachItemRow(*unit.doc, items, [&](const ItemRow& row) {
          AppendItemJsonl(row, buf);
          if (buf.size() > (1u << 20)) flush();
        });
        flush();
        if (write_failed) {
          Complain(fmt::format("{}: write failed", o.jsonl));
          stop = true;
        }
      }
      if (ledger) {
        if (!batch_open) {
          if (Status s = ledger->Begin(); !s.ok()) {
            Diagnose(unit.name, fmt::format("not stored: {}", s.message()));
            ++failed;
            continue;
          }
          batch_open = true;
        }
        const bool existed = stored.Has(unit.key) || slot.path == "-";
        Status s = ledger->Replace({&*unit.doc, &unit.analysis.meta, &items, &unit.rows});
        if (!s.ok()) {
          Diagnose(unit.name, fmt::format("not stored: {}", s.message()));
          ++failed;
        } else {
          ++(existed ? replaced : added);
        }
        if (++batch_docs >= 256) {
          commit_batch();
          maybe_bulk((n - i - 1) * (added + replaced) / (i + 1));
        }
      } else {
        ++added;
      }
    }
    }
    if (g_interrupted.load()) stop = true;
    if (stop.load()) break;
    if (progress) {
      const auto now = std::chrono::steady_clock::now();
      if (i == 0 || now - last_progress > std::chrono::milliseconds(200)) {
        last_progress = now;
        const double secs = std::chrono::duration<double>(now - t0).count();
        // The ETA assumes the files still to come are as large, on average, as those done.
        const double eta = secs * static_cast<double>(n - i - 1) / static_cast<double>(i + 1);
        std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f MB  %.1f MB/s  ETA %s", i + 1, n, bytes_done / 1e6,
                     bytes_done / 1e6 / std::max(secs, 1e-3), FormatDuration(eta).c_str());
        std::fflush(stderr);
      }
    }
  }
  if (ledger) commit_batch();
  {
    std::lock_guard lock(mu);
    stop = true;
    cv.notify_all();
  }
  for (std::thread& t : threads) t.join();
  if (ledger && ledger->bulk()) {
    if (progress) std::fprintf(stderr, "\r\033[Kindexing...");
    if (Status s = ledger->EndBulk(); !s.ok()) {
      Complain(fmt::format("{}: rebuilding the indexes failed ({}); the next extract finishes it", ledger_path, s.message()));
      ++failed;
    }
  }
  if (jsonl && jsonl != stdout) std::fclose(jsonl);
  if (jsonl == stdout) std::fflush(stdout);
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (!o.quiet) {
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const std::string records = records_skipped ? fmt::format("; {} WARC records skipped (not HTML responses)", records_skipped) : "";
    const std::string languages = not_english ? fmt::format(" ({} not English)", not_english) : "";
    std::fprintf(stderr, "%zu documents: %zu added, %zu changed, %zu unchanged, %zu skipped%s, %zu failed; %zu items%s; %.1f MB in %.2f s%s\n",
                 added + replaced + unchanged + skipped + failed, added, replaced, unchanged, skipped, languages.c_str(), failed, items_total,
                 records.c_str(), bytes_done / 1e6, secs, o.no_ledger ? "" : fmt::format(" -> {}", ledger_path).c_str());
  }
  if (g_interrupted.load()) {
    Complain("interrupted; every document written so far is complete");
    return kExitInterrupted;
  }
  return failed > 0 ? kExitError : kExitOk;
}

}  // namespace hearsay
