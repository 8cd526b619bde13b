"""Time-expression dev set: warta vs chrono-node vs dateparser, value by value.

usage: /usr/bin/python3 bench/dates_devset.py BUILD_DIR [DEV_TSV] [--misses] [--json]

Every phrase of DEV_TSV (default tests/data/timex_dev.tsv: file, reference,
phrase, expected value; see tests/check_timex.c) goes through
  - warta: BUILD_DIR/tests/check_timex --dev-dump, the very code path of the
    Check suite (one paragraph, the phrase's reference);
  - chrono-node: chrono.id.parse(phrase, refDate = reference) (helper
    bench/peers/chrono_devset.js, chrono-node from BUILD_DIR/bench-node as
    bench/dates_bench.sh installs it; node runs with TZ=Asia/Jakarta so a
    reference is read in the zone the articles are written in);
  - dateparser: search_dates(phrase, languages=['id'],
    settings={'RELATIVE_BASE': reference as local wall time}).
A reference `-` means none: the peers then use the current time.

How a value counts as right (the rule is the same for both peers, and
generous to them):
  - warta: its first expression's value equals the expected string exactly
    (the Check suite's rule).
  - a peer: its FIRST result (the same rule as warta) is compared at the
    granularity of the expected value; a second figure also counts a phrase
    right when ANY of the peer's results matches.
      `-` (not a time)      the peer finds nothing
      `null` (no value)     the peer finds something (a peer cannot say
                            "a time, but unresolvable"; finding it is enough)
      YYYY                  the peer's year;  198 (decade) its year // 10
      YYYY-MM               year and month;   YYYY-MM-DD the date
      YYYY-Www              the ISO week of the peer's date
      YYYY-Qn, YYYY-Hn      a date of the peer's inside that quarter or half
      YYYY-Www-WE           that ISO week, and the date is a Saturday/Sunday
      YYYY-MM-DDTMO/AF/EV/NI  the date only (part of day not required)
      YYYY-MM-DDTHH:MM[:SS][+HH:MM]  date, hour and minute of the peer's
                            wall clock; when the expected value has an
                            offset the peer must give the same offset
                            (chrono: a certain timezoneOffset; dateparser:
                            an aware datetime), otherwise offsets are ignored.
Prints the counts (and with --misses every peer miss); --json prints one
JSON line instead, for bench/dates_bench.sh.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def read_dev(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit("bad dev line: %r" % line)
            rows.append({"file": parts[0], "ref": None if parts[1] == "-" else parts[1],
                         "phrase": parts[2], "expected": parts[3]})
    return rows


def warta_values(build, path):
    exe = os.path.join(build, "tests", "check_timex")
    out = subprocess.run([exe, "--dev-dump", path], check=True, capture_output=True,
                         text=True).stdout
    return [line.split("\t")[0] for line in out.splitlines()]


def ref_local(ref):
    """The reference as an aware datetime in its own offset (no offset = WIB)."""
    if ref is None:
        return None
    if len(ref) == 10:
        ref += "T00:00:00"
    dt = datetime.datetime.fromisoformat(ref)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    return dt


def chrono_results(build, rows):
    node_modules = os.path.join(build, "bench-node", "node_modules")
    if not os.path.isdir(os.path.join(node_modules, "chrono-node")):
        return None
    inp = "".join(json.dumps({"phrase": r["phrase"],
                              "ref": ref_local(r["ref"]).isoformat() if r["ref"] else None}) + "\n"
                  for r in rows)
    env = dict(os.environ, NODE_PATH=node_modules, TZ="Asia/Jakarta")
    out = subprocess.run(["node", os.path.join(HERE, "peers", "chrono_devset.js")], input=inp,
                         check=True, capture_output=True, text=True, env=env).stdout
    res = []
    for line in out.splitlines():
        peers = []
        for x in json.loads(line):
            s, cert = x["start"], x["certain"]
            off = s.get("timezoneOffset") if cert.get("timezoneOffset") else None
            peers.append({"text": x["text"], "y": s["year"], "m": s["month"], "d": s["day"],
                          "hh": s.get("hour", 0), "mi": s.get("minute", 0), "off": off})
        res.append(peers)
    return res


def dateparser_results(rows):
    warnings.filterwarnings("ignore")
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    res = []
    for r in rows:
        ref = ref_local(r["ref"])
        settings = {"RELATIVE_BASE": ref.replace(tzinfo=None)} if ref else {}
        try:
            found = search_dates(r["phrase"], languages=["id"], settings=settings) or []
        except Exception:  # a peer crash is a miss, not a benchmark failure
            found = []
        peers = []
        for text, dt in found:
            off = dt.utcoffset()
            peers.append({"text": text, "y": dt.year, "m": dt.month, "d": dt.day, "hh": dt.hour,
                          "mi": dt.minute,
                          "off": None if off is None else int(off.total_seconds() // 60)})
        res.append(peers)
    return res


CLOCK = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(?:([+-])(\d{2}):(\d{2})|Z)?$")


def matches(expected, p):
    """Does peer result p give the expected value at its granularity?"""
    e = expected
    try:
        date = datetime.date(p["y"], p["m"], p["d"])
    except (TypeError, ValueError):
        return False
    if re.fullmatch(r"\d{4}", e):
        return p["y"] == int(e)
    if re.fullmatch(r"\d{3}", e):
        return p["y"] // 10 == int(e)
    if re.fullmatch(r"\d{4}-\d{2}", e):
        return "%04d-%02d" % (p["y"], p["m"]) == e
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e):
        return date.isoformat() == e
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", e)
    if m:
        iy, iw, wd = date.isocalendar()
        return (iy, iw) == (int(m.group(1)), int(m.group(2))) and (not m.group(3) or wd >= 6)
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", e)
    if m:  # a quarter or half: any date inside it
        span = 3 if m.group(2) == "Q" else 6
        first = (int(m.group(3)) - 1) * span + 1
        return p["y"] == int(m.group(1)) and first <= p["m"] < first + span
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)", e)
    if m:
        return date.isoformat() == m.group(1)
    m = CLOCK.match(e)
    if m:
        if (date.isoformat(), p["hh"], p["mi"]) != (e[:10], int(m.group(4)), int(m.group(5))):
            return False
        if e.endswith("Z"):
            return p["off"] == 0
        if m.group(6):
            want = (int(m.group(7)) * 60 + int(m.group(8))) * (1 if m.group(6) == "+" else -1)
            return p["off"] == want
        return True
    return False  # a value form this rule does not know (season, ...)


def judge(expected, peers, any_result):
    if expected == "-":
        return not peers
    if not peers:
        return False
    if expected == "null":
        return True
    cands = peers if any_result else peers[:1]
    return any(matches(expected, p) for p in cands)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args:
        raise SystemExit(__doc__)
    build = args[0]
    path = args[1] if len(args) > 1 else os.path.join(HERE, "..", "tests", "data", "timex_dev.tsv")
    rows = read_dev(path)
    w = warta_values(build, path)
    if len(w) != len(rows):
        raise SystemExit("warta printed %d values for %d phrases" % (len(w), len(rows)))
    tools = {"chrono-node": chrono_results(build, rows), "dateparser": dateparser_results(rows)}
    n = len(rows)
    summary = {"phrases": n, "negatives": sum(r["expected"] == "-" for r in rows),
               "warta": sum(got == r["expected"] for got, r in zip(w, rows))}
    for name, res in tools.items():
        if res is None:
            summary[name] = None
            continue
        summary[name] = sum(judge(r["expected"], p, False) for r, p in zip(rows, res))
        summary[name + " (any result)"] = sum(judge(r["expected"], p, True)
                                              for r, p in zip(rows, res))
    if "--json" in argv:
        print(json.dumps(summary))
        return
    print("time-expression dev set %s: %d phrases (%d of them not times)"
          % (os.path.relpath(path), n, summary["negatives"]))
    print("  %-12s %4d/%d  (first expression, exact value)" % ("warta", summary["warta"], n))
    for name in tools:
        if summary[name] is None:
            print("  %-12s not available" % name)
        else:
            print("  %-12s %4d/%d  (first result; %d/%d counting any result)"
                  % (name, summary[name], n, summary[name + " (any result)"], n))
    if "--misses" in argv:
        for got, r in zip(w, rows):
            if got != r["expected"]:
                print("warta miss: %s %r: got %s, expected %s" % (r["file"], r["phrase"], got,
                                                                r["expected"]))
        for name, res in tools.items():
            for r, p in zip(rows, res or []):
                if not judge(r["expected"], p, False):
                    got = ["%s=%04d-%02d-%02dT%02d:%02d%s" % (
                        x["text"], x["y"], x["m"], x["d"], x["hh"], x["mi"],
                        "" if x["off"] is None else "%+d" % x["off"]) for x in p]
                    print("%s miss: %s %r: got %s, expected %s" % (
                        name, r["file"], r["phrase"], got or "-", r["expected"]))


if __name__ == "__main__":
    main(sys.argv)
