import { describe, expect, it } from 'vitest';
import { GAP, MIN_WIDTH, placeCard } from './placement';

const viewport = { width: 1280, height: 800 };
const overlaps = (a: { top: number; height: number }, b: { top: number; height: number }) => a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it('floats above a composer pinned to the bottom, as wide as the composer, without covering it', () => {
    const composer = { top: 680, left: 300, width: 700, height: 110 };
    const place = placeCard(composer, 200, viewport);
    expect(place).toMatchObject({ visible: true, side: 'above', left: 300, width: 700 });
    expect(place.top + 200).toBe(composer.top - GAP);
    expect(overlaps({ top: place.top, height: 200 }, composer)).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(0);
  });

  it('goes below a composer at the top of the page', () => {
    const composer = { top: 40, left: 20, width: 600, height: 200 };
    const place = placeCard(composer, 220, viewport);
    expect(place.side).toBe('below');
    expect(place.top).toBe(40 + 200 + GAP);
    expect(place.top + 220).toBeLessThanOrEqual(viewport.height);
  });

  it('limits its height to the room it has, so it never leaves the viewport', () => {
    const composer = { top: 300, left: 0, width: 500, height: 400 };
    const place = placeCard(composer, 600, viewport);
    expect(place.side).toBe('above');
    expect(place.top).toBeGreaterThanOrEqual(GAP - 0.001);
    expect(place.maxHeight).toBe(300 - 2 * GAP);
  });

  it('keeps a readable width and stays inside the viewport horizontally', () => {
    const place = placeCard({ top: 600, left: 1200, width: 60, height: 40 }, 100, viewport);
    expect(place.width).toBe(MIN_WIDTH);
    expect(place.left + place.width).toBeLessThanOrEqual(viewport.width - GAP);
  });

  it('is hidden while the composer is scrolled out of view or not rendered', () => {
    expect(placeCard({ top: 900, left: 0, width: 500, height: 100 }, 100, viewport).visible).toBe(false);
    expect(placeCard({ top: -200, left: 0, width: 500, height: 100 }, 100, viewport).visible).toBe(false);
    expect(placeCard({ top: 0, left: 0, width: 0, height: 0 }, 100, viewport).visible).toBe(false);
  });
});
