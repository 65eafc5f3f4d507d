import { defineConfig } from 'wxt';
import type { Entrypoint } from 'wxt';
import { BUNDLED_ENGINE_DATA } from './utils/rules/bundledData';
import { ENGINE_DATA_FILE, engineDataAsset } from './utils/rules/data';

const GECKO_ID = 'pre-contract-guard@pcg.dev';

// See https://wxt.dev/api/config.html
/**
 * The content scripts run on every Upwork page load, and all they use of the extension APIs is
 * `runtime.getURL` and `runtime.onMessage` with `sendResponse`, which behave the same natively in
 * Chrome and Firefox. Built against the browser's own namespace (WXT's `@wxt-dev/browser`) they
 * do not parse and build webextension-polyfill's wrapper on each load: 18 → 8 KB, and the job
 * feed's cost per load went from 11–12 to 7–9 ms in Chromium (tests/bench/page-load.bench-e2e.ts).
 * The guard core, the popup, the welcome page and the background keep the polyfill.
 */
function useNativeBrowserNamespace(entrypoints: readonly Entrypoint[], viteConfig: { resolve?: { alias?: unknown } }): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  viteConfig.resolve ??= {};
  const alias = viteConfig.resolve.alias;
  if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' });
  else viteConfig.resolve.alias = { ...(alias as Record<string, string> | undefined), 'wxt/browser': '@wxt-dev/browser' };
}

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': useNativeBrowserNamespace,
    // The rule engine's data as a JSON file beside the guard core, which fetches it instead of
    // compiling it as string literals (utils/rules/data.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: ENGINE_DATA_FILE.slice(1), contents: engineDataAsset(BUNDLED_ENGINE_DATA) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(ENGINE_DATA_FILE);
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  // `npm run zip`: the sources zip Mozilla's review asks for. WXT already leaves out node_modules,
  // .output, dot-folders and *.test.* files; the tests' corpora and fixtures and the README's
  // screenshots are not needed to build either. store/firefox-review.md says how to build it.
  zip: {
    excludeSources: ['tests/**', 'assets/*.png'],
  },
  manifest: ({ browser }) => ({
    // Name and description come from locales/<lang>.json (WXT's @wxt-dev/i18n writes _locales/).
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['storage'],
    host_permissions: ['https://www.upwork.com/*'],
    action: { default_title: 'Pre-Contract Guard' },
    // The guard core and the rule engine's data, read by the content script only on pages with a
    // composer or a message list; offered to upwork.com alone, under a per-session URL where the
    // browser supports it.
    web_accessible_resources:
      browser === 'firefox'
        ? ['guard-core.js', ENGINE_DATA_FILE.slice(1)]
        : [{ resources: ['guard-core.js', ENGINE_DATA_FILE.slice(1)], matches: ['https://www.upwork.com/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
