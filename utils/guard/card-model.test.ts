import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/rules/types';
import { cardModel } from './card-model';

function at(text: string, needle: string, category: Finding['category'], label: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(needle);
  return { category, start, end: start + needle.length, ruleId: `${category}.x`, label, value: { kind: 'phrase' }, ...extra };
}

describe('cardModel', () => {
  const text = 'Ping me on WhatsApp or at jen.k@outlook.com, and I pay via PayPal. WhatsApp again.';

  it('groups findings by category in contract order with labels and the exact text', () => {
    const findings = [
      at(text, 'PayPal', 'payment', 'PayPal'),
      at(text, 'jen.k@outlook.com', 'contact', 'email address'),
      at(text, 'WhatsApp', 'call', 'WhatsApp'),
    ];
    const model = cardModel(text, findings);
    expect(model.categories).toEqual(['call', 'contact', 'payment']);
    expect(model.groups.map((g) => g.items)).toEqual([
      [{ label: 'WhatsApp', excerpt: 'WhatsApp' }],
      [{ label: 'email address', excerpt: 'jen.k@outlook.com' }],
      [{ label: 'PayPal', excerpt: 'PayPal' }],
    ]);
  });

  it('lists a repeated finding once', () => {
    const second = text.lastIndexOf('WhatsApp');
    const findings = [at(text, 'WhatsApp', 'call', 'WhatsApp'), { ...at(text, 'WhatsApp', 'call', 'WhatsApp'), start: second, end: second + 8 }];
    expect(cardModel(text, findings).groups[0]!.items).toHaveLength(1);
  });

  it('flags scoping-tool emails so the card can explain the exception', () => {
    const model = cardModel(text, [at(text, 'jen.k@outlook.com', 'contact', 'email address', { scopingTool: true })]);
    expect(model.groups[0]).toMatchObject({ hasScopingTool: true, scopingToolOnly: true });
  });

  it('shortens very long excerpts and survives offsets past the text', () => {
    const long = `x${'a'.repeat(500)}`;
    const model = cardModel(long, [{ category: 'contact', start: 0, end: 501, ruleId: 'c', label: 'link', value: { kind: 'link' } }, { category: 'call', start: 900, end: 950, ruleId: 'k', label: 'call', value: { kind: 'phrase' } }]);
    expect(model.groups.find((g) => g.category === 'contact')!.items[0]!.excerpt.length).toBeLessThanOrEqual(60);
    expect(model.groups.find((g) => g.category === 'call')!.items[0]).toEqual({ label: 'call', excerpt: '' });
  });
});
