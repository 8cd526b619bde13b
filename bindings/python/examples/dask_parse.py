#!/usr/bin/python3
"""Parse many articles on a dask.distributed cluster with the warta binding.

    dask_parse.py INPUT [--scheduler ADDRESS | --workers N] [-o OUT.jsonl]

INPUT is a directory of .txt articles (read in sorted order) or a JSON Lines
file with one {"id" or "file": name, "text": article} object per line. The
output is JSON Lines in input order, one line per article, exactly like the
warta CLI's: {"file": name, ...the library's article JSON...}, or
{"file": name, "error": {"code", "name", "message", "offset"}} for an input
that fails. Throughput goes to standard error.

The input is cut into partitions of about equal size in bytes (a list of
files, or a byte range of whole lines of the JSON Lines file), and each task
reads its own partition: only file names and offsets travel to the workers,
so the client does not become the bottleneck. This needs INPUT at the same
path on every worker (always true for a LocalCluster; a shared file system
on a real cluster); --send-text ships the texts from the client instead.

Without --scheduler a distributed.LocalCluster is started with --workers
processes of --threads-per-worker threads each (default 1: the parse is CPU
bound and ctypes releases the GIL, but one thread per process measured as
fast and keeps the memory per worker small). Each worker process parses with
its own warta Context, created on its first task and reused afterwards.
Workers must be able to import warta and load libwarta (PYTHONPATH,
WARTA_LIBRARY, ... are inherited by a LocalCluster's workers).
"""
import argparse
import glob
import json
import os
import sys
import time


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


def _parse_items(items, reference, lenient):
    """[(name, text)] -> ([CLI-style JSON line], number failed), on a worker."""
    import warta  # imported on the worker
    ctx = warta.default_context()  # one per worker process, created once, thread-safe
    lines = []
    failed = 0
    for name, text in items:
        head = '{"file":' + _json_string(name) + ","
        try:
            js = ctx.parse_json(text, reference, lenient=lenient)
            lines.append(head + js[1:])
        except warta.WartaError as e:
            failed += 1
            lines.append(head + '"error":{"code":%d,"name":%s,"message":%s,"offset":%d}}'
                         % (e.code, _json_string(e.name), _json_string(e.message), e.offset))
    return lines, failed


def _jsonl_items(path, start, end, lineno):
    """The (name, text) pairs of the lines in bytes [start, end) of a JSON Lines file."""
    with open(path, "rb") as fh:
        fh.seek(start)
        chunk = fh.read(end - start)
    items = []
    for line in chunk.split(b"\n"):
        lineno += 1
        if not line.strip():
            continue
        obj = json.loads(line.decode("utf-8"))
        name = obj.get("file", obj.get("id", "line-%d" % lineno))
        items.append((str(name), obj["text"]))
    return items


def parse_task(task, reference=None, lenient=False):
    """Runs on a worker: one partition -> ([JSON line], number failed).
    task is ("files", [path]), ("jsonl", path, start, end, first line number)
    or ("items", [(name, text)])."""
    kind = task[0]
    if kind == "files":
        items = []
        for f in task[1]:
            with open(f, "rb") as fh:  # bytes: invalid UTF-8 is reported with its offset
                items.append((f, fh.read()))
    elif kind == "jsonl":
        items = _jsonl_items(*task[1:])
    else:
        items = task[1]
    return _parse_items(items, reference, lenient)


def _split(sizes, nparts):
    """Cut a list of sizes into at most nparts contiguous runs of about equal
    total size: [(first, last + 1)]."""
    total = sum(sizes)
    target = max(1, -(-total // max(1, nparts)))
    runs, first, acc = [], 0, 0
    for i, s in enumerate(sizes):
        acc += s
        if acc >= target:
            runs.append((first, i + 1))
            first, acc = i + 1, 0
    if first < len(sizes):
        runs.append((first, len(sizes)))
    return runs


def plan(path, nparts, send_text=False):
    """(tasks, number of articles, bytes of input)."""
    if os.path.isdir(path):
        files = sorted(glob.glob(os.path.join(path, "*.txt")))
        sizes = [os.path.getsize(f) for f in files]
        tasks = []
        for a, b in _split(sizes, nparts):
            if send_text:
                items = []
                for f in files[a:b]:
                    with open(f, "rb") as fh:
                        items.append((f, fh.read()))
                tasks.append(("items", items))
            else:
                tasks.append(("files", files[a:b]))
        return tasks, len(files), sum(sizes)
    # JSON Lines: the byte range of every line, found without decoding it
    # and without holding the file in memory
    lines = []  # (start, end, number of lines before it)
    pos = 0
    with open(path, "rb") as fh:
        for k, line in enumerate(fh):
            if line.strip():
                lines.append((pos, pos + len(line), k))
            pos += len(line)
    tasks = []
    for a, b in _split([e - s for s, e, _ in lines], nparts):
        s, e, before = lines[a][0], lines[b - 1][1], lines[a][2]
        if send_text:
            tasks.append(("items", _jsonl_items(path, s, e, before)))
        else:
            tasks.append(("jsonl", os.path.abspath(path), s, e, before))
    return tasks, len(lines), pos


def run(client, tasks, out, reference=None, lenient=False):
    """Map the tasks on the client's cluster and write the lines to out in
    input order: (seconds, number failed)."""
    t0 = time.perf_counter()
    futures = client.map(parse_task, tasks, reference=reference, lenient=lenient, pure=False)
    failed = 0
    for fut in futures:  # in input order; later tasks keep running meanwhile
        lines, bad = fut.result()
        failed += bad
        for line in lines:
            out.write(line)
            out.write("\n")
    return time.perf_counter() - t0, failed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", help="directory of .txt files or a JSON Lines file")
    ap.add_argument("--scheduler", help="address of a running dask scheduler "
                    "(default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                    help="LocalCluster worker processes (default: CPU count)")
    ap.add_argument("--threads-per-worker", type=int, default=1)
    ap.add_argument("--partitions", type=int, default=0,
                    help="number of tasks (default: 4 per worker thread)")
    ap.add_argument("--send-text", action="store_true",
                    help="ship the texts from the client (workers without the input path)")
    ap.add_argument("--reference", help="ISO 8601 instant for relative dates")
    ap.add_argument("--lenient", action="store_true",
                    help="replace invalid UTF-8 and NUL bytes instead of failing")
    ap.add_argument("-o", "--output", help="output file (default: standard output)")
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    if not os.path.exists(args.input):
        sys.exit("dask_parse: %s: no such file or directory" % args.input)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads_per_worker,
                               processes=True, dashboard_address=":0")
        client = Client(cluster)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        nthreads = sum(client.nthreads().values()) or 1
        tasks, narticles, nbytes = plan(args.input, args.partitions or 4 * nthreads,
                                        args.send_text)
        if not narticles:
            sys.exit("dask_parse: no input under %s" % args.input)
        elapsed, failed = run(client, tasks, out, args.reference, args.lenient)
    finally:
        if out is not sys.stdout:
            out.close()
        client.close()
        if cluster is not None:
            cluster.close()
    print("dask_parse: %d articles, %.2f MB in %.2f s: %.1f articles/s, %.2f MB/s "
          "(%d worker threads, %d tasks)"
          % (narticles, nbytes / 1e6, elapsed, narticles / elapsed, nbytes / 1e6 / elapsed,
             nthreads, len(tasks)), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
