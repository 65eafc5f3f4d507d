/**
 * Lint for the per-language word lists: every `lexicon/<lang>.ts` must be well-formed, because the
 * engine trusts them blindly (an empty string or a bare punctuation entry would match everywhere).
 * Files are discovered from the folder so a new language is checked without touching this test.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from './types';

const folder = fileURLToPath(new URL('.', import.meta.url));
const NOT_LEXICONS = new Set(['types.ts', 'index.ts']);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_LEXICONS.has(f))
  .sort();

/** Local names of apps and payment services, exported beside some lexicons (label → aliases). */
type LocalChannels = { call: Record<string, string[]>; payment: Record<string, string[]> };

/** Words that make a following number an ID, exported beside some lexicons. */
type IdCues = { order: string[]; number: string[] };

/** Local words for "@" and "." in spelled-out emails, exported beside some lexicons. */
type EmailWords = { at: string[]; dot: string[] };

interface LexiconModule {
  lexicon?: Lexicon;
  localChannels?: LocalChannels;
  idCues?: IdCues;
  emailWords?: EmailWords;
}

const loaded: ({ file: string; lexicon: Lexicon } & LexiconModule)[] = [];
for (const file of files) {
  const mod = (await import(`./${file}`)) as LexiconModule;
  if (mod.lexicon) {
    loaded.push({ file, lexicon: mod.lexicon, localChannels: mod.localChannels, idCues: mod.idCues, emailWords: mod.emailWords });
  }
}

/** The phrase fields, i.e. every `string[]` field of a Lexicon. */
const PHRASE_FIELDS = [
  'talk',
  'phoneCall',
  'inPerson',
  'elsewhere',
  'contactNouns',
  'contactAsk',
  'payment',
  'payVerbs',
  'onUpwork',
  'refusal',
  'workSubject',
] as const satisfies readonly (keyof Lexicon)[];

/** True when the entry has at least one letter, digit or `*` wildcard word. */
const hasWordCharacter = (entry: string): boolean => /[\p{L}\p{N}*]/u.test(entry);

/** Problems with one list of entries, as readable strings (empty = fine). */
function problems(entries: unknown, where: string): string[] {
  if (!Array.isArray(entries)) return [`${where} is not an array`];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'string') out.push(`${where}: non-string ${String(entry)}`);
    else if (entry.trim() === '') out.push(`${where}: empty entry`);
    else {
      if (entry !== entry.toLowerCase()) out.push(`${where}: not lower case "${entry}"`);
      if (entry !== entry.trim() || / {2}/.test(entry)) out.push(`${where}: stray spaces "${entry}"`);
      if (!hasWordCharacter(entry)) out.push(`${where}: only punctuation "${entry}"`);
      if (entry.split(' ').every((w) => w === '*')) out.push(`${where}: only wildcards "${entry}"`);
      if (seen.has(entry)) out.push(`${where}: duplicate "${entry}"`);
      seen.add(entry);
    }
  }
  return out;
}

describe('lexicon files', () => {
  it('finds the lexicons', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(20);
    expect(loaded.length).toBe(files.length);
  });

  it('have unique lang tags', () => {
    const tags = loaded.map((l) => l.lexicon.lang.toLowerCase());
    expect(tags.filter((t, i) => tags.indexOf(t) !== i)).toEqual([]);
  });

  it.each(loaded.map((l) => [l.file, l.lexicon] as const))('%s is well-formed', (file, lexicon) => {
    // The file name is the lang tag in lower case (hi-Latn → hi-latn.ts).
    expect(`${lexicon.lang.toLowerCase()}.ts`).toBe(file);
    expect(lexicon.name.trim()).not.toBe('');
    const found = PHRASE_FIELDS.flatMap((field) => problems(lexicon[field], field));
    expect(lexicon.digits).toHaveLength(10);
    lexicon.digits.forEach((words, digit) => found.push(...problems(words, `digits[${digit}]`)));
    expect(found).toEqual([]);
  });

  it.each(loaded.filter((l) => l.localChannels).map((l) => [l.file, l.localChannels!] as const))(
    '%s local channel names are well-formed',
    (_file, channels) => {
      const found = (['call', 'payment'] as const).flatMap((kind) =>
        Object.entries(channels[kind]).flatMap(([label, aliases]) => [
          ...(label.trim() === '' ? [`${kind}: empty label`] : []),
          ...problems(aliases, `${kind}.${label}`),
          ...(aliases.length === 0 ? [`${kind}.${label}: no aliases`] : []),
        ]),
      );
      expect(found).toEqual([]);
    },
  );

  it.each(loaded.filter((l) => l.idCues).map((l) => [l.file, l.idCues!] as const))(
    '%s id cues are well-formed',
    (_file, cues) => {
      expect(cues.order.length).toBeGreaterThan(0);
      expect([...problems(cues.order, 'order'), ...problems(cues.number, 'number')]).toEqual([]);
    },
  );

  it.each(loaded.filter((l) => l.emailWords).map((l) => [l.file, l.emailWords!] as const))(
    '%s email words are well-formed',
    (_file, words) => {
      expect(words.at.length).toBeGreaterThan(0);
      expect(words.dot.length).toBeGreaterThan(0);
      expect([...problems(words.at, 'at'), ...problems(words.dot, 'dot')]).toEqual([]);
    },
  );

  it('spots a malformed list (the lint itself can fail)', () => {
    expect(problems(['ok', '', 'OK', '...', 'ok', '* *'], 'x')).toEqual([
      'x: empty entry',
      'x: not lower case "OK"',
      'x: only punctuation "..."',
      'x: duplicate "ok"',
      'x: only wildcards "* *"',
    ]);
  });
});
