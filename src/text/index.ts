// The text layer: normalise once, tokenise the normalised text, map every span back to the original.
import { normalize } from './normalize.js';
import { sentences } from './sentences.js';
import type { NormalizeOptions, TextDoc } from './types.js';
import { words } from './words.js';

export function analyze(original: string, opts?: NormalizeOptions): TextDoc {
  const norm = normalize(original, opts);
  const tokens = words(norm);
  return { original, norm, sentences: sentences(norm, tokens), tokens };
}

export { key } from './key.js';
export { normalize, toNormalizedOffset, toNormalizedSpan, toOriginalSpan } from './normalize.js';
export { sentences } from './sentences.js';
export type * from './types.js';
export { words } from './words.js';
