/**
 * The verifier at run time, with the shipped weights: features, sentences, spans of added
 * findings, vetoes limited to intent-type rules, bounded cost, no throw.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRules } from '../index';
import { buildView } from '../normalize';
import type { Finding } from '../types';
import { extract, feats, MAX_SENTENCE, splitSentences } from './features';
import { EXPLICIT_MOVES, getModel, isExplicitMove, logitsOf, MAX_KEPT_LOGITS, modelLoaded, scoreText, VETOABLE, verify, vetoLine } from './index';
import { scoreSentence } from './model';

const keysOf = (text: string): number[] => {
  const v = buildView(text).text;
  const m = extract(v, 0, v.length);
  return [...feats.keys.subarray(0, m)].sort((a, b) => a - b);
};
const sentencesOf = (text: string): string[] => {
  const v = buildView(text).text;
  return splitSentences(v).map((s) => v.slice(s.from, s.to));
};
const finding = (text: string, needle: string, category: Finding['category'], ruleId: string): Finding => {
  const start = text.lastIndexOf(needle);
  return { category, start, end: start + needle.length, ruleId, label: needle, value: { kind: 'phrase' } };
};

describe('weights', () => {
  it('are decoded lazily, on the first verify', () => {
    expect(modelLoaded()).toBe(false);
    verify('hello', []);
    expect(modelLoaded()).toBe(true);
    expect(getModel()).not.toBeNull();
  });
});

describe('features', () => {
  it('cut sentences at stops and line breaks, keeping links, emails and numbers whole', () => {
    expect(sentencesOf('Thanks! Mail me at ana.b@x.io. See wa.me/447700900431\nor 10.0.2.1; ok')).toEqual([
      'thanks!',
      'mail me at ana.b@x.io.',
      'see wa.me/447700900431',
      'or 10.0.2.1;',
      'ok',
    ]);
    expect(sentencesOf('s!gnal me')).toEqual(['s!gnal me']);
  });

  it('cut long run-on text into bounded pieces', () => {
    const pieces = splitSentences('word '.repeat(2000));
    expect(pieces.length).toBeGreaterThan(20);
    for (const s of pieces) expect(s.to - s.from).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('read leetspeak and lookalikes the way the rules do, and numbers by shape', () => {
    expect(keysOf('sk1pe me')).toEqual(keysOf('skipe me'));
    expect(keysOf('wh@tsapp')).toEqual(keysOf('whatsapp'));
    expect(keysOf('Ѕkуре')).toEqual(keysOf('skype'));
    expect(keysOf('+44 7700 900431')).toEqual(keysOf('+11 2345 678901'));
  });

  it('count each distinct n-gram of a sentence once', () => {
    expect(keysOf('ha ha ha ha ha ha')).toEqual(keysOf('ha ha ha'));
    const keys = keysOf('call me, call me');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/**
 * Runs fn with the model's add thresholds set to `add` (logits, CATEGORY_LIST order): tuning on dev
 * may switch a category's adds off (an infinite threshold), which would hide the mechanism tested.
 */
function withAddThresholds<T>(add: number[], fn: () => T): T {
  const model = getModel()!;
  const shipped = [...model.add];
  model.add.splice(0, add.length, ...add);
  try {
    return fn();
  } finally {
    model.add.splice(0, shipped.length, ...shipped);
  }
}

describe('verify', () => {
  it('adds no contact on a sentence whose number the rules explained away (quiet spans)', () => withAddThresholds([3, 2, 3], () => {
    const text = 'Số 0912 555 228, khách hỏi mãi.';
    const start = text.indexOf('0912');
    const plain = verify(text, []);
    // The model alone reads the digits as a phone number (a contact logit near 3, six above its bias).
    expect(plain.some((f) => f.category === 'contact')).toBe(true);
    const quieted = verify(text, [], undefined, [{ start, end: start + 12, kind: 'id' }]);
    expect(quieted.some((f) => f.category === 'contact')).toBe(false);
    // Only what the quiet span silences: its kind 'id' leaves call and payment as they were.
    expect(quieted.filter((f) => f.category !== 'contact')).toEqual(plain.filter((f) => f.category !== 'contact'));
  }));

  it('adds no category back on a sentence where the rules read its trigger as refused, and only that category', () =>
    withAddThresholds([-50, -50, -50], () => {
      // Thresholds so low that every category is added on every sentence: only quiet spans hold them back.
      const text = 'No calls on Skype for me. Pay the deposit today.';
      const skype = text.indexOf('Skype');
      const first = text.indexOf('.') + 1;
      for (const [kind, category] of [
        ['refused-call', 'call'],
        ['refused-contact', 'contact'],
        ['refused-payment', 'payment'],
        ['on-upwork', 'payment'],
      ] as const) {
        const quieted = verify(text, [], undefined, [{ start: skype, end: skype + 5, kind }]);
        const added = quieted.filter((f) => f.category === category);
        // The category comes back only from the other sentence, never from the refused one.
        expect(added.length).toBe(1);
        expect(added[0]!.start).toBeGreaterThanOrEqual(first);
        // The other categories are as without the span.
        const plain = verify(text, []);
        expect(quieted.filter((f) => f.category !== category)).toEqual(plain.filter((f) => f.category !== category));
      }
    }));

  it('adds loosely phrased intent the rules miss, pointing at its words', () => withAddThresholds([3, 3, 3], () => {
    for (const [text, category] of [
      ['Thanks for the brief. Send me your mail id. I have more files.', 'contact'],
      ["I'll send the money straight to your account", 'payment'],
      ['ping me on wa', 'call'],
    ] as const) {
      const added = verify(text, []).filter((f) => f.ruleId.startsWith('verifier.'));
      expect(added.map((f) => f.category)).toContain(category);
      for (const f of added) {
        expect(f.ruleId).toBe(`verifier.${f.category}`);
        expect(f.label.length).toBeGreaterThan(0);
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toMatch(/[a-z]{2}/i);
      }
    }
  }));

  it('adds nothing to ordinary work talk', () => {
    const text = 'The logo needs a darker blue and the footer should link to the privacy page. I will send the draft here tomorrow.';
    expect(verify(text, [])).toEqual([]);
    expect(analyze(text)).toEqual([]);
  });

  it('adds nothing to text made of one unit repeated (laughter, a held key, a pasted row of one symbol)', () => {
    for (const text of ['ha'.repeat(1000), 'a'.repeat(2000), 'lol '.repeat(300), '\uFDFA'.repeat(2000), 'صلى '.repeat(500), '😂'.repeat(500), '.'.repeat(3000)]) {
      expect(verify(text, [])).toEqual([]);
    }
  });

  it('adds nothing that would point at symbols alone (a mention being typed: "cc @")', () => {
    for (const text of ['Could we hop on a quick WhatsApp call tomorrow to go over the details? cc @', 'Shall we talk on Zoom at 5? @', 'cc @ @ @']) {
      for (const f of analyze(text)) expect(text.slice(f.start, f.end)).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('vetoes an intent rule on work talk: the app as the subject of the work, a refusal', () => {
    const refusal = "Thanks for the offer of Zoom, but I'm fine with an Upwork call — it's easier to keep the record in one place.";
    expect(verify(refusal, [finding(refusal, 'Zoom', 'call', 'call.app')])).toEqual([]);
    // Work talk reads far from intent; whether it crosses the veto line is the dev-tuned threshold's
    // call (-4.75 in stop 20, -6.5 in stop 21), so the wiring is checked against the model's own line.
    const model = getModel()!;
    const callLogit = (text: string): number => scoreText(model, text).sentences[0]!.logits[0]!;
    const work = 'I design LINE sticker sets and have published 14 sets on the LINE Creators Market.';
    const intent = "Let's talk on LINE tonight, it's faster than typing here.";
    expect(callLogit(work)).toBeLessThan(callLogit(intent) - 6);
    const kept = verify(work, [finding(work, 'LINE', 'call', 'call.app')]);
    expect(kept.length === 0).toBe(callLogit(work) < model.veto[0]!);
  });

  it('never vetoes values plainly shared: emails, phone numbers, links, handles', () => {
    const text = 'The Zoom SDK integration needs the new OAuth scopes. ana.b@example.com +1 415 555 0132 wa.me/14155550132 @ana_b';
    const values = [
      finding(text, 'ana.b@example.com', 'contact', 'contact.email'),
      finding(text, '+1 415 555 0132', 'contact', 'contact.phone'),
      finding(text, 'wa.me/14155550132', 'contact', 'contact.link'),
      finding(text, '@ana_b', 'contact', 'contact.handle'),
    ];
    for (const f of values) expect(VETOABLE.has(f.ruleId)).toBe(false);
    const out = verify(text, values);
    for (const f of values) expect(out).toContainEqual(f);
  });

  it('keeps a rule finding when its sentence reads as intent', () => {
    const text = "Let's talk on WhatsApp tonight, it's faster.";
    const f = finding(text, 'WhatsApp', 'call', 'call.app');
    expect(verify(text, [f])).toContainEqual(f);
  });

  // Its cost on 1 MB is measured in analyze.bench.ts ("1 MB input").
  it('scores only the first 20,000 characters of 1 MB', () => {
    const big = 'the logo needs a darker blue, '.repeat(35_000);
    const { sentences } = scoreText(getModel()!, big);
    expect(verify(big, [])).toEqual([]);
    expect(sentences[sentences.length - 1]!.end).toBeLessThanOrEqual(20_000);
    const late = big.length - 10;
    const far: Finding = { category: 'call', start: late, end: late + 4, ruleId: 'call.app', label: 'x', value: { kind: 'app', channel: 'x' } };
    expect(verify(big, [far])).toContainEqual(far);
  });

  it('never throws', () => {
    for (const text of ['', '\ud800', '😀'.repeat(5000), '\u200b'.repeat(1000), 'a.'.repeat(10_000), '\n\n\n', '@@@@']) {
      expect(() => verify(text, [])).not.toThrow();
    }
  });
});

describe('logits kept between calls', () => {
  const scoredAfresh = (text: string, from: number, to: number): number[] => {
    const out = new Float64Array(3);
    scoreSentence(getModel()!, text, from, to, out);
    return [...out];
  };

  it('are the logits scoring the piece afresh gives, wherever the piece stands', () => {
    const m = getModel()!;
    for (const piece of ['ping me on wa', 'the logo needs a darker blue', 'text me at +44 7700 900431']) {
      const before = `ok. ${piece}`;
      const after = `sure, ${piece}, thanks`;
      const first = [...logitsOf(m, before, 4, 4 + piece.length)];
      expect(first).toEqual(scoredAfresh(before, 4, 4 + piece.length));
      expect([...logitsOf(m, after, 6, 6 + piece.length)]).toEqual(first);
    }
  });

  it('keep only the most recently used pieces, and never overwrite an answer given out', () => {
    const m = getModel()!;
    const piece = 'call me tonight about the banner';
    const held = logitsOf(m, piece, 0, piece.length);
    const copy = [...held];
    const other = (i: number) => `draft ${i} of the product description`;
    for (let i = 0; i < MAX_KEPT_LOGITS * 2; i++) logitsOf(m, other(i), 0, other(i).length);
    expect([...held]).toEqual(copy);
    expect(logitsOf(m, piece, 0, piece.length)).not.toBe(held);
    const recent = other(MAX_KEPT_LOGITS * 2 - 1);
    expect(logitsOf(m, recent, 0, recent.length)).toBe(logitsOf(m, recent, 0, recent.length));
  });

  it('leave what a message is found to hold unchanged when it is checked again while typed', () => {
    const draft = 'Thanks for the brief, the logo needs a darker blue. If easier, ping me on wa tonight. Also the footer';
    const once = analyze(draft);
    for (let k = 20; k <= draft.length; k += 7) analyze(draft.slice(0, k));
    expect(analyze(draft)).toEqual(once);
  });
});

describe('vetoes never touch a disguised name', () => {
  it.each([
    "thanks hi hi let's talk on V.i.b.е.r hi thanks hi hi",
    "thanks hi hi let's talk on sk1pe hi thanks hi hi",
    "thanks hi hi let's talk on ＷｈａｔｓＡｐｐ hi thanks hi hi",
  ])('%s', (text) => {
    expect(analyze(text).some((f) => f.category === 'call')).toBe(true);
  });
});

describe('vetoLine: explicit moves need evidence of work talk', () => {
  const m = { veto: [-3, -3, -4.5], bias: [-3.9, -3.9, -5] };

  it('keeps the tuned line for a name or an intent word', () => {
    expect(vetoLine(m, 0, { ruleId: 'call.app' })).toBe(-3);
    expect(vetoLine(m, 2, { ruleId: 'payment.channel' })).toBe(-4.5);
  });

  it('caps the line below the bias for a rule that reads the move itself', () => {
    expect(vetoLine(m, 0, { ruleId: 'call.in-person' })).toBeCloseTo(-4.4);
    expect(vetoLine(m, 2, { ruleId: 'payment.off-platform' })).toBeCloseTo(-5.5);
    // A line already below the cap stays where the tuner put it.
    expect(vetoLine({ veto: [-6, -6, -7], bias: m.bias }, 2, { ruleId: 'payment.direct' })).toBe(-7);
  });

  it('names only vetoable rules', () => {
    for (const rule of EXPLICIT_MOVES) expect(VETOABLE.has(rule)).toBe(true);
  });

  it('caps the line for an app named right after a word of talking or asking', () => {
    const cued = { ruleId: 'call.app', value: { kind: 'app', channel: 'Viber', cued: true } } as const;
    expect(vetoLine(m, 0, cued)).toBeCloseTo(-4.4);
    expect(vetoLine(m, 0, { ruleId: 'call.app', value: { kind: 'app', channel: 'Viber' } })).toBe(-3);
  });

  const appFinding = (text: string) => analyzeRules(text).find((f) => f.ruleId === 'call.app');
  it.each([
    ["good sounds let's talk on Viber hi thanks hi yes", true],
    ['message me on WhatsApp when you can', true],
    ["what's your Telegram?", true],
    ['I can chat on Signal tonight', true],
    ['Zoom at 5?', false],
    ['we use Viber for the team, talk to them there', false],
  ])('%s: cued %s', (text, cued) => {
    const f = appFinding(text);
    expect(f).toBeDefined();
    expect(isExplicitMove(f!)).toBe(cued);
  });

  // Greetings around a plain proposal once took its sentence below the veto line (the offsets property test met it).
  it.each([
    "good sounds let's talk on Viber hi thanks hi yes",
    "thanks thanks sounds let's talk on Viber hi good thanks for yes",
    "ok great brief good hi let's talk on Discord hi the thanks thanks sounds",
  ])('keeps %s', (text) => {
    expect(analyze(text).some((f) => f.ruleId === 'call.app')).toBe(true);
  });
});
