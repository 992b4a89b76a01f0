// The seed release must yield exactly the records listed at the end of ../shared/spec/records.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { DocumentRecordSchema } from '../../src/records/schema.js';
import { key } from '../../src/text/key.js';

const text = readFileSync(new URL('../../corpus/000_e90f60ff8dbf379b.txt', import.meta.url), 'utf8');
const pipeline = createPipeline();
const record = processDocument(
  { source: '000_e90f60ff8dbf379b.txt', docId: '000_e90f60ff8dbf379b', sha256: '0'.repeat(64), text },
  pipeline,
);

describe('the seed release', () => {
  it('is a valid record whose every span is its own text', () => {
    DocumentRecordSchema.parse(record);
    for (const e of record.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const m of record.meetings) {
      if (m.date) expect(text.slice(m.date.start, m.date.end)).toBe(m.date.text);
      if (m.location) expect(key(text.slice(m.location.start, m.location.end))).toBe(key(m.location.text));
      for (const a of m.attendees) for (const s of a.mentions) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('has its contacts', () => {
    expect(record.contacts).toEqual({ emails: ['ut5@iust.ac.ir'], phones: ['77491031'] });
  });

  it('has one meeting with the right kind, title, date, location, organiser and organisations', () => {
    expect(record.meetings).toHaveLength(1);
    const m = record.meetings[0]!;
    expect(m.kind).toBe('meeting');
    expect(key(m.title ?? '')).toBe(key('هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور'));
    expect(m.date?.jalali).toEqual({ from: '1397-11-03', to: '1397-11-03' });
    expect(m.date?.gregorian).toEqual({ from: '2019-01-23', to: '2019-01-23' });
    expect(m.date?.weekday).toBe('wednesday');
    expect(m.date?.text).toContain('سوم بهمن ماه 1397');
    expect(record.warnings).not.toContain('weekday-mismatch');
    expect(key(m.location?.text ?? '')).toBe(key('سالن جلسات ریاست دانشگاه علم و صنعت ایران'));
    expect(m.location?.organizationId).toBe('iust.ac.ir');
    expect(m.organizer?.organizationId).toBe('iust.ac.ir');
    expect(key(m.organizer?.unit ?? '')).toBe(key('معاونت بین‌الملل'));
    expect(m.organizations).toEqual(['aut.ac.ir', 'iust.ac.ir', 'iut.ac.ir', 'kntu.ac.ir', 'sharif.edu']);
  });

  it('has the six attendees of records.md, Zakeri with his pronoun mentions', () => {
    const m = record.meetings[0]!;
    const people = m.attendees
      .map((a) => `${a.name ?? '-'}|${key(a.title ?? '')}|${a.organizationId}`)
      .sort();
    expect(people).toEqual(
      [
        `ذاکری|${key('رئیس')}|iust.ac.ir`,
        `-|${key('معاون بین‌الملل')}|iust.ac.ir`,
        `-|${key('معاون بین‌الملل')}|kntu.ac.ir`,
        `-|${key('مدیر بین‌الملل')}|sharif.edu`,
        `-|${key('معاون پژوهشی')}|iut.ac.ir`,
        `-|${key('معاون بین‌الملل')}|aut.ac.ir`,
      ].sort(),
    );
    const zakeri = m.attendees.find((a) => a.name === 'ذاکری')!;
    expect(zakeri.honorific).toBe('دکتر');
    const mentioned = zakeri.mentions.map((s) => text.slice(s.start, s.end));
    expect(mentioned).toContain('ایشان');
    expect(mentioned).toContain('وی');
  });

  it('has the one next-meeting decision, in the first half of Esfand 1397 at KNTU', () => {
    const d = record.meetings[0]!.decisions;
    expect(d).toHaveLength(1);
    expect(d[0]!.kind).toBe('next_meeting');
    expect(d[0]!.date?.jalali).toEqual({ from: '1397-12-01', to: '1397-12-15' });
    expect(d[0]!.date?.yearInferred).toBe(true);
    expect(d[0]!.location?.organizationId).toBe('kntu.ac.ir');
    expect(text.slice(d[0]!.start, d[0]!.end)).toContain('نشست بعدی');
  });
});
