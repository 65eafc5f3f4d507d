/**
 * The top frame of every Upwork page except those that are themselves a room, a workroom or a
 * proposal: those (top frame or embedded) get entrypoints/upwork-frames.content.ts instead, so no
 * page runs two copies and the dozens of other frames a page can hold cost nothing.
 */
import { defineContentScript } from '#imports';
import { GUARDED_PAGE_MATCHES } from './matches';
import { runContentScript } from './run';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  excludeMatches: [...GUARDED_PAGE_MATCHES],
  allFrames: false,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
