/**
 * Requests for contact details without a value: "what's your email?", "send me your number",
 * "can I get your personal email". A contact noun must follow an ask within three words, must not
 * be the subject of the work ("email marketing", "phone number field"), and must not be refused.
 */
import { askBefore, findingOn, hasCue, type Ctx } from '../context';
import type { Finding } from '../types';
import { isRefused } from '../validators/context';
import { isIdWord } from '../validators/numberKinds';

/** Words after a contact noun that make it a thing of the work, not a detail to share. */
const NOUN_BLOCK = new Set([
  'marketing', 'campaign', 'campaigns', 'list', 'lists', 'template', 'templates', 'field', 'fields', 'validation',
  'format', 'formatting', 'column', 'columns', 'numbers', 'of', 'signature', 'newsletter', 'newsletters', 'automation',
  'sequence', 'sequences', 'flow', 'flows', 'input', 'inputs', 'verification', 'strategy', 'manager', 'presence',
  'accounts', 'posts', 'blast', 'copy', 'design', 'designs', 'server', 'client', 'integration', 'setup', 'settings',
  'provider', 'service', 'deliverability', 'outreach', 'support', 'case', 'cases', 'form', 'forms', 'page', 'management',
  'count', 'range', 'plan', 'data', 'database', 'system', 'systems', 'hosting', 'domain', 'model', 'brand', 'type',
  'os', 'screen', 'app', 'carrier', 'version', 'browser', 'provider', 'open', 'rate', 'rates', 'bill', 'battery',
]);

function idWordAround(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.list[from]!.sent;
  for (let k = Math.max(0, from - 2); k < Math.min(ctx.list.length, to + 2); k++) {
    if (k >= from && k < to) continue;
    const t = ctx.list[k]!;
    if (t.sent === sent && isIdWord(t.t)) return true;
  }
  return false;
}

function offerLabel(noun: string): string {
  return label(noun).replace('request for your number', 'phone number').replace('request for your email', 'email address').replace('request for contact details', 'contact details');
}

function label(noun: string): string {
  if (/mail|correo|почт|ईमेल/.test(noun)) return 'request for your email';
  if (/num|phone|mobile|cell|tel|digit|nomor|номер/.test(noun)) return 'request for your number';
  return 'request for contact details';
}

/**
 * @example detectRequests(buildContext("what's your email?")) // one contact finding
 */
export function detectRequests(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.matches.contactNouns) {
    const sent = ctx.list[m.from]!.sent;
    const s = ctx.sentences[sent]!;
    let ask = askBefore(ctx, m.from, m.to);
    // "Is there a number I can call you on?": a question about a number to call.
    if (!ask && ctx.tokens.question[sent] && (hasCue(ctx, 'phoneCall', s.from, s.to, m.from - 1, m.to + 1) || hasCue(ctx, 'talk', m.to, s.to))) ask = 'ask';
    if (!ask || ask === 'my') continue;
    if (ask === 'your' && !ctx.tokens.question[sent]) continue;
    const after = ctx.list[m.to];
    if (after && after.sent === sent && NOUN_BLOCK.has(after.t)) continue;
    // "your order number", "número de pedido", "nomor pesanan": an ID, not a contact detail.
    if (idWordAround(ctx, m.from, m.to)) continue;
    if (isRefused(ctx, m.from, true)) continue;
    const first = ctx.list[m.from]!;
    const noun = first.t + ' ' + (ctx.list[m.to - 1]?.t ?? '');
    // An offer ("I'll send you my number") is labelled by what is offered, not as a request.
    const offer = /^(?:my|mine|mi|meu|minha|mon|mein|meine|mio|mia)$/.test(ctx.list[m.from - 1]?.t ?? '');
    out.push(findingOn(ctx, 'contact', m.from, m.to, offer ? 'contact.offer' : 'contact.request', offer ? offerLabel(noun) : label(noun)));
  }
  return out;
}
