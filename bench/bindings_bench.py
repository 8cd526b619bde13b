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
speed-up of 2 threads over 1 parsing with one shared Context (threads take
articles from one shared queue), with 1 thread pinned to each CPU to show
whether the two cores are equally fast, and the efficiency: 2-thread MB/s
over the sum of the two pinned 1-thread MB/s.
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


def threaded(fn, ctx, items, nthreads, cpus=None):
    """Run fn over items with nthreads threads sharing ctx, each taking the
    next article from one shared iterator (so a thread on a slower core takes
    fewer): (wall time, CPU time summed over the threads). cpus: the CPU set
    the threads run on (os.sched_setaffinity; None: all)."""
    nxt = iter(range(len(items))).__next__  # atomic under the GIL
    cpu = []

    def run():
        c0 = time.thread_time()
        try:
            while True:
                fn(ctx, (items[nxt()],))
        except StopIteration:
            pass
        cpu.append(time.thread_time() - c0)

    old = None
    if cpus is not None and hasattr(os, "sched_setaffinity"):
        old = os.sched_getaffinity(0)
        os.sched_setaffinity(0, cpus)  # this thread; new threads inherit it
    try:
        ts = [threading.Thread(target=run) for _ in range(nthreads)]
        t0 = time.perf_counter()
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        if old is not None:
            os.sched_setaffinity(0, old)
    return wall, sum(cpu)


def scaling(fn, ctx, items, runs):
    """Median wall and CPU time of: 1 thread anywhere, 1 thread pinned to each
    of the first two CPUs, 2 threads anywhere; interleaved run by run."""
    cases = [("1", 1, None), ("2", 2, None)]
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2:
        c0, c1 = sorted(os.sched_getaffinity(0))[:2]
        cases += [("cpu%d" % c0, 1, {c0}), ("cpu%d" % c1, 1, {c1})]
    res = {k: [] for k, _, _ in cases}
    for _ in range(runs):
        for k, nt, cpus in cases:
            res[k].append(threaded(fn, ctx, items, nt, cpus))
    return {k: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
            for k, r in res.items()}


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

    # Thread scaling. Wall-clock speed-up needs two idle cores of equal speed;
    # the single-thread runs pinned to each CPU show whether they are (on a
    # virtual machine one may be much slower), and "efficiency" compares the
    # 2-thread throughput with the sum of the two pinned single-thread ones
    # (1.00: the threads do not slow each other down at all).
    for label, fn, items in (("C only", c_only, datas), ("warta.parse", py_parse, texts)):
        r = scaling(fn, ctx, items, args.runs)
        mb = {k: nbytes / w / 1e6 for k, (w, _) in r.items()}
        line = ("%-12s 1 thread %.2f MB/s, 2 threads %.2f MB/s: speed-up %.2fx; "
                "CPU us/article %.0f vs %.0f"
                % (label, mb["1"], mb["2"], mb["2"] / mb["1"], r["1"][1] / n * 1e6,
                   r["2"][1] / n * 1e6))
        pinned = sorted(k for k in mb if k.startswith("cpu"))
        if len(pinned) == 2:
            fast = max(mb[pinned[0]], mb[pinned[1]])
            line += ("\n%-12s pinned: %s %.2f MB/s, %s %.2f MB/s; 2 threads over the faster "
                     "CPU alone %.2fx; efficiency %.2f"
                     % ("", pinned[0], mb[pinned[0]], pinned[1], mb[pinned[1]], mb["2"] / fast,
                        mb["2"] / (mb[pinned[0]] + mb[pinned[1]])))
        print(line)
    ctx.close()


if __name__ == "__main__":
    main()
