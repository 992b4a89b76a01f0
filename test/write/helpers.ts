import type { DocumentRecord } from '../../src/records/schema.js';

/** A small schema-valid record with one meeting, one attendee, one decision and a few entities. */
export function sampleRecord(over: Partial<DocumentRecord> = {}): DocumentRecord {
  const date = {
    text: 'نیمه اول اسفند',
    start: 120,
    end: 134,
    calendar: 'jalali' as const,
    jalali: { from: '1397-12-01', to: '1397-12-15' },
    gregorian: { from: '2019-02-20', to: '2019-03-06' },
    precision: 'range' as const,
    weekday: null,
    yearInferred: true,
  };
  return {
    schemaVersion: 1,
    docId: '2019/iust',
    source: '2019/iust.txt',
    sha256: 'a'.repeat(64),
    language: 'fa',
    title: null,
    publishedAt: null,
    contacts: { emails: ['ut5@iust.ac.ir'], phones: ['77491031'] },
    entities: [
      { entityId: 'e1', type: 'university', text: 'دانشگاه علم و صنعت', start: 10, end: 28, sentence: 0, canonicalId: 'iust.ac.ir', rule: 'gaz.university' },
      { entityId: 'e2', type: 'person', text: 'دکتر ذاکری', start: 40, end: 50, sentence: 0, name: 'ذاکری', honorific: 'دکتر', organizationId: 'iust.ac.ir', rule: 'person.honorific' },
      { entityId: 'e3', type: 'date', text: date.text, start: 120, end: 134, sentence: 2, date, rule: 'date.half-month' },
      { entityId: 'e4', type: 'organization', text: '=HYPERLINK("x")', start: 60, end: 75, sentence: 1, rule: 'test.formula' },
    ],
    meetings: [
      {
        meetingId: 'm1',
        kind: 'meeting',
        title: 'هم‌افزایی, "حوزه‌های" بین‌الملل',
        date: { ...date, text: 'سوم بهمن', jalali: { from: '1397-11-03', to: '1397-11-03' }, gregorian: { from: '2019-01-23', to: '2019-01-23' }, precision: 'day', weekday: 'wednesday', yearInferred: false },
        location: { text: 'سالن جلسات', organizationId: 'iust.ac.ir', start: 80, end: 90 },
        organizer: { organizationId: 'iust.ac.ir', unit: 'معاونت بین‌الملل', text: 'به دعوت معاونت بین‌الملل' },
        organizations: ['aut.ac.ir', 'iust.ac.ir'],
        attendees: [
          { attendeeId: 'a1', name: 'ذاکری', honorific: 'دکتر', title: 'رئیس', organizationId: 'iust.ac.ir', mentions: [{ start: 40, end: 50 }, { start: 200, end: 202 }] },
          { attendeeId: 'a2', name: null, honorific: null, title: '-معاون', organizationId: 'aut.ac.ir', mentions: [] },
        ],
        decisions: [
          { decisionId: 'd1', kind: 'next_meeting', text: 'نشست بعدی\nدر خواجه نصیر', start: 100, end: 140, date, location: { text: 'خواجه نصیر', organizationId: 'kntu.ac.ir' } },
        ],
        evidence: [{ start: 0, end: 60 }, { start: 90, end: 150 }],
        confidence: 0.9,
      },
    ],
    warnings: [],
    ...over,
  };
}
