/**
 * The top frame of every Upwork page. Embedded frames get the script only when they are a room or
 * a proposal (entrypoints/upwork-frames.content.ts), so the dozens of other frames a page can hold
 * cost nothing.
 */
import { defineContentScript } from '#imports';
import { runContentScript } from './run';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
