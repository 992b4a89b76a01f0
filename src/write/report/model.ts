// What the review page needs to know about a document before anyone opens it: its flags (warnings,
// errors, low confidence, text problems) and a compact summary of its meetings for the overview's
// filters and pictures. Pure functions; the full record and text are embedded separately and read by
// the page only when the document is opened.
import type { DateValue, DocumentRecord, Entity, ErrorRecord, Meeting } from '../../records/schema.js';

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
  /** The document's sha256: verdicts given on another version of it are told apart. */
  sha: string;
  src: string;
  ti: string | null;
  /** Headline: the title, else the first line of the text. */
  hl: string | null;
  lang: DocumentRecord['language'];
  /** Every flag of the document: its meetings' flags and problems of the document itself. */
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

/**
 * What an editor should look at, and nothing else: a stated weekday that is not the day's, a meeting
 * with no date, an organisation khabar could not identify, an attendee with no organisation, and low
 * confidence. (A year taken from the story's context is normal in releases, so it is not a flag.)
 */
export const MEETING_FLAGS = [
  'weekday-mismatch',
  'meeting-without-date',
  'org-unidentified',
  'attendee-without-org',
  'low-confidence',
] as const;
/** Problems of the document itself: it failed, or its text is not the one the record was made from. */
export const DOCUMENT_PROBLEMS = ['error', 'text-mismatch', 'text-missing'] as const;

const ORG_TYPES = new Set(['university', 'organization']);

/** An organisation mention with no identity: no canonical id. */
function unidentified(e: Entity): boolean {
  return ORG_TYPES.has(e.type) && !e.canonicalId;
}

export function meetingWarnings(m: Meeting, entities: readonly Entity[] = []): string[] {
  const w = new Set<string>();
  const dates = [m.date, ...m.decisions.map((d) => d.date)];
  if (dates.some((d) => weekdayMismatch(d))) w.add('weekday-mismatch');
  if (!m.date) w.add('meeting-without-date');
  const inEvidence = (e: Entity) => m.evidence.some((s) => e.start >= s.start && e.end <= s.end);
  if (!m.organizations.length || entities.some((e) => unidentified(e) && inEvidence(e)))
    w.add('org-unidentified');
  if (m.attendees.some((a) => !a.organizationId)) w.add('attendee-without-org');
  if (m.confidence < LOW_CONFIDENCE) w.add('low-confidence');
  return MEETING_FLAGS.filter((f) => w.has(f));
}

/** Words of prose in a line: tokens with two letters in a row, addresses and links set aside. */
function proseWords(line: string): number {
  let n = 0;
  for (const tok of line.split(/\s+/)) {
    if (!tok || tok.includes('@') || tok.includes('://') || tok.startsWith('www.')) continue;
    if (/\p{L}\p{L}/u.test(tok)) n++;
  }
  return n;
}

/**
 * The headline an editor knows a document by: its title, else its first line of prose — a line
 * with three words or more once addresses and numbers are set aside (contact lines, clocks and
 * bare dates open many releases), and not a menu of «|»-separated links.
 */
export function headline(record: DocumentRecord, text: string | null): string | null {
  if (record.title?.trim()) return record.title.trim();
  if (!text) return null;
  let fallback: string | null = null;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    fallback ??= t;
    if (proseWords(t) >= 3 && (t.match(/\|/g)?.length ?? 0) < 3)
      return t.length > 140 ? `${t.slice(0, 140)}…` : t;
  }
  return fallback && fallback.length > 140 ? `${fallback.slice(0, 140)}…` : fallback;
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
  fullText: string | null = null,
): DocSummary {
  const meetings: MeetingSummary[] = record.meetings.map((m) => ({
    id: m.meetingId,
    k: m.kind,
    t: m.title,
    ...datedRange(m.date),
    o: [...m.organizations],
    c: m.confidence,
    w: meetingWarnings(m, record.entities),
  }));
  const flags = new Set<string>();
  for (const m of meetings) for (const w of m.w) flags.add(w);
  if (errors.length) flags.add('error');
  if (text === 'missing') flags.add('text-missing');
  if (text === 'mismatch') flags.add('text-mismatch');
  const universities = new Set<string>();
  for (const e of record.entities)
    if (e.type === 'university' && e.canonicalId) universities.add(e.canonicalId);
  return {
    id: record.docId,
    sha: record.sha256,
    src: record.source,
    ti: record.title ?? null,
    hl: headline(record, fullText),
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
