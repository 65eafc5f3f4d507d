import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingKeys, nextAnnouncement } from './announce';

const WHATSAPP = findingKeys([{ category: 'call', items: [{ label: 'WhatsApp' }] }]);
const WHATSAPP_EMAIL = findingKeys([
  { category: 'call', items: [{ label: 'WhatsApp' }] },
  { category: 'contact', items: [{ label: 'email address' }] },
]);

describe('nextAnnouncement', () => {
  it('announces the first finding, then not again while the same findings show (excerpts may change)', () => {
    const first = nextAnnouncement(null, WHATSAPP, false)!;
    expect(first.generation).toBe(1);
    expect(nextAnnouncement(first, WHATSAPP, false)).toBe(first);
    expect(nextAnnouncement(first, [...WHATSAPP], false)).toBe(first);
  });

  it('announces a new category or a new item label once', () => {
    const first = nextAnnouncement(null, WHATSAPP, false)!;
    const second = nextAnnouncement(first, WHATSAPP_EMAIL, false)!;
    expect(second.generation).toBe(2);
    expect(nextAnnouncement(second, WHATSAPP_EMAIL, false)).toBe(second);
    const telegram = findingKeys([{ category: 'call', items: [{ label: 'WhatsApp' }, { label: 'Telegram' }] }]);
    expect(nextAnnouncement(second, telegram, false)!.generation).toBe(3);
  });

  it('does not announce a finding again that went away and came back while the card stayed up', () => {
    const both = nextAnnouncement(nextAnnouncement(null, WHATSAPP, false), WHATSAPP_EMAIL, false)!;
    const fewer = nextAnnouncement(both, WHATSAPP, false)!;
    expect(fewer.generation).toBe(both.generation);
    expect(nextAnnouncement(fewer, WHATSAPP_EMAIL, false)!.generation).toBe(both.generation);
  });

  it('announces a held send, but not its release (Edit)', () => {
    const shown = nextAnnouncement(null, WHATSAPP, false)!;
    const held = nextAnnouncement(shown, WHATSAPP, true)!;
    expect(held.generation).toBe(2);
    const released = nextAnnouncement(held, WHATSAPP, false)!;
    expect(released.generation).toBe(2);
    expect(released.held).toBe(false);
    expect(nextAnnouncement(released, WHATSAPP, true)!.generation).toBe(3);
  });

  it('starts over once the card goes away', () => {
    const shown = nextAnnouncement(null, WHATSAPP, false);
    expect(nextAnnouncement(shown, null, false)).toBeNull();
    expect(nextAnnouncement(shown, [], false)).toBeNull();
  });

  it('never announces more often than there are new keys or new holds (property)', () => {
    const keys = fc.array(fc.subarray(['call', 'call|WhatsApp', 'call|Zoom', 'contact', 'contact|email address', 'payment', 'payment|PayPal'], { minLength: 1 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(keys, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (renders, holds) => {
        let state = null as ReturnType<typeof nextAnnouncement>;
        let announcements = 0;
        const seen = new Set<string>();
        let bound = 0;
        let wasHeld = false;
        renders.forEach((render, i) => {
          const before = state?.generation ?? 0;
          state = nextAnnouncement(state, render, holds[i]!);
          if (state!.generation !== before) announcements++;
          const fresh = render.filter((k) => !seen.has(k));
          fresh.forEach((k) => seen.add(k));
          if (fresh.length > 0 || (holds[i] && !wasHeld)) bound++;
          wasHeld = holds[i]!;
        });
        expect(announcements).toBeLessThanOrEqual(bound);
      }),
    );
  });
});
