#!/usr/bin/env node
// The one-time report on the TEST split (authors w5, w18, w26 and w30, and half of the quoted real messages): rules
// alone against rules + verifier. Prints aggregate figures only (precision, recall, hard-negative
// false-alarm rate, per-tier flagged rates); no message, id or finding of the test split is ever
// printed or written. Run it once, after training and tuning are final (tuning is on dev only).
//
//   node scripts/report-test.mjs            the whole test split
//   node scripts/report-test.mjs --without w26   the split as it was before w26 joined it (stop 17)
//   node scripts/report-test.mjs --without w18,w26   as it was in stop 16 and before
//   node scripts/report-test.mjs --without w30,q2   as it was in stop 19 (q2: the quotes collected in stop 20)
//   node scripts/report-test.mjs --without q8   as it was at stop 30's end (q8: the quotes collected in stop 31)
// --without takes authors or id prefixes: an item is left out when its id starts with "<name>-".
import { load } from './lib/bundle.mjs';
import { CATEGORIES, figures, table } from './lib/metrics.mjs';
import { loadSplit } from '../tests/corpus/splits.mjs';

const rulesOnly = await load('utils/rules/index.ts', { rulesOnly: true });
const full = await load('utils/rules/index.ts');
const without = process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1] : undefined;
const leftOut = (without ?? '').split(',').filter(Boolean).map((name) => `${name}-`);
const items = loadSplit('test').filter((it) => !it.ambiguous && !leftOut.some((prefix) => String(it.id).startsWith(prefix)));

const results = {};
for (const [name, engine] of [['rules alone', rulesOnly], ['rules + verifier', full]]) {
  let badSpans = 0;
  let exemptLeaks = 0;
  const got = items.map((it) => {
    const findings = engine.analyze(it.text);
    for (const f of findings) if (!(f.start >= 0 && f.end > f.start && f.end <= it.text.length)) badSpans++;
    const exempt = engine.analyze(it.text, { relationship: 'business-enterprise' });
    if (exempt.some((f) => f.category !== 'payment')) exemptLeaks++;
    return new Set(findings.map((f) => f.category).filter((c) => CATEGORIES.includes(c)));
  });
  results[name] = figures(items, got);
  results[name].badSpans = badSpans;
  results[name].exemptLeaks = exemptLeaks;
}

console.log(`Test split${without ? ` without ${without}` : ''} (${items.length} scored messages; ambiguous items not scored):\n`);
console.log(table(results));
for (const [name, r] of Object.entries(results)) {
  console.log(`\n${name}: any-warning FP-rate ${r.message.fpRate}, bad spans ${r.badSpans}, exempt-relationship leaks ${r.exemptLeaks}`);
}
