/**
 * Everything that draws with React: the card and the incoming notice. The guard core imports this
 * module only when it first has something to draw (see ui-loader.ts), so a page whose messages
 * and composer never need a card does not evaluate React at all.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { IncomingNotice, type IncomingNoticeProps } from '@/components/warning/IncomingNotice';
import { WarningCard, type WarningCardProps } from '@/components/warning/WarningCard';

export type { Root };

export { createRoot };

/** Draws the card (or nothing) into `root` now, so it can be measured and placed in this task. */
export function drawCard(root: Root, props: WarningCardProps | null): void {
  flushSync(() => root.render(props ? createElement(WarningCard, props) : null));
}

/** Draws an incoming notice into `root` now, inside the slice that found it. */
export function drawNotice(root: Root, props: IncomingNoticeProps): void {
  flushSync(() => root.render(createElement(IncomingNotice, props)));
}
