// Micro-benchmarks of each extraction stage over the seed articles (data/articles).
// Every iteration processes all seed articles once; MB/s is over their decoded text.
#include <benchmark/benchmark.h>

#include "attribute/attribute.h"
#include "ingest/ingest.h"
#include "pipeline/extractor.h"
#include "recognize/dates.h"
#include "recognize/figures.h"
#include "recognize/orgs.h"
#include "recognize/people.h"
#include "recognize/recognize.h"
#include "seed_env.h"
#include "text/layout.h"
#include "text/tokenizer.h"

namespace hearsay::bench {
namespace {

// Ingest: UTF-8 check, line ends, NFC, offset map (and the content hash extract computes).
void BM_Decode(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  std::vector<std::string> raw;
  for (const Document& d : env->docs) raw.push_back(*ReadBytes(d.path, IngestOptions{}));
  for (auto _ : state) {
    for (size_t i = 0; i < raw.size(); ++i) {
      benchmark::DoNotOptimize(ContentHash(raw[i]));
      Result<Document> doc = DecodeDocument(env->docs[i].path, raw[i]);
      benchmark::DoNotOptimize(doc);
    }
  }
  ReportSeedRates(state, *env);
}
BENCHMARK(BM_Decode);

void BM_TokenizerSplit(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  Result<Tokenizer> tok = Tokenizer::Create(*env->lexicons);
  if (!tok.ok()) {
    state.SkipWithError(tok.status().message().c_str());
    return;
  }
  int64_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const Document& d : env->docs) {
      Layout layout = tok->Split(d.text);
      tokens += static_cast<int64_t>(layout.tokens.size());
      benchmark::DoNotOptimize(layout);
    }
  }
  ReportSeedRates(state, *env);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizerSplit);

void BM_BoilerplateMark(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  std::vector<Layout> layouts;
  for (const Analysis& a : env->analyses) layouts.push_back(a.layout);
  for (auto _ : state) {
    for (size_t i = 0; i < env->docs.size(); ++i) env->stages->boilerplate().Mark(env->docs[i].text, layouts[i]);
    benchmark::ClobberMemory();
  }
  ReportSeedRates(state, *env);
}
BENCHMARK(BM_BoilerplateMark);

void BM_FigureFindAll(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const FigureRecognizer& figures = env->stages->recognizers().figures();
  int64_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const Document& d : env->docs) {
      std::vector<FigureMention> out = figures.FindAll(d.text);
      found += static_cast<int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
  }
  ReportSeedRates(state, *env, found);
}
BENCHMARK(BM_FigureFindAll);

void BM_DateFindAll(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const DateRecognizer& dates = env->stages->recognizers().dates();
  int64_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const Document& d : env->docs) {
      std::vector<DateMention> out = dates.FindAll(d.text, kReferenceDate);
      found += static_cast<int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
  }
  ReportSeedRates(state, *env, found);
}
BENCHMARK(BM_DateFindAll);

void BM_OrgFind(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const OrgRecognizer& orgs = env->stages->recognizers().orgs();
  int64_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < env->docs.size(); ++i) {
      std::vector<OrgMention> out;
      orgs.Find(env->docs[i].text, env->analyses[i].layout, out);
      found += static_cast<int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
  }
  ReportSeedRates(state, *env, found);
}
BENCHMARK(BM_OrgFind);

void BM_PersonFind(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const PersonRecognizer& people = env->stages->recognizers().people();
  int64_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < env->docs.size(); ++i) {
      std::vector<PersonMention> out;
      people.Find(env->docs[i].text, env->analyses[i].layout, env->analyses[i].items.orgs, out);
      found += static_cast<int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
  }
  ReportSeedRates(state, *env, found);
}
BENCHMARK(BM_PersonFind);

// All four recognizers as the pipeline runs them (dates and figures per paragraph,
// then organisations, then people).
void BM_RecognizersRun(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const Recognizers& rec = env->stages->recognizers();
  int64_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < env->docs.size(); ++i) {
      Items items;
      rec.Run(env->docs[i].text, env->analyses[i].layout, env->analyses[i].meta, items);
      found += static_cast<int64_t>(CountItems(items));
      benchmark::DoNotOptimize(items);
    }
  }
  ReportSeedRates(state, *env, found);
}
BENCHMARK(BM_RecognizersRun);

// Attribution from the recognizers' output (the copy of the mentions is not timed).
void BM_AttributorRun(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  const Attributor& attr = env->stages->attributor();
  std::vector<Items> inputs;
  for (const Analysis& a : env->analyses) {
    Items in = a.items;
    in.claims.clear();
    inputs.push_back(std::move(in));
  }
  int64_t claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Items> work = inputs;
    state.ResumeTiming();
    claims = 0;
    for (size_t i = 0; i < env->docs.size(); ++i) {
      attr.Run(env->docs[i].text, env->analyses[i].layout, work[i]);
      claims += static_cast<int64_t>(work[i].claims.size());
    }
    benchmark::DoNotOptimize(work);
  }
  ReportSeedRates(state, *env, claims);
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_AttributorRun);

// The whole per-document pipeline: tokenize, boilerplate, metadata, recognizers, attribution.
void BM_ExtractorAnalyze(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  Result<Extractor> ex = Extractor::Create(*env->stages, *env->lexicons);
  if (!ex.ok()) {
    state.SkipWithError(ex.status().message().c_str());
    return;
  }
  for (auto _ : state) {
    for (const Document& d : env->docs) {
      Analysis a = ex->Analyze(d, {.reference_date = kReferenceDate});
      benchmark::DoNotOptimize(a);
    }
  }
  ReportSeedRates(state, *env, env->items);
}
BENCHMARK(BM_ExtractorAnalyze);

// Analyze of one long document: every seed article N times over (each copy's lines
// marked so none repeats). MB/s should stay flat as N grows; a drop shows work that grows
// faster than the text (per-document passes, pronoun and name resolution over the whole
// document). `items` should grow N-fold.
void BM_ExtractorAnalyzeLongDoc(benchmark::State& state) {
  const SeedEnv* env = EnvOrSkip(state);
  if (!env) return;
  Result<Document> doc = env->Concatenated(static_cast<int>(state.range(0)));
  Result<Extractor> ex = Extractor::Create(*env->stages, *env->lexicons);
  if (!doc.ok() || !ex.ok()) {
    state.SkipWithError("cannot build the long document or the extractor");
    return;
  }
  int64_t items = 0;
  for (auto _ : state) {
    Analysis a = ex->Analyze(*doc, {.reference_date = kReferenceDate});
    items = static_cast<int64_t>(CountItems(a.items));
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc->text.size()));
  state.counters["items/s"] =
      benchmark::Counter(static_cast<double>(items) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(BM_ExtractorAnalyzeLongDoc)->Arg(1)->Arg(4)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace hearsay::bench
