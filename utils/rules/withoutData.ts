/**
 * The engine without its data, as the extension's guard core loads it: `analyze()` finds nothing
 * until `installEngineData()` has been given the data (data.ts says why it is apart). The benches
 * and data.test.ts bundle this same entry.
 *
 * @example installEngineData(await (await fetch(url)).json()); analyze('text me on WhatsApp')
 */
export { analyze } from './engine';
export type { AnalyzeContext, Category, Finding, Relationship } from './engine';
export { installEngineData, type EngineData } from './data';
