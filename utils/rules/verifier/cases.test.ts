import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { cases } from './cases';

describe('rows the verifier answers (rules + verifier, exact categories)', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (text, c) => {
    expect([...new Set(analyze(text).map((f) => f.category))].sort()).toEqual([...c.expect].sort());
  });
});
