// The English text layer: compromise's sentences and terms as khabar's TextDoc. Terms keep their
// ORIGINAL offsets; punctuation around a term becomes its own token; a line break always ends a
// sentence (headlines, bylines and bullets have no full stop).
import type { NormalizedText, Sentence, TextDoc, Token, TokenKind } from '../text/types.js';
import { compromise, type MatchJson, type NlpView, type SentenceJson } from './nlp.js';

/** compromise's cost grows faster than its input: it reads the text in pieces of about this size. */
const CHUNK = 4000;

export interface EnglishText {
  doc: TextDoc;
  /** compromise's people, offsets into the original. */
  people: MatchJson[];
  /** compromise-dates' dates (relative ones against `today`, YYYY-MM-DD), offsets into the original. */
  dates(today: string | null): MatchJson[];
}

/** Pieces of whole lines (a longer line is cut after a sentence end or a space), in order. */
export function chunks(original: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < original.length) {
    let end = Math.min(original.length, start + CHUNK);
    if (end < original.length) {
      const line = original.lastIndexOf('\n', end);
      if (line > start) end = line + 1;
      else {
        const stop = original.lastIndexOf('. ', end);
        const space = original.lastIndexOf(' ', end);
        end = stop > start ? stop + 2 : space > start ? space + 1 : end;
      }
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function shifted(list: unknown[], by: number): MatchJson[] {
  return (list as MatchJson[]).map((m) => ({ ...m, offset: { ...m.offset, start: m.offset.start + by } }));
}

function identity(original: string): NormalizedText {
  const map = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) map[i] = i;
  const ends = new Int32Array(original.length);
  for (let i = 0; i < original.length; i++) ends[i] = i + 1;
  return { original, text: original, map, ends };
}

function kindOf(text: string): TokenKind {
  if (/^[\p{P}\p{S}]+$/u.test(text)) return 'punct';
  if (/@/.test(text)) return 'email';
  if (/^https?:|^www\./i.test(text)) return 'url';
  if (/^\d+([.,:/-]\d+)*$/.test(text)) return 'number';
  return 'word';
}

/** A hyphen joins words («Vice-President», «Al-Muzaffar») unless it stands between spaces. */
function isJoiner(original: string, at: number): boolean {
  const c = original[at]!;
  if (!/[-‐]/.test(c)) return false;
  return !(/\s/.test(original[at - 1] ?? ' ') && /\s/.test(original[at + 1] ?? ' '));
}

export function englishText(original: string): EnglishText {
  const nlp = compromise();
  const sentencesJson: SentenceJson[] = [];
  const people: MatchJson[] = [];
  // Views kept only where compromise-dates may find a day with a year (a four-digit number).
  const dated: { view: NlpView; start: number }[] = [];
  for (const { start, end } of chunks(original)) {
    const view = nlp(original.slice(start, end));
    for (const s of view.json({ offset: true, terms: { offset: true } }) as SentenceJson[]) {
      s.offset.start += start;
      for (const t of s.terms) t.offset.start += start;
      sentencesJson.push(s);
    }
    people.push(...shifted(view.people().json({ offset: true }), start));
    if (/\d{4}/.test(original.slice(start, end))) dated.push({ view, start });
  }
  const spans: { start: number; end: number; kind: TokenKind }[] = [];
  const punct = (from: number, chars: string) => {
    for (let i = 0; i < chars.length; i++) {
      const at = from + i;
      const c = chars[i]!;
      if (/\s/.test(c) || original[at] !== c || isJoiner(original, at)) continue;
      spans.push({ start: at, end: at + 1, kind: 'punct' });
    }
  };
  let cursor = 0;
  for (const s of sentencesJson) {
    for (const term of s.terms) {
      const start = term.offset.start;
      const end = start + term.offset.length;
      if (start < cursor || end > original.length || end <= start) continue;
      punct(start - term.pre.length, term.pre);
      // compromise keeps a term's inner punctuation («K.N.», «2023/10/16»); a term that is only
      // punctuation («&», «•») is a punctuation token.
      spans.push({ start, end, kind: kindOf(original.slice(start, end)) });
      punct(end, term.post);
      cursor = end;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  const close = (endToken: number) => {
    if (endToken <= sentenceStart) return;
    const first = tokens[sentenceStart]!;
    const last = tokens[endToken - 1]!;
    sentences.push({
      start: first.start,
      end: last.end,
      text: original.slice(first.start, last.end),
      nStart: first.start,
      nEnd: last.end,
      firstToken: sentenceStart,
      endToken,
    });
    sentenceStart = endToken;
  };
  // compromise's sentence boundaries, by offset, plus every line break.
  const boundaries = new Set(sentencesJson.map((s) => s.offset.start));
  for (const span of spans) {
    if (span.start < (tokens.at(-1)?.end ?? 0)) continue;
    const prev = tokens.at(-1);
    if (prev && (boundaries.has(span.start) || original.slice(prev.end, span.start).includes('\n')))
      close(tokens.length);
    const text = original.slice(span.start, span.end);
    tokens.push({
      text,
      normalized: text,
      start: span.start,
      end: span.end,
      nStart: span.start,
      nEnd: span.end,
      kind: span.kind,
      sentence: sentences.length,
    });
  }
  close(tokens.length);
  const dates = (today: string | null) =>
    dated.flatMap(({ view, start }) =>
      shifted(view.dates(today ? { today } : {}).json({ offset: true }), start),
    );
  return { doc: { original, norm: identity(original), sentences, tokens }, people, dates };
}
