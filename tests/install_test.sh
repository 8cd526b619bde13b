#!/usr/bin/env bash
# install_test.sh: build warta into a temporary directory, install it into a
# temporary prefix, then build and run the examples (pkg-config only) and the
# CMake consumer (find_package only) against that prefix, with the build tree
# deleted first. Also checks the pkg-config flags, the SONAME, the exported
# symbols (warta_* only) and that the installed tree can be moved.
#   usage: tests/install_test.sh            (from anywhere; exit 0 = passed)
# Env: WARTA_SHARED_DIR (seed article), KEEP=1 keeps the temporary directory.
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${WARTA_SHARED_DIR:-$SRC/../shared}"
SEED="$SHARED/seed/antara-sco-2023.txt"
JOBS="${JOBS:-2}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/warta-install.XXXXXX")"
PREFIX="$WORK/prefix"
checks=0

cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
fail() { echo "install_test: FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); echo "ok $checks - $*"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "missing tool: $1"; }
for t in cmake make cc pkg-config nm readelf; do need "$t"; done

# The examples are built from the source tree: nothing may be written there.
tree_state() { find "$SRC/examples" -newer "$WORK/.stamp" -print | sort; }
touch "$WORK/.stamp"

echo "== configure, build and install into $PREFIX"
cmake -S "$SRC" -B "$WORK/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_INSTALL_PREFIX="$PREFIX" -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_BENCH=OFF \
  >"$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log"; fail "configure"; }
cmake --build "$WORK/build" -j"$JOBS" >"$WORK/build.log" 2>&1 \
  || { tail -50 "$WORK/build.log"; fail "build"; }
cmake --install "$WORK/build" >"$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; fail "install"; }
rm -rf "$WORK/build"   # from here on, only the prefix exists
ok "built and installed"

PC="$(find "$PREFIX" -name warta.pc -path '*/pkgconfig/*' | head -n1)"
[ -n "$PC" ] || fail "warta.pc not installed"
PCDIR="$(dirname "$PC")"
LIBDIR="$(dirname "$PCDIR")"   # <prefix>/lib or <prefix>/lib/<multiarch>
case "$LIBDIR" in "$PREFIX"/lib*) ;; *) fail "unexpected libdir $LIBDIR";; esac
for f in include/warta.h include/warta/common.h include/warta/version.h \
         include/warta/context.h include/warta/article.h include/warta/json.h \
         bin/warta share/man/man1/warta.1; do
  [ -e "$PREFIX/$f" ] || fail "not installed: $f"
done
for f in libwarta.so libwarta.so.0 libwarta.a cmake/warta/wartaConfig.cmake \
         cmake/warta/wartaConfigVersion.cmake cmake/warta/wartaTargets.cmake; do
  [ -e "$LIBDIR/$f" ] || fail "not installed: ${LIBDIR#"$PREFIX"/}/$f"
done
ok "installed files (libdir ${LIBDIR#"$PREFIX"/})"

echo "== pkg-config"
export PKG_CONFIG_PATH="$PCDIR"
flags="$(pkg-config --cflags --libs warta)" || fail "pkg-config --cflags --libs warta"
echo "pkg-config --cflags --libs warta: $flags"
want_version="$(sed -n 's/^#define WARTA_VERSION_STRING "\([^"]*\)".*/\1/p' "$SRC/include/warta/version.h")"
[ "$(pkg-config --modversion warta)" = "$want_version" ] || fail "pkg-config version != $want_version"
case " $flags " in *" -lwarta "*) ;; *) fail "no -lwarta in pkg-config flags";; esac
# "$SRC/" with its slash: a source tree at /tmp/w is a prefix of /tmp/warta-install.*
case "$flags" in *"$SRC/"*) fail "pkg-config flags point into the source tree";; esac
inc="$(pkg-config --variable=includedir warta)"
[ "$(cd "$inc" && pwd -P)" = "$(cd "$PREFIX/include" && pwd -P)" ] || fail "includedir $inc"
pkg-config --print-requires-private warta | grep -q libcjson || fail "Requires.private"
ok "pkg-config flags and version $want_version"

echo "== the shared library"
so="$(readlink -f "$LIBDIR/libwarta.so")"
readelf -d "$so" | grep -q 'SONAME.*\[libwarta\.so\.0\]' || fail "SONAME is not libwarta.so.0"
bad="$(nm -D --defined-only "$so" | awk '$2 != "A" && $3 !~ /^warta_/ {print $3}')"
[ -z "$bad" ] || fail "symbols exported besides warta_*: $(echo "$bad" | tr "\n" " " | head -c 400)"
n_sym="$(nm -D --defined-only "$so" | awk '$2 != "A"' | wc -l)"
[ "$n_sym" -gt 50 ] || fail "only $n_sym symbols exported"
ok "SONAME libwarta.so.0, $n_sym symbols, all warta_*"

echo "== examples (make + pkg-config only, outputs out of tree)"
make -s -C "$SRC/examples" O="$WORK/examples" >"$WORK/examples.log" 2>&1 \
  || { cat "$WORK/examples.log"; fail "examples build"; }
export LD_LIBRARY_PATH="$LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
DATELINE='Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia dan India mengenai hubungan bilateral yang semakin erat.'
out="$(printf '%s\n' "$DATELINE" | "$WORK/examples/to_json")" || fail "to_json"
echo "to_json: ${out:0:200}..."
case "$out" in *'"warta_version":"'"$want_version"'"'*) ;; *) fail "to_json: no warta_version";; esac
case "$out" in *'"place":"Beijing"'*) ;; *) fail "to_json: dateline place Beijing not found";; esac
if [ -x /usr/bin/python3 ]; then
  printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; json.load(sys.stdin)' || fail "to_json: not JSON"
fi
printf '%s\n' "$DATELINE" > "$WORK/dateline.txt"
"$WORK/examples/parse_file" "$WORK/dateline.txt" | tee "$WORK/parse_file.out"
grep -q '^dateline .*place=Beijing' "$WORK/parse_file.out" || fail "parse_file: no Beijing dateline"
printf 'Jakarta (ANTARA) - Rapat digelar pada 1 Desember 2023.\n' > "$WORK/second.txt"
"$WORK/examples/many_files" -j 2 "$WORK/dateline.txt" "$WORK/second.txt" "$WORK/dateline.txt" \
  > "$WORK/many.out" || fail "many_files"
[ "$(wc -l < "$WORK/many.out")" = 3 ] || fail "many_files: not one line per file"
sed -n 2p "$WORK/many.out" | grep -q '"value":"2023-12-01"' || fail "many_files: order"
sed -n 3p "$WORK/many.out" | grep -q '"place":"Beijing"' || fail "many_files: order"
if [ -f "$SEED" ]; then
  "$WORK/examples/parse_file" "$SEED" 2023-05-05T12:00:00+08:00 > "$WORK/seed.out" || fail "parse_file on the seed"
  head -n 12 "$WORK/seed.out"
  grep -q 'Qin Gang' "$WORK/seed.out" || fail "parse_file: Qin Gang not found in the seed"
  "$WORK/examples/related" "$SEED" > "$WORK/related.out" || fail "related on the seed"
  head -n 6 "$WORK/related.out"
  grep -q '^read_also' "$WORK/related.out" || fail "related: no read_also headline in the seed"
  grep -q '^source  *Reuters' "$WORK/related.out" || fail "related: source Reuters not found"
  ok "examples built and run (inline dateline and the seed article)"
else
  "$WORK/examples/related" "$WORK/dateline.txt" >/dev/null || fail "related"
  echo "SKIPPED: seed article not found at $SEED (inline text only)"
  ok "examples built and run (inline dateline only)"
fi

echo "== CMake consumer (find_package(warta CONFIG) only)"
if ! { cmake -S "$SRC/examples/cmake-consumer" -B "$WORK/consumer" -DCMAKE_PREFIX_PATH="$PREFIX" \
          -DCMAKE_BUILD_TYPE=Release && cmake --build "$WORK/consumer"; } >"$WORK/consumer.log" 2>&1; then
  cat "$WORK/consumer.log"; fail "CMake consumer"
fi
env -u LD_LIBRARY_PATH "$WORK/consumer/consumer" | tee "$WORK/consumer.out"
grep -q 'dateline place Beijing' "$WORK/consumer.out" || fail "consumer output"
[ -x "$WORK/consumer/consumer_static" ] || fail "warta::warta_static not available"
"$WORK/consumer/consumer_static" | grep -q 'dateline place Beijing' || fail "consumer_static output"
ok "CMake consumer: warta::warta and warta::warta_static"

echo "== the installed CLI, then the prefix moved elsewhere"
env -u LD_LIBRARY_PATH "$PREFIX/bin/warta" --version | grep -qx "warta $want_version" || fail "warta --version"
mv "$PREFIX" "$WORK/moved"
env -u LD_LIBRARY_PATH "$WORK/moved/bin/warta" --version >/dev/null || fail "moved CLI does not run"
printf '%s\n' "$DATELINE" | env -u LD_LIBRARY_PATH "$WORK/moved/bin/warta" | grep -q '"file":"-"' \
  || fail "moved CLI on stdin"
moved_flags="$(PKG_CONFIG_PATH="${PCDIR/#$PREFIX/$WORK/moved}" pkg-config --libs warta)"
case "$moved_flags" in *"$WORK/moved/"*) ;; *) fail "warta.pc is not relocatable: $moved_flags";; esac
ok "installed CLI runs; prefix relocatable"

[ -z "$(tree_state)" ] || fail "files written into the source tree: $(tree_state | head -5)"
ok "source tree untouched"
echo "install_test: all $checks checks passed"
