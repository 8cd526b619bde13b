"""examples/dask_parse.py on a 2-worker LocalCluster gives, article by
article, the same JSON as the warta CLI for the same files."""
import json
import os
import subprocess
import sys

import pytest

from conftest import PKG_ROOT, corpus_files

import warta

EXAMPLE = os.path.join(PKG_ROOT, "examples", "dask_parse.py")


def _objects(lines):
    out = []
    for line in lines.splitlines():
        obj = json.loads(line)
        obj["file"] = os.path.basename(obj["file"])  # normalise the path as given
        out.append(obj)
    return out


def _run_example(args):
    """Run examples/dask_parse.py with ARGS, with the binding and library of
    this test run; fail with its standard error if it fails."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PKG_ROOT + os.pathsep + env.get("PYTHONPATH", "")
    env["WARTA_LIBRARY"] = os.path.abspath(warta.library_path()) \
        if os.path.exists(warta.library_path()) else env.get("WARTA_LIBRARY", "")
    r = subprocess.run([sys.executable, EXAMPLE] + args,
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-2000:]
    return r


def _assert_same_as_cli(cli, files, out):
    """The example's output file holds, in order, the CLI's objects for FILES."""
    c = subprocess.run([cli] + list(files), stdout=subprocess.PIPE, timeout=600)
    assert c.returncode == 0
    got = _objects(out.read_text(encoding="utf-8"))
    want = _objects(c.stdout.decode("utf-8"))
    assert len(got) == len(want) == len(files)
    for g, w in zip(got, want):
        assert g == w, g["file"]


def _cli():
    pytest.importorskip("distributed", reason="SKIPPED: python3-distributed not installed")
    cli = os.environ.get("WARTA_CLI")
    if not cli:
        pytest.skip("SKIPPED: WARTA_CLI (path of the warta program) not set")
    return cli


def test_dask_matches_cli(tmp_path, library):
    cli = _cli()
    files = corpus_files(40)  # spread over the sorted corpus: several outlets
    indir = tmp_path / "in"
    indir.mkdir()
    for f in files:
        os.symlink(os.path.abspath(f), str(indir / os.path.basename(f)))
    out = tmp_path / "out.jsonl"
    r = _run_example([str(indir), "--workers", "2", "--threads-per-worker", "1", "-o", str(out)])
    assert b"articles/s" in r.stderr
    _assert_same_as_cli(cli, sorted(files), out)


def test_dask_jsonl_matches_cli(tmp_path, library):
    """A JSON Lines input (tasks read byte ranges of it) gives the CLI's
    objects too, in input order, with a blank line in the middle skipped."""
    cli = _cli()
    files = corpus_files(12)
    src = tmp_path / "in.jsonl"
    with open(str(src), "w", encoding="utf-8") as fh:
        for i, f in enumerate(files):
            with open(f, encoding="utf-8", newline="") as a:  # bytes as the CLI reads them
                fh.write(json.dumps({"file": f, "text": a.read()}) + "\n")
            if i == 5:
                fh.write("\n")
    out = tmp_path / "out.jsonl"
    _run_example([str(src), "--workers", "2", "--partitions", "5", "-o", str(out)])
    _assert_same_as_cli(cli, files, out)
