/**
 * Launchers for the first-run tests: the built extension copied to a folder of the test's own (so a
 * test can bump its version and restart, as an update would), in a profile the test keeps, with
 * every tab the browser opens visible. Chromium through playwright-core, Firefox through
 * puppeteer-core; no fixture server (the welcome page is the extension's own).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { browserPath, chromiumExtensionId, type BrowserName } from './browsers';
import { CHROME_EXT, FIREFOX_EXT } from './paths';

/** A copy of the built extension that a test may change (its version, for an update). */
export interface ExtensionCopy {
  dir: string;
  setVersion(version: string): void;
  remove(): void;
}

export function copyExtension(name: BrowserName): ExtensionCopy {
  const dir = join(mkdtempSync(join(tmpdir(), `pcg-ext-${name}-`)), 'extension');
  cpSync(name === 'chromium' ? CHROME_EXT : FIREFOX_EXT, dir, { recursive: true });
  return {
    dir,
    setVersion(version) {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
      manifest.version = version;
      writeFileSync(path, JSON.stringify(manifest));
    },
    remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }),
  };
}

/** The browser as the first-run tests see it: its open tabs, and requests leaving the extension. */
export interface FirstRunBrowser {
  /** URLs of every open tab. */
  tabUrls(): Promise<string[]>;
  /** The open tab whose URL ends with `suffix`. */
  tab(suffix: string): Promise<WelcomeTab | null>;
  /** Requests any tab made to something other than the extension's own files. */
  foreignRequests: string[];
  /** Firefox: installs (or reinstalls, as an update) a temporary add-on from `dir`. */
  install(dir: string): Promise<void>;
  close(): Promise<void>;
}

export interface WelcomeTab {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<R>;
  click(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  selectAllAndDelete(): Promise<void>;
  screenshot(file: string): Promise<void>;
}

const OWN = /^(?:chrome-extension|moz-extension|data|blob|about):/;

export async function launchFirstRun(name: BrowserName, profile: string, extensionDir: string): Promise<FirstRunBrowser> {
  return name === 'chromium' ? launchChromium(profile, extensionDir) : launchFirefox(profile, extensionDir);
}

async function launchChromium(profile: string, extensionDir: string): Promise<FirstRunBrowser> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    if (!OWN.test(request.url())) foreignRequests.push(request.url());
  });
  const id = chromiumExtensionId(extensionDir);
  return {
    foreignRequests,
    tabUrls: async () => context.pages().map((page) => page.url()),
    async tab(suffix) {
      const page = context.pages().find((p) => p.url().startsWith(`chrome-extension://${id}/`) && p.url().endsWith(suffix));
      return page ? wrapPlaywright(page) : null;
    },
    install: () => Promise.reject(new Error('Chromium loads the extension at launch')),
    close: () => context.close(),
  };
}

function wrapPlaywright(page: PwPage): WelcomeTab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
      return (await handle.jsonValue()) as never;
    },
    click: (selector) => page.locator(selector).first().click(),
    type: (text) => page.keyboard.type(text),
    async selectAllAndDelete() {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Delete');
    },
    screenshot: async (file) => void (await page.screenshot({ path: file })),
  };
}

async function launchFirefox(profile: string, extensionDir: string): Promise<FirstRunBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    userDataDir: profile,
    extraPrefsFirefox: {
      // Nothing of ours goes out; the browser's own services are kept off the network too.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
    },
  });
  const foreignRequests: string[] = [];
  const watched = new WeakSet<PpPage>();
  const pages = async () => {
    const all = await browser.pages();
    for (const page of all) {
      if (watched.has(page)) continue;
      watched.add(page);
      page.on('request', (request) => {
        if (!OWN.test(request.url())) foreignRequests.push(request.url());
      });
    }
    return all;
  };
  await browser.installExtension(extensionDir);
  return {
    foreignRequests,
    // puppeteer's page.url() does not follow a tab the extension opened: ask the page itself.
    tabUrls: async () => Promise.all((await pages()).map((page) => hrefOf(page))),
    async tab(suffix) {
      for (const page of await pages()) {
        const url = await hrefOf(page);
        if (url.startsWith('moz-extension://') && url.endsWith(suffix)) return wrapPuppeteer(page);
      }
      return null;
    },
    install: async (dir) => void (await browser.installExtension(dir)),
    close: () => browser.close(),
  };
}

async function hrefOf(page: PpPage): Promise<string> {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return page.url();
  }
}

function wrapPuppeteer(page: PpPage): WelcomeTab {
  return {
    evaluate: (fn, arg) => (page.evaluate as (f: unknown, a: unknown) => Promise<never>)(fn, arg),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await (page.waitForFunction as (f: unknown, o: unknown, a: unknown) => Promise<{ jsonValue(): Promise<unknown> }>)(
        fn,
        { timeout: timeoutMs, polling: 50 },
        arg,
      );
      return (await handle.jsonValue()) as never;
    },
    async click(selector) {
      await page.bringToFront();
      await page.click(selector);
    },
    type: (text) => page.keyboard.type(text),
    async selectAllAndDelete() {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Delete');
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
  };
}

/** Waits `ms`, then returns the open tabs whose URL ends with `suffix`. */
export async function tabsAfter(browser: FirstRunBrowser, suffix: string, ms: number): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (await browser.tabUrls()).filter((url) => url.endsWith(suffix));
}
