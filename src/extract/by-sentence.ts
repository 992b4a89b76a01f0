import type { RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';

const NONE: readonly never[] = [];

/** Mentions grouped by the sentence they start in: per-sentence lookups stay linear on long documents. */
export function bySentence<M extends Pick<Mention, 'tFirst'>>(
  ctx: RecognizerContext,
  mentions: readonly M[],
): (sentence: number) => readonly M[] {
  const groups = new Map<number, M[]>();
  for (const m of mentions) {
    const s = ctx.doc.tokens[m.tFirst]?.sentence ?? -1;
    const list = groups.get(s);
    if (list) list.push(m);
    else groups.set(s, [m]);
  }
  return (sentence) => groups.get(sentence) ?? NONE;
}
