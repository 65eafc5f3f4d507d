/**
 * The engine's data as generated modules, for a bundle that carries it (see data.ts for why the
 * extension's guard core does not).
 */
import type { EngineData } from './data';
// The weights first: a bundle lays modules out in import order (see index.ts).
import { WEIGHTS } from './verifier/weights.generated';
import { PHONE_METADATA_JSON } from './generated/phoneMetadata';
import { VOCABULARY_JSON } from './generated/vocabulary';

export const BUNDLED_ENGINE_DATA: EngineData = { vocabulary: VOCABULARY_JSON, phoneMetadata: PHONE_METADATA_JSON, weights: WEIGHTS };
