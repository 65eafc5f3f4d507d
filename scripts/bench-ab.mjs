#!/usr/bin/env node
// Speed of two engines on the same inputs, each measurement in a fresh Node process, the engines
// alternating: on a machine whose speed drifts (a busy virtual machine), this compares them where
// one process timing both would favour whichever ran first or warmed the other's caches.
//
//   node scripts/bench-ab.mjs DIR_A DIR_B [rounds=5] [input…]
//
// DIR_A and DIR_B are project trees (a `git worktree add --detach DIR COMMIT` of an older commit,
// and this one); each tree's utils/rules/index.ts is bundled with esbuild, as the scorer does.
// Each measurement: 3 warm-up runs, then the median of 9 timed batches. Printed per input: the
// median over the rounds for A and B (ms per analyze()) and B/A.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length < 2) {
  console.error('usage: node scripts/bench-ab.mjs DIR_A DIR_B [rounds] [input…]');
  process.exit(2);
}
const [dirA, dirB] = args.slice(0, 2).map((d) => resolve(d));
const rounds = Number(args[2] ?? 5) || 5;
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const PARAGRAPH =
  'Hi Maria, thanks for the detailed brief. I have built several Shopify stores for skincare brands, and I can ' +
  'migrate your 240 products, set up the collections and fix the checkout issue you mentioned by Friday. For the ' +
  'reviews widget I would use Judge.me, it integrates cleanly. My estimate is 18 hours at $35/hr, split into two ' +
  'milestones. Could you share a sample of the product CSV here so I can check the variant structure? ';
/** name → [text, analyze() calls per timed batch]; the same inputs as analyze.bench.ts. */
const INPUTS = {
  typical: [PARAGRAPH + "If it's easier, text me on WhatsApp at +44 7700 900431 and we can talk tonight. " + PARAGRAPH.slice(0, 330), 300],
  u3300: ['\u3300'.repeat(100_000), 2],
  fdfa: ['\uFDFA'.repeat(100_000), 2],
  wechat: [fill('微信号', 100_000), 2],
  reported: [fill('他让我', 100_000), 2],
  phones: [fill('phone: +1 415 555 0192, ', 100_000), 2],
  callme: [fill('call me ', 100_000), 2],
  penguin: [fill('换到🐧聊 ', 100_000), 2],
  // From stop 28 on: dense values and new rules' phrases (each read its sentence or its values once per hit).
  emails: [fill('a@b.co ', 100_000), 2],
  emailThere: [fill('email me at a@b.co there write ', 100_000), 2],
  waLinks: [fill('wa.me/15551234567 ', 100_000), 2],
  coordinates: [fill('51.5072, -0.1276 ', 100_000), 2],
  ownersCall: [fill('on the phone with my ', 100_000), 2],
  appAudio: [fill('whatsapp audio ', 100_000), 2],
};
const names = args.length > 3 ? args.slice(3) : Object.keys(INPUTS);

const here = dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(join(here, '..', 'package.json'))('esbuild');
const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
try {
  const bundle = async (project, name) => {
    const outfile = join(dir, name);
    await esbuild.build({
      entryPoints: [join(project, 'utils/rules/index.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile,
      absWorkingDir: project,
      logLevel: 'error',
    });
    return outfile;
  };
  const engines = [await bundle(dirA, 'a.cjs'), await bundle(dirB, 'b.cjs')];
  const child = join(dir, 'child.cjs');
  writeFileSync(
    child,
    `const { analyze } = require(process.argv[2]);
const [text, reps] = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
for (let i = 0; i < 3; i++) analyze(text);
const xs = [];
for (let k = 0; k < 9; k++) { const t = performance.now(); for (let r = 0; r < reps; r++) analyze(text); xs.push((performance.now() - t) / reps); }
xs.sort((a, b) => a - b);
console.log(xs[4]);
`,
  );
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`A ${dirA}\nB ${dirB}\n${rounds} rounds, a fresh Node ${process.version} process per measurement`);
  for (const name of names) {
    const input = INPUTS[name];
    if (!input) throw new Error(`unknown input ${name} (known: ${Object.keys(INPUTS).join(', ')})`);
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(input));
    const times = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (const e of [0, 1]) times[e].push(Number(execFileSync(process.execPath, [child, engines[e], file], { encoding: 'utf8' })));
    }
    const [a, b] = times.map(median);
    console.log(`${name.padEnd(9)} A ${a.toFixed(3)}  B ${b.toFixed(3)}  B/A ${(b / a).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
