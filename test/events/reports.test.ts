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

describe('normalizeWords', () => {
  it('folds in one pass what a pass per letter group folds', () => {
    // The folding as a list of replacements applied one after the other (its first form).
    const passes: [RegExp, string][] = [
      [/[يى]/g, 'ی'],
      [/ك/g, 'ک'],
      [/[ۀة]/g, 'ه'],
      [/[أإآ]/g, 'ا'],
      [/ؤ/g, 'و'],
      [/[\u064B-\u065F\u0670\u0640]/g, ''],
      [/\u200C|\u200D|\u200E|\u200F/g, ' '],
    ];
    const folded = (text: string) => {
      let t = text.toLowerCase();
      for (const [re, to] of passes) t = t.replace(re, to);
      t = t
        .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
        .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
      return t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    };
    const unit = fc.constantFrom(
      ...'يىكۀةأإآؤیکها ۰۹٠٩09aZ.\u064B\u0650\u065F\u0670\u0640\u200C\u200D\u200E\u200F'.split(''),
      'دانشگاه',
      'İ',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        // A folded word alone comes back as itself unless it is a stop word, which is dropped.
        const kept = folded(text).filter((w) => normalizeWords(w).length > 0);
        expect(normalizeWords(text)).toEqual(kept);
      }),
      { numRuns: runs(300) },
    );
  });
});
