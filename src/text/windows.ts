// Windows of a very long document: consecutive ranges of whole lines, each analysed as a document
// of its own whose offsets are the original's. A line break ends a sentence (sentences.ts) and no
// token holds one, so a window never cuts a sentence or a word.
import { normalize } from './normalize.js';
import { sentences } from './sentences.js';
import type { Span, TextDoc } from './types.js';
import { words } from './words.js';

/**
 * A document longer than this many characters is processed a window at a time (pipeline.ts): a
 * press release is a few thousand characters; a document of millions is a concatenated dump, and
 * whole it would hold every token and character map at once.
 */
export const LONG_DOCUMENT_CHARS = 1_000_000;
/** The size a long document's windows aim at. */
export const WINDOW_CHARS = 200_000;

/**
 * Consecutive windows covering `text`: each ends just after a line break, at the last one within
 * `size` characters of its start — or, when its first `size` characters hold none, at the first
 * one after them (a line longer than `size` is one window) — or at the end of the text.
 */
export function windowsOf(text: string, size: number): Span[] {
  const out: Span[] = [];
  const step = Math.max(1, Math.floor(size));
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > step) {
      const back = text.lastIndexOf('\n', start + step - 1);
      const cut = back >= start ? back : text.indexOf('\n', start + step);
      if (cut >= 0) end = cut + 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * analyze() of original.slice(start, end) with every offset moved to the original: tokens,
 * sentences and the normalised text's maps point into `original`, so what the recognisers report
 * needs no shifting. Normalised offsets stay the window's own.
 */
export function analyzeWindow(original: string, start: number, end: number): TextDoc {
  const norm = normalize(original.slice(start, end));
  if (start > 0) {
    for (let i = 0; i < norm.map.length; i++) norm.map[i]! += start;
    if (norm.ends) for (let i = 0; i < norm.ends.length; i++) norm.ends[i]! += start;
  }
  norm.original = original;
  const tokens = words(norm);
  return { original, norm, sentences: sentences(norm, tokens), tokens };
}
