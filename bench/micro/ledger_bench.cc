// Micro-benchmarks of the ledger writer: Ledger::Replace of the analysed seed articles
// into a SQLite file in the temporary folder (removed afterwards).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>

#include "ledger/ledger.h"
#include "seed_env.h"

namespace hearsay::bench {
namespace {

// A ledger file in the temporary folder that is deleted (with its WAL) when done.
class TempLedger {
 public:
  explicit TempLedger(const std::string& name)
      : path_((std::filesystem::temp_directory_path() /
               ("hearsay_bench_" + std::to_string(::getpid()) + "_" + name + ".db")).string()) {
    Remove();
  }
  ~TempLedger() {
    ledger_.reset();
    Remove();
  }
  TempLedger(const TempLedger&) = delete;
  TempLedger& operator=(const TempLedger&) = delete;

  Status Open() {
    Result<Ledger> l = Ledger::Open(path_, Ledger::Mode::kWrite);
    if (!l.ok()) return l.status();
    ledger_.emplace(std::move(*l));
    return Status::Ok();
  }
  Ledger& operator*() { return *ledger_; }
  Ledger* operator->() { return &*ledger_; }
  uintmax_t FileBytes() const {
    std::error_code ec;
    uintmax_t n = 0;
    for (const char* suffix : {"", "-wal"}) {
      const uintmax_t s = std::filesystem::file_size(path_ + suffix, ec);
      if (!ec) n += s;
    }
    return n;
  }

 private:
  void Remove() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix, ec);
  }
  std::string path_;
  std::optional<Ledger> ledger_;
};

enum class Mode {
  kAddBatched,    // new paths, 256 documents per transaction (what `extract` does)
  kAddBulk,       // the same in a bulk load (Ledger::BeginBulk; EndBulk's rebuild is not timed)
  kChangeBatched, // the same paths again: delete the old rows, insert the new
  kAddEach,       // new paths, one transaction per document
};

// The rows are prepared (PrepareRows) before timing, as extract's workers do: this is the
// writer thread's cost.
void RunReplace(benchmark::State& state, Mode mode, const char* name) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  TempLedger ledger(name);
  if (Status s = ledger.Open(); !s.ok()) {
    state.SkipWithError(s.message().c_str());
    return;
  }
  if (mode == Mode::kAddBulk) {
    if (Status s = ledger->BeginBulk(); !s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
  }
  std::vector<PreparedRows> rows;
  for (size_t i = 0; i < env->docs.size(); ++i) rows.push_back(PrepareRows(env->docs[i], env->analyses[i].items));
  std::vector<Document> docs = env->docs;  // paths are rewritten for kAdd*
  const bool batched = mode != Mode::kAddEach;
  int64_t serial = 0, in_batch = 0;
  bool open = false;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      if (mode != Mode::kChangeBatched) docs[i].path = env->docs[i].path + "#" + std::to_string(serial++);
      if (batched && !open) {
        if (Status s = ledger->Begin(); !s.ok()) {
          state.SkipWithError(s.message().c_str());
          return;
        }
        open = true;
      }
      const Analysis& a = env->analyses[i];
      if (Status s = ledger->Replace({&docs[i], &a.meta, &a.items, &rows[i]}); !s.ok()) {
        state.SkipWithError(s.message().c_str());
        return;
      }
      if (open && ++in_batch >= 256) {
        if (Status s = ledger->Commit(); !s.ok()) {
          state.SkipWithError(s.message().c_str());
          return;
        }
        open = false;
        in_batch = 0;
      }
    }
  }
  if (open && !ledger->Commit().ok()) state.SkipWithError("final commit failed");
  if (mode == Mode::kAddBulk && !ledger->EndBulk().ok()) state.SkipWithError("EndBulk failed");
  ReportSeedRates(state, *env, env->items);
  state.counters["ledger_MB"] = static_cast<double>(ledger.FileBytes()) / 1e6;
}

void BM_LedgerReplaceAddBatched(benchmark::State& state) { RunReplace(state, Mode::kAddBatched, "add_batched"); }
void BM_LedgerReplaceChangeBatched(benchmark::State& state) { RunReplace(state, Mode::kChangeBatched, "change_batched"); }
void BM_LedgerReplaceAddEach(benchmark::State& state) { RunReplace(state, Mode::kAddEach, "add_each"); }
void BM_LedgerReplaceAddBulk(benchmark::State& state) { RunReplace(state, Mode::kAddBulk, "add_bulk"); }
BENCHMARK(BM_LedgerReplaceAddBatched)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_LedgerReplaceAddBulk)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_LedgerReplaceChangeBatched)->UseRealTime();
BENCHMARK(BM_LedgerReplaceAddEach)->UseRealTime();

}  // namespace
}  // namespace hearsay::bench
