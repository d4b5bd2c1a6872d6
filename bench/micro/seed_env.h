// Shared input for the micro-benchmarks: the seed articles of data/articles, decoded once,
// the immutable stages built once, and each article analysed once so that a benchmark of
// a later stage can start from the earlier stages' output.
#ifndef HEARSAY_BENCH_MICRO_SEED_ENV_H_
#define HEARSAY_BENCH_MICRO_SEED_ENV_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/lexicon.h"
#include "ingest/ingest.h"
#include "pipeline/extractor.h"

#ifndef HEARSAY_SOURCE_DIR
#error "HEARSAY_SOURCE_DIR must name the source tree (bench/CMakeLists.txt defines it)"
#endif

namespace hearsay::bench {

inline constexpr const char* kReferenceDate = "2024-05-28";

inline size_t CountItems(const Items& items) {
  return items.claims.size() + items.people.size() + items.orgs.size() + items.figures.size() + items.dates.size();
}

struct SeedEnv {
  std::string error;  // set when the environment could not be built
  std::optional<Lexicons> lexicons;
  std::optional<Stages> stages;
  std::vector<Document> docs;        // the seed articles, decoded
  std::vector<Analysis> analyses;    // Extractor::Analyze of each doc
  int64_t bytes = 0;                 // sum of docs[i].text.size()
  int64_t items = 0;                 // items found in all docs

  // A document made of every seed article `copies` times over (scaling checks). Each line
  // of copy c ends in " [cN]" so that no paragraph repeats: a repeated line is boilerplate
  // (a repeated headline), and the copies would otherwise be skipped.
  Result<Document> Concatenated(int copies) const {
    std::string text;
    for (int c = 0; c < copies; ++c) {
      const std::string mark = " [c" + std::to_string(c + 1) + "]";
      for (const Document& d : docs) {
        size_t pos = 0;
        while (pos < d.text.size()) {
          size_t eol = d.text.find('\n', pos);
          if (eol == std::string::npos) eol = d.text.size();
          text.append(d.text, pos, eol - pos);
          if (eol > pos) text += mark;
          text += '\n';
          pos = eol + 1;
        }
        text += '\n';
      }
    }
    return DecodeDocument("concatenated_" + std::to_string(copies) + ".txt", text);
  }
};

inline const SeedEnv& Env() {
  static const SeedEnv* env = [] {
    auto* e = new SeedEnv;
    Result<Lexicons> lex = Lexicons::Load("");
    if (!lex.ok()) {
      e->error = "Lexicons::Load: " + lex.status().message();
      return e;
    }
    e->lexicons.emplace(std::move(*lex));
    Result<Stages> stages = Stages::Create(*e->lexicons);
    if (!stages.ok()) {
      e->error = "Stages::Create: " + stages.status().message();
      return e;
    }
    e->stages.emplace(std::move(*stages));
    // HEARSAY_BENCH_ARTICLES names another folder of .txt articles (a sample of a
    // generated corpus, say) to profile the stages on other text than the seeds.
    const char* other = std::getenv("HEARSAY_BENCH_ARTICLES");
    const std::filesystem::path dir =
        other && *other ? std::filesystem::path(other) : std::filesystem::path(HEARSAY_SOURCE_DIR) / "data" / "articles";
    std::vector<std::string> paths;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) {
      e->error = "no .txt articles in " + dir.string();
      return e;
    }
    Result<Extractor> ex = Extractor::Create(*e->stages, *e->lexicons);
    if (!ex.ok()) {
      e->error = "Extractor::Create: " + ex.status().message();
      return e;
    }
    for (const std::string& p : paths) {
      Result<std::string> bytes = ReadBytes(p, IngestOptions{});
      if (!bytes.ok()) {
        e->error = p + ": " + bytes.status().message();
        return e;
      }
      Result<Document> doc = DecodeDocument(p, *bytes);
      if (!doc.ok()) {
        e->error = p + ": " + doc.status().message();
        return e;
      }
      e->analyses.push_back(ex->Analyze(*doc, {.reference_date = kReferenceDate}));
      e->bytes += static_cast<int64_t>(doc->text.size());
      e->items += static_cast<int64_t>(CountItems(e->analyses.back().items));
      e->docs.push_back(std::move(*doc));
    }
    return e;
  }();
  return *env;
}

// The environment, or nullptr after marking the benchmark skipped.
inline const SeedEnv* EnvOrSkip(benchmark::State& state) {
  const SeedEnv& env = Env();
  if (!env.error.empty()) {
    state.SkipWithError(env.error.c_str());
    return nullptr;
  }
  return &env;
}

// Bytes and documents per second for a benchmark whose every iteration covers all seeds.
inline void ReportSeedRates(benchmark::State& state, const SeedEnv& env, int64_t items_per_iteration = -1) {
  const auto iters = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(iters * env.bytes);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(iters) * static_cast<double>(env.docs.size()),
                                                benchmark::Counter::kIsRate);
  if (items_per_iteration >= 0) {
    state.counters["items/s"] = benchmark::Counter(static_cast<double>(iters) * static_cast<double>(items_per_iteration),
                                                   benchmark::Counter::kIsRate);
  }
}

}  // namespace hearsay::bench

#endif  // HEARSAY_BENCH_MICRO_SEED_ENV_H_
