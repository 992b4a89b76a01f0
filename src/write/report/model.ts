// What the review page needs to know about a document before anyone opens it: its flags (warnings,
// errors, low confidence, text problems) and a compact summary of its meetings for the overview's
// filters and pictures. Pure functions; the full record and text are embedded separately and read by
// the page only when the document is opened.
import type { DateValue, DocumentRecord, ErrorRecord, Meeting } from '../../records/schema.js';

/** Meetings below this confidence are shown as doubtful. */
export const LOW_CONFIDENCE = 0.6;

/** Whether the document's text was available and agrees with the record's offsets. */
export type TextStatus = 'ok' | 'missing' | 'mismatch';

export interface MeetingSummary {
  id: string;
  /** kind */
  k: Meeting['kind'];
  /** title */
  t: string | null;
  /** Jalali from/to of the meeting date (null when undated or year-only). */
  jf: string | null;
  jt: string | null;
  /** Gregorian from. */
  gf: string | null;
  /** organisations (canonical ids) */
  o: string[];
  /** confidence */
  c: number;
  /** warnings of this meeting */
  w: string[];
}

export interface DocSummary {
  id: string;
  src: string;
  ti: string | null;
  lang: DocumentRecord['language'];
  /** Every flag of the document: the record's warnings, the meetings' and report-side ones. */
  w: string[];
  err: { code: string; message: string }[];
  tx: TextStatus;
  m: MeetingSummary[];
  /** Canonical ids of universities the document mentions. */
  u: string[];
  ne: number;
  na: number;
  nd: number;
}

const JS_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The weekday of an ISO Gregorian day. */
export function weekdayOf(isoDay: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : (JS_WEEKDAYS[d.getUTCDay()] ?? null);
}

/** A stated weekday that is not the day's weekday; only a single day can be checked. */
export function weekdayMismatch(date: DateValue | null | undefined): boolean {
  if (!date || date.weekday === null || date.jalali.from !== date.jalali.to) return false;
  const actual = weekdayOf(date.gregorian.from);
  return actual !== null && actual !== date.weekday;
}

export function meetingWarnings(m: Meeting): string[] {
  const w = new Set<string>();
  const dates = [m.date, ...m.decisions.map((d) => d.date)];
  if (dates.some((d) => weekdayMismatch(d))) w.add('weekday-mismatch');
  if (dates.some((d) => d?.yearInferred)) w.add('year-inferred');
  if (m.confidence < LOW_CONFIDENCE) w.add('low-confidence');
  return [...w];
}

function inBounds(s: { start: number; end: number }, length: number): boolean {
  return s.start <= s.end && s.end <= length;
}

/**
 * 'mismatch' when any span of the record does not fit the text: the source changed since the run (or
 * a different file was found), so highlights would sit on the wrong words.
 */
export function checkText(record: DocumentRecord, text: string | null): TextStatus {
  if (text === null) return 'missing';
  const n = text.length;
  for (const e of record.entities)
    if (!inBounds(e, n) || text.slice(e.start, e.end) !== e.text) return 'mismatch';
  for (const m of record.meetings) {
    const spans = [
      ...m.evidence,
      ...m.attendees.flatMap((a) => a.mentions),
      ...m.decisions,
      ...(m.location ? [m.location] : []),
    ];
    for (const s of spans) if (!inBounds(s, n)) return 'mismatch';
    for (const d of [m.date, ...m.decisions.map((x) => x.date)]) {
      if (d && (!inBounds(d, n) || text.slice(d.start, d.end) !== d.text)) return 'mismatch';
    }
  }
  return 'ok';
}

/** Dates of year precision carry no month: they are left out of the per-month picture and date filter. */
function datedRange(d: DateValue | null): { jf: string | null; jt: string | null; gf: string | null } {
  if (!d || d.precision === 'year') return { jf: null, jt: null, gf: null };
  return { jf: d.jalali.from, jt: d.jalali.to, gf: d.gregorian.from };
}

export function summarize(
  record: DocumentRecord,
  errors: readonly ErrorRecord[],
  text: TextStatus,
): DocSummary {
  const meetings: MeetingSummary[] = record.meetings.map((m) => ({
    id: m.meetingId,
    k: m.kind,
    t: m.title,
    ...datedRange(m.date),
    o: [...m.organizations],
    c: m.confidence,
    w: meetingWarnings(m),
  }));
  const flags = new Set<string>(record.warnings);
  for (const m of meetings) for (const w of m.w) flags.add(w);
  if (errors.length) flags.add('error');
  if (text === 'missing') flags.add('text-missing');
  if (text === 'mismatch') flags.add('text-mismatch');
  const universities = new Set<string>();
  for (const e of record.entities)
    if (e.type === 'university' && e.canonicalId) universities.add(e.canonicalId);
  return {
    id: record.docId,
    src: record.source,
    ti: record.title ?? null,
    lang: record.language,
    w: [...flags].sort(),
    err: errors.map((e) => ({ code: e.code, message: e.message })),
    tx: text,
    m: meetings,
    u: [...universities].sort(),
    ne: record.entities.length,
    na: record.meetings.reduce((n, m) => n + m.attendees.length, 0),
    nd: record.meetings.reduce((n, m) => n + m.decisions.length, 0),
  };
}
