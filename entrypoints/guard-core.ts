/**
 * Built as `guard-core.js`, a web-accessible file offered to upwork.com only, which the content
 * script's loader imports when a page needs guarding. Evaluating it registers the core on the
 * content script's own global (its isolated world, which page scripts cannot see).
 */
import { defineUnlistedScript } from '#imports';
import { startCore } from './upwork.content/core';
import { CORE_GLOBAL } from './upwork.content/core-contract';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CORE_GLOBAL] = startCore;
});
