/**
 * Where the warning card floats, in viewport coordinates. Upwork pins the composer to the bottom
 * of the room pane, so the card goes ABOVE the composer, matching its width; it covers part of the
 * message list, never the composer's text or Send, and never moves the editor (it is out of the
 * page's flow). Below the composer only when there is no room above (a composer at the top of a
 * form, such as a cover letter).
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  /** Hidden while its composer is out of view (scrolled away, display:none). */
  visible: boolean;
  top: number;
  left: number;
  width: number;
  /** Taller cards scroll inside themselves rather than spill off screen. */
  maxHeight: number;
  side: 'above' | 'below';
}

/** Space kept between the card and the composer, and from the viewport's edges. */
export const GAP = 8;
/** Narrowest card that stays readable; a narrower composer gets a card this wide. */
export const MIN_WIDTH = 280;

/**
 * @param anchor the composer's wrapper (its text and Send button), from getBoundingClientRect()
 * @param cardHeight the card's natural height
 * @example placeCard({ top: 600, left: 20, width: 500, height: 120 }, 180, { width: 1280, height: 800 })
 * // → { visible: true, top: 412, left: 20, width: 500, maxHeight: 592, side: 'above' }
 */
export function placeCard(anchor: Box, cardHeight: number, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.min(Math.max(anchor.width, MIN_WIDTH), Math.max(viewport.width - 2 * GAP, 0));
  const left = clamp(anchor.left, GAP, viewport.width - GAP - width);
  const anchorBottom = anchor.top + anchor.height;
  const visible = anchor.width > 0 && anchor.height > 0 && anchorBottom > 0 && anchor.top < viewport.height;
  const roomAbove = Math.max(anchor.top - 2 * GAP, 0);
  const roomBelow = Math.max(viewport.height - anchorBottom - 2 * GAP, 0);
  if (cardHeight <= roomAbove || roomAbove >= roomBelow) {
    const height = Math.min(cardHeight, roomAbove);
    return { visible, top: anchor.top - GAP - height, left, width, maxHeight: roomAbove, side: 'above' };
  }
  return { visible, top: anchorBottom + GAP, left, width, maxHeight: roomBelow, side: 'below' };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
