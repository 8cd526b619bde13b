#!/usr/bin/env bash
# The warta CLI's contract: JSON Lines, error objects, exit codes 0/1/2.
# usage: cli_test.sh PATH/TO/warta
set -u
warta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
expect_rc() { # want_rc description cmd...
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ "$rc" = "$want" ]; then ok; else bad "$what: exit $rc, wanted $want"; fi
}

expect_rc 0 "--help" "$warta" --help
grep -q '^usage: warta' "$tmp/out" && ok || bad "--help prints usage"
expect_rc 0 "--version" "$warta" --version
grep -Eq '^warta [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" && ok || bad "--version format"
expect_rc 2 "unknown option" "$warta" --frobnicate
expect_rc 2 "--reference without value" "$warta" --reference
expect_rc 2 "bad reference" "$warta" --reference "kemarin sore" /dev/null

# a quoted dateline sentence, through stdin and as a file
printf 'Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia dan India.\n' >"$tmp/a.txt"
expect_rc 0 "stdin" sh -c "'$warta' < '$tmp/a.txt'"
[ "$(wc -l <"$tmp/out")" = 1 ] && ok || bad "stdin: one line"
grep -q '^{"file":"-",' "$tmp/out" && ok || bad "stdin is named -"

printf 'ok\n' >"$tmp/b.txt"
printf 'x\xffy' >"$tmp/bad.txt"
expect_rc 1 "one bad input among good ones" "$warta" "$tmp/a.txt" "$tmp/bad.txt" "$tmp/b.txt" "$tmp/missing.txt"
[ "$(wc -l <"$tmp/out")" = 4 ] && ok || bad "one line per input"
sed -n 2p "$tmp/out" | grep -q '"error":{"code":-3,"name":"invalid UTF-8",.*"offset":1}' && ok || bad "error object with offset: $(sed -n 2p "$tmp/out")"
sed -n 3p "$tmp/out" | grep -q '"file":".*b.txt","warta_version"' && ok || bad "goes on after a bad input"
sed -n 4p "$tmp/out" | grep -q '"error":{"code":-7' && ok || bad "missing file is an I/O error"

expect_rc 1 "--max-input" "$warta" --max-input 10 "$tmp/a.txt"
grep -q '"code":-5' "$tmp/out" && ok || bad "too big gives ETOOBIG"
expect_rc 0 "--lenient" "$warta" --lenient "$tmp/bad.txt"
grep -q '"warnings":\[{"message":"replaced 1 invalid byte' "$tmp/out" && ok || bad "lenient warns"
expect_rc 0 "--pretty" "$warta" --pretty "$tmp/a.txt"
[ "$(wc -l <"$tmp/out")" -gt 5 ] && ok || bad "--pretty indents"
grep -q '^$' "$tmp/out" && bad "--pretty prints an empty line" || ok

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
