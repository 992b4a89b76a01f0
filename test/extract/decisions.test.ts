// Decisions: one per decided action, their kinds, the date of a next meeting (year inferred forward
// from the meeting) and its place, and a planned follow-up stated without «مقرر شد».
import { describe, expect, it } from 'vitest';
import { forwardOf } from '../../src/extract/future.js';
import type { DateValue } from '../../src/records/schema.js';
import { key, release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ اسفند ۱۴۰۱';

function decisionsOf(text: string) {
  const meetings = run(text).meetings;
  expect(meetings).toHaveLength(1);
  return meetings[0]!.decisions;
}

describe('decisions: one per action, with kinds', () => {
  const text = release(
    DATELINE,
    'نشست معاونان پژوهشی دانشگاه تهران و دانشگاه شیراز روز ۱۸ اسفند ۱۴۰۱ در دانشگاه تهران برگزار شد. مقرر شد دبیرخانه مشترک در دانشگاه شیراز راه‌اندازی شود، فهرست طرح‌های مشترک تا پایان سال تهیه شود و نشست بعدی در ۲۵ فروردین در دانشگاه شیراز برگزار شود.',
  );

  it('one «مقرر شد» with three actions gives three decisions, in text order', () => {
    const d = decisionsOf(text);
    expect(d.map((x) => x.kind)).toEqual(['action', 'action', 'next_meeting']);
    expect(key(d[0]!.text)).toBe(key('دبیرخانه مشترک در دانشگاه شیراز راه‌اندازی شود'));
    expect(key(d[1]!.text)).toBe(key('فهرست طرح‌های مشترک تا پایان سال تهیه شود'));
    expect(d.map((x) => x.decisionId)).toEqual(['d1', 'd2', 'd3']);
  });

  it('the next meeting is dated forward from the meeting (Farvardin after Esfand is next year) and placed', () => {
    const next = decisionsOf(text)[2]!;
    expect(next.date?.jalali).toEqual({ from: '1402-01-25', to: '1402-01-25' });
    expect(next.date?.gregorian).toEqual({ from: '2023-04-14', to: '2023-04-14' });
    expect(next.date?.yearInferred).toBe(true);
    expect(next.location).toEqual({ text: 'دانشگاه شیراز', organizationId: 'shirazu.ac.ir' });
    expect(run(text).warnings).toContain('year-inferred');
  });

  it('«نیمه اول اسفند» is a range, the year taken from the meeting; the place from «در دانشگاه صنعتی خواجه نصیرالدین طوسی»', () => {
    const t = release(
      'تهران – ۲۰ آبان ۱۴۰۱',
      'نشست معاونان بین‌الملل دانشگاه‌های صنعتی شریف و امیرکبیر روز ۱۸ آبان ۱۴۰۱ در دانشگاه صنعتی شریف برگزار شد. در پایان مقرر شد نشست بعدی در نیمه اول اسفند ماه در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار شود.',
    );
    const [d, ...rest] = decisionsOf(t);
    expect(rest).toEqual([]);
    expect(d!.kind).toBe('next_meeting');
    expect(d!.date?.jalali).toEqual({ from: '1401-12-01', to: '1401-12-15' });
    expect(d!.date?.precision).toBe('range');
    expect(d!.date?.yearInferred).toBe(true);
    expect(d!.location?.organizationId).toBe('kntu.ac.ir');
  });

  it('«توافق شد» → agreement', () => {
    const t = release(
      'شیراز – ۲۵ دی ۱۴۰۱',
      'نشست مشترک دانشگاه شیراز و دانشگاه علوم پزشکی شیراز روز ۲۴ دی ۱۴۰۱ در دانشگاه شیراز برگزار شد. در این نشست توافق شد دو دانشگاه در زمینه پژوهش‌های میان‌رشته‌ای همکاری کنند.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['agreement']);
    expect(key(d[0]!.text)).toBe(key('دو دانشگاه در زمینه پژوهش‌های میان‌رشته‌ای همکاری کنند'));
  });

  it('«تصویب شد» → other, the approved clause before it', () => {
    const t = release(
      'تهران – ۲۵ دی ۱۴۰۱',
      'جلسه هیئت امنای دانشگاه تهران روز ۲۴ دی ۱۴۰۱ به ریاست وزیر علوم برگزار شد. در این جلسه بودجه سال آینده دانشگاه تصویب شد.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['other']);
    expect(key(d[0]!.text)).toContain(key('بودجه سال آینده دانشگاه'));
  });

  it('«موافقت شد» → other', () => {
    const t = release(
      DATELINE,
      'جلسه هیئت رئیسه دانشگاه تهران روز ۱۸ اسفند ۱۴۰۱ برگزار شد. در این جلسه با افزایش ظرفیت پذیرش دانشجوی دکتری موافقت شد.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['other']);
    expect(key(d[0]!.text)).toContain(key('افزایش ظرفیت پذیرش دانشجوی دکتری'));
  });

  it('«قرار شد» / «تصمیم گرفته شد» → action', () => {
    for (const opener of ['قرار شد', 'تصمیم گرفته شد']) {
      const t = release(
        DATELINE,
        `نشست شورای آموزشی دانشگاه تهران روز ۱۸ اسفند ۱۴۰۱ برگزار شد. در این نشست ${opener} دانشکده‌ها گزارش عملکرد خود را تا پایان ماه ارائه کنند.`,
      );
      const d = decisionsOf(t);
      expect(d.map((x) => x.kind)).toEqual(['action']);
      expect(key(d[0]!.text)).toBe(key('دانشکده‌ها گزارش عملکرد خود را تا پایان ماه ارائه کنند'));
    }
  });

  it('deciding to hold an event is a next meeting, dated in the coming year', () => {
    const t = release(
      'تهران – ۲۵ دی ۱۴۰۱',
      'نشست معاونان آموزشی دانشگاه تهران و دانشگاه صنعتی شریف روز ۲۴ دی ۱۴۰۱ در دانشگاه صنعتی شریف برگزار شد. در پایان مقرر شد همایش مشترکی در اردیبهشت سال آینده برگزار شود.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['next_meeting']);
    expect(d[0]!.date?.jalali).toEqual({ from: '1402-02-01', to: '1402-02-31' });
  });

  it('a delegation to travel later is a next meeting, its month inferred forward across Nowruz', () => {
    const t = release(
      DATELINE,
      'نشست مشترک دانشگاه تهران و دانشگاه کازان روز ۱۸ اسفند ۱۴۰۱ در دانشگاه تهران برگزار شد. در پایان مقرر شد هیئتی از دانشگاه تهران در اردیبهشت ماه به کازان سفر کند.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['next_meeting']);
    expect(d[0]!.date?.jalali).toEqual({ from: '1402-02-01', to: '1402-02-31' });
    expect(d[0]!.date?.precision).toBe('month');
  });

  it('«نشست بعدی … برگزار خواهد شد» without «مقرر شد» is a next meeting', () => {
    const t = release(
      'اصفهان – ۲۵ دی ۱۴۰۱',
      'دیدار رئیس دانشگاه اصفهان با سفیر مالزی روز ۲۴ دی ۱۴۰۱ در دانشگاه اصفهان انجام شد. نشست بعدی دو طرف در بهمن ماه در کوالالامپور برگزار خواهد شد.',
    );
    const d = decisionsOf(t);
    expect(d.map((x) => x.kind)).toEqual(['next_meeting']);
    expect(d[0]!.date?.jalali).toEqual({ from: '1401-11-01', to: '1401-11-30' });
    // A foreign city is a place but no organisation.
    expect(d[0]!.location?.organizationId ?? null).toBeNull();
  });

  it('a meeting with no decision words has no decisions', () => {
    const t = release(
      DATELINE,
      'نشست مشترک دانشگاه تهران و دانشگاه صنعتی شریف روز ۱۸ اسفند ۱۴۰۱ در دانشگاه تهران برگزار شد. در این نشست درباره همکاری‌های پژوهشی گفت‌وگو شد.',
    );
    expect(decisionsOf(t)).toEqual([]);
  });

  it('people and offices named inside a decision are not attendees', () => {
    const t = release(
      DATELINE,
      'نشست شورای پژوهشی دانشگاه تهران روز ۱۸ اسفند ۱۴۰۱ برگزار شد. مقرر شد گزارش نهایی به معاون پژوهشی دانشگاه صنعتی شریف ارسال شود.',
    );
    const m = run(t).meetings[0]!;
    expect(m.decisions).toHaveLength(1);
    expect(m.attendees.some((a) => a.organizationId === 'sharif.edu')).toBe(false);
  });
});

describe('forwardOf (decisions look forward from their meeting)', () => {
  const day = (from: string, to = from, yearInferred = true): DateValue => ({
    text: 'x',
    start: 0,
    end: 1,
    calendar: 'jalali',
    jalali: { from, to },
    gregorian: { from: '2000-01-01', to: '2000-01-01' },
    precision: from === to ? 'day' : 'range',
    weekday: null,
    yearInferred,
  });
  const meeting = day('1401-12-18', '1401-12-18', false);

  it('moves an inferred date before the meeting one year on, with its Gregorian days', () => {
    const moved = forwardOf(day('1401-01-25'), meeting);
    expect(moved.jalali).toEqual({ from: '1402-01-25', to: '1402-01-25' });
    expect(moved.gregorian).toEqual({ from: '2023-04-14', to: '2023-04-14' });
  });

  it('keeps Esfand 30 valid when the next year has no such day', () => {
    // 1403 is a leap year (Esfand has 30 days); 1404 is not.
    const moved = forwardOf(day('1403-12-30'), day('1404-01-05', '1404-01-05', false));
    expect(moved.jalali.from).toBe('1404-12-29');
  });

  it('leaves stated years, dates after the meeting, and documents without a meeting date alone', () => {
    const stated = day('1401-01-25', '1401-01-25', false);
    expect(forwardOf(stated, meeting)).toBe(stated);
    const after = day('1401-12-25');
    expect(forwardOf(after, meeting)).toBe(after);
    const any = day('1401-01-25');
    expect(forwardOf(any, null)).toBe(any);
  });
});

describe('decisions: phrasings of real releases', () => {
  const opening = 'نشست مشترک دانشگاه تهران و دانشگاه شیراز روز ۱۸ اسفند ۱۴۰۱ در دانشگاه تهران برگزار شد.';

  it('«… توافق کردند» closes its clause: the agreement is the words before it', () => {
    const d = decisionsOf(
      release(DATELINE, opening, 'دو طرف بر راه‌اندازی آزمایشگاه مشترک زیست‌فناوری توافق کردند.'),
    );
    expect(d.map((x) => x.kind)).toEqual(['agreement']);
    expect(key(d[0]!.text)).toContain(key('آزمایشگاه مشترک'));
  });

  it('a council that «… را تصویب کرد» made an approval (other)', () => {
    const d = decisionsOf(release(DATELINE, opening, 'شورا در پایان آیین‌نامه دوره‌های مشترک را تصویب کرد.'));
    expect(d.map((x) => x.kind)).toEqual(['other']);
  });

  it('«مقرر شد طرفین …»: an action both parties take is an agreement', () => {
    const d = decisionsOf(
      release(DATELINE, opening, 'مقرر شد طرفین پیش‌نویس برنامه پژوهشی مشترک را تا پایان ماه تهیه کنند.'),
    );
    expect(d.map((x) => x.kind)).toEqual(['agreement']);
  });

  it('«قرار است …» in the story of a meeting is a decided action', () => {
    const d = decisionsOf(
      release(DATELINE, opening, 'قرار است دانشگاه شیراز فهرست استادان داوطلب را برای دانشگاه تهران بفرستد.'),
    );
    expect(d.map((x) => x.kind)).toEqual(['action']);
  });
});
