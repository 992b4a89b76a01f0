// The record builder: entity ids in text order, sentence indexes, ids of attendees and decisions,
// the warnings editors see, and validation against DocumentRecordSchema.
import { describe, expect, it } from 'vitest';
import { DocumentRecordSchema } from '../../src/records/schema.js';
import { release, run } from '../recognize/helpers.js';

const text = release(
  'تهران – ۲۰ آبان ۱۴۰۱',
  'نشست مشترک دانشگاه تهران و دانشگاه صنعتی شریف روز چهارشنبه ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد. در این نشست دکتر حسن رضایی، معاون پژوهشی دانشگاه تهران، از طرح‌های مشترک گزارش داد. مقرر شد نشست بعدی در آذر ماه در دانشگاه صنعتی شریف برگزار شود.',
);
const record = run(text);

describe('record builder', () => {
  it('is a valid DocumentRecord', () => {
    expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
    expect(record.schemaVersion).toBe(1);
    expect(record.language).toBe('fa');
  });

  it('numbers entities e1, e2, … in text order', () => {
    expect(record.entities.map((e) => e.entityId)).toEqual(record.entities.map((_, i) => `e${i + 1}`));
    const starts = record.entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives each entity the sentence it stands in', () => {
    const sentenceOf = (t: string) => record.entities.find((e) => e.text === t)?.sentence;
    expect(sentenceOf('دانشگاه صنعتی شریف')).toBe(sentenceOf('دانشگاه تهران'));
    expect(sentenceOf('دکتر حسن رضایی')).toBe((sentenceOf('دانشگاه تهران') ?? 0) + 1);
    const shariff = record.entities.filter((e) => e.canonicalId === 'sharif.edu').map((e) => e.sentence);
    expect(shariff.at(-1)).toBe((sentenceOf('دکتر حسن رضایی') ?? 0) + 1);
  });

  it('takes the dateline as the publication date, not as the meeting date', () => {
    expect(record.publishedAt?.jalali.from).toBe('1401-08-20');
    expect(record.meetings[0]!.date?.jalali.from).toBe('1401-08-18');
  });

  it('numbers attendees and decisions within the document', () => {
    const m = record.meetings[0]!;
    expect(m.meetingId).toBe('m1');
    expect(m.attendees.map((a) => a.attendeeId)).toEqual(m.attendees.map((_, i) => `a${i + 1}`));
    expect(m.decisions.map((d) => d.decisionId)).toEqual(['d1']);
  });

  it('warns year-inferred for a decision dated without a year, and nothing about the weekday', () => {
    expect(record.warnings).toContain('year-inferred');
    expect(record.warnings).not.toContain('weekday-mismatch');
    expect(record.meetings[0]!.decisions[0]!.date?.jalali).toEqual({ from: '1401-09-01', to: '1401-09-30' });
  });

  it('a stated weekday that contradicts the date keeps the date and warns', () => {
    // 18 Aban 1401 is a Wednesday, not a Monday.
    const wrong = run(
      release('تهران – ۲۰ آبان ۱۴۰۱', 'نشست شورای پژوهشی دانشگاه تهران روز دوشنبه ۱۸ آبان ۱۴۰۱ برگزار شد.'),
    );
    expect(wrong.warnings).toContain('weekday-mismatch');
    expect(wrong.meetings[0]!.date?.jalali.from).toBe('1401-08-18');
    expect(wrong.meetings[0]!.date?.weekday).toBe('monday');
  });

  // A release of one short line (under 100 characters) is read as a dateline: its event date becomes
  // publishedAt and is then kept out of the meeting, which is left without a date.
  it('a one-sentence release keeps its event date on the meeting', () => {
    const r = run('نشست شورای پژوهشی دانشگاه تهران روز ۱۲ بهمن ۱۴۰۱ برگزار شد.');
    expect(r.meetings[0]!.date?.jalali.from).toBe('1401-11-12');
  });

  it('a meeting dated without its year warns year-inferred', () => {
    const r = run(release('تهران – ۲۰ آبان ۱۴۰۱', 'نشست شورای پژوهشی دانشگاه تهران روز ۱۵ آبان برگزار شد.'));
    expect(r.meetings[0]!.date?.jalali.from).toBe('1401-08-15');
    expect(r.meetings[0]!.date?.yearInferred).toBe(true);
    expect(r.warnings).toContain('year-inferred');
  });

  it('a document with no meeting and no inferred date has no warnings', () => {
    const r = run(
      release(
        'تهران – ۲۰ آبان ۱۴۰۱',
        'دانشگاه صنعتی شریف در رتبه‌بندی تایمز در جایگاه نخست دانشگاه‌های کشور قرار گرفت.',
      ),
    );
    expect(r.meetings).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('an empty document is still a valid record', () => {
    const r = run('');
    expect(r.entities).toEqual([]);
    expect(r.meetings).toEqual([]);
    expect(r.publishedAt).toBeNull();
  });
});
