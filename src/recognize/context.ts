import { key } from '../text/key.js';
import type { TextDoc, Token } from '../text/types.js';
import type { Lexicon } from './lexicon.js';
import type { Annotation, Mention } from './types.js';
import { bookFor } from './vocabulary.js';
import type { DocWords } from './word-book.js';

/** What every recogniser reads: the text layer, the compiled rules and each token's matching key. */
export interface RecognizerContext {
  doc: TextDoc;
  lex: Lexicon;
  /** key(token.normalized) per token; '' for punctuation so no phrase runs across it. */
  keys: string[];
  /** Per-token answers of the name tests (person-names.ts), made on first use. */
  nameFacts?: Uint16Array;
  /** The tokens' keys numbered in the lexicon's word book (vocabulary.ts), made on first use. */
  words?: DocWords;
}

export function isPunct(token: Token | undefined): boolean {
  return !token || token.kind === 'punct';
}

export function createContext(doc: TextDoc, lex: Lexicon): RecognizerContext {
  // Punctuation keeps its key only where gazetteer names contain it («وزارت علوم، تحقیقات و فناوری»).
  // Each distinct text is keyed once and numbered in the lexicon's word book (vocabulary.ts): the
  // same words recur in every document, and the name tests read their answers by number.
  const book = bookFor(lex);
  const { tokens } = doc;
  const keys: string[] = [];
  const ids = new Int32Array(tokens.length);
  const empty = book.idOf('');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id =
      t.kind === 'punct' && t.normalized !== '،' && t.normalized !== ','
        ? empty
        : book.numberText(t.normalized, lex, matchingKey);
    ids[i] = id;
    keys.push(book.word(id));
  }
  return { doc, lex, keys, words: { book, ids, empty } };
}

/** A token's key; Dari words take their Iranian equivalent's («پوهنتون کابل» is «دانشگاه کابل»). */
function matchingKey(lex: Lexicon, text: string): string {
  const k = key(text);
  return lex.synonyms.get(k) ?? k;
}

/**
 * A mention over tokens [tFirst, tEnd), with its ORIGINAL span and text taken from the tokens.
 * Object.assign, not a spread: on Node 20 (V8 11.3) `{ ...fields, x }` gave nearly every object a
 * hidden class of its own (a map and descriptor array, ~300 bytes, per mention: ~30 MB for the
 * 100,000 mentions of a 10 MB document); objects made by Object.assign share theirs.
 */
export function mentionOf(
  ctx: RecognizerContext,
  tFirst: number,
  tEnd: number,
  fields: Omit<Mention, 'tFirst' | 'tEnd' | 'start' | 'end'>,
): Mention {
  const first = ctx.doc.tokens[tFirst]!;
  const last = ctx.doc.tokens[tEnd - 1]!;
  return Object.assign({}, fields, { tFirst, tEnd, start: first.start, end: last.end });
}

/** The normalised text of tokens [tFirst, tEnd), as it reads in the normalised document. */
export function normalizedText(ctx: RecognizerContext, tFirst: number, tEnd: number): string {
  const first = ctx.doc.tokens[tFirst]!;
  const last = ctx.doc.tokens[tEnd - 1]!;
  return ctx.doc.norm.text.slice(first.nStart, last.nEnd);
}

/** Index of the token containing original offset `offset`, or the first token after it. */
export function tokenAtOffset(ctx: RecognizerContext, offset: number): number {
  return tokenIndexAt(ctx.doc.tokens, offset);
}

/** Binary search over tokens sorted by offset: the first token ending after `offset`. */
export function tokenIndexAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Gives an annotation made from character offsets (dates) its token range. */
export function asMention<A extends Annotation>(ctx: RecognizerContext, a: A): A & Mention {
  const tFirst = tokenAtOffset(ctx, a.start);
  const tEnd = Math.max(tFirst + 1, tokenAtOffset(ctx, a.end - 1) + 1);
  return Object.assign({}, a, { tFirst, tEnd });
}
