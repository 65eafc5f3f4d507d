// The engine's own case tables, read without vitest: the rules' tables (detectors/*.test.ts tables
// and lexicon/cases/*.ts; `kind: 'rules'`) and the verifier's own (verifier/cases.ts; `kind:
// 'verifier'`). The verifier's thresholds are tuned so that it keeps what the rules' tables promise
// a user (a should-not-warn row stays silent, no expected category is vetoed) and answers its own
// table exactly (scripts/lib/tune.mjs).
import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { root } from './bundle.mjs';

const collector = {
  name: 'table-collector',
  setup(build) {
    build.onResolve({ filter: /(^|\/)testing\/table$|^pcg-collector$/ }, () => ({ path: 'collector', namespace: 'pcg' }));
    // Detector test files may also hold plain vitest tests: outside the runner they do nothing.
    build.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'pcg-vitest' }));
    build.onLoad({ filter: /.*/, namespace: 'pcg-vitest' }, () => ({
      contents:
        'const noop = () => {};\n' +
        'const each = () => noop;\n' +
        'export const describe = Object.assign(noop, { each, skip: noop, only: noop });\n' +
        'export const it = Object.assign(noop, { each, skip: noop, only: noop });\n' +
        'export const test = it;\n' +
        'export const expect = () => new Proxy({}, { get: () => noop });\n' +
        'export const beforeEach = noop, afterEach = noop, beforeAll = noop, afterAll = noop, vi = {};',
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'pcg' }, () => ({
      contents:
        'export const rows = [];\n' +
        'export function table(title, list) { for (const [text, expect] of list) rows.push({ text, expect, source: title }); }\n' +
        'export function categories() { return []; }',
      loader: 'js',
    }));
  },
};

/** Every should-warn / should-not-warn case of the engine: { text, expect, source, kind }. */
export async function loadCases() {
  const rules = join(root, 'utils', 'rules');
  const detectorTests = readdirSync(join(rules, 'detectors')).filter((f) => f.endsWith('.test.ts')).sort();
  const caseFiles = readdirSync(join(rules, 'lexicon', 'cases')).filter((f) => f.endsWith('.ts')).sort();
  const contents = [
    ...detectorTests.map((f) => `import './utils/rules/detectors/${f}';`),
    ...caseFiles.map((f, i) => `import { cases as c${i} } from './utils/rules/lexicon/cases/${f}';`),
    "import { cases as verifierCases } from './utils/rules/verifier/cases';",
    "import { rows } from 'pcg-collector';",
    `export const cases = [...rows.map((r) => ({ ...r, kind: 'rules' })), ${caseFiles.map((f, i) => `...c${i}.map((c) => ({ text: c.text, expect: c.expect, source: '${f}', kind: 'rules' }))`).join(', ')}, ...verifierCases.map((c) => ({ text: c.text, expect: c.expect, source: 'verifier/cases.ts', kind: 'verifier' }))];`,
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'pcg-cases-'));
  const out = join(dir, 'cases.mjs');
  try {
    await esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: out,
      absWorkingDir: root,
      logLevel: 'error',
      plugins: [collector],
    });
    return (await import(pathToFileURL(out).href)).cases;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
