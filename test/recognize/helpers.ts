// Shared by the recogniser and extractor example corpora: every text goes through the real
// pipeline (or the real text layer + recognisers), and every span that comes out is checked
// against the original text. Each test file that imports this builds the pipeline once.
import { expect } from 'vitest';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { createContext, type RecognizerContext } from '../../src/recognize/context.js';
import type { Mention } from '../../src/recognize/types.js';
import {
  type DocumentRecord,
  DocumentRecordSchema,
  type Entity,
  type Meeting,
} from '../../src/records/schema.js';
import { analyze } from '../../src/text/index.js';
import { key } from '../../src/text/key.js';

export const pipeline = createPipeline();

/** Runs the whole pipeline and checks the record: valid, every span its own text, every entity with a rule. */
export function run(text: string): DocumentRecord {
  const record = processDocument({ source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text }, pipeline);
  DocumentRecordSchema.parse(record);
  for (const e of record.entities) {
    expect(text.slice(e.start, e.end), `entity ${e.entityId}`).toBe(e.text);
    expect(e.rule, `entity ${e.entityId} has a rule`).toMatch(/\S/);
  }
  for (const m of record.meetings) checkMeetingSpans(text, m);
  return record;
}

function checkMeetingSpans(text: string, m: Meeting): void {
  if (m.date) expect(text.slice(m.date.start, m.date.end)).toBe(m.date.text);
  // The location's text is normalised; its span covers the same words.
  if (m.location) expect(key(text.slice(m.location.start, m.location.end))).toBe(key(m.location.text));
  for (const a of m.attendees) for (const s of a.mentions) expect(s.end).toBeGreaterThan(s.start);
  for (const d of m.decisions) {
    expect(key(text.slice(d.start, d.end))).toBe(key(d.text));
    if (d.date) expect(text.slice(d.date.start, d.date.end)).toBe(d.date.text);
  }
  for (const s of m.evidence) expect(s.end).toBeGreaterThan(s.start);
}

/** The text layer and recogniser context the pipeline would build for `text`. */
export function contextOf(text: string): RecognizerContext {
  return createContext(analyze(text), pipeline.lexicon);
}

/** Checks a recogniser's raw annotations: ORIGINAL spans matching their tokens, and a rule id. */
export function checkMentions(ctx: RecognizerContext, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.rule).toMatch(/\S/);
    expect(m.start).toBe(ctx.doc.tokens[m.tFirst]!.start);
  }
}

export function entitiesOf(record: DocumentRecord, ...types: Entity['type'][]): Entity[] {
  return record.entities.filter((e) => types.includes(e.type));
}

/** Organisations (universities and others) as `text → id` pairs, in text order. */
export function orgsOf(record: DocumentRecord): string[] {
  return entitiesOf(record, 'university', 'organization').map((e) => `${e.text} → ${e.canonicalId ?? '-'}`);
}

/** Attendees as comparable strings: name|honorific|title|organizationId. */
export function attendeesOf(m: Meeting): string[] {
  return m.attendees.map(
    (a) => `${a.name ?? '-'}|${a.honorific ?? '-'}|${a.title ?? '-'}|${a.organizationId ?? '-'}`,
  );
}

/** A dateline a press release opens with; keeps the body's dates out of publishedAt. */
export function release(dateline: string, ...body: string[]): string {
  return [dateline, ...body].join('\n');
}

export { key };
