/**
 * The verifier's threshold search (scripts/lib/tune.mjs) on hand-made records: what it may gain on
 * fresh text, and what the case tables forbid it. A record is what the tuner reads of one message:
 * the rules' findings with their veto logits (`c`: 0 call, 1 contact, 2 payment) and the best
 * sentence logit per category.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the training scripts, without types.
import { decide, NO_ADD, NO_VETO, tune } from '../../scripts/lib/tune.mjs';

type Category = 'call' | 'contact' | 'payment';
interface Rec {
  expect: Category[];
  tier: string;
  findings: { c: number; logit: number | null }[];
  best: number[];
}
interface Case {
  text: string;
  expect: Category[];
  kind: 'rules' | 'verifier';
}

const rec = (expectCats: Category[], tier: string, best: number[], findings: Rec['findings'] = []): Rec => ({ expect: expectCats, tier, findings, best });
const NONE = -20;
const BIAS = [0, 0, 0];

/** Fresh text: one call the rules miss (best call logit 3) and a hard negative nothing flags. */
const fresh: Rec[] = [rec(['call'], 'plain', [3, NONE, NONE]), rec([], 'hard-negative', [1, NONE, NONE]), rec(['payment'], 'plain', [NONE, NONE, NONE], [{ c: 2, logit: null }])];

function search(rows: { row: Case; rec: Rec }[]) {
  return tune({ items: fresh, recs: fresh, cases: rows.map((r) => r.row), caseRecs: rows.map((r) => r.rec), bias: BIAS }) as {
    add: number[];
    veto: number[];
    failingAfter: number[];
  };
}

describe('tune: the verifier against the case tables', () => {
  it('adds the call fresh text needs when no table row forbids it', () => {
    const { add, failingAfter } = search([]);
    expect(add[0]).toBeLessThanOrEqual(3);
    expect(add[0]).toBeGreaterThan(1);
    expect(failingAfter).toEqual([]);
  });

  it('keeps a should-not-warn row of the rules silent', () => {
    const quiet = { row: { text: 'a Zoom SDK integration', expect: [], kind: 'rules' as const }, rec: rec([], 'hard-negative', [3, NONE, NONE]) };
    const { add } = search([quiet]);
    expect(add[0]).toBeGreaterThan(3);
    expect(decide(quiet.rec, add, NO_VETO).size).toBe(0);
  });

  it('lets the verifier add a category to a row that warns anyway', () => {
    const warns = { row: { text: 'my number is …', expect: ['contact'] as Category[], kind: 'rules' as const }, rec: rec(['contact'], 'plain', [5, NONE, NONE], [{ c: 1, logit: null }]) };
    const { add } = search([warns]);
    expect(add[0]).toBeLessThanOrEqual(3);
  });

  it('vetoes no expected category of a rules row', () => {
    // A veto at -5 would clear the hard negative of fresh text, but it would also veto the row's call.
    const noisy: Rec[] = [...fresh, rec([], 'hard-negative', [NONE, NONE, NONE], [{ c: 0, logit: -5 }])];
    const row = { row: { text: 'call me on Signal', expect: ['call'] as Category[], kind: 'rules' as const }, rec: rec(['call'], 'plain', [NONE, NONE, NONE], [{ c: 0, logit: -5.5 }]) };
    const free = tune({ items: noisy, recs: noisy, cases: [], caseRecs: [], bias: BIAS }) as { veto: number[] };
    expect(free.veto[0]).toBeGreaterThan(-5.5);
    const bound = tune({ items: noisy, recs: noisy, cases: [row.row], caseRecs: [row.rec], bias: BIAS }) as { veto: number[] };
    expect(bound.veto[0]).toBeLessThanOrEqual(-5.5);
  });

  it("answers the verifier's own rows exactly, and reports one it cannot", () => {
    const carried = { row: { text: 'pay me through Skrill', expect: ['payment'] as Category[], kind: 'verifier' as const }, rec: rec(['payment'], 'plain', [NONE, NONE, 1]) };
    const hopeless = { row: { text: '…', expect: ['contact'] as Category[], kind: 'verifier' as const }, rec: rec(['contact'], 'plain', [NONE, NONE, NONE]) };
    const { add, failingAfter } = search([carried, hopeless]);
    expect(add[2]).toBeLessThanOrEqual(1);
    expect(failingAfter).toEqual([1]);
  });
});

describe('decide', () => {
  it('with no add and no veto is the rules alone', () => {
    const r = rec(['call'], 'plain', [9, 9, 9], [{ c: 0, logit: -30 }]);
    expect([...decide(r, NO_ADD, NO_VETO)]).toEqual(['call']);
  });
});
