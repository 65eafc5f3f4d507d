/**
 * The generated data (generated/*.ts, written by `npm run build:engine-data`) must be what the
 * sources compile to: a lexicon, channels.ts or a cue list edited without running the script, or
 * libphonenumber-js updated without it, fails here.
 */
import metadata from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES, vocabulary, vocabularyFromData } from './cues';
import { PHONE_METADATA_JSON } from './generated/phoneMetadata';
import { VOCABULARY_JSON } from './generated/vocabulary';
import { compileMany, fromKeys } from './phrases';
import { LANGUAGES } from './lexicon/index';
import { compileVocabularyData } from './vocabularySource';
import { foldWord, foldWordSlowly, registeredWords } from './wordsets';

const STALE = 'generated data out of date: run `npm run build:engine-data`';

describe('generated engine data', () => {
  it('vocabulary.ts is what the lexicons, channels and cue lists compile to', () => {
    expect(VOCABULARY_JSON === JSON.stringify(compileVocabularyData()), STALE).toBe(true);
  });

  it('phoneMetadata.ts is the metadata libphonenumber-js/min uses', () => {
    expect(PHONE_METADATA_JSON === JSON.stringify(metadata), STALE).toBe(true);
  });

  it('the lazily built phrase slots are those compileMany() builds from the same keys', () => {
    const data = compileVocabularyData();
    const fromData = vocabularyFromData(data).allCues;
    // Rebuild the per-set key lists from the grouped data and compile them the direct way.
    const keys = CUE_NAMES.map(() => [] as string[]);
    for (const [first, entries] of Object.entries(data.cues.byFirst)) {
      for (const entry of entries.split('~')) {
        const comma = entry.indexOf(',');
        const rest = entry.slice(comma + 1);
        keys[Number(entry.slice(0, comma))]!.push(rest ? `${first} ${rest}` : first);
      }
    }
    const sets = Object.fromEntries(CUE_NAMES.map((name, k) => [name, fromKeys(keys[k]!)]));
    const direct = compileMany(sets);
    for (const first of Object.keys(data.cues.byFirst)) {
      const a = direct.slot(first)!;
      const b = fromData.slot(first)!;
      // Same phrases per slot (order within a set does not change a match: the longest one wins).
      const norm = (s: typeof a) => [
        s.loose.map((e) => `${e.set}:${e.words.join(' ')}`).sort(),
        [...s.bySecond].map(([k, l]) => [k, l.map((e) => `${e.set}:${e.words.join(' ')}`).sort()]).sort(),
      ];
      expect(norm(b)).toEqual(norm(a));
    }
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) expect(fromData.slot(word)).toBe(direct.slot(word));
    expect(vocabulary().channelKeys.size).toBe(data.keys.length);
  });

  it('the precompiled folds of the code word lists are the normalizer\'s', () => {
    for (const w of registeredWords()) expect(foldWord(w), w).toBe(foldWordSlowly(w));
  });

  it('the word classes hold the normalizer\'s folds of every lexicon\'s words', () => {
    const classes = vocabulary().wordClasses;
    expect(classes.size).toBeGreaterThan(40);
    for (const { lexicon } of LANGUAGES) {
      for (const [name, words] of Object.entries(lexicon.words ?? {})) {
        for (const w of words) expect(classes.get(name), `${lexicon.lang} ${name} "${w}"`).toContain(foldWordSlowly(w));
      }
    }
  });
});
