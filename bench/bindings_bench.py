#!/usr/bin/python3
"""Cost of the Python binding over the C parse, and thread scaling.

    WARTA_LIBRARY=build/lib/libwarta.so.0 /usr/bin/python3 bench/bindings_bench.py \
        [--corpus ../shared/corpus/articles] [--runs 5] [--limit N]

Measures, over the corpus articles (median of --runs runs each, the cases
interleaved article by article; costs in CPU time of the thread, which the load of
other processes on a busy machine hardly disturbs; MB/s in wall time):
  C only       ctypes calling warta_parse + warta_article_free: the C cost
  C + JSON     warta_parse + warta_article_to_json + warta_free + free
  parse        warta.parse(): the full Python parse to dataclasses (JSON route)
  accessors    the alternative builder from the C accessors
and prints the per-article overhead of each over C only, MB/s, and the
speedup of 2 threads over 1 parsing with one shared Context.
"""
import argparse
import ctypes
import glob
import os
import statistics
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bindings", "python"))

import warta  # noqa: E402
from warta import _accessors, _lib  # noqa: E402


def c_only(ctx, datas):
    L = ctx._L
    ptr = ctx._ptr
    art = ctypes.c_void_p()
    err = _lib.WartaErrorStruct()
    ra, re_ = ctypes.byref(art), ctypes.byref(err)
    for d in datas:
        if L.warta_parse(ptr, d, len(d), None, ra, re_) != 0:
            raise RuntimeError(err.message)
        L.warta_article_free(art)


def c_json(ctx, datas):
    for d in datas:
        ctx._json(d, None, False, None, 0)


def py_parse(ctx, texts):
    for t in texts:
        ctx.parse(t)


def py_accessors(ctx, texts):
    for t in texts:
        _accessors.parse_with_accessors(ctx, t)


def threaded(fn, ctx, items, nthreads):
    """Run fn over items split between nthreads threads sharing ctx:
    (wall time, CPU time summed over the threads)."""
    chunks = [items[i::nthreads] for i in range(nthreads)]
    cpu = []

    def run(chunk):
        c0 = time.thread_time()
        fn(ctx, chunk)
        cpu.append(time.thread_time() - c0)

    ts = [threading.Thread(target=run, args=(c,)) for c in chunks]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0, sum(cpu)


def scaling(fn, ctx, items, runs):
    """Median wall and CPU time of 1 and 2 threads, interleaved run by run."""
    res = {1: [], 2: []}
    for _ in range(runs):
        for nt in (1, 2):
            res[nt].append(threaded(fn, ctx, items, nt))
    return {nt: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
            for nt, r in res.items()}


def main():
    here_shared = os.path.join(HERE, "..", "..", "shared", "corpus", "articles")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("WARTA_CORPUS", here_shared))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if args.limit:
        files = files[:args.limit]
    if not files:
        sys.exit("no articles under %s" % args.corpus)
    texts = []
    for f in files:
        with open(f, "rb") as fh:
            texts.append(fh.read().decode("utf-8"))
    datas = [t.encode("utf-8") for t in texts]
    nbytes = sum(len(d) for d in datas)
    n = len(texts)
    ctx = warta.Context()
    print("libwarta %s (%s), Python %s" % (warta.library_version(), warta.library_path(),
                                           sys.version.split()[0]))
    print("%d articles, %.2f MB, median of %d runs" % (n, nbytes / 1e6, args.runs))

    py_parse(ctx, texts[:20])  # warm up
    cases = [
        ("C only (warta_parse + free)", c_only, False),
        ("C + JSON (+ to_json + warta_free)", c_json, False),
        ("warta.parse (JSON -> dataclasses)", py_parse, True),
        ("accessors -> dataclasses", py_accessors, True),
    ]
    rows = []
    cpu = {name: [] for name, _, _ in cases}
    wall = {name: [] for name, _, _ in cases}
    # Interleaved article by article, so that changes in the machine's load
    # hit every case alike; CPU time of this thread, which other processes
    # disturb far less than wall time; wall time for MB/s.
    for _ in range(args.runs):
        cpu_run = {name: 0.0 for name, _, _ in cases}
        wall_run = {name: 0.0 for name, _, _ in cases}
        for d, t in zip(datas, texts):
            for name, fn, uses_str in cases:
                item = [t] if uses_str else [d]
                c0, t0 = time.thread_time(), time.perf_counter()
                fn(ctx, item)
                wall_run[name] += time.perf_counter() - t0
                cpu_run[name] += time.thread_time() - c0
        for name, _, _ in cases:
            cpu[name].append(cpu_run[name])
            wall[name].append(wall_run[name])
    for name, _, _ in cases:
        rows.append((name, statistics.median(cpu[name]), statistics.median(wall[name])))
    base = rows[0][1]
    print("%-36s %14s %9s %10s" % ("", "CPU us/article", "overhead", "wall MB/s"))
    for name, c, w in rows:
        print("%-36s %14.1f %8.1f%% %10.2f"
              % (name, c / n * 1e6, (c - base) / base * 100, nbytes / w / 1e6))

    # Wall-clock speedup needs two idle cores; on a busy machine compare the
    # CPU time per article too: equal for 1 and 2 threads means no contention.
    for label, fn, items in (("C only", c_only, datas), ("warta.parse", py_parse, texts)):
        r = scaling(fn, ctx, items, args.runs)
        (w1, c1), (w2, c2) = r[1], r[2]
        print("%-12s 1 thread %.2f MB/s, 2 threads %.2f MB/s: speedup %.2fx (%d cores); "
              "CPU us/article %.0f vs %.0f"
              % (label, nbytes / w1 / 1e6, nbytes / w2 / 1e6, w1 / w2, os.cpu_count() or 0,
                 c1 / n * 1e6, c2 / n * 1e6))
    ctx.close()


if __name__ == "__main__":
    main()
