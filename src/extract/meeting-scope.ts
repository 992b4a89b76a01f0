// What the meeting stages of one document share: its mentions grouped by sentence, made once.
import type { RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import type { Linked, Office } from './link.js';
import type { SentenceFacts } from './sentences.js';

export interface MeetingScope {
  ctx: RecognizerContext;
  linked: Linked;
  dates: readonly Mention[];
  facts: readonly SentenceFacts[];
  orgsIn: (sentence: number) => readonly Mention[];
  datesIn: (sentence: number) => readonly Mention[];
  placesIn: (sentence: number) => readonly Mention[];
  unitsIn: (sentence: number) => readonly Mention[];
  officesIn: (sentence: number) => readonly Office[];
  /** Mentions of persons per sentence, with the person's index. */
  personsIn: (sentence: number) => readonly { tFirst: number; idx: number }[];
  /** Where each office of the document ends (token index): made once, not once per meeting. */
  officeEnds: ReadonlySet<number>;
}

export function sentenceOf(c: MeetingScope, m: { tFirst: number }): number {
  return c.ctx.doc.tokens[m.tFirst]!.sentence;
}

export function isEventSentence(f: SentenceFacts): boolean {
  return f.events.length > 0 && f.happened >= 0 && !f.announcement;
}
