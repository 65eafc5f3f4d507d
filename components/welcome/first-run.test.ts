import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnce, shouldOpenWelcome, WELCOME_PATH, type FirstRunApi } from './first-run';

describe('shouldOpenWelcome', () => {
  it('opens the page on a fresh install, temporary (Firefox about:debugging) or not', () => {
    expect(shouldOpenWelcome({ reason: 'install' }, false)).toBe(true);
    expect(shouldOpenWelcome({ reason: 'install', temporary: true }, false)).toBe(true);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update', '', 'INSTALL'])('does nothing on %j', (reason) => {
    expect(shouldOpenWelcome({ reason }, false)).toBe(false);
  });

  it('does nothing once the page was shown in this profile', () => {
    expect(shouldOpenWelcome({ reason: 'install' }, true)).toBe(false);
  });

  it('does nothing without details', () => {
    expect(shouldOpenWelcome(undefined, false)).toBe(false);
    expect(shouldOpenWelcome(null, false)).toBe(false);
  });
});

function fakeApi(marker: unknown, readFails = false): FirstRunApi & { stored: () => unknown } {
  let value = marker;
  return {
    stored: () => value,
    readMarker: vi.fn(() => (readFails ? Promise.reject(new Error('no storage')) : Promise.resolve(value))),
    writeMarker: vi.fn(async () => {
      value = true;
    }),
    openTab: vi.fn(async () => undefined),
  };
}

describe('openWelcomeOnce', () => {
  it('opens welcome.html and remembers it on the first install', async () => {
    const api = fakeApi(undefined);
    expect(await openWelcomeOnce({ reason: 'install' }, api)).toBe(true);
    expect(api.openTab).toHaveBeenCalledExactlyOnceWith(WELCOME_PATH);
    expect(api.stored()).toBe(true);
  });

  it('opens nothing on a second install event in the same profile (a --load-extension restart)', async () => {
    const api = fakeApi(undefined);
    await openWelcomeOnce({ reason: 'install' }, api);
    expect(await openWelcomeOnce({ reason: 'install' }, api)).toBe(false);
    expect(api.openTab).toHaveBeenCalledTimes(1);
  });

  it('opens nothing on an update and does not touch storage', async () => {
    const api = fakeApi(undefined);
    expect(await openWelcomeOnce({ reason: 'update' }, api)).toBe(false);
    expect(api.readMarker).not.toHaveBeenCalled();
    expect(api.openTab).not.toHaveBeenCalled();
  });

  it('still opens the page when storage cannot be read', async () => {
    const api = fakeApi(undefined, true);
    expect(await openWelcomeOnce({ reason: 'install' }, api)).toBe(true);
  });

  it('ignores a marker that is not exactly true', async () => {
    expect(await openWelcomeOnce({ reason: 'install' }, fakeApi('yes'))).toBe(true);
  });

  it('points at the built welcome page', () => {
    expect(WELCOME_PATH).toBe('/welcome.html');
  });
});
