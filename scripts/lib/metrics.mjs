// Figures of a labelled corpus, computed the way ../shared/calibration/score.mjs does: ambiguous
// items are not scored; any-warning and per-category precision/recall; per tier the flagged rate
// (positives) or the false-alarm rate (negatives and hard negatives).
export const CATEGORIES = ['call', 'contact', 'payment'];

const r = (x) => Math.round(x * 1000) / 1000;
const prf = ({ tp, fp, fn }) => ({ precision: r(tp / (tp + fp || 1)), recall: r(tp / (tp + fn || 1)), f1: r((2 * tp) / (2 * tp + fp + fn || 1)) });

/** `items`: [{ expect, tier }], `got`: one Set of categories per item (same order). */
export function figures(items, got) {
  const cat = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const msg = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const tiers = {};
  items.forEach((it, i) => {
    const g = got[i];
    const want = new Set(it.expect);
    for (const c of CATEGORIES) {
      if (g.has(c) && want.has(c)) cat[c].tp++;
      else if (g.has(c)) cat[c].fp++;
      else if (want.has(c)) cat[c].fn++;
    }
    const t = (tiers[it.tier] ??= { n: 0, flagged: 0, exact: 0 });
    t.n++;
    if (g.size > 0) t.flagged++;
    if (CATEGORIES.every((c) => g.has(c) === want.has(c))) t.exact++;
    if (want.size && g.size) msg.tp++;
    else if (g.size) msg.fp++;
    else if (want.size) msg.fn++;
    else msg.tn++;
  });
  return {
    scored: items.length,
    message: { ...prf(msg), fpRate: r(msg.fp / (msg.fp + msg.tn || 1)) },
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, prf(cat[c])])),
    tiers: Object.fromEntries(
      Object.entries(tiers)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          k.includes('negative') ? { n: v.n, falseAlarmRate: r(v.flagged / v.n) } : { n: v.n, flaggedRate: r(v.flagged / v.n), exactRate: r(v.exact / v.n) },
        ]),
    ),
  };
}

/** A markdown table comparing several named figure sets (columns). */
export function table(named) {
  const names = Object.keys(named);
  const rows = [];
  const first = named[names[0]];
  const row = (label, pick) => rows.push(`| ${label} | ${names.map((n) => pick(named[n])).join(' | ')} |`);
  rows.push(`| | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
  row('any-warning precision', (f) => f.message.precision);
  row('any-warning recall', (f) => f.message.recall);
  row('any-warning F1', (f) => f.message.f1);
  for (const c of CATEGORIES) row(`${c} P / R / F1`, (f) => `${f.categories[c].precision} / ${f.categories[c].recall} / ${f.categories[c].f1}`);
  for (const [tier, v] of Object.entries(first.tiers)) {
    if ('falseAlarmRate' in v) row(`${tier} false-alarm rate (n ${v.n})`, (f) => f.tiers[tier]?.falseAlarmRate);
    else row(`${tier} flagged / exact (n ${v.n})`, (f) => `${f.tiers[tier]?.flaggedRate} / ${f.tiers[tier]?.exactRate}`);
  }
  return rows.join('\n');
}
