import { describe, expect, it } from 'vitest';
import { pageHealth } from './page-health';

describe('pageHealth', () => {
  it.each([
    [{ composers: 2, looksLikeMessages: true, settled: true }, { state: 'watching', composers: 2 }],
    [{ composers: 1, looksLikeMessages: false, settled: false }, { state: 'watching', composers: 1 }],
    [{ composers: 0, looksLikeMessages: true, settled: true }, { state: 'composer-missing' }],
    [{ composers: 0, looksLikeMessages: true, settled: false }, { state: 'idle' }],
    [{ composers: 0, looksLikeMessages: false, settled: true }, { state: 'idle' }],
  ])('%j → %j', (facts, expected) => {
    expect(pageHealth(facts)).toEqual(expected);
  });
});
