/**
 * Test helper: runs a should-warn / should-not-warn table through analyze() and compares the set
 * of categories found with the expected set.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import type { Category } from '../types';

export type Row = [text: string, expected: Category[]];

/** Sorted category set found in `text`. */
export function categories(text: string): Category[] {
  return [...new Set(analyze(text).map((f) => f.category))].sort();
}

/**
 * @example table('email', [['mail me: ana@x.io', ['contact']]])
 */
export function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(categories(text)).toEqual([...expected].sort());
    });
  });
}
