"""Peer benchmark: dateparser's search_dates(languages=['id']) over the same
articles as warta. Prints one JSON line like warta-bench.
usage: /usr/bin/python3 dateparser_dates.py RUNS REFERENCE_ISO FILE..."""
import datetime
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402

runs, ref, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
texts = [open(f, encoding="utf-8").read() for f in files]
nbytes = sum(len(t.encode("utf-8")) for t in texts)
base = datetime.datetime.fromisoformat(ref).replace(tzinfo=None)
settings = {"RELATIVE_BASE": base}
times, cpu, found = [], [], 0
for _ in range(runs):
    t0, c0 = time.perf_counter(), time.process_time()
    found = 0
    for t in texts:
        found += len(search_dates(t, languages=["id"], settings=settings) or [])
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
times.sort()
cpu.sort()
med, cmed = times[len(times) // 2], cpu[len(cpu) // 2]
print(json.dumps({"tool": "dateparser", "articles": len(texts), "bytes": nbytes, "runs": runs,
                  "median_s": med, "mb_per_s": nbytes / 1e6 / med, "cpu_median_s": cmed,
                  "cpu_mb_per_s": nbytes / 1e6 / cmed, "expressions": found}))
