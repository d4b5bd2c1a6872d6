#!/usr/bin/env bash
# Installs the packages, builds hearsay, extracts the sample corpus data/articles into
# ./hearsay.db and shows what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
rm -f hearsay.db hearsay.db-wal hearsay.db-shm
build/hearsay extract data/articles
echo; echo "== Speakers"; build/hearsay speakers
echo; echo "== Companies"; build/hearsay companies --limit 15
echo; echo "== Claims by Xu Bing"; build/hearsay query --speaker "Xu Bing"
