// Date recogniser: finds date phrases in the normalised text (grammar.ts), resolves them to
// Jalali and Gregorian day ranges, infers missing years from context and attaches times of day.
import type { DateValue, Weekday } from '../../records/schema.js';
import type { TextDoc } from '../../text/types.js';
import type { Annotation } from '../types.js';
import {
  daysToGregorian,
  daysToHijri,
  daysToJalali,
  gregorianMonthLength,
  gregorianToDays,
  hijriMonthLength,
  hijriToDays,
  iso,
  isValidGregorian,
  isValidHijri,
  isValidJalali,
  jalaliMonthLength,
  jalaliToDays,
  parseIso,
  weekdayOfDays,
  type Ymd,
} from './calendar.js';
import { type Calendar, findRawDates, findTimes, type RawDate } from './grammar.js';
import { toOriginal } from './span.js';

export { weekdayOfDays } from './calendar.js';

export interface DateContext {
  publishedAt: DateValue | null;
  /**
   * Days the text can be about, known from outside its dates (the terms of the officeholders it
   * names): a day without a year, in a text with no publication date and no dated phrase, takes the
   * one year that puts it (on its stated weekday) inside them.
   */
  anchor?: YearAnchor | null;
}

/** A bound on the days a text is about, and what it rests on (src/extract/year-anchor.ts). */
export interface YearAnchor {
  /** First and last day (day numbers, inclusive); `to` null: no end known. */
  from: number;
  to: number | null;
  rule: string;
  note: string;
  evidence: { start: number; end: number }[];
}

type YearFrom = NonNullable<DateValue['yearFrom']>;

export interface DateAnnotation extends Annotation {
  type: 'date';
  date: DateValue;
}

/**
 * A press release reports the past: a day without a year may lie at most this far after
 * publication. A month or part of a month without a year is more often a plan («در بهمن‌ماه
 * برگزار می‌شود»), so it may lie up to half a year ahead.
 */
const FUTURE_WINDOW_DAYS = 45;
const FUTURE_WINDOW_MONTH_DAYS = 183;

interface Resolved {
  raw: RawDate;
  from: number;
  to: number;
  precision: DateValue['precision'];
  yearInferred: boolean;
  yearFrom?: YearFrom;
}

/** True when the text states a weekday that is not the weekday of the (single-day) date. */
export function weekdayMismatch(date: DateValue): boolean {
  if (date.weekday === null || date.precision !== 'day') return false;
  const g = parseIso(date.gregorian.from);
  return weekdayOfDays(gregorianToDays(g)) !== date.weekday;
}

/** `raws`: the text's date phrases when the caller has them already (published.ts). */
export function recognizeDates(
  doc: TextDoc,
  ctx: DateContext,
  raws: readonly RawDate[] = findRawDates(doc.norm.text),
): DateAnnotation[] {
  return recognizeDatesAndGaps(doc, ctx, raws).dates;
}

/**
 * The dates, and how many days or ranges were left out for want of a year (no publication date, no
 * other date in the text): the caller may then look for a YearAnchor and run again.
 */
export function recognizeDatesAndGaps(
  doc: TextDoc,
  ctx: DateContext,
  raws: readonly RawDate[] = findRawDates(doc.norm.text),
): { dates: DateAnnotation[]; yearless: number } {
  const chosen = selectLongest(raws);
  const pubDay = ctx.publishedAt ? gregorianToDays(parseIso(ctx.publishedAt.gregorian.from)) : null;

  // Explicit dates first: they are the context for the years the others leave out.
  const explicit: { at: number; day: number }[] = [];
  const resolved = new Map<RawDate, Resolved>();
  for (const raw of chosen) {
    if (raw.y === null || raw.shape === 'year' || raw.shape === 'relative') continue;
    const r = resolveWithYear(raw, raw.y, false);
    if (r === null) continue;
    resolved.set(raw, r);
    if (raw.shape !== 'month') explicit.push({ at: raw.nStart, day: r.from });
  }
  for (const raw of chosen) {
    if (resolved.has(raw)) continue;
    const r =
      raw.relative?.kind === 'year'
        ? resolveRelativeYear(raw, raw.relative.offset, pubDay, explicit)
        : raw.relative?.kind === 'anchored'
          ? resolveAnchored(raw, raw.relative.offset, explicit)
          : raw.shape === 'year'
            ? resolveYear(raw)
            : raw.shape === 'relative'
              ? resolveRelative(raw, pubDay)
              : raw.y === null
                ? inferYear(raw, pubDay, explicit, ctx.anchor ?? null)
                : null;
    if (r !== null) resolved.set(raw, r);
  }
  const yearless = chosen.filter((raw) => !resolved.has(raw) && isYearlessDay(raw));
  // Days the anchor dated are the context of the others, as explicit dates are («سه‌شنبه ۱۶ آذر»
  // dated by the officeholders, then «۱۶ آذر» with no weekday is the same year).
  const anchored = chosen.flatMap((raw) => {
    const r = resolved.get(raw);
    return r?.yearFrom && r.precision === 'day' ? [{ at: raw.nStart, day: r.from, r }] : [];
  });
  for (const raw of anchored.length ? yearless : []) {
    const r = inferYear(raw, null, anchored, null);
    const ref = precedingOrFirst(anchored, raw.nStart)!;
    if (r === null) continue;
    resolved.set(raw, {
      ...r,
      yearFrom: {
        rule: `${ref.r.yearFrom!.rule}+year.nearest-date`,
        note: ref.r.yearFrom!.note,
        evidence: ref.r.yearFrom!.evidence,
      },
    });
  }

  const out: DateAnnotation[] = [];
  for (const raw of chosen) {
    const r = resolved.get(raw);
    if (r === undefined) continue;
    const span = toOriginal(doc, raw.nStart, raw.nEnd);
    if (span === null) continue;
    out.push({
      type: 'date',
      start: span.start,
      end: span.end,
      rule: r.yearFrom ? `${raw.rule}+${r.yearFrom.rule}` : raw.rule,
      date: toValue(doc.original, span.start, span.end, raw, r),
    });
  }
  attachTimes(doc, out);
  return {
    dates: mergeParallel(doc.original, out),
    yearless: yearless.filter((raw) => !resolved.has(raw)).length,
  };
}

/** A day or range written without its year (not a relative phrase, not a month). */
function isYearlessDay(raw: RawDate): boolean {
  return raw.y === null && raw.relative === undefined && (raw.shape === 'day' || raw.shape === 'range');
}

/** Longest first, then earliest; overlapping shorter candidates are dropped. */
function selectLongest(raws: readonly RawDate[]): RawDate[] {
  const sorted = [...raws].sort((a, b) => b.nEnd - b.nStart - (a.nEnd - a.nStart) || a.nStart - b.nStart);
  // Characters already taken: linear, where comparing every pair would not be on long documents.
  const taken = new Uint8Array(raws.reduce((max, r) => Math.max(max, r.nEnd), 0));
  const kept: RawDate[] = [];
  for (const r of sorted) {
    if (taken.subarray(r.nStart, r.nEnd).includes(1)) continue;
    taken.fill(1, r.nStart, r.nEnd);
    kept.push(r);
  }
  return kept.sort((a, b) => a.nStart - b.nStart);
}

function toDays(cal: Calendar, d: Ymd): number | null {
  if (cal === 'jalali') return isValidJalali(d) ? jalaliToDays(d) : null;
  if (cal === 'gregorian') return isValidGregorian(d) ? gregorianToDays(d) : null;
  return isValidHijri(d) ? hijriToDays(d) : null;
}

function monthLength(cal: Calendar, y: number, m: number): number {
  if (cal === 'jalali') return jalaliMonthLength(y, m);
  if (cal === 'gregorian') return gregorianMonthLength(y, m);
  return hijriMonthLength(y, m);
}

function yearOfDays(cal: Calendar, days: number): number {
  if (cal === 'jalali') return daysToJalali(days).y;
  if (cal === 'gregorian') return daysToGregorian(days).y;
  return daysToHijri(days).y;
}

function resolveWithYear(raw: RawDate, y: number, yearInferred: boolean): Resolved | null {
  const cal = raw.calendar;
  const m = raw.m;
  if (m === null || m < 1 || m > 12) return null;
  if (raw.shape === 'month' || raw.shape === 'part') {
    const len = monthLength(cal, y, m);
    const [a, b] = raw.part ?? [1, 'end'];
    const from = toDays(cal, { y, m, d: a });
    const to = toDays(cal, { y, m, d: b === 'end' ? len : Math.min(b, len) });
    if (from === null || to === null) return null;
    return { raw, from, to, precision: raw.shape === 'month' ? 'month' : 'range', yearInferred };
  }
  if (raw.d === null) return null;
  const from = toDays(cal, { y, m, d: raw.d });
  if (from === null) return null;
  if (raw.shape === 'range') {
    const m2 = raw.m2 ?? m;
    const y2 = raw.y2 ?? (m2 < m ? y + 1 : y);
    const to = raw.d2 == null ? null : toDays(cal, { y: y2, m: m2, d: raw.d2 });
    if (to === null || to < from) return null;
    return { raw, from, to, precision: 'range', yearInferred };
  }
  return { raw, from, to: from, precision: 'day', yearInferred };
}

/** «سال آینده»: the publication year, or else the year of the last explicit date, plus offset. */
function resolveRelativeYear(
  raw: RawDate,
  offset: number,
  pubDay: number | null,
  explicit: { at: number; day: number }[],
): Resolved | null {
  const ref = pubDay ?? precedingOrFirst(explicit, raw.nStart)?.day ?? null;
  if (ref === null) return null;
  const r = resolveYear({ ...raw, y: daysToJalali(ref).y + offset });
  return r && { ...r, yearInferred: true };
}

/** «فردای آن روز»: offset days from the last explicit date before the phrase. */
function resolveAnchored(
  raw: RawDate,
  offset: number,
  explicit: { at: number; day: number }[],
): Resolved | null {
  const ref = precedingOrFirst(explicit, raw.nStart);
  if (ref === undefined || ref.at >= raw.nStart) return null;
  const day = ref.day + offset;
  return { raw, from: day, to: day, precision: 'day', yearInferred: true };
}

function precedingOrFirst<T extends { at: number; day: number }>(explicit: T[], at: number): T | undefined {
  // `explicit` is in text order: the last one before `at` by binary search.
  let lo = 0;
  let hi = explicit.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (explicit[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? explicit[lo - 1] : explicit[0];
}

function resolveYear(raw: RawDate): Resolved | null {
  const y = raw.y;
  if (y === null) return null;
  const from = toDays(raw.calendar, { y, m: 1, d: 1 });
  const to = toDays(raw.calendar, { y, m: 12, d: monthLength(raw.calendar, y, 12) });
  if (from === null || to === null) return null;
  return { raw, from, to, precision: 'year', yearInferred: false };
}

function resolveRelative(raw: RawDate, pubDay: number | null): Resolved | null {
  const rel = raw.relative;
  if (pubDay === null || rel === undefined) return null;
  if (rel.kind === 'day') {
    const day = pubDay + rel.offset;
    return { raw, from: day, to: day, precision: 'day', yearInferred: true };
  }
  // The Iranian week runs Saturday..Friday.
  const weekStart = pubDay - ((((pubDay + 5) % 7) + 7) % 7);
  if (rel.kind !== 'weekday') return null;
  const target =
    weekStart +
    ['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'].indexOf(rel.weekday);
  let day: number;
  if (rel.direction === 0) day = target <= pubDay ? target : target - 7;
  else if (rel.direction < 0) day = target < pubDay ? target : target - 7;
  else day = target > pubDay ? target : target + 7;
  return { raw, from: day, to: day, precision: 'day', yearInferred: true };
}

/**
 * The year a phrase leaves out: with a publication date, the latest year that does not put the
 * date more than FUTURE_WINDOW_DAYS after it (releases report the past, but announce the near
 * future); otherwise the year nearest the closest preceding explicit date of the document.
 */
function inferYear(
  raw: RawDate,
  pubDay: number | null,
  explicit: { at: number; day: number }[],
  anchor: YearAnchor | null,
): Resolved | null {
  const cal = raw.calendar;
  if (pubDay !== null) {
    const base = yearOfDays(cal, pubDay);
    if (raw.yearOffset !== undefined) return resolveWithYear(raw, base + raw.yearOffset, true);
    const window =
      raw.shape === 'day' || raw.shape === 'range' ? FUTURE_WINDOW_DAYS : FUTURE_WINDOW_MONTH_DAYS;
    const fits: Resolved[] = [];
    for (const y of [base + 1, base, base - 1]) {
      const r = resolveWithYear(raw, y, true);
      if (r !== null && r.from <= pubDay + window) fits.push(r);
    }
    return statedWeekday(fits) ?? fits[0] ?? null;
  }
  const ref = precedingOrFirst(explicit, raw.nStart);
  if (ref === undefined) return anchor && isYearlessDay(raw) ? anchoredYear(raw, anchor) : null;
  const base = yearOfDays(cal, ref.day);
  // «اردیبهشت سال آینده» in a story dated by its meeting: the meeting's year plus the offset.
  if (raw.yearOffset !== undefined) return resolveWithYear(raw, base + raw.yearOffset, true);
  const near: Resolved[] = [];
  for (const y of [base - 1, base, base + 1]) {
    const r = resolveWithYear(raw, y, true);
    if (r !== null) near.push(r);
  }
  near.sort((a, b) => Math.abs(a.from - ref.day) - Math.abs(b.from - ref.day));
  return statedWeekday(near) ?? near[0] ?? null;
}

/** How many years an open anchor («to» unknown) is searched: enough for every weekday to recur. */
const OPEN_ANCHOR_YEARS = 30;

/**
 * The one year that puts the day (or range) inside the anchor's days, on its stated weekday when it
 * has one; none when no year or several years do.
 */
function anchoredYear(raw: RawDate, anchor: YearAnchor): Resolved | null {
  const cal = raw.calendar;
  const last = anchor.to ?? anchor.from + OPEN_ANCHOR_YEARS * 366;
  let found: Resolved | null = null;
  for (let y = yearOfDays(cal, anchor.from); y <= yearOfDays(cal, last); y++) {
    const r = resolveWithYear(raw, y, true);
    if (r === null || r.from < anchor.from || r.to > last) continue;
    if (raw.weekday && r.precision === 'day' && weekdayOfDays(r.from) !== raw.weekday) continue;
    if (found !== null) return null;
    found = r;
  }
  if (found === null) return null;
  const note = raw.weekday ? `${anchor.note}; weekday ${raw.weekday}` : anchor.note;
  return { ...found, yearFrom: { rule: anchor.rule, note, evidence: anchor.evidence } };
}

/**
 * «دوشنبه ۵ آذر» with no year: of the years the context allows (best first), the first whose
 * calendar puts the stated weekday on that day. A writer names the weekday of the day meant, so it
 * settles a year the publication or story date leaves open (a day some weeks after publication: a
 * plan, or last year's event). When no allowed year has that weekday, none is preferred: the
 * weekday is then the writer's slip (weekday-mismatch), not a reason to move years away.
 */
function statedWeekday(candidates: readonly Resolved[]): Resolved | undefined {
  const weekday = candidates[0]?.raw.weekday;
  if (!weekday || candidates[0]!.precision !== 'day') return undefined;
  return candidates.find((r) => weekdayOfDays(r.from) === weekday);
}

function toValue(original: string, start: number, end: number, raw: RawDate, r: Resolved): DateValue {
  const gFrom = daysToGregorian(r.from);
  const gTo = daysToGregorian(r.to);
  return {
    text: original.slice(start, end),
    start,
    end,
    calendar: raw.calendar,
    jalali: { from: iso(daysToJalali(r.from)), to: iso(daysToJalali(r.to)) },
    gregorian: { from: iso(gFrom), to: iso(gTo) },
    precision: r.precision,
    weekday: raw.weekday satisfies Weekday | null,
    yearInferred: r.yearInferred,
    ...(r.yearFrom ? { yearFrom: r.yearFrom } : {}),
    time: raw.time ?? null,
  };
}

/** A time of day in a sentence belongs to that sentence's date (the nearest one). */
function attachTimes(doc: TextDoc, dates: DateAnnotation[]): void {
  // Times first: with none, the sentences need not be known (an edge line makes them on demand).
  if (dates.length === 0) return;
  const times = findTimes(doc.norm.text);
  if (times.length === 0) return;
  // Dates by sentence, once: a long document has thousands of both.
  const bySentence = new Map<number, DateAnnotation[]>();
  for (const d of dates) {
    if (d.date.time || d.date.precision === 'year' || d.date.precision === 'month') continue;
    const k = sentenceOf(doc, d.start);
    const list = bySentence.get(k);
    if (list) list.push(d);
    else bySentence.set(k, [d]);
  }
  for (const t of times) {
    const span = toOriginal(doc, t.nStart, t.nEnd);
    if (span === null) continue;
    let best: DateAnnotation | null = null;
    for (const d of bySentence.get(sentenceOf(doc, span.start)) ?? []) {
      if (d.date.time) continue;
      if (span.start < d.end && d.start < span.end) continue;
      const dist = d.start < span.start ? span.start - d.end : d.start - span.end;
      const bestDist =
        best === null ? Infinity : best.start < span.start ? span.start - best.end : best.start - span.end;
      if (dist < bestDist) best = d;
    }
    if (best) best.date.time = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  }
}

/** Index of the sentence containing original offset `at` (binary search); a line number when none does. */
function sentenceOf(doc: TextDoc, at: number): number {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  // Without sentences, a line is the unit.
  return -1 - (doc.original.slice(0, at).match(/\n/g)?.length ?? 0);
}

const isoDays = (s: string) => gregorianToDays(parseIso(s));

/**
 * The same day (or range). A Hijri date may be one day off its twin: the tabular calendar and
 * Iran's official moon sighting disagree by a day now and then.
 */
function sameDays(a: DateValue, b: DateValue): boolean {
  const slack = a.calendar === 'hijri' || b.calendar === 'hijri' ? 1 : 0;
  return (
    Math.abs(isoDays(a.gregorian.from) - isoDays(b.gregorian.from)) <= slack &&
    Math.abs(isoDays(a.gregorian.to) - isoDays(b.gregorian.to)) <= slack
  );
}

/**
 * «۳ بهمن ۱۳۹۷ (۲۳ ژانویه ۲۰۱۹)»: the same day in two calendars is one date. The annotation keeps
 * the Jalali reading and spans both phrases.
 */
function mergeParallel(original: string, dates: DateAnnotation[]): DateAnnotation[] {
  const out: DateAnnotation[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i] as DateAnnotation;
    const b = dates[i + 1];
    if (
      b !== undefined &&
      a.date.calendar !== b.date.calendar &&
      sameDays(a.date, b.date) &&
      /^[\s\u200c]*(?:[([،,/-][\s\u200c]*)?$/u.test(original.slice(a.end, b.start))
    ) {
      // Jalali first, then Gregorian: the Hijri reading is the approximate one.
      const rank = { jalali: 0, gregorian: 1, hijri: 2 } as const;
      const keep = rank[b.date.calendar] < rank[a.date.calendar] ? b : a;
      const other = keep === a ? b : a;
      const start = a.start;
      // «… (۲۴ آبان ۱۴۰۲)»: the closing parenthesis belongs to the pair.
      const close = /^[\s\u200c]*\)/u.exec(original.slice(b.end));
      const end = close && /\(/u.test(original.slice(a.end, b.start)) ? b.end + close[0].length : b.end;
      out.push({
        ...keep,
        start,
        end,
        date: {
          ...keep.date,
          text: original.slice(start, end),
          start,
          end,
          weekday: keep.date.weekday ?? other.date.weekday,
          yearInferred: keep.date.yearInferred && other.date.yearInferred,
          time: keep.date.time ?? other.date.time ?? null,
        },
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
