/**
 * What importing the engine costs, in fresh Node processes (the extension loads it on every
 * Upwork page with a composer): the engine bundled with esbuild as the extension ships it
 * (minified, UTF-8, as in guard-core.js), against the same process importing an empty module.
 * Each timed call spawns Node, so the rows include Node's start-up: the difference between the
 * rows is the engine's own cost. For medians of the import itself (timed inside the child) run
 * `node scripts/bench-engine-import.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';
import { BUNDLED_ENGINE_DATA } from './bundledData';
import { engineDataAsset } from './data';

const project = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'engine-import-bench-'));
const engine = join(dir, 'engine.mjs');
await build({
  entryPoints: [join(project, 'utils/rules/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: engine,
  absWorkingDir: project,
  logLevel: 'error',
  minify: true,
  charset: 'utf8',
});
// The engine as the guard core loads it (from stop 21 on): withoutData.ts, its data read apart
// as JSON (utils/rules/data.ts), here from a file the way the content script fetches it.
const engineAlone = join(dir, 'engine-alone.mjs');
await build({
  entryPoints: [join(project, 'utils/rules/withoutData.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: engineAlone,
  absWorkingDir: project,
  logLevel: 'error',
  minify: true,
  charset: 'utf8',
});
const engineData = join(dir, 'engine-data.json');
writeFileSync(engineData, engineDataAsset(BUNDLED_ENGINE_DATA));
const empty = join(dir, 'empty.mjs');
writeFileSync(empty, 'export const analyze = () => [];\n');

const runGuardCore = (analyze: boolean): void => {
  const code =
    `const m = await import(${JSON.stringify(pathToFileURL(engineAlone).href)});` +
    `const { readFileSync } = await import('node:fs'); m.installEngineData(JSON.parse(readFileSync(${JSON.stringify(engineData)}, 'utf8')));` +
    (analyze ? "m.analyze('text me on WhatsApp at +44 7700 900431');" : '');
  execFileSync(process.execPath, ['--input-type=module', '-e', code]);
};

const run = (file: string, analyze: boolean): void => {
  const code = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});${analyze ? "m.analyze('text me on WhatsApp at +44 7700 900431');" : ''}`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code]);
};

describe('import in a fresh Node process (includes Node start-up)', () => {
  bench('Node + import of an empty module (floor)', () => run(empty, false), { iterations: 5, warmupIterations: 1 });
  bench('Node + import of the engine alone (as the guard core loads it) + its data as JSON', () => runGuardCore(false), { iterations: 5, warmupIterations: 1 });
  bench('Node + the same + first analyze()', () => runGuardCore(true), { iterations: 5, warmupIterations: 1 });
  bench('Node + import of the engine with bundled data', () => run(engine, false), { iterations: 5, warmupIterations: 1 });
  bench('Node + import of the engine + first analyze()', () => run(engine, true), { iterations: 5, warmupIterations: 1 });
});
