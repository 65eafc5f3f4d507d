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
    const { findings, quiet } = rulesOf(it);
    const e = V.evidence(model, it.text, findings, undefined, quiet);
    return {
      expect: it.expect,
      tier: it.tier,
      findings: findings.map((f, i) => ({ c: CATEGORIES.indexOf(f.category), logit: e.findingLogits[i] })),
      best: CATEGORIES.map((_, c) => e.best[c]?.logits[c] ?? -Infinity),
    };
  });
}

/** Categories found with thresholds `add` and `veto` (mirrors verify()). */
export function decide(rec, add, veto) {
  const got = new Set();
  for (const f of rec.findings) if (f.logit === null || f.logit >= veto[f.c]) got.add(CATEGORIES[f.c]);
  for (let c = 0; c < 3; c++) if (!got.has(CATEGORIES[c]) && rec.best[c] >= add[c]) got.add(CATEGORIES[c]);
  return got;
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

// Grid (logits). Conservative values first: ties keep the more cautious threshold.
// A veto needs evidence of work talk: the threshold sits at least VETO_MARGIN below the category's
// bias (the logit of a sentence the model knows nothing about), so an unfamiliar language or a
// sentence without cues never vetoes anything. Half a logit since stop 22: with the thresholds
// chosen on tune and dev, a margin of 1 left tune's hard-negative false alarms at 8.2% and one of
// 0.5 at 7.9%, at the same recall on both (0 gave 7.7%, but half a logit is closer to no evidence at all).
export const VETO_MARGIN = 0.5;
const ADD_GRID = [OFF, ...Array.from({ length: 33 }, (_, i) => 6 - i * 0.25)];
const vetoGrid = (bias) => [-OFF, ...Array.from({ length: 41 }, (_, i) => -8 + i * 0.25).filter((v) => v <= bias - VETO_MARGIN)];

/**
 * Per category an `add` and a `veto` threshold, by coordinate search over a fixed grid, maximizing
 * any-warning F1 plus the mean category F1 on `items` (records `recs`), under two constraints: the
 * hard-negative false-alarm rate may not rise above the rules' own, and no case table (`cases`,
 * records `caseRecs`) that the rules get right may change its answer.
 *
 * With `sets` ([{ items, recs }, …]) instead of `items` and `recs`, the objective is the mean over
 * the sets and the false-alarm constraint holds in each: a small split of fresh text weighs as much
 * as a large one the rules were fixed on.
 */
export function tune({ items, recs, sets = [{ items, recs }], cases, caseRecs, bias }) {
  const caseOk = caseRecs.map((r, i) => sameSet(decide(r, NO_ADD, NO_VETO), new Set(cases[i].expect)));
  const parts = sets.map((set) => {
    const hardNegatives = set.items.map((it, i) => (it.tier === 'hard-negative' ? i : -1)).filter((i) => i >= 0);
    return { ...set, hardNegatives, baseHardFlags: hardNegatives.filter((i) => decide(set.recs[i], NO_ADD, NO_VETO).size > 0).length };
  });
  const objective = (add, veto) => {
    for (let i = 0; i < caseRecs.length; i++) {
      if (caseOk[i] && !sameSet(decide(caseRecs[i], add, veto), new Set(cases[i].expect))) return -Infinity;
    }
    let sum = 0;
    for (const part of parts) {
      const got = part.recs.map((r) => decide(r, add, veto));
      if (part.hardNegatives.filter((i) => got[i].size > 0).length > part.baseHardFlags) return -Infinity;
      const f = figures(part.items, got);
      sum += f.message.f1 + CATEGORIES.reduce((s, c) => s + f.categories[c].f1, 0) / 3;
    }
    return sum / parts.length;
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
  // Cases the tuned engine answers wrongly (their tables fail in npm test): rules-only failures the
  // chosen thresholds do not rescue. A retrain can flip one the last model's thresholds carried.
  const failingAfter = caseRecs.map((r, i) => i).filter((i) => !sameSet(decide(caseRecs[i], add, veto), new Set(cases[i].expect)));
  return { add, veto, caseFailing: caseOk.filter((x) => !x).length, failingAfter };
}
