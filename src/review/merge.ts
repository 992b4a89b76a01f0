// One document's verdicts applied to its record: a pure function. Wrong items go, fixes replace the
// judged fields, missed items are added with the editor's words, and every item says how it was
// reviewed. A verdict that cannot be applied is returned with its reason, never dropped.
import { jalaliToGregorian } from '../recognize/dates/calendar.js';
import type { Attendee, DateValue, Decision, DocumentRecord, Entity, Meeting } from '../records/schema.js';
import { type Fix, missedKind, type Verdict } from './verdict.js';

export const REVIEW_STATES = ['correct', 'fixed', 'added', 'unreviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type Reviewed<T> = T & { review: ReviewState };
export type ReviewedMeeting = Reviewed<
  Omit<Meeting, 'attendees' | 'decisions'> & {
    attendees: Reviewed<Attendee>[];
    decisions: Reviewed<Decision>[];
  }
>;
export type ReviewedRecord = Omit<DocumentRecord, 'meetings' | 'entities'> & {
  meetings: ReviewedMeeting[];
  entities: Reviewed<Entity>[];
};

export const UNAPPLIED_REASONS = {
  'document-changed': 'the document changed since the verdict (sha256 differs)',
  'document-not-found': 'no record of this document in the output',
  'item-not-found': 'the output has no item with this id',
  'item-moved': 'the item with this id no longer covers the words the verdict was given on',
  'meeting-removed': 'its meeting was judged wrong',
} as const;
export type UnappliedReason = keyof typeof UNAPPLIED_REASONS;

export interface Unapplied {
  verdict: Verdict;
  reason: UnappliedReason;
}

export interface MergeResult {
  record: ReviewedRecord;
  applied: Verdict[];
  unapplied: Unapplied[];
  removed: number;
}

/** A Jalali day fixed by an editor, on the words of the old date when there was one. */
export function fixedDate(
  jalali: string,
  old: DateValue | null,
  at: { start: number; end: number },
): DateValue {
  const [y, m, d] = jalali.split('-').map(Number) as [number, number, number];
  const g = jalaliToGregorian({ y, m, d });
  const greg = `${g.y}-${String(g.m).padStart(2, '0')}-${String(g.d).padStart(2, '0')}`;
  return {
    text: old?.text ?? '',
    start: old?.start ?? at.start,
    end: old?.end ?? at.start,
    calendar: 'jalali',
    jalali: { from: jalali, to: jalali },
    gregorian: { from: greg, to: greg },
    precision: 'day',
    weekday: null,
    yearInferred: false,
  };
}

function sameSpan(v: Verdict, spans: readonly { start: number; end: number }[]): boolean {
  if (v.start === undefined) return true;
  return spans.some((s) => s.start === v.start && s.end === v.end);
}

function state(v: Verdict | undefined): ReviewState {
  return v ? (v.verdict === 'fixed' ? 'fixed' : 'correct') : 'unreviewed';
}

/**
 * New ids for added items continue after the run's highest (attendee and decision ids run through
 * the whole document), so an added item never takes the id of a removed one.
 */
function idCounter(prefix: string, ids: readonly string[]): () => string {
  let max = 0;
  for (const id of ids) {
    const n = Number(id.slice(prefix.length));
    if (id.startsWith(prefix) && Number.isInteger(n) && n > max) max = n;
  }
  return () => `${prefix}${++max}`;
}

function fixMeeting(m: ReviewedMeeting, fix: Fix): void {
  if (fix.kind) m.kind = fix.kind as Meeting['kind'];
  if (fix.title !== undefined) m.title = fix.title;
  if (fix.date !== undefined)
    m.date = fix.date === null ? null : fixedDate(fix.date, m.date, m.evidence[0] ?? { start: 0, end: 0 });
}

function fixAttendee(a: Reviewed<Attendee>, fix: Fix): void {
  if (fix.name !== undefined) a.name = fix.name;
  if (fix.title !== undefined) a.title = fix.title;
  if (fix.organization !== undefined) a.organizationId = fix.organization;
}

function fixDecision(d: Reviewed<Decision>, fix: Fix): void {
  if (fix.kind) d.kind = fix.kind as Decision['kind'];
  if (fix.date !== undefined) d.date = fix.date === null ? null : fixedDate(fix.date, d.date, d);
}

function fixEntity(e: Reviewed<Entity>, fix: Fix): void {
  if (fix.type) e.type = fix.type;
  if (fix.name !== undefined) {
    if (fix.name === null) delete e.name;
    else e.name = fix.name;
  }
  if (fix.organization !== undefined) {
    // A university's or organisation's own id is its canonical id; anything else belongs to one.
    const own = e.type === 'university' || e.type === 'organization';
    if (own) {
      // The run's other identifiers named the old organisation.
      delete e.ror;
      delete e.wikidata;
      if (fix.organization === null) delete e.canonicalId;
      else e.canonicalId = fix.organization;
    } else if (fix.organization === null) delete e.organizationId;
    else e.organizationId = fix.organization;
  }
}

/** The sentence an added span falls in: that of the last entity starting at or before it. */
function sentenceAt(entities: readonly Entity[], start: number): number {
  let s = 0;
  for (const e of entities) if (e.start <= start) s = e.sentence;
  return s;
}

/**
 * Applies `verdicts` (all about `record.docId`, latest per item) to a copy of `record`. Fixes
 * are applied before removals and additions, so ids in the verdicts always mean the run's ids.
 */
export function mergeVerdicts(record: DocumentRecord, verdicts: readonly Verdict[]): MergeResult {
  const rec: ReviewedRecord = structuredClone(record) as ReviewedRecord;
  const applied: Verdict[] = [];
  const unapplied: Unapplied[] = [];
  const byTarget = new Map<string, Verdict>();
  const missed: Verdict[] = [];
  for (const v of verdicts) {
    if (v.sha256 !== record.sha256) unapplied.push({ verdict: v, reason: 'document-changed' });
    else if (v.target === 'missed') missed.push(v);
    else byTarget.set(`${v.target}:${v.id}`, v);
  }
  const wrongMeetings = new Set<string>();
  const wrong = new Set<object>();
  const take = (key: string, spans: readonly { start: number; end: number }[]): Verdict | undefined => {
    const v = byTarget.get(key);
    if (!v) return undefined;
    byTarget.delete(key);
    if (!sameSpan(v, spans)) {
      unapplied.push({ verdict: v, reason: 'item-moved' });
      return undefined;
    }
    applied.push(v);
    return v;
  };
  let removed = 0;

  for (const m of rec.meetings) {
    const mv = take(`meeting:${m.meetingId}`, m.evidence);
    m.review = state(mv);
    if (mv?.verdict === 'wrong') wrongMeetings.add(m.meetingId);
    if (mv?.fix) fixMeeting(m, mv.fix);
    for (const a of m.attendees) {
      const v = take(`attendee:${m.meetingId}/${a.attendeeId}`, a.mentions);
      a.review = state(v);
      if (v?.fix) fixAttendee(a, v.fix);
      if (v?.verdict === 'wrong') wrong.add(a);
    }
    for (const d of m.decisions) {
      const v = take(`decision:${m.meetingId}/${d.decisionId}`, [d]);
      d.review = state(v);
      if (v?.fix) fixDecision(d, v.fix);
      if (v?.verdict === 'wrong') wrong.add(d);
    }
  }
  for (const e of rec.entities) {
    const v = take(`entity:${e.entityId}`, [e]);
    e.review = state(v);
    if (v?.fix) fixEntity(e, v.fix);
    if (v?.verdict === 'wrong') wrong.add(e);
  }
  for (const v of byTarget.values()) unapplied.push({ verdict: v, reason: 'item-not-found' });

  // Removals: wrong items (marked above) and everything inside a wrong meeting.
  const isWrong = (x: object) => wrong.has(x);
  for (const m of rec.meetings) {
    if (wrongMeetings.has(m.meetingId)) continue;
    removed += m.attendees.filter(isWrong).length + m.decisions.filter(isWrong).length;
    m.attendees = m.attendees.filter((x) => !isWrong(x));
    m.decisions = m.decisions.filter((x) => !isWrong(x));
  }
  for (const m of rec.meetings) if (wrongMeetings.has(m.meetingId)) removed++;
  rec.meetings = rec.meetings.filter((m) => !wrongMeetings.has(m.meetingId));
  removed += rec.entities.filter(isWrong).length;
  rec.entities = rec.entities.filter((x) => !isWrong(x));

  const nextEntity = idCounter(
    'e',
    record.entities.map((e) => e.entityId),
  );
  const nextAttendee = idCounter(
    'a',
    record.meetings.flatMap((m) => m.attendees.map((a) => a.attendeeId)),
  );
  const nextDecision = idCounter(
    'd',
    record.meetings.flatMap((m) => m.decisions.map((d) => d.decisionId)),
  );
  for (const v of [...missed].sort((a, b) => a.start! - b.start! || a.end! - b.end!)) {
    const span = { start: v.start!, end: v.end! };
    const kind = missedKind(v.id);
    if (kind === 'missed-entity') {
      const e: Reviewed<Entity> = {
        entityId: nextEntity(),
        type: v.fix!.type!,
        text: v.text!,
        ...span,
        sentence: sentenceAt(rec.entities, span.start),
        rule: 'review.missed',
        review: 'added',
      };
      fixEntity(e, { ...v.fix, type: undefined });
      rec.entities.push(e);
      applied.push(v);
      continue;
    }
    const meetingId = v.id.slice(0, v.id.indexOf('/'));
    const m = rec.meetings.find((x) => x.meetingId === meetingId);
    if (!m) {
      const reason = wrongMeetings.has(meetingId) ? 'meeting-removed' : 'item-not-found';
      unapplied.push({ verdict: v, reason });
      continue;
    }
    if (kind === 'missed-attendee') {
      const a: Reviewed<Attendee> = {
        attendeeId: nextAttendee(),
        name: v.fix?.name ?? v.text!,
        honorific: null,
        title: v.fix?.title ?? null,
        organizationId: v.fix?.organization ?? null,
        mentions: [span],
        rule: 'review.missed',
        review: 'added',
      };
      m.attendees.push(a);
    } else {
      const d: Reviewed<Decision> = {
        decisionId: nextDecision(),
        kind: (v.fix?.kind as Decision['kind'] | undefined) ?? 'other',
        text: v.text!,
        ...span,
        date: null,
        location: null,
        review: 'added',
      };
      if (v.fix?.date) d.date = fixedDate(v.fix.date, null, span);
      m.decisions.push(d);
    }
    applied.push(v);
  }
  // Verdicts inside a removed meeting were applied to nothing: say so.
  for (let i = applied.length - 1; i >= 0; i--) {
    const v = applied[i]!;
    const parent = v.id.split('/')[0]!;
    if ((v.target === 'attendee' || v.target === 'decision') && wrongMeetings.has(parent)) {
      applied.splice(i, 1);
      unapplied.push({ verdict: v, reason: 'meeting-removed' });
    }
  }
  return { record: rec, applied, unapplied, removed };
}
