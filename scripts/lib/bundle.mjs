// Bundles a TypeScript entry of the project with esbuild (the same way the team's scorer does) and
// imports it. With `rulesOnly`, the engine's verifier hook is replaced by a pass-through, so the
// rules can be measured (and used to seed training) without the verifier.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const passThrough = {
  name: 'rules-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/verifier(\/index)?$/ }, (args) =>
      args.importer.endsWith(join('utils', 'rules', 'engine.ts')) ? { path: 'verifier-off', namespace: 'rules-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'rules-only' }, () => ({
      // The rules' quiet spans (values they explained away) and the text the verifier reads (the
      // message with quoted work text blanked) are kept for the tuner: at run time the verifier reads
      // that text and adds nothing over those spans, so the tuner must score the same.
      contents: 'export function verify(text, findings, known, quiet) { globalThis.__pcgRulesQuiet = quiet ?? []; globalThis.__pcgRulesText = text; return findings; }',
      loader: 'js',
    }));
  },
};

/** Bundles and imports `entry` (a path relative to the project root). */
export async function load(entry, { rulesOnly = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pcg-bundle-'));
  const out = join(dir, 'bundle.mjs');
  try {
    await esbuild.build({
      entryPoints: [join(root, entry)],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: out,
      absWorkingDir: root,
      logLevel: 'error',
      loader: { '.bin': 'binary', '.wasm': 'binary', '.txt': 'text' },
      plugins: rulesOnly ? [passThrough] : [],
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The rules' findings of `text`, the spans they explained away (QuietSpan) and the text the verifier
 * reads (`seen`: `text` with quoted work text blanked, same length), from an engine loaded with
 * `rulesOnly`.
 */
export function rulesOf(engine, text) {
  globalThis.__pcgRulesQuiet = [];
  globalThis.__pcgRulesText = undefined;
  const findings = engine.analyze(text);
  return { findings, quiet: globalThis.__pcgRulesQuiet ?? [], seen: globalThis.__pcgRulesText ?? text };
}

/**
 * rulesOf(engine, ·) for items, cached by text (training and tuning ask for the same texts).
 *
 * @example const rules = cachedRules(engine); rules({ text: 'ping me on wa' }).findings
 */
export function cachedRules(engine) {
  const cache = new Map();
  return (item) => {
    let r = cache.get(item.text);
    if (!r) cache.set(item.text, (r = rulesOf(engine, item.text)));
    return r;
  };
}
