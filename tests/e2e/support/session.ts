/** One browser session per describe block: launched before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type BrowserSession } from './browsers';

/**
 * @example
 * describe.each(BROWSERS)('%s: …', (name) => {
 *   const session = useBrowserSession(name);
 *   it('…', async () => { const page = await session().newPage(); });
 * });
 */
export function useBrowserSession(name: BrowserName): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error(`${name} did not launch`);
    return session;
  };
}
