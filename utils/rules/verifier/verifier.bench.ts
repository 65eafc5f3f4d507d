/**
 * Extra cost of the learned verifier: `verify()` alone on the rules' findings (what analyze() pays
 * on top of the rules), and analyze() as a whole for reference.
 * Run: npx vitest bench --run --config tests/vitest.config.ts --project unit utils/rules/verifier
 * Figures are recorded in README.md, not asserted.
 */
import { bench, describe } from 'vitest';
import { analyze } from '../index';
import { getModel, verify } from './index';

const PARAGRAPH =
  'Hi Maria, thanks for the detailed brief. I have built several Shopify stores for skincare brands, and I can ' +
  'migrate your 240 products, set up the collections and fix the checkout issue you mentioned by Friday. For the ' +
  'reviews widget I would use Judge.me, it integrates cleanly. My estimate is 18 hours at $35/hr, split into two ' +
  'milestones. Could you share a sample of the product CSV here so I can check the variant structure? ';
/** About 800 characters, one offending sentence (the same message as analyze.bench.ts). */
const TYPICAL = PARAGRAPH + "If it's easier, text me on WhatsApp at +44 7700 900431 and we can talk tonight. " + PARAGRAPH.slice(0, 330);
/** About 800 characters, nothing to flag. */
const CLEAN = (PARAGRAPH + PARAGRAPH).slice(0, 800);
/** About 800 characters with loose intent the rules miss. */
const LOOSE = PARAGRAPH + 'Drop me an email. ' + PARAGRAPH.slice(0, 390);
const HUNDRED_KB = PARAGRAPH.repeat(Math.ceil(100_000 / PARAGRAPH.length)).slice(0, 100_000);
const ONE_MB = 'call me on whats app, '.repeat(48_000);
const CALL_ME = 'call me '.repeat(12_500);

getModel(); // decode once, outside the timings
const found = (text: string) => analyze(text);
const typicalFindings = found(TYPICAL);
const cleanFindings = found(CLEAN);
const looseFindings = found(LOOSE);
const callMeFindings = found(CALL_ME);
/**
 * TYPICAL with a number written into every sentence: the verifier keeps the logits of the pieces it
 * scored last (logitsOf), so the same message again costs little; this one costs what a message
 * never seen before costs.
 */
let round = 0;
const unseen = (): string => TYPICAL.replace(/\. /g, () => `. ${round++} `);

describe('verify() alone (extra cost per message)', () => {
  bench('800-char message with one offending sentence', () => {
    verify(TYPICAL, typicalFindings);
  });
  bench('800-char message, nothing to flag', () => {
    verify(CLEAN, cleanFindings);
  });
  bench('800-char message, every sentence unseen (nothing kept from the calls before)', () => {
    verify(unseen(), []);
  });
  bench('800-char message, loose intent (adds a finding)', () => {
    verify(LOOSE, looseFindings);
  });
  bench('100 KB of text (first 20,000 characters scored)', () => {
    verify(HUNDRED_KB, []);
  }, { iterations: 20 });
  bench('1 MB of text', () => {
    verify(ONE_MB, []);
  }, { iterations: 10 });
  bench("'call me ' x 12.5k with its 12,500 rule findings", () => {
    verify(CALL_ME, callMeFindings);
  }, { iterations: 10 });
});

describe('analyze() with the verifier', () => {
  bench('800-char message with one offending sentence', () => {
    analyze(TYPICAL);
  });
  bench('800-char message, every sentence unseen', () => {
    analyze(unseen());
  });
  bench('800-char message, nothing to flag', () => {
    analyze(CLEAN);
  });
});
