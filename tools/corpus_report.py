#!/usr/bin/env python3
"""Whole-corpus structure report for warta (project issue 4).

usage: corpus_report.py [--examples N] [--batch N] WARTA_CLI [CORPUS_DIR]

Runs the warta CLI over every article of the corpus (CORPUS_DIR/articles/*.txt,
default CORPUS_DIR: <repo>/../shared/corpus), reads its JSON Lines output and
prints, per outlet and in total: articles, datelines found, datelines whose
place resolved (dateline.country not null), read-also items and articles with
at least one, articles with a reporter, with an editor, body paragraphs that
still contain boilerplate markers, and datelines a reader can see (an
independent heuristic on the first 300 bytes, which never looks at
warta's output) against warta's datelines.

It reports; it does not judge: exit status 0 whenever it ran (also when the
corpus is absent: it prints SKIPPED), 2 on usage errors. Standard library
only, Python >= 3.8. See docs/CORPUS.md.
"""

import json
import os
import re
import subprocess
import sys

OUTLETS = ("antara", "cnn", "detik", "kompas", "liputan6", "okezone",
           "tempo", "tribun", "other")

# (label, compiled pattern) -- a body paragraph containing any of these is
# counted as boilerplate left in the body.  The related-content labels are
# matched case-insensitively at a word start (`dibaca juga` is running
# text); footer labels need their colon; `initials` is a bracketed credit
# such as `(ant/mii)` or `(alf)` closing the paragraph.
_SP = rb"(?:[ \t]|\xc2\xa0)+"
MARKERS = (
    ("ADVERTISEMENT", re.compile(rb"ADVERTISEMENT")),
    ("SCROLL TO CONTINUE", re.compile(rb"SCROLL TO CONTINUE")),
    ("[Gambas:", re.compile(rb"\[Gambas:")),
    ("Artikel ini telah tayang", re.compile(rb"(?:Artikel|Berita) ini (?:telah|sudah) (?:tayang|terbit)")),
    ("COPYRIGHT/Copyright/\u00a9",
     re.compile(rb"COPYRIGHT|Copyright|\xc2\xa9")),
    ("Baca juga", re.compile(rb"(?i)\bbaca" + _SP + rb"juga")),
    ("Simak/Lihat/Tonton juga", re.compile(rb"(?i)\b(?:simak|lihat|tonton)" + _SP + rb"juga")),
    ("Simak/Tonton Video", re.compile(rb"\b(?:Simak|Tonton|Saksikan)" + _SP + rb"[Vv]ideo")),
    ("Berita/Artikel Terkait", re.compile(rb"(?i)\b(?:berita|artikel)" + _SP + rb"(?:terkait|lainnya)")),
    ("Pewarta/Reporter/Penulis:", re.compile(rb"(?i)\b(?:pewarta(?: foto)?|reporter|penulis)" + rb"(?:[ \t]|\xc2\xa0)*:")),
    ("Editor/Penerjemah:", re.compile(rb"(?i)\b(?:editor|penerjemah)(?:[ \t]|\xc2\xa0)*:")),
    ("Sumber:", re.compile(rb"\bSumber(?:[ \t]|\xc2\xa0)*:")),
    ("initials", re.compile(rb"\((?:[a-z]{2,5}|[A-Za-z]{1,5}/[A-Za-z0-9-]{1,8})\)\s*\Z")),
    ("(Code) alone", re.compile(rb"\A\([A-Za-z]{2,5}\)\Z")),
)

HEAD = 300  # bytes of each file the visible-dateline heuristic looks at

# Dash after a dateline: hyphen, en dash or em dash.
_D = rb"(?:-|\xe2\x80\x93|\xe2\x80\x94)"
# Spaces inside a dateline: blank, tab or NBSP.
_S = rb"(?:[ \t]|\xc2\xa0)"
# Visible dateline, anywhere in the first HEAD bytes: an agency or outlet
# credit as printed in datelines.
_VIS_ANY = re.compile(
    rb"\(ANTARA(?:/[A-Za-z]+)?\)" + _S + b"*" + _D          # Jakarta (ANTARA) -
    + rb"|\bANTARA" + _S + b"*" + _D                        # ANTARA -
    + rb"|KOMPAS\.com" + _S + b"*(?:,|" + _D + b")"          # JAKARTA, KOMPAS.com -
    + rb"|TEMPO\.CO" + _S + rb"*,|TEMPO" + _S + rb"*," + _S + rb"*CO" + _S + b"*,"
    + rb"|(?:Liputan6|Bisnis)\.com" + _S + b"*,"              # Liputan6.com, Jakarta -
    + rb"|[A-Z0-9]\.COM" + _S + b"*(?:,|" + _D + b")"       # TRIBUNNEWS.COM -
    + rb"|[A-Z0-9]\.CO\.ID" + _S + b"*(?:,|" + _D + b")"    # KONTAN.CO.ID - JAKARTA.
    + rb"|REPUBLIKA\.CO\.ID"
)
# An all-caps place (1-4 words) followed by a dash, at the start of the file
# or of a line: "MEDAN - ", "BANDA ACEH – ", "KLATEN\u00a0– ", "JAKARTA- ".
_VIS_CAPS = re.compile(
    rb"(?:^|\n)" + _S + rb"*[A-Z][A-Z.'()]+(?: [A-Z][A-Z.'()]*){0,3},?"
    + _S + b"*" + _D + _S)
# A title-case place (1-3 words) followed by a dash at the very start of the
# file: detik's "Jakarta - ".
_VIS_TITLE = re.compile(rb"\A\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
                        + _S + b"+" + _D + _S)


def visible_dateline(head):
    """True when a reader sees a dateline in these first bytes."""
    return bool(_VIS_ANY.search(head) or _VIS_CAPS.search(head)
                or _VIS_TITLE.search(head))


def usage(msg=None):
    if msg:
        sys.stderr.write("corpus_report.py: %s\n" % msg)
    sys.stderr.write("usage: corpus_report.py [--examples N] [--batch N] "
                     "WARTA_CLI [CORPUS_DIR]\n")
    sys.exit(2)


def parse_args(argv):
    examples, batch, pos = 0, 100, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            sys.stdout.write(__doc__)
            sys.exit(0)
        if a in ("--examples", "--batch"):
            if i + 1 >= len(argv):
                usage("%s needs a number" % a)
            val = argv[i + 1]
            i += 2
        elif a.startswith("--examples=") or a.startswith("--batch="):
            a, val = a.split("=", 1)
            i += 1
        elif a.startswith("-") and a != "-":
            usage("unknown option %s" % a)
        else:
            pos.append(a)
            i += 1
            continue
        try:
            n = int(val)
        except ValueError:
            usage("%s needs a number, not %r" % (a, val))
        if n < 0 or (a == "--batch" and n < 1):
            usage("%s out of range: %d" % (a, n))
        if a == "--examples":
            examples = n
        else:
            batch = n
    if not 1 <= len(pos) <= 2:
        usage()
    if len(pos) == 2:
        corpus = pos[1]
    else:
        repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        corpus = os.path.join(repo, os.pardir, "shared", "corpus")
    return pos[0], os.path.normpath(corpus), examples, batch


def read_outlets(corpus):
    """file name -> outlet, from SOURCES.tsv when present."""
    out = {}
    path = os.path.join(corpus, "SOURCES.tsv")
    try:
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            fi, oi = header.index("file"), header.index("outlet")
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > max(fi, oi):
                    out[cols[fi]] = cols[oi]
    except (OSError, ValueError):
        pass
    return out


def outlet_of(name, table):
    o = table.get(name) or name.split("-", 1)[0]
    return o if o in OUTLETS else "other"


def run_cli(cli, articles_dir, names, batch):
    """Yield (name, object or None, error) for every file."""
    for k in range(0, len(names), batch):
        chunk = names[k:k + batch]
        try:
            proc = subprocess.run([cli] + chunk, cwd=articles_dir,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        except OSError as e:
            sys.stderr.write("corpus_report.py: cannot run %s: %s\n" % (cli, e))
            sys.exit(2)
        got = {}
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                sys.stderr.write("corpus_report.py: bad JSON line: %s\n" % e)
                continue
            got[obj.get("file")] = obj
        err = proc.stderr.decode("utf-8", "replace").strip()
        for n in chunk:
            yield n, got.get(n), (None if n in got else
                                  (err or "no output (exit %d)" % proc.returncode))


FIELDS = ("articles", "dateline", "resolved", "ra_items", "ra_articles",
          "reporter", "editor", "bp_paras", "visible", "vis_found",
          "found_unseen", "failed")


def new_row():
    row = dict.fromkeys(FIELDS, 0)
    row["markers"] = dict.fromkeys([m for m, _ in MARKERS], 0)
    return row


def pct(a, b):
    return "-" if b == 0 else "%.1f%%" % (100.0 * a / b)


def main(argv):
    cli, corpus, examples, batch = parse_args(argv)
    articles_dir = os.path.join(corpus, "articles")
    if not os.path.isdir(articles_dir):
        print("SKIPPED: no corpus at %s" % corpus)
        return 0
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        usage("not an executable: %s" % cli)
    cli = os.path.abspath(cli)
    names = sorted(n for n in os.listdir(articles_dir) if n.endswith(".txt"))
    table = read_outlets(corpus)
    rows = {o: new_row() for o in OUTLETS}
    total = new_row()
    bp_examples = {o: [] for o in OUTLETS}
    missed = {o: [] for o in OUTLETS}
    failures = []

    for name, obj, err in run_cli(cli, articles_dir, names, batch):
        o = outlet_of(name, table)
        with open(os.path.join(articles_dir, name), "rb") as f:
            data = f.read()
        vis = visible_dateline(data[:HEAD])
        for r in (rows[o], total):
            r["articles"] += 1
            r["visible"] += vis
        if obj is None:
            failures.append((name, err))
            for r in (rows[o], total):
                r["failed"] += 1
            continue
        dl = obj.get("dateline")
        related = [x for x in obj.get("related") or []
                   if x.get("kind") == "read_also"]
        att = obj.get("attribution") or {}
        bp = 0
        hits = {}
        for p in obj.get("paragraphs") or []:
            text = data[p["start"]:p["end"]]
            found = [m for m, rx in MARKERS if rx.search(text)]
            if found:
                bp += 1
                for m in found:
                    hits[m] = hits.get(m, 0) + 1
                if len(bp_examples[o]) < examples:
                    rx = dict(MARKERS)[found[0]]
                    at = rx.search(text).start()
                    snip = text[max(0, at - 40):at + 60].decode("utf-8", "replace")
                    bp_examples[o].append("%s [%d,%d) %s: ...%s..." % (
                        name, p["start"], p["end"], "/".join(found),
                        " ".join(snip.split())))
        if vis and dl is None:
            missed[o].append((name, " ".join(
                data[:100].decode("utf-8", "replace").split())))
        for r in (rows[o], total):
            r["dateline"] += dl is not None
            r["resolved"] += dl is not None and dl.get("country") is not None
            r["ra_items"] += len(related)
            r["ra_articles"] += bool(related)
            r["reporter"] += att.get("reporter") is not None
            r["editor"] += att.get("editor") is not None
            r["bp_paras"] += bp
            r["vis_found"] += vis and dl is not None
            r["found_unseen"] += (not vis) and dl is not None
            for m, c in hits.items():
                r["markers"][m] += c

    print("warta corpus report: %d articles in %s" % (total["articles"], corpus))
    print()
    hdr = ("outlet", "articles", "dateline", "resolved", "readalso",
           "art_ra", "reporter", "editor", "bp_para", "visible", "vis%",
           "found/vis")
    fmt = "%-9s %8s %8s %8s %8s %6s %8s %6s %7s %7s %6s %9s"
    print(fmt % hdr)
    for o in OUTLETS + ("total",):
        r = total if o == "total" else rows[o]
        if o == "total":
            print("-" * 98)
        print(fmt % (o, r["articles"], r["dateline"], r["resolved"],
                     r["ra_items"], r["ra_articles"], r["reporter"],
                     r["editor"], r["bp_paras"], r["visible"],
                     pct(r["visible"], r["articles"]),
                     pct(r["vis_found"], r["visible"])))
    print()
    print("columns: dateline = articles with a dateline found; resolved = "
          "dateline.country not null;")
    print("readalso = read_also items; art_ra = articles with >= 1; bp_para = "
          "body paragraphs with a boilerplate marker;")
    print("visible = articles whose first %d bytes show a dateline "
          "(a fixed pattern check, independent of warta); vis%% = visible/articles;" % HEAD)
    print("found/vis = visible datelines warta found. Datelines warta found "
          "where none was seen: %d." % total["found_unseen"])

    print()
    print("boilerplate paragraphs by marker (a paragraph may count under "
          "several):")
    mfmt = "%-26s" + " %8s" * (len(OUTLETS) + 1)
    print(mfmt % (("marker",) + OUTLETS + ("total",)))
    for m, _ in MARKERS:
        print(mfmt % ((m,) + tuple(rows[o]["markers"][m] for o in OUTLETS)
                      + (total["markers"][m],)))

    if failures:
        print()
        print("failed: %d" % len(failures))
        for name, err in failures[:max(examples, 10)]:
            print("  %s: %s" % (name, err.splitlines()[0] if err else "?"))

    if examples:
        print()
        print("boilerplate examples (up to %d per outlet):" % examples)
        for o in OUTLETS:
            for e in bp_examples[o]:
                print("  %-8s %s" % (o, e))
        print()
        print("visible datelines warta missed (up to %d per outlet):" % examples)
        for o in OUTLETS:
            if missed[o]:
                print("  %s: %d missed" % (o, len(missed[o])))
            for name, head in missed[o][:examples]:
                print("    %s: %s" % (name, head))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
