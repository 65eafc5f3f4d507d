/**
 * The rule engine with its data bundled in: what Node, the tests, the calibration scorer and the
 * welcome page import. `analyze(text, context)` is in engine.ts; the extension's guard core imports
 * engine.ts alone and installs the data it fetches from the package (data.ts says why).
 */
// The weights first: a bundle lays modules out in import order, and the largest string in the
// engine then comes before any non-ASCII text (see README.md, "Import cost").
import { BUNDLED_ENGINE_DATA } from './bundledData';
import { installEngineData } from './data';

installEngineData(BUNDLED_ENGINE_DATA);

export { analyze, analyzeRules } from './engine';
export type { AnalyzeContext, Category, Finding, Relationship } from './engine';
