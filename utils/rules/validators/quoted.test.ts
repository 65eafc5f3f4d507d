import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { analyze } from '../index';
import { blanked, quotedWorkText } from './quoted';

analyze('warm up');

/** The quoted texts found, as strings. */
function quotes(text: string): string[] {
  const q = quotedWorkText(buildContext(text));
  const out: string[] = [];
  for (let i = 0; i < q.length; i += 2) out.push(text.slice(q[i], q[i + 1]));
  return out;
}

describe('quotedWorkText', () => {
  it.each([
    ["The caption should say 'ping us on Viber for orders' under the photo", ['ping us on Viber for orders']],
    ['Please translate: "Call our desk at 0800 555 0101 for help"', ['Call our desk at 0800 555 0101 for help']],
    ['问卷第二题：「您平时怎么联系医生？」这个问题有引导性吗？', ['您平时怎么联系医生？']],
    ['Traduis cette phrase : « Appelez-nous ce soir » stp', [' Appelez-nous ce soir ']],
    ['Die Ansage lautet »Rufen Sie uns morgen an« und ist zu lang', ['Rufen Sie uns morgen an']],
    ['The FAQ answer ‘How do I reach support by phone?’ needs a rewrite', ['How do I reach support by phone?']],
    ['Sample dialogue:\nA: can I have your number?\nB: sure, 555-0134', ['can I have your number?', 'sure, 555-0134']],
    ['Диалог 2:\n— Дай номер\n— 8 900 000 11 22, звони', ['Дай номер', '8 900 000 11 22, звони']],
    ["UI copy like 'Add a card', 'Withdraw to bank', 'Send to a friend' and 'Call support now'", ['Add a card', 'Withdraw to bank', 'Send to a friend', 'Call support now']],
    ['Operator: how may I help?\nCaller: call me back at 555 0199\nWrite five more scripts like this', ['how may I help?', 'call me back at 555 0199']],
  ])('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });

  it.each([
    ["my number is '555 201 3344', call me", 'a value, no words'],
    ["let's have a quick 'chat' on WhatsApp", 'one scare-quoted word'],
    ["I always say 'talk is cheap', so WhatsApp me", 'no frame word'],
    ['{"note": "dm me on telegram"}', 'a field of data'],
    ["My bio says 'DM me on Instagram for collabs'", 'the writer\'s own piece'],
    ["it's 'not' a 'deal', we're done", 'apostrophes inside words open and close nothing'],
    ['To your questions:\nQ: Can we talk by phone?\nA: Sure, my number is 555-0132', 'answers of the writer, no noun of a dialogue'],
    ['Hi!\nA: send me your WhatsApp\nB: +1 555 010 2020', 'speaker lines with no noun of a dialogue'],
    ['Sample dialogue:\nA: can I have your number?', 'one speaker line is no dialogue'],
  ])('none in %s (%s)', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  // Its cost on such input is measured in analyze.bench.ts ("' 'a' x 33k", unclosed marks).
  it('finds no quoted work text in unclosed marks', () => {
    expect(quotedWorkText(buildContext(" 'a".repeat(20000)))).toEqual([]);
  });
});

describe('blanked', () => {
  it('keeps every offset', () => {
    const text = "Translate 'call me 📞 now' please";
    const out = blanked(text, [11, 25]);
    expect(out.length).toBe(text.length);
    expect(out).toBe("Translate '              ' please");
  });
});

describe('findings of quoted work text', () => {
  it('a real ask after the quote still warns on its own words', () => {
    const text = "Rewrite the sentence 'text us any time' and send me your WhatsApp number";
    const found = analyze(text);
    expect(found.map((f) => f.category).sort()).toEqual(['call', 'contact']);
    for (const f of found) expect(f.start).toBeGreaterThan(text.indexOf("' and"));
  });
});
