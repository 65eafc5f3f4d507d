/**
 * What the loader and the on-demand core agree on. Kept apart from both so the loader's bundle
 * never pulls the core in.
 */
import type { PageReport } from '@/utils/messages';
import type { EngineData } from '@/utils/rules/data';

/** The property of the content script's own global (its isolated world) the core registers on. */
export const CORE_GLOBAL = '__pcgGuardCore';
/** The core's file in the extension package (entrypoints/guard-core.ts). */
export const CORE_FILE = '/guard-core.js';

/** What the core exposes once loaded. */
export interface CoreHandle {
  report(): PageReport;
  stop(): void;
}

/** The slice of WXT's ContentScriptContext used here: timers and listeners die with it. */
export interface GuardContext {
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): () => void;
  readonly isInvalid: boolean;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** `engineData`: the rule engine's data, fetched by the loader beside the core (utils/rules/data.ts). */
export type StartCore = (ctx: GuardContext, win: Window, doc: Document, engineData: EngineData) => CoreHandle;
