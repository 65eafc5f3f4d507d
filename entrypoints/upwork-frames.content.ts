/**
 * Pages that are themselves a Messages room, a workroom or a proposal, whether the top frame or a
 * frame (such as the room embedded in a submitted proposal's page). Every other Upwork page's top
 * frame has its own entry (upwork.content), which excludes these URLs.
 */
import { defineContentScript } from '#imports';
import { GUARDED_PAGE_MATCHES } from './upwork.content/matches';
import { runContentScript } from './upwork.content/run';

export default defineContentScript({
  matches: [...GUARDED_PAGE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
