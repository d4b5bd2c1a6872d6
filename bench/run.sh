#!/usr/bin/env bash
# End-to-end benchmark of `hearsay extract`: one run into a fresh ledger, then a re-run on
# the unchanged corpus (every document is skipped by its content hash). Prints a Markdown
# table: wall time, MB/s, documents/s, items/s, peak RSS, ledger size, re-run speed-up.
#
#   bash bench/run.sh CORPUS_DIR [--jobs N]
#   bash bench/run.sh --repeat-seeds 2000 [--jobs N]     # data/articles/*.txt x 2000
#
# Options:
#   --jobs N            workers for extract (default: all cores)
#   --repeat-seeds N    instead of CORPUS_DIR: the five seed articles in data/articles,
#                       copied N times under distinct file names into a temporary folder
#   --hearsay PATH      the binary (default: $HEARSAY_BIN, else build-bench/hearsay, else build/hearsay)
#   --ledger PATH       where to write the ledger; must not exist; kept afterwards
#                       (default: in a temporary folder that is deleted)
#   --keep              keep the temporary folder (ledger, logs, a --repeat-seeds corpus)
#   --reference-date D  passed to extract
#   --no-ledger-too     also time `extract --no-ledger --jsonl /dev/null` (analysis without the
#                       ledger writer), as a third column
# Needs GNU time (/usr/bin/time -v, Debian package `time`): installed with apt-get if missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"

usage() { awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; }
die() { echo "run.sh: $*" >&2; exit 2; }

corpus=""
jobs=""
repeat=""
bin="${HEARSAY_BIN:-}"
ledger=""
keep=0
refdate=""
no_ledger_too=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs|-j) [ $# -ge 2 ] || die "$1 needs a value"; jobs="$2"; shift 2 ;;
    --jobs=*) jobs="${1#*=}"; shift ;;
    --repeat-seeds) [ $# -ge 2 ] || die "$1 needs a value"; repeat="$2"; shift 2 ;;
    --repeat-seeds=*) repeat="${1#*=}"; shift ;;
    --hearsay) [ $# -ge 2 ] || die "$1 needs a value"; bin="$2"; shift 2 ;;
    --ledger) [ $# -ge 2 ] || die "$1 needs a value"; ledger="$2"; shift 2 ;;
    --reference-date) [ $# -ge 2 ] || die "$1 needs a value"; refdate="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-ledger-too) no_ledger_too=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [ -z "$corpus" ] || die "only one corpus folder"; corpus="$1"; shift ;;
  esac
done
if [ -n "$repeat" ]; then
  [ -z "$corpus" ] || die "give a corpus folder or --repeat-seeds, not both"
  case "$repeat" in ''|*[!0-9]*) die "--repeat-seeds needs a positive number" ;; esac
  [ "$repeat" -ge 1 ] || die "--repeat-seeds needs a positive number"
elif [ -z "$corpus" ]; then
  usage >&2
  exit 2
fi
if [ -n "$jobs" ]; then
  case "$jobs" in *[!0-9]*) die "--jobs needs a number" ;; esac
fi

if [ -z "$bin" ]; then
  for b in "$ROOT/build-bench/hearsay" "$ROOT/build/hearsay"; do
    if [ -x "$b" ]; then bin="$b"; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then die "no hearsay binary (build it, or pass --hearsay PATH)"; fi

# GNU time for the peak RSS.
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "run.sh: installing GNU time (package time)" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends time >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/hearsay-run.XXXXXX")"
cleanup() {
  if [ "$keep" -eq 0 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

if [ -n "$repeat" ]; then
  corpus="$work/seeds"
  seeds=("$ROOT"/data/articles/*.txt)
  [ -e "${seeds[0]}" ] || die "no seed articles in $ROOT/data/articles"
  echo "run.sh: writing ${#seeds[@]} seed articles x $repeat into $corpus" >&2
  for ((i = 0; i < repeat; i++)); do
    d="$corpus/$(printf '%05d' $((i / 200)))"
    [ $((i % 200)) -ne 0 ] || mkdir -p "$d"
    for s in "${seeds[@]}"; do
      cp "$s" "$d/$(printf '%06d' "$i")_$(basename "$s")"
    done
  done
fi
[ -d "$corpus" ] || die "$corpus: not a folder"

if [ -z "$ledger" ]; then
  ledger="$work/ledger.db"
else
  [ ! -e "$ledger" ] || die "$ledger exists; the benchmark needs a fresh ledger"
fi

# The files extract reads by default (*.txt *.text *.md), and their total size.
read -r nfiles nbytes < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.text' -o -name '*.md' \) -printf '%s\n' |
  awk '{n++; s+=$1} END {printf "%d %d\n", n, s}')
[ "$nfiles" -gt 0 ] || die "$corpus has no .txt, .text or .md files"

args=(extract "$corpus" --ledger "$ledger")
[ -z "$jobs" ] || args+=(--jobs "$jobs")
[ -z "$refdate" ] || args+=(--reference-date "$refdate")

now_ns() { date +%s%N; }

# run NAME [EXTRA ARGS]: runs extract under /usr/bin/time -v; sets wall, rss_kb, summary.
run() {
  local name="$1" t0 t1 rc=0
  shift
  local err="$work/$name.stderr"
  t0=$(now_ns)
  /usr/bin/time -v -o "$work/$name.time" "$bin" "${args[@]}" "$@" 2>"$err" || rc=$?
  t1=$(now_ns)
  if [ "$rc" -ne 0 ]; then
    echo "run.sh: hearsay extract exited $rc ($name run); its last lines:" >&2
    tail -n 20 "$err" >&2
    [ "$rc" -eq 2 ] || exit "$rc"  # 2: some files failed, the rest is still measured
  fi
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
  rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/$name.time")
  summary=$(grep -E '^[0-9]+ documents: ' "$err" | tail -n 1 || true)
  [ -n "$summary" ] || die "no summary line from extract ($name run); stderr was: $(tail -n 5 "$err")"
}

# field REGEX: the first number captured by REGEX in the summary line.
field() { sed -nE "s/.*$1.*/\\1/p" <<<"$summary"; }

ledger_bytes() {
  local total=0 f
  for f in "$ledger" "$ledger-wal" "$ledger-shm"; do
    if [ -f "$f" ]; then total=$((total + $(stat -c %s "$f"))); fi
  done
  echo "$total"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "run.sh: $bin ${args[*]}" >&2
run first
wall1=$wall rss1=$rss_kb sum1=$summary
docs1=$(field '^([0-9]+) documents')
items1=$(field '; ([0-9]+) items;')
secs1=$(field ' MB in ([0-9.]+) s')
lbytes=$(ledger_bytes)
ldb=$(stat -c %s "$ledger" 2>/dev/null || echo 0)

run rerun
wall2=$wall rss2=$rss_kb sum2=$summary
unchanged2=$(field ', ([0-9]+) unchanged')
secs2=$(field ' MB in ([0-9.]+) s')

if [ "$no_ledger_too" -eq 1 ]; then
  saved=("${args[@]}")
  args=(extract "$corpus" --no-ledger --jsonl /dev/null)
  [ -z "$jobs" ] || args+=(--jobs "$jobs")
  [ -z "$refdate" ] || args+=(--reference-date "$refdate")
  run noledger
  args=("${saved[@]}")
  wall3=$wall rss3=$rss_kb sum3=$summary
  items3=$(field '; ([0-9]+) items;')
  secs3=$(field ' MB in ([0-9.]+) s')
fi

fmt() { awk -v x="$1" -v d="${2:-1}" 'BEGIN {printf "%.*f", d, x}'; }
div() { awk -v a="$1" -v b="$2" -v d="${3:-1}" 'BEGIN {if (b > 0) printf "%.*f", d, a / b; else print "n/a"}'; }

mb=$(div "$nbytes" 1000000 1)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)

mbps() { div "$nbytes" "$(awk -v w="$1" 'BEGIN {print w * 1e6}')" 2; }
# col3 TEXT: a third column when --no-ledger-too was given.
col3() { if [ "$no_ledger_too" -eq 1 ]; then printf ' %s |' "$1"; fi; }

cat <<EOF

### hearsay extract: ${nfiles} files, ${mb} MB, --jobs ${jobs:-all ($(nproc))}

| metric | first run (fresh ledger) | re-run (unchanged corpus) |$(col3 "no ledger (--jsonl /dev/null)")
| --- | ---: | ---: |$(col3 "---:")
| wall time | $(fmt "$wall1" 2) s | $(fmt "$wall2" 2) s |$(col3 "$(fmt "${wall3:-0}" 2) s")
| extract's own timer | ${secs1} s | ${secs2} s |$(col3 "${secs3:-} s")
| throughput | $(mbps "$wall1") MB/s | $(mbps "$wall2") MB/s |$(col3 "$(mbps "${wall3:-0}") MB/s")
| documents/s | $(div "$docs1" "$wall1" 0) | $(div "$nfiles" "$wall2" 0) |$(col3 "$(div "$nfiles" "${wall3:-0}" 0)")
| items/s | $(div "$items1" "$wall1" 0) | - |$(col3 "$(div "${items3:-0}" "${wall3:-0}" 0)")
| items | ${items1} | 0 (${unchanged2} unchanged) |$(col3 "${items3:-}")
| peak RSS | $(div "$rss1" 1024 1) MiB | $(div "$rss2" 1024 1) MiB |$(col3 "$(div "${rss3:-0}" 1024 1) MiB")
| ledger size | $(div "$lbytes" 1000000 1) MB (db $(div "$ldb" 1000000 1) MB + WAL) | |$(col3 "-")

Re-run speed-up: **$(div "$wall1" "$wall2" 1)x** (${wall1} s -> ${wall2} s).
Ledger ${ledger}$(if [ "$keep" -eq 1 ] || [ "${ledger#"$work"/}" = "$ledger" ]; then echo " (kept)"; else echo " (deleted)"; fi); hearsay at ${commit}; $(nproc) x ${cpu}; load average before: ${load_before}.

Summary lines:
- first: \`${sum1}\`
- re-run: \`${sum2}\`
$(if [ "$no_ledger_too" -eq 1 ]; then printf -- '- no ledger: %s%s%s' '`' "$sum3" '`'; fi)
EOF
