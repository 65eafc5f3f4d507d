#!/usr/bin/env node
/**
 * `npm run store-assets`: the store listing's images, rendered from the BUILT extension in real
 * Chromium on the e2e fixture pages (served as https://www.upwork.com/ on this machine):
 * 1280×800 screenshots of the card on a room, the held send, the incoming notice, the popup and
 * the welcome page, and a 440×280 promo tile, into .output/store/. Not part of `npm test`.
 *
 * The work is in scripts/store-assets/main.ts, which reuses tests/e2e/support; this file bundles
 * it with esbuild (packages stay external) and runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/.artifacts/store-assets.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/store-assets/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: out,
  logLevel: 'error',
  // The support code finds the repository from its own URL: keep it pointing at the sources.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'tests/e2e/support/paths.ts')).href) },
});
execFileSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
