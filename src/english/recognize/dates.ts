// English dates: Gregorian dates with their Jalali value, Jalali dates written in English («24
// Ordibehesht 1403»; «Monday 24 May 1403» — a Gregorian month name over a Jalali year names the
// Jalali month that mostly overlaps it, Ordibehesht ≈ May), day lists («the 4th, 5th and 6th of
// March 2017») and weekdays relative to the dateline («on Tuesday», «on Thursday and Friday»).
// compromise-dates reads what the patterns here do not.
import {
  daysToGregorian,
  daysToJalali,
  gregorianToDays,
  iso,
  isValidGregorian,
  isValidJalali,
  jalaliToDays,
  parseIso,
  weekdayOfDays,
} from '../../recognize/dates/calendar.js';
import type { Mention } from '../../recognize/types.js';
import type { DateValue, Weekday } from '../../records/schema.js';
import { type EnContext, tokenFrom } from '../context.js';
import { phraseKey } from '../keys.js';
import type { EnglishLexicon } from '../lexicon.js';

/** A day without a year lies at most this far after the dateline (a release reports the past). */
const FUTURE_WINDOW_DAYS = 45;

interface Found {
  start: number;
  end: number;
  calendar: 'jalali' | 'gregorian';
  from: number;
  to: number;
  weekday: Weekday | null;
  yearInferred: boolean;
}

const alt = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

type Groups = Record<string, string | undefined>;
type Read = (g: Groups, anchor: number | null) => Omit<Found, 'start' | 'end'> | null;

interface Grammar {
  patterns: { id: string; re: RegExp; read: Read }[];
  weekdayRe: RegExp;
}

const grammars = new WeakMap<EnglishLexicon, Grammar>();

/** The patterns, compiled once per lexicon; `anchor` (the dateline's day) completes a missing year. */
function grammar(lex: EnglishLexicon): Grammar {
  const cached = grammars.get(lex);
  if (cached) return cached;
  const gm = alt(monthWords(lex.gregorianMonths));
  const jm = alt(monthWords(lex.jalaliMonths));
  const wd = alt(monthWords(lex.weekdays));
  const ORD = String.raw`(?:\d{1,2})(?:st|nd|rd|th)?`;
  const WD = String.raw`(?:(?<wd>${wd})\.?,?\s+)?`;
  const Y = String.raw`(?<y>\d{4})`;
  const month = (m: Map<string, number>, s: string | undefined) => (s ? (m.get(phraseKey(s)) ?? null) : null);
  const weekday = (s: string | undefined) => (s ? (lex.weekdays.get(phraseKey(s)) ?? null) : null);
  const day = (s: string | undefined) => Number.parseInt(s ?? '', 10);
  const resolve = (
    y: number | null,
    mName: number | null,
    d1: number,
    d2: number,
    jalaliMonth: boolean,
    wdText: string | undefined,
    anchor: number | null,
  ): Omit<Found, 'start' | 'end'> | null => {
    if (mName === null) return null;
    const jalaliYear = y !== null && y >= lex.jalaliYears.min && y <= lex.jalaliYears.max;
    const jalali = jalaliMonth || jalaliYear;
    // A Gregorian month name over a Jalali year: Farvardin is written April, Ordibehesht May …
    const m = jalaliMonth ? mName : jalaliYear ? ((mName + 8) % 12) + 1 : mName;
    let year = y;
    let inferred = false;
    if (year === null) {
      if (anchor === null) return null;
      inferred = true;
      year = jalali ? daysToJalali(anchor).y : daysToGregorian(anchor).y;
    }
    const toDays = (yy: number, dd: number) => {
      const ymd = { y: yy, m, d: dd };
      if (jalali) return isValidJalali(ymd) ? jalaliToDays(ymd) : null;
      return isValidGregorian(ymd) ? gregorianToDays(ymd) : null;
    };
    let from = toDays(year, d1);
    let to = toDays(year, d2);
    if (from === null || to === null || to < from) return null;
    if (inferred && anchor !== null && from > anchor + FUTURE_WINDOW_DAYS) {
      from = toDays(year - 1, d1);
      to = toDays(year - 1, d2);
      if (from === null || to === null) return null;
    }
    return {
      calendar: jalali ? 'jalali' : 'gregorian',
      from,
      to,
      weekday: from === to ? weekday(wdText) : null,
      yearInferred: inferred,
    };
  };
  const LIST = String.raw`(?:the\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*(?:the\s+)?${ORD}){0,6}\s*(?:,?\s*and|,?\s*&|-|–|to|until|till)\s*(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?`;
  const g: Grammar = {
    patterns: [
      {
        id: 'en.date.day-list',
        re: new RegExp(String.raw`\b${LIST}\s+(?:of\s+)?(?<m>${gm}|${jm})\.?,?\s+${Y}\b`, 'giu'),
        read: (x, a) =>
          resolve(Number(x.y), monthEither(x.m), day(x.d1), day(x.d2), isJalali(x.m), undefined, a),
      },
      {
        id: 'en.date.month-day-range',
        re: new RegExp(
          String.raw`\b(?<m>${gm}|${jm})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+${Y}\b`,
          'giu',
        ),
        read: (x, a) =>
          resolve(Number(x.y), monthEither(x.m), day(x.d1), day(x.d2), isJalali(x.m), undefined, a),
      },
      {
        // Before «October 11»: a year in front («2022 October 11») is part of the date.
        id: 'en.date.year-month-day',
        re: new RegExp(String.raw`\b${Y}\s+(?<m>${gm}|${jm})\.?\s+(?<d>\d{1,2})\b`, 'giu'),
        read: (x, a) =>
          resolve(Number(x.y), monthEither(x.m), day(x.d), day(x.d), isJalali(x.m), undefined, a),
      },
      {
        id: 'en.date.day-month',
        re: new RegExp(
          String.raw`\b${WD}(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>${gm}|${jm})\b\.?(?:,?\s*${Y}\b)?`,
          'giu',
        ),
        read: (x, a) =>
          resolve(x.y ? Number(x.y) : null, monthEither(x.m), day(x.d), day(x.d), isJalali(x.m), x.wd, a),
      },
      {
        id: 'en.date.month-day',
        re: new RegExp(
          String.raw`\b${WD}(?<m>${gm}|${jm})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*${Y}\b)?`,
          'giu',
        ),
        read: (x, a) =>
          resolve(x.y ? Number(x.y) : null, monthEither(x.m), day(x.d), day(x.d), isJalali(x.m), x.wd, a),
      },
      {
        id: 'en.date.numeric',
        re: /\b(?<y>\d{4})[-/.](?<mo>\d{1,2})[-/.](?<d>\d{1,2})\b/g,
        read: (x, a) => resolve(Number(x.y), Number(x.mo), day(x.d), day(x.d), false, undefined, a),
      },
    ],
    weekdayRe: new RegExp(String.raw`\b(?<wd>${wd})\b(?:\s+and\s+(?<wd2>${wd})\b)?`, 'giu'),
  };
  function monthEither(s: string | undefined): number | null {
    return month(lex.jalaliMonths, s) ?? month(lex.gregorianMonths, s);
  }
  function isJalali(s: string | undefined): boolean {
    return month(lex.jalaliMonths, s) !== null && month(lex.gregorianMonths, s) === null;
  }
  grammars.set(lex, g);
  return g;
}

/** Without trailing spaces, commas and full stops (a loop: a regex anchored at the end rescans). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && /[\s,.]/u.test(s[e - 1]!)) e--;
  return s.slice(0, e);
}

function monthWords(m: Map<string, unknown>): string[] {
  return [...m.keys()];
}

function toValue(c: EnContext, f: Found): DateValue {
  const text = c.doc.original.slice(f.start, f.end);
  return {
    text,
    start: f.start,
    end: f.end,
    calendar: f.calendar,
    jalali: { from: iso(daysToJalali(f.from)), to: iso(daysToJalali(f.to)) },
    gregorian: { from: iso(daysToGregorian(f.from)), to: iso(daysToGregorian(f.to)) },
    precision: f.from === f.to ? 'day' : 'range',
    weekday: f.weekday,
    yearInferred: f.yearInferred,
    time: null,
  };
}

export function recognizeDates(c: EnContext, publishedAt: DateValue | null): Mention[] {
  const anchor = publishedAt ? gregorianToDays(parseIso(publishedAt.gregorian.from)) : null;
  const g = grammar(c.en);
  const text = c.doc.original;
  const found: Found[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && f.start < e);
  for (const p of g.patterns) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + trimEnd(m[0]).length;
      if (!free(start, end)) continue;
      const v = p.read(m.groups ?? {}, anchor);
      if (v) found.push({ ...v, start, end });
    }
  }
  // A weekday alone is a day of the week of the dateline: the last such day on or before it.
  if (anchor !== null) {
    for (const m of text.matchAll(g.weekdayRe)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const wd = c.en.weekdays.get(phraseKey(m.groups!.wd!))!;
      let from = anchor;
      while (weekdayOfDays(from) !== wd) from--;
      let to = from;
      const wd2 = m.groups!.wd2 ? c.en.weekdays.get(phraseKey(m.groups!.wd2)) : undefined;
      if (wd2) {
        // «Thursday and Friday»: two days in a row, the second the last such day on or before the dateline.
        let last = anchor;
        while (weekdayOfDays(last) !== wd2) last--;
        if (weekdayOfDays(last - 1) === wd) {
          from = last - 1;
          to = last;
        }
      }
      found.push({
        start,
        end,
        calendar: 'gregorian',
        from,
        to,
        weekday: from === to ? wd : null,
        yearInferred: true,
      });
    }
  }
  // compromise-dates: explicit days the patterns did not read.
  for (const m of c.nlp.dates(anchor !== null ? iso(daysToGregorian(anchor)) : null)) {
    const start = m.offset.start;
    const raw = text.slice(start, start + m.offset.length);
    const trimmed = trimEnd(raw.replace(/^(?:on|in|at|since|from|the)\s+/i, ''));
    const s = start + raw.indexOf(trimmed);
    const e = s + trimmed.length;
    const day = m.dates?.start?.slice(0, 10);
    const last = m.dates?.end?.slice(0, 10);
    // Only days the text states with a number and a year: «in 1949», «This year», «12:00» are not.
    if (!day || day !== last || !/\b\d{1,2}\b/.test(trimmed) || !/\b\d{4}\b/.test(trimmed) || !free(s, e))
      continue;
    const from = gregorianToDays(parseIso(day));
    found.push({
      start: s,
      end: e,
      calendar: 'gregorian',
      from,
      to: from,
      weekday: null,
      yearInferred: false,
    });
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const tFirst = tokenFrom(c, f.start);
      const tEnd = Math.max(tFirst + 1, tokenFrom(c, f.end - 1) + 1);
      return {
        type: 'date' as const,
        rule: 'en.date',
        start: f.start,
        end: f.end,
        tFirst,
        tEnd,
        date: toValue(c, f),
      };
    });
}
