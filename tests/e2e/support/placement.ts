/**
 * Where the warning card sits against its composer, measured in the page (runs in the browser:
 * self-contained, no imports).
 */
export interface CardPlacementFacts {
  /** The card's alert is fully inside the viewport. */
  cardInView: boolean;
  /** The card overlaps the composer's wrapper (its text or the Send button). */
  coversComposer: boolean;
  /** The composer's wrapper is fully inside the viewport. */
  composerInView: boolean;
}

export function cardPlacement(): CardPlacementFacts {
  const alert = document.querySelector('pcg-warning')?.shadowRoot?.querySelector('[role="alert"]');
  const composer = document.querySelector('.up-d-composer');
  if (!alert || !composer) return { cardInView: false, coversComposer: false, composerInView: false };
  const card = alert.getBoundingClientRect();
  const box = composer.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const inView = (r: DOMRect) => r.width > 0 && r.height > 0 && r.top >= -0.5 && r.left >= -0.5 && r.bottom <= height + 0.5 && r.right <= width + 0.5;
  const overlap = card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom;
  return { cardInView: inView(card), coversComposer: overlap, composerInView: inView(box) };
}
