import { table } from './testing/table';
import { describe, expect, it } from 'vitest';
import { MAX_CHANNEL_HITS } from './context';
import { MAX_PHONE_CALL_FINDINGS } from './detectors/offPlatform';
import { MAX_CONTACT_NOUNS } from './detectors/requests';
import { MAX_PHONE_FINDINGS } from './detectors/phone';
import { analyze } from './index';
import type { Relationship } from './types';

const ALL_THREE = "Let's talk on WhatsApp, +55 21 98555-0134, and I can pay you by Pix directly so there's no fee.";
const cats = (text: string, context?: Parameters<typeof analyze>[1]) => [...new Set(analyze(text, context).map((f) => f.category))].sort();

describe('analyze: findings', () => {
  it('reports category, span into the original text, rule id and label', () => {
    const text = 'Sure! My WhatsApp is +44 7700 900431, ping me there';
    const findings = analyze(text);
    const phone = findings.find((f) => f.label === 'phone number');
    expect(phone).toBeDefined();
    expect(text.slice(phone!.start, phone!.end)).toBe('+44 7700 900431');
    expect(phone!.ruleId).toBe('contact.phone');
    const app = findings.find((f) => f.category === 'call');
    expect(app?.label).toBe('WhatsApp');
    expect(text.slice(app!.start, app!.end)).toBe('WhatsApp');
  });

  it('points through invisible characters at what the user typed', () => {
    const text = 'msg me on Teleg\u2060ram please';
    const call = analyze(text).find((f) => f.category === 'call');
    expect(text.slice(call!.start, call!.end)).toBe('Teleg\u2060ram');
  });

  it('marks an email shared for access to a scoping tool', () => {
    const [email] = analyze('Invite me to the GitHub repo, my email is dev.ana@proton.me');
    expect(email?.scopingTool).toBe(true);
    expect(analyze('my email is dev.ana@proton.me, write me there')[0]?.scopingTool).toBeUndefined();
  });

  it('returns findings in text order', () => {
    const starts = analyze(ALL_THREE).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('analyze: relationship policy', () => {
  it('flags everything before a contract (the default)', () => {
    expect(cats(ALL_THREE)).toEqual(['call', 'contact', 'payment']);
    expect(cats(ALL_THREE, { relationship: 'pre-contract' })).toEqual(['call', 'contact', 'payment']);
  });

  it.each<Relationship>(['contract-started', 'prior-contract', 'business-enterprise'])('%s keeps only payment', (relationship) => {
    expect(cats(ALL_THREE, { relationship })).toEqual(['payment']);
  });

  it('drops payment too once the pair met more than 24 months ago', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    expect(cats(ALL_THREE, { relationship: 'prior-contract', metAt: '2024-06-01', now })).toEqual([]);
    expect(cats(ALL_THREE, { relationship: 'prior-contract', metAt: '2024-07-01', now })).toEqual(['payment']);
  });

  it('ignores metAt before a contract and tolerates a bad date', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    expect(cats(ALL_THREE, { metAt: '2010-01-01', now })).toEqual(['call', 'contact', 'payment']);
    expect(cats(ALL_THREE, { relationship: 'prior-contract', metAt: 'not a date', now })).toEqual(['payment']);
  });
});

describe('analyze: bad input never throws', () => {
  it('weighs at most MAX_CHANNEL_HITS app names in a paste that repeats one, and still warns', () => {
    const findings = analyze('Add me on WeChat. '.repeat(5_000));
    expect(findings.some((f) => f.ruleId === 'call.app')).toBe(true);
    expect(findings.filter((f) => f.ruleId === 'call.app').length).toBe(MAX_CHANNEL_HITS);
  });

  it('weighs at most MAX_PHONE_CALL_FINDINGS phone calls in a paste that repeats one, and still warns', () => {
    const findings = analyze('call me '.repeat(12_500));
    const calls = findings.filter((f) => f.ruleId === 'call.phone');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(MAX_PHONE_CALL_FINDINGS);
  });

  it('weighs at most MAX_CONTACT_NOUNS contact nouns in a paste that repeats one, and still warns', () => {
    const asks = analyze('What is your email? '.repeat(5_000)).filter((f) => f.ruleId === 'contact.request');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.length).toBeLessThanOrEqual(MAX_CONTACT_NOUNS);
  });

  it('finds at most MAX_PHONE_FINDINGS phone numbers in a pasted list, and still warns', () => {
    const phones = analyze('phone: +1 415 555 0192, '.repeat(4_200)).filter((f) => f.ruleId === 'contact.phone');
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.length).toBeLessThanOrEqual(MAX_PHONE_FINDINGS);
  });

  const inputs: Record<string, string> = {
    'empty string': '',
    'lone surrogates': '\ud800 call me \udc00 on \ud83d WhatsApp \ude00',
    'control characters': '\u0000\u0001\u0007\u001b[31mcall me\u0000 +1 415 555 0132\u007f',
    '1 MB of text': 'Send me your email please. '.repeat(40_000),
    "'a.' x 50k": 'a.'.repeat(50_000),
    "'1 ' x 50k": '1 '.repeat(50_000),
    "'+1 (' x 25k": '+1 ('.repeat(25_000),
    'one 100 KB word': 'w'.repeat(100_000),
    'zero-width flood': '\u200b\u200c\u200d\u2060'.repeat(25_000),
    'emoji flood': '😀👍🏽3️⃣'.repeat(10_000),
    "'a@' x 50k": 'a@'.repeat(50_000),
    'spelled digits flood': 'one two '.repeat(12_000),
    'leet dollar signs': '$$$kype $a $ b $$ '.repeat(5_000),
    'spaced email flood': 'a @ b . c '.repeat(10_000),
  };
  it.each(Object.entries(inputs))('%s', (_name, text) => {
    const findings = analyze(text);
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) expect(f.start >= 0 && f.end > f.start && f.end <= text.length).toBe(true);
  });

  it('treats a non-string like an empty message', () => {
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string, null as unknown as undefined)).toEqual([]);
  });
});

describe('analyze: an email address, then the talk pointed "there"', () => {
  const cats = (text: string): string[] => [...new Set(analyze(text).map((f) => f.category))].sort();
  it.each([
    'Reach me at milo.brandt@example.com and we can chat about the scope there.',
    'Mi correo es luz.prieto@example.com, escríbeme ahí y lo hablamos.',
    'E-posta adresim deniz.kaya@example.com, oradan konuşalım.',
  ])('warns of a call: %s', (text) => expect(cats(text)).toEqual(['call', 'contact']));
  it.each([
    'Send the invoice to billing@example.com. There is a PO number on it.',
    'Reach me at milo.brandt@example.com if the files are too big.',
  ])('shares the address only: %s', (text) => expect(cats(text)).toEqual(['contact']));
});

table('a number with the verb of a payment app ("gpay kar do") is a payment detail, not a call', [
  ['advance phonepe kar do 98111 22334 pe, bas', ['contact', 'payment']],
  ['sadapay pe bhej dein 0312 4455667, fee nahi lagegi', ['contact', 'payment']],
  ['whatsapp kar do 0300 1234567 pe', ['call', 'contact']],
  ['gpay kar dena, aur 0300 1234567 pe call kar lena', ['call', 'contact', 'payment']],
]);
