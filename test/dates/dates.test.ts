import { toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import {
  daysToHijri,
  gregorianToDays,
  hijriToDays,
  jalaliToGregorian,
} from '../../src/recognize/dates/calendar.js';
import { recognizeDates, weekdayMismatch } from '../../src/recognize/dates/index.js';
import type { DateValue } from '../../src/records/schema.js';
import { DateValueSchema } from '../../src/records/schema.js';
import { NEGATIVE, POSITIVE } from './corpus.js';
import { makeDoc } from './doc.js';

/** A publication date as the recogniser receives it (only the day matters). */
function pubAt(jalali: string): DateValue {
  const [y, m, d] = jalali.split('-').map(Number) as [number, number, number];
  const g = toGregorian(y, m, d);
  const gi = `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
  return {
    text: jalali,
    start: 0,
    end: 0,
    calendar: 'jalali',
    jalali: { from: jalali, to: jalali },
    gregorian: { from: gi, to: gi },
    precision: 'day',
    weekday: null,
    yearInferred: false,
  };
}

function gregorianOf(jalali: string): string {
  const [y, m, d] = jalali.split('-').map(Number) as [number, number, number];
  const g = toGregorian(y, m, d);
  return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
}

function run(text: string, pub?: string) {
  const doc = makeDoc(text);
  return { doc, dates: recognizeDates(doc, { publishedAt: pub ? pubAt(pub) : null }) };
}

describe('date corpus: positive examples', () => {
  it('has at least 60 positive and 20 negative examples', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of POSITIVE) {
    it(`${c.text} → ${c.span}`, () => {
      const { doc, dates } = run(c.text, c.pub);
      const hit = dates.find((a) => a.date.text === c.span);
      expect(hit, `found: ${dates.map((a) => a.date.text).join(' | ')}`).toBeDefined();
      if (!hit) return;
      expect(doc.original.slice(hit.start, hit.end)).toBe(hit.date.text);
      expect(hit.date.start).toBe(hit.start);
      expect(DateValueSchema.parse(hit.date)).toBeTruthy();
      expect([hit.date.jalali.from, hit.date.jalali.to]).toEqual(c.jalali);
      expect([hit.date.gregorian.from, hit.date.gregorian.to]).toEqual(
        c.gregorian ?? [gregorianOf(c.jalali[0]), gregorianOf(c.jalali[1])],
      );
      expect(hit.date.precision).toBe(c.precision);
      expect(hit.date.calendar).toBe(c.calendar ?? 'jalali');
      if (c.weekday !== undefined) expect(hit.date.weekday).toBe(c.weekday);
      if (c.yearInferred !== undefined) expect(hit.date.yearInferred).toBe(c.yearInferred);
      if (c.time !== undefined) expect(hit.date.time ?? null).toBe(c.time);
      if (c.rule !== undefined) expect(hit.rule).toBe(c.rule);
      expect(hit.type).toBe('date');
    });
  }
});

describe('date corpus: negative examples', () => {
  for (const c of NEGATIVE) {
    it(`no date in «${c.text}»`, () => {
      const { dates } = run(c.text, c.pub);
      expect(dates.map((a) => a.date.text)).toEqual([]);
    });
  }
});

describe('a day counted from the date the story gave', () => {
  it('counts «روز بعد» from the last day before; not «دو روز بعد» nor «روز بعد از افتتاحیه»', () => {
    const text = 'هیئت ۱۰ آبان ۱۴۰۱ آمد. روز بعد بازدید کرد و دو روز بعد رفت؛ روز بعد از افتتاحیه نیز بود.';
    const anchored = run(text).dates.filter((d) => d.rule === 'date.anchored-day');
    expect(anchored.map((d) => [text.slice(d.start, d.end), d.date?.jalali.from])).toEqual([
      ['روز بعد', '1401-08-11'],
    ]);
  });
});

describe('weekday consistency', () => {
  it('keeps the numeric date and the stated weekday when they disagree', () => {
    const { dates } = run('نشست پنجشنبه ۳ بهمن ۱۳۹۷ برگزار شد');
    const d = dates[0]?.date;
    expect(d?.jalali.from).toBe('1397-11-03');
    expect(d?.weekday).toBe('thursday');
    expect(d && weekdayMismatch(d)).toBe(true);
  });
  it('reports no mismatch for a consistent weekday or none stated', () => {
    const [a] = run('چهارشنبه ۳ بهمن ۱۳۹۷').dates;
    const [b] = run('۳ بهمن ۱۳۹۷').dates;
    expect(a && weekdayMismatch(a.date)).toBe(false);
    expect(b && weekdayMismatch(b.date)).toBe(false);
  });
});

describe('calendar conversions', () => {
  it('Esfand 30 of a leap year and Nowruz (1403/1404)', () => {
    expect(jalaliToGregorian({ y: 1403, m: 12, d: 30 })).toEqual({ y: 2025, m: 3, d: 20 });
    expect(jalaliToGregorian({ y: 1404, m: 1, d: 1 })).toEqual({ y: 2025, m: 3, d: 21 });
    expect(jalaliToGregorian({ y: 1402, m: 12, d: 29 })).toEqual({ y: 2024, m: 3, d: 19 });
    expect(jalaliToGregorian({ y: 1403, m: 1, d: 1 })).toEqual({ y: 2024, m: 3, d: 20 });
  });
  it('round-trips the tabular Hijri calendar', () => {
    for (let days = gregorianToDays({ y: 1900, m: 1, d: 1 }); days < 40_000; days += 37) {
      expect(hijriToDays(daysToHijri(days))).toBe(days);
    }
    expect(daysToHijri(gregorianToDays({ y: 2019, m: 4, d: 21 }))).toEqual({ y: 1440, m: 8, d: 15 });
  });
  it('does not produce Esfand 30 in a common year or month 13', () => {
    expect(run('۳۰ اسفند ۱۴۰۲').dates).toEqual([]);
    expect(run('۱۴۰۲/۱۳/۰۱').dates).toEqual([]);
  });
});

describe('the seed release', () => {
  it('reads the meeting date and the next meeting with its year from the meeting', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const path = new URL('../../../shared/seeds/000_e90f60ff8dbf379b.txt', import.meta.url);
    if (!existsSync(path)) return;
    const original = readFileSync(path, 'utf8');
    const { dates } = run(original);
    const meeting = dates.find((a) => a.date.jalali.from === '1397-11-03');
    expect(meeting?.date.text).toBe('چهارشنبه سوم بهمن ماه 1397');
    expect(meeting?.date.gregorian.from).toBe('2019-01-23');
    expect(meeting?.date.weekday).toBe('wednesday');
    expect(meeting && weekdayMismatch(meeting.date)).toBe(false);
    const next = dates.find((a) => a.date.text.includes('اسفند'));
    expect(next?.date.jalali).toEqual({ from: '1397-12-01', to: '1397-12-15' });
    expect(next?.date.yearInferred).toBe(true);
    for (const a of dates) expect(original.slice(a.start, a.end)).toBe(a.date.text);
  });
});
