import { defineConfig } from 'wxt';

const GECKO_ID = 'pre-contract-guard@pcg.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
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
    // The guard core, imported by the content script only on pages with a composer or a message
    // list; offered to upwork.com alone, under a per-session URL where the browser supports it.
    web_accessible_resources:
      browser === 'firefox'
        ? ['guard-core.js']
        : [{ resources: ['guard-core.js'], matches: ['https://www.upwork.com/*'], use_dynamic_url: true }],
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
