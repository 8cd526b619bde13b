#!/usr/bin/python3
"""Validate the warta CLI's output against docs/warta.schema.json.

usage: validate_schema.py WARTA_CLI SCHEMA [SHARED_DIR]

Runs the CLI over the seed article (with a fixed --reference), over corpus
articles spread over the outlets (WARTA_SCHEMA_CORPUS_N, default 50, 0 = all)
when SHARED_DIR/corpus/articles exists, over an inline dateline sentence on
standard input, and over bad inputs (invalid UTF-8, a NUL byte, a missing
file, a usage error). Every output object must validate (Draft 2020-12,
Debian's python3-jsonschema) and every start/end pair must satisfy
0 <= start <= end <= input length. Exit 0 when all is well, 1 on any error,
77 (skipped) when python3-jsonschema is missing.
"""
import json
import os
import subprocess
import sys
import tempfile

REFERENCE = "2023-05-05T12:00:00+08:00"
DATELINE = ("Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang meyakinkan Rusia "
            "dan India mengenai hubungan bilateral yang semakin erat.\n")

try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)

errors = []
notes = {}


def fail(msg):
    errors.append(msg)
    if len(errors) <= 30:
        print("FAIL: " + msg)


def note(kind):
    notes[kind] = notes.get(kind, 0) + 1


def run(cli, args, stdin=None):
    p = subprocess.run([cli] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=600)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def objects(text):
    """All JSON values of a JSON Lines (or --pretty) stream."""
    dec, out, i = json.JSONDecoder(), [], 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def check_spans(obj, data, where):
    """0 <= start <= end <= len(data) for every object with start and end;
    note (not fail) when a mention's or time's text is not the input slice."""
    stack = [(obj, where)]
    while stack:
        o, path = stack.pop()
        if isinstance(o, list):
            stack.extend((v, "%s[%d]" % (path, k)) for k, v in enumerate(o))
            continue
        if not isinstance(o, dict):
            continue
        s, e = o.get("start"), o.get("end")
        if isinstance(s, int) and isinstance(e, int):
            if not 0 <= s <= e <= len(data):
                fail("%s: span [%d,%d) outside the input (%d bytes)" % (path, s, e, len(data)))
            elif isinstance(o.get("text"), str) and o["text"].encode("utf-8") != data[s:e]:
                note("text differs from the input slice")
        stack.extend((v, "%s.%s" % (path, k)) for k, v in o.items())


def validate(validator, obj, where):
    for err in sorted(validator.iter_errors(obj), key=lambda x: list(x.absolute_path)):
        path = "/".join(str(p) for p in err.absolute_path)
        fail("%s: /%s: %s" % (where, path, err.message[:300]))


def check_articles(validator, cli, files, extra):
    rc, out, err = run(cli, extra + files)
    objs = objects(out)
    if len(objs) != len(files):
        fail("%d inputs gave %d objects (exit %d, stderr %r)" % (len(files), len(objs), rc, err[:200]))
        return objs
    n_err = 0
    for path, obj in zip(files, objs):
        where = os.path.basename(path)
        if obj.get("file") != path:
            fail("%s: \"file\" is %r" % (where, obj.get("file")))
        validate(validator, obj, where)
        if "error" in obj:
            n_err += 1
            print("note: %s: error object %s" % (where, json.dumps(obj["error"])))
        else:
            with open(path, "rb") as f:
                check_spans(obj, f.read(), where)
    if rc != (1 if n_err else 0):
        fail("exit status %d with %d error objects" % (rc, n_err))
    return objs


def spread(folder, n):
    names = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    outlets = {}
    for name in names:
        outlets.setdefault(name.rsplit("-", 1)[0], []).append(name)
    if n <= 0 or n >= len(names):
        return [os.path.join(folder, f) for f in names]
    keys = sorted(outlets)
    picked = []
    for k, outlet in enumerate(keys):
        files = outlets[outlet]
        want = min(len(files), n // len(keys) + (1 if k < n % len(keys) else 0))
        picked += [files[int((i + 0.5) * len(files) / want)] for i in range(want)]
    return [os.path.join(folder, f) for f in picked]


def check_error(validator, cli, tmp, name, data, code, offset):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    rc, out, _ = run(cli, [path])
    objs = objects(out)
    if rc != 1 or len(objs) != 1:
        fail("%s: exit %d, %d objects (want 1 and 1)" % (name, rc, len(objs)))
        return
    validate(validator, objs[0], name)
    e = objs[0].get("error") or {}
    if objs[0].get("file") != path:
        fail("%s: \"file\" is %r" % (name, objs[0].get("file")))
    if e.get("code") != code or e.get("offset") != offset or not e.get("message"):
        fail("%s: error %r, want code %d offset %d" % (name, e, code, offset))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cli, schema_path = argv[1], argv[2]
    shared = argv[3] if len(argv) > 3 else ""
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = getattr(jsonschema, "Draft202012Validator", None) or jsonschema.Draft7Validator
    cls.check_schema(schema)
    validator = cls(schema)
    counts = {}

    # the seed article, resolved against a fixed reference; --pretty gives the same object
    seed = os.path.join(shared, "seed", "antara-sco-2023.txt")
    if shared and os.path.isfile(seed):
        objs = check_articles(validator, cli, [seed], ["--reference", REFERENCE])
        pretty = objects(run(cli, ["--pretty", "--reference", REFERENCE, seed])[1])
        if objs != pretty:
            fail("seed: --pretty output differs from the compact output")
        if objs and objs[0].get("reference") is None:
            fail("seed: reference is null although --reference was given")
        counts["seed"] = len(objs)
    else:
        print("SKIPPED: seed article not found under %r" % shared)

    # corpus articles spread over the outlets
    corpus = os.path.join(shared, "corpus", "articles")
    if shared and os.path.isdir(corpus):
        files = spread(corpus, int(os.environ.get("WARTA_SCHEMA_CORPUS_N", "50")))
        counts["corpus"] = len(check_articles(validator, cli, files, []))
    else:
        print("SKIPPED: corpus not found under %r" % corpus)

    # standard input
    rc, out, _ = run(cli, ["--reference", REFERENCE], DATELINE.encode("utf-8"))
    objs = objects(out)
    if rc != 0 or len(objs) != 1 or objs[0].get("file") != "-":
        fail("stdin: exit %d, %d objects" % (rc, len(objs)))
    else:
        validate(validator, objs[0], "stdin")
        check_spans(objs[0], DATELINE.encode("utf-8"), "stdin")
        counts["stdin"] = 1
    # a page with its own stamp line: a `stamp` block and `published`
    page = ("Terminal Pulogebang Dibuka\nSenin 11 Mei 2020 11:44 WIB\n\n" + DATELINE)
    rc, out, _ = run(cli, [], page.encode("utf-8"))
    objs = objects(out)
    if rc != 0 or len(objs) != 1:
        fail("stamped page: exit %d, %d objects" % (rc, len(objs)))
    else:
        validate(validator, objs[0], "stamped page")
        check_spans(objs[0], page.encode("utf-8"), "stamped page")
        if objs[0].get("published") != "2020-05-11T11:44:00+07:00" or \
                "stamp" not in [b["kind"] for b in objs[0]["blocks"]]:
            fail("stamped page: published %r" % objs[0].get("published"))
        counts["stamped page"] = 1

    # error objects: offset = first bad byte
    with tempfile.TemporaryDirectory(prefix="warta-schema.") as tmp:
        bad = "Jakarta (ANTARA) - Presiden ".encode("utf-8")
        check_error(validator, cli, tmp, "bad-utf8.txt", bad + b"\xff\xfe Joko Widodo", -3, len(bad))
        check_error(validator, cli, tmp, "truncated.txt", bad + b"caf\xc3", -3, len(bad) + 3)
        check_error(validator, cli, tmp, "nul.txt", bad + b"\x00x", -4, len(bad))
        path = os.path.join(tmp, "missing.txt")
        rc, out, _ = run(cli, [path])
        objs = objects(out)
        if rc != 1 or len(objs) != 1 or "error" not in objs[0]:
            fail("missing file: exit %d, %r" % (rc, out[:200]))
        else:
            validate(validator, objs[0], "missing.txt")
        counts["errors"] = 4
    rc, out, _ = run(cli, ["--no-such-option"])
    if rc != 2 or out:
        fail("usage error: exit %d (want 2), stdout %r" % (rc, out[:100]))

    for kind, n in sorted(notes.items()):
        print("note: %d x %s" % (n, kind))
    total = sum(counts.values())
    print("validate_schema: %d objects checked (%s), %d errors"
          % (total, ", ".join("%s %d" % kv for kv in counts.items()), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
