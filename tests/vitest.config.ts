/**
 * Test configuration. Lives in tests/ to keep the top level to the project's fixed layout, so
 * every vitest call passes `--config tests/vitest.config.ts` (the npm scripts do).
 *
 * Two projects:
 * - unit: pure modules and React components, with WXT's fake browser (`wxt/browser` → fakeBrowser).
 * - e2e: the built extension in real Chromium and Firefox (tests/e2e), one file at a time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    reporters: ['default', ['json', { outputFile: 'tests/.artifacts/vitest-report.json' }]],
    projects: [
      {
        root,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['utils/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          benchmark: { include: ['utils/**/*.bench.ts', 'tests/bench/**/*.bench.ts'] },
          environment: 'node',
          // A hang guard, not a speed check: the vocabulary compile and the property tests take a
          // few seconds alone and passed the 5 s default under load (speed is in npm run bench).
          testTimeout: 30_000,
          setupFiles: ['tests/unit/engine-data.setup.ts'],
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          environment: 'node',
        },
      },
      {
        root,
        test: {
          name: 'bench-e2e',
          include: ['tests/bench/**/*.bench-e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          environment: 'node',
        },
      },
    ],
  },
});
