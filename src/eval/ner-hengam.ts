// HengamGold (kargaranamir/Hengam, data/evaluation/gold): 200 Persian sentences with their
// temporal expressions marked B-/I-DAT (dates, durations, sets of days) and B-/I-TIM (times of
// day, durations in hours/minutes). Read in place. Each sentence is rebuilt as its tokens joined by
// single spaces; gold spans are DAT and TIM alike (the recogniser returns untyped spans, so the
// score is untyped). A predicted span is snapped to the tokens it overlaps before matching, since
// gold boundaries are token boundaries.
import { readFileSync } from 'node:fs';
import { CONLL_SEPARATOR, type NerSentence, parseConll } from './conll.js';
import {
  addSpanCounts,
  emptySpanCounts,
  exactCounts,
  overlapCounts,
  type Span,
  type SpanScore,
  spanScore,
} from './ner.js';

export interface HengamScore extends SpanScore {
  p: number;
  r: number;
}

export interface HengamResult {
  strict: HengamScore;
  overlap: HengamScore;
  sentences: number;
}

function snap(sentence: NerSentence, span: Span): Span | null {
  const covered = sentence.tokens.filter((t) => t.start < span.end && span.start < t.end);
  const first = covered[0];
  const last = covered[covered.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

function withAliases(s: SpanScore): HengamScore {
  return { ...s, p: s.precision, r: s.recall };
}

export function scoreHengam(
  goldPath: string,
  recognize: (text: string) => { start: number; end: number }[],
): HengamResult {
  const { sentences } = parseConll(readFileSync(goldPath, 'utf8'), CONLL_SEPARATOR.hengam);
  const strict = emptySpanCounts();
  const overlap = emptySpanCounts();
  for (const s of sentences) {
    const gold = s.spans.filter((g) => g.label === 'DAT' || g.label === 'TIM');
    const pred = recognize(s.text)
      .map((p) => snap(s, p))
      .filter((p): p is Span => p !== null);
    addSpanCounts(strict, exactCounts(gold, pred));
    addSpanCounts(overlap, overlapCounts(gold, pred));
  }
  return {
    strict: withAliases(spanScore(strict)),
    overlap: withAliases(spanScore(overlap)),
    sentences: sentences.length,
  };
}

/** Per-sentence comparison for error analysis: gold and predicted span texts. */
export function diffHengam(
  goldPath: string,
  recognize: (text: string) => { start: number; end: number }[],
): { text: string; gold: string[]; pred: string[] }[] {
  const { sentences } = parseConll(readFileSync(goldPath, 'utf8'), CONLL_SEPARATOR.hengam);
  return sentences.map((s) => ({
    text: s.text,
    gold: s.spans.map((g) => g.text),
    pred: recognize(s.text)
      .map((p) => snap(s, p))
      .filter((p): p is Span => p !== null)
      .map((p) => s.text.slice(p.start, p.end)),
  }));
}
