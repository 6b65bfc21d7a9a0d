// The official SDKs' batch calls against `aep emulate`, unchanged: openai
// files.create + batches.create/retrieve + files.content, and
// @anthropic-ai/sdk messages.batches.create/retrieve/results.
//   node sdk_batch.mjs --aep build/cli/aep --repo .
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const repo = path.resolve(args.repo ?? '.');
const nodeDir = path.join(repo, 'tools', 'node');
const require = createRequire(path.join(nodeDir, 'package.json'));
const OpenAI = require('openai');
const Anthropic = require('@anthropic-ai/sdk');
const world = path.join(repo, 'tests/unit/runner/data/sim/world.json');
const ticket = 'I was charged twice for my subscription this month.';
const system = 'Classify the support ticket. Reply with only the label: billing, bug or howto.';

function fail(msg) { console.error(`FAIL: ${msg}`); process.exitCode = 1; }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const proc = spawn(args.aep, ['emulate', '--port', '0', '--world', world, '--batch-delay', '500ms'], { stdio: ['ignore', 'pipe', 'ignore'] });
const base = await new Promise((resolve, reject) => {
  const rl = readline.createInterface({ input: proc.stdout });
  rl.on('line', (line) => { const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line); if (m) resolve(m[1]); });
  proc.on('exit', (c) => reject(new Error(`aep emulate exited with ${c}`)));
});
try {
  const openai = new OpenAI({ apiKey: 'sk-test', baseURL: `${base}/v1` });
  const lines = [0, 1, 2].map((i) => JSON.stringify({ custom_id: `req-${i}`, method: 'POST', url: '/v1/chat/completions',
    body: { model: 'gpt-4o-mini', messages: [{ role: 'system', content: system }, { role: 'user', content: i === 0 ? ticket : `Ticket ${i}: the export button does nothing.` }] } }));
  const file = await openai.files.create({ file: await OpenAI.toFile(Buffer.from(lines.join('\n') + '\n'), 'batch.jsonl'), purpose: 'batch' });
  if (!file.id.startsWith('file-') || file.purpose !== 'batch') fail(`files.create: ${JSON.stringify(file)}`);
  let batch = await openai.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
  if (batch.status !== 'in_progress') fail(`batches.create status ${batch.status}`);
  while (batch.status !== 'completed') { await sleep(100); batch = await openai.batches.retrieve(batch.id); }
  if (batch.request_counts.total !== 3 || batch.request_counts.completed !== 3) fail(`request_counts ${JSON.stringify(batch.request_counts)}`);
  const text = await (await openai.files.content(batch.output_file_id)).text();
  const out = text.trim().split('\n').map((l) => JSON.parse(l));
  const first = out.find((o) => o.custom_id === 'req-0');
  if (out.length !== 3 || first.response.status_code !== 200 || first.response.body.choices[0].message.content !== 'billing')
    fail(`openai batch output: ${text.slice(0, 300)}`);
  else console.log(`openai: files.create, batches.create/retrieve, files.content: 3 results, req-0 = billing`);

  const anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: base });
  let mb = await anthropic.messages.batches.create({ requests: [0, 1].map((i) => ({ custom_id: `m-${i}`,
    params: { model: 'claude-3-5-haiku-latest', max_tokens: 50, system, messages: [{ role: 'user', content: i === 0 ? ticket : 'How do I add a second admin to my organisation?' }] } })) });
  if (mb.processing_status !== 'in_progress') fail(`messages.batches.create: ${mb.processing_status}`);
  while (mb.processing_status !== 'ended') { await sleep(100); mb = await anthropic.messages.batches.retrieve(mb.id); }
  const results = [];
  for await (const r of await anthropic.messages.batches.results(mb.id)) results.push(r);
  const m0 = results.find((r) => r.custom_id === 'm-0');
  if (results.length !== 2 || m0.result.type !== 'succeeded' || m0.result.message.content[0].text !== 'billing')
    fail(`anthropic results: ${JSON.stringify(results).slice(0, 300)}`);
  else console.log(`anthropic: messages.batches.create/retrieve/results: 2 results, m-0 = billing`);
} catch (e) {
  fail(e.stack ?? String(e));
} finally {
  proc.kill('SIGTERM');
}
