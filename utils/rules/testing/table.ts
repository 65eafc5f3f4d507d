/**
 * Test helper: runs a should-warn / should-not-warn table through the engine. Each row asserts two
 * things:
 * - the rules alone (`analyzeRules`) find exactly the expected set of categories: the row is the
 *   rules' contract;
 * - the whole engine (`analyze`, rules + learned verifier) keeps that contract where it matters to
 *   a user: a should-not-warn row stays silent, and no expected category is vetoed. The verifier may
 *   add a category to a row that warns anyway; how often that is right is measured on the tune
 *   split, not here (see verifier/README.md). Rows only the verifier gets right live in its own
 *   table, `verifier/cases.ts`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRules } from '../index';
import type { Category, Finding } from '../types';

export type Row = [text: string, expected: Category[]];

const sortedSet = (findings: Finding[]): Category[] => [...new Set(findings.map((f) => f.category))].sort();

/** Sorted category set the rules alone find in `text`. */
export function categories(text: string): Category[] {
  return sortedSet(analyzeRules(text));
}

/**
 * Asserts one row: the rules' exact set, then what the verifier may and may not change.
 *
 * @example expectRow('mail me: ana@x.io', ['contact'])
 */
export function expectRow(text: string, expected: readonly Category[]): void {
  const want = [...expected].sort();
  expect(categories(text)).toEqual(want);
  const whole = sortedSet(analyze(text));
  if (want.length === 0) expect(whole, 'the verifier must not flag a should-not-warn row').toEqual([]);
  else expect(whole, 'the verifier must not veto an expected category').toEqual(expect.arrayContaining(want));
}

/**
 * @example table('email', [['mail me: ana@x.io', ['contact']]])
 */
export function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expectRow(text, expected);
    });
  });
}
