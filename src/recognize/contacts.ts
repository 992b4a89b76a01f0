// Contacts: e-mail addresses and Iranian phone numbers. Values follow records.md: Latin digits,
// separators removed; the international prefixes +98 / 0098 are written as the domestic 0
// («+98 21 7749 1031» → «02177491031»), so one number has one value however it was written.

import type { TextDoc } from '../text/types.js';
import { findRawDates } from './dates/grammar.js';
import { digitsToLatin } from './dates/patterns.js';
import { toOriginal } from './dates/span.js';
import type { Contacts } from './types.js';

const D = '[0-9\u06f0-\u06f9\u0660-\u0669]';
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9\u06f0-\u06f9._%+-]+@[A-Za-z0-9\u06f0-\u06f9-]+(?:\.[A-Za-z0-9\u06f0-\u06f9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/gu;
// A run of digit groups joined by single spaces or dashes, optionally with +98/0098 and an area
// code in parentheses. Classification by digit count and shape happens afterwards.
const SEP = '(?:[ \\t]?[-–][ \\t]?|[ \\t])';
const PHONE = new RegExp(
  `(?<![\\p{N}\\p{L}/.:,٫،+-])(?:\\+${D}{2}${SEP}?)?(?:\\(${D}{2,4}\\)${SEP}?)?${D}{2,}(?:${SEP}${D}{2,})*(?![\\p{N}]|[/.:٫]\\p{N})`,
  'gu',
);
const PHONE_CONTEXT =
  /(?:تلفن|تلفکس|تماس|فکس|نمابر|شماره\s*(?:تماس|تلفن|همراه)|همراه|موبایل|داخلی|tel|phone|fax|mobile)/iu;
// Numbers that are identifiers or amounts, not phones.
const NOT_PHONE_BEFORE =
  /(?:کد|شناسه|شابک|isbn|issn|شبا|حساب|کارت|پستی|شماره\s*(?:خبر|ثبت|دانشجویی|ملی|پرونده|نامه))[\s:‌]*$/iu;
const NOT_PHONE_AFTER = /^[\s‌]*(?:ریال|تومان|دلار|یورو|نفر|میلیون|میلیارد|هزار|درصد|عدد|متر|کیلو)/u;

export function recognizeContacts(doc: TextDoc): Contacts {
  const text = doc.norm.text;
  const emails: Contacts['emails'] = [];
  for (const m of text.matchAll(EMAIL)) {
    let ne = m.index + m[0].length;
    while (ne > m.index && /[.-]/.test(text[ne - 1] ?? '')) ne--;
    const span = toOriginal(doc, m.index, ne);
    if (span === null) continue;
    const value = digitsToLatin(doc.original.slice(span.start, span.end)).toLowerCase();
    emails.push({ value, start: span.start, end: span.end });
  }

  const dateSpans = findRawDates(text)
    .filter((r) => r.rule.startsWith('date.numeric'))
    .map((r) => [r.nStart, r.nEnd] as const);
  const inEmail = (s: number, e: number) =>
    emails.some((em) => {
      const o = toOriginal(doc, s, e);
      return o !== null && o.start < em.end && em.start < o.end;
    });

  interface Candidate {
    value: string;
    ns: number;
    ne: number;
    strong: boolean;
  }
  const candidates: Candidate[] = [];
  for (const [ns, ne] of phoneRuns(text)) {
    if (dateSpans.some(([a, b]) => ns < b && a < ne) || inEmail(ns, ne)) continue;
    const value = canonicalPhone(text.slice(ns, ne));
    if (value === null) continue;
    const before = text.slice(Math.max(0, ns - 30), ns);
    if (NOT_PHONE_BEFORE.test(before) || NOT_PHONE_AFTER.test(text.slice(ne, ne + 12))) continue;
    const local = /^[1-9]\d{6,7}$/.test(value);
    const lineStart = text.lastIndexOf('\n', ns - 1) + 1;
    const context = PHONE_CONTEXT.test(text.slice(Math.max(lineStart, ns - 40), ns));
    candidates.push({ value, ns, ne, strong: !local || context });
  }
  // A local number without a cue word still counts on a contact line: one with an e-mail or
  // another phone on it.
  const phones: Contacts['phones'] = [];
  for (const c of candidates) {
    if (!c.strong) {
      const ls = text.lastIndexOf('\n', c.ns - 1) + 1;
      const le = text.indexOf('\n', c.ne) === -1 ? text.length : text.indexOf('\n', c.ne);
      const onLine = (s: number, e: number) => s >= ls && e <= le;
      const emailOnLine = emails.some((em) => {
        const o = toOriginal(doc, ls, le);
        return o !== null && em.start >= o.start && em.end <= o.end;
      });
      const phoneOnLine = candidates.some((o) => o !== c && o.strong && onLine(o.ns, o.ne));
      if (!emailOnLine && !phoneOnLine) continue;
    }
    const span = toOriginal(doc, c.ns, c.ne);
    if (span !== null) phones.push({ value: c.value, start: span.start, end: span.end });
  }
  return { emails, phones };
}

/**
 * Digit runs that read as one phone number. A run that is not a phone as a whole («۰۲۱-۷۷۴۹۱۰۳۱
 * ۰۹۱۲۱۲۳۴۵۶۷») is split at its spaces and the pieces are tried instead.
 */
function phoneRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(PHONE)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    if (canonicalPhone(m[0]) !== null) {
      out.push([ns, ne]);
      continue;
    }
    // Greedy left-to-right: the longest space-joined prefix that is a phone, then go on after it.
    const parts = [...m[0].matchAll(/\S+(?:[ \t]?[-–][ \t]?\S+)*/gu)].map((p) => [
      ns + p.index,
      ns + p.index + p[0].length,
    ]);
    let i = 0;
    while (i < parts.length) {
      let found = -1;
      for (let j = parts.length - 1; j >= i; j--) {
        if (canonicalPhone(text.slice(parts[i]?.[0], parts[j]?.[1])) !== null) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        out.push([parts[i]?.[0] ?? 0, parts[found]?.[1] ?? 0]);
        i = found + 1;
      } else i++;
    }
  }
  return out;
}

/**
 * Canonical value of a phone-shaped digit run, or null when it is not an Iranian phone number:
 * mobiles 09xxxxxxxxx, landlines 0AAxxxxxxxx, local numbers of 7–8 digits; other countries
 * keep their + prefix.
 */
export function canonicalPhone(written: string): string | null {
  const latin = digitsToLatin(written);
  const plus = latin.trimStart().startsWith('+');
  let digits = latin.replace(/\D/g, '');
  if (plus) {
    if (!digits.startsWith('98')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith('0098')) {
    digits = `0${digits.slice(4)}`;
  } else if (digits.startsWith('98') && digits.length === 12) {
    digits = `0${digits.slice(2)}`;
  }
  if (/^09\d{9}$/.test(digits)) return digits;
  if (/^0[1-8]\d{9}$/.test(digits)) return digits;
  if (/^[1-9]\d{6,7}$/.test(digits)) return digits;
  return null;
}
