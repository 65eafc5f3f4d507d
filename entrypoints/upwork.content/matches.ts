/**
 * Pages that are themselves a Messages room, a contract workroom or a proposal, in any frame (a
 * submitted proposal embeds its room in an iframe). Match patterns for the manifest; the URL rules
 * proper live in utils/upwork/page-context.ts.
 */
export const GUARDED_PAGE_MATCHES = [
  'https://www.upwork.com/ab/messages/rooms/*',
  'https://www.upwork.com/nx/wm/workroom/*',
  'https://www.upwork.com/nx/proposals/*',
  'https://www.upwork.com/ab/proposals/*',
] as const;
