/**
 * The corpus splits stay apart: no message in two splits, every line well-formed, and each split
 * covers what it has to measure (all tiers; the engine's 21 languages in the written sets).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types, shared with the training and report scripts
import { loadSplit, sourceSplit } from '../corpus/splits.mjs';

interface Item {
  id: string;
  text: string;
  expect: string[];
  tier: string;
  lang: string;
  file: string;
  author?: string;
  source?: string;
}

const NAMES = ['train', 'dev', 'tune', 'test'] as const;
const splits = Object.fromEntries(NAMES.map((name) => [name, loadSplit(name) as Item[]])) as Record<(typeof NAMES)[number], Item[]>;
const TIERS = ['plain', 'obfuscated', 'buried', 'multilingual', 'negative', 'hard-negative'];
const CATEGORIES = new Set(['call', 'contact', 'payment']);

describe('corpus splits', () => {
  it('puts every message in one split only, by author and by source', () => {
    const seen = new Map<string, string>();
    for (const [name, items] of Object.entries(splits)) {
      for (const item of items) {
        const key = item.text.trim().toLowerCase();
        expect(seen.get(key) ?? name, `"${item.id}" also in ${seen.get(key)}`).toBe(name);
        seen.set(key, name);
      }
    }
    const authors = (name: keyof typeof splits) => new Set(splits[name].filter((i) => i.author).map((i) => i.author));
    NAMES.forEach((name, i) => {
      for (const later of NAMES.slice(i + 1)) expect([...authors(name)].filter((a) => authors(later).has(a)), `${name} and ${later}`).toEqual([]);
    });
    for (const [name, items] of Object.entries(splits)) for (const item of items.filter((i) => i.source)) expect(sourceSplit(item.source), item.id).toBe(name);
  });

  it('has well-formed lines', () => {
    // One assertion over all ~28,000 lines (an expect per line took seconds): the ids of bad ones.
    const wellFormed = (item: Item): boolean => {
      if (!(typeof item.text === 'string' && item.text.length > 0)) return false;
      if (!(TIERS as readonly string[]).includes(item.tier)) return false;
      if (!item.expect.every((c) => CATEGORIES.has(c))) return false;
      const negative = item.tier === 'negative' || item.tier === 'hard-negative';
      return Boolean((item as { ambiguous?: boolean }).ambiguous) || (item.expect.length === 0) === negative;
    };
    expect(Object.values(splits).flat().filter((item) => !wellFormed(item)).map((item) => item.id)).toEqual([]);
  });

  it('covers every tier in each split, and every language in the dev and test authors', () => {
    for (const items of Object.values(splits)) for (const tier of TIERS) expect(items.some((i) => i.tier === tier), tier).toBe(true);
    for (const name of ['dev', 'test'] as const) {
      const langs = new Set(splits[name].filter((i) => i.author).map((i) => i.lang));
      expect(langs.size, name).toBeGreaterThanOrEqual(21);
    }
  });
});
