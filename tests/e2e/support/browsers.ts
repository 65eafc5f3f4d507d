/**
 * Launches the BUILT extension in real Chromium (playwright-core) or real Firefox ESR
 * (puppeteer-core over WebDriver BiDi), each with its own fixture server, and wraps both in one
 * small driver so every scenario runs unchanged in both browsers.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Frame as PwFrame } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage, type Frame as PpFrame } from 'puppeteer-core';
import { ensureCertificate } from './cert';
import { startConnectProxy, type ConnectProxy } from './proxy';
import { startFixtureServer, type FixtureServer } from './server';
import { CHROME_EXT, FIREFOX_EXT, GECKO_ID, UPWORK_HOST } from './paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function browserPath(name: BrowserName): string {
  return name === 'chromium'
    ? (process.env.PCG_CHROMIUM ?? '/usr/bin/chromium')
    : (process.env.PCG_FIREFOX ?? '/usr/bin/firefox-esr');
}

/** What a scenario can do with a page or frame, whichever browser drives it. */
export interface PageDriver {
  /** Opens a path of https://www.upwork.com, or a full URL. */
  goto(pathOrUrl: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<R>;
  /** A real mouse click at the centre of the first element `selector` finds (open shadow roots pierced). */
  click(selector: string): Promise<void>;
  /** A real mouse click on the element `find` returns. */
  clickWhere<A>(find: (arg: A) => Element | null | undefined, arg?: A): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Sets the file of an <input type=file> (found with `selector`, shadow roots pierced). */
  uploadFile(selector: string, filePath: string): Promise<void>;
  /** Reloads the page and waits for it to load. */
  reload(): Promise<void>;
  /** The child frame whose URL contains `urlPart`. */
  frame(urlPart: string): Promise<PageDriver>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** Opens the extension's popup page as a tab (query string added to popup.html). */
  openPopup(query?: string): Promise<PageDriver>;
  /** Opens another page of the extension as a tab, e.g. `welcome.html`. */
  openExtensionPage(path: string): Promise<PageDriver>;
  /** Every URL any page of this session asked for outside www.upwork.com and the extension. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors mentioning the extension or from its pages. */
  consoleErrors: string[];
  close(): Promise<void>;
  /** Chromium only: the Playwright context, for CDP measurements in benchmarks. */
  chromiumContext?: BrowserContext;
}

export interface LaunchOptions {
  /** Reuse a profile folder (for restart tests); a fresh one otherwise. */
  profileDir?: string;
  /** Load the extension (default). Benchmarks turn it off for a baseline. */
  extension?: boolean;
  /**
   * Chromium only: the browser's UI language (`--lang`, and the matching page locale), e.g. 'es'
   * or 'ar'. Debian's chromium needs the chromium-l10n package for it to reach i18n.getMessage.
   */
  lang?: string;
  /** The `prefers-color-scheme` pages and the popup see (the system's setting otherwise). */
  colorScheme?: 'light' | 'dark';
}

const BROWSER_OWN_HOST = /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net)(?::\d+)?$/;

const ALLOWED_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'];

function isForeign(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (ALLOWED_SCHEMES.includes(parsed.protocol)) return false;
    return parsed.host !== UPWORK_HOST;
  } catch {
    return true;
  }
}

function absolute(pathOrUrl: string): string {
  return /^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : `https://${UPWORK_HOST}${pathOrUrl}`;
}

/** Chromium derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits, 0-f → a-p. */
export function chromiumExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const DEEP_QUERY = `(${function deepQuery(selector: string): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  while (roots.length) {
    const root = roots.shift()!;
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return null;
}.toString()})`;

/**
 * The centre of the element, once it has stopped moving: a page still laying out (a long room
 * scrolling to its end, a notice inserted into the message list above the composer) would
 * otherwise take the click somewhere else.
 */
async function centreOf(evaluate: PageDriver['evaluate'], findSource: string, arg: unknown) {
  let last = await centreOnce(evaluate, findSource, arg);
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await centreOnce(evaluate, findSource, arg);
    if (Math.abs(next.x - last.x) < 0.5 && Math.abs(next.y - last.y) < 0.5) return next;
    last = next;
  }
  return last;
}

/**
 * Whether a click meant for an editable element left it without focus: the page moved between
 * measuring and clicking (a notice rendered late into the list above the composer), so the typing
 * that follows would go nowhere. Non-editable targets are never retried (a click may remove them).
 */
async function missedEditable(evaluate: PageDriver['evaluate'], findSource: string, arg: unknown): Promise<boolean> {
  return evaluate(
    ([source, argument]: [string, unknown]) => {
      // eslint-disable-next-line no-new-func
      const find = new Function('arg', `return (${source})(arg)`) as (a: unknown) => Element | null;
      const element = find(argument);
      if (!element) return false;
      const editable = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || (element as HTMLElement).isContentEditable;
      if (!editable) return false;
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return !(active && (element === active || element.contains(active)));
    },
    [findSource, arg] as [string, unknown],
  );
}

/** Clicks the element's centre; retries while an editable target did not take the focus. */
async function clickStable(
  evaluate: PageDriver['evaluate'],
  findSource: string,
  arg: unknown,
  clickAt: (x: number, y: number) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const { x, y } = await centreOf(evaluate, findSource, arg);
    await clickAt(x, y);
    if (attempt >= 4 || !(await missedEditable(evaluate, findSource, arg))) return;
  }
}

async function centreOnce(evaluate: PageDriver['evaluate'], findSource: string, arg: unknown) {
  const box = await evaluate(
    ([source, argument]: [string, unknown]) => {
      // eslint-disable-next-line no-new-func
      const find = new Function('arg', `return (${source})(arg)`) as (a: unknown) => Element | null;
      const element = find(argument);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [findSource, arg] as [string, unknown],
  );
  if (!box) throw new Error(`clickWhere: nothing found by ${findSource.slice(0, 120)}`);
  return box;
}

function wrapPlaywright(target: PwPage | PwFrame, page: PwPage): PageDriver {
  const driver: PageDriver = {
    async goto(pathOrUrl) {
      await target.goto(absolute(pathOrUrl), { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await target.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
      return (await handle.jsonValue()) as never;
    },
    click: (selector) => driver.clickWhere(new Function('s', `return ${DEEP_QUERY}(s)`) as never, selector),
    async clickWhere(find, arg) {
      const offset = 'parentFrame' in target && target.parentFrame() ? await frameOffset(target as PwFrame) : { x: 0, y: 0 };
      await clickStable(driver.evaluate, find.toString(), arg, (x, y) => page.mouse.click(x + offset.x, y + offset.y));
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    uploadFile: (selector, filePath) => target.locator(selector).setInputFiles(filePath),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async frame(urlPart) {
      const frame = await pollFor(() => page.frames().find((f) => f.url().includes(urlPart)));
      return wrapPlaywright(frame, page);
    },
    async screenshot(file) {
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  };
  return driver;
}

async function frameOffset(frame: PwFrame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  return { x: box?.x ?? 0, y: box?.y ?? 0 };
}

async function pollFor<T>(get: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('pollFor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function wrapPuppeteer(target: PpPage | PpFrame, page: PpPage): PageDriver {
  const driver: PageDriver = {
    async goto(pathOrUrl) {
      await target.goto(absolute(pathOrUrl), { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => (target.evaluate as (f: unknown, a: unknown) => Promise<never>)(fn, arg),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await (target.waitForFunction as (f: unknown, o: unknown, a: unknown) => Promise<{ jsonValue(): Promise<unknown> }>)(
        fn,
        { timeout: timeoutMs, polling: 50 },
        arg,
      );
      return (await handle.jsonValue()) as never;
    },
    click: (selector) => driver.clickWhere(new Function('s', `return ${DEEP_QUERY}(s)`) as never, selector),
    async clickWhere(find, arg) {
      let offset = { x: 0, y: 0 };
      if (target !== page) {
        const element = await (target as PpFrame).frameElement();
        const box = await element?.boundingBox();
        offset = { x: box?.x ?? 0, y: box?.y ?? 0 };
      }
      await clickStable(driver.evaluate, find.toString(), arg, (x, y) => page.mouse.click(x + offset.x, y + offset.y));
    },
    type: (text) => page.keyboard.type(text),
    async uploadFile(selector, filePath) {
      const input = await target.$(selector);
      if (!input) throw new Error(`uploadFile: no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(filePath);
    },
    async reload() {
      void page.reload().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settled(page, 'moz-extension:');
    },
    async press(combo) {
      // Playwright takes "Shift+Enter"; puppeteer wants the modifiers held by hand.
      const keys = combo.split('+');
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
    },
    async frame(urlPart) {
      const frame = await pollFor(() => page.frames().find((f) => f.url().includes(urlPart)));
      return wrapPuppeteer(frame, page);
    },
    async screenshot(file) {
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
  return driver;
}

/**
 * Waits until a Firefox page at `urlPrefix` has loaded and rendered something. A wait that runs
 * while the page is still swapping documents fails with a protocol error, so it is retried until
 * the deadline.
 */
async function settled(page: PpPage, urlPrefix: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(
        (prefix: string) => location.href.startsWith(prefix) && document.readyState === 'complete' && (document.body?.childElementCount ?? 0) > 0,
        { timeout: 2_000, polling: 50 },
        urlPrefix,
      );
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`${urlPrefix} page did not load in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function requireBrowser(name: BrowserName): string {
  const path = browserPath(name);
  if (!existsSync(path)) {
    const hint = name === 'chromium' ? 'apt-get install -y chromium' : 'apt-get install -y firefox-esr';
    throw new Error(`${name} not found at ${path}. Install it (${hint}) or point PCG_${name === 'chromium' ? 'CHROMIUM' : 'FIREFOX'} at a binary.`);
  }
  return path;
}

async function launchChromium(options: LaunchOptions): Promise<BrowserSession> {
  const executablePath = requireBrowser('chromium');
  const certificate = ensureCertificate();
  const server = await startFixtureServer(certificate);
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'pcg-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ...(options.lang ? { locale: options.lang } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.extension === false ? [] : [`--disable-extensions-except=${CHROME_EXT}`, `--load-extension=${CHROME_EXT}`]),
      `--host-resolver-rules=MAP ${UPWORK_HOST}:443 127.0.0.1:${server.port}`,
      `--ignore-certificate-errors-spki-list=${certificate.spkiHash}`,
    ],
  });
  const extensionId = chromiumExtensionId(CHROME_EXT);
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    if (isForeign(request.url())) foreignRequests.push(request.url());
  });
  const watch = (page: PwPage) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  if (options.extension !== false) {
    await closeWelcomeTab(async () => {
      const welcome = context.pages().filter((page) => page.url().includes(WELCOME_PAGE));
      await Promise.all(welcome.map((page) => page.close()));
      return welcome.length > 0;
    });
  }
  return {
    name: 'chromium',
    chromiumContext: context,
    foreignRequests,
    consoleErrors,
    async newPage() {
      const page = await context.newPage();
      return wrapPlaywright(page, page);
    },
    async openPopup(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return wrapPlaywright(page, page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrapPlaywright(page, page);
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(options: LaunchOptions): Promise<BrowserSession> {
  const executablePath = requireBrowser('firefox');
  const certificate = ensureCertificate();
  const server: FixtureServer = await startFixtureServer(certificate);
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  // The proxy sees the whole browser's traffic; Firefox's own services (remote settings, updates)
  // talk to Mozilla's hosts, which no extension code of ours ever names.
  const proxy: ConnectProxy = await startConnectProxy(server.port, (host) => {
    if (!BROWSER_OWN_HOST.test(host)) foreignRequests.push(`proxy:${host}`);
  });
  const profile = options.profileDir;
  // The moz-extension:// origin (and with it storage.local) is keyed by this uuid: keep it per profile.
  const uuid = profile ? stableUuid(profile) : randomUUID();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // The add-on is installed as a temporary one at each launch; a real install keeps its data.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // 0 = dark, 1 = light (for pages and extension pages alike).
      ...(options.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0 }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_EXT);
  await closeWelcomeTab(async () => {
    const welcome = (await browser.pages()).filter((page) => page.url().includes(WELCOME_PAGE));
    await Promise.all(welcome.map((page) => page.close()));
    return welcome.length > 0;
  });
  const watch = (page: PpPage) => {
    page.on('request', (request) => {
      if (isForeign(request.url())) foreignRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${String(error)}`));
  };
  return {
    name: 'firefox',
    foreignRequests,
    consoleErrors,
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      return wrapPuppeteer(page, page);
    },
    async openPopup(query = '') {
      const page = await browser.newPage();
      watch(page);
      // puppeteer's goto never resolves for moz-extension pages: start it and wait for the app.
      void page.goto(`moz-extension://${uuid}/popup.html${query}`).catch(() => undefined);
      await settled(page, 'moz-extension:');
      return wrapPuppeteer(page, page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
      await settled(page, 'moz-extension:');
      return wrapPuppeteer(page, page);
    },
    async close() {
      await closeFirefox(browser);
      await proxy.close();
      await server.close();
    },
  };
}

/** How long Firefox gets to shut down over WebDriver BiDi before its process is killed. */
const FIREFOX_CLOSE_MS = 20_000;

/**
 * browser.close(), or the process killed when it does not return in time: a Firefox shutdown that
 * hangs once in many runs (seen once in `npm test`, the popup file's afterAll timing out at 120 s
 * after all its tests passed) must not fail a green run. Says so on stderr when it had to kill.
 */
async function closeFirefox(browser: PpBrowser): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = await Promise.race([
    browser.close().then(() => true, () => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), FIREFOX_CLOSE_MS))),
  ]);
  clearTimeout(timer);
  if (closed) return;
  console.warn(`firefox did not close within ${FIREFOX_CLOSE_MS} ms: killing it`);
  browser.process()?.kill('SIGKILL');
}

const WELCOME_PAGE = '/welcome.html';
/** A fresh install opens the welcome page within about a second; a relaunched profile never does. */
const WELCOME_WAIT_MS = 5_000;

/**
 * Closes the tab a fresh install opens (tests/e2e/welcome.e2e.ts checks that tab itself), so it
 * cannot take focus from a test's page halfway through typing.
 */
async function closeWelcomeTab(closeIfOpen: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    if (await closeIfOpen()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
