/**
 * Frames that are themselves a Messages room or a proposal, such as the room embedded in a
 * submitted proposal's page. The top frame has its own entry (upwork.content).
 */
import { defineContentScript } from '#imports';
import { runContentScript } from './upwork.content/run';

export default defineContentScript({
  matches: [
    'https://www.upwork.com/ab/messages/rooms/*',
    'https://www.upwork.com/nx/wm/workroom/*',
    'https://www.upwork.com/nx/proposals/*',
    'https://www.upwork.com/ab/proposals/*',
  ],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) runContentScript(ctx);
  },
});
