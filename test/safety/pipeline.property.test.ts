// Whole-pipeline properties: for any text, processDocument returns a record the schema accepts,
// every span lies inside the text, and every entity and date span's text is its own slice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { type DateValue, type DocumentRecord, DocumentRecordSchema } from '../../src/records/schema.js';
import { runs } from '../fc.js';

const pipeline = createPipeline();

// Characters and phrases Persian press releases are made of, plus what trips normalisers.
const PIECES = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ',
  ...'يكةۀأ',
  '\u200c',
  '\u200c',
  '\u200d',
  '\u00a0',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u064e',
  '\u0650',
  '\u0651',
  '\u0640',
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣',
  ...'.،؛:!؟«»()/-@',
  ' ',
  ' ',
  ' ',
  '\n',
  'دانشگاه ',
  'دکتر ',
  'نشست ',
  'برگزار شد',
  'مقرر شد ',
  '۱۴۰۲/۰۸/۱۵',
  'وی ',
  'سوم بهمن ماه 1397',
  'رئیس ',
  'علم و صنعت ایران ',
  'تفاهم‌نامه ',
  'امضا شد',
  'ساعت ۱۰:۳۰ ',
  'فردا ',
  'ut5@iust.ac.ir',
  '۰۲۱-۷۷۴۹۱۰۳۱',
];

const persian = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  persian,
  persian,
);

function spans(r: DocumentRecord): Array<{ what: string; start: number; end: number }> {
  const out: Array<{ what: string; start: number; end: number }> = [];
  const date = (what: string, d: DateValue | null | undefined) => {
    if (d) out.push({ what, start: d.start, end: d.end });
  };
  date('publishedAt', r.publishedAt);
  for (const e of r.entities) {
    out.push({ what: `entity ${e.entityId}`, start: e.start, end: e.end });
    date(`entity ${e.entityId} date`, e.date);
  }
  for (const m of r.meetings) {
    date(`${m.meetingId} date`, m.date);
    if (m.location) out.push({ what: `${m.meetingId} location`, ...m.location });
    for (const a of m.attendees)
      for (const s of a.mentions) out.push({ what: `${a.attendeeId} mention`, ...s });
    for (const d of m.decisions) {
      out.push({ what: d.decisionId, start: d.start, end: d.end });
      date(`${d.decisionId} date`, d.date);
    }
    for (const s of m.evidence) out.push({ what: `${m.meetingId} evidence`, ...s });
  }
  return out;
}

function dates(r: DocumentRecord): DateValue[] {
  const out: DateValue[] = [];
  const add = (d: DateValue | null | undefined) => d && out.push(d);
  add(r.publishedAt);
  for (const e of r.entities) add(e.date);
  for (const m of r.meetings) {
    add(m.date);
    for (const d of m.decisions) add(d.date);
  }
  return out;
}

function run(text: string): DocumentRecord {
  return processDocument({ source: 'prop.txt', docId: 'prop', sha256: '0'.repeat(64), text }, pipeline);
}

describe('processDocument on any text', () => {
  it('returns a record the schema accepts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        DocumentRecordSchema.parse(run(text));
      }),
      { numRuns: runs(300) },
    );
  });

  it('keeps every span inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of spans(run(text))) {
          expect(s.start, s.what).toBeGreaterThanOrEqual(0);
          expect(s.start, s.what).toBeLessThanOrEqual(s.end);
          expect(s.end, s.what).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives every entity and date the text of its own slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = run(text);
        for (const e of r.entities) expect(e.text, e.entityId).toBe(text.slice(e.start, e.end));
        for (const d of dates(r)) expect(d.text).toBe(text.slice(d.start, d.end));
      }),
      { numRuns: runs(300) },
    );
  });

  it('finds something in the Persian-heavy texts (the generator reaches the recognisers)', () => {
    let withEntities = 0;
    const n = runs(100);
    fc.assert(
      fc.property(persian, (text) => {
        if (run(text).entities.length > 0) withEntities++;
      }),
      { numRuns: n, seed: 7 },
    );
    expect(withEntities).toBeGreaterThan(n / 10);
  });
});
