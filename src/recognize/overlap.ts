// The one overlap policy for every annotation: longest span wins, then the earliest, then the
// higher declared priority. Spans that do not overlap all survive.
import type { Annotation } from './types.js';

export function resolveOverlaps<A extends Annotation>(annotations: readonly A[]): A[] {
  if (annotations.length < 2) return annotations.filter((a) => a.end > a.start);
  const ranked = [...annotations].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || (b.priority ?? 0) - (a.priority ?? 0),
  );
  // Characters already taken; spans are short, so checking each character is cheap and linear.
  const limit = annotations.reduce((max, a) => Math.max(max, a.end), 0);
  const taken = new Uint8Array(limit);
  const kept: A[] = [];
  for (const a of ranked) {
    if (a.end <= a.start) continue;
    let free = true;
    for (let i = a.start; i < a.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, a.start, a.end);
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
