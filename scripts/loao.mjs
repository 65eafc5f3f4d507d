#!/usr/bin/env node
// Leave-one-author-out cross-validation of the whole engine (rules + verifier): an honest proxy of
// how the verifier does on an author it has never seen (dev is the tuning split, so its figures
// overstate that).
//
//   node scripts/loao.mjs                               # every author of train + dev
//   node scripts/loao.mjs --options '{"l1":1}'          # any TrainOptions field, as train.mjs
//   node scripts/loao.mjs --authors w4,w8 --json out.json
//
// Authors: the `author` field of the written sets (w1…w9), each older held-out file as one author,
// and the quoted real messages (dev half) as one. For each held-out author A the pipeline of
// `npm run train` is repeated without A: train on the train split less A (plus the case tables),
// tune the thresholds on the dev split less A, then score the engine on A. Figures per author:
// any-warning precision and recall, the hard-negative false-alarm rate; pooled over all held-out
// predictions (each message is held out once): the same per script of the message (its letters'
// most frequent script). Deterministic (the trainer's fixed seed; authors in a fixed order). Same
// training as train.mjs (all epochs and rounds), about 20–40 s per author on one core.
import { writeFileSync } from 'node:fs';
import { cachedRules, load } from './lib/bundle.mjs';
import { loadCases } from './lib/cases.mjs';
import { CATEGORIES, figures } from './lib/metrics.mjs';
import { decide, NO_ADD, NO_VETO, records, tune } from './lib/tune.mjs';
import { loadSplit } from '../tests/corpus/splits.mjs';

const args = process.argv.slice(2);
const arg = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const options = JSON.parse(arg('--options') ?? '{}');
const HARD_NEGATIVE_WEIGHT = Number(arg('--hard-negative-weight') ?? 4);
const log = (...a) => console.error(...a);
const t0 = performance.now();

const engine = await load('utils/rules/index.ts', { rulesOnly: true });
const T = await load('utils/rules/verifier/train.ts');
const V = await load('utils/rules/verifier/index.ts');
const M = await load('utils/rules/verifier/model.ts');
const cases = await loadCases();

const authorOf = (it) => (it.file.startsWith('quoted/') ? 'quoted' : it.author ?? it.file.replace(/\.jsonl$/, ''));
const items = [
  ...loadSplit('train').filter((it) => !it.ambiguous).map((it) => ({ ...it, split: 'train', who: authorOf(it) })),
  ...loadSplit('dev').filter((it) => !it.ambiguous).map((it) => ({ ...it, split: 'dev', who: authorOf(it) })),
];
const allAuthors = [...new Set(items.map((it) => it.who))];
const authors = arg('--authors')?.split(',') ?? allAuthors;

/** The rules' findings and quiet spans of an item. */
const findingsOf = cachedRules(engine);
// Training rows: the corpus items, then the case tables (always in training), prepared once.
const trainRows = [...items, ...cases].map((it) => ({
  text: it.text,
  expect: it.expect,
  negativeWeight: it.tier === 'hard-negative' ? HARD_NEGATIVE_WEIGHT : 1,
  rules: findingsOf(it).findings.map(({ category, start, end }) => ({ category, start, end })),
}));
const all = T.prepare(trainRows);
log(`${items.length} corpus messages (${allAuthors.length} authors), ${cases.length} cases, prepared in ${Math.round(performance.now() - t0)} ms`);

/** The messages `keep` (ascending indices) of a Prepared, in that order. */
function subset(p, keep) {
  const keys = [];
  const offsets = [0];
  const message = [];
  const first = [];
  const ruled = [];
  keep.forEach((m, mi) => {
    first.push(message.length);
    for (let s = p.first[m]; s < p.first[m + 1]; s++) {
      for (let i = p.offsets[s]; i < p.offsets[s + 1]; i++) keys.push(p.keys[i]);
      offsets.push(keys.length);
      message.push(mi);
      ruled.push(p.ruled[s]);
    }
  });
  first.push(message.length);
  return {
    keys: Int32Array.from(keys),
    offsets: Int32Array.from(offsets),
    message: Int32Array.from(message),
    first: Int32Array.from(first),
    labels: Uint8Array.from(keep, (m) => p.labels[m]),
    ruled: Uint8Array.from(ruled),
    negativeWeight: Float64Array.from(keep, (m) => p.negativeWeight[m]),
  };
}

const SCRIPTS = [
  ['Bengali', /\p{Script=Bengali}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Latin', /\p{Script=Latin}/u],
];
/** The script most of the message's letters are in ("Latin" when none of the listed). */
function scriptOf(text) {
  const n = SCRIPTS.map(() => 0);
  for (const ch of text) SCRIPTS.forEach(([, re], i) => re.test(ch) && n[i]++);
  let best = SCRIPTS.length - 1;
  for (let i = 0; i < SCRIPTS.length - 1; i++) if (n[i] > n[best]) best = i;
  return SCRIPTS[best][0];
}

const r3 = (x) => Math.round(x * 1000) / 1000;
const summary = (f) => ({ n: f.scored, P: f.message.precision, R: f.message.recall, F1: f.message.f1, hardFA: f.tiers['hard-negative']?.falseAlarmRate ?? null });

// --add-margins 0.5,1: also score each author with the tuned add thresholds raised by these logits.
const MARGINS = (arg('--add-margins') ?? '').split(',').filter(Boolean).map(Number);
const marginRuns = {};
const perAuthor = {};
const pooled = { items: [], rules: [], engine: [] };
for (const A of authors) {
  const t1 = performance.now();
  const keep = [];
  trainRows.forEach((_, i) => {
    if (i >= items.length || (items[i].split === 'train' && items[i].who !== A)) keep.push(i);
  });
  const trained = T.train(subset(all, keep), options);
  const q = T.quantize(trained, { ...T.DEFAULT_OPTIONS, ...options }.minWeight);
  const packed = { version: 3, bits: T.BITS, heads: q.heads, scales: q.scales, bias: q.bias, add: [...NO_ADD], veto: [...NO_VETO], data: M.toBase64(M.packWeights(q.q)) };
  const model = M.decodeModel(packed);
  const tuneItems = items.filter((it) => it.split === 'dev' && it.who !== A);
  const held = items.filter((it) => it.who === A);
  const th = tune({ items: tuneItems, recs: records(V, model, tuneItems, findingsOf), cases, caseRecs: records(V, model, cases, findingsOf), bias: packed.bias });
  const heldRecs = records(V, model, held, findingsOf);
  const rulesGot = heldRecs.map((r) => decide(r, NO_ADD, NO_VETO));
  const got = heldRecs.map((r) => decide(r, th.add, th.veto));
  perAuthor[A] = { rules: summary(figures(held, rulesGot)), engine: summary(figures(held, got)), add: th.add, veto: th.veto };
  for (const m of MARGINS) {
    const gotM = heldRecs.map((r) => decide(r, th.add.map((a) => a + m), th.veto));
    (marginRuns[m] ??= {})[A] = summary(figures(held, gotM));
  }
  pooled.items.push(...held);
  pooled.rules.push(...rulesGot);
  pooled.engine.push(...got);
  log(`${A}: n ${held.length}, rules ${JSON.stringify(perAuthor[A].rules)} engine ${JSON.stringify(perAuthor[A].engine)} add ${th.add} veto ${th.veto} (${Math.round(performance.now() - t1)} ms)`);
}

const fmt = (x) => (x === null || x === undefined ? '–' : String(x));
const lines = [];
lines.push(`Leave-one-author-out (${authors.length} authors; options ${JSON.stringify(options)}):`, '');
lines.push('| held-out author | n | rules P / R / hard FA | engine P / R / hard FA |', '|---|---|---|---|');
for (const A of authors) {
  const { rules: a, engine: b } = perAuthor[A];
  lines.push(`| ${A} | ${b.n} | ${a.P} / ${a.R} / ${fmt(a.hardFA)} | ${b.P} / ${b.R} / ${fmt(b.hardFA)} |`);
}
const agg = (which, key, f) => f(authors.map((A) => perAuthor[A][which][key]).filter((x) => x !== null));
const mean = (xs) => r3(xs.reduce((s, x) => s + x, 0) / xs.length);
for (const which of ['rules', 'engine']) {
  perAuthor[`mean:${which}`] = { P: agg(which, 'P', mean), R: agg(which, 'R', mean), F1: agg(which, 'F1', mean), hardFA: agg(which, 'hardFA', mean) };
  perAuthor[`worst:${which}`] = { P: agg(which, 'P', (x) => Math.min(...x)), R: agg(which, 'R', (x) => Math.min(...x)), F1: agg(which, 'F1', (x) => Math.min(...x)), hardFA: agg(which, 'hardFA', (x) => Math.max(...x)) };
}
for (const k of ['mean', 'worst']) {
  const a = perAuthor[`${k}:rules`];
  const b = perAuthor[`${k}:engine`];
  lines.push(`| **${k}** (F1 ${a.F1} → ${b.F1}) | | ${a.P} / ${a.R} / ${a.hardFA} | ${b.P} / ${b.R} / ${b.hardFA} |`);
}
for (const m of MARGINS) {
  const xs = (key) => authors.map((A) => marginRuns[m][A][key]).filter((x) => x !== null);
  lines.push(`| add + ${m}: mean / worst F1 ${mean(xs('F1'))} / ${Math.min(...xs('F1'))} | | | ${mean(xs('P'))} / ${mean(xs('R'))} / ${mean(xs('hardFA'))} — worst ${Math.min(...xs('P'))} / ${Math.min(...xs('R'))} / ${Math.max(...xs('hardFA'))} |`);
}
lines.push('', 'Pooled held-out predictions, per script:', '', '| script | n | rules P / R / hard FA | engine P / R / hard FA |', '|---|---|---|---|');
const slices = {};
for (const [name] of [['all'], ...SCRIPTS]) {
  const idx = pooled.items.map((it, i) => (name === 'all' || scriptOf(it.text) === name ? i : -1)).filter((i) => i >= 0);
  const pick = (xs) => idx.map((i) => xs[i]);
  const a = summary(figures(pick(pooled.items), pick(pooled.rules)));
  const b = summary(figures(pick(pooled.items), pick(pooled.engine)));
  slices[name] = { rules: a, engine: b };
  lines.push(`| ${name} | ${b.n} | ${a.P} / ${a.R} / ${fmt(a.hardFA)} | ${b.P} / ${b.R} / ${fmt(b.hardFA)} |`);
}
console.log(lines.join('\n'));
log(`total ${Math.round((performance.now() - t0) / 1000)} s`);
const out = arg('--json');
if (out) writeFileSync(out, JSON.stringify({ options, perAuthor, slices }, null, 1));
