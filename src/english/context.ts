// What every English recogniser reads: the compromise text layer, its tokens' matching keys, the
// English matchers, and the same RecognizerContext shape the shared stages take.
import { type RecognizerContext, tokenIndexAt } from '../recognize/context.js';
import type { TextDoc } from '../text/types.js';
import { wordKey } from './keys.js';
import type { EnglishLexicon } from './lexicon.js';
import type { EnglishText } from './text.js';

export interface EnContext {
  doc: TextDoc;
  keys: string[];
  en: EnglishLexicon;
  /** compromise's people and dates (original offsets). */
  nlp: Pick<EnglishText, 'people' | 'dates'>;
  /** The shape src/extract's stages read (sentence facts), with the English trigger words. */
  rc: RecognizerContext;
}

export function englishContext(doc: TextDoc, en: EnglishLexicon, nlp: EnContext['nlp']): EnContext {
  // Punctuation keeps its key only where names contain it («Ministry of Science, Research and …»).
  const keys = doc.tokens.map((t) =>
    t.kind === 'punct' ? (t.text === ',' ? ',' : t.text === '&' ? 'and' : '') : wordKey(t.text),
  );
  return { doc, keys, en, nlp, rc: { doc, lex: en.triggers, keys } };
}

/** The token index whose span starts at or after `offset`. */
export function tokenFrom(c: EnContext, offset: number): number {
  return tokenIndexAt(c.doc.tokens, offset);
}

export function textOf(c: EnContext, tFirst: number, tEnd: number): string {
  return c.doc.original.slice(c.doc.tokens[tFirst]!.start, c.doc.tokens[tEnd - 1]!.end).replace(/\s+/g, ' ');
}
