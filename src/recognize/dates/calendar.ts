// Calendar arithmetic shared by the date recognisers: Jalali via jalaali-js, Gregorian via UTC
// day numbers, Hijri lunar via the tabular (civil) Islamic calendar.
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import type { Weekday } from '../../records/schema.js';
import { WEEKDAYS } from '../../records/schema.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a Gregorian day. */
export function gregorianToDays(g: Ymd): number {
  return Math.round(Date.UTC(g.y, g.m - 1, g.d) / DAY_MS);
}

export function daysToGregorian(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function jalaliToGregorian(j: Ymd): Ymd {
  const g = toGregorian(j.y, j.m, j.d);
  return { y: g.gy, m: g.gm, d: g.gd };
}

export function gregorianToJalali(g: Ymd): Ymd {
  const j = toJalaali(g.y, g.m, g.d);
  return { y: j.jy, m: j.jm, d: j.jd };
}

export function jalaliToDays(j: Ymd): number {
  return gregorianToDays(jalaliToGregorian(j));
}

export function daysToJalali(days: number): Ymd {
  return gregorianToJalali(daysToGregorian(days));
}

export function isValidJalali(j: Ymd): boolean {
  return j.y >= 1 && j.y <= 3177 && isValidJalaaliDate(j.y, j.m, j.d);
}

export function jalaliMonthLength(y: number, m: number): number {
  return jalaaliMonthLength(y, m);
}

export function isValidGregorian(g: Ymd): boolean {
  if (g.m < 1 || g.m > 12 || g.d < 1) return false;
  return g.d <= gregorianMonthLength(g.y, g.m);
}

export function gregorianMonthLength(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Tabular Islamic calendar (the civil epoch, 16 July 622 Julian, 11-of-30 leap years). Iran's
// official Hijri dates follow moon sighting, so a converted day can be one (rarely two) days off.
const HIJRI_EPOCH_DAYS = -492_148; // 1 Muharram 1 AH as days since 1970-01-01 (JDN 1948440)

function hijriYearLeap(y: number): boolean {
  return (14 + 11 * y) % 30 < 11;
}

export function hijriMonthLength(y: number, m: number): number {
  if (m === 12) return hijriYearLeap(y) ? 30 : 29;
  return m % 2 === 1 ? 30 : 29;
}

export function isValidHijri(h: Ymd): boolean {
  return h.y >= 1 && h.m >= 1 && h.m <= 12 && h.d >= 1 && h.d <= hijriMonthLength(h.y, h.m);
}

export function hijriToDays(h: Ymd): number {
  return (
    h.d +
    Math.ceil(29.5 * (h.m - 1)) +
    (h.y - 1) * 354 +
    Math.floor((3 + 11 * h.y) / 30) +
    HIJRI_EPOCH_DAYS -
    1
  );
}

export function daysToHijri(days: number): Ymd {
  const n = days - HIJRI_EPOCH_DAYS;
  const y = Math.floor((30 * n + 10646) / 10631);
  let m = 1;
  while (m < 12 && hijriToDays({ y, m: m + 1, d: 1 }) <= days) m++;
  const d = days - hijriToDays({ y, m, d: 1 }) + 1;
  return { y, m, d };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function parseIso(s: string): Ymd {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/** Weekday of a day count; 1970-01-01 was a Thursday. */
export function weekdayOfDays(days: number): Weekday {
  // WEEKDAYS starts on Saturday (the Iranian week); Thursday is index 5.
  const idx = (((days + 5) % 7) + 7) % 7;
  return WEEKDAYS[idx] as Weekday;
}
