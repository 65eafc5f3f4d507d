// Placeholder until `npm run train` writes the trained weights: no heads, so the verifier is off.
import type { PackedModel } from './model';

export const WEIGHTS: PackedModel = { version: 1, bits: 18, heads: [], scales: [], bias: [], add: [], veto: [], data: '' };
