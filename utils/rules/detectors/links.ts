/**
 * Links whose purpose is to reach someone: chat links (wa.me, t.me, m.me), meeting and booking
 * links (calendly, Zoom, Meet, Teams), profile links (linkedin.com/in) and contact schemes
 * (skype:, tel:, mailto:). Found by host name in the view, so "wa。me" or fullwidth spellings work.
 */
import { findingAt, type Ctx } from '../context';
import type { Category, Finding, FindingValue } from '../types';

interface LinkRule {
  host: string;
  /** Minimum characters after the host (a bare host is not a personal link). */
  needsPath: boolean;
  categories: Category[];
  label: string;
  /** What the link holds: a contact scheme holds an address or a number, the rest are links. */
  value?: FindingValue;
}

const LINK: FindingValue = { kind: 'link' };

const RULES: LinkRule[] = [
  { host: 'wa.me/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'wa.link/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'api.whatsapp.com/send', needsPath: false, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'chat.whatsapp.com/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 't.me/', needsPath: true, categories: ['call', 'contact'], label: 'Telegram link' },
  { host: 'telegram.me/', needsPath: true, categories: ['call', 'contact'], label: 'Telegram link' },
  { host: 'm.me/', needsPath: true, categories: ['call', 'contact'], label: 'Messenger link' },
  { host: 'messenger.com/t/', needsPath: true, categories: ['call', 'contact'], label: 'Messenger link' },
  { host: 'calendly.com/', needsPath: true, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'cal.com/', needsPath: true, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'tidycal.com/', needsPath: true, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'savvycal.com/', needsPath: true, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'zcal.co/', needsPath: true, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'youcanbook.me', needsPath: false, categories: ['call', 'contact'], label: 'booking link' },
  { host: 'meet.google.com/', needsPath: true, categories: ['call'], label: 'Google Meet link' },
  { host: 'zoom.us/j/', needsPath: true, categories: ['call'], label: 'Zoom link' },
  { host: 'zoom.us/my/', needsPath: true, categories: ['call', 'contact'], label: 'Zoom link' },
  { host: 'teams.microsoft.com/l/', needsPath: true, categories: ['call'], label: 'Teams link' },
  { host: 'teams.live.com/', needsPath: true, categories: ['call'], label: 'Teams link' },
  { host: 'join.skype.com/', needsPath: true, categories: ['call', 'contact'], label: 'Skype link' },
  { host: 'discord.gg/', needsPath: true, categories: ['call', 'contact'], label: 'Discord invite' },
  { host: 'discord.com/invite/', needsPath: true, categories: ['call', 'contact'], label: 'Discord invite' },
  { host: 'signal.me/', needsPath: true, categories: ['call', 'contact'], label: 'Signal link' },
  { host: 'linkedin.com/in/', needsPath: true, categories: ['contact'], label: 'LinkedIn profile' },
  // The profile path alone ("LI: /in/ana-lee"), after a space or bracket: a file path has a word before it.
  { host: '/in/', needsPath: true, categories: ['contact'], label: 'LinkedIn profile' },
  { host: 'skype:', needsPath: true, categories: ['call', 'contact'], label: 'Skype link' },
  { host: 'tel:', needsPath: true, categories: ['contact'], label: 'phone number', value: { kind: 'phone' } },
  { host: 'mailto:', needsPath: true, categories: ['contact'], label: 'email address', value: { kind: 'email' } },
  { host: 'sms:', needsPath: true, categories: ['call', 'contact'], label: 'phone number', value: { kind: 'phone' } },
];

const URL_CHAR = /[a-z0-9._~:/?#@!$&'*+,;=%\-]/;
const HOST_CHAR = /[a-z0-9\-_]/;

/**
 * @example detectLinks(buildContext('book me: calendly.com/ana/30min')) // call + contact
 */
export function detectLinks(ctx: Ctx, ignored?: { start: number; end: number }[]): Finding[] {
  const t = ctx.view.text;
  const out: Finding[] = [];
  if (!t.includes('.') && !t.includes(':')) return out;
  // One pass for all hosts: an alternation of literal strings cannot backtrack badly.
  HOSTS.lastIndex = 0;
  let found = 0;
  for (let m = HOSTS.exec(t); m !== null && found < 50; m = HOSTS.exec(t)) {
    // Spaced hosts ("t . me / sasha", "calendly . com/ana") match with the spaces dropped.
    const rule = BY_HOST.get(m[0].replace(/ /g, ''))!;
    const at = m.index;
    const prev = t[at - 1];
    const bounded = at === 0 || !prev || !HOST_CHAR.test(prev) || /(?:www|https?:\/\/)\.?$/.test(t.slice(Math.max(0, at - 12), at));
    const badPrev = (prev === '.' && !/www\.$/.test(t.slice(Math.max(0, at - 4), at))) || (rule.host === '/in/' && prev === '/');
    const pathFrom = at + m[0].length;
    let end = pathFrom;
    while (end < t.length && end - at < 300 && URL_CHAR.test(t[end]!)) end++;
    while (end > pathFrom && /[.,;:!?')]/.test(t[end - 1]!)) end--;
    const hasPath = end > pathFrom;
    const spaced = m[0].includes(' ');
    const personal = !notPersonal(t, at, pathFrom, end, rule);
    // A link that reaches no one still owns its number ("href=\"tel:+1555…\"" in code is not a phone).
    if (!personal && ignored) ignored.push(findingAt(ctx, 'contact', at, end, '', '', LINK));
    if (bounded && !badPrev && (hasPath || (!rule.needsPath && !spaced)) && personal) {
      found++;
      const scheme = t.slice(Math.max(0, at - 12), at).match(/(?:https?:\/\/)?(?:www\.)?$/)?.[0] ?? '';
      for (const c of rule.categories) out.push(findingAt(ctx, c, at - scheme.length, end, `${c}.link`, rule.label, rule.value ?? LINK));
    }
    HOSTS.lastIndex = Math.max(end, at + 1);
  }
  return out;
}

/**
 * Links that reach no person: a scheme link written as a markup attribute (`href="tel:…"`) or a
 * quoted argument (`launchUrl(Uri.parse('tel:…'))`), code being discussed, a tel:/sms: link without a real number ("tel:XXXX"), a Telegram bot
 * (Telegram requires bot usernames to end in "bot": t.me/botfather), a spaced host whose
 * "path" is not a name (a spaced "/in/" or a bare word after it).
 */
function notPersonal(t: string, at: number, pathFrom: number, end: number, rule: LinkRule): boolean {
  if (rule.host.endsWith(':')) {
    // A markup attribute (`href="tel:…"`) or a quoted argument in code (`Uri.parse('tel:…')`).
    if (/(?:=\s*["'\u201c\u201d\u2018\u2019]?|\(\s*["'\u201c\u201d\u2018\u2019])$/.test(t.slice(Math.max(0, at - 8), at))) return true;
    if ((rule.host === 'tel:' || rule.host === 'sms:') && (t.slice(pathFrom, end).match(/\d/g)?.length ?? 0) < 7) return true;
  }
  const path = t.slice(pathFrom, end);
  if (rule.label === 'Telegram link' && /^(?:botfather|[a-z0-9_]*bot)(?:[/?#]|$)/.test(path)) return true;
  // "calendly.com/ and": a space after the last slash only in a host spaced throughout.
  const host = t.slice(at, pathFrom);
  if (host.endsWith(' ') && !host.trimEnd().includes(' ') && !/[\d_.\-]/.test(path)) return true;
  return false;
}

const BY_HOST = new Map(RULES.map((r) => [r.host, r]));
/** Longest hosts first, so "api.whatsapp.com/send" wins over shorter overlaps. */
const HOSTS = new RegExp(
  [...BY_HOST.keys()]
    .sort((a, b) => b.length - a.length)
    .map((h) => {
      const escaped = h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      // A single space is allowed around the dots and slashes of a host (not of a scheme or "/in/").
      return h.startsWith('/') || h.endsWith(':') ? escaped : escaped.replace(/\\([./])/g, ' ?\\$1 ?');
    })
    .join('|'),
  'g',
);
