/**
 * Runs once before the e2e files: checks both browsers are installed, builds the extension for
 * Chrome and Firefox (production build, unless `npm test` already did: PCG_PREBUILT=1), bundles the
 * fixture pages' scripts (the real TipTap editor) and makes the HTTPS certificate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { browserPath, BROWSERS } from './support/browsers';
import { ensureCertificate } from './support/cert';
import { CHROME_EXT, FIREFOX_EXT, FIXTURE_BUILD, FIXTURE_SRC, ROOT } from './support/paths';

function assertBrowsersInstalled(): void {
  const missing = BROWSERS.filter((name) => !existsSync(browserPath(name)));
  if (missing.length) {
    throw new Error(
      `E2E tests need real browsers; missing: ${missing.map((name) => `${name} (${browserPath(name)})`).join(', ')}.\n` +
        'Install them with: apt-get update && apt-get install -y chromium firefox-esr\n' +
        '(or set PCG_CHROMIUM / PCG_FIREFOX to their binaries).',
    );
  }
}

/** vitest sets NODE_ENV=test; a WXT build under it bundles React's dev JSX runtime with production React and the UI never renders. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

function buildExtension(): void {
  const prebuilt = process.env.PCG_PREBUILT === '1' && existsSync(join(CHROME_EXT, 'manifest.json')) && existsSync(join(FIREFOX_EXT, 'manifest.json'));
  if (prebuilt) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, env: buildEnvironment(), stdio: ['ignore', 'ignore', 'inherit'] });
}

async function bundleFixtures(): Promise<void> {
  await build({
    entryPoints: [join(FIXTURE_SRC, 'messages-app.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outdir: FIXTURE_BUILD,
    logLevel: 'error',
  });
}

export default async function setup(): Promise<void> {
  assertBrowsersInstalled();
  buildExtension();
  await bundleFixtures();
  ensureCertificate();
}
