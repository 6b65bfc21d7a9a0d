// The JS side of bench/tokenizer/run.sh, same protocol as bench_tokenizer:
//   node peers.mjs throughput PEER ENCODING FILE REPS IDS_OUT
//   node peers.mjs cold PEER ENCODING TEXT
//   node peers.mjs baseline
// PEER is tiktoken (official WASM build) or gpt-tokenizer (default merge
// cache, which the warm-up run fills, as in a long-running process).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(here, "../../tools/node/node_modules");
const [mode, peer, encoding, arg, repsArg, idsOut] = process.argv.slice(2);
if (mode === "baseline") process.exit(0);
if (!existsSync(path.join(modules, "tiktoken")) || !existsSync(path.join(modules, "gpt-tokenizer"))) {
  console.error(`${modules} lacks tiktoken or gpt-tokenizer; run scripts/setup`);
  process.exit(2);
}
const require = createRequire(path.join(modules, "x.js"));

function loadPeer() {
  if (peer === "tiktoken") {
    const { get_encoding } = require("tiktoken");
    const enc = get_encoding(encoding);
    return (text) => enc.encode_ordinary(text);
  }
  if (peer === "gpt-tokenizer") {
    const { encode } = require(`gpt-tokenizer/cjs/encoding/${encoding}`);
    return (text) => encode(text, { disallowedSpecial: new Set() });
  }
  console.error(`unknown peer ${peer}`);
  process.exit(2);
}

if (mode === "cold") {
  const encode = loadPeer();
  console.log(encode(arg).length);
  process.exit(0);
}

const text = readFileSync(arg, "utf8");
const bytes = Buffer.byteLength(text);
const t0 = performance.now();
const encode = loadPeer();
const loadMs = performance.now() - t0;
let ids = encode(text);  // warm-up (and fills gpt-tokenizer's merge cache)
// CPU time counts every thread of the process (JIT, GC), like a core's worth
// of work; it is robust when the machine is busy, wall time is not.
const times = [], cpuTimes = [];
for (let r = 0; r < Number(repsArg); r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  ids = encode(text);
  const d = process.cpuUsage(c);
  cpuTimes.push((d.user + d.system) / 1000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)];
writeFileSync(idsOut, Buffer.from(Uint32Array.from(ids).buffer));
console.log(JSON.stringify({ peer, encoding, bytes, tokens: ids.length, median_ms: +median.toFixed(2),
                             mb_s: +(bytes / 1e3 / median).toFixed(2),
                             cpu_mb_s: +(bytes / 1e3 / cpuMedian).toFixed(2), load_ms: +loadMs.toFixed(2) }));
