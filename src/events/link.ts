// One event across outlets: reports (meetings of different documents) of the same event are linked
// into one event. Two reports are the same event only when every test agrees: their days overlap
// (or are one day apart with very close wording),
// they share the organisations (two when both name two or more), their kinds are compatible, and
// their words are alike (shared people, or shared content words). Two meetings of one document are
// never merged: the extractor already told them apart. Pure: reports in, events out, in a fixed order.
import { createHash } from 'node:crypto';
import type { ReportedMeeting } from './reports.js';

/** What linking reads of a report: a whole ReportedMeeting, or a lighter view of one (store.ts). */
export type Linkable = Pick<
  ReportedMeeting,
  'docId' | 'meetingId' | 'kind' | 'date' | 'orgs' | 'words' | 'people'
>;

export interface LinkedEvent<R extends Linkable = ReportedMeeting> {
  eventId: string;
  /** Reports in (docId, meetingId) order; the first one names the event. */
  reports: R[];
}

/** Kinds that one outlet may call differently: a visit is a meeting, a signing happens at one. */
const KIND_GROUP: Record<ReportedMeeting['kind'], number> = {
  meeting: 1,
  visit: 1,
  signing: 1,
  conference: 2,
  workshop: 2,
  other: 0,
};

export function kindsCompatible(a: ReportedMeeting['kind'], b: ReportedMeeting['kind']): boolean {
  const ga = KIND_GROUP[a];
  const gb = KIND_GROUP[b];
  return ga === 0 || gb === 0 || ga === gb;
}

/** Only day or range dates place an event precisely enough to link on. */
function datedDays(r: Linkable): { from: string; to: string } | null {
  if (!r.date || (r.date.precision !== 'day' && r.date.precision !== 'range')) return null;
  return { from: r.date.gFrom, to: r.date.gTo };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Days between two reports' date ranges: 0 when they overlap; null when either is not dated to the day. */
export function dayGap(a: Linkable, b: Linkable): number | null {
  const x = datedDays(a);
  const y = datedDays(b);
  if (!x || !y) return null;
  if (x.from <= y.to && y.from <= x.to) return 0;
  return x.to < y.from ? dayNumber(y.from) - dayNumber(x.to) : dayNumber(x.from) - dayNumber(y.to);
}

function shared(a: readonly string[], b: readonly string[]): number {
  // Both sorted: a merge walk.
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function orgsOverlap(a: Linkable, b: Linkable): boolean {
  const need = Math.min(2, a.orgs.length, b.orgs.length);
  return need > 0 && shared(a.orgs, b.orgs) >= need;
}

/**
 * How alike two reports' wording is, 0..1: the overlap coefficient of their content words, lifted a
 * little by the people both name. The same two presidents can meet twice in a day, so shared people
 * alone never reach SAME_WORDING: the words must agree too.
 */
export function wordingSimilarity(a: Linkable, b: Linkable): number {
  const people = Math.min(2, shared(a.people, b.people));
  const small = Math.min(a.words.length, b.words.length);
  const words = small >= 2 ? shared(a.words, b.words) / small : 0;
  return Math.min(1, words + 0.125 * people);
}

/** Wording at or above this makes two otherwise compatible reports with overlapping days one event. */
export const SAME_WORDING = 0.4;
/**
 * Days one apart are one event only with wording this close: an outlet that resolves «روز گذشته»
 * against its own (next-day) dateline is a day off. The two dates are then listed as a conflict.
 */
export const SAME_WORDING_DAY_APART = 0.6;

/** Every test a pair of reports must pass to be linked; the score orders the merges. */
export function linkScore(a: Linkable, b: Linkable): number | null {
  if (a.docId === b.docId) return null;
  const gap = dayGap(a, b);
  if (gap === null || gap > 1 || !kindsCompatible(a.kind, b.kind) || !orgsOverlap(a, b)) return null;
  const w = wordingSimilarity(a, b);
  return w >= (gap === 0 ? SAME_WORDING : SAME_WORDING_DAY_APART) ? w : null;
}

const keyOf = (r: Linkable) => `${r.docId}\u0000${r.meetingId}`;

export function eventIdOf(first: Linkable): string {
  return `ev-${createHash('sha256').update(keyOf(first)).digest('hex').slice(0, 12)}`;
}

/**
 * Days of a report's range widened by one on each side (so reports a day apart meet in a bucket),
 * capped: blocking only needs a few buckets per report.
 */
function bucketDays(r: Linkable): number[] {
  const d = datedDays(r);
  if (!d) return [];
  const out: number[] = [];
  const last = dayNumber(d.to) + 1;
  for (let t = dayNumber(d.from) - 1; t <= last && out.length < 33; t++) out.push(t);
  return out;
}

export function linkEvents<R extends Linkable>(all: readonly R[]): LinkedEvent<R>[] {
  const reports = [...all].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  // Candidates share an organisation and a day: blocking keeps this near-linear on an archive.
  const buckets = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const day of bucketDays(r))
      for (const o of r.orgs) {
        const k = `${o}\u0000${day}`;
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  const tried = new Set<string>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const k = `${i},${j}`;
        if (tried.has(k)) continue;
        tried.add(k);
        const score = linkScore(reports[i] as R, reports[j] as R);
        if (score !== null) pairs.push({ i, j, score });
      }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  // Merge best pairs first; two groups join only if no document is in both and every report of
  // one is compatible (days, kind) with every report of the other: no chaining A~B~C into one.
  const group = reports.map((_, i) => [i]);
  const groupOf = reports.map((_, i) => i);
  for (const { i, j } of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = group[gi] as number[];
    const b = group[gj] as number[];
    const ok = a.every((x) =>
      b.every((y) => {
        const rx = reports[x] as R;
        const ry = reports[y] as R;
        const gap = dayGap(rx, ry);
        return rx.docId !== ry.docId && gap !== null && gap <= 1 && kindsCompatible(rx.kind, ry.kind);
      }),
    );
    if (!ok) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const merged = [...(group[keep] as number[]), ...(group[drop] as number[])].sort((p, q) => p - q);
    group[keep] = merged;
    group[drop] = [];
    for (const x of merged) groupOf[x] = keep;
  }
  const events: LinkedEvent<R>[] = [];
  for (const g of group) {
    if (g.length === 0) continue;
    const members = g.map((x) => reports[x] as R);
    events.push({ eventId: eventIdOf(members[0] as R), reports: members });
  }
  return events;
}
