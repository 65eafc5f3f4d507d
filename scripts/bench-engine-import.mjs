#!/usr/bin/env node
// What importing the rule engine costs: bundles utils/rules/index.ts with esbuild, then in fresh
// Node processes times `await import()` of the bundle and the first analyze() of a typical message.
//
//   node scripts/bench-engine-import.mjs [runs=5] [--project DIR]
//
// Three bundles of the same engine:
// - "as the guard core loads it" (from stop 21 on): withoutData.ts (engine.ts and the installer), minified, UTF-8, which is how
//   the extension's build writes it into guard-core.js; its data (utils/rules/data.ts) is read
//   beside it from engine-data.json, here from a file with readFileSync + JSON.parse (the content
//   script fetches it while the code loads). This is the figure the import target is read on; the
//   data's read and parse and the first analyze() are timed after it.
// - "with bundled data": utils/rules/index.ts, minified, UTF-8: the engine with its data as string
//   literals, as guard-core.js held it until stop 20 (and as Node, the scorer and the welcome
//   page load it).
// - "unminified": index.ts as ESM as the calibration scorer bundles it, non-ASCII escaped
//   (\uXXXX); the figure recorded until stop 17, kept to compare with it.
// In Node a module costs about 30 ns per byte to decode and compile, so the bundle's size is most
// of the figure. Prints the median (and every run), the runs of the bundles interleaved so load
// on the machine hits both alike. "Node floor" is the same import() of an empty module in a fresh
// process: the loader's own first-import cost, which no module can go below.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
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
  // Trees before stop 21 have no withoutData.ts: their rows are left out.
  const split = existsSync(join(project, 'utils/rules/withoutData.ts'));
  const alone = split && await bundle('engine-alone.min.mjs', {
    entryPoints: [join(project, 'utils/rules/withoutData.ts')],
    minify: true,
    charset: 'utf8',
  });
  const assetWriter = split && await bundle('asset-writer.mjs', {
    entryPoints: undefined,
    stdin: { contents: "export { engineDataAsset } from './utils/rules/data';\nexport { BUNDLED_ENGINE_DATA } from './utils/rules/bundledData';\n", resolveDir: project, loader: 'ts' },
  });
  const asset = join(dir, 'engine-data.json');
  if (split) {
    const { engineDataAsset, BUNDLED_ENGINE_DATA } = await import(pathToFileURL(assetWriter).href);
    writeFileSync(asset, engineDataAsset(BUNDLED_ENGINE_DATA));
  }
  const shipped = await bundle('engine.min.mjs', { minify: true, charset: 'utf8' });
  const unminified = await bundle('engine.mjs', {});
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, 'export const x = 1;\n');
  const child = (file, analyze) =>
    `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); const t1 = performance.now();` +
    (analyze ? `m.analyze(${JSON.stringify(TYPICAL)});` : '') +
    'const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));';
  const guardCore =
    `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(alone).href)}); const t1 = performance.now();` +
    `const { readFileSync } = await import('node:fs'); const data = JSON.parse(readFileSync(${JSON.stringify(asset)}, 'utf8')); const t2 = performance.now();` +
    `m.installEngineData(data); m.analyze(${JSON.stringify(TYPICAL)}); const t3 = performance.now();` +
    'console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));';
  const onceGuardCore = () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', guardCore], { encoding: 'utf8' }));
  const once = (file, analyze) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child(file, analyze)], { encoding: 'utf8' }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs) => `median ${median(xs).toFixed(1)} ms  [${xs.map((x) => x.toFixed(1)).join(' ')}]`;
  const floor = [];
  const runsShipped = [];
  const runsUnminified = [];
  const runsAlone = [];
  for (let k = 0; k < runs; k++) {
    floor.push(once(empty, false)[0]);
    if (split) runsAlone.push(onceGuardCore());
    runsShipped.push(once(shipped, true));
    runsUnminified.push(once(unminified, true));
  }
  const kb = (file) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
  console.log(`${runs} fresh Node ${process.version} processes per row`);
  if (split) {
    console.log(`as the guard core loads it (withoutData.ts, minified, UTF-8, ${kb(alone)}; data ${kb(asset)} of JSON)`);
    console.log(`  import engine      ${fmt(runsAlone.map((r) => r[0]))}`);
    console.log(`  read + parse data  ${fmt(runsAlone.map((r) => r[1]))}`);
    console.log(`  first analyze()    ${fmt(runsAlone.map((r) => r[2]))}`);
  }
  console.log(`with bundled data (index.ts, minified, UTF-8, ${kb(shipped)})`);
  console.log(`  import engine      ${fmt(runsShipped.map((r) => r[0]))}`);
  console.log(`  first analyze()    ${fmt(runsShipped.map((r) => r[1]))}`);
  console.log(`unminified (escaped, ${kb(unminified)})`);
  console.log(`  import engine      ${fmt(runsUnminified.map((r) => r[0]))}`);
  console.log(`  first analyze()    ${fmt(runsUnminified.map((r) => r[1]))}`);
  console.log(`Node floor (empty)   ${fmt(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
