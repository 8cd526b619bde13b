// Peer benchmark: chrono-node's Indonesian parser (chrono.id.parse) over the
// same articles as warta. Prints one JSON line like warta-bench.
// usage: node chrono_dates.js RUNS REFERENCE_ISO FILE...
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');
const [runs, ref, ...files] = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const refDate = new Date(ref);
const times = [], cpu = [];
let found = 0;
for (let r = 0; r < Number(runs); r++) {
  const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
  found = 0;
  for (const t of texts) found += chrono.id.parse(t, refDate).length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0); // whole process: V8's GC threads count too
  cpu.push((c.user + c.system) / 1e6);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const med = times[Math.floor(times.length / 2)], cmed = cpu[Math.floor(cpu.length / 2)];
console.log(JSON.stringify({tool: 'chrono-node', articles: texts.length, bytes, runs: Number(runs),
  median_s: med, mb_per_s: bytes / 1e6 / med, cpu_median_s: cmed, cpu_mb_per_s: bytes / 1e6 / cmed,
  expressions: found}));
