// Contacts: e-mail addresses and Iranian phone numbers. Values follow records.md literally: Latin
// digits as written, spaces, dashes and parentheses removed, a leading «+» kept
// («+۹۸-۲۱-۶۶۱۶۴۰۰۰» → «+982166164000»). +98 / 0098 and a leading 0 are the same number:
// phoneKey() gives the one domestic form («02166164000») to compare or deduplicate by.

import type { TextDoc } from '../text/types.js';
import { findRawDates } from './dates/grammar.js';
import { digitsToLatin } from './dates/patterns.js';
import { toOriginal } from './dates/span.js';
import { execAll } from './exec-all.js';
import type { Contacts } from './types.js';

const D = '[0-9\u06f0-\u06f9\u0660-\u0669]';
export const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9\u06f0-\u06f9._%+-]+@[A-Za-z0-9\u06f0-\u06f9-]+(?:\.[A-Za-z0-9\u06f0-\u06f9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/gu;
// Its sticky copy, made on first use (inside this module's functions, where the ReDoS inventory
// attributes it to this file).
let emailAt: RegExp | undefined;
const isLocalChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x6f0 && c <= 0x6f9) ||
  c === 0x2e ||
  c === 0x5f ||
  c === 0x25 ||
  c === 0x2b ||
  c === 0x2d;

/**
 * The matches of EMAIL a global scan finds, tried only at the «@»s: the local part is the run of
 * its characters before an «@», and the lookbehind forbids any of them before its start, so a match
 * can start only where that run starts (the regex would otherwise try its lookbehind at every
 * character of the text).
 */
export function emailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let p = at;
    while (p > 0 && isLocalChar(text.charCodeAt(p - 1))) p--;
    if (p < next || p === at) continue;
    emailAt ??= new RegExp(EMAIL.source, 'uy');
    emailAt.lastIndex = p;
    const m = emailAt.exec(text);
    if (m === null) continue;
    out.push(m);
    next = p + m[0].length;
    at = next - 1;
  }
  return out;
}

// A run of digit groups joined by single spaces or dashes, optionally with +98 and an area code
// in parentheses. Whether it is a phone is decided afterwards, by digit count, shape and context.
const SEP = '(?:[ \\t]?[-–][ \\t]?|[ \\t])';
const PHONE = new RegExp(
  `(?<![\\p{N}\\p{L}/.:,٫،+-])(?:\\+${D}{2}${SEP}?)?(?:\\(${D}{2,4}\\)${SEP}?)?${D}{2,}(?:${SEP}${D}{2,})*(?![\\p{N}]|[/.:٫]\\p{N})`,
  'gu',
);
const MAX_PHONE_PARTS = 8;
const CUE_BEFORE =
  /(?:تلفن|تلفکس|تماس|فکس|نمابر|شماره\s*(?:تماس|تلفن|همراه)|همراه|موبایل|داخلی|tel|phone|fax|mobile|call)/iu;
const CUE_AFTER = /^[\s\u200c]*(?:تماس|تلفن)/u;
// Numbers that are identifiers or amounts, not phones.
const NOT_PHONE_BEFORE =
  /(?:کد|شناسه|شابک|isbn|issn|شبا|حساب|کارت|پستی|شماره\s*(?:خبر|ثبت|دانشجویی|ملی|پرونده|نامه|مجوز))[\s:\u200c]*$/iu;
const NOT_PHONE_AFTER = /^[\s\u200c]*(?:ریال|تومان|دلار|یورو|نفر|میلیون|میلیارد|هزار|درصد|عدد|متر|کیلو)/u;

/** How much evidence a digit run needs to be read as a phone number. */
type PhoneShape =
  /** mobile 09xxxxxxxxx, landline 0AAxxxxxxxx, foreign +…: phone by shape alone */
  | 'full'
  /** local 7–8 digits, or an area code with a short number: a cue word or a contact line */
  | 'local'
  /** 5–6 digit service numbers («۴۲۱۶۳»): only right next to a cue word */
  | 'short';

/** As written: Latin digits, a leading «+» kept, every separator dropped. */
export function phoneValue(written: string): string {
  const latin = digitsToLatin(written).trim();
  return (latin.startsWith('+') ? '+' : '') + latin.replace(/\D/g, '');
}

/** One form per number: +98 / 0098 / 98 (12 digits) become the domestic leading 0. */
export function phoneKey(written: string): string {
  const value = phoneValue(written);
  const digits = value.replace(/\D/g, '');
  if (value.startsWith('+')) return digits.startsWith('98') ? `0${digits.slice(2)}` : `+${digits}`;
  if (digits.startsWith('0098')) return `0${digits.slice(4)}`;
  if (digits.startsWith('98') && digits.length === 12) return `0${digits.slice(2)}`;
  return digits;
}

export function phoneShape(written: string): PhoneShape | null {
  const key = phoneKey(written);
  if (key.startsWith('+')) return key.length >= 9 && key.length <= 16 ? 'full' : null;
  if (/^09\d{9}$/.test(key) || /^0[1-8]\d{9}$/.test(key)) return 'full';
  if (/^0[1-8]\d{6,8}$/.test(key) || /^[1-9]\d{6,7}$/.test(key)) return 'local';
  if (/^[1-9]\d{4,5}$/.test(key)) return 'short';
  return null;
}

export function recognizeContacts(doc: TextDoc): Contacts {
  const text = doc.norm.text;
  const emails: Contacts['emails'] = [];
  const emailStarts: number[] = [];
  for (const m of emailMatches(text)) {
    let ne = m.index + m[0].length;
    while (ne > m.index && /[.-]/.test(text[ne - 1] ?? '')) ne--;
    const span = toOriginal(doc, m.index, ne);
    if (span === null) continue;
    const value = digitsToLatin(doc.original.slice(span.start, span.end)).toLowerCase();
    emails.push({ value, start: span.start, end: span.end });
    emailStarts.push(m.index);
  }

  // Everything below is looked up by position (sorted spans, line numbers) rather than by scanning:
  // a crafted line of thousands of digit groups must stay linear.
  const overlapsDate = overlapIndex(
    findRawDates(text)
      .filter((r) => r.rule.startsWith('date.numeric'))
      .map((r) => [r.nStart, r.nEnd] as const),
  );
  const overlapsEmail = overlapIndex(emails.map((em) => [em.start, em.end] as const));
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (at: number) => lastAtOrBefore(lineStarts, at);

  interface Candidate {
    ns: number;
    ne: number;
    line: number;
    accepted: boolean;
  }
  const candidates: Candidate[] = [];
  for (const [ns, ne] of phoneRuns(text)) {
    if (overlapsDate(ns, ne)) continue;
    const o = toOriginal(doc, ns, ne);
    if (o !== null && overlapsEmail(o.start, o.end)) continue;
    const shape = phoneShape(text.slice(ns, ne));
    if (shape === null) continue;
    const line = lineOf(ns);
    const before = text.slice(Math.max(lineStarts[line] ?? 0, ns - 40), ns);
    const after = text.slice(ne, ne + 20);
    if (NOT_PHONE_BEFORE.test(before) || NOT_PHONE_AFTER.test(after)) continue;
    const cued = CUE_BEFORE.test(before) || CUE_AFTER.test(after);
    if (shape === 'short' && !cued) continue;
    candidates.push({ ns, ne, line, accepted: shape === 'full' || cued });
  }
  // A local number without a cue word still counts on a contact line: one with an e-mail or an
  // accepted phone on it.
  const contactLines = new Set(candidates.filter((c) => c.accepted).map((c) => c.line));
  for (const at of emailStarts) contactLines.add(lineOf(at));
  const phones: Contacts['phones'] = [];
  for (const c of candidates) {
    if (!c.accepted && !contactLines.has(c.line)) continue;
    const span = toOriginal(doc, c.ns, c.ne);
    if (span !== null)
      phones.push({ value: phoneValue(text.slice(c.ns, c.ne)), start: span.start, end: span.end });
  }
  return { emails, phones };
}

/**
 * Digit runs that read as one phone number. A run that is not a phone as a whole («۰۲۱-۷۷۴۹۱۰۳۱
 * ۰۹۱۲۱۲۳۴۵۶۷») is split at its spaces and the pieces are tried instead.
 */
/** Index of the last element of ascending `xs` that is ≤ `at` (0 when none is). */
function lastAtOrBefore(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((xs[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A test «does [s, e) overlap any of these spans?» in O(log n), for spans in any order. */
function overlapIndex(spans: ReadonlyArray<readonly [number, number]>): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map(([a]) => a);
  const maxEnd: number[] = [];
  for (const [, b] of sorted) maxEnd.push(Math.max(b, maxEnd[maxEnd.length - 1] ?? -1));
  return (s, e) => {
    // The spans starting before `e`, and whether the furthest of them reaches past `s`.
    const i = lastAtOrBefore(starts, e - 1);
    return (starts[i] ?? Infinity) < e && (maxEnd[i] ?? -1) > s;
  };
}

function phoneRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of execAll(PHONE, text)) {
    const ns = m.index;
    const ne = ns + m[0].length;
    if (phoneShape(m[0]) !== null) {
      out.push([ns, ne]);
      continue;
    }
    // Greedy left-to-right: the longest space-joined prefix that is a phone, then go on after it.
    const parts = [...execAll(/\S+(?:[ \t]?[-–][ \t]?\S+)*/gu, m[0])].map((p) => [
      ns + p.index,
      ns + p.index + p[0].length,
    ]);
    let i = 0;
    while (i < parts.length) {
      let found = -1;
      // A phone has at most 16 digits and every part at least 2: longer prefixes cannot be one,
      // and trying them all would be cubic on a long run of digit groups.
      for (let j = Math.min(parts.length - 1, i + MAX_PHONE_PARTS - 1); j >= i; j--) {
        if (phoneShape(text.slice(parts[i]?.[0], parts[j]?.[1])) !== null) {
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
