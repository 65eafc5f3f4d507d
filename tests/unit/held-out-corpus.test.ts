/**
 * Regression floors for the rule engine on the held-out corpora (tests/corpus/held-out.jsonl and
 * held-out-2.jsonl, see tests/corpus/README.md).
 *
 * Each corpus was written independently of the calibration set (and of each other), so these
 * figures say how the engine does on messages it was not first tuned on. The floors sit under what
 * the engine reached: a drop below them means a change made the engine worse on unseen text.
 * Ambiguous lines are checked for well-formedness but not scored, like score.mjs does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/rules';
import type { Category, Finding } from '@/utils/rules';

const CATEGORIES: readonly Category[] = ['call', 'contact', 'payment'];
const TIERS = ['plain', 'obfuscated', 'buried', 'multilingual', 'hard-negative', 'negative'] as const;
type Tier = (typeof TIERS)[number];

/** The floors the engine must keep (see tests/corpus/README.md). */
const FLOORS = {
  anyWarningPrecision: 0.95,
  anyWarningRecall: 0.93,
  hardNegativeFalseAlarmRate: 0.05,
};

interface CorpusLine {
  id: string;
  text: string;
  expect: Category[];
  tier: Tier;
  lang: string;
  notes: string;
  ambiguous?: boolean;
}

interface Corpus {
  file: string;
  /** Lines the file must hold at least (guards against a truncated file). */
  minLines: number;
  rawLines: string[];
  lines: CorpusLine[];
  scored: CorpusLine[];
}

function loadCorpus(file: string, minLines: number): Corpus {
  const rawLines = readFileSync(fileURLToPath(new URL(`../corpus/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const lines = rawLines.map((line) => JSON.parse(line) as CorpusLine);
  return { file, minLines, rawLines, lines, scored: lines.filter((item) => !item.ambiguous) };
}

const CORPORA: Corpus[] = [loadCorpus('held-out.jsonl', 300), loadCorpus('held-out-2.jsonl', 180)];

/** Default-relationship findings per line, computed once: several checks read them. */
const defaultFindings = new Map<CorpusLine, Finding[]>();
function findingsFor(item: CorpusLine): Finding[] {
  let findings = defaultFindings.get(item);
  if (!findings) {
    findings = analyze(item.text);
    defaultFindings.set(item, findings);
  }
  return findings;
}

/** The set of categories in a list of findings. */
function categoriesOf(findings: readonly Finding[]): Set<Category> {
  return new Set(findings.map((finding) => finding.category));
}

/** Any-warning confusion counts over the scored lines: a line "warns" if it has any finding. */
function anyWarningCounts(items: readonly CorpusLine[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    const warned = findingsFor(item).length > 0;
    const wanted = item.expect.length > 0;
    if (warned && wanted) tp++;
    else if (warned) fp++;
    else if (wanted) fn++;
  }
  return { tp, fp, fn };
}

describe.each(CORPORA)('held-out corpus file $file', ({ minLines, rawLines, lines: corpus }) => {
  it('has enough lines, each valid JSON with the guide fields', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(minLines);
    for (const item of corpus) {
      expect(typeof item.id, item.id).toBe('string');
      expect(typeof item.text, item.id).toBe('string');
      expect(item.text.trim().length, item.id).toBeGreaterThan(0);
      expect(typeof item.lang, item.id).toBe('string');
      expect(typeof item.notes, item.id).toBe('string');
      expect(Array.isArray(item.expect), item.id).toBe(true);
      if ('ambiguous' in item) expect(item.ambiguous, item.id).toBe(true);
    }
  });

  it('has unique ids', () => {
    const ids = corpus.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only known tiers and categories, without duplicate categories', () => {
    for (const item of corpus) {
      expect(TIERS, item.id).toContain(item.tier);
      for (const category of item.expect) expect(CATEGORIES, item.id).toContain(category);
      expect(new Set(item.expect).size, item.id).toBe(item.expect.length);
    }
  });

  it('labels negatives with no category and positives with at least one', () => {
    for (const item of corpus) {
      const negativeTier = item.tier === 'negative' || item.tier === 'hard-negative';
      // Ambiguous lines give a best guess, which for a negative tier may be a category.
      if (negativeTier && !item.ambiguous) expect(item.expect, item.id).toEqual([]);
      if (!negativeTier) expect(item.expect.length, item.id).toBeGreaterThan(0);
    }
  });

  it('keeps ambiguous lines under 8% and writes invisible characters as JSON escapes', () => {
    const ambiguous = corpus.filter((item) => item.ambiguous).length;
    expect(ambiguous / corpus.length).toBeLessThan(0.08);
    for (const line of rawLines) expect(line).not.toMatch(/[\u200b\u200c\u200d\u2060\ufeff]/);
  });
});

describe.each(CORPORA)('rule engine on $file', ({ lines: corpus, scored }) => {
  it(`keeps any-warning precision >= ${FLOORS.anyWarningPrecision}`, () => {
    const { tp, fp } = anyWarningCounts(scored);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(FLOORS.anyWarningPrecision);
  });

  it(`keeps any-warning recall >= ${FLOORS.anyWarningRecall}`, () => {
    const { tp, fn } = anyWarningCounts(scored);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(FLOORS.anyWarningRecall);
  });

  it(`keeps the hard-negative false-alarm rate <= ${FLOORS.hardNegativeFalseAlarmRate}`, () => {
    const hardNegatives = scored.filter((item) => item.tier === 'hard-negative');
    const alarms = hardNegatives.filter((item) => findingsFor(item).length > 0);
    const rate = alarms.length / hardNegatives.length;
    expect(rate, alarms.map((item) => item.id).join(', ')).toBeLessThanOrEqual(FLOORS.hardNegativeFalseAlarmRate);
  });

  it('points every finding inside its text', () => {
    const bad: string[] = [];
    for (const item of corpus) {
      for (const finding of findingsFor(item)) {
        const inside = finding.start >= 0 && finding.end > finding.start && finding.end <= item.text.length;
        if (!inside) bad.push(`${item.id} ${finding.ruleId} ${finding.start}-${finding.end}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("leaves only payment findings for 'business-enterprise', and keeps every payment finding", () => {
    const leaks: string[] = [];
    const dropped: string[] = [];
    for (const item of corpus) {
      const exempt = categoriesOf(analyze(item.text, { relationship: 'business-enterprise' }));
      if ([...exempt].some((category) => category !== 'payment')) leaks.push(item.id);
      if (categoriesOf(findingsFor(item)).has('payment') && !exempt.has('payment')) dropped.push(item.id);
    }
    expect(leaks).toEqual([]);
    expect(dropped).toEqual([]);
  });
});
