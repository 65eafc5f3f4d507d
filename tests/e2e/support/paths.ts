/** Where the e2e harness keeps what it builds and generates (git-ignored, outside zips). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'tests/.artifacts');
export const CERT_DIR = join(ARTIFACTS, 'cert');
export const FIXTURE_BUILD = join(ARTIFACTS, 'fixtures');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
export const FIXTURE_SRC = join(ROOT, 'tests/e2e/fixtures');
export const CHROME_EXT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = join(ROOT, '.output/firefox-mv2');

/** The fixture pages pretend to be this host; both browsers map it to the local server. */
export const UPWORK_HOST = 'www.upwork.com';
export const GECKO_ID = 'pre-contract-guard@pcg.dev';
