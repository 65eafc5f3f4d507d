/**
 * Per-language behaviour of the engine: every `cases/<lang>.ts` table is run through the rules
 * alone, and the SET of categories found must equal the expected set exactly (a should-not-warn
 * case expects the empty set); the whole engine must keep a should-not-warn case silent and veto no
 * expected category (`expectRow` in testing/table.ts). Tables are discovered from the folder so each language gets its own `describe`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { expectRow } from '../testing/table';
import type { Category } from '../types';
import type { Lexicon } from './types';

interface Case {
  text: string;
  expect: Category[];
  note?: string;
}

const folder = fileURLToPath(new URL('./cases/', import.meta.url));
const caseFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();

const tables: { name: string; cases: Case[] }[] = [];
for (const file of caseFiles) {
  const base = file.replace(/\.ts$/, '');
  const { cases } = (await import(`./cases/${file}`)) as { cases: Case[] };
  // The lexicon gives the English name of the language; fall back to the file name.
  const lexicon = await import(`./${base}.ts`).then(
    (m: { lexicon?: Lexicon }) => m.lexicon,
    () => undefined,
  );
  tables.push({ name: lexicon ? `${lexicon.name} (${lexicon.lang})` : base, cases });
}

for (const { name, cases } of tables) {
  describe(name, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (text, c) => {
      expectRow(text, c.expect);
    });
  });
}
