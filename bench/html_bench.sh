#!/usr/bin/env bash
# HTML throughput: MB of HTML per second for reading pages (`hearsay text`: parse, find the
# article, map offsets) and for the whole extraction (`hearsay extract --no-ledger`), over a
# folder of pages repeated N times under distinct names (default: the 167 pages of
# ../shared/devsets/html-articles, 31.6 MB, x3).
#
#   bash bench/html_bench.sh [PAGES_DIR] [--repeat N] [--jobs N] [--hearsay PATH]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
pages="$ROOT/../shared/devsets/html-articles/docs"
repeat=3
jobs=""
bin="${HEARSAY_BIN:-$ROOT/build/hearsay}"
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --jobs) jobs="--jobs $2"; shift 2 ;;
    --hearsay) bin="$2"; shift 2 ;;
    *) pages="$1"; shift ;;
  esac
done
[ -d "$pages" ] || { echo "html_bench.sh: no folder $pages" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for r in $(seq 1 "$repeat"); do
  mkdir -p "$tmp/pages/$r"
  for f in "$pages"/*.htm*; do cp "$f" "$tmp/pages/$r/"; done
done
mb=$(du -sb "$tmp/pages" | awk '{printf "%.1f", $1 / 1e6}')
now() { date +%s.%N; }
t0=$(now); "$bin" text "$tmp/pages" -o /dev/null 2>/dev/null || true; t1=$(now)
"$bin" extract "$tmp/pages" --no-ledger --jsonl /dev/null --quiet $jobs 2>/dev/null || true; t2=$(now)
awk -v mb="$mb" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  printf "| step | MB of HTML | seconds | MB/s |\n|---|---|---|---|\n";
  printf "| text (one thread) | %s | %.2f | %.1f |\n", mb, b - a, mb / (b - a);
  printf "| extract --no-ledger | %s | %.2f | %.1f |\n", mb, c - b, mb / (c - b) }'
