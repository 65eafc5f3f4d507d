/**
 * Context validators: reasons a cue does not mean what it seems to. A named tool that is the
 * subject of the work ("integrate the Zoom SDK"), a refusal or reminder ("I can't share my email
 * before the contract starts"), or the activity staying on Upwork ("a video call here on Upwork").
 */
import { around, hasCue, perSentence, sentenceOf, wordFlags, type Ctx } from '../context';
import { foldedSet, stemTest } from '../wordsets';

/**
 * A work cue within `radius` words of the tokens [from, to), in the same sentence.
 *
 * @example isWorkSubject(ctx, zoomFrom, zoomTo) // true for "integrate the Zoom SDK"
 */
export function isWorkSubject(ctx: Ctx, from: number, to: number, radius = 5): boolean {
  // Several detectors ask about the same name or phrase: answered once per message.
  const memoizable = from >= 0 && from < ctx.count && to >= from && to - from < 16 && Number.isInteger(radius) && radius >= 0 && radius < 16;
  if (!memoizable) return workSubject(ctx, from, to, radius);
  // One table per (length, radius), indexed by the first token: 0 = not asked yet, 1 = no, 2 = yes.
  const shape = (to - from) * 16 + radius;
  let table = ctx.workMemo.get(shape);
  if (!table) ctx.workMemo.set(shape, (table = new Int8Array(ctx.count)));
  const known = table[from]!;
  if (known !== 0) return known === 2;
  const answer = workSubject(ctx, from, to, radius);
  table[from] = answer ? 2 : 1;
  return answer;
}

function workSubject(ctx: Ctx, from: number, to: number, radius: number): boolean {
  if (isQuoted(ctx, from, to) || isStyleAdjective(ctx, to) || managedForSomeone(ctx, from, to)) return true;
  if (pastExperience(ctx, from)) return true;
  // around(ctx, from, to, radius), without the object.
  const s = sentenceOf(ctx, from);
  const wFrom = Math.max(s.from, from - radius);
  const wTo = Math.min(s.to, to + radius);
  if (hasCue(ctx, 'workSubject', wFrom, wTo, from, to)) {
    // Bounded by the window: a work word glued into an ID ("nadia.ux") does not count.
    for (let k = wFrom; k < wTo; k++) {
      if ((k >= from && k < to) || !hasCue(ctx, 'workSubject', k, k + 1) || insideId(ctx, k)) continue;
      // "…in crypto (USDC), I have clients who prefer it": other people count only in the same clause.
      if (PEOPLE.has(ctx.words[k]!) && clauseBreakBetween(ctx, k, from)) continue;
      return true;
    }
  }
  const work = workTokens(ctx);
  for (let k = wFrom; k < wTo; k++) if ((k < from || k >= to) && work[k] === 1 && !insideId(ctx, k)) return true;
  return false;
}

/** Other people as a work cue ("for your customers"): only within the clause of the name. */
const PEOPLE = foldedSet(['clients', 'customers', 'customer', 'users', 'students', 'leads', 'members', 'audience', 'buyers', 'shoppers', 'patients', 'patient']);

/** A comma, semicolon, bracket or dash between tokens a and b (either order). */
function clauseBreakBetween(ctx: Ctx, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const t = ctx.view.text;
  for (let k = lo; k < hi; k++) if (/[,;()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return true;
  return false;
}

/** The token is glued by "." or "_" to the word before it: part of an ID ("nadia.ux"), not a work word. */
function insideId(ctx: Ctx, k: number): boolean {
  if (k - 1 < 0 || k - 1 >= ctx.count) return false;
  const gap = ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!);
  return gap === '.' || gap === '_';
}

/** "a FaceTime-style screen", "Slack-like UI": the app names a look or feature of the product. */
const STYLE_SUFFIX = /[-‐ ]?(?:style|styled|like|inspired|esque|type|clone|ahnlich[a-z]*|artig[a-z]*|stil|styl[a-z]*|podobn[a-z]*|подобн[а-я]*|образн[а-я]*|benzeri)(?![a-z])/y;

function isStyleAdjective(ctx: Ctx, to: number): boolean {
  const end = ctx.tokens.vTo[to - 1]!;
  const c = ctx.view.text[end];
  // Cheap first: only a hyphen or a space can start the suffix (sticky regex, no slicing).
  if (c !== '-' && c !== '‐' && c !== ' ') return false;
  STYLE_SUFFIX.lastIndex = end;
  return STYLE_SUFFIX.test(ctx.view.text);
}

const OTHERS = foldedSet(['your', 'their', 'his', 'her', 'ur']);
const MANAGED_THINGS = foldedSet(['meetings', 'calls', 'webinars', 'sessions', 'channels', 'groups', 'servers', 'community', 'communities', 'contacts', 'broadcasts', 'campaigns', 'chats', 'inboxes']);

/** "schedule your Zoom meetings", "manage their WhatsApp groups": the app's things as the work. */
function managedForSomeone(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  return ctx.sent[from - 1] === sent && ctx.sent[to] === sent && OTHERS.has(ctx.words[from - 1]!) && MANAGED_THINGS.has(ctx.words[to]!);
}

const PAST_JOB_FIRST = foldedSet([
  'last', 'previous', 'former', 'past', 'prior', 'old', 'earlier', 'ultimo', 'último', 'anterior', 'pasado', 'passado',
  'dernier', 'precedent', 'précédent', 'ancien', 'letzten', 'letzter', 'letzte', 'letztes', 'vorheriger', 'vorherigen', 'fruherer', 'früherer', 'fruheren', 'früheren', 'precedente', 'прошлой',
  'предыдущей', 'прошлом', 'минулій', 'попередній', 'poprzedniej', 'ostatniej', 'önceki', 'onceki', 'sebelumnya',
  'terakhir', 'dating', 'cũ', 'trước', 'pichli', 'pichhli', 'purani', 'السابقة', 'السابق',
]);
const PAST_JOB_SECOND = foldedSet([
  'job', 'role', 'position', 'company', 'employer', 'team', 'gig', 'workplace', 'internship', 'contract', 'jobs', 'roles',
  'positions', 'companies', 'employers', 'emprego', 'trabajo', 'empleo', 'puesto', 'empresa', 'emploi', 'poste',
  'entreprise', 'stelle', 'firma', 'job', 'lavoro', 'azienda', 'работе', 'работа', 'компании', 'роботі', 'компанії',
  'pracy', 'firmie', 'işimde', 'isimde', 'şirketimde', 'pekerjaan', 'kantor', 'trabaho', 'kumpanya', 'việc', 'ty',
  'naukri', 'company', 'عمل', 'وظيفة', 'الوظيفة', 'شركتي',
]);

/**
 * The sentence tells about past work ("In my last job I ran Zoom webinars and managed a WhatsApp
 * list"): every app named in it is experience, however far from the cue, across "and".
 */
function pastExperience(ctx: Ctx, i: number): boolean {
  // One pass per message marks the sentences that tell about a past job.
  let table = ctx.memo.get('past-job');
  if (!table) {
    table = new Int8Array(ctx.sentences.length + 1);
    const { sent } = ctx;
    const ids = ctx.tokens.ids;
    const first = wordFlags(ctx, PAST_JOB_FIRST);
    const second = wordFlags(ctx, PAST_JOB_SECOND);
    // Either order: "last job", "último emprego", "trabajo anterior".
    for (let k = 0; k + 1 < ctx.count; k++) {
      const a = ids[k]!;
      const b = ids[k + 1]!;
      if ((first.of(a) && second.of(b)) || (second.of(a) && first.of(b))) table[sent[k]!] = 1;
    }
    ctx.memo.set('past-job', table);
  }
  return table[ctx.sent[i] ?? 0] === 1;
}

const OPEN_QUOTES = '"“«„「';
const CLOSE_QUOTES = '"”»“」';

/**
 * The words stand inside quotation marks on one line: a label or text of the work ("Pay with
 * PayPal" button), not a proposal.
 */
function hasQuotes(ctx: Ctx): boolean {
  return /["“«„「”»」]|(?:^|\s)'/.test(ctx.view.text);
}

function isQuoted(ctx: Ctx, from: number, to: number): boolean {
  const t = ctx.view.text;
  if (!perSentence(ctx, 'has-quotes', 0, hasQuotes)) return false;
  const a = ctx.tokens.vFrom[from]!;
  const b = ctx.tokens.vTo[to - 1]!;
  let open = -1;
  for (let k = a - 1; k >= 0 && a - k < 60; k--) {
    const c = t[k]!;
    if (c === '\n') break;
    if (OPEN_QUOTES.includes(c) || (c === "'" && (k === 0 || /\s/.test(t[k - 1]!)))) {
      open = k;
      break;
    }
    if (CLOSE_QUOTES.includes(c)) break;
  }
  if (open < 0) return false;
  for (let k = b; k < t.length && k - b < 60; k++) {
    const c = t[k]!;
    if (c === '\n') return false;
    if (CLOSE_QUOTES.includes(c) || (c === "'" && (k + 1 >= t.length || /[\s.,!?;:)]/.test(t[k + 1]!)))) return true;
  }
  return false;
}

/** Per token: 1 when it is a borrowed work word or an integrate-stem (computed once per message). */
function workTokens(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('work-tokens');
  if (!table) {
    table = new Int8Array(ctx.count);
    const ids = ctx.tokens.ids;
    const work = wordFlags(ctx, WORK_WORDS);
    const stem = wordFlags(ctx, isWorkStem);
    for (let k = 0; k < ctx.count; k++) if (work.at(k) || stem.at(k)) table[k] = 1;
    ctx.memo.set('work-tokens', table);
  }
  return table;
}

/** Work words every language borrows from English, and stems of "integrate" and kin. */
const WORK_WORDS = foldedSet(['bot', 'bots', 'api', 'apis', 'sdk', 'crm', 'erp', 'ui', 'ux', 'бот', 'бота', 'боты', 'ботов']);
const isWorkStem = stemTest([
  'integr', 'chatbot', 'webhook', 'plugin', 'checkout', 'gateway', 'ecommerce', 'e-commerce', 'automat', 'moderat',
  'интеграц', 'інтеграц', 'entegr', 'tich hop', 'chatbota', 'чат-бот', 'чатбот',
]);

/**
 * The sentence holding token i refuses or postpones going off Upwork. With `negatedSharing`, also
 * a negation right before a verb of sharing or using ("não passar meu WhatsApp", "don't use
 * Telegram") in any language; payment rules leave it off ("no need to send it through Upwork").
 */
export function isRefused(ctx: Ctx, i: number, negatedSharing = false): boolean {
  const sent = ctx.sent[i] ?? 0;
  if (perSentence(ctx, 'refusal', sent, hasRefusal)) return true;
  if (!negatedSharing) return false;
  return perSentence(ctx, 'negated-sharing', sent, hasNegatedSharing);
}

/** Sentence bounds for a sentence number (all words when there is no such sentence), as sentenceOf(). */
function sentenceBounds(ctx: Ctx, sent: number): { from: number; to: number } {
  return ctx.sentences[sent] ?? { from: 0, to: ctx.count };
}

function hasRefusal(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  return hasCue(ctx, 'refusal', s.from, s.to);
}

/** A negation right before a verb of sharing or using ("não passar", "don't use"). */
function hasNegatedSharing(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  const ids = ctx.tokens.ids;
  const negation = wordFlags(ctx, NEGATIONS);
  const share = wordFlags(ctx, isShareOrUse);
  for (let k = s.from; k < s.to; k++) {
    if (!negation.at(k)) continue;
    for (let q = k + 1; q < Math.min(s.to, k + 4); q++) if (share.at(q)) return true;
  }
  return false;
}

const NEGATIONS = foldedSet([
  'not', 'dont', 'never', 'cant', 'cannot', 'wont', 'no', 'nao', 'não', 'nunca', 'nicht', 'kein', 'keine', 'pas', 'non',
  'не', 'ні', 'nie', 'tidak', 'nggak', 'gak', 'ga', 'hindi', 'không', 'nahi', 'nahin', 'nai', 'na', 'نہیں', 'لا', '不',
  'değil', 'degil', 'asla', 'jamais',
]);
const isShareOrUse = stemTest([
  'share', 'give', 'send', 'use', 'using', 'pass', 'compart', 'dar', 'envi', 'manda', 'usar', 'uso', 'utilis', 'donn',
  'geben', 'teilen', 'nutzen', 'benutz', 'schick', 'дава', 'дам', 'делит', 'отправ', 'пользу', 'використ', 'надсила',
  'udost', 'podać', 'uży', 'paylaş', 'kullan', 'vermek', 'berbagi', 'kasih', 'kirim', 'pakai', 'ibigay', 'gamit',
  'chia sẻ', 'gửi', 'dùng', 'dena', 'dunga', 'bhej', 'istemal', 'شارك', 'أعطي', 'استخدم',
]);

const NEGATORS = foldedSet([
  'not', 'no', 'without', 'instead', 'skip', 'rather', 'than', 'bypass', 'avoid', 'route', 'sin', 'sem', 'ohne', 'sans',
  'без', 'tanpa', 'hindi', 'không', 'bina', 'بدون', 'bez', 'khỏi', 'khoi', 'né', 'tránh', 'nggak', 'gak', 'ga', 'tidak',
  'ndak', 'enggak', 'bukan', 'nahi', 'nahin', 'mat', 'não', 'nao', 'nicht', 'kein', 'keine', 'pas', 'non', 'не', 'ні',
  'nie', 'değil', 'degil', 'olmadan', 'yerine', 'invece', 'statt', 'anstatt', 'lugar', 'vez', 'au lieu', 'вместо',
  'замість', 'zamiast', 'thay', 'بغير', 'غير', 'بجائے', 'baghair', 'bagair', 'chhod', 'chod', 'hindi',
]);

/** Negators that say the activity goes around Upwork, not merely "not on Upwork yet". */
const ROUTE_NEGATORS = foldedSet([
  'without', 'instead', 'skip', 'bypass', 'avoid', 'sin', 'sem', 'ohne', 'sans', 'без', 'tanpa', 'bina', 'بدون', 'bez',
  'khỏi', 'khoi', 'né', 'tránh', 'olmadan', 'yerine', 'invece', 'statt', 'anstatt', 'вместо', 'замість', 'zamiast',
  'بغير', 'بجائے', 'baghair', 'bagair',
]);
/** Is this word one that routes around Upwork ("without", "ohne", "khỏi", "instead")? */
export function isRouteNegator(word: string): boolean {
  return ROUTE_NEGATORS.has(word);
}

/** Words of passing through, in "not through Upwork" forms: lewat, qua, via, por… */
const ROUTE_WORDS = foldedSet([
  'through', 'via', 'thru', 'lewat', 'melalui', 'qua', 'thông', 'por', 'pela', 'pelo', 'par', 'über', 'ueber', 'tramite',
  'через', 'przez', 'üzerinden', 'uzerinden', 'عبر', 'خلال', 'se', 'dwara', 'ke', 'sa', 'upwork',
]);

/**
 * "Ohne Upwork-Vertrag fange ich nicht an", "without an Upwork contract I won't start": a statement
 * (not a question) with a second negation besides the negator at `neg` is a refusal, not a plan.
 *
 * @example doubleNegated(ctx, 0, 1, 3) // true for "Ohne Upwork-Vertrag fange ich nicht an"
 */
export function doubleNegated(ctx: Ctx, neg: number, from: number, to: number): boolean {
  const sent = ctx.sent[neg] ?? 0;
  if (ctx.tokens.question[sent]) return false;
  const s = sentenceOf(ctx, neg);
  for (let q = s.from; q < s.to; q++) if (q !== neg && (q < from || q >= to) && NEGATIONS.has(ctx.words[q]!)) return true;
  return false;
}

/**
 * Where the message says something goes AROUND Upwork: an "on Upwork" phrase negated by "instead
 * of", "without", "khỏi", "biar nggak lewat"… (token index of the phrase, for each such place).
 *
 * @example upworkAvoided(buildContext('chuyển khoản cho anh, khỏi qua Upwork')) // [index of "qua"]
 */
export function upworkAvoided(ctx: Ctx): number[] {
  const out: number[] = [];
  for (const m of ctx.matches.onUpwork) {
    const s = sentenceOf(ctx, m.from);
    let route = false;
    for (let k = m.from; k < m.to; k++) if (ROUTE_WORDS.has(ctx.words[k]!)) route = true;
    for (let k = Math.max(s.from, m.from - 4); k < m.from; k++) {
      const w = ctx.words[k]!;
      if (!isRouteNegator(w) && !(route && NEGATORS.has(w))) continue;
      if (!doubleNegated(ctx, k, m.from, m.to)) out.push(m.from);
      break;
    }
  }
  return out;
}

/**
 * The sentence holding token i keeps the activity on Upwork ("a video call here on Upwork"), and
 * does not negate it ("no need to route this through Upwork", "instead of through here").
 */
export function isOnUpwork(ctx: Ctx, i: number): boolean {
  return perSentence(ctx, 'on-upwork', ctx.sent[i] ?? 0, onUpworkIn);
}

/** An "on Upwork" phrase in the sentence, not negated by a word just before it. */
function onUpworkIn(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  const list = ctx.matches.onUpwork;
  // Matches are in text order: start at the first one inside the sentence.
  for (let q = firstMatchFrom(list, s.from); q < list.length && list[q]!.from < s.to; q++) {
    const m = list[q]!;
    let negated = false;
    for (let k = Math.max(s.from, m.from - 4); k < m.from; k++) if (NEGATORS.has(ctx.words[k]!)) negated = true;
    if (!negated) return true;
  }
  return false;
}

/** Index of the first match (of a list in text order) that starts at or after token `from`. */
function firstMatchFrom(list: { from: number }[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
