import { describe, expect, it } from 'vitest';
import { buildView } from './normalize';
import { compile, compileMany, findAll, findAllMany } from './phrases';
import { tokenize } from './tokens';

const words = (text: string) => tokenize(buildView(text), text);

describe('phrase matching', () => {
  it('matches folded phrases at word boundaries, longest first', () => {
    const set = compile(['call me', 'call me at', "what's your"]);
    const tokens = words('Whats your number? CALL ME AT 5, recall me');
    expect(findAll(set, tokens).map((m) => tokens.words.slice(m.from, m.to).join(' '))).toEqual([
      'whats your',
      'call me at',
    ]);
  });

  it('treats * as any one word and never crosses a sentence', () => {
    const set = compile(['send me your * number']);
    expect(findAll(set, words('send me your phone number')).length).toBe(1);
    expect(findAll(set, words('send me your. Phone number')).length).toBe(0);
  });

  it('one pass over many sets gives the same matches as one pass per set', () => {
    const sets = { a: compile(['on whatsapp', 'talk']), b: compile(['talk on', 'on']), c: compile(['* whatsapp']) };
    const tokens = words("let's talk on whatsapp, talk on it on whatsapp");
    const many = findAllMany(compileMany(sets), tokens);
    for (const name of ['a', 'b', 'c'] as const) expect(many[name]).toEqual(findAll(sets[name], tokens));
  });
});
