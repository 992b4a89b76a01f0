// One event across outlets: reports (meetings of different documents) of the same event are linked
// into one event. Two reports are the same event only when every test agrees: their days overlap
// (or are one day apart with very close wording),
// they share the organisations (two when both name two or more), their kinds are compatible, and
// their words are alike (shared people, or shared content words). Two meetings of one document are
// never merged: the extractor already told them apart. Pure: reports in, events out, in a fixed order.
// The tests read a LinkTable (link-table.ts): the reports' strings as numbers in sorted order.
import { createHash } from 'node:crypto';
import { Ints, type LinkLists, LinkTable, sortedIndexes } from './link-table.js';
import type { ReportedMeeting } from './reports.js';

/** What linking reads of a report (a whole ReportedMeeting is one). */
export interface Linkable {
  docId: string;
  meetingId: string;
  kind: ReportedMeeting['kind'];
  date: { gFrom: string; gTo: string; precision: string } | null;
  orgs: readonly string[];
  words: readonly string[];
  people: readonly string[];
}

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

/** Days between reports i and j's date ranges: 0 when they overlap; null when either is not dated to the day. */
function gapOf(t: LinkTable, i: number, j: number): number | null {
  if (!t.linkDated(i) || !t.linkDated(j)) return null;
  if (t.gFromNumber(i) <= t.gToNumber(j) && t.gFromNumber(j) <= t.gToNumber(i)) return 0;
  return t.gToNumber(i) < t.gFromNumber(j) ? t.fromDay(j) - t.toDay(i) : t.fromDay(i) - t.toDay(j);
}

/** Items two reports' lists share (both sorted: a merge walk). */
function shared(lists: LinkLists, i: number, j: number): number {
  const items = lists.items.values;
  let a = lists.start(i);
  const aEnd = lists.end(i);
  let b = lists.start(j);
  const bEnd = lists.end(j);
  let n = 0;
  while (a < aEnd && b < bEnd) {
    const x = items[a] as number;
    const y = items[b] as number;
    if (x === y) {
      n++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return n;
}

const sizeOf = (lists: LinkLists, i: number) => lists.end(i) - lists.start(i);

function orgsOverlap(t: LinkTable, i: number, j: number): boolean {
  const need = Math.min(2, sizeOf(t.orgs, i), sizeOf(t.orgs, j));
  return need > 0 && shared(t.orgs, i, j) >= need;
}

/**
 * How alike two reports' wording is, 0..1: the overlap coefficient of their content words, lifted a
 * little by the people both name. The same two presidents can meet twice in a day, so shared people
 * alone never reach SAME_WORDING: the words must agree too.
 */
function wordingSimilarity(t: LinkTable, i: number, j: number): number {
  const people = Math.min(2, shared(t.people, i, j));
  const small = Math.min(sizeOf(t.words, i), sizeOf(t.words, j));
  const words = small >= 2 ? shared(t.words, i, j) / small : 0;
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
function scoreOf(t: LinkTable, i: number, j: number): number | null {
  if (t.docNumber(i) === t.docNumber(j)) return null;
  const gap = gapOf(t, i, j);
  if (gap === null || gap > 1 || !kindsCompatible(t.kind(i), t.kind(j)) || !orgsOverlap(t, i, j)) return null;
  const w = wordingSimilarity(t, i, j);
  return w >= (gap === 0 ? SAME_WORDING : SAME_WORDING_DAY_APART) ? w : null;
}

/** Days between two reports' date ranges: 0 when they overlap; null when either is not dated to the day. */
export function dayGap(a: Linkable, b: Linkable): number | null {
  return gapOf(LinkTable.of([a, b]), 0, 1);
}

export function linkScore(a: Linkable, b: Linkable): number | null {
  return scoreOf(LinkTable.of([a, b]), 0, 1);
}

const keyOf = (docId: string, meetingId: string) => `${docId}\u0000${meetingId}`;
const eventIdOfKey = (key: string) => `ev-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

export function eventIdOf(first: Pick<Linkable, 'docId' | 'meetingId'>): string {
  return eventIdOfKey(keyOf(first.docId, first.meetingId));
}

/**
 * Days of a report's range widened by one on each side (so reports a day apart meet in a bucket),
 * capped: blocking only needs a few buckets per report.
 */
function bucketDays(t: LinkTable, i: number): number[] {
  if (!t.linkDated(i)) return [];
  const out: number[] = [];
  const last = t.toDay(i) + 1;
  for (let day = t.fromDay(i) - 1; day <= last && out.length < 33; day++) out.push(day);
  return out;
}

/** An event: its reports as the table's row numbers, in (docId, meetingId) order. */
export interface TableEvent {
  eventId: string;
  members: number[];
}

/** A table's events in their order, in columns (every report is in exactly one). */
export class TableEvents {
  constructor(
    private readonly ids: readonly string[],
    /** Every event's row numbers, event after event. */
    private readonly rows: Int32Array,
    /** Where event k's rows end in `rows`. */
    private readonly ends: Int32Array,
  ) {}

  get count(): number {
    return this.ids.length;
  }

  get(k: number): TableEvent {
    const start = k === 0 ? 0 : (this.ends[k - 1] as number);
    return { eventId: this.ids[k] as string, members: Array.from(this.rows.subarray(start, this.ends[k])) };
  }

  *[Symbol.iterator](): Generator<TableEvent> {
    for (let k = 0; k < this.count; k++) yield this.get(k);
  }
}

/**
 * Candidates share an organisation and a day: blocking keeps linking near-linear on an archive.
 * Buckets are numbered by organisation, then day; `entries` lists each position's bucket numbers
 * (position after position, ending at `entryEnds`), `members` each bucket's positions (increasing,
 * from `starts[b]` to `starts[b + 1]`), all flat.
 */
interface Buckets {
  entries: Ints;
  entryEnds: Int32Array;
  starts: Int32Array;
  members: Int32Array;
}

function bucketsOf(t: LinkTable, order: readonly number[]): Buckets {
  const numbers = new Map<number, Map<number, number>>();
  const entries = new Ints();
  const entryEnds = new Int32Array(order.length);
  const sizes = new Ints();
  order.forEach((r, x) => {
    const days = bucketDays(t, r);
    for (let k = t.orgs.start(r); k < t.orgs.end(r); k++) {
      const org = t.orgs.items.values[k] as number;
      let byDay = numbers.get(org);
      if (!byDay) {
        byDay = new Map();
        numbers.set(org, byDay);
      }
      for (const day of days) {
        let b = byDay.get(day);
        if (b === undefined) {
          b = sizes.length;
          byDay.set(day, b);
          sizes.push(0);
        }
        sizes.values[b] = (sizes.values[b] as number) + 1;
        entries.push(b);
      }
    }
    entryEnds[x] = entries.length;
  });
  const starts = new Int32Array(sizes.length + 1);
  for (let b = 0; b < sizes.length; b++) starts[b + 1] = (starts[b] as number) + (sizes.values[b] as number);
  const members = new Int32Array(entries.length);
  const filled = starts.slice(0, sizes.length);
  for (let x = 0, e = 0; x < order.length; x++)
    for (; e < (entryEnds[x] as number); e++) {
      const b = entries.values[e] as number;
      const at = filled[b] as number;
      members[at] = x;
      filled[b] = at + 1;
    }
  return { entries, entryEnds, starts, members };
}

interface Pair {
  i: number;
  j: number;
  score: number;
}

/**
 * Every pair of positions that share a bucket and pass the tests, best first. Each pair is scored
 * once, from its first position: a later one is stamped with the position whose candidates it was
 * last seen among (a set of every pair tried grew with the square of a busy day: 400,000 pair
 * strings for 30,000 documents).
 */
function scoredPairs(t: LinkTable, order: readonly number[], buckets: Buckets): Pair[] {
  const { entries, entryEnds, starts, members } = buckets;
  const pairs: Pair[] = [];
  const seenFrom = new Int32Array(order.length).fill(-1);
  for (let i = 0, e = 0; i < order.length; i++) {
    for (; e < (entryEnds[i] as number); e++) {
      const b = entries.values[e] as number;
      for (let y = (starts[b + 1] as number) - 1; y >= (starts[b] as number); y--) {
        const j = members[y] as number;
        if (j <= i) break;
        if (seenFrom[j] === i) continue;
        seenFrom[j] = i;
        const score = scoreOf(t, order[i] as number, order[j] as number);
        if (score !== null) pairs.push({ i, j, score });
      }
    }
  }
  // The pairs are unique, so this order does not depend on the order they were found in.
  return pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
}

/**
 * Merges the best pairs first; two groups join only if no document is in both and every report of
 * one is compatible (days, kind) with every report of the other: no chaining A~B~C into one.
 */
function mergedGroups(t: LinkTable, order: readonly number[], pairs: readonly Pair[]): number[][] {
  const row = (x: number) => order[x] as number;
  const group = order.map((_, i) => [i]);
  const groupOf = order.map((_, i) => i);
  for (const { i, j } of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = group[gi] as number[];
    const b = group[gj] as number[];
    const ok = a.every((x) =>
      b.every((y) => {
        const rx = row(x);
        const ry = row(y);
        const gap = gapOf(t, rx, ry);
        return (
          t.docNumber(rx) !== t.docNumber(ry) &&
          gap !== null &&
          gap <= 1 &&
          kindsCompatible(t.kind(rx), t.kind(ry))
        );
      }),
    );
    if (!ok) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const merged = [...(group[keep] as number[]), ...(group[drop] as number[])].sort((p, q) => p - q);
    group[keep] = merged;
    group[drop] = [];
    for (const x of merged) groupOf[x] = keep;
  }
  return group.filter((g) => g.length > 0);
}

/** The events of a table's reports, in a fixed order (the table is frozen first). */
export function linkTable(t: LinkTable): TableEvents {
  t.freeze();
  const keys: string[] = [];
  for (let i = 0; i < t.size; i++) keys.push(keyOf(t.docId(i), t.meetingId(i)));
  // Row numbers in key order (positions); equal keys stay in the order they were added.
  const order = sortedIndexes(keys);
  const groups = mergedGroups(t, order, scoredPairs(t, order, bucketsOf(t, order)));
  const ids: string[] = [];
  const rows = new Int32Array(t.size);
  const ends = new Int32Array(groups.length);
  let n = 0;
  groups.forEach((g, k) => {
    ids.push(eventIdOfKey(keys[order[g[0] as number] as number] as string));
    for (const x of g) rows[n++] = order[x] as number;
    ends[k] = n;
  });
  return new TableEvents(ids, rows, ends);
}

/** The events of `all`, each with its reports in (docId, meetingId) order. */
export function linkEvents<R extends Linkable>(all: readonly R[]): LinkedEvent<R>[] {
  return Array.from(linkTable(LinkTable.of(all)), (ev) => ({
    eventId: ev.eventId,
    reports: ev.members.map((i) => all[i] as R),
  }));
}
