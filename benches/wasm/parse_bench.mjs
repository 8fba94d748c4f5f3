// Times the parser in wasm under node: 10,000 synthetic readouts (or BENCH_READOUTS).
// Usage: node benches/wasm/parse_bench.mjs PATH/TO/wasm_parse_bench.js
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import path from "node:path";

const require = createRequire(import.meta.url);
const mod = require(path.resolve(process.argv[2]));
const n = Number(process.env.BENCH_READOUTS || 10000);
const bytes = mod.make_corpus(n, 42);
mod.parse_corpus(); // warm-up
let best = Infinity;
let sentences = 0;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  sentences = mod.parse_corpus();
  best = Math.min(best, performance.now() - t);
}
const mb = bytes / 1e6;
console.log(
  `wasm parse: ${n} synthetic readouts, ${mb.toFixed(2)} MB, ${sentences} sentences, ` +
    `best of 5: ${(best / 1000).toFixed(3)} s, ${(mb / (best / 1000)).toFixed(1)} MB/s`
);
