#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS
# (default 60), seeded from data/articles. Crashes are written to build-fuzz/crashes/.
# Usage: bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
HEARSAY_FUZZ=1 bash scripts/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHEARSAY_BUILD_FUZZERS=ON -DHEARSAY_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_extract fuzz_figures fuzz_dates fuzz_writers
mkdir -p build-fuzz/crashes build-fuzz/corpus
for t in fuzz_extract fuzz_figures fuzz_dates fuzz_writers; do
  corpus="build-fuzz/corpus/$t"
  mkdir -p "$corpus"
  cp data/articles/*.txt "$corpus/" 2>/dev/null || true
  echo "== $t ($seconds s)"
  build-fuzz/tests/fuzz/$t "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix=build-fuzz/crashes/$t- -print_final_stats=1 2>&1 | grep -E "stat::|ERROR|SUMMARY|Done" || true
done
ls build-fuzz/crashes
