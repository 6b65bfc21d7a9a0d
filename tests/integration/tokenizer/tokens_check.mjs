// `aep tokens` end to end, checked against the official tiktoken WASM build
// (npm tiktoken 1.0.22) and the price table:
//
//   node tokens_check.mjs --aep build/cli/aep
//
// 1. The fixture project (tokens_project/): `aep lower` gives the exact
//    OpenAI Chat payload; this script counts it independently with tiktoken
//    by the cookbook's rules (3 tokens + role + content a message, +3 reply
//    priming, the function-definition rule) and requires aep's total, its
//    per-message figures and its section sums to match.
// 2. Cacheable prefix: the prompt with the question last has a long static
//    prefix (OpenAI: 1,024 + k x 128 tokens cached); the same prompt with
//    `{{ city }}` first has none, and the report names `city` and the
//    static text after it.
// 3. The example project (examples/support): every native target counts,
//    every figure carries exact + encoding, Anthropic/Gemini/Ollama are
//    estimates, and the cost equals the formula over models.json's prices.
// Exit 0 when every check passes; otherwise each failure is printed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const modules = path.join(repo, "tools/node/node_modules");
if (!existsSync(path.join(modules, "tiktoken/package.json"))) {
  console.error(`FAIL: ${modules}/tiktoken is missing; run scripts/setup`);
  process.exit(1);
}
if (!args.aep || !existsSync(args.aep)) {
  console.error(`FAIL: aep binary not found at ${args.aep}`);
  process.exit(1);
}
const require = createRequire(path.join(modules, "x.js"));
const { get_encoding } = require("tiktoken");
const o200k = get_encoding("o200k_base");
const n = (text) => o200k.encode_ordinary(text).length;

let failures = 0, checks = 0;
function check(name, ok, detail = "") {
  checks++;
  if (!ok) {
    failures++;
    console.error(`FAIL: ${name}${detail ? ": " + detail : ""}`);
  }
}
function eq(name, expected, actual) { check(name, expected === actual, `expected ${expected}, got ${actual}`); }

function aep(argv, { allowFail = false } = {}) {
  const r = spawnSync(args.aep, argv, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0 && !allowFail) {
    console.error(`FAIL: aep ${argv.join(" ")} exited ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
  return r;
}

// The cookbook's function-definition rule (o200k_base models: func_init 7).
function cookbookTools(tools) {
  if (!tools || tools.length === 0) return 0;
  let total = 0;
  for (const t of tools) {
    const f = t.function;
    total += 7;
    total += n(`${f.name}:${(f.description ?? "").replace(/\.$/, "")}`);
    const props = f.parameters?.properties ?? {};
    if (Object.keys(props).length > 0) {
      total += 3;
      for (const [key, p] of Object.entries(props)) {
        total += 3;
        let type = p.type;
        const flat = typeof type === "string" && ["string", "number", "integer", "boolean"].includes(type);
        if (!flat) {
          const sub = { ...p };
          delete sub.description;
          type = JSON.stringify(sub);
        }
        if (Array.isArray(p.enum)) {
          total += -3;
          for (const item of p.enum) total += 3 + n(typeof item === "string" ? item : JSON.stringify(item));
        }
        total += n(`${key}:${type}:${(p.description ?? "").replace(/\.$/, "")}`);
      }
    }
  }
  return total + 12;
}

function cookbookChat(payload) {
  let total = 3;  // reply priming
  const perMessage = [];
  for (const m of payload.messages) {
    const content = typeof m.content === "string" ? m.content : (m.content ?? []).map((b) => b.text ?? "").join("");
    const framing = 3 + n(m.role) + (m.name ? 1 + n(m.name) : 0);
    perMessage.push({ content: n(content), framing });
    total += framing + n(content);
  }
  const tools = cookbookTools(payload.tools);
  const schema = payload.response_format?.json_schema ? n(JSON.stringify(payload.response_format.json_schema)) : 0;
  return { total: total + tools + schema, perMessage, tools, schema };
}

const fixture = "tests/integration/tokenizer/tokens_project/app/ask.aep";
const question = "Will it rain in Lyon tomorrow? <|endoftext|> Answer in celsius.";

// 1. aep's OpenAI count equals tiktoken + the cookbook rule on the real payload.
{
  const request = aep(["render", `${fixture}#Ask`, "--input", `question=${question}`]).stdout;
  const reqFile = path.join(process.env.TMPDIR ?? "/tmp", `aep-tokens-${process.pid}.json`);
  (await import("node:fs")).writeFileSync(reqFile, request);
  const payload = JSON.parse(aep(["lower", "--target", "openai-chat", reqFile]).stdout);
  (await import("node:fs")).unlinkSync(reqFile);
  const expected = cookbookChat(payload);
  const out = JSON.parse(aep(["tokens", `${fixture}#Ask`, "--input", `question=${question}`, "--format", "json"]).stdout);
  eq("targets from aep.toml", "aep.toml [build] targets", out.targets_from);
  eq("targets listed in aep.toml", "openai-chat,anthropic", out.targets.map((t) => t.target).join(","));
  const chat = out.targets[0];
  eq("openai-chat total = tiktoken + cookbook rule", expected.total, chat.total);
  eq("tool definitions", expected.tools, chat.tools);
  eq("message count", expected.perMessage.length, chat.messages.length);
  expected.perMessage.forEach((m, i) => {
    eq(`message ${i} content`, m.content, chat.messages[i].content);
    eq(`message ${i} framing`, m.framing, chat.messages[i].framing);
  });
  eq("encoding", "o200k_base", chat.encoding);
  eq("model from the prompt", "gpt-4o", chat.model);
  eq("reserved output tokens (max_tokens: 300)", 300, chat.cost.output_tokens);
  const p4o = { input: 2.5, cached: 1.25, output: 10 };  // models.json, gpt-4o
  const warm = ((chat.total - chat.cache.cacheable_tokens) * p4o.input + chat.cache.cacheable_tokens * p4o.cached + 300 * p4o.output) / 1e6;
  check("fixture warm cost", Math.abs(warm - chat.cost.warm_call) < 1e-12, `${warm} vs ${chat.cost.warm_call}`);
  check("strict tools make the figure an estimate", chat.exact === false);
  const sectionSum = chat.sections.reduce((a, s) => a + s.tokens, 0);
  const contentSum = chat.messages.reduce((a, m) => a + m.content, 0);
  eq("sections add up to the messages' content", contentSum, sectionSum);
  check("section `rules` is listed", chat.sections.some((s) => s.section === "rules" && s.tokens > 1000));

  // 2. Cacheable prefix: rules first, then `{{ city }}`.
  const c = chat.cache;
  check("first dynamic text is the city input", c.first_dynamic?.reason === "input `city`", JSON.stringify(c.first_dynamic));
  eq("first dynamic line", 82, c.first_dynamic?.line);
  check("static prefix covers tools and rules", c.prefix_tokens > 1100 && c.prefix_tokens < chat.total, `${c.prefix_tokens}`);
  eq("OpenAI caches 1,024 + k x 128 of it", 1024 + Math.floor((c.prefix_tokens - 1024) / 128) * 128, c.cacheable_tokens);
  const anthropic = out.targets[1];
  eq("Anthropic: no breakpoint, nothing cached", 0, anthropic.cache.cacheable_tokens);
  check("Anthropic explains why", anthropic.cache.notes.some((s) => s.includes("no cache breakpoint")));
  check("Anthropic is an estimate", anthropic.exact === false && anthropic.encoding === "o200k_base");
  eq("Anthropic tool-use system prompt (auto)", 346, anthropic.tool_system_prompt);

  const first = JSON.parse(aep(["tokens", `${fixture}#AskCityFirst`, "--input", `question=${question}`, "--format", "json",
                                 "--target", "openai-chat"]).stdout).targets[0];
  eq("city first: nothing cacheable", 0, first.cache.cacheable_tokens);
  check("city first: reported", first.cache.first_dynamic?.reason === "input `city`");
  check("city first: the rules follow it", first.cache.static_after_dynamic_tokens > 1000 &&
        first.cache.static_after_dynamic.some((r) => r.section === "rules"));
}

// 3. The example project on every native target.
{
  const out = JSON.parse(aep(["tokens", "examples/support/support/triage.aep#TriageTicket", "--input",
                              "ticket=I was charged twice for order AC-104233", "--format", "json"]).stdout);
  eq("default targets", "openai-chat,openai-responses,anthropic,gemini,ollama", out.targets.map((t) => t.target).join(","));
  eq("budget", 6000, out.budget?.tokens);
  const models = JSON.parse(readFileSync(path.join(repo, "compiler/targets/data/models.json"), "utf8")).models;
  const price = (name) => {
    for (let m = models[name]; m; m = models[m.extends]) if (m.price) return m.price;
    return null;
  };
  for (const t of out.targets) {
    check(`${t.target}: has exact and encoding`, typeof t.exact === "boolean" && typeof t.encoding === "string");
    const parts = t.messages.reduce((a, m) => a + m.total, 0) + t.tools + t.tool_system_prompt + t.output_schema + t.reply_priming;
    eq(`${t.target}: total is the sum of its parts`, parts, t.total);
    if (["anthropic", "gemini", "ollama"].includes(t.target)) check(`${t.target}: labelled estimate`, t.exact === false && t.notes.length > 0);
    const p = price(t.model);
    if (p) {
      const perM = 1e-6;
      const warm = (t.total - t.cost.cached_tokens) * p.input * perM + t.cost.cached_tokens * p.cached_input * perM +
                   t.cost.output_tokens * p.output * perM;
      check(`${t.target}: warm cost = formula`, Math.abs(warm - t.cost.warm_call) < 1e-12, `${warm} vs ${t.cost.warm_call}`);
      check(`${t.target}: output tokens from the prompt's max_output_tokens`,
            t.cost.output_source === "the prompt's max_output_tokens" && t.cost.output_tokens > 0, t.cost.output_source);
    } else {
      check(`${t.target}: unpriced model says so`, t.cost.priced === false);
    }
  }
  const chat = out.targets[0];
  check("triage: `product` is the first dynamic text", chat.cache.first_dynamic?.reason === "input `product`" &&
        chat.cache.first_dynamic?.file.endsWith("common.aep"), JSON.stringify(chat.cache.first_dynamic));
  // The ticket is untrusted: its wrapper is counted with it.
  const text = aep(["tokens", "examples/support/support/triage.aep#TriageTicket", "--input", "ticket=x", "-t", "ollama"]).stdout;
  check("text output names the estimate", text.includes("estimate") && text.includes("cacheable prefix"), text.slice(0, 400));
}

// 4. Bad input: clear errors and exit codes.
{
  const r1 = aep(["tokens", `${fixture}#Ask`, "--input", "question=x", "--target", "openai-chatt"], { allowFail: true });
  eq("unknown target exit", 2, r1.status);
  check("unknown target lists the known ones", r1.stderr.includes("openai-chat") && r1.stderr.includes("known targets"), r1.stderr);
  const r2 = aep(["tokens", `${fixture}#Nope`], { allowFail: true });
  eq("unknown prompt exit", 2, r2.status);
  check("unknown prompt lists the prompts", r2.stderr.includes("Ask, AskCityFirst"), r2.stderr);
  const r3 = aep(["tokens", `${fixture}#Ask`], { allowFail: true });
  eq("missing input exit", 1, r3.status);
  check("missing input is named", r3.stderr.includes("question"), r3.stderr);
  const r4 = aep(["tokens", fixture], { allowFail: true });
  eq("no #Prompt exit", 2, r4.status);
  const r5 = aep(["tokens", `${fixture}#Ask`, "--input", "question=x", "--model", "gpt-9"], { allowFail: true });
  eq("unknown model exit", 2, r5.status);
  check("unknown model is named", r5.stderr.includes("gpt-9"), r5.stderr);
  const r6 = spawnSync(args.aep, ["tokens", `${fixture}#Ask`, "--input", "question=x"], {
    cwd: repo, encoding: "utf8", env: { ...process.env, AEP_DATA_DIR: "/nonexistent-aep-data" } });
  eq("missing rank file exit", 2, r6.status);
  check("missing rank file says what to run", r6.stderr.includes("o200k_base") && r6.stderr.includes("setup"), r6.stderr);
}

console.log(`aep tokens: ${checks - failures}/${checks} checks passed`);
process.exit(failures ? 1 : 0);
