/**
 * Date helpers for the "met on" field. Dates are calendar days (YYYY-MM-DD) with no time zone:
 * the user picks a day, and the 24-month rule counts in days.
 */

/** Payment warnings stop this many months after the pair met on Upwork (User Agreement §7). */
export const PAYMENT_RULE_MONTHS = 24;

/**
 * Today's calendar day in the user's time zone, as YYYY-MM-DD.
 * @example todayIso(new Date(2025, 0, 5)) // → '2025-01-05'
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the payment rule ends: 24 months after `metAt`, clamped to the month's last day.
 * @example paymentRuleEnds('2024-02-29') // → '2026-02-28'
 */
export function paymentRuleEnds(metAt: string): string {
  const [year, month, day] = metAt.split('-').map(Number) as [number, number, number];
  const endYear = year + PAYMENT_RULE_MONTHS / 12;
  const lastDay = new Date(Date.UTC(endYear, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${endYear}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * A day for people: "5 Jan 2025" (in English; other languages their own way). Falls back to the
 * raw text if it cannot be read.
 * @example formatDay('2025-01-05') // → '5 Jan 2025'
 * @example formatDay('2025-01-05', 'es') // → '5 ene 2025'
 */
export function formatDay(iso: string, lang = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const locale = lang === 'en' || lang === 'en-XA' ? 'en-GB' : lang;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
