import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from './catalogue';
import { analyze } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const fixed = RULE_CATALOGUE.filter((rule) => !rule.learned);

/** What `ruleId` fired on, as the exact texts it covers. */
function spansOf(text: string, ruleId: string): string[] {
  return analyze(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
}

/** Rule ids written as literals in the engine's code (tests left out). */
function ruleIdsInCode(): Set<string> {
  const files = [
    ...readdirSync(here).filter((f) => f.endsWith('.ts')).map((f) => join(here, f)),
    ...readdirSync(join(here, 'detectors')).filter((f) => f.endsWith('.ts')).map((f) => join(here, 'detectors', f)),
  ].filter((f) => !f.endsWith('.test.ts') && !f.endsWith('catalogue.ts'));
  const ids = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:call|contact|payment)\.[a-z][a-z.-]*)'/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('the rule catalogue', () => {
  it('declares every rule id the engine code writes', () => {
    const declared = new Set(RULE_CATALOGUE.map((r) => r.id));
    const inCode = ruleIdsInCode();
    expect(inCode.size).toBeGreaterThan(20);
    const undeclared = [...inCode].filter((id) => !declared.has(id));
    expect(undeclared).toEqual([]);
  });

  it('has unique ids, each with a category matching its prefix', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_CATALOGUE) expect(rule.id.split('.')[0] === 'verifier' || rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
  });

  it('declares at least one value kind per rule, and every finding of its examples carries a declared kind', () => {
    const byId = new Map(RULE_CATALOGUE.map((r) => [r.id, r]));
    for (const rule of RULE_CATALOGUE) expect(rule.value.length, rule.id).toBeGreaterThan(0);
    const texts = fixed.flatMap((rule) => [...rule.test.map((e) => e.text), ...rule.allows]);
    let seen = 0;
    for (const text of texts) {
      for (const f of analyze(text)) {
        const rule = byId.get(f.ruleId);
        expect(rule, f.ruleId).toBeDefined();
        expect(rule!.value, `${f.ruleId} on ${JSON.stringify(text)}`).toContain(f.value.kind);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(40);
  });

  it('gives every fixed rule at least one example that fires and one that must not', () => {
    for (const rule of fixed) {
      expect(rule.test.length, rule.id).toBeGreaterThan(0);
      expect(rule.allows.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe.each(fixed.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.test.map((example) => [example.text, example.span] as const))('fires on %j covering %j, with a declared value kind', (text, span) => {
    expect(spansOf(text, rule.id)).toContain(span);
    const kinds = analyze(text)
      .filter((f) => f.ruleId === rule.id)
      .map((f) => f.value.kind);
    for (const kind of kinds) expect(rule.value).toContain(kind);
  });

  it.each(rule.allows.map((text) => [text] as const))('does not fire on %j', (text) => {
    expect(spansOf(text, rule.id)).toEqual([]);
  });
});
