/**
 * The welcome page's example sentences, in every shipped language, do what the page promises:
 * the first two bring up the card (the real engine, before any contract), the last one does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/components/i18n/languages';
import { categoriesOf, visibleFindings } from '@/utils/guard/categories';
import { analyze } from '@/utils/rules';
import { demoView } from './DemoComposer';

const examples = (code: string) =>
  (JSON.parse(readFileSync(join(__dirname, '../../locales', `${code}.json`), 'utf8')) as { welcome: { demo: Record<string, string> } }).welcome.demo;

const shown = (text: string) => {
  const view = demoView(new Date('2026-01-01'));
  return categoriesOf(visibleFindings(analyze(text), view.policy, view.now));
};

describe.each([...LOCALES])('welcome demo examples (%s)', (code) => {
  it('the call example shows the card for a call and contact details', () => {
    expect(shown(examples(code).exampleCall!)).toEqual(expect.arrayContaining(['call', 'contact']));
  });
  it('the payment example shows the card for paying outside Upwork', () => {
    expect(shown(examples(code).examplePayment!)).toContain('payment');
  });
  it('the harmless example shows nothing', () => {
    expect(shown(examples(code).exampleSafe!)).toEqual([]);
  });
});
