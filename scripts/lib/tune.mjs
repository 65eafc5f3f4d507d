// Threshold tuning of the verifier, shared by scripts/train.mjs (tune on DEV) and scripts/loao.mjs
// (leave-one-author-out: tune on the authors not held out).
import { CATEGORIES, figures } from './metrics.mjs';

export const OFF = 1e9;
export const NO_ADD = [OFF, OFF, OFF];
export const NO_VETO = [-OFF, -OFF, -OFF];

/**
 * Per message: expected set, tier, rule findings with their veto logits, best logit per category.
 * `rulesOf(item)`: the rules' findings of the item and the spans they explained away (engine without
 * the verifier; see rulesOf in bundle.mjs).
 */
export function records(V, model, items, rulesOf) {
  return items.map((it) => {
    const { findings, quiet, seen } = rulesOf(it);
    const e = V.evidence(model, seen ?? it.text, findings, undefined, quiet);
    return {
      expect: it.expect,
      tier: it.tier,
      // cap: the highest veto line the finding's rule allows (V.vetoLine: explicit moves and cued app names need evidence of work talk).
      findings: findings.map((f, i) => ({ c: CATEGORIES.indexOf(f.category), logit: e.findingLogits[i], cap: V.isExplicitMove(f) ? model.bias[CATEGORIES.indexOf(f.category)] - V.EXPLICIT_VETO_MARGIN : Infinity })),
      best: CATEGORIES.map((_, c) => e.best[c]?.logits[c] ?? -Infinity),
    };
  });
}

/** Categories found with thresholds `add` and `veto` (mirrors verify()). */
export function decide(rec, add, veto) {
  const got = new Set();
  for (const f of rec.findings) if (f.logit === null || f.logit >= Math.min(veto[f.c], f.cap ?? Infinity)) got.add(CATEGORIES[f.c]);
  for (let c = 0; c < 3; c++) if (!got.has(CATEGORIES[c]) && rec.best[c] >= add[c]) got.add(CATEGORIES[c]);
  return got;
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

// Grid (logits). Conservative values first: ties keep the more cautious threshold.
// How far the veto line may sit from the category's bias (the logit of a sentence the model knows
// nothing about). Until stop 26 it sat at least half a logit BELOW the bias, so only evidence of
// work talk vetoed. From stop 27 on it may sit up to one logit ABOVE it (margin -1): a vetoable
// finding (an intent word, never a typed value or a disguised name) then also needs a little
// evidence FOR its category around it. Measured before the change on four authors neither the
// model nor its thresholds had seen (w73-w76, 2,368 messages; stop 26's model and rules): a call
// veto at -3 (bias -3.9) took hard-negative false alarms 7.5% -> 6.5% at recall 0.958 -> 0.957,
// obfuscated 0.953 -> 0.950, multilingual unchanged; no case-table row changed.
// From stop 31 on the line may sit up to two logits above the bias: on two authors neither the model
// nor the rules had seen (w109 replies that decline the other side's proposal, w110 a cross-section;
// 1,186 messages), the thresholds chosen on tune took hard-negative false alarms 9.6% -> 8.1% at
// recall 0.984 -> 0.984 (veto -3.25 / -3.75 / -4.75 -> -2.25 / -3 / -4); a margin of -3 chose the same
// lines (the case tables' should-warn rows bind there).
export const VETO_MARGIN = -2;
/**
 * Weight of the hard-negative false-alarm rate in the objective (subtracted; F1 alone barely
 * notices one false alarm less). With it, on the same four fresh authors the chosen thresholds
 * took false alarms 7.5% -> 6.4% at recall 0.958 -> 0.957.
 */
export const HARD_NEGATIVE_TERM = 1;
/** Cost of one wrong row of the verifier's own table: more than the whole objective can gain (at most 4). */
const VERIFIER_ROW_COST = 10;
const ADD_GRID = [OFF, ...Array.from({ length: 33 }, (_, i) => 6 - i * 0.25)];
const vetoGrid = (bias) => [-OFF, ...Array.from({ length: 41 }, (_, i) => -8 + i * 0.25).filter((v) => v <= bias - VETO_MARGIN)];

/**
 * Per category an `add` and a `veto` threshold, by coordinate search over a fixed grid, maximizing
 * any-warning F1 plus the mean category F1, minus HARD_NEGATIVE_TERM times the hard-negative
 * false-alarm rate, on `items` (records `recs`), under these constraints:
 * - the hard-negative false-alarm rate may not rise above the rules' own;
 * - a row of the rules' case tables (`cases` with `kind: 'rules'`, records `caseRecs`) that the
 *   rules answer rightly keeps what it promises a user: a should-not-warn row stays silent and no
 *   expected category is vetoed (an added category on a row that warns anyway is judged by the
 *   objective on fresh text, not by the row);
 * - the verifier's own table (`kind: 'verifier'`, rows only it answers) should come out exact: each
 *   wrong row costs more than any gain in F1, so it is given up only when no threshold keeps it.
 *
 * With `sets` ([{ items, recs }, …]) instead of `items` and `recs`, the objective is the mean over
 * the sets and the false-alarm constraint holds in each: a small split of fresh text weighs as much
 * as a large one the rules were fixed on.
 */
export function tune({ items, recs, sets = [{ items, recs }], cases, caseRecs, bias }) {
  const kept = (i, got) => {
    const want = cases[i].expect;
    return want.length === 0 ? got.size === 0 : want.every((c) => got.has(c));
  };
  const exact = (i, got) => sameSet(got, new Set(cases[i].expect));
  const ruleRows = cases.map((c, i) => i).filter((i) => cases[i].kind !== 'verifier');
  const verifierRows = cases.map((c, i) => i).filter((i) => cases[i].kind === 'verifier');
  const promised = ruleRows.filter((i) => exact(i, decide(caseRecs[i], NO_ADD, NO_VETO)));
  const promisedSet = new Set(promised);
  const parts = sets.map((set) => {
    const hardNegatives = set.items.map((it, i) => (it.tier === 'hard-negative' ? i : -1)).filter((i) => i >= 0);
    return { ...set, hardNegatives, baseHardFlags: hardNegatives.filter((i) => decide(set.recs[i], NO_ADD, NO_VETO).size > 0).length };
  });
  const objective = (add, veto) => {
    for (const i of promised) if (!kept(i, decide(caseRecs[i], add, veto))) return -Infinity;
    let sum = 0;
    for (const part of parts) {
      const got = part.recs.map((r) => decide(r, add, veto));
      if (part.hardNegatives.filter((i) => got[i].size > 0).length > part.baseHardFlags) return -Infinity;
      const f = figures(part.items, got);
      sum += f.message.f1 + CATEGORIES.reduce((s, c) => s + f.categories[c].f1, 0) / 3 - HARD_NEGATIVE_TERM * f.tiers['hard-negative'].falseAlarmRate;
    }
    const wrongOwn = verifierRows.filter((i) => !exact(i, decide(caseRecs[i], add, veto))).length;
    return sum / parts.length - VERIFIER_ROW_COST * wrongOwn;
  };
  const add = [...NO_ADD];
  const veto = [...NO_VETO];
  let best = objective(add, veto);
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let c = 0; c < 3; c++) {
      for (const a of ADD_GRID) {
        for (const v of vetoGrid(bias[c])) {
          const tryAdd = add.with(c, a);
          const tryVeto = veto.with(c, v);
          const j = objective(tryAdd, tryVeto);
          if (j > best + 1e-9) {
            best = j;
            add[c] = a;
            veto[c] = v;
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  // Rows that will fail in npm test: rules' rows the rules answer wrongly (the thresholds cannot
  // help those) and the verifier's own rows the chosen thresholds do not answer.
  const failingAfter = [
    ...ruleRows.filter((i) => !promisedSet.has(i)),
    ...verifierRows.filter((i) => !exact(i, decide(caseRecs[i], add, veto))),
  ];
  return { add, veto, caseFailing: ruleRows.length - promised.length, failingAfter };
}
