/**
 * The engine's data apart from its code (data.ts): the guard core's engine (engine.ts, bundled
 * alone) carries none of it, finds nothing until data is installed, and with the data the build
 * writes (engineDataAsset, parsed as the content script parses engine-data.json) finds exactly
 * what the engine with bundled data finds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ENGINE_DATA } from './bundledData';
import { engineDataAsset, type EngineData } from './data';
import { analyze as analyzeWithBundledData } from './index';
import type { AnalyzeContext, Finding } from './types';

interface EngineModule {
  analyze(text: string, context?: AnalyzeContext): Finding[];
  installEngineData(data: EngineData): void;
}

const project = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(mkdtempSync(join(tmpdir(), 'engine-alone-')), 'engine-alone.cjs');
// What the guard core bundles: withoutData.ts, not index.ts.
await build({
  entryPoints: [join(project, 'utils/rules/withoutData.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile,
  absWorkingDir: project,
  logLevel: 'error',
});
const engineAlone = createRequire(import.meta.url)(outfile) as EngineModule;

const MESSAGES = [
  'text me on WhatsApp at +44 7700 900431 tonight',
  'my email is dana.lee88@gmail.com, write me there',
  'I can pay you via PayPal directly to avoid the fee',
  'wh@tsapp me: four one five, five five five, zero one nine two',
  '加我微信 shopee_amy88 聊',
  'We need a Zoom SDK integration for the telehealth app.',
  'Thanks! I will send the first draft here on Friday.',
];

describe('engine data apart from the code', () => {
  it('the engine bundled alone carries none of the data', () => {
    const code = readFileSync(outfile, 'utf8');
    // The code alone, unminified, is about 550 KB (stop 29); the data is about 650 KB of JSON more,
    // so the bound still catches the data leaking into the code.
    expect(code.length).toBeLessThan(560_000);
    expect(code.includes(BUNDLED_ENGINE_DATA.weights.data.slice(0, 64))).toBe(false);
    expect(code.includes((BUNDLED_ENGINE_DATA.vocabulary as string).slice(0, 64))).toBe(false);
  });

  it('finds nothing, and does not throw, before data is installed', () => {
    for (const text of MESSAGES) expect(engineAlone.analyze(text)).toEqual([]);
  });

  it('with the data as the build writes it, finds what the engine with bundled data finds', () => {
    engineAlone.installEngineData(JSON.parse(engineDataAsset(BUNDLED_ENGINE_DATA)) as EngineData);
    const warned = MESSAGES.filter((text) => analyzeWithBundledData(text).length > 0);
    expect(warned.length).toBeGreaterThanOrEqual(5);
    for (const text of MESSAGES) expect(engineAlone.analyze(text), text).toEqual(analyzeWithBundledData(text));
  });

  it('the written asset holds the bundled vocabulary and metadata text and the weights unchanged', () => {
    const asset = JSON.parse(engineDataAsset(BUNDLED_ENGINE_DATA)) as { vocabulary: unknown; phoneMetadata: unknown; weights: unknown };
    expect(asset.vocabulary).toBe(BUNDLED_ENGINE_DATA.vocabulary);
    expect(asset.phoneMetadata).toBe(BUNDLED_ENGINE_DATA.phoneMetadata);
    expect(asset.weights).toEqual(BUNDLED_ENGINE_DATA.weights);
  });

  it('takes the vocabulary and metadata as objects too', () => {
    const parsed: EngineData = {
      vocabulary: JSON.parse(BUNDLED_ENGINE_DATA.vocabulary as string) as object,
      phoneMetadata: JSON.parse(BUNDLED_ENGINE_DATA.phoneMetadata as string) as object,
      weights: BUNDLED_ENGINE_DATA.weights,
    };
    expect(engineDataAsset(parsed)).toBe(engineDataAsset(BUNDLED_ENGINE_DATA));
  });
});
