/**
 * The sources of the vocabulary (lexicons of every language, channel names, the cue word lists
 * below) compiled into plain data. Used at build time only (`npm run build:engine-data` writes
 * generated/vocabulary.ts) and by the test that checks the generated file is up to date; the
 * engine itself never imports this module, so importing the engine parses no lexicon.
 */
import { CHANNELS, SCOPING_TOOLS, type Channel } from './channels';
import { CUE_NAMES, FIELDS, OPTIONAL_FIELDS, type CueSets, type PhraseField, type VocabularyData } from './cues';
import { LANGUAGES } from './lexicon/index';
import './index';
import { compileKeys, groupKeys, phraseWords } from './phrases';
import { ALL_EMOJI, joinSkeletons, skeleton } from './tokens';
import { foldWordSlowly, registeredWords } from './wordsets';

/** Fields where a one- or two-letter word from another language would fire everywhere. */
const SHORT_WORD_RISK = new Set<PhraseField>(['talk', 'contactAsk', 'payVerbs', 'refusal', 'onUpwork', 'workSubject', 'payment', 'elsewhere', 'inPerson', 'phoneCall']);
const LATIN_SHORT = /^[a-z]{1,2}$/i;

function entries(field: PhraseField): string[] {
  const out: string[] = [];
  for (const { lexicon } of LANGUAGES) {
    const list = lexicon[field];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (typeof e !== 'string' || !e.trim()) continue;
      if (lexicon.lang !== 'en' && SHORT_WORD_RISK.has(field) && LATIN_SHORT.test(e.trim())) continue;
      out.push(e);
    }
  }
  return out;
}

/** Phrase lists of every cue set, by name. */
function cueSources(): Record<keyof CueSets, string[]> {
  const lists = {} as Record<keyof CueSets, string[]>;
  for (const f of [...FIELDS, ...OPTIONAL_FIELDS]) lists[f] = entries(f);
  // "@" is no word of a language: next to a payment channel it introduces a tag ("Venmo @ana").
  lists.payNear = [...lists.payNear, '@'];
  lists.scoping = SCOPING_TOOLS;
  return lists;
}

/**
 * The vocabulary compiled from its sources.
 *
 * @example JSON.stringify(compileVocabularyData()) === VOCABULARY_JSON // when generated/ is up to date
 */
export function compileVocabularyData(): VocabularyData {
  const sources = cueSources();
  const cues = groupKeys(CUE_NAMES.map((name) => compileKeys(sources[name])));
  const channels: Channel[] = [];
  const keys: VocabularyData['keys'] = [];
  const weakSpellings = new Set<string>();
  for (const [key, { channel, weak }] of buildChannelKeys(weakSpellings)) {
    let index = channels.indexOf(channel);
    if (index < 0) index = channels.push(channel) - 1;
    keys.push([key, index, weak ? 1 : 0]);
  }
  // The code word lists: every engine module is loaded (import './index'), so all have registered.
  const folds: VocabularyData['folds'] = [];
  for (const word of registeredWords()) {
    if (/^[a-z0-9_]+$/.test(word)) continue;
    folds.push([word, foldWordSlowly(word)]);
  }
  const words = buildWordClasses();
  return {
    cues,
    digits: [...buildDigitWords()],
    bigNumbers: [...buildBigNumbers()],
    folds,
    channels: channels.map((c) => {
      const flags = (c.pageOnly ? 1 : 0) | (c.storefront ? 2 : 0) | (c.shorthand ? 4 : 0) | (c.nickname ? 8 : 0) | (c.colourAlone ? 16 : 0) | (c.byDisplayName ? 32 : 0) | (c.accountNotPhone ? 64 : 0);
      return flags ? [c.label, c.kind, flags] : [c.label, c.kind];
    }),
    keys,
    weakSpellings: [...weakSpellings].sort(),
    words,
    emoji: declaredEmoji([JSON.stringify(cues), ...keys.map(([key]) => key), JSON.stringify(words)]),
    phoneKeyedNames: buildPhoneKeyedNames(),
  };
}

/** The emoji some compiled key or word holds (they are declared by being there: see WordEmoji in tokens.ts). */
function declaredEmoji(texts: string[]): number[] {
  const found = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (ALL_EMOJI.has(cp)) found.add(cp);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * One-word names, nicknames included, of the apps whose ID is a phone number (`keyedByPhone` in
 * channels.ts), folded; single letters ("v" for WeChat) are left out, as everyday text.
 */
function buildPhoneKeyedNames(): string[] {
  const labels = new Set(CHANNELS.filter((c) => c.keyedByPhone).map((c) => c.label));
  const names: string[] = [];
  for (const c of CHANNELS) if (labels.has(c.label)) names.push(...c.names, ...(c.weak ?? []));
  for (const { localChannels } of LANGUAGES) {
    for (const kind of ['call', 'payment'] as const) {
      for (const [label, aliases] of Object.entries(localChannels?.[kind] ?? {})) {
        if (labels.has(label) && Array.isArray(aliases)) names.push(...aliases.filter((a) => typeof a === 'string'));
      }
    }
  }
  const out = new Set<string>();
  for (const name of names) {
    // A Han name is one word as written ("微信号 …" is read glued, see numberKinds.ts).
    if (/\s/.test(name.trim())) continue;
    const folded = /^[a-z0-9_]+$/.test(name) ? name : foldWordSlowly(name);
    if ([...folded].length > 1 && !/\s/.test(folded)) out.add(folded);
  }
  return [...out].sort();
}

/**
 * The word classes of every lexicon (WordClasses), folded like message words (as foldedSet()
 * folds a code list): class → distinct folded words in language order, classes sorted by name.
 */
function buildWordClasses(): VocabularyData['words'] {
  const classes = new Map<string, string[]>();
  for (const { lexicon } of LANGUAGES) {
    const words = lexicon.words;
    if (!words || typeof words !== 'object') continue;
    for (const [name, list] of Object.entries(words)) {
      if (!Array.isArray(list)) continue;
      let out = classes.get(name);
      if (!out) classes.set(name, (out = []));
      for (const w of list) {
        if (typeof w !== 'string') continue;
        const folded = /^[a-z0-9_]+$/.test(w) ? w : foldWordSlowly(w);
        if (folded && !out.includes(folded)) out.push(folded);
      }
    }
  }
  return [...classes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Teens, tens and hundreds ("douze", "trente-quatre", "yüz yirmi üç", "forty five"), for phone
 * numbers read out in pairs or triples: the lexicons' bigNumbers (languages that write tens
 * before units).
 */
function buildBigNumbers(): Map<string, number> {
  const map = new Map<string, number>();
  for (const { lexicon } of LANGUAGES) {
    if (!lexicon.bigNumbers || typeof lexicon.bigNumbers !== 'object') continue;
    for (const [value, words] of Object.entries(lexicon.bigNumbers)) {
      if (!Array.isArray(words)) continue;
      for (const w of words) if (typeof w === 'string') map.set(foldWordSlowly(w), Number(value));
    }
  }
  return map;
}

function buildDigitWords(): Map<string, number> {
  const map = new Map<string, number>();
  for (const { lexicon } of LANGUAGES) {
    if (!Array.isArray(lexicon.digits)) continue;
    lexicon.digits.forEach((words, digit) => {
      if (!Array.isArray(words) || digit > 9) return;
      for (const w of words) {
        if (typeof w !== 'string') continue;
        const key = phraseWords(w).join(' ');
        if (key && !key.includes(' ') && !map.has(key)) map.set(key, digit);
      }
    });
  }
  return map;
}

/** Han characters only (Chinese nicknames: "绿泡泡", "纸飞机"). */
const ALL_HAN = /^\p{Script=Han}+$/u;
const SOME_HAN = /\p{Script=Han}/u;
/** Hangul syllables only (Korean names: Telegram or Naver Pay written in Hangul), read one syllable a token as Han is. */
const ALL_HANGUL = /^\p{Script=Hangul}+$/u;
/** Katakana only, the long-vowel mark included (Japanese names of the apps: Discord, Chatwork, Telegram in katakana). */
const ALL_KATAKANA = /^[\p{Script=Katakana}\u30fc]+$/u;
const ALL_HEBREW = /^[\u05d0-\u05ea\u05f3\u05f4'"]+$/u;

/**
 * A local nickname is weak (counts only in a qualifying context) when short: five letters or fewer
 * are often an everyday word elsewhere. In Han characters three are already a phrase of their own
 * ("绿泡泡", "纸飞机", "小飞机"); two ("飞机", "企鹅", "威信") stay weak.
 */
function weakAlias(a: string): boolean {
  const bare = a.replace(/\s/g, '');
  // Latin letters glued to Han ones ("v信", "wx转", "支fu宝") are a respelling, never an everyday word.
  if (SOME_HAN.test(bare) && /[a-z]/.test(bare)) return false;
  // Hangul is read a syllable a token, as Han is: three syllables are a name of their own (Telegram,
  // FaceTalk in Hangul), two (Slack, the short Discord) stay weak.
  if (ALL_HAN.test(bare) || ALL_HANGUL.test(bare)) return bare.length <= 2;
  // Katakana is read a character a token too; four or fewer are loanwords of everyday use as well
  // (zoom, line, disco), five or more only the app's name (Discord, Telegram, Chatwork written out).
  // Hebrew writes no vowels and glues its prepositions on ("b" + the name is "in Zoom"): four letters
  // are already a prefixed name; three ("zoom", "bit" as bare words) stay weak.
  if (ALL_HEBREW.test(bare)) return bare.length <= 3;
  return ALL_KATAKANA.test(bare) ? bare.length <= 4 : bare.length <= 5;
}

function buildChannelKeys(weakSpellings?: Set<string>): Map<string, { channel: Channel; weak: boolean }> {
  const map = new Map<string, { channel: Channel; weak: boolean }>();
  const add = (channel: Channel, name: string, weak: boolean): void => {
    const words = phraseWords(name);
    const key = words.map(skeleton).reduce(joinSkeletons, '');
    // Weak names of Latin letters, as spelled (a doubled letter kept: "deel"), a name of several
    // words written together ("gpay"), since its words may be read across a space: see weakSpellings.
    if (weak && words.every((w) => /^[a-z]+$/.test(w))) weakSpellings?.add(words.join(''));
    if (key && !map.has(key)) map.set(key, { channel, weak });
  };
  // A local nickname extends the first entry of its label (a later one, such as PayPal's shorthand, has flags of its own).
  const byLabel = new Map<string, (typeof CHANNELS)[number]>();
  for (const c of CHANNELS) if (!byLabel.has(c.label)) byLabel.set(c.label, c);
  for (const c of CHANNELS) {
    for (const n of c.names) add(c, n, false);
    for (const n of c.weak ?? []) add(c, n, true);
    for (const n of c.emoji ?? []) add(c, n, true);
  }
  // Local nicknames from the lexicons: short ones are weak (often an everyday word elsewhere).
  for (const { localChannels } of LANGUAGES) {
    for (const kind of ['call', 'payment'] as const) {
      const table = localChannels?.[kind];
      if (!table || typeof table !== 'object') continue;
      for (const [label, aliases] of Object.entries(table)) {
        if (!Array.isArray(aliases)) continue;
        const channel = byLabel.get(label) ?? { label, kind, names: [] };
        byLabel.set(label, channel);
        for (const a of aliases) if (typeof a === 'string') add(channel, a, weakAlias(a));
      }
    }
  }
  return map;
}

