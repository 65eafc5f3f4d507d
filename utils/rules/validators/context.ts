/**
 * Context validators: reasons a cue does not mean what it seems to. A named tool that is the
 * subject of the work ("integrate the Zoom SDK"), a refusal or reminder ("I can't share my email
 * before the contract starts"), or the activity staying on Upwork ("a video call here on Upwork").
 */
import { around, hasCue, sentenceOf, type Ctx } from '../context';
import { foldedSet } from '../wordsets';

/**
 * A work cue within `radius` words of the tokens [from, to), in the same sentence.
 *
 * @example isWorkSubject(ctx, zoomFrom, zoomTo) // true for "integrate the Zoom SDK"
 */
export function isWorkSubject(ctx: Ctx, from: number, to: number, radius = 5): boolean {
  const w = around(ctx, from, to, radius);
  return hasCue(ctx, 'workSubject', w.from, w.to, from, to);
}

/** The sentence holding token i refuses or postpones going off Upwork. */
export function isRefused(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  return hasCue(ctx, 'refusal', s.from, s.to);
}

const NEGATORS = foldedSet(['not', 'no', 'without', 'instead', 'skip', 'rather', 'than', 'bypass', 'avoid', 'route', 'sin', 'sem', 'ohne', 'sans', 'без', 'tanpa', 'hindi', 'không', 'bina', 'بدون', 'bez']);

/**
 * The sentence holding token i keeps the activity on Upwork ("a video call here on Upwork"), and
 * does not negate it ("no need to route this through Upwork", "instead of through here").
 */
export function isOnUpwork(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (const m of ctx.matches.onUpwork) {
    if (m.from < s.from || m.from >= s.to) continue;
    let negated = false;
    for (let k = Math.max(s.from, m.from - 4); k < m.from; k++) if (NEGATORS.has(ctx.list[k]!.t)) negated = true;
    if (!negated) return true;
  }
  return false;
}
