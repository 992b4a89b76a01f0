// A report's content words come from the title, place and unit entities inside the meeting's
// evidence: found by binary search over the entities sorted by start, they must be exactly the ones
// a plain scan of every entity against every evidence span finds, whatever the order and overlaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWords, reportsOf } from '../../src/events/reports.js';
import type { DocumentRecord } from '../../src/records/schema.js';
import { runs } from '../fc.js';
import { recordOf } from './fixtures.js';

const WORDS = ['پژوهش', 'فناوری', 'تهران', 'معاونت', 'آموزش', 'دانشکده', 'مهندسی', 'کتابخانه'];
const TYPES = ['title', 'place', 'unit', 'person', 'organization'] as const;

/** The words the plain scan finds for one meeting. */
function scanned(record: DocumentRecord, m: DocumentRecord['meetings'][number]): string[] {
  const words = new Set(reportsOf({ ...record, meetings: [{ ...m, evidence: [] }] })[0]?.words);
  for (const e of record.entities)
    if (
      ['title', 'place', 'unit'].includes(e.type) &&
      m.evidence.some((s) => e.start >= s.start && e.end <= s.end)
    )
      for (const w of normalizeWords(e.text)) words.add(w);
  return [...words].sort();
}

describe('reportsOf', () => {
  it('takes the words of exactly the wording entities inside the evidence', () => {
    const base = recordOf('a-sharif');
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, n]) => ({ start, end: start + n }));
    const entity = fc.record({
      span,
      type: fc.constantFrom(...TYPES),
      word: fc.constantFrom(...WORDS),
    });
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 30 }), fc.array(span, { maxLength: 4 }), (es, evidence) => {
        const template = base.entities[0] as DocumentRecord['entities'][number];
        const entities = es.map((e, i) => ({
          ...template,
          entityId: `e${i}`,
          type: e.type,
          text: e.word,
          start: e.span.start,
          end: e.span.end,
        }));
        const meeting = { ...(base.meetings[0] as DocumentRecord['meetings'][number]), evidence };
        const record = { ...base, entities, meetings: [meeting] } as DocumentRecord;
        expect(reportsOf(record)[0]?.words).toEqual(scanned(record, meeting));
      }),
      { numRuns: runs(300) },
    );
  });
});
