/**
 * The engine's data, kept apart from its code: the compiled vocabulary (generated/vocabulary.ts),
 * libphonenumber-js's metadata (generated/phoneMetadata.ts) and the verifier's weights
 * (verifier/weights.generated.ts), together about 700 KB.
 *
 * Why apart: a JavaScript engine scans every byte of a module's source when it compiles it, and
 * 700 KB of string literals cost more than all of the engine's code; read as JSON they cost about
 * as much again, but in a task of their own, fetched while the code loads. `index.ts` installs the copies
 * bundled with it (Node, the tests, the scorer, the welcome page); the extension's guard core
 * imports `withoutData.ts` (engine.ts and the installer) and installs the same data read from the package as JSON
 * (`engine-data.json`, written by the build from `engineDataAsset()`), fetched while its code
 * loads. Install once, before the first `analyze()`: what is built from the data is kept.
 *
 * @example installEngineData(await (await fetch(browser.runtime.getURL('/engine-data.json'))).json());
 */
import type { PackedModel } from './verifier/model';

export interface EngineData {
  /** The compiled vocabulary: generated/vocabulary.ts's JSON text, or the object it parses to. */
  vocabulary: string | object;
  /** libphonenumber-js "min" metadata: JSON text, or the object it parses to. */
  phoneMetadata: string | object;
  /** The verifier's packed weights and thresholds. */
  weights: PackedModel;
}

/** The file the extension's build writes the data to (see wxt.config.ts). */
export const ENGINE_DATA_FILE = '/engine-data.json';

let installed: EngineData | undefined;

/** Gives the engine its data. Until then `analyze()` finds nothing (it never throws). */
export function installEngineData(data: EngineData): void {
  installed = data;
}

/** The installed data; throws when none is (callers run inside analyze()'s guard). */
export function engineData(): EngineData {
  if (installed === undefined) throw new Error('rule engine: no data installed');
  return installed;
}

/** Whether data has been installed. */
export function hasEngineData(): boolean {
  return installed !== undefined;
}

/** A data field as an object: parsed when it is JSON text. */
export function parsedField<T>(field: string | object): T {
  return (typeof field === 'string' ? JSON.parse(field) : field) as T;
}

/**
 * The data as one JSON document: what the build writes to ENGINE_DATA_FILE. The vocabulary and
 * the metadata stay JSON text inside it, as in the bundled modules: reading the document is then
 * one scan of a few long strings, and each is parsed into objects on the first analyze() that
 * needs it (as objects, the document took 27 ms to parse in Node, more than compiling it).
 *
 * @example engineDataAsset({ vocabulary: VOCABULARY_JSON, phoneMetadata: PHONE_METADATA_JSON, weights: WEIGHTS })
 */
export function engineDataAsset(data: EngineData): string {
  const asText = (field: string | object): string => (typeof field === 'string' ? field : JSON.stringify(field));
  return JSON.stringify({ vocabulary: asText(data.vocabulary), phoneMetadata: asText(data.phoneMetadata), weights: data.weights });
}
