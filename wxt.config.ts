import { defineConfig } from 'wxt';

const GECKO_ID = 'pre-contract-guard@pcg.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  manifest: ({ browser }) => ({
    name: 'Pre-Contract Guard',
    description:
      'Warns you on Upwork before a message takes the conversation, contact details or payment off the platform too early.',
    permissions: ['storage'],
    host_permissions: ['https://www.upwork.com/*'],
    action: { default_title: 'Pre-Contract Guard' },
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
