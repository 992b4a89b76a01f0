// The reports' store (src/events/store.ts): every report comes back from the spill file exactly as
// it was added (any text, lone surrogates included), linking its table gives the events and ids
// linking the whole reports gives, and the spill file is gone afterwards.
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkEvents, linkTable } from '../../src/events/link.js';
import type { ReportedMeeting } from '../../src/events/reports.js';
import { eventRowsOf } from '../../src/events/rows.js';
import { ReportStore } from '../../src/events/store.js';
import { report } from './fixtures.js';

const text = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom('دیدار', 'هوش', 'مصنوعی', 'ازمایشگاه', 'قرارداد'),
);
const sortedSet = (xs: string[]) => [...new Set(xs)].sort();
const arbReport = fc
  .record({
    doc: fc.integer({ min: 0, max: 5 }),
    meeting: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 10, max: 13 }),
    orgs: fc.subarray(['sharif.edu', 'ut.ac.ir', 'aut.ac.ir']),
    words: fc.array(text, { maxLength: 8 }),
    people: fc.array(fc.constantFrom('رضایی', 'کریمی', 'نوری'), { maxLength: 3 }),
    title: fc.option(text),
    decision: fc.option(text),
    kind: fc.constantFrom('meeting', 'visit', 'conference', 'other' as const),
  })
  .map(
    (r): ReportedMeeting =>
      report({
        docId: `d${r.doc}`,
        meetingId: `m${r.meeting}`,
        kind: r.kind,
        title: r.title,
        date: {
          gFrom: `2023-10-${r.day}`,
          gTo: `2023-10-${r.day}`,
          jFrom: '1402-07-18',
          jTo: '1402-07-18',
          precision: 'day',
        },
        orgs: r.orgs,
        words: sortedSet(r.words),
        people: sortedSet(r.people),
        decisions: r.decision === null ? [] : [{ id: 'dec-1', kind: 'action', text: r.decision }],
        location: r.title === null ? null : { text: r.title, orgId: null },
      }),
  );
// One report per (document, meeting), as records give them.
const arbReports = fc.uniqueArray(arbReport, {
  selector: (r) => `${r.docId}/${r.meetingId}`,
  maxLength: 25,
});

describe('the reports store', () => {
  it('gives each report back exactly, and the same events as the whole reports', () => {
    fc.assert(
      fc.property(arbReports, (reports) => {
        const store = new ReportStore();
        try {
          for (const r of reports) store.add(r);
          reports.forEach((r, i) => {
            expect(store.report(i)).toStrictEqual(r);
          });
          const whole = linkEvents(reports);
          const light = Array.from(linkTable(store.links), (ev) => store.event(ev));
          expect(light).toStrictEqual(whole);
          expect(light.map(eventRowsOf)).toStrictEqual(whole.map(eventRowsOf));
        } finally {
          store.dispose();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('deletes its spill file when disposed', () => {
    const store = new ReportStore();
    store.add(report({ docId: 'a' }));
    const dir = (store as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    store.dispose();
    expect(existsSync(dir)).toBe(false);
  });
});
