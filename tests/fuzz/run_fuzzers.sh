#!/usr/bin/env bash
# Run every libFuzzer target of warta for SECONDS each and fail on any crash.
#
#   tests/fuzz/run_fuzzers.sh SECONDS BUILD_DIR [TARGET...]
#
# BUILD_DIR is a clang build configured with -DWARTA_FUZZ=ON (the fuzz_*
# binaries are in BUILD_DIR/tests). Targets: parse timex dateline gazetteer
# (default: all). Each target starts from a fresh temporary corpus: the seed
# article and a selection of corpus articles copied from ../shared (never
# into the repository), tests/fuzz/seeds and tests/fuzz/regressions, with
# the dictionary tests/fuzz/warta.dict. A crash leaves its reproducer in
# $FUZZ_OUT (default: a temporary directory, printed) and makes the script
# exit 1; copy the file into tests/fuzz/regressions/ to keep it.
# Environment: WARTA_SHARED_DIR (default: <repo>/../shared), FUZZ_OUT,
# FUZZ_JOBS (parallel workers per target, default 1), FUZZ_ARGS (extra
# libFuzzer flags), WARTA_FUZZ_IGNORE (checks to skip while a reported bug
# is open, e.g. `mention-order`; see tests/fuzz/fuzz_check.c).
set -u
if [ $# -lt 2 ]; then
  echo "usage: $0 SECONDS BUILD_DIR [TARGET...]" >&2
  exit 2
fi
secs=$1
build=$2
shift 2
targets=${*:-parse timex dateline gazetteer}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=${WARTA_SHARED_DIR:-$repo/../shared}
out=${FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/warta-fuzz.XXXXXX")}
jobs=${FUZZ_JOBS:-1}
mkdir -p "$out"
echo "run_fuzzers: ${secs}s per target, output in $out"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# seed corpus for a target in directory $2
seed_corpus() {
  local t=$1 dir=$2 f n=0 outlet
  mkdir -p "$dir"
  if [ "$t" = gazetteer ]; then
    cp "$here"/seeds/gazetteer/* "$dir"/ 2>/dev/null
    [ -d "$repo/lib/data" ] && for f in "$repo"/lib/data/*.tsv; do
      head -c 4096 "$f" > "$dir/data-$(basename "$f")"; done
  else
    [ -f "$shared/seed/antara-sco-2023.txt" ] && cp "$shared/seed/antara-sco-2023.txt" "$dir"/
    if [ -d "$shared/corpus/articles" ]; then
      for outlet in antara cnn detik kompas liputan6 okezone other tempo tribun; do
        for f in $(ls "$shared/corpus/articles/$outlet"-*.txt 2>/dev/null | head -n 6); do
          if [ "$t" = dateline ]; then
            head -c 1024 "$f" > "$dir/$(basename "$f")"
          else
            cp "$f" "$dir"/
          fi
          n=$((n + 1))
        done
      done
    else
      echo "run_fuzzers: $shared/corpus not found: seeds from tests/fuzz only" >&2
    fi
    cp "$here"/seeds/gazetteer/* "$dir"/ 2>/dev/null
  fi
  [ -d "$here/regressions" ] && cp "$here"/regressions/* "$dir"/ 2>/dev/null
  return 0
}

status=0
for t in $targets; do
  bin="$build/tests/fuzz_$t"
  if [ ! -x "$bin" ]; then
    echo "run_fuzzers: $bin not found (configure with CC=clang -DWARTA_FUZZ=ON)" >&2
    status=1
    continue
  fi
  corpus="$out/corpus-$t"
  seed_corpus "$t" "$corpus"
  case $t in
    dateline) maxlen=2048 ;;
    gazetteer) maxlen=4096 ;;
    *) maxlen=16384 ;;
  esac
  log="$out/fuzz_$t.log"
  echo "run_fuzzers: fuzz_$t ($(ls "$corpus" | wc -l) seed files, -max_len=$maxlen)"
  extra=()
  if [ "$jobs" -gt 1 ]; then extra=(-jobs="$jobs" -workers="$jobs"); fi
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$secs" -dict="$here/warta.dict" -max_len="$maxlen" \
    -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$out/crash-$t-" "${extra[@]}" ${FUZZ_ARGS:-} "$corpus" > "$log" 2>&1
  rc=$?
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1)
  echo "run_fuzzers: fuzz_$t exit $rc, $execs executions, $cov, corpus $(ls "$corpus" | wc -l) files"
  if [ $rc -ne 0 ]; then
    status=1
    echo "run_fuzzers: fuzz_$t FAILED; last lines of $log:" >&2
    tail -n 60 "$log" >&2
    ls "$out"/crash-"$t"-* 2>/dev/null >&2
  fi
done
exit $status
