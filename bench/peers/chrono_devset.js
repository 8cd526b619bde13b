// Dev-set helper for bench/dates_devset.py: runs chrono-node's Indonesian
// parser (chrono.id.parse) over phrases read as JSON lines {"phrase", "ref"}
// on stdin (ref: ISO 8601 or null) and prints one JSON line per phrase: the
// list of results, each with its text and the start's components (known or
// implied) plus which of them chrono is certain about.
// usage: node chrono_devset.js < phrases.jsonl   (run with TZ=Asia/Jakarta)
'use strict';
const chrono = require('chrono-node');
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
const keys = ['year', 'month', 'day', 'hour', 'minute', 'second', 'weekday', 'timezoneOffset'];
for (const l of lines) {
  const {phrase, ref} = JSON.parse(l);
  const refDate = ref ? new Date(ref) : new Date();
  let out = [];
  try {
    out = chrono.id.parse(phrase, refDate).map((r) => {
      const v = {}, certain = {};
      for (const k of keys) {
        const x = r.start.get(k);
        if (x !== null && x !== undefined) v[k] = x;
        certain[k] = r.start.isCertain(k);
      }
      return {text: r.text, index: r.index, start: v, certain};
    });
  } catch (e) {
    out = [];
  }
  console.log(JSON.stringify(out));
}
