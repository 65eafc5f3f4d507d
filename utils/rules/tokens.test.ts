import { describe, expect, it } from 'vitest';
import { buildView } from './normalize';
import { joinSkeletons, leetReadings, skeleton, stretchReadings, tokenize, vowellessKey, vowellessLookup } from './tokens';

const words = (text: string) => tokenize(buildView(text), text).words;

describe('tokenize', () => {
  it('keeps leet symbols inside words and drops apostrophes of contractions', () => {
    expect(words("wh@tsapp me, what's te|egram? $kype")).toEqual(['wh@tsapp', 'me', 'whats', 'te|egram', '$kype']);
  });

  it('splits French and Italian elisions', () => {
    expect(words("numero d'ordine, l'app")).toEqual(['numero', 'd', 'ordine', 'l', 'app']);
    expect(words("un'integrazione dell'API, jusqu'ici")).toEqual(['un', 'integrazione', 'dell', 'api', 'jusqu', 'ici']);
    expect(words("don't, we'll, all's well")).toEqual(['dont', 'well', 'alls', 'well']);
  });

  it("reads the platform's name split by one joining mark as one word", () => {
    expect(words('off up-w0rk, up_work or Up.Work')).toEqual(['off', 'upwork', 'upwork', 'or', 'upwork']);
    // Inside a longer hyphenated word, or followed by more letters, it stays apart.
    expect(words('follow-up-work, up-works, up-work2')).toEqual(['follow', 'up', 'work', 'up', 'works', 'up', 'work2']);
    const text = 'leave up-work now';
    const t = tokenize(buildView(text), text);
    expect(text.slice(t.vFrom[1], t.vTo[1])).toBe('up-work');
  });

  it('makes each CJK character a word', () => {
    expect(words('加我微信')).toEqual(['加', '我', '微', '信']);
  });

  it('numbers sentences and flags questions', () => {
    const { sent, question } = tokenize(buildView('Hi there. Ltd. rules! Is it ok?'), 'Hi there. Ltd. rules! Is it ok?');
    expect([...sent]).toEqual([0, 0, 1, 1, 2, 2, 2]);
    expect(question.slice(0, 3)).toEqual([false, false, true]);
  });

  it('ends a sentence at an ideographic full stop (not inside "gmail。com") and at the Urdu full stop', () => {
    const sentences = (text: string) => [...tokenize(buildView(text), text).sent];
    expect(sentences('开发。加我')).toEqual([0, 0, 1, 1]);
    expect(new Set(sentences('lin。dev@gmail。com')).size).toBe(1);
    expect(sentences('کام ختم۔ بات کریں')).toEqual([0, 0, 1, 1]);
  });

  it('cuts run-on text into bounded sentences', () => {
    const { sent } = tokenize(buildView('word '.repeat(200)), 'word '.repeat(200));
    expect(new Set(sent).size).toBeGreaterThan(2);
  });
});

describe('skeleton', () => {
  it.each([
    ['skype', 'skipe'],
    ['sk1pe', 'skipe'],
    ['wh@tsapp', 'whatsap'],
    ['z00m', 'zom'],
    ['ѕkуре', 'skipe'],
    ['v3nm0', 'venmo'],
    ['1234', ''],
  ])('%s → %s', (word, key) => {
    expect(skeleton(word)).toBe(key);
  });
});

describe('leetReadings', () => {
  it.each([
    ['ph0ne', ['phone']],
    ['c@ll', ['call']],
    ['t3xt', ['text']],
    ['ca11', ['caii', 'call']],
    ['phone', undefined],
    ['h264', undefined],
    ['i18n', undefined],
    ['2024', undefined],
    ['a1', undefined],
  ])('%s → %j', (word, readings) => {
    expect(leetReadings(word)).toEqual(readings);
  });
});

describe('joinSkeletons', () => {
  it.each([
    ['zo', 'om', 'zom'],
    ['skipe', 'e', 'skipee'],
    ['zom', 'meting', 'zometing'],
    ['ms', 'teams', 'msteams'],
  ])('%s + %s → %s', (a, b, key) => {
    expect(joinSkeletons(a, b)).toBe(key);
  });
});

describe('stretchReadings', () => {
  it.each([
    ['phoooone', ['phone', 'phoone']],
    ['callll', ['cal', 'call']],
    ['emaiiil', ['email', 'emaiil']],
    ['call', undefined],
    ['zzz', undefined],
    ['coffee', undefined],
  ])('%s → %j', (word, readings) => {
    expect(stretchReadings(word)).toEqual(readings);
  });
});

describe('vowellessKey', () => {
  it.each([
    ['transfer', 'trnsfr'],
    ['messenger', 'msngr'],
    ['bank', 'bnk'],
    ['family', 'fmly'],
    // Half the word or less is too little of it; a vowel first would be read away.
    ['tomorrow', undefined],
    ['outside', undefined],
    ['email', undefined],
    ['usdt', undefined],
    ['pay', undefined],
    ['sms', undefined],
  ])('%s → %s', (word, key) => {
    expect(vowellessKey(word)).toBe(key);
  });
});

describe('vowellessLookup', () => {
  it.each([
    ['trnsffr', 'trnsfr'],
    ['msngr', 'msngr'],
    ['bnk', 'bnk'],
    ['bank', undefined],
    ['dm', undefined],
    ['b2b', undefined],
  ])('%s → %s', (word, key) => {
    expect(vowellessLookup(word)).toBe(key);
  });
});
