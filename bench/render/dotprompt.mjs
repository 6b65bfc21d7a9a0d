// The dotprompt side of the render benchmark (bench/render/run.sh), and the
// helpers the run needs in JavaScript:
//   node dotprompt.mjs pool N FILE       write N seeded input objects (inputs.mjs) as JSON
//   node dotprompt.mjs warm N POOL       compile reply.prompt once, render N times cycling
//                                        through the pool; prints one JSON line of figures
//   node dotprompt.mjs full N POOL       parse + compile + render every time (N renders)
//   node dotprompt.mjs once INPUTS       a whole cold run: load dotprompt, read the prompt
//                                        and its partial, parse, compile, render once, print
//                                        the messages as JSON (what hyperfine times)
//   node dotprompt.mjs compare AEP DOT   compare `aep render` output with `once` output
//                                        message by message, modulo whitespace; exit 1
//                                        with a line diff when they differ
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(HERE, '../../tools/node/package.json'));

function loadDotprompt() {
  const { Dotprompt } = require('dotprompt');
  return new Dotprompt({
    partials: { tone_rules: readFileSync(join(HERE, 'dotprompt/_tone_rules.prompt'), 'utf8') },
  });
}
const SOURCE_PATH = join(HERE, 'dotprompt/reply.prompt');

// Messages as [{role, text}], the text of every part joined.
function messagesOf(rendered) {
  return rendered.messages.map((m) => ({ role: m.role === 'model' ? 'assistant' : m.role,
    text: m.content.map((p) => p.text ?? '').join('') }));
}

async function warm(n, poolFile, full) {
  const pool = JSON.parse(readFileSync(poolFile, 'utf8'));
  const dp = loadDotprompt();
  const source = readFileSync(SOURCE_PATH, 'utf8');
  const render = await dp.compile(source);
  let bytes = 0;
  const one = async (i) => {
    const out = full ? await dp.render(source, { input: pool[i % pool.length] })
                     : await render({ input: pool[i % pool.length] });
    for (const m of out.messages) for (const p of m.content) bytes += p.text ? p.text.length : 0;
  };
  // Warm-up so the JIT has compiled the hot paths before timing.
  for (let i = 0; i < Math.min(n, 5000); ++i) await one(i);
  bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; ++i) await one(i);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify({ renders: n, wall_s: wall, cpu_s: cpuSec, per_s: n / wall,
    per_cpu_s: n / cpuSec, avg_chars: bytes / n }));
}

async function once(inputsFile) {
  const dp = loadDotprompt();
  const input = JSON.parse(readFileSync(inputsFile, 'utf8'));
  const out = await dp.render(readFileSync(SOURCE_PATH, 'utf8'), { input });
  process.stdout.write(JSON.stringify({ messages: messagesOf(out) }) + '\n');
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

function compare(aepFile, dotFile) {
  const aep = JSON.parse(readFileSync(aepFile, 'utf8'));
  const dot = JSON.parse(readFileSync(dotFile, 'utf8'));
  const a = aep.messages.map((m) => ({ role: m.role, text: m.parts.map((p) => p.text).join('') }));
  const d = dot.messages;
  let same = a.length === d.length;
  for (let i = 0; same && i < a.length; ++i) {
    same = a[i].role === d[i].role && norm(a[i].text) === norm(d[i].text);
  }
  if (same) {
    const chars = a.reduce((s, m) => s + m.text.length, 0);
    console.log(`same text (modulo whitespace): ${a.length} messages, ${chars} characters`);
    return;
  }
  console.log('aep and dotprompt render different text:');
  const n = Math.max(a.length, d.length);
  for (let i = 0; i < n; ++i) {
    const la = a[i] ? [`[${a[i].role}]`, ...a[i].text.split('\n')] : [];
    const ld = d[i] ? [`[${d[i].role}]`, ...d[i].text.split('\n')] : [];
    const fa = la.map(norm).filter(Boolean), fd = ld.map(norm).filter(Boolean);
    for (let k = 0; k < Math.max(fa.length, fd.length); ++k) {
      if (fa[k] !== fd[k]) {
        console.log(`message ${i}, line ${k}:\n  - aep:       ${fa[k] ?? '(none)'}\n  + dotprompt: ${fd[k] ?? '(none)'}`);
      }
    }
  }
  process.exit(1);
}

const [mode, a1, a2] = process.argv.slice(2);
if (mode === 'pool') {
  const { makePool } = await import('./inputs.mjs');
  writeFileSync(a2, JSON.stringify(makePool(Number(a1))));
} else if (mode === 'warm' || mode === 'full') {
  await warm(Number(a1), a2, mode === 'full');
} else if (mode === 'once') {
  await once(a1);
} else if (mode === 'compare') {
  compare(a1, a2);
} else {
  console.error('usage: node dotprompt.mjs pool N FILE | warm N POOL | full N POOL | once INPUTS | compare AEP DOT');
  process.exit(2);
}
