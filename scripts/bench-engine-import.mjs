#!/usr/bin/env node
// What importing the rule engine costs: bundles utils/rules/index.ts with esbuild, then in fresh
// Node processes times `await import()` of the bundle and the first analyze() of a typical message.
//
//   node scripts/bench-engine-import.mjs [runs=5] [--project DIR]
//
// Two bundles of the same engine:
// - "as shipped": minified, UTF-8 (non-ASCII text as is), which is how the extension's build writes
//   it into guard-core.js (.output/chrome-mv3/guard-core.js is minified and holds the cue words'
//   Arabic as raw text, not \u escapes). This is the figure the import target is read on.
// - "unminified": ESM as the calibration scorer bundles it, non-ASCII escaped (\uXXXX); the
//   figure recorded until stop 17, kept to compare with it.
// In Node a module costs about 30 ns per byte to decode and compile, so the bundle's size is most
// of the figure. Prints the median (and every run), the runs of the bundles interleaved so load
// on the machine hits both alike. "Node floor" is the same import() of an empty module in a fresh
// process: the loader's own first-import cost, which no module can go below.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const projectArg = args.indexOf('--project');
const project = resolve(projectArg >= 0 ? args[projectArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..'));
const esbuild = createRequire(join(project, 'package.json'))('esbuild');

const TYPICAL =
  'Hi Maria, thanks for the detailed brief. I have built several Shopify stores for skincare brands, and I can migrate ' +
  "your 240 products. If it's easier, text me on WhatsApp at +44 7700 900431 and we can talk tonight.";

const dir = mkdtempSync(join(tmpdir(), 'engine-import-'));
try {
  const bundle = async (name, options) => {
    const outfile = join(dir, name);
    await esbuild.build({
      entryPoints: [join(project, 'utils/rules/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile,
      absWorkingDir: project,
      logLevel: 'error',
      loader: { '.bin': 'binary', '.wasm': 'binary', '.txt': 'text' },
      ...options,
    });
    return outfile;
  };
  const shipped = await bundle('engine.min.mjs', { minify: true, charset: 'utf8' });
  const unminified = await bundle('engine.mjs', {});
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, 'export const x = 1;\n');
  const child = (file, analyze) =>
    `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); const t1 = performance.now();` +
    (analyze ? `m.analyze(${JSON.stringify(TYPICAL)});` : '') +
    'const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));';
  const once = (file, analyze) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child(file, analyze)], { encoding: 'utf8' }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs) => `median ${median(xs).toFixed(1)} ms  [${xs.map((x) => x.toFixed(1)).join(' ')}]`;
  const floor = [];
  const runsShipped = [];
  const runsUnminified = [];
  for (let k = 0; k < runs; k++) {
    floor.push(once(empty, false)[0]);
    runsShipped.push(once(shipped, true));
    runsUnminified.push(once(unminified, true));
  }
  const kb = (file) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
  console.log(`${runs} fresh Node ${process.version} processes per row`);
  console.log(`as shipped (minified, UTF-8, ${kb(shipped)})`);
  console.log(`  import engine      ${fmt(runsShipped.map((r) => r[0]))}`);
  console.log(`  first analyze()    ${fmt(runsShipped.map((r) => r[1]))}`);
  console.log(`unminified (escaped, ${kb(unminified)})`);
  console.log(`  import engine      ${fmt(runsUnminified.map((r) => r[0]))}`);
  console.log(`  first analyze()    ${fmt(runsUnminified.map((r) => r[1]))}`);
  console.log(`Node floor (empty)   ${fmt(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
