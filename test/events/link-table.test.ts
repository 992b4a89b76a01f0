// Linking over a LinkTable (strings as numbers in sorted order, lists in pools) gives exactly the
// events of the linking policy read plainly on the reports' own strings: the same groups, in the
// same order, with the same ids. The plain reading below is the policy as link.ts states it.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kindsCompatible,
  type Linkable,
  linkEvents,
  SAME_WORDING,
  SAME_WORDING_DAY_APART,
} from '../../src/events/link.js';
import { LinkTable } from '../../src/events/link-table.js';

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function datedDays(r: Linkable): { from: string; to: string } | null {
  if (!r.date || (r.date.precision !== 'day' && r.date.precision !== 'range')) return null;
  return { from: r.date.gFrom, to: r.date.gTo };
}

function dayGap(a: Linkable, b: Linkable): number | null {
  const x = datedDays(a);
  const y = datedDays(b);
  if (!x || !y) return null;
  if (x.from <= y.to && y.from <= x.to) return 0;
  return x.to < y.from ? dayNumber(y.from) - dayNumber(x.to) : dayNumber(x.from) - dayNumber(y.to);
}

function shared(a: readonly string[], b: readonly string[]): number {
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

function score(a: Linkable, b: Linkable): number | null {
  if (a.docId === b.docId) return null;
  const gap = dayGap(a, b);
  const need = Math.min(2, a.orgs.length, b.orgs.length);
  if (
    gap === null ||
    gap > 1 ||
    !kindsCompatible(a.kind, b.kind) ||
    !(need > 0 && shared(a.orgs, b.orgs) >= need)
  )
    return null;
  const small = Math.min(a.words.length, b.words.length);
  const w = Math.min(
    1,
    (small >= 2 ? shared(a.words, b.words) / small : 0) + 0.125 * Math.min(2, shared(a.people, b.people)),
  );
  return w >= (gap === 0 ? SAME_WORDING : SAME_WORDING_DAY_APART) ? w : null;
}

const keyOf = (r: Linkable) => `${r.docId}\u0000${r.meetingId}`;

function plainLinkEvents<R extends Linkable>(all: readonly R[]): { eventId: string; reports: R[] }[] {
  const reports = [...all].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const buckets = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const d = datedDays(r);
    const days: number[] = [];
    if (d)
      for (let t = dayNumber(d.from) - 1; t <= dayNumber(d.to) + 1 && days.length < 33; t++) days.push(t);
    for (const day of days)
      for (const o of r.orgs) {
        const k = `${o}\u0000${day}`;
        buckets.set(k, [...(buckets.get(k) ?? []), i]);
      }
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  const tried = new Set<string>();
  for (const list of buckets.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        if (tried.has(`${i},${j}`)) continue;
        tried.add(`${i},${j}`);
        const s = score(reports[i] as R, reports[j] as R);
        if (s !== null) pairs.push({ i, j, score: s });
      }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const group = reports.map((_, i) => [i]);
  const groupOf = reports.map((_, i) => i);
  for (const { i, j } of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const ok = (group[gi] as number[]).every((x) =>
      (group[gj] as number[]).every((y) => {
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
  return group
    .filter((g) => g.length > 0)
    .map((g) => {
      const members = g.map((x) => reports[x] as R);
      const id = createHash('sha256')
        .update(keyOf(members[0] as R))
        .digest('hex')
        .slice(0, 12);
      return { eventId: `ev-${id}`, reports: members };
    });
}

// Few values each, so that reports share organisations, days and words often; odd strings (lone
// surrogates, a NUL, strings that are prefixes of others) so that the sorted numbering is tested
// against JavaScript's own string order.
const word = fc.constantFrom(
  'دیدار',
  'هوش',
  'مصنوعی',
  'ه',
  'a',
  'A',
  'ab',
  '\ud800',
  '\udfff',
  'x\u0000',
  '',
  '۱۴۰۲',
);
const day = fc.integer({ min: 8, max: 14 }).map((d) => `2023-10-${String(d).padStart(2, '0')}`);
const maybeSorted = (xs: string[], sort: boolean) => (sort ? [...xs].sort() : xs);
const arbReport: fc.Arbitrary<Linkable> = fc
  .record({
    doc: fc.integer({ min: 0, max: 4 }),
    meeting: fc.integer({ min: 1, max: 3 }),
    kind: fc.constantFrom('meeting', 'visit', 'signing', 'conference', 'workshop', 'other' as const),
    date: fc.option(
      fc.record({ from: day, to: day, precision: fc.constantFrom('day', 'range', 'month', 'year') }),
    ),
    orgs: fc.subarray(['sharif.edu', 'ut.ac.ir', 'aut.ac.ir', 'local:0a1b']),
    words: fc.array(word, { maxLength: 6 }),
    people: fc.array(fc.constantFrom('رضایی', 'کریمی', 'نوری', 'Smith'), { maxLength: 3 }),
    sorted: fc.boolean(),
  })
  .map((r) => ({
    docId: `d${r.doc}`,
    meetingId: `m${r.meeting}`,
    kind: r.kind,
    date: r.date && { gFrom: r.date.from, gTo: r.date.to, precision: r.date.precision },
    orgs: maybeSorted(r.orgs, r.sorted),
    words: maybeSorted(r.words, r.sorted),
    people: maybeSorted(r.people, r.sorted),
  }));

describe('linking over a LinkTable', () => {
  it('gives the events of the policy read plainly on the strings (groups, order, ids)', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { maxLength: 30 }), (reports) => {
        expect(linkEvents(reports)).toStrictEqual(plainLinkEvents(reports));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every report as it was added (its date without the Jalali days)', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { maxLength: 20 }), (reports) => {
        const table = LinkTable.of(reports);
        expect(Array.from({ length: table.size }, (_, i) => table.view(i))).toStrictEqual(
          reports.map((r) => ({ ...r, orgs: [...r.orgs], words: [...r.words], people: [...r.people] })),
        );
      }),
    );
  });

  it('takes no report once frozen', () => {
    const table = LinkTable.of([]);
    expect(() =>
      table.add({
        docId: 'a',
        meetingId: 'm1',
        kind: 'meeting',
        date: null,
        orgs: [],
        words: [],
        people: [],
      }),
    ).toThrow(/after freeze/);
  });
});
