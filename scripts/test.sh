#!/usr/bin/env bash
# Installs the packages, builds hearsay with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DHEARSAY_WERROR=ON -DHEARSAY_BUILD_TESTS=ON
cd build && ctest --output-on-failure -j"$(nproc)"
