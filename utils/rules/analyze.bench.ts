/**
 * Speed of analyze(): a typical message, 100 KB of text (plain and dense with offending sentences),
 * degenerate and adversarial inputs, 1 MB of an expanding character, and growth with length.
 * Run: npx vitest bench --run --config tests/vitest.config.ts --project unit utils/rules/analyze.bench.ts
 * (import cost: import.bench.ts, or node scripts/bench-engine-import.mjs for medians).
 * Figures are recorded in utils/rules/README.md, not asserted.
 *
 * What is timed is the engine bundled with esbuild (as a CommonJS file, loaded by Node's require),
 * as the calibration scorer and the extension run it: vitest's own module runner rewrites every
 * call between the engine's modules into a property read on a module object, which slows the many
 * small cross-module calls (measured here: 1.2x on 100 KB of '微信号', 1.8x on the typical
 * message). PCG_BENCH_SOURCE=1 times the source modules through vitest instead.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';
import * as source from './index';

async function bundledAnalyze(): Promise<typeof source.analyze> {
  const project = fileURLToPath(new URL('../..', import.meta.url));
  const outfile = join(mkdtempSync(join(tmpdir(), 'engine-bench-')), 'engine.cjs');
  await build({
    entryPoints: [join(project, 'utils/rules/index.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    absWorkingDir: project,
    logLevel: 'error',
  });
  // Loaded by Node's own require, not by vitest's module runner.
  return (createRequire(import.meta.url)(outfile) as typeof source).analyze;
}

const analyze = process.env.PCG_BENCH_SOURCE === '1' ? source.analyze : await bundledAnalyze();

const PARAGRAPH =
  'Hi Maria, thanks for the detailed brief. I have built several Shopify stores for skincare brands, and I can ' +
  'migrate your 240 products, set up the collections and fix the checkout issue you mentioned by Friday. For the ' +
  'reviews widget I would use Judge.me, it integrates cleanly. My estimate is 18 hours at $35/hr, split into two ' +
  'milestones. Could you share a sample of the product CSV here so I can check the variant structure? ';
/** About 800 characters, one offending sentence, like a cover letter. */
const TYPICAL = PARAGRAPH + "If it's easier, text me on WhatsApp at +44 7700 900431 and we can talk tonight. " + PARAGRAPH.slice(0, 330);
/** About 800 characters, nothing to flag: most messages look like this. */
const CLEAN = (PARAGRAPH + PARAGRAPH).slice(0, 800);
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const HUNDRED_KB = fill(PARAGRAPH, 100_000);
/** A paragraph with a phone number, an email, a WhatsApp proposal and a PayPal payment, repeated. */
const DENSE_PARAGRAPH =
  'Thanks for the invite! My number is +1 (415) 555-0192 and my email is dana.lee88@gmail.com. ' +
  "Let's move this to WhatsApp so we can talk tonight. I can also pay you via PayPal directly to avoid the Upwork fee. ";
const DENSE_100KB = fill(DENSE_PARAGRAPH, 100_000);

const DEGENERATE: Record<string, string> = {
  "'a.' x 50k": 'a.'.repeat(50_000),
  "'1 ' x 50k": '1 '.repeat(50_000),
  "'+1 (' x 25k": '+1 ('.repeat(25_000),
  'one 100 KB word': 'x'.repeat(100_000),
  'zero-width flood': '\u200b'.repeat(100_000),
  'emoji flood': '😀'.repeat(50_000),
  "'a@' x 50k": 'a@'.repeat(50_000),
  "'call me ' x 12k": 'call me '.repeat(12_500),
  "'w h a t s ' x 10k": 'w h a t s '.repeat(10_000),
  // Spelled-out clusters of Bengali and Devanagari (the view joins runs of them), and one cluster
  // with a flood of vowel signs and viramas.
  "'হো য়া ট স ' x 10k": fill('হো য়া ট স ', 100_000),
  "'व्हा-ट्स-' x 14k": fill('व्हा-ट्स-', 100_000),
  "'में हैं तो ' x 10k": fill('में हैं तो ', 100_000),
  "'क' + 100k marks": `क${fill('ि्', 100_000)} प र म`,
  'keycap digits x 16k': '3️⃣'.repeat(33_000),
  "'your whatsapp ' x 7k": 'your whatsapp '.repeat(7_000),
  // Characters NFKC expands many times: the view is capped at four characters per input character.
  'U+FDFA x 100k (18 chars under NFKC)': '\ufdfa'.repeat(100_000),
  'U+3300 x 100k (アパート)': '\u3300'.repeat(100_000),
  // Every character a word, a WeChat name every three.
  "'微信号' x 33k": fill('微信号', 100_000),
  // A reported ask (让我 "asked me") in every three characters of one long sentence.
  "'他让我' x 33k": fill('他让我', 100_000),
  "'phone: +1 415 555 0192, ' x 4k": fill('phone: +1 415 555 0192, ', 100_000),
  "'at dot ' x 14k": fill('at dot ', 100_000),
  // One payment phrase repeated in run-on sentences (each repeat was a finding that rescanned its sentence).
  "'bank transfer ' x 7k": fill('bank transfer ', 100_000),
  // A talking app drawn as an emoji, proposed in every repeat (🐧 is QQ's declared emoji).
  "'换到🐧聊 ' x 20k": fill('换到🐧聊 ', 100_000),
  // A spelled address with a long run of spaces before "dot" (a quadratic expression once).
  "spaces before a spelled 'dot'": `ana at gmail${' '.repeat(100_000)}-  dot com`,
  // Quotation marks never closed (quoted.ts pairs marks; a quadratic pairing once).
  "' 'a' x 33k (unclosed marks)": fill(" 'a", 100_000),
  // Dense values and phrases of rules that read their sentence or their values per hit.
  "'a@b.co ' x 14k": fill('a@b.co ', 100_000),
  "'email me at a@b.co there write ' x 3k": fill('email me at a@b.co there write ', 100_000),
  "'wa.me/15551234567 ' x 5k": fill('wa.me/15551234567 ', 100_000),
  "'51.5072, -0.1276 ' x 6k (map coordinates)": fill('51.5072, -0.1276 ', 100_000),
  "'on the phone with my ' x 5k": fill('on the phone with my ', 100_000),
  "'whatsapp audio ' x 7k": fill('whatsapp audio ', 100_000),
};

// Warm up the engine's code first (its first calls load the vocabulary and compile its functions:
// see scripts/bench-engine-import.mjs for the first analyze()); the figures are steady state.
for (let k = 0; k < 300; k++) {
  analyze(TYPICAL);
  analyze(CLEAN);
}

describe('typical', () => {
  bench('800-char message with one offending sentence', () => {
    analyze(TYPICAL);
  });
  bench('800-char message, nothing to flag', () => {
    analyze(CLEAN);
  });
  bench('100 KB of text', () => {
    analyze(HUNDRED_KB);
  }, { iterations: 20 });
  bench('100 KB dense: phone, email, WhatsApp, PayPal in every paragraph', () => {
    analyze(DENSE_100KB);
  }, { iterations: 20 });
});

describe('degenerate 100 KB inputs', () => {
  for (const [name, text] of Object.entries(DEGENERATE)) {
    bench(name, () => {
      analyze(text);
    }, { iterations: 10 });
  }
});

describe('1 MB input (the longest analyzed)', () => {
  const text = '\ufdfa'.repeat(1_000_000);
  bench('U+FDFA x 1M', () => {
    analyze(text);
  }, { iterations: 5 });
});

describe('growth with length', () => {
  for (const size of [1_000, 10_000, 100_000]) {
    const text = HUNDRED_KB.slice(0, size);
    bench(`${size / 1000} KB`, () => {
      analyze(text);
    }, { iterations: 10 });
  }
});
