#!/usr/bin/env bash
# Line coverage of the library (lib/*.c) with gcov.
#
#   tools/coverage.sh [--min PCT] [--uncovered] [--no-run] BUILD_DIR
#
# BUILD_DIR is a gcc build configured with -DWARTA_COVERAGE=ON (see
# cmake/coverage.cmake). The script deletes the old counters (*.gcda), runs
# the build's whole ctest except three labels: install (builds and installs a
# copy of its own), docs (doxygen) and bindings (they do load this build's
# library, but pytest, dask and `go test -race` add over a minute for half a
# point: the C suites are what must cover lib/; COVERAGE_EXCLUDE_LABELS=
# 'install|docs' counts them too), then runs gcov on every lib/*.c of the
# library and prints, per file, the executable lines, the lines run at least
# once and the percentage, then the total. The generated sources of the
# build tree (the gazetteer tables) are not counted: they are data.
#
#   --min PCT     exit 1 when the total is below PCT (e.g. 90)
#   --uncovered   also list the line ranges never run, per file
#   --no-run      do not run ctest: report the counters as they are (after
#                 running some programs of the build by hand)
# Environment: JOBS (ctest -j, default 2), COVERAGE_EXCLUDE_LABELS (ctest -LE
# regular expression, default `install|docs|bindings`).
# Exit status: 1 when a test failed or the total is below --min, 2 on usage.
set -euo pipefail

min="" uncovered=0 run=1
while [ $# -gt 0 ]; do
    case "$1" in
        --min) min="${2:?--min needs a percentage}"; shift 2 ;;
        --uncovered) uncovered=1; shift ;;
        --no-run) run=0; shift ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "coverage.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -ne 1 ]; then
    echo "usage: $0 [--min PCT] [--uncovered] [--no-run] BUILD_DIR" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$1" && pwd)"
if ! grep -q '^WARTA_COVERAGE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "coverage.sh: $build is not a build configured with -DWARTA_COVERAGE=ON" >&2
    exit 2
fi
objdir="$build/lib/CMakeFiles/warta_obj.dir"
gcov_bin="${GCOV:-gcov}"

test_rc=0
if [ "$run" = 1 ]; then
    find "$build" -name '*.gcda' -delete
    ctest --test-dir "$build" --output-on-failure -j"${JOBS:-2}" \
        -LE "${COVERAGE_EXCLUDE_LABELS:-install|docs|bindings}" || test_rc=$?
    if [ "$test_rc" -ne 0 ]; then
        echo "coverage.sh: some tests failed (ctest exit $test_rc); coverage of the rest follows"
    fi
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/warta-cov.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

printf '\n%-20s %7s %7s %7s\n' "file" "lines" "run" "%"
for src in "$root"/lib/*.c; do
    name="$(basename "$src")"
    if [ ! -f "$objdir/$name.gcno" ]; then
        echo "coverage.sh: no $objdir/$name.gcno (not built with --coverage?)" >&2
        exit 1
    fi
    # gcov writes NAME.gcov (and one file per header) into the current folder;
    # a missing .gcda means never run, which gcov counts as 0%
    (cd "$tmp" && "$gcov_bin" -o "$objdir/$name.o" "$src" >/dev/null 2>&1) || true
    if [ ! -f "$tmp/$name.gcov" ]; then
        echo "coverage.sh: gcov gave no report for $src" >&2
        exit 1
    fi
    # count field: `-` not executable, ##### or ===== never run, else a count
    awk -F: -v name="lib/$name" -v list="$uncovered" -v totals="$tmp/totals" '
        function flush() {
            if (from) { ranges = ranges sep (from == to ? from : from "-" to); sep = ", " }
            from = 0
        }
        $2 + 0 == 0 { next }
        {
            c = $1; gsub(/ /, "", c); line = $2 + 0
            if (c == "-") next
            n++
            if (c == "#####" || c == "=====") {
                if (!from) from = line
                to = line
            } else {
                hit++
                flush()
            }
        }
        END {
            flush()
            printf "%-20s %7d %7d %7.1f\n", name, n, hit, n ? 100 * hit / n : 100
            if (list && ranges != "") printf "    never run: %s\n", ranges
            printf "%s %d %d\n", name, n, hit >> totals
        }' "$tmp/$name.gcov"
    rm -f "$tmp"/*.gcov
done
awk -v min="$min" '
    { n += $2; hit += $3 }
    END {
        pct = n ? 100 * hit / n : 100
        printf "%-20s %7d %7d %7.1f\n", "total", n, hit, pct
        if (min != "" && pct < min + 0) {
            printf "coverage.sh: total line coverage %.1f%% is below %s%%\n", pct, min
            exit 1
        }
    }' "$tmp/totals" || exit 1
exit $((test_rc != 0))
