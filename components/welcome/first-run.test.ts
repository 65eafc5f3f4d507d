import { describe, expect, it } from 'vitest';
import { shouldOpenWelcome, WELCOME_PATH } from './first-run';

describe('shouldOpenWelcome', () => {
  it('opens the page on a fresh install, temporary (Firefox about:debugging) or not', () => {
    expect(shouldOpenWelcome({ reason: 'install' })).toBe(true);
    expect(shouldOpenWelcome({ reason: 'install', temporary: true })).toBe(true);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update', '', 'INSTALL'])('does nothing on %j', (reason) => {
    expect(shouldOpenWelcome({ reason })).toBe(false);
  });

  it('does nothing without details', () => {
    expect(shouldOpenWelcome(undefined)).toBe(false);
    expect(shouldOpenWelcome(null)).toBe(false);
  });

  it('points at the built welcome page', () => {
    expect(WELCOME_PATH).toBe('/welcome.html');
  });
});
