#!/usr/bin/python3
"""Parse many articles on a dask.distributed cluster with the warta binding.

    dask_parse.py INPUT [--scheduler ADDRESS | --workers N] [-o OUT.jsonl]

INPUT is a directory of .txt articles (read in sorted order) or a JSON Lines
file with one {"id" or "file": name, "text": article} object per line. The
output is JSON Lines in input order, one line per article, exactly like the
warta CLI's: {"file": name, ...the library's article JSON...}, or
{"file": name, "error": {"code", "name", "message", "offset"}} for an input
that fails. Throughput goes to standard error.

Without --scheduler a distributed.LocalCluster is started with --workers
processes of --threads-per-worker threads each (default 1: the parse is CPU
bound and ctypes releases the GIL, but one thread per process measured as
fast and keeps the memory per worker small). Each worker process parses with
its own warta Context, created on its first batch and reused afterwards.
Workers must be able to import warta and load libwarta (PYTHONPATH,
WARTA_LIBRARY, ... are inherited by a LocalCluster's workers).
"""
import argparse
import glob
import json
import os
import sys
import time


def read_inputs(path):
    """[(name, text)] where text is bytes for files (invalid UTF-8 is then
    reported with its byte offset, like the CLI) and str for JSON Lines."""
    if os.path.isdir(path):
        items = []
        for f in sorted(glob.glob(os.path.join(path, "*.txt"))):
            with open(f, "rb") as fh:
                items.append((f, fh.read()))
        return items
    items = []
    with open(path, "r", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            name = obj.get("file", obj.get("id", "line-%d" % lineno))
            items.append((str(name), obj["text"]))
    return items


def _json_string(s):
    # like the CLI: escape only '"', '\\' and control characters
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def parse_batch(batch, reference=None, lenient=False):
    """Runs on a worker: [(name, text)] -> [(CLI-style JSON line, failed)]."""
    import warta  # imported on the worker
    ctx = warta.default_context()  # one per worker process, created once, thread-safe
    lines = []
    for name, text in batch:
        head = '{"file":' + _json_string(name) + ","
        try:
            js = ctx.parse_json(text, reference, lenient=lenient)
            lines.append((head + js[1:], False))
        except warta.WartaError as e:
            lines.append((head + '"error":{"code":%d,"name":%s,"message":%s,"offset":%d}}'
                          % (e.code, _json_string(e.name), _json_string(e.message), e.offset),
                          True))
    return lines


def batches(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", help="directory of .txt files or a JSON Lines file")
    ap.add_argument("--scheduler", help="address of a running dask scheduler "
                    "(default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                    help="LocalCluster worker processes (default: CPU count)")
    ap.add_argument("--threads-per-worker", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=0,
                    help="articles per task (default: about 4 tasks per worker thread)")
    ap.add_argument("--reference", help="ISO 8601 instant for relative dates")
    ap.add_argument("--lenient", action="store_true",
                    help="replace invalid UTF-8 and NUL bytes instead of failing")
    ap.add_argument("-o", "--output", help="output file (default: standard output)")
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    items = read_inputs(args.input)
    if not items:
        sys.exit("dask_parse: no input under %s" % args.input)
    nbytes = sum(len(t if isinstance(t, bytes) else t.encode("utf-8")) for _, t in items)

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads_per_worker,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        nthreads = sum(client.nthreads().values()) or 1
        size = args.batch_size or max(1, -(-len(items) // (4 * nthreads)))
        t0 = time.perf_counter()
        futures = client.map(parse_batch, batches(items, size), reference=args.reference,
                             lenient=args.lenient, pure=False)
        for fut in futures:  # in input order; later batches keep running meanwhile
            for line, bad in fut.result():
                failed += bad
                out.write(line)
                out.write("\n")
        elapsed = time.perf_counter() - t0
    finally:
        if out is not sys.stdout:
            out.close()
        client.close()
        if cluster is not None:
            cluster.close()
    print("dask_parse: %d articles, %.2f MB in %.2f s: %.1f articles/s, %.2f MB/s "
          "(%d worker threads, batches of %d)"
          % (len(items), nbytes / 1e6, elapsed, len(items) / elapsed, nbytes / 1e6 / elapsed,
             nthreads, size), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
