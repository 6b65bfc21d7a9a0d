// Token-id parity between `aep tokenize` and the official tiktoken WASM build
// (npm tiktoken 1.0.22) on a seeded corpus: 12,000 generated strings (see
// corpus.mjs) plus a sweep of every code point of planes 0-3 and 14.
//
//   node parity.mjs --aep build/cli/aep --encoding o200k_base --special all|none
//
// JS strings go to tiktoken as they are and to aep as JSON lines
// (JSON.stringify writes lone surrogates as \udXXX escapes; aep's
// --invalid-utf8 replace gives them the U+FFFD tiktoken's JS binding sees).
// Exit 0 only when every string has identical ids; any mismatch, a missing
// node_modules or an aep failure is exit 1 with the reason.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus, unicodeSweep } from "./corpus.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const encodingName = args.encoding ?? "o200k_base";
const special = args.special ?? "all";
const count = Number(args.count ?? 12000);
const seed = Number(args.seed ?? 20261125);

function die(message) {
  console.error(`parity ${encodingName} allowed=${special}: FAIL: ${message}`);
  process.exit(1);
}

const modules = path.join(repo, "tools/node/node_modules");
if (!existsSync(path.join(modules, "tiktoken/package.json"))) {
  die(`${modules}/tiktoken is missing; run scripts/setup (it runs npm install in tools/node)`);
}
if (!args.aep || !existsSync(args.aep)) die(`aep binary not found at ${args.aep}; build the aep target`);
const require = createRequire(path.join(modules, "x.js"));
const { get_encoding } = require("tiktoken");
const version = JSON.parse(readFileSync(path.join(modules, "tiktoken/package.json"), "utf8")).version;

const corpus = [...generateCorpus(seed, count), ...unicodeSweep()];
const enc = get_encoding(encodingName);
const expected = corpus.map(({ text }) =>
  Array.from(special === "all" ? enc.encode(text, "all") : enc.encode_ordinary(text)));
enc.free();

const input = corpus.map(({ text }) => JSON.stringify(text)).join("\n") + "\n";
const run = spawnSync(args.aep, ["tokenize", "--encoding", encodingName, "--jsonl", "--invalid-utf8", "replace",
                                 "--allowed-special", special],
                      { input, maxBuffer: 1 << 30, encoding: "utf8" });
if (run.error) die(`cannot run aep: ${run.error.message}`);
if (run.status !== 0) die(`aep exited with ${run.status}: ${run.stderr.trim()}`);
const lines = run.stdout.split("\n");
if (lines[lines.length - 1] === "") lines.pop();
if (lines.length !== corpus.length) die(`aep wrote ${lines.length} lines for ${corpus.length} inputs`);

let mismatches = 0;
let tokens = 0;
const perCategory = {};
for (let i = 0; i < corpus.length; i++) {
  const got = JSON.parse(lines[i]);
  const want = expected[i];
  tokens += want.length;
  const cat = corpus[i].category;
  perCategory[cat] = (perCategory[cat] ?? 0) + 1;
  if (got.length !== want.length || got.some((v, k) => v !== want[k])) {
    mismatches++;
    if (mismatches <= 5) {
      let k = 0;
      while (k < got.length && got[k] === want[k]) k++;
      console.error(`mismatch #${mismatches} line ${i + 1} (${cat}): ${JSON.stringify(corpus[i].text).slice(0, 200)}`);
      console.error(`  first difference at id ${k}: tiktoken ${JSON.stringify(want.slice(k, k + 8))} aep ${JSON.stringify(got.slice(k, k + 8))}`);
    }
  }
}
const bytes = corpus.reduce((a, { text }) => a + Buffer.byteLength(text), 0);
const summary = `parity ${encodingName} allowed=${special}: ${corpus.length} strings ` +
  `(${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens; ` +
  Object.entries(perCategory).map(([k, v]) => `${k} ${v}`).join(", ") +
  `) vs tiktoken ${version} WASM: ${mismatches} mismatches`;
if (mismatches) die(summary);
console.log(summary);
