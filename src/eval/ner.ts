// Span scoring for the outside check (`npm run eval:ner`): khabar's entity spans against the gold
// spans of third-party NER corpora, whose label sets differ from ours.
//
// Label mapping (gold → khabar type):
// - university: a gold span labelled ORG, FAC (Arman files universities as facilities) or LOC (PEYMA
//   tags "held at University X" as a place) whose text, after folding spelling variants, has the
//   singular word «دانشگاه» (or «دانش گاه») followed by at least one more word — a named
//   university, or a unit/body of one («انجمن اسلامی دانشجویان دانشگاه یاسوج»). Plural and bare
//   uses («دانشگاه‌های کشور», «دانشگاهی») are not universities.
// - person: PER. date: DAT (PEYMA only; HengamGold is scored by ner-hengam.ts).
// Criteria: "overlap" — a gold span is found when some predicted span of the type shares at least
// one character with it (recall), a predicted span is correct when it shares a character with some
// gold span (precision); for universities a prediction is also correct when it overlaps any gold
// ORG/FAC span, since a university named without the word («علم و صنعت») is still an organisation
// the annotators marked. "exact" — start and end equal, one-to-one; for persons the predicted span
// is first cut to its name (nameSpan), since the corpora leave honorifics and ranks outside PER.
import { key } from '../text/key.js';
import type { NerSentence, NerSpan } from './conll.js';

export interface Span {
  start: number;
  end: number;
}

export interface SpanCounts {
  gold: number;
  goldFound: number;
  pred: number;
  predCorrect: number;
}

export interface SpanScore extends SpanCounts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptySpanCounts(): SpanCounts {
  return { gold: 0, goldFound: 0, pred: 0, predCorrect: 0 };
}

export function addSpanCounts(into: SpanCounts, c: SpanCounts): void {
  into.gold += c.gold;
  into.goldFound += c.goldFound;
  into.pred += c.pred;
  into.predCorrect += c.predCorrect;
}

/** P = predCorrect/pred, R = goldFound/gold; an empty side scores 1 only when the other is empty too. */
export function spanScore(c: SpanCounts): SpanScore {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.predCorrect / c.pred;
  const recall = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.goldFound / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Overlap counts. `alsoCorrect` are further gold spans a prediction may overlap to count as correct
 * without being gold spans to find.
 */
export function overlapCounts(
  gold: readonly Span[],
  pred: readonly Span[],
  alsoCorrect: readonly Span[] = [],
) {
  const correctFor = [...gold, ...alsoCorrect];
  return {
    gold: gold.length,
    goldFound: gold.filter((g) => pred.some((p) => overlaps(g, p))).length,
    pred: pred.length,
    predCorrect: pred.filter((p) => correctFor.some((g) => overlaps(g, p))).length,
  };
}

/** Exact-boundary counts, one-to-one (duplicate predicted spans count once). */
export function exactCounts(gold: readonly Span[], pred: readonly Span[]): SpanCounts {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const p = new Set(pred.map((s) => `${s.start}:${s.end}`));
  let hit = 0;
  for (const k of p) if (g.has(k)) hit++;
  return { gold: g.size, goldFound: hit, pred: p.size, predCorrect: hit };
}

// Spelling variants folded before looking for the word: ZWNJ/ZWJ, tatweel, diacritics, Arabic ي ى ك, ۀ.
function fold(text: string): string {
  return text
    .replace(/\u200c|\u200d|[\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه');
}

const UNIVERSITY_WORD = /(?:^|\s)دانش ?گاه\s+\S/;

/** A span text naming a university (or a body of one): «دانشگاه» followed by another word. */
export function namesUniversity(text: string): boolean {
  return UNIVERSITY_WORD.test(fold(text));
}

const UNIVERSITY_LABELS = new Set(['ORG', 'FAC', 'LOC']);
const ORGANISATION_LABELS = new Set(['ORG', 'FAC']);

export function goldUniversities(s: NerSentence): NerSpan[] {
  return s.spans.filter((x) => UNIVERSITY_LABELS.has(x.label) && namesUniversity(x.text));
}

export function goldOrganisations(s: NerSentence): NerSpan[] {
  return s.spans.filter((x) => ORGANISATION_LABELS.has(x.label));
}

export function goldOfLabel(s: NerSentence, label: string): NerSpan[] {
  return s.spans.filter((x) => x.label === label);
}

export const NER_DIMENSIONS = ['universities', 'persons', 'dates'] as const;
export type NerDimension = (typeof NER_DIMENSIONS)[number];

export interface NerCounts {
  overlap: SpanCounts;
  exact: SpanCounts;
}

/** A span khabar predicted, with its entity type (and, for persons, the name without honorific). */
export interface TypedSpan extends Span {
  type: string;
  name?: string | undefined;
}

/**
 * The part of a predicted person span that is the name: khabar's span keeps the honorific or rank
 * («دکتر», «سرلشگر») the corpora leave outside PER, so exact matching uses the shortest suffix of
 * the span, starting at a word, whose matching key equals the name's key (the whole span when none).
 */
export function nameSpan(text: string, p: TypedSpan): Span {
  if (!p.name) return p;
  const want = key(p.name);
  for (let i = p.start; i < p.end; i++) {
    const atWord = i === p.start || /\s/.test(text[i - 1]!);
    if (atWord && !/\s/.test(text[i]!) && key(text.slice(i, p.end)) === want) return { start: i, end: p.end };
  }
  return p;
}

/** Counts for one gold sentence and khabar's entities on its text, per dimension asked for. */
export function sentenceCounts(
  s: NerSentence,
  predicted: readonly TypedSpan[],
  dims: readonly NerDimension[],
): Partial<Record<NerDimension, NerCounts>> {
  const out: Partial<Record<NerDimension, NerCounts>> = {};
  const of = (type: string) => predicted.filter((p) => p.type === type);
  for (const dim of dims) {
    if (dim === 'universities') {
      const gold = goldUniversities(s);
      const pred = of('university');
      out[dim] = { overlap: overlapCounts(gold, pred, goldOrganisations(s)), exact: exactCounts(gold, pred) };
    } else {
      const gold = goldOfLabel(s, dim === 'persons' ? 'PER' : 'DAT');
      const pred = of(dim === 'persons' ? 'person' : 'date');
      const exactPred = dim === 'persons' ? pred.map((p) => nameSpan(s.text, p)) : pred;
      out[dim] = { overlap: overlapCounts(gold, pred), exact: exactCounts(gold, exactPred) };
    }
  }
  return out;
}
