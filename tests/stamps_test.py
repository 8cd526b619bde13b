#!/usr/bin/env python3
"""ctest `stamps`: the page stamps of every outlet in the shared corpus.

    stamps_test.py WARTA_CLI SHARED_DIR

SHARED_DIR/corpus/SOURCES.tsv quotes each article's date field as its
outlet printed it (`source_date_field=Senin 11 Mei 2020 22:22 WIB`,
`02-4-2022`, `Selasa, 22 Januari 2019 / 10:49 WIB`, `2023-12-29 18:53:51`,
...). Each field is put on the line under a headline, as a page copied
whole has it, and the CLI must give it as the article's `published`
instant. The expected value is worked out here, apart from the library, by
a few regular expressions over the shapes the outlets use (day first; no
zone or WIB is +07:00). Fields that are no page text (`excel-serial
43720`, the URL form `21+January+2019`, empty) are counted and skipped.
Without SHARED_DIR/corpus the test says SKIPPED and passes.
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "pebruari": 2, "mar": 3, "maret": 3,
    "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8,
    "agt": 8, "ags": 8, "agustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10,
    "oktober": 10, "nov": 11, "nop": 11, "november": 11, "nopember": 11, "des": 12,
    "desember": 12,
}
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
DAY = r"(?:[A-Z][a-z']+,?\s+)?"
TIME = r"(?:\s*[-,/|]?\s*(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s+(WIB|WITA|WIT))?)?"
SHAPES = [
    re.compile(r"^" + DAY + r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})" + TIME + r"$"),
    re.compile(r"^" + DAY + r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})" + TIME + r"$"),
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$"),
]


def expected(field):
    """The ISO value of a date field, or None when it is no page text."""
    m = SHAPES[0].match(field)
    if m:
        d, mon, y, hh, mi, ss, zone = m.groups()
        mo = MONTHS.get(mon.lower())
        if mo is None:
            return None
        return iso(int(y), mo, int(d), hh, mi, ss, zone)
    m = SHAPES[1].match(field)
    if m:
        d, _, mo, y, hh, mi, ss, zone = m.groups()
        return iso(int(y), int(mo), int(d), hh, mi, ss, zone)
    m = SHAPES[2].match(field)
    if m:
        y, mo, d, hh, mi, ss = m.groups()
        return iso(int(y), int(mo), int(d), hh, mi, ss, None)
    return None


def iso(y, mo, d, hh, mi, ss, zone):
    if hh is None:
        return "%04d-%02d-%02d" % (y, mo, d)
    return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, mo, d, int(hh), int(mi), int(ss or 0),
                                                ZONES.get(zone or "WIB"))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    cli, shared = sys.argv[1], sys.argv[2]
    sources = os.path.join(shared, "corpus", "SOURCES.tsv")
    if not shared or not os.path.exists(sources):
        print("SKIPPED: no shared corpus (%s)" % sources)
        return 0
    fields = []
    with open(sources, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            m = re.search(r"source_date_field=([^;]*)", row["note"])
            fields.append((row["file"], m.group(1).strip() if m else ""))
    cases = [(name, fld, expected(fld)) for name, fld in fields]
    todo = [c for c in cases if c[2] is not None]
    skipped = len(cases) - len(todo)
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, (_, fld, _) in enumerate(todo):
            p = os.path.join(d, "%05d.txt" % i)
            with open(p, "w", encoding="utf-8") as f:
                f.write("Judul berita hari ini\n%s\n\nJAKARTA - Isi berita kemarin.\n" % fld)
            paths.append(p)
        out = subprocess.run([cli] + paths, capture_output=True, text=True, check=False)
    lines = out.stdout.splitlines()
    if out.returncode != 0 or len(lines) != len(todo):
        print("FAIL: the CLI exited %d with %d lines for %d pages\n%s" %
              (out.returncode, len(lines), len(todo), out.stderr))
        return 1
    bad = []
    for (name, fld, want), line in zip(todo, lines):
        got = json.loads(line).get("published")
        if got != want:
            bad.append("%s: %r -> %s, want %s" % (name, fld, got, want))
    print("%d date fields: %d read as the published instant, %d wrong or missed, "
          "%d skipped (no page text)" % (len(cases), len(todo) - len(bad), len(bad), skipped))
    for b in bad[:30]:
        print("  " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
