/**
 * Links whose purpose is to reach someone: chat links (wa.me, t.me, m.me), meeting and booking
 * links (calendly, Zoom, Meet, Teams), profile links (linkedin.com/in) and contact schemes
 * (skype:, tel:, mailto:). Found by host name in the view, so "wa。me" or fullwidth spellings work.
 */
import { findingAt, findingOn, wordFlags, type Ctx } from '../context';
import type { Category, Finding, FindingValue } from '../types';
import { lexiconWords } from '../wordsets';

interface LinkRule {
  host: string;
  /** Minimum characters after the host (a bare host is not a personal link). */
  needsPath: boolean;
  categories: Category[];
  label: string;
  /** What the link holds: a contact scheme holds an address or a number, the rest are links. */
  value?: FindingValue;
  /** Paths after the host that name no one's account (a bot, a share endpoint). */
  impersonalPaths?: RegExp;
}

/**
 * Telegram paths that are no person: bots (Telegram requires bot usernames to end in "bot":
 * t.me/botfather) and the share endpoint ("t.me/share/url?url=…", the "Share to Telegram" button,
 * which posts a link to whomever the user picks; usernames have five letters or more).
 */
const TELEGRAM_IMPERSONAL = /^(?:botfather|[a-z0-9_]*bot|share)(?:[/?#]|$)/;

const LINK: FindingValue = { kind: 'link' };

const RULES: LinkRule[] = [
  { host: 'wa.me/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'wa.link/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'api.whatsapp.com/send', needsPath: false, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 'chat.whatsapp.com/', needsPath: true, categories: ['call', 'contact'], label: 'WhatsApp link' },
  { host: 't.me/', needsPath: true, categories: ['call', 'contact'], label: 'Telegram link', impersonalPaths: TELEGRAM_IMPERSONAL },
  { host: 'telegram.me/', needsPath: true, categories: ['call', 'contact'], label: 'Telegram link', impersonalPaths: TELEGRAM_IMPERSONAL },
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
  { host: 'discordapp.com/invite/', needsPath: true, categories: ['call', 'contact'], label: 'Discord invite' },
  // A Discord profile by its numeric user ID (the old discordapp.com host too): the account to add.
  { host: 'discord.com/users/', needsPath: true, categories: ['call', 'contact'], label: 'Discord profile' },
  { host: 'discordapp.com/users/', needsPath: true, categories: ['call', 'contact'], label: 'Discord profile' },
  { host: 'signal.me/', needsPath: true, categories: ['call', 'contact'], label: 'Signal link' },
  // Link-in-bio pages and paid communities: a page of the writer's own contacts, a group to talk in.
  { host: 'linktr.ee/', needsPath: true, categories: ['contact'], label: 'link-in-bio page' },
  { host: 'beacons.ai/', needsPath: true, categories: ['contact'], label: 'link-in-bio page' },
  { host: 'stan.store/', needsPath: true, categories: ['contact'], label: 'link-in-bio page' },
  { host: 'skool.com/', needsPath: true, categories: ['call', 'contact'], label: 'community link' },
  { host: 'linkedin.com/in/', needsPath: true, categories: ['contact'], label: 'LinkedIn profile' },
  // Developer chat rooms and profiles: a Matrix room or user link, a Gather office, a Keybase profile.
  { host: 'matrix.to/', needsPath: true, categories: ['call', 'contact'], label: 'Matrix link' },
  { host: 'gather.town/app/', needsPath: true, categories: ['call'], label: 'Gather link' },
  { host: 'app.gather.town/', needsPath: true, categories: ['call'], label: 'Gather link' },
  { host: 'keybase.io/', needsPath: true, categories: ['contact'], label: 'Keybase profile' },
  // A PayPal.Me link is a request to be paid there ("paypal.me/ana-r", "paypal . me / ana").
  { host: 'paypal.me/', needsPath: true, categories: ['payment'], label: 'PayPal.Me link', value: { kind: 'payment-method', channel: 'PayPal' } },
  // A tip or donation page, or a wallet's own pay link, given with the writer's name: where to send the money.
  { host: 'ko-fi.com/', needsPath: true, categories: ['payment'], label: 'tip page link', value: { kind: 'payment-method', channel: 'tip page' } },
  { host: 'buymeacoffee.com/', needsPath: true, categories: ['payment'], label: 'tip page link', value: { kind: 'payment-method', channel: 'tip page' } },
  { host: 'saweria.co/', needsPath: true, categories: ['payment'], label: 'tip page link', value: { kind: 'payment-method', channel: 'tip page' } },
  { host: 'trakteer.id/', needsPath: true, categories: ['payment'], label: 'tip page link', value: { kind: 'payment-method', channel: 'tip page' } },
  // A person's sponsor page (a project's collective page is mostly the work, so no opencollective.com host).
  { host: 'github.com/sponsors/', needsPath: true, categories: ['payment'], label: 'sponsor page link', value: { kind: 'payment-method', channel: 'sponsorship' } },
  { host: 'liberapay.com/', needsPath: true, categories: ['payment'], label: 'sponsor page link', value: { kind: 'payment-method', channel: 'sponsorship' } },
  { host: 'venmo.com/u/', needsPath: true, categories: ['payment'], label: 'Venmo link', value: { kind: 'payment-method', channel: 'Venmo' } },
  { host: 'cash.app/', needsPath: true, categories: ['payment'], label: 'Cash App link', value: { kind: 'payment-method', channel: 'Cash App' } },
  { host: 'revolut.me/', needsPath: true, categories: ['payment'], label: 'Revolut link', value: { kind: 'payment-method', channel: 'Revolut' } },
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
  const out: Finding[] = spelledLinks(ctx);
  if (!t.includes('.') && !t.includes(':')) return out;
  if (ignored) postLinks(ctx, ignored);
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
    const spelledHere = out.some((f) => f.start <= ctx.view.starts[at]! && f.end > ctx.view.starts[at]!);
    if (bounded && !badPrev && (hasPath || (!rule.needsPath && !spaced)) && personal && !spelledHere) {
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
 * or its share endpoint (the rule's `impersonalPaths`), a spaced host whose
 * "path" is not a name (a spaced "/in/" or a bare word after it).
 */
function notPersonal(t: string, at: number, pathFrom: number, end: number, rule: LinkRule): boolean {
  if (rule.host.endsWith(':')) {
    // A markup attribute (`href="tel:…"`) or a quoted argument in code (`Uri.parse('tel:…')`).
    if (/(?:=\s*["'\u201c\u201d\u2018\u2019]?|\(\s*["'\u201c\u201d\u2018\u2019])$/.test(t.slice(Math.max(0, at - 8), at))) return true;
    if ((rule.host === 'tel:' || rule.host === 'sms:') && (t.slice(pathFrom, end).match(/\d/g)?.length ?? 0) < 7) return true;
  }
  const path = t.slice(pathFrom, end);
  if (rule.impersonalPaths?.test(path)) return true;
  // "calendly.com/ and": a space after the last slash only in a host spaced throughout.
  const host = t.slice(at, pathFrom);
  if (host.endsWith(' ') && !host.trimEnd().includes(' ') && !/[\d_.\-]/.test(path)) return true;
  return false;
}

/**
 * A post on a social site, not its author's profile: the site's host, then a path that reaches a
 * post segment (`tiktok.com/@ana/video/73…`, `instagram.com/reel/Cx…`, `youtube.com/shorts/…`,
 * `x.com/ana/status/17…`). Given as a reference for the work ("want that exact pacing: <link>"),
 * it reaches no one: its handle is the post's author, not the writer's account.
 */
const POST_LINK =
  /(?:tiktok|instagram|youtube|twitter|x|facebook|threads)\.(?:com|net)\/(?:[a-z0-9._~@%\-]{1,60}\/){0,3}(?:video|videos|p|reel|reels|status|shorts|watch|posts|tv)(?=[/?#]|$)|youtu\.be\/[a-z0-9_\-]/g;

/** Pushes every post link of the view as a link that reaches no one (see `POST_LINK`). */
function postLinks(ctx: Ctx, ignored: { start: number; end: number }[]): void {
  const t = ctx.view.text;
  if (!t.includes('.com/') && !t.includes('.net/') && !t.includes('youtu.be/')) return;
  POST_LINK.lastIndex = 0;
  for (let m = POST_LINK.exec(t), n = 0; m !== null && n < 20; m = POST_LINK.exec(t), n++) {
    const at = m.index;
    // Inside a longer host ("myinstagram.com/p/…") it is no such site.
    if (at > 0 && /[a-z0-9\-_]/.test(t[at - 1]!)) continue;
    let end = m.index + m[0].length;
    while (end < t.length && end - at < 300 && URL_CHAR.test(t[end]!)) end++;
    while (end > at && /[.,;:!?')]/.test(t[end - 1]!)) end--;
    const scheme = t.slice(Math.max(0, at - 16), at).match(/(?:https?:\/\/)?(?:(?:www|m|vm|vt)\.)?$/)?.[0] ?? '';
    ignored.push(findingAt(ctx, 'contact', at - scheme.length, end, '', '', LINK));
    POST_LINK.lastIndex = end;
  }
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

const DOT_WORDS = lexiconWords('emailDot');
const SLASH_WORDS = lexiconWords('linkSlash');

/** A host as words and separators: "calendly.com/" → ['calendly', '.', 'com', '/']. */
interface SpelledHost {
  parts: string[];
  rule: LinkRule;
}

/** Hosts that can be spelled out, by their first label (schemes and the bare "/in/" cannot). */
const SPELLED = new Map<string, SpelledHost[]>();
for (const rule of RULES) {
  if (rule.host.startsWith('/') || rule.host.endsWith(':')) continue;
  const parts = rule.host.split(/([./])/).filter((p) => p !== '');
  const list = SPELLED.get(parts[0]!) ?? [];
  list.push({ parts, rule });
  // Longest hosts first ("calendly.com/" is tried before nothing shorter can steal it).
  list.sort((a, b) => b.parts.length - a.parts.length);
  SPELLED.set(parts[0]!, list);
}

/** Longest spelled path, in name words after the host ("slash ana slash 30min"). */
const MAX_PATH_WORDS = 6;
/** A word that can be a piece of a link path: a name or code, not a sentence word after a full stop. */
const PATH_WORD = /^[a-z0-9][a-z0-9_\-.~]*$/;

/**
 * Links spelled out the way emails are ("calendly dot com slash ana-r", "calendly [dot] com / ana /
 * 30min", "wa dot me slash 4477…"): the host's words joined by dot words (`emailDot`) or dots, its
 * slashes by slash words (`linkSlash`) or "/", at least one of them spelled, then a path of name
 * words joined the same way. One look per word: only words that begin a host are followed.
 */
function spelledLinks(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const { words, count } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const t = ctx.view.text;
  const gap = (k: number): string => t.slice(vTo[k]!, vFrom[k + 1] ?? vTo[k]!);
  /** After word k, a separator: the index of the next word past it, or -1. */
  const sep = (k: number, c: string): [number, boolean] => {
    const raw = gap(k);
    const g = raw.replace(/[\s[\]()]/g, '');
    // A dot or slash in brackets ("t[.]me", "wa(.)me") is written to slip past link matching: as spelled as "dot".
    if (g === c) return [k + 1, raw !== c && /[[(]/.test(raw)];
    const words_ = c === '.' ? DOT_WORDS : SLASH_WORDS;
    if (g === '' && k + 1 < count && words_.has(words[k + 1]!) && /^[\s[\]()]*$/.test(gap(k + 1))) return [k + 2, true];
    // A spoken separator of two Han characters written together ("斜杠", "斜線"): one token each.
    if (g === '' && k + 2 < count && gap(k + 1) === '' && words_.has(words[k + 1]! + words[k + 2]!) && /^[\s[\]()]*$/.test(gap(k + 2))) return [k + 3, true];
    return [-1, false];
  };
  const spelled = wordFlags(ctx, SPELLED);
  for (let i = spelled.some() ? 0 : count; i < count; i++) {
    if (!spelled.at(i)) continue;
    const hosts = SPELLED.get(words[i]!)!;
    for (const h of hosts) {
      // Only hosts ending in "/" are spelled with a path after them (every personal one does).
      if (!h.rule.host.endsWith('/')) continue;
      let k = i;
      let spelled = false;
      let ok = true;
      // Walk the host: each label the next word, each separator spelled or written.
      for (let p = 1; p < h.parts.length && ok; p++) {
        const part = h.parts[p]!;
        if (part === '.' || part === '/') {
          const [next, sp] = sep(k, part);
          if (next < 0 || next >= count) ok = false;
          spelled ||= sp;
          k = next;
        } else if (words[k] !== part) ok = false;
      }
      if (!ok || !spelled) continue;
      // The path: name words joined by slashes.
      let last = -1;
      let from = k;
      for (let n = 0; n < MAX_PATH_WORDS && from < count && PATH_WORD.test(words[from]!) && !DOT_WORDS.has(words[from]!) && !SLASH_WORDS.has(words[from]!); n++) {
        last = from;
        // "ana-r", "ana_r", "ana.r" split into words: the same path segment.
        if (from + 1 < count && /^[-_.]$/.test(gap(from)) && PATH_WORD.test(words[from + 1]!)) {
          from++;
          continue;
        }
        const [next] = sep(from, '/');
        if (next < 0) break;
        from = next;
      }
      if (last < 0) continue;
      for (const c of h.rule.categories) out.push(findingOn(ctx, c, i, last + 1, `${c}.link`, h.rule.label, h.rule.value ?? LINK));
      i = last;
      break;
    }
  }
  return out;
}
