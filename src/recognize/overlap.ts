// The one overlap policy for every annotation: longest span wins, then the earliest, then the
// higher declared priority. Spans that do not overlap all survive.
import type { Annotation } from './types.js';

/** Characters already taken, reused between calls (all zero between them). */
let taken = new Uint8Array(4096);
/** Sort keys, reused between calls. */
let keys = new Float64Array(256);

export function resolveOverlaps<A extends Annotation>(annotations: readonly A[]): A[] {
  const n = annotations.length;
  if (n < 2) return annotations.filter((a) => a.end > a.start);
  // The usual case: integer offsets, no priorities. Each span's rank is then one number (its
  // length, start and index packed exactly into a double), sorted by the typed array's own sort.
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  let plain = true;
  for (let i = 0; i < n && plain; i++) {
    const a = annotations[i]!;
    plain = (a.priority ?? 0) === 0 && (a.start | 0) === a.start && (a.end | 0) === a.end && a.start >= 0;
    if (a.end > a.start) {
      if (a.start < lo) lo = a.start;
      if (a.end > hi) hi = a.end;
    }
  }
  // Offsets from the first start, so that a window far into a long text packs as well.
  const span = hi - lo + 1;
  // Index in the low bits: a power of two, so that reading it back is exact arithmetic.
  const p = 2 ** (32 - Math.clz32(n));
  if (!plain || span * span * p >= 2 ** 53) return byComparing(annotations);
  if (keys.length < 2 * n) keys = new Float64Array(2 * n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const { start, end } = annotations[i]!;
    if (end > start) keys[m++] = ((span - (end - start)) * span + (start - lo)) * p + i;
  }
  const order = keys.subarray(0, m).sort();
  if (taken.length < span) taken = new Uint8Array(Math.max(span, taken.length * 2));
  // Kept annotations, keyed by start (they do not overlap and are not empty: their starts differ).
  const kept = keys.subarray(n, 2 * n);
  let k = 0;
  for (let r = 0; r < m; r++) {
    const i = indexIn(order[r]!, p);
    const a = annotations[i]!;
    const s = a.start - lo;
    const e = a.end - lo;
    let free = true;
    for (let c = s; c < e && free; c++) if (taken[c]) free = false;
    if (!free) continue;
    taken.fill(1, s, e);
    kept[k++] = s * p + i;
  }
  const byStart = kept.subarray(0, k).sort();
  const out: A[] = [];
  for (let r = 0; r < k; r++) {
    const a = annotations[indexIn(byStart[r]!, p)]!;
    taken.fill(0, a.start - lo, a.end - lo);
    out.push(a);
  }
  return out;
}

/** The low part of `key` below the power of two `p`. */
function indexIn(key: number, p: number): number {
  return key - Math.floor(key / p) * p;
}

/** The policy read plainly: sort the annotations themselves, then take each one still free. */
function byComparing<A extends Annotation>(annotations: readonly A[]): A[] {
  const ranked = [...annotations].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || (b.priority ?? 0) - (a.priority ?? 0),
  );
  // Characters already taken; spans are short, so checking each character is cheap and linear.
  const limit = annotations.reduce((max, a) => Math.max(max, a.end), 0);
  const used = new Uint8Array(limit);
  const kept: A[] = [];
  for (const a of ranked) {
    if (a.end <= a.start) continue;
    let free = true;
    for (let i = a.start; i < a.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, a.start, a.end);
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
