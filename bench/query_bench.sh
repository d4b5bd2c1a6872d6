#!/usr/bin/env bash
# Query latency on a ledger of about a million claims: `hearsay query --speaker`,
# `--company` and `--text`, each with a frequent and a rare value taken from the ledger,
# N runs each (default 10), median / min / max in milliseconds, as a Markdown table.
#
# How the ledger is built (no --ledger given): the honest way, through the real pipeline.
# A small trial corpus (bench/gen_corpus.py, 5 MB, seed 2) is extracted to measure claims
# per MB; then a corpus of the size that gives --claims claims (seed 1) is generated and
# extracted with `hearsay extract --jobs N` into the ledger. The corpus is deleted after.
# On the 2-core benchmark machine 1M claims is ~180 MB of articles, a few minutes (see
# bench/README.md); the ledger of a bench/run.sh run (--keep) can be reused with --ledger.
#
#   bash bench/query_bench.sh                          # build ~1M claims, then time queries
#   bash bench/query_bench.sh --ledger /tmp/l.db       # time queries on an existing ledger
#
# Options:
#   --ledger FILE     use this ledger if it exists; otherwise build it there (and keep it)
#   --claims N        claims to aim for when building (default 1000000)
#   --size SIZE       corpus size to generate (e.g. 180MB) instead of estimating it by a trial
#   --jobs N          extract workers when building (default: all cores)
#   --runs N          runs of each query (default 10)
#   --format F        query output format: table (default, what a person sees), csv, json, jsonl;
#                     the output goes to /dev/null
#   --hearsay PATH    the binary (default: $HEARSAY_BIN, else build-bench/hearsay, else build/hearsay)
#   --keep            keep a ledger built in the temporary folder
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
usage() { awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; }
die() { echo "query_bench.sh: $*" >&2; exit 2; }
say() { echo "query_bench.sh: $*" >&2; }

ledger=""
claims=1000000
size=""
jobs=""
runs=10
format="table"
bin="${HEARSAY_BIN:-}"
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --ledger) [ $# -ge 2 ] || die "$1 needs a value"; ledger="$2"; shift 2 ;;
    --claims) [ $# -ge 2 ] || die "$1 needs a value"; claims="$2"; shift 2 ;;
    --size) [ $# -ge 2 ] || die "$1 needs a value"; size="$2"; shift 2 ;;
    --jobs|-j) [ $# -ge 2 ] || die "$1 needs a value"; jobs="$2"; shift 2 ;;
    --runs) [ $# -ge 2 ] || die "$1 needs a value"; runs="$2"; shift 2 ;;
    --format) [ $# -ge 2 ] || die "$1 needs a value"; format="$2"; shift 2 ;;
    --hearsay) [ $# -ge 2 ] || die "$1 needs a value"; bin="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
for v in "$claims" "$runs" ${jobs:+"$jobs"}; do
  case "$v" in ''|*[!0-9]*) die "expected a number, got '$v'" ;; esac
done
[ "$runs" -ge 1 ] || die "--runs must be at least 1"
case "$format" in table|csv|json|jsonl) ;; *) die "--format: table, csv, json or jsonl" ;; esac
if [ -z "$bin" ]; then
  for b in "$ROOT/build-bench/hearsay" "$ROOT/build/hearsay"; do
    if [ -x "$b" ]; then bin="$b"; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then die "no hearsay binary (build it, or pass --hearsay PATH)"; fi
command -v python3 >/dev/null || die "python3 is needed (gen_corpus.py and reading the ledger)"

work="$(mktemp -d "${TMPDIR:-/tmp}/hearsay-query.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

now_ns() { date +%s%N; }
ms_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN {printf "%.1f", (b - a) / 1e6}'; }

claims_in() {
  python3 - "$1" <<'PY'
import sqlite3, sys
print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("SELECT count(*) FROM claims").fetchone()[0])
PY
}

extract() {  # extract CORPUS LEDGER
  local a=(extract "$1" --ledger "$2" -q)
  [ -z "$jobs" ] || a+=(--jobs "$jobs")
  "$bin" "${a[@]}" || [ $? -eq 2 ] || die "extract failed"
}

built=""
if [ -n "$ledger" ] && [ -e "$ledger" ]; then
  say "using the existing ledger $ledger"
  built="existing ledger (not rebuilt)"
else
  if [ -z "$ledger" ]; then
    ledger="$work/ledger.db"
    [ "$keep" -eq 0 ] || { ledger="${TMPDIR:-/tmp}/hearsay-query-$(date +%Y%m%d-%H%M%S).db"; }
  else
    keep=1
  fi
  if [ -z "$size" ]; then
    say "trial: 5 MB corpus (seed 2) to measure claims per MB"
    python3 "$ROOT/bench/gen_corpus.py" --size 5MB --seed 2 --out "$work/trial" --quiet >/dev/null
    extract "$work/trial" "$work/trial.db"
    trial_claims=$(claims_in "$work/trial.db")
    trial_bytes=$(find "$work/trial" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
    rm -rf "$work/trial" "$work/trial.db"*
    [ "$trial_claims" -gt 0 ] || die "the trial corpus gave no claims"
    size=$(awk -v c="$claims" -v t="$trial_claims" -v b="$trial_bytes" 'BEGIN {printf "%d", c / t * b * 1.02 + 1}')
    say "trial: $trial_claims claims in $trial_bytes bytes; generating $((size / 1000000)) MB for ~$claims claims"
  fi
  t0=$(now_ns)
  python3 "$ROOT/bench/gen_corpus.py" --size "$size" --seed 1 --out "$work/corpus" --quiet >&2
  gen_ms=$(ms_since "$t0")
  say "extracting into $ledger"
  t0=$(now_ns)
  extract "$work/corpus" "$ledger"
  ext_ms=$(ms_since "$t0")
  corpus_mb=$(find "$work/corpus" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s / 1e6}')
  rm -rf "$work/corpus"
  built="gen_corpus.py ${corpus_mb} MB in $(awk -v m="$gen_ms" 'BEGIN {printf "%.0f", m / 1000}') s, then hearsay extract${jobs:+ --jobs $jobs} in $(awk -v m="$ext_ms" 'BEGIN {printf "%.0f", m / 1000}') s"
fi

total_claims=$(claims_in "$ledger")
ledger_mb=$(stat -c %s "$ledger" | awk '{printf "%.0f", $1 / 1e6}')
say "$total_claims claims in $ledger ($ledger_mb MB)"

# Values that exist in the ledger: the most frequent and a median-frequency one of each.
pick() {  # pick SQL-returning-(value,count)-ordered-by-count-desc -> "frequent\tn\tmedian\tn"
  python3 - "$ledger" "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = con.execute(sys.argv[2]).fetchall()
if not rows:
    sys.exit(1)
top, mid = rows[0], rows[len(rows) // 2]
print(f"{top[0]}\t{top[1]}\t{mid[0]}\t{mid[1]}")
PY
}
IFS=$'\t' read -r sp_top sp_top_n sp_mid sp_mid_n < <(pick \
  "SELECT min(speaker), count(*) AS n FROM claims WHERE speaker_type = 'person' AND speaker LIKE '% %'
   GROUP BY speaker_key ORDER BY n DESC, 1") || die "no person speakers in the ledger"
IFS=$'\t' read -r co_top co_top_n co_mid co_mid_n < <(pick \
  "SELECT min(name), count(*) AS n FROM orgs GROUP BY name_key ORDER BY n DESC, 1") || die "no organisations in the ledger"
IFS=$'\t' read -r tx_top tx_top_n tx_mid tx_mid_n < <(python3 - "$ledger" <<'PY'
import re, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'claims_fts', 'row')")
rows = [(t, n) for t, n in con.execute("SELECT term, doc FROM temp.vocab ORDER BY doc DESC, term")
        if re.fullmatch(r"[a-z]{5,}", t)]
top, mid = rows[0], rows[len(rows) // 4]
print(f"{top[0]}\t{top[1]}\t{mid[0]}\t{mid[1]}")
PY
) || die "cannot read the full-text index"

# time_query LABEL ARGS...: prints a Markdown row.
time_query() {
  local label="$1"; shift
  local rows rc=0 t0 times=()
  rows=$("$bin" query --ledger "$ledger" "$@" --format jsonl 2>/dev/null | wc -l) || true
  for ((r = 0; r < runs; r++)); do
    t0=$(now_ns)
    "$bin" query --ledger "$ledger" "$@" --format "$format" -o /dev/null 2>/dev/null || rc=$?
    times+=("$(ms_since "$t0")")
    [ "$rc" -le 1 ] || die "hearsay query $* exited $rc"
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v label="$label" -v rows="$rows" '
    {t[NR] = $1}
    END {
      med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "| %s | %d | %.1f | %.1f | %.1f |\n", label, rows, med, t[1], t[NR]
    }'
}

esc() { printf '%s' "$1" | sed 's/|/\\|/g'; }

cat <<EOF

### hearsay query: ${total_claims} claims, ledger ${ledger_mb} MB

Ledger: ${built}. Each query run ${runs} times, output \`--format ${format} -o /dev/null\`; times are
wall-clock per process (start-up, lexicon load for --speaker/--company, query, output).

| query | claims matched | median ms | min ms | max ms |
| --- | ---: | ---: | ---: | ---: |
EOF
time_query "\`--speaker \"$(esc "$sp_top")\"\` (most claims: $sp_top_n)" --speaker "$sp_top"
time_query "\`--speaker \"$(esc "$sp_mid")\"\` (median speaker: $sp_mid_n)" --speaker "$sp_mid"
time_query "\`--company \"$(esc "$co_top")\"\` (most mentioned: $co_top_n)" --company "$co_top"
time_query "\`--company \"$(esc "$co_mid")\"\` (median: $co_mid_n mentions)" --company "$co_mid"
time_query "\`--text $tx_top\` (commonest word: $tx_top_n claims)" --text "$tx_top"
time_query "\`--text $tx_mid\` ($tx_mid_n claims)" --text "$tx_mid"
time_query "\`--speaker \"$(esc "$sp_top")\" --limit 20\`" --speaker "$sp_top" --limit 20
time_query "\`--text $tx_top --limit 20\`" --text "$tx_top" --limit 20
echo
echo "hearsay at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); load average: $(cut -d' ' -f1-3 /proc/loadavg)."
if [ "$keep" -eq 1 ]; then echo "Ledger kept: $ledger"; fi
