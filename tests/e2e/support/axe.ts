/**
 * axe-core in the page under test: injected as a plain script (an extension page's CSP forbids
 * eval, but the driver's own evaluation is not bound by it), then run on the document or on our
 * own hosts. Open shadow roots are analysed (axe walks the flattened tree): `include` takes
 * shadow-piercing paths such as [['pcg-warning']].
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageDriver } from './browsers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (reported; only serious and critical fail). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; summary: string }[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  /** Passed checks on nodes inside a shadow root (target is a path of more than one selector). */
  shadowNodesChecked: number;
  /** Colour-contrast checks that passed (so a theme was really measured). */
  contrastPasses: number;
}

/**
 * @example const result = await runAxe(page, [['pcg-warning']]); expect(serious(result)).toEqual([])
 */
export async function runAxe(page: PageDriver, include?: string[][]): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;0` as never);
  return page.evaluate(
    async ([paths, tags]: [string[][] | null, string[]]) => {
      type Node = { target: unknown[]; failureSummary?: string };
      type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const result = await axe.run(paths ? { include: paths } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'passes'],
      });
      const inShadow = (n: Node) => Array.isArray(n.target[0]) && (n.target[0] as unknown[]).length > 1;
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
        })),
        shadowNodesChecked: result.passes.reduce((sum, rule) => sum + rule.nodes.filter(inShadow).length, 0),
        contrastPasses: result.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
      };
    },
    [include ?? null, AXE_TAGS] as [string[][] | null, string[]],
  );
}

/** The violations that fail a test: serious and critical. */
export function seriousOrCritical(summary: AxeSummary): AxeViolation[] {
  return summary.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for the test log. */
export function describeViolations(label: string, summary: AxeSummary): string {
  if (summary.violations.length === 0) return `${label}: no violations`;
  return `${label}:\n${summary.violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n')}`;
}
