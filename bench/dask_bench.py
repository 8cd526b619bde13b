#!/usr/bin/python3
"""Speed-up of the Dask example with 2 workers over 1, on the corpus repeated
to 20 MB, and its output checked against the CLI's.

    WARTA_LIBRARY=build/lib/libwarta.so.0 /usr/bin/python3 bench/dask_bench.py \
        --cli build/cli/warta [--corpus ../shared/corpus/articles] [--mb 20] [--runs 5]

The corpus articles are linked into a temporary directory as many times as
it takes to reach --mb megabytes (names `r<k>-<file>`). The CLI parses them
once (its output is the reference, and its single-process MB/s is printed);
then a 1-worker and a 2-worker distributed.LocalCluster (processes, one
thread each) are started side by side, and bindings/python/examples/
dask_parse.py's run() is timed on each, alternately, --runs times, with the
same 16 partitions. Times exclude the clusters' start-up (printed apart).
Every run's output must be byte-for-byte the CLI's; the script exits 1
otherwise. Medians are printed, and each run's time. Needs python3-distributed.
"""
import argparse
import glob
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(HERE, "..", "bindings", "python")
sys.path.insert(0, os.path.join(PKG, "examples"))
sys.path.insert(0, PKG)
os.environ["PYTHONPATH"] = PKG + os.pathsep + os.environ.get("PYTHONPATH", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True, help="the warta program")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "articles"))
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--partitions", type=int, default=16)
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not files:
        print("SKIPPED: no articles under %s" % args.corpus)
        return 0
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("SKIPPED: python3-distributed is not installed")
        return 0
    import dask_parse
    import warta

    os.environ.setdefault("WARTA_LIBRARY", os.path.abspath(warta.library_path()))
    tmp = tempfile.mkdtemp(prefix="warta-dask-bench-")
    indir = os.path.join(tmp, "in")
    os.mkdir(indir)
    total, k = 0, 0
    while total < args.mb * 1e6:
        for f in files:
            os.symlink(os.path.abspath(f), os.path.join(indir, "r%d-%s" % (k, os.path.basename(f))))
            total += os.path.getsize(f)
        k += 1
    paths = sorted(glob.glob(os.path.join(indir, "*.txt")))
    print("input: %d articles (%d copies of %d corpus files), %.1f MB; %d cores, load %s"
          % (len(paths), k, len(files), total / 1e6, os.cpu_count() or 0,
             " ".join("%.2f" % x for x in os.getloadavg())))

    t0 = time.perf_counter()
    cli = subprocess.run([args.cli] + paths, stdout=subprocess.PIPE, check=False)
    cli_s = time.perf_counter() - t0
    if cli.returncode not in (0, 1):
        sys.exit("dask_bench: the CLI failed with exit %d" % cli.returncode)
    print("CLI, one process: %.2f s, %.2f MB/s" % (cli_s, total / 1e6 / cli_s))

    clusters = {}
    for n in (1, 2):
        t0 = time.perf_counter()
        cl = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          dashboard_address=":0")
        clusters[n] = (cl, Client(cl))
        print("LocalCluster with %d worker(s) started in %.1f s" % (n, time.perf_counter() - t0))
    tasks, narticles, nbytes = dask_parse.plan(indir, args.partitions)
    times = {1: [], 2: []}
    ok = True
    try:
        for n in (1, 2):  # warm-up: import warta and create the Context on every worker
            dask_parse.run(clusters[n][1], tasks[:2 * n], io.StringIO())
        for r in range(args.runs):
            for n in (1, 2):
                buf = io.StringIO()
                s, _failed = dask_parse.run(clusters[n][1], tasks, buf)
                times[n].append(s)
                same = buf.getvalue().encode("utf-8") == cli.stdout
                ok = ok and same
                print("run %d, %d worker(s): %.2f s, %.2f MB/s, output %s"
                      % (r + 1, n, s, nbytes / 1e6 / s, "identical to the CLI's" if same else "DIFFERS from the CLI's"))
    finally:
        for cl, client in clusters.values():
            client.close()
            cl.close()
    m1, m2 = statistics.median(times[1]), statistics.median(times[2])
    print("median of %d runs: 1 worker %.2f s (%.2f MB/s), 2 workers %.2f s (%.2f MB/s): "
          "speed-up %.2fx; %d partitions; outputs %s"
          % (args.runs, m1, nbytes / 1e6 / m1, m2, nbytes / 1e6 / m2, m1 / m2, len(tasks),
             "all identical to the CLI's" if ok else "NOT all identical to the CLI's"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
