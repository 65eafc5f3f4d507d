/**
 * What the content script costs every Upwork page load (`npm run bench:e2e`), measured in real
 * Chromium: main-thread script time (CDP Performance.getMetrics ScriptDuration) from navigation
 * until the page has been idle for a while, with the extension minus without it, median of
 * LOADS loads each, on a page without a composer (the job feed) and on a Messages room. Also the
 * JS heap of 60 same-origin frames without composers, and the longest task while 40 hostile
 * incoming messages arrive. Written to tests/.artifacts/bench-load.json;
 * not asserted (timings vary by machine).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from '../e2e/support/browsers';
import { ARTIFACTS } from '../e2e/support/paths';

const LOADS = 5;
const SETTLE_MS = 2500;
const PAGES = {
  jobFeed: 'https://www.upwork.com/nx/find-work/',
  room: 'https://www.upwork.com/ab/messages/rooms/room_c4a7d1',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/** JS heap of a page holding 60 same-origin frames of the job feed (none has a composer). */
async function framesHeapMb(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(PAGES.jobFeed);
  await page.evaluate(() => {
    for (let i = 0; i < 60; i++) {
      const frame = document.createElement('iframe');
      frame.src = `/nx/find-work/?frame=${i}`;
      document.body.append(frame);
    }
  });
  await page.waitForTimeout(SETTLE_MS * 2);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
}

/**
 * The longest task while 40 hostile incoming messages (10,000 characters each of U+FDFA, which
 * NFKC expands 18-fold) arrive in a room: the incoming scan must slice its work.
 */
async function hostileIncomingLongestTaskMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(PAGES.room);
  await page.waitForSelector('.up-d-composer [contenteditable="true"]');
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.evaluate(() => {
    for (let i = 0; i < 40; i++) window.fixture.setIncoming('\uFDFA'.repeat(10_000));
  });
  await page.waitForTimeout(4000);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  await page.close();
  return longest;
}

async function measure(extension: boolean): Promise<Record<string, number>> {
  const session = await launch('chromium', { extension });
  const context = session.chromiumContext!;
  const figures: Record<string, number> = {};
  try {
    for (const [name, url] of Object.entries(PAGES)) {
      await scriptMs(context, url); // warm the caches once, like a returning user
      const runs: number[] = [];
      for (let i = 0; i < LOADS; i++) runs.push(await scriptMs(context, url));
      figures[`${name}ScriptMs`] = median(runs);
    }
    figures.sixtyFramesHeapMb = await framesHeapMb(context);
    figures.hostileIncomingLongestTaskMs = await hostileIncomingLongestTaskMs(context);
  } finally {
    await session.close();
  }
  return figures;
}

describe('page-load cost in Chromium', () => {
  it('measures script time per load with and without the extension, and the heap of 60 frames', async () => {
    const without = await measure(false);
    const withExtension = await measure(true);
    const figures: Record<string, number> = {};
    for (const key of Object.keys(without)) {
      figures[`${key} without`] = without[key]!;
      figures[`${key} with`] = withExtension[key]!;
      figures[`${key} extension cost`] = withExtension[key]! - without[key]!;
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'bench-load.json'), JSON.stringify(figures, null, 2));
    console.table(figures);
    expect(Number.isFinite(figures['jobFeedScriptMs extension cost'])).toBe(true);
  });
});
