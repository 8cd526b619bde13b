#!/usr/bin/env bash
# Date extraction throughput: warta vs chrono-node (chrono.id) vs dateparser
# (search_dates, languages=['id']) on the SAME corpus articles, in one run,
# then how many values of the time-expression dev set
# (tests/data/timex_dev.tsv) each gets right (bench/dates_devset.py, which
# documents the comparison rule; needs BUILD_DIR/tests/check_timex).
#
# usage: bench/dates_bench.sh BUILD_DIR [N_ARTICLES] [RUNS]
# Needs: node + npm (chrono-node is installed into BUILD_DIR/bench-node on
# first use), Debian's python3-dateparser. Reads ../shared/corpus/articles.
# dateparser is slow, so every tool runs on the same N articles (default 60,
# spread over the outlets); warta and chrono-node take the median of RUNS
# runs, dateparser of 3.
set -euo pipefail
build=${1:?usage: dates_bench.sh BUILD_DIR [N_ARTICLES] [RUNS]}
n=${2:-60}
runs=${3:-7}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${WARTA_CORPUS:-$here/../../shared/corpus/articles}
ref=2023-12-01T12:00:00+07:00
if [ ! -d "$corpus" ]; then
  echo "SKIPPED: no corpus at $corpus"; exit 0
fi
# every k-th file of the sorted list, so every outlet is in
mapfile -t all < <(ls "$corpus"/*.txt | sort)
step=$(( ${#all[@]} / n )); [ "$step" -ge 1 ] || step=1
files=()
for ((i = 0; i < ${#all[@]} && ${#files[@]} < n; i += step)); do files+=("${all[$i]}"); done

node_dir=$build/bench-node
if [ ! -d "$node_dir/node_modules/chrono-node" ]; then
  mkdir -p "$node_dir" && npm install --silent --prefix "$node_dir" chrono-node >/dev/null
fi
w=$("$build/bench/warta-bench" --stage timex --runs "$runs" --reference "$ref" "${files[@]}")
c=$(NODE_PATH=$node_dir/node_modules node "$here/peers/chrono_dates.js" "$runs" "$ref" "${files[@]}")
d=$(/usr/bin/python3 "$here/peers/dateparser_dates.py" 3 "$ref" "${files[@]}")
echo "$w"; echo "$c"; echo "$d"
/usr/bin/python3 - "$w" "$c" "$d" <<'PY'
import json, sys
w, c, d = (json.loads(x) for x in sys.argv[1:])
print("date extraction on %d articles (%.2f MB), medians; wall clock and process CPU time"
      % (w["articles"], w["bytes"] / 1e6))
print("  (CPU time is steadier on a loaded machine; node's counts its GC threads too)")
for r in (w, c, d):
    print("  %-12s %10.3f MB/s wall %10.3f MB/s CPU" % (r["tool"], r["mb_per_s"],
                                                     r.get("cpu_mb_per_s", float("nan"))))
for name, r in (("chrono-node", c), ("dateparser ", d)):
    line = "  warta / %s = %.1fx wall" % (name, w["mb_per_s"] / r["mb_per_s"])
    if w.get("cpu_mb_per_s") and r.get("cpu_mb_per_s"):
        line += ", %.1fx CPU" % (w["cpu_mb_per_s"] / r["cpu_mb_per_s"])
    print(line)
PY
if [ -x "$build/tests/check_timex" ]; then
  /usr/bin/python3 "$here/dates_devset.py" "$build"
else
  echo "dev-set counts SKIPPED: no $build/tests/check_timex (build the tests)"
fi
