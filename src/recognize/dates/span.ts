// Normalised → original span mapping for the date and contact recognisers.
import { toOriginalSpan } from '../../text/index.js';
import type { Span, TextDoc } from '../../text/types.js';

/**
 * Original span of the normalised span [nStart, nEnd) (the text layer's map), trimmed of
 * whitespace and ZWNJ the normaliser may have folded into the edges. Null when nothing is left.
 */
export function toOriginal(doc: TextDoc, nStart: number, nEnd: number): Span | null {
  let { start, end } = toOriginalSpan(doc.norm, nStart, nEnd);
  const o = doc.original;
  while (start < end && /[\s\u200c\u200f\u200e]/u.test(o[start] ?? '')) start++;
  while (end > start && /[\s\u200c\u200f\u200e]/u.test(o[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
