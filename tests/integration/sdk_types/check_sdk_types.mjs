// SDK conformance: type-checks every golden target payload with TypeScript
// (tsc --noEmit --strict) against the request types of the official npm SDKs
// pinned in tools/node/package.json. Each payload becomes one .ts file that
// assigns the JSON to a typed const, so object-literal freshness checks reject
// excess or misspelt properties. Negative controls (deliberately wrong
// payloads) must fail, proving the check can fail.
//
//   node check_sdk_types.mjs <repo-root> <work-dir>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [repo, work] = process.argv.slice(2);
if (!repo || !work) {
  console.error('usage: node check_sdk_types.mjs <repo-root> <work-dir>');
  process.exit(2);
}
const nm = path.join(repo, 'tools/node/node_modules');
const packages = ['typescript', 'openai', '@anthropic-ai/sdk', '@google/genai', 'ollama'];
for (const p of packages) {
  if (!fs.existsSync(path.join(nm, p, 'package.json'))) {
    console.error(`FAIL: ${path.join(nm, p)} is missing. Install the pinned npm packages: (cd tools/node && npm ci) or scripts/setup`);
    process.exit(1);
  }
}
const versions = Object.fromEntries(packages.map((p) => [p, JSON.parse(fs.readFileSync(path.join(nm, p, 'package.json'))).version]));
console.log('SDK versions:', Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(', '));

// The request type per target. Gemini: the SDK's GenerateContentParameters is
// the client call shape (model + contents + config), not the REST body, so the
// body is composed from the SDK's wire types; the SDK models enums as TS enums
// while the wire carries their string values, hence the `${Enum}` rewrites.
const preamble = {
  'openai-chat': `import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';\ntype Body = ChatCompletionCreateParams;`,
  'openai-responses': `import type { ResponseCreateParams } from 'openai/resources/responses/responses';\ntype Body = ResponseCreateParams;`,
  'anthropic': `import type { MessageCreateParams } from '@anthropic-ai/sdk/resources/messages';\ntype Body = MessageCreateParams;`,
  'ollama': `import type { ChatRequest } from 'ollama';\ntype Body = ChatRequest;`,
  'gemini': `import type { Content, GenerationConfig, Tool, ToolConfig, Schema, Type, FunctionDeclaration, FunctionCallingConfig, FunctionCallingConfigMode, SafetySetting } from '@google/genai';
type WireSchema = Omit<Schema, 'type' | 'items' | 'properties' | 'anyOf'> & {
  type?: \`\${Type}\`; items?: WireSchema; properties?: Record<string, WireSchema>; anyOf?: WireSchema[];
};
type WireGenerationConfig = Omit<GenerationConfig, 'responseSchema'> & { responseSchema?: WireSchema };
type WireFunctionDeclaration = Omit<FunctionDeclaration, 'parameters'> & { parameters?: WireSchema };
type WireTool = Omit<Tool, 'functionDeclarations'> & { functionDeclarations?: WireFunctionDeclaration[] };
type WireToolConfig = Omit<ToolConfig, 'functionCallingConfig'> & {
  functionCallingConfig?: Omit<FunctionCallingConfig, 'mode'> & { mode?: \`\${FunctionCallingConfigMode}\` };
};
// POST /v1beta/models/{model}:generateContent request body.
type Body = {
  contents: Content[]; systemInstruction?: Content; generationConfig?: WireGenerationConfig;
  tools?: WireTool[]; toolConfig?: WireToolConfig; safetySettings?: SafetySetting[]; cachedContent?: string;
};`,
};
// OpenAI-compatible profiles: the OpenAI type plus each server's documented extensions.
const openaiChat = `import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';`;
preamble['openai-compat:vllm'] = `${openaiChat}\ntype Body = ChatCompletionCreateParams & { top_k?: number };`;
preamble['openai-compat:llamacpp'] = preamble['openai-compat:vllm'];
preamble['openai-compat:lmstudio'] = preamble['openai-compat:vllm'];
preamble['openai-compat:tgi'] = `${openaiChat}\ntype Body = Omit<ChatCompletionCreateParams, 'response_format'> & { response_format?: { type: 'json_object'; value: Record<string, unknown> } };`;

const golden = path.join(repo, 'tests/golden/targets');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const files = [];
function emit(name, target, payload) {
  const file = path.join(work, `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.ts`);
  fs.writeFileSync(file, `${preamble[target]}\nconst payload: Body = ${JSON.stringify(payload, null, 2)};\nexport default payload;\n`);
  files.push(file);
  return file;
}
const targets = Object.keys(preamble).sort((a, b) => b.length - a.length);
const positives = new Map();
for (const f of fs.readdirSync(golden).sort()) {
  if (!f.endsWith('.json') || f.endsWith('.request.json') || f.endsWith('.models.json')) continue;
  const stem = f.slice(0, -'.json'.length);
  const target = targets.find((t) => stem.endsWith('.' + t.replace(':', '_')));
  if (!target) {
    console.error(`FAIL: ${f}: no SDK type is known for its target`);
    process.exit(1);
  }
  positives.set(emit(`pos.${stem}`, target, JSON.parse(fs.readFileSync(path.join(golden, f)))), f);
}

// Negative controls: one per SDK type, each with one deliberate mistake.
const negatives = new Map([
  [emit('neg.openai_chat_misspelt', 'openai-chat', { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], max_completion_token: 5 }), 'misspelt max_completion_tokens'],
  [emit('neg.openai_responses_chat_field', 'openai-responses', { model: 'gpt-4.1', input: 'hi', max_tokens: 5 }), 'chat-only field on Responses'],
  [emit('neg.anthropic_no_max_tokens', 'anthropic', { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'x' }] }), 'required max_tokens missing'],
  [emit('neg.anthropic_temperature', 'anthropic', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [], temperature: 0.2 }), 'temperature, absent from the pinned SDK'],
  [emit('neg.gemini_snake_case', 'gemini', { contents: [{ role: 'user', parts: [{ text: 'hi' }] }], generationConfig: { max_output_tokens: 5 } }), 'snake_case field'],
  [emit('neg.gemini_lower_type', 'gemini', { contents: [], generationConfig: { responseSchema: { type: 'string' } } }), 'lower-case schema type'],
  [emit('neg.ollama_options', 'ollama', { model: 'llama3.1', messages: [], options: { max_tokens: 5 } }), 'OpenAI name in Ollama options'],
]);

fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({
  compilerOptions: {
    strict: true, noEmit: true, target: 'ES2022', module: 'commonjs', moduleResolution: 'node10',
    skipLibCheck: true, types: [], baseUrl: nm, paths: { '*': ['*'] }, typeRoots: [path.join(nm, '@types')],
  },
  files,
}, null, 2));

let output = '';
try {
  execFileSync(process.execPath, [path.join(nm, 'typescript/bin/tsc'), '-p', path.join(work, 'tsconfig.json')], { encoding: 'utf8', cwd: work });
} catch (e) {
  output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
}
const errorsByFile = new Map();
for (const line of output.split('\n')) {
  const m = /^(.*?\.ts)\(\d+,\d+\): error/.exec(line);
  const key = m ? path.resolve(work, m[1]) : null;
  if (key) errorsByFile.set(key, [...(errorsByFile.get(key) ?? []), line]);
  else if (line.trim() && !line.startsWith(' ')) errorsByFile.set('(other)', [...(errorsByFile.get('(other)') ?? []), line]);
}
let failed = false;
for (const [file, golden] of positives) {
  const errs = errorsByFile.get(file);
  if (errs) {
    failed = true;
    console.error(`FAIL: ${golden} does not type-check against its SDK request type:\n  ${errs.join('\n  ')}`);
  }
}
for (const [file, why] of negatives) {
  if (!errorsByFile.get(file)) {
    failed = true;
    console.error(`FAIL: negative control ${path.basename(file)} (${why}) type-checked; the check cannot catch errors`);
  }
}
// Errors in a file that is neither a payload nor a control (e.g. a path the
// attribution above got wrong) must not pass unnoticed.
for (const [file, errs] of errorsByFile) {
  if (file !== '(other)' && !positives.has(file) && !negatives.has(file)) {
    failed = true;
    console.error(`FAIL: tsc errors in an unexpected file ${file}:\n  ${errs.join('\n  ')}`);
  }
}
if (errorsByFile.get('(other)')) {
  failed = true;
  console.error(`FAIL: tsc reported:\n  ${errorsByFile.get('(other)').join('\n  ')}`);
}
const rejected = [...negatives.keys()].filter((f) => errorsByFile.get(f)).length;
console.log(`${positives.size} golden payloads checked, ${rejected} of ${negatives.size} negative controls rejected: ${failed ? 'FAILED' : 'ok'}`);
process.exit(failed ? 1 : 0);
