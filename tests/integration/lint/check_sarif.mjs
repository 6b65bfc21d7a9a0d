// SARIF conformance of `aep lint --format sarif`: every report is validated
// against the SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, shipped by the
// npm package @microsoft/jest-sarif, with its pinned ajv) and type-checked
// with tsc --strict against @types/sarif's `Log`. Reports come from the lint
// golden cases, the example project and a generated file that exercises
// fixes, notes and non-ASCII columns. Negative controls (a wrong level, a
// line 0, a misspelt property) must fail both checks, so the check can fail.
//
//   node check_sarif.mjs <repo-root> <aep-binary> <work-dir>
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [repo, aep, work] = process.argv.slice(2);
if (!repo || !aep || !work) {
  console.error('usage: node check_sarif.mjs <repo-root> <aep-binary> <work-dir>');
  process.exit(2);
}
const nm = path.join(repo, 'tools/node/node_modules');
const schemaFile = path.join(nm, '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
for (const need of [schemaFile, path.join(nm, 'typescript/package.json'), path.join(nm, '@types/sarif/index.d.ts')]) {
  if (!fs.existsSync(need)) {
    console.error(`FAIL: ${need} is missing. Install the pinned npm packages: (cd tools/node && npm ci) or scripts/setup`);
    process.exit(1);
  }
}
const require = createRequire(path.join(nm, '@microsoft/jest-sarif/package.json'));
const Ajv = require('ajv');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

// Reports to check: (name, arguments of aep lint), run from the repo root.
const scratch = path.join(work, 'scratch');
fs.mkdirSync(scratch);
fs.writeFileSync(path.join(scratch, 'unicode.aep'),
  'module unicode\n\nprompt P {\n  input note: string\n  user { "Résumé 😀 {{ note }}" }  // aep: ignore[unused-input]\n}\n');
const runs = [
  ['golden_suppressions', ['tests/golden/lint/suppressions.aep']],
  ['golden_config', ['tests/golden/lint/config_project']],
  ['golden_syntax_error', ['tests/golden/lint/syntax_error.aep']],
  ['examples', ['examples/support']],
  ['unicode', [path.join(scratch, 'unicode.aep')]],
];
const reports = {};
for (const [name, args] of runs) {
  const r = spawnSync(aep, ['lint', '--no-cache', '--format', 'sarif', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`FAIL: aep lint ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  reports[name] = JSON.parse(r.stdout);
  if (reports[name].runs[0].results.length === 0 && name !== 'unicode') {
    console.error(`FAIL: the ${name} report has no results, so it checks nothing`);
    process.exit(1);
  }
}

// Negative controls, derived from a real report.
const base = reports.golden_suppressions;
const clone = (o) => JSON.parse(JSON.stringify(o));
const negatives = {};
negatives.neg_level = clone(base);
negatives.neg_level.runs[0].results[0].level = 'warn';
negatives.neg_line0 = clone(base);
negatives.neg_line0.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
negatives.neg_property = clone(base);
negatives.neg_property.runs[0].results[0].messages = negatives.neg_property.runs[0].results[0].message;
delete negatives.neg_property.runs[0].results[0].message;

// 1. JSON schema.
const ajv = new Ajv({ schemaId: 'id', allErrors: true, jsonPointers: true, logger: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let failed = false;
for (const [name, doc] of Object.entries(reports)) {
  if (!validate(doc)) {
    failed = true;
    console.error(`FAIL: ${name} does not validate against the SARIF 2.1.0 schema:`);
    for (const e of validate.errors.slice(0, 10)) console.error(`  ${e.dataPath} ${e.message}`);
  } else {
    console.log(`ok schema: ${name} (${doc.runs[0].results.length} results)`);
  }
}
for (const name of ['neg_level', 'neg_line0', 'neg_property']) {
  if (validate(negatives[name])) {
    failed = true;
    console.error(`FAIL: negative control ${name} validates against the schema; the check cannot fail`);
  } else {
    console.log(`ok schema rejects ${name}`);
  }
}

// 2. TypeScript types (@types/sarif), object-literal freshness included.
const files = [];
for (const [name, doc] of [...Object.entries(reports), ...Object.entries(negatives)]) {
  const file = path.join(work, `${name}.ts`);
  fs.writeFileSync(file, `import type { Log } from 'sarif';\nexport const log: Log = ${JSON.stringify(doc, null, 1)};\n`);
  files.push(file);
}
fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({
  compilerOptions: {
    strict: true, noEmit: true, target: 'ES2022', module: 'commonjs', moduleResolution: 'node10',
    skipLibCheck: true, types: [], baseUrl: nm, paths: { '*': ['*', '@types/*'] }, typeRoots: [path.join(nm, '@types')],
  },
  files,
}, null, 2));
let output = '';
try {
  execFileSync(process.execPath, [path.join(nm, 'typescript/bin/tsc'), '-p', path.join(work, 'tsconfig.json')], { encoding: 'utf8', cwd: work });
} catch (e) {
  output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
}
const errorsOf = (name) => output.split('\n').filter((l) => l.startsWith(`${name}.ts(`) || l.includes(`/${name}.ts(`));
for (const name of Object.keys(reports)) {
  const errs = errorsOf(name);
  if (errs.length) {
    failed = true;
    console.error(`FAIL: ${name} does not type-check as a sarif Log:\n  ${errs.slice(0, 10).join('\n  ')}`);
  } else {
    console.log(`ok types: ${name}`);
  }
}
// A line 0 is a value constraint the types cannot express: schema only.
for (const name of ['neg_level', 'neg_property']) {
  if (errorsOf(name).length === 0) {
    failed = true;
    console.error(`FAIL: negative control ${name} type-checks; the check cannot fail`);
  } else {
    console.log(`ok types reject ${name}`);
  }
}
const unexpected = output.split('\n').filter((l) => /error TS/.test(l) && !/\.ts\(/.test(l));
if (unexpected.length) {
  failed = true;
  console.error(`FAIL: tsc reported:\n  ${unexpected.join('\n  ')}`);
}

// 3. What the schema cannot say: every ruleIndex points at its ruleId, and
// columns are UTF-16 (the 😀 counts two units).
for (const [name, doc] of Object.entries(reports)) {
  const run = doc.runs[0];
  if (run.columnKind !== 'utf16CodeUnits') { failed = true; console.error(`FAIL: ${name}: columnKind is ${run.columnKind}`); }
  for (const r of run.results) {
    if (run.tool.driver.rules[r.ruleIndex]?.id !== r.ruleId) {
      failed = true;
      console.error(`FAIL: ${name}: ruleIndex ${r.ruleIndex} is not rule ${r.ruleId}`);
    }
    if (!r.partialFingerprints?.primaryLocationLineHash) {
      failed = true;
      console.error(`FAIL: ${name}: a result without partialFingerprints`);
    }
  }
}
const uni = reports.unicode.runs[0].results.find((r) => r.ruleId === 'unused-suppression');
if (!uni) {
  failed = true;
  console.error('FAIL: the unicode case reports no unused-suppression');
} else if (uni.locations[0].physicalLocation.region.startColumn !== 51) {
  failed = true;
  console.error(`FAIL: the unicode case's column is ${uni.locations[0].physicalLocation.region.startColumn}, expected 51 (UTF-16 units; 50 code points)`);
} else {
  console.log('ok utf-16 columns');
}
process.exit(failed ? 1 : 0);
