#!/usr/bin/python3
"""Cost of the Python binding over the C parse, and thread scaling.

    WARTA_LIBRARY=build/lib/libwarta.so.0 /usr/bin/python3 bench/bindings_bench.py \
        [--corpus ../shared/corpus/articles] [--runs 5] [--limit N]

Measures, over the corpus articles (median of --runs runs each, the cases
interleaved article by article; costs in CPU time of the thread, which the load of
other processes on a busy machine hardly disturbs; MB/s in wall time):
  C only       ctypes calling warta_parse + warta_article_free: the C cost
  C + JSON     warta_parse_json + warta_free: the C library's JSON
  C + marshal  warta_parse_marshal + warta_free: the C part of warta.parse
               (the tuples of the dataclasses' fields, character offsets
               and the JSON included)
  parse        warta.parse(): the full Python parse to dataclasses
  parse + walk warta.parse() and reading every field of every object: what a
               user reading the whole result gets (the targets of issue 6)
and, for the thread scaling, "list + walk": a list of all the Articles
(1 thread: [warta.parse(t) for t in texts]; 2: warta.parse_many(texts,
threads=2)), then the walk, and "stream + walk": each Article walked and
dropped as it comes (1 thread: a loop of warta.parse, and
warta.iter_parse(texts, threads=1); 2: warta.iter_parse(texts, threads=2):
the calling thread and one C worker thread of a warta_pool).
  accessors    the alternative builder from the C accessors
and prints the per-article overhead of each over C only and over C + JSON,
MB/s, and the speed-up of 2 threads over 1 parsing with one shared Context
(threads take articles from one shared queue), with 1 thread pinned to each
CPU to show whether the two cores are equally fast, the efficiency (2-thread
MB/s over the sum of the two pinned 1-thread MB/s), and how busy other
processes kept the CPUs meanwhile (a busy machine cannot show a speed-up).
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


def c_marshal(ctx, datas):
    for d in datas:
        ctx._data(d, None, False, None)


def py_parse(ctx, texts):
    for t in texts:
        ctx.parse(t)


def walk(a):
    """Read every field of every object of an Article, as a user reading the
    whole result does; returns a count so nothing is optimised away."""
    n = 0
    dl = a.dateline
    if dl is not None:
        n += len((dl.place, dl.agency, dl.source, dl.country, dl.province, dl.timezone,
                  dl.start, dl.end, dl.char_start, dl.char_end))
    n += len((a.published, a.reference, a.warta_version, a.text))
    for p in a.paragraphs:
        n += len((p.start, p.end, p.char_start, p.char_end))
    ents = a.entities
    for r in a.related:
        n += len((r.kind, r.title, r.published, r.start, r.end, r.char_start, r.char_end))
        ents = ents + r.entities
    for e in ents:
        n += len((e.type, e.name, e.title, e.affiliation, e.iso, e.iso3, e.acronym,
                  e.province, e.timezone))
        for m in e.mentions:
            n += len((m.text, m.start, m.end, m.char_start, m.char_end))
    for t in a.times:
        n += len((t.text, t.value, t.end_value, t.granularity, t.anchored, t.relative,
                  t.start, t.end, t.char_start, t.char_end))
    at = a.attribution
    n += len((at.source, at.reporter, at.editor, at.translator, at.photographer, at.initials))
    for b in a.blocks:
        n += len((b.kind, b.start, b.end, b.char_start, b.char_end))
    for w in a.warnings:
        n += len((w.message, w.offset, w.char_offset))
    return n


def py_parse_walk(ctx, texts):
    for t in texts:
        walk(ctx.parse(t))


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


def busy_jiffies():
    """CPU time (s) all processes of the machine used so far (/proc/stat), or None."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(v) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait


def many_walk(ctx, texts, nthreads):
    """A list of all the Articles, then walk every one: with nthreads = 1,
    [ctx.parse(t) for t in texts]; else ctx.parse_many(texts, threads=nthreads).
    (wall time, CPU time of the calling thread). Unlike the other cases,
    all the articles stay alive until the end, as in any list of results,
    which costs the garbage collector and the allocator more."""
    t0, c0 = time.perf_counter(), time.thread_time()
    if nthreads == 1:
        arts = [ctx.parse(t) for t in texts]
    else:
        arts = ctx.parse_many(texts, threads=nthreads)
    for a in arts:
        walk(a)
    del arts
    return time.perf_counter() - t0, time.thread_time() - c0


def stream_walk(ctx, texts, nthreads, loop=True):
    """Each Article walked and dropped as it comes: with nthreads = 1 and
    loop, ``for t in texts: walk(ctx.parse(t))``; else
    ``for a in ctx.iter_parse(texts, threads=nthreads): walk(a)`` (C parses
    in nthreads threads, this one included, Articles built in this one).
    (wall time, CPU time of the calling thread)."""
    t0, c0 = time.perf_counter(), time.thread_time()
    if nthreads == 1 and loop:
        for t in texts:
            walk(ctx.parse(t))
    else:
        for a in ctx.iter_parse(texts, threads=nthreads):
            walk(a)
    return time.perf_counter() - t0, time.thread_time() - c0


def scaling(variants, ctx, runs, many=None):
    """For each (label, fn, items) of variants: wall and CPU times of 1 thread
    anywhere, 1 thread pinned to each of the first two CPUs, 2 threads
    anywhere; interleaved run by run and variant by variant, so that changes in
    the machine's load hit all alike. Also the share of the two CPUs that other
    processes used meanwhile (from /proc/stat)."""
    cases = [("1", 1, None), ("2", 2, None)]
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2:
        c0, c1 = sorted(os.sched_getaffinity(0))[:2]
        cases += [("cpu%d" % c0, 1, {c0}), ("cpu%d" % c1, 1, {c1})]
    res = {label: {k: [] for k, _, _ in cases} for label, _, _ in variants}
    if many is not None:
        res["list + walk"] = {"1": [], "2": []}
        if hasattr(ctx, "iter_parse"):
            res["stream + walk"] = {"1": [], "2": [], "iter1": []}
    j0, p0, w0 = busy_jiffies(), sum(os.times()[:4]), time.perf_counter()
    for _ in range(runs):
        for label, fn, items in variants:
            for k, nt, cpus in cases:
                res[label][k].append(threaded(fn, ctx, items, nt, cpus))
        if many is not None:
            res["list + walk"]["1"].append(many_walk(ctx, many, 1))
            res["list + walk"]["2"].append(many_walk(ctx, many, 2))
            if "stream + walk" in res:
                res["stream + walk"]["1"].append(stream_walk(ctx, many, 1))
                res["stream + walk"]["2"].append(stream_walk(ctx, many, 2))
                res["stream + walk"]["iter1"].append(stream_walk(ctx, many, 1, loop=False))
    j1, p1, w1 = busy_jiffies(), sum(os.times()[:4]), time.perf_counter()
    others = None
    if j0 is not None:
        ncpu = min(2, os.cpu_count() or 1)
        others = max(0.0, (j1 - j0) - (p1 - p0)) / ((w1 - w0) * ncpu)
    return res, others


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
        ("C + JSON (warta_parse_json)", c_json, False),
        ("C + marshal (warta_parse_marshal)", c_marshal, False),
        ("warta.parse (-> dataclasses)", py_parse, True),
        ("warta.parse + walk everything", py_parse_walk, True),
        ("accessors -> dataclasses", py_accessors, True),
    ]
    rows = []
    cpu = {name: [] for name, _, _ in cases}
    wall = {name: [] for name, _, _ in cases}
    # Interleaved article by article, so that changes in the machine's load
    # hit every case alike; CPU time of this thread, which other processes
    # disturb far less than wall time; wall time for MB/s.
    for run in range(args.runs):
        cpu_run = {name: 0.0 for name, _, _ in cases}
        wall_run = {name: 0.0 for name, _, _ in cases}
        # each run starts the rotation with another case: the case run right
        # after another on the same article finds it in the caches
        order = cases[run % len(cases):] + cases[:run % len(cases)]
        for d, t in zip(datas, texts):
            for name, fn, uses_str in order:
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
    base_json = rows[1][1]
    print("%-36s %14s %9s %9s %10s" % ("", "CPU us/article", "over C", "over C+J",
                                        "wall MB/s"))
    for name, c, w in rows:
        print("%-36s %14.1f %8.1f%% %8.1f%% %10.2f"
              % (name, c / n * 1e6, (c - base) / base * 100,
                 (c - base_json) / base_json * 100, nbytes / w / 1e6))

    # Thread scaling. Wall-clock speed-up needs two idle cores of equal speed;
    # the single-thread runs pinned to each CPU show whether they are (on a
    # virtual machine one may be much slower), and "efficiency" compares the
    # 2-thread throughput with the sum of the two pinned single-thread ones
    # (1.00: the threads do not slow each other down at all). Ratios are the
    # medians of the ratios within each run (the runs of one round are seconds
    # apart, so a change of the machine's load hits both sides alike).
    variants = [("C only", c_only, datas), ("C + JSON", c_json, datas),
                ("C + marshal", c_marshal, datas),
                ("parse", py_parse, texts), ("parse + walk", py_parse_walk, texts)]
    res, others = scaling(variants, ctx, args.runs,
                          texts if hasattr(ctx, "parse_many") else None)
    med = statistics.median
    speedup = {}
    print("\n2 threads over 1, one shared Context (median of %d runs):" % args.runs)
    if "list + walk" in res:  # 1: [parse(t) for t in texts]; 2: parse_many(threads=2)
        variants.append(("list + walk", None, None))
    if "stream + walk" in res:  # 1: walk(parse(t)) in a loop; 2: iter_parse(threads=2)
        variants.append(("stream + walk", None, None))
    for label, _, _ in variants:
        r = res[label]
        mb = {k: [nbytes / w / 1e6 for w, _ in v] for k, v in r.items()}
        sp = med(b / a for a, b in zip(mb["1"], mb["2"]))
        speedup[label] = sp
        line = ("%-17s 1 thread %5.2f MB/s, 2 threads %5.2f MB/s: speed-up %.2fx"
                % (label, med(mb["1"]), med(mb["2"]), sp))
        if "iter1" in mb:
            speedup["iter1"] = med(b / a for a, b in zip(mb["iter1"], mb["2"]))
            line += ("; iter_parse(threads=1) %.2f MB/s, 2 threads over it %.2fx"
                     % (med(mb["iter1"]), speedup["iter1"]))
        pinned = sorted(k for k in mb if k.startswith("cpu"))
        if len(pinned) == 2:
            p0, p1 = mb[pinned[0]], mb[pinned[1]]
            line += ("; pinned %s %.2f, %s %.2f MB/s; over the faster CPU %.2fx; efficiency %.2f"
                     % (pinned[0], med(p0), pinned[1], med(p1),
                        med(c / max(a, b) for a, b, c in zip(p0, p1, mb["2"])),
                        med(c / (a + b) for a, b, c in zip(p0, p1, mb["2"]))))
        print(line)
    if others is not None:
        print("other processes used %.0f%% of the two CPUs meanwhile%s"
              % (others * 100, " (the speed-ups are then not the binding's)"
                 if others > 0.1 else ""))

    cpu_of = dict((name, c) for name, c, _ in rows)
    c_alone = cpu_of["C only (warta_parse + free)"]
    c_json_ = cpu_of["C + JSON (warta_parse_json)"]
    c_mar = cpu_of["C + marshal (warta_parse_marshal)"]
    walk_ = cpu_of["warta.parse + walk everything"]
    print("\ntargets (parse + walk everything):")
    print(("  (a) 2 threads over 1: %.2fx with 2 threads each calling warta.parse%s"
           % (speedup["parse + walk"],
              "; a list of all the articles: parse_many(threads=2) %.2fx over "
              "[parse(t) for t in texts]" % speedup["list + walk"]
              if "list + walk" in speedup else "")) +
          ("; each Article walked and dropped: iter_parse(threads=2) %.2fx over a loop of "
           "parse(t), %.2fx over iter_parse(threads=1)"
           % (speedup["stream + walk"], speedup["iter1"]) if "iter1" in speedup else "") +
          " (target >= 1.6x; C + JSON alone: %.2fx, C alone: %.2fx)"
          % (speedup["C + JSON"], speedup["C only"]))
    print("  (b) overhead per article over the C library: %.0f%% over warta_parse alone, "
          "%.0f%% over warta_parse_json (target < 50%%); the Python part (parse + walk "
          "minus warta_parse_marshal) %.1f us, %.0f%% of the C part"
          % ((walk_ - c_alone) / c_alone * 100, (walk_ - c_json_) / c_json_ * 100,
             (walk_ - c_mar) / n * 1e6, (walk_ - c_mar) / c_mar * 100))
    ctx.close()


if __name__ == "__main__":
    main()
