// Normalised → original span mapping for the date and contact recognisers.
import type { Span, TextDoc } from '../../text/types.js';

/**
 * Original span of the normalised span [nStart, nEnd), trimmed of whitespace and ZWNJ the
 * normaliser may have folded into the edges. Null when the span maps to nothing.
 */
export function toOriginal(doc: TextDoc, nStart: number, nEnd: number): Span | null {
  const map = doc.norm.map;
  let start = map[nStart] ?? doc.original.length;
  let end = map[nEnd] ?? doc.original.length;
  const o = doc.original;
  while (start < end && /[\s\u200c\u200f\u200e]/u.test(o[start] ?? '')) start++;
  while (end > start && /[\s\u200c\u200f\u200e]/u.test(o[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
