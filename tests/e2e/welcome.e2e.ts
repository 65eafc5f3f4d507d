/**
 * First run in real browsers: a fresh profile with the extension installed opens welcome.html
 * exactly once, an update (and, in Chromium, a restart) opens nothing, and the page's demo composer
 * shows the real warning card for an offending sentence and nothing for a harmless one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { copyExtension, launchFirstRun, tabsAfter, type ExtensionCopy, type FirstRunBrowser, type WelcomeTab } from './support/first-run';
import { SCREENSHOTS } from './support/paths';
import { alertIs, alertText } from './support/warning';

const WELCOME = '/welcome.html';
/** Long enough for onInstalled to have fired and its tab to have opened (it opens in well under 1 s). */
const SETTLE_MS = 2_500;
const OFFENDING = 'Can we talk on WhatsApp? My number is +1 415 555 0134';
const HARMLESS = 'we need a Zoom SDK integration';

function demoReady(): boolean {
  return document.querySelector('[data-testid="demo-composer"]') !== null && document.querySelector('[data-testid="welcome-root"] h2') !== null;
}

function highlightCount(): number {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
  const highlight = registry?.get('pcg-finding');
  return highlight ? highlight.size : 0;
}

describe.each(BROWSERS)('%s: first run', (name) => {
  let profile: string;
  let extension: ExtensionCopy;
  let browser: FirstRunBrowser | null = null;
  let welcome: WelcomeTab | null = null;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), `pcg-first-run-${name}-`));
    extension = copyExtension(name);
    browser = await launchFirstRun(name, profile, extension.dir);
  });

  afterAll(async () => {
    await browser?.close();
    extension?.remove();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens welcome.html exactly once after a fresh install', async () => {
    const welcomeTabs = await tabsAfter(browser!, WELCOME, SETTLE_MS);
    expect(welcomeTabs).toHaveLength(1);
    welcome = await browser!.tab(WELCOME);
    expect(welcome).not.toBeNull();
    await welcome!.waitFor(demoReady);
    const headings = await welcome!.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main').length,
      lang: document.documentElement.lang,
      title: document.title,
      labelled: document.querySelector('[data-testid="demo-composer"]')?.getAttribute('aria-labelledby') ?? '',
    }));
    expect(headings).toMatchObject({ h1: 1, main: 1, lang: 'en' });
    expect(headings.title).toContain('Pre-Contract Guard');
    expect(headings.labelled).not.toBe('');
  });

  it('shows the real card and highlights for an offending sentence in the demo, and nothing for a harmless one', async () => {
    const tab = welcome!;
    await tab.click('[data-testid="demo-composer"]');
    await tab.type(OFFENDING);
    await tab.waitFor(alertIs, 'call contact');
    expect(await tab.evaluate(alertText)).toContain('WhatsApp');
    expect(await tab.evaluate(highlightCount)).toBeGreaterThan(0);
    await tab.screenshot(join(SCREENSHOTS, `welcome-demo-${name}.png`));

    await tab.selectAllAndDelete();
    await tab.waitFor(alertIs, null);
    await tab.type(HARMLESS);
    // The check runs 150 ms after the last key: give it several times that, then nothing may show.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await tab.evaluate(() => (document.querySelector('[data-testid="demo-composer"]')?.textContent ?? '').trim())).toBe(HARMLESS);
    expect(await tab.evaluate(alertIs, null)).toBe(true);
    expect(await tab.evaluate(highlightCount)).toBe(0);
  });

  it('made no network request', () => {
    expect(browser!.foreignRequests).toEqual([]);
  });

  it('opens nothing on an update', async () => {
    extension.setVersion('0.1.1');
    if (name === 'chromium') {
      // Chromium notices the unpacked extension's new version at the next start: reason 'update'.
      await browser!.close();
      browser = await launchFirstRun(name, profile, extension.dir);
    } else {
      // Firefox: installing the same add-on id again with a new version is an update.
      await browser!.install(extension.dir);
    }
    // (Firefox closes the old version's own tabs when it replaces the add-on: none may come back.)
    expect(await tabsAfter(browser!, WELCOME, SETTLE_MS)).toHaveLength(0);
  });

  it.runIf(name === 'chromium')('opens nothing on a browser restart', async () => {
    await browser!.close();
    browser = await launchFirstRun(name, profile, extension.dir);
    expect(await tabsAfter(browser!, WELCOME, SETTLE_MS)).toHaveLength(0);
  });
});
