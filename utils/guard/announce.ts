/**
 * When the warning card is announced to screen readers: once per NEW finding, never per keystroke.
 *
 * The card is a `role="alert"` element (the UI contract). Assistive technology announces an alert
 * when it is inserted; the card also carries `aria-live="off"`, so later changes to its text (the
 * excerpt of an email address growing as it is typed, an item reordered) are not read out again.
 * A new finding — a category or an item label not seen since the card appeared — or a send being
 * held makes a new alert element (a new React key), which is announced once. The record starts
 * over when the card goes away.
 */

export interface Announcement {
  /** Bumped for each announcement; used as the alert element's key. */
  generation: number;
  /** `category|label` of every item shown since the card appeared. */
  seen: ReadonlySet<string>;
  held: boolean;
}

/**
 * @example findingKeys([{ category: 'call', items: [{ label: 'WhatsApp' }] }]) // → ['call|WhatsApp']
 */
export function findingKeys(groups: readonly { category: string; items: readonly { label: string }[] }[]): string[] {
  return groups.flatMap((group) => [group.category, ...group.items.map((item) => `${group.category}|${item.label}`)]);
}

/**
 * The announcement state after a render with these finding keys; null keys (nothing shown) clear it.
 * Returns `previous` itself when nothing new is to be announced.
 * @example nextAnnouncement(null, ['call', 'call|WhatsApp'], false).generation // → 1
 */
export function nextAnnouncement(previous: Announcement | null, keys: readonly string[] | null, held: boolean): Announcement | null {
  if (keys === null || keys.length === 0) return null;
  if (previous === null) return { generation: 1, seen: new Set(keys), held };
  const fresh = keys.filter((key) => !previous.seen.has(key));
  const newlyHeld = held && !previous.held;
  if (fresh.length === 0 && !newlyHeld) return previous.held === held ? previous : { ...previous, held };
  return { generation: previous.generation + 1, seen: new Set([...previous.seen, ...fresh]), held };
}
