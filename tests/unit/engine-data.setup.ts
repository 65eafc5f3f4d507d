/**
 * Unit tests import the engine's modules one by one, not through utils/rules/index.ts: give them
 * the bundled data first, as index.ts does (utils/rules/data.ts says why the data is apart).
 */
import { BUNDLED_ENGINE_DATA } from '@/utils/rules/bundledData';
import { installEngineData } from '@/utils/rules/data';

installEngineData(BUNDLED_ENGINE_DATA);
