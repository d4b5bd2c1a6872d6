#!/usr/bin/env bash
# Installs every Debian 12 package hearsay needs to build, test and run its scripts.
# Runs as root, or through sudo when not root. Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake pkg-config git
  libicu-dev libre2-dev libsqlite3-dev libcli11-dev libfmt-dev libxxhash-dev libjemalloc-dev
  libgumbo-dev nlohmann-json3-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 python3
)
if [ "${HEARSAY_FUZZ:-0}" = "1" ]; then PACKAGES+=(clang libclang-rt-14-dev); fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
