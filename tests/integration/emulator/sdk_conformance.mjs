// SDK conformance for `aep emulate`: the official npm clients (openai,
// @anthropic-ai/sdk, @google/genai, ollama), unchanged, talk to the emulator
// on 127.0.0.1 plain and streaming; every answer must equal what the test
// world says for the item, usage must be reported, JSON must parse when
// asked for. Then each fault kind is injected with probability 1 and each
// SDK must surface the right error (class and status). A missing SDK is a
// failure, never a skip. Usage: node sdk_conformance.mjs --aep PATH --repo DIR
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const repo = path.resolve(opt('--repo', process.cwd()));
const aep = opt('--aep', path.join(repo, 'build/cli/aep'));
const world = path.join(repo, 'tests/integration/emulator/world.json');
const nodeDir = path.join(repo, 'tools/node');

for (const pkg of ['openai', '@anthropic-ai/sdk', '@google/genai', 'ollama']) {
  if (!fs.existsSync(path.join(nodeDir, 'node_modules', pkg, 'package.json'))) {
    console.error(`FAIL: the npm package ${pkg} is not installed in ${nodeDir}/node_modules; ` +
                  'run `npm ci` in tools/node (scripts/setup does it)');
    process.exit(1);
  }
}
if (!fs.existsSync(aep)) { console.error(`FAIL: ${aep} does not exist; build the aep target first`); process.exit(1); }

const require = createRequire(path.join(nodeDir, 'package.json'));
const OpenAI = require('openai');
const Anthropic = require('@anthropic-ai/sdk');
const { GoogleGenAI } = require('@google/genai');
const { Ollama } = require('ollama');

const TICKET = 'I was charged twice for my subscription this month.';
const EXPECTED = 'billing';
const SYSTEM = 'Classify the support ticket into billing, technical or account. Reply with only the label.';
const SCHEMA = { type: 'object', properties: { label: { type: 'string', enum: ['billing', 'technical', 'account'] } },
                 required: ['label'], additionalProperties: false };

const results = [];
function check(name, ok, detail = '') { results.push({ name, ok: !!ok, detail }); }
async function attempt(name, fn) {
  try { await fn(); } catch (e) { check(name, false, `threw ${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 200)}`); }
}

function startEmulator(extra = []) {
  return new Promise((resolve, reject) => {
    const proc = spawn(aep, ['emulate', '--port', '0', '--world', world, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => { stderr += d; });
    proc.on('exit', (code) => reject(new Error(`aep emulate exited with ${code}: ${stderr}`)));
    const rl = readline.createInterface({ input: proc.stdout });
    rl.once('line', (line) => {
      const m = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
      if (!m) return reject(new Error(`unexpected first line: ${line}`));
      resolve({ url: m[1], port: Number(m[2]), proc,
                stop: () => new Promise((r) => { proc.removeAllListeners('exit'); proc.on('exit', r); proc.kill('SIGTERM'); }) });
    });
  });
}

function clients(url, extra = {}) {
  return {
    openai: new OpenAI({ apiKey: 'sk-test-not-a-key', baseURL: `${url}/v1`, ...extra }),
    anthropic: new Anthropic({ apiKey: 'sk-ant-test', baseURL: url, ...extra }),
    genai: new GoogleGenAI({ apiKey: 'test-key', httpOptions: { baseUrl: url, ...(extra.timeout ? { timeout: extra.timeout } : {}) } }),
    ollama: new Ollama({ host: url }),
  };
}

const chatMessages = [{ role: 'system', content: SYSTEM }, { role: 'user', content: TICKET }];

async function conformance(url) {
  const { openai, anthropic, genai, ollama } = clients(url);

  await attempt('openai chat plain', async () => {
    const { data, response } = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: chatMessages }).withResponse();
    check('openai chat plain: text', data.choices[0].message.content === EXPECTED, data.choices[0].message.content);
    check('openai chat plain: usage', data.usage.prompt_tokens > 0 && data.usage.completion_tokens > 0, JSON.stringify(data.usage));
    check('openai chat plain: x-request-id', /^req_/.test(response.headers.get('x-request-id') ?? ''));
    check('openai chat plain: rate-limit headers', response.headers.get('x-ratelimit-remaining-requests') !== null);
  });
  await attempt('openai chat stream', async () => {
    const stream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: chatMessages, stream: true,
                                                           stream_options: { include_usage: true } });
    let text = ''; let usage = null; let finish = null;
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta?.content) text += chunk.choices[0].delta.content;
      if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    check('openai chat stream: text', text === EXPECTED, text);
    check('openai chat stream: usage', usage?.completion_tokens > 0, JSON.stringify(usage));
    check('openai chat stream: finish_reason', finish === 'stop', finish);
  });
  await attempt('openai chat json_schema', async () => {
    const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: TICKET }],
      response_format: { type: 'json_schema', json_schema: { name: 'ticket', schema: SCHEMA, strict: true } } });
    check('openai chat json_schema: JSON label', JSON.parse(r.choices[0].message.content).label === EXPECTED, r.choices[0].message.content);
  });
  await attempt('openai chat helper stream', async () => {
    const runner = openai.chat.completions.stream({ model: 'gpt-4o-mini', messages: chatMessages });
    const final = await runner.finalChatCompletion();
    check('openai chat .stream() finalChatCompletion', final.choices[0].message.content === EXPECTED, final.choices[0].message.content);
  });
  await attempt('openai responses plain', async () => {
    const r = await openai.responses.create({ model: 'gpt-4.1-mini', instructions: SYSTEM, input: TICKET });
    check('openai responses plain: output_text', r.output_text === EXPECTED, r.output_text);
    check('openai responses plain: usage', r.usage.input_tokens > 0 && r.usage.output_tokens > 0, JSON.stringify(r.usage));
  });
  await attempt('openai responses stream', async () => {
    const stream = await openai.responses.create({ model: 'gpt-4.1-mini', instructions: SYSTEM, input: TICKET, stream: true });
    let text = ''; let completed = null; const seq = [];
    for await (const ev of stream) {
      seq.push(ev.sequence_number);
      if (ev.type === 'response.output_text.delta') text += ev.delta;
      if (ev.type === 'response.completed') completed = ev.response;
    }
    check('openai responses stream: deltas', text === EXPECTED, text);
    check('openai responses stream: completed usage', completed?.usage?.output_tokens > 0);
    check('openai responses stream: sequence numbers', seq.every((n, i) => n === i));
    const helper = openai.responses.stream({ model: 'gpt-4.1-mini', instructions: SYSTEM, input: TICKET });
    const final = await helper.finalResponse();
    check('openai responses .stream() finalResponse', final.output_text === EXPECTED, final.output_text);
  });
  await attempt('openai responses json', async () => {
    const r = await openai.responses.create({ model: 'gpt-4.1-mini', input: TICKET,
      text: { format: { type: 'json_schema', name: 'ticket', schema: SCHEMA, strict: true } } });
    check('openai responses json_schema: JSON label', JSON.parse(r.output_text).label === EXPECTED, r.output_text);
  });
  await attempt('anthropic plain', async () => {
    const { data, response } = await anthropic.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 256, system: SYSTEM,
      messages: [{ role: 'user', content: TICKET }] }).withResponse();
    check('anthropic plain: text', data.content[0].text === EXPECTED, data.content[0].text);
    check('anthropic plain: usage', data.usage.input_tokens > 0 && data.usage.output_tokens > 0, JSON.stringify(data.usage));
    check('anthropic plain: stop_reason', data.stop_reason === 'end_turn', data.stop_reason);
    check('anthropic plain: request-id', /^req_/.test(response.headers.get('request-id') ?? ''));
    check('anthropic plain: rate-limit headers', response.headers.get('anthropic-ratelimit-requests-remaining') !== null);
  });
  await attempt('anthropic stream', async () => {
    const stream = await anthropic.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 256, system: SYSTEM, stream: true,
      messages: [{ role: 'user', content: TICKET }] });
    let text = ''; const types = [];
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta') text += ev.delta.text;
    }
    check('anthropic stream: text', text === EXPECTED, text);
    check('anthropic stream: event order', types[0] === 'message_start' && types.at(-1) === 'message_stop', types.join(','));
    const helper = anthropic.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 256, system: SYSTEM,
      messages: [{ role: 'user', content: TICKET }] });
    const final = await helper.finalMessage();
    check('anthropic .stream() finalMessage', final.content[0].text === EXPECTED && final.usage.output_tokens > 0,
          JSON.stringify(final.content));
  });
  await attempt('anthropic forced tool', async () => {
    const r = await anthropic.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 256,
      messages: [{ role: 'user', content: TICKET }],
      tools: [{ name: 'classify', description: 'record the label', input_schema: SCHEMA }],
      tool_choice: { type: 'tool', name: 'classify' } });
    const block = r.content.find((b) => b.type === 'tool_use');
    check('anthropic forced tool: input.label', block?.input?.label === EXPECTED && r.stop_reason === 'tool_use', JSON.stringify(r.content));
  });
  await attempt('gemini plain', async () => {
    const r = await genai.models.generateContent({ model: 'gemini-2.5-flash', contents: TICKET, config: { systemInstruction: SYSTEM } });
    check('gemini plain: text', r.text === EXPECTED, r.text);
    check('gemini plain: usage', r.usageMetadata?.promptTokenCount > 0 && r.usageMetadata?.candidatesTokenCount > 0,
          JSON.stringify(r.usageMetadata));
  });
  await attempt('gemini stream', async () => {
    const stream = await genai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: TICKET, config: { systemInstruction: SYSTEM } });
    let text = ''; let last = null;
    for await (const chunk of stream) { text += chunk.text ?? ''; last = chunk; }
    check('gemini stream: text', text === EXPECTED, text);
    check('gemini stream: usage', last?.usageMetadata?.candidatesTokenCount > 0);
  });
  await attempt('gemini json', async () => {
    const r = await genai.models.generateContent({ model: 'gemini-2.5-flash', contents: TICKET,
      config: { responseMimeType: 'application/json', responseSchema: { type: 'OBJECT', properties: { label: { type: 'STRING' } } } } });
    check('gemini responseSchema: JSON label', JSON.parse(r.text).label === EXPECTED, r.text);
  });
  await attempt('gemini v1beta', async () => {
    const beta = new GoogleGenAI({ apiKey: 'k', apiVersion: 'v1beta', httpOptions: { baseUrl: url } });
    const r = await beta.models.generateContent({ model: 'gemini-2.5-flash', contents: TICKET, config: { systemInstruction: SYSTEM } });
    check('gemini apiVersion v1beta: text', r.text === EXPECTED, r.text);
  });
  await attempt('ollama plain', async () => {
    const r = await ollama.chat({ model: 'llama3.2', messages: chatMessages, stream: false });
    check('ollama plain: text', r.message.content === EXPECTED, r.message.content);
    check('ollama plain: counts', r.prompt_eval_count > 0 && r.eval_count > 0 && r.done === true);
  });
  await attempt('ollama stream', async () => {
    const stream = await ollama.chat({ model: 'llama3.2', messages: chatMessages, stream: true });
    let text = ''; let last = null;
    for await (const part of stream) { text += part.message.content; last = part; }
    check('ollama stream: text', text === EXPECTED, text);
    check('ollama stream: final counts', last?.done === true && last.eval_count > 0);
  });
  await attempt('ollama json', async () => {
    const r = await ollama.chat({ model: 'llama3.2', messages: [{ role: 'user', content: TICKET }], format: SCHEMA, stream: false });
    check('ollama format schema: JSON label', JSON.parse(r.message.content).label === EXPECTED, r.message.content);
  });
}

// Runs `call` and reports the error it ends in (or that it did not fail).
async function outcome(call) {
  try {
    const v = await call();
    return { ok: true, value: v };
  } catch (e) {
    return { ok: false, cls: e?.constructor?.name ?? typeof e, status: e?.status ?? e?.status_code ?? e?.code,
             message: String(e?.message ?? e).slice(0, 160), error: e };
  }
}

async function drainOpenAIStream(client) {
  const s = await client.chat.completions.create({ model: 'm', messages: chatMessages, stream: true });
  let t = ''; for await (const c of s) t += c.choices[0]?.delta?.content ?? ''; return t;
}

async function faultMatrix() {
  const kinds = {
    '429': { spec: '429:1:retry-after=0', status: 429, openai: 'RateLimitError', anthropic: 'RateLimitError' },
    'quota': { spec: 'quota:1', status: 429, openai: 'RateLimitError', anthropic: 'RateLimitError' },
    '500': { spec: '500:1', status: 500, openai: 'InternalServerError', anthropic: 'InternalServerError' },
    '503': { spec: '503:1', status: 503, openai: 'InternalServerError', anthropic: 'ServiceUnavailableError' },
    '529': { spec: '529:1', status: 529, openai: 'InternalServerError', anthropic: 'OverloadedError' },
    'hang': { spec: 'hang:1:for=3s', openai: 'APIConnectionTimeoutError', anthropic: 'APIConnectionTimeoutError' },
    'truncate': { spec: 'truncate:1' },
    'malformed': { spec: 'malformed:1' },
    'cut-stream': { spec: 'cut-stream:1', stream: true },
  };
  for (const [kind, k] of Object.entries(kinds)) {
    const emu = await startEmulator(['--faults', k.spec]);
    try {
      const { openai, anthropic, genai, ollama } = clients(emu.url, { maxRetries: 0, timeout: 800 });
      const calls = k.stream ? {
        openai: () => drainOpenAIStream(openai),
        anthropic: async () => { const s = await anthropic.messages.create({ model: 'c', max_tokens: 64, stream: true, messages: [{ role: 'user', content: TICKET }] });
                                 let t = ''; for await (const e of s) if (e.type === 'content_block_delta') t += e.delta.text; return t; },
        gemini: async () => { let t = ''; for await (const c of await genai.models.generateContentStream({ model: 'g', contents: TICKET })) t += c.text ?? ''; return t; },
        ollama: async () => { let t = ''; for await (const p of await ollama.chat({ model: 'l', messages: chatMessages, stream: true })) t += p.message.content; return t; },
      } : {
        openai: () => openai.chat.completions.create({ model: 'm', messages: chatMessages }),
        anthropic: () => anthropic.messages.create({ model: 'c', max_tokens: 64, messages: [{ role: 'user', content: TICKET }] }),
        gemini: () => genai.models.generateContent({ model: 'g', contents: TICKET }),
        ollama: k.spec.startsWith('hang')
          ? () => Promise.race([ollama.chat({ model: 'l', messages: chatMessages, stream: false }),
                                new Promise((_, rej) => setTimeout(() => rej(new Error('client timeout (800 ms)')), 800))])
          : () => ollama.chat({ model: 'l', messages: chatMessages, stream: false }),
      };
      for (const [sdk, call] of Object.entries(calls)) {
        const o = await outcome(call);
        let ok = !o.ok;
        if (ok && k.status !== undefined) ok = Number(o.status) === k.status || o.message.includes(String(k.status));
        if (ok && k[sdk]) ok = o.cls === k[sdk];
        if (ok && kind === 'quota' && sdk === 'openai') ok = o.error?.code === 'insufficient_quota';
        check(`fault ${kind} -> ${sdk}: ${o.ok ? 'no error' : `${o.cls} ${o.status ?? ''}`}`.trim(), ok, o.ok ? 'the call succeeded' : o.message);
      }
    } finally {
      await emu.stop();
    }
  }
  // Retries against a seeded 50% fault rate: the SDKs' own retries get through
  // because a repeated request draws a fresh fault.
  const emu = await startEmulator(['--faults', '429:0.3:retry-after-ms=5,500:0.2', '--seed', '3']);
  try {
    const { openai, anthropic } = clients(emu.url, { maxRetries: 8 });
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => outcome(() =>
      (i % 2 ? anthropic.messages.create({ model: 'c', max_tokens: 64, system: SYSTEM, messages: [{ role: 'user', content: TICKET + ' #' + i }] })
             : openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: TICKET + ' #' + i }] })))));
    const okCount = all.filter((o) => o.ok).length;
    check('50% faults with SDK retries: 20 of 20 calls succeed', okCount === 20, `${okCount} succeeded`);
  } finally {
    await emu.stop();
  }
}

const main = async () => {
  const emu = await startEmulator();
  try { await conformance(emu.url); } finally { await emu.stop(); }
  await faultMatrix();
  let failed = 0;
  for (const r of results) {
    if (!r.ok) failed++;
    console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}${r.detail && !r.ok ? `  (${r.detail})` : ''}`);
  }
  console.log(`\n${results.length - failed} of ${results.length} checks passed`);
  process.exit(failed ? 1 : 0);
};
main().catch((e) => { console.error('FAIL:', e); process.exit(1); });
