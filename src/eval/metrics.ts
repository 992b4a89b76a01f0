// Counting helpers shared by the corpus scorer and the outside NER check.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total; 1 when total is 0 (nothing to get wrong — formatters show it as "–"). */
  accuracy: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

/**
 * Precision, recall and F1 from counts. An empty denominator scores 1 when there was nothing to
 * find and nothing was claimed, and 0 otherwise (predicting nothing for gold that exists is not
 * "perfectly precise"), so an empty prediction never scores better than a wrong one.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

/** Set comparison: counts plus the keys on each side, in a stable order. */
export interface SetDiff {
  counts: Counts;
  missed: string[];
  falseAlarms: string[];
}

export function diffSets(gold: Iterable<string>, pred: Iterable<string>): SetDiff {
  const g = new Set(gold);
  const p = new Set(pred);
  const missed = [...g].filter((k) => !p.has(k)).sort();
  const falseAlarms = [...p].filter((k) => !g.has(k)).sort();
  const tp = g.size - missed.length;
  return { counts: { tp, fp: falseAlarms.length, fn: missed.length }, missed, falseAlarms };
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 0;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}
