#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer and UBSan and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEARSAY_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$(nproc)"
