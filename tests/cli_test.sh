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

# --threads: the same lines in the same order, errors in place
for i in 1 2 3 4 5 6 7 8 9; do
  printf 'Jakarta (ANTARA) - Rapat digelar pada %d Maret 2024, kata Menteri Keuangan Sri Mulyani.\n' "$i" >"$tmp/m$i.txt"
done
set -- "$tmp/m1.txt" "$tmp/bad.txt" "$tmp/m2.txt" "$tmp/m3.txt" "$tmp/missing.txt" "$tmp/m4.txt" \
  "$tmp/m5.txt" "$tmp/m6.txt" "$tmp/m7.txt" "$tmp/m8.txt" "$tmp/m9.txt"
expect_rc 1 "--threads 1" "$warta" --threads 1 "$@"
cp "$tmp/out" "$tmp/t1"
[ "$(wc -l <"$tmp/t1")" = 11 ] && ok || bad "--threads 1: one line per input"
sed -n 11p "$tmp/t1" | grep -q '"file":".*m9.txt".*"value":"2024-03-09"' && ok || bad "--threads 1: last input last"
for n in 2 3 0; do
  expect_rc 1 "--threads $n" "$warta" --threads "$n" "$@"
  cmp -s "$tmp/out" "$tmp/t1" && ok || bad "--threads $n differs from --threads 1"
done
expect_rc 2 "--threads without a number" "$warta" --threads many "$tmp/a.txt"
expect_rc 2 "--threads too many" "$warta" --threads 257 "$tmp/a.txt"

expect_rc 1 "--max-input" "$warta" --max-input 10 "$tmp/a.txt"
grep -q '"code":-5' "$tmp/out" && ok || bad "too big gives ETOOBIG"
expect_rc 0 "--lenient" "$warta" --lenient "$tmp/bad.txt"
grep -q '"warnings":\[{"message":"replaced 1 invalid byte' "$tmp/out" && ok || bad "lenient warns"
expect_rc 0 "--pretty" "$warta" --pretty "$tmp/a.txt"
[ "$(wc -l <"$tmp/out")" -gt 5 ] && ok || bad "--pretty indents"
grep -q '^$' "$tmp/out" && bad "--pretty prints an empty line" || ok

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
