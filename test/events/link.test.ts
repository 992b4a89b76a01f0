import { describe, expect, it } from 'vitest';
import { dayGap, eventIdOf, kindsCompatible, linkEvents, linkScore } from '../../src/events/link.js';
import { reportsOf } from '../../src/events/reports.js';
import { eventRows } from '../../src/events/rows.js';
import { recordOf, report } from './fixtures.js';

describe('one event across outlets (reports written for the test, run through the pipeline)', () => {
  const records = (['a-sharif', 'b-agency', 'c-deputies', 'd-housing'] as const).map(recordOf);
  const reports = records.flatMap(reportsOf);
  const events = linkEvents(reports);
  const docsOf = (doc: string) =>
    events.find((e) => e.reports.some((r) => r.docId === doc))?.reports.map((r) => r.docId);

  it('reads one dated meeting of the same two universities from each report', () => {
    expect(reports.map((r) => [r.docId, r.date?.gFrom, r.orgs.join(' ')])).toEqual([
      ['a-sharif', '2023-10-10', 'sharif.edu ut.ac.ir'],
      ['b-agency', '2023-10-10', 'sharif.edu ut.ac.ir'],
      ['c-deputies', '2023-10-10', 'sharif.edu ut.ac.ir'],
      ['d-housing', '2023-10-10', 'sharif.edu ut.ac.ir'],
    ]);
  });

  it('links the university’s release and the agency’s report of the same meeting', () => {
    expect(docsOf('a-sharif')).toEqual(['a-sharif', 'b-agency']);
  });

  it('keeps two other events of the same universities on the same day apart', () => {
    expect(docsOf('c-deputies')).toEqual(['c-deputies']);
    // The same two presidents, the same day: only the wording tells the housing meeting apart.
    expect(docsOf('d-housing')).toEqual(['d-housing']);
    expect(events).toHaveLength(3);
  });

  it('unites attendees and decisions with their sources', () => {
    const rows = eventRows(events);
    const id = events[0]?.eventId;
    const attendees = rows.event_attendees.filter((r) => r.event_id === id);
    expect(attendees.map((a) => [a.person_name, a.doc_ids])).toEqual([
      ['حمید رضایی', ['a-sharif', 'b-agency']],
      ['علی کریمی', ['a-sharif', 'b-agency']],
    ]);
    expect(attendees[0]?.attendee_refs).toEqual(['a-sharif/a1', 'b-agency/a1']);
    const decisions = rows.event_decisions.filter((r) => r.event_id === id);
    expect(decisions.flatMap((d) => d.decision_refs as string[]).sort()).toEqual([
      'a-sharif/d1',
      'b-agency/d1',
    ]);
    const ev = rows.events[0];
    expect(ev).toMatchObject({ report_count: 2, doc_ids: ['a-sharif', 'b-agency'], conflict_count: 0 });
    expect(rows.event_documents.filter((r) => r.event_id === id).map((r) => r.meeting_id)).toEqual([
      'm1',
      'm1',
    ]);
  });
});

describe('linking rules', () => {
  it('needs overlapping days, shared organisations, compatible kinds and alike wording', () => {
    const a = report({ docId: 'a' });
    expect(linkScore(a, report({ docId: 'b' }))).toBe(1);
    expect(linkScore(a, report({ docId: 'a' }))).toBeNull(); // one document: never
    expect(linkScore(a, report({ docId: 'b', date: null }))).toBeNull();
    expect(
      linkScore(
        a,
        report({
          docId: 'b',
          date: {
            gFrom: '2023-10-12',
            gTo: '2023-10-12',
            jFrom: '1402-07-20',
            jTo: '1402-07-20',
            precision: 'day',
          },
        }),
      ),
    ).toBeNull();
    expect(linkScore(a, report({ docId: 'b', orgs: ['sharif.edu', 'um.ac.ir'] }))).toBeNull();
    expect(linkScore(a, report({ docId: 'b', kind: 'conference' }))).toBeNull();
    expect(linkScore(a, report({ docId: 'b', words: ['مسکن', 'دانشجویی', 'شهردار'] }))).toBeNull();
    expect(kindsCompatible('visit', 'signing')).toBe(true);
    expect(kindsCompatible('workshop', 'conference')).toBe(true);
    expect(kindsCompatible('other', 'conference')).toBe(true);
  });

  it('links reports a day apart only with very close wording, and lists the two dates as a conflict', () => {
    const nextDay = {
      gFrom: '2023-10-11',
      gTo: '2023-10-11',
      jFrom: '1402-07-19',
      jTo: '1402-07-19',
      precision: 'day',
    };
    const a = report({ docId: 'a' });
    const b = report({
      docId: 'b',
      date: nextDay,
      kind: 'visit',
      location: { text: 'x', orgId: 'ut.ac.ir' },
    });
    expect(dayGap(a, b)).toBe(1);
    expect(linkScore(a, b)).toBe(1);
    expect(
      linkScore(
        a,
        report({ docId: 'c', date: nextDay, words: ['ازمایشگاه', 'مشترک', 'بودجه', 'پژوهش'], people: [] }),
      ),
    ).toBeNull();
    const c = report({ docId: 'c', location: { text: 'y', orgId: 'sharif.edu' } });
    const events = linkEvents([a, b, c]);
    expect(events).toHaveLength(1);
    const rows = eventRows(events);
    expect(rows.events[0]).toMatchObject({
      event_kind: 'meeting|visit',
      event_date_gregorian_from: '2023-10-10',
      event_date_gregorian_to: '2023-10-11',
      conflict_count: 3,
    });
    expect(rows.event_conflicts.map((c) => [c.field, c.value, c.doc_ids])).toEqual([
      ['date', '2023-10-10..2023-10-10', ['a', 'c']],
      ['date', '2023-10-11..2023-10-11', ['b']],
      ['location', 'sharif.edu', ['c']],
      ['location', 'ut.ac.ir', ['b']],
      ['kind', 'meeting', ['a', 'c']],
      ['kind', 'visit', ['b']],
    ]);
  });

  it('does not chain: a report joins an event only if it fits every report already in it', () => {
    const d = (day: string) => ({ gFrom: day, gTo: day, jFrom: day, jTo: day, precision: 'day' });
    const a = report({ docId: 'a', date: d('2023-10-10') });
    const b = report({ docId: 'b', date: { ...d('2023-10-10'), gTo: '2023-10-12', precision: 'range' } });
    const c = report({ docId: 'c', date: d('2023-10-12') });
    expect(linkEvents([a, b, c]).map((e) => e.reports.map((r) => r.docId))).toEqual([['a', 'b'], ['c']]);
  });

  it('gives the same events and ids whatever the input order, named after the first report', () => {
    const xs = ['d', 'a', 'c', 'b', 'e'].map((docId) => report({ docId }));
    const one = linkEvents(xs);
    const two = linkEvents([...xs].reverse());
    expect(two).toEqual(one);
    expect(one).toHaveLength(1);
    expect(one[0]?.eventId).toBe(eventIdOf(report({ docId: 'a' })));
    expect(one[0]?.eventId).toMatch(/^ev-[0-9a-f]{12}$/);
    // An unrelated report added to the run leaves the event's id alone.
    const more = linkEvents([...xs, report({ docId: '0', orgs: ['um.ac.ir', 'iut.ac.ir'] })]);
    expect(more.find((e) => e.reports.length === 5)?.eventId).toBe(one[0]?.eventId);
  });
});
