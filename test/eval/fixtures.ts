// Hand-made gold records and a faithful prediction built from them, for the scorer's tests.
import type { GoldRecord } from '../../src/records/gold.js';
import type { DateValue, DocumentRecord } from '../../src/records/schema.js';

type GoldDateIn = NonNullable<GoldRecord['publishedAt']>;

export function day(jalali: string, gregorian: string): GoldDateIn {
  return {
    calendar: 'jalali',
    jalali: { from: jalali, to: jalali },
    gregorian: { from: gregorian, to: gregorian },
    precision: 'day',
    weekday: null,
    yearInferred: false,
  };
}

function toDateValue(d: GoldDateIn | null | undefined): DateValue | null {
  if (!d) return null;
  return {
    text: d.text ?? '',
    start: 0,
    end: 0,
    calendar: d.calendar ?? 'jalali',
    jalali: d.jalali,
    gregorian: d.gregorian,
    precision: d.precision,
    weekday: d.weekday ?? null,
    yearInferred: d.yearInferred ?? false,
  };
}

/** The prediction a perfect extractor would make for this gold record. */
export function predictionFrom(g: GoldRecord): DocumentRecord {
  return {
    schemaVersion: 1,
    docId: g.docId,
    source: `${g.docId}.txt`,
    sha256: '0'.repeat(64),
    language: 'fa',
    publishedAt: toDateValue(g.publishedAt),
    contacts: { emails: [...g.contacts.emails], phones: [...g.contacts.phones] },
    entities: g.entities.map((e, i) => ({
      entityId: `e${i + 1}`,
      type: e.type,
      text: e.text,
      start: 0,
      end: e.text.length,
      sentence: 0,
      rule: 'test',
      ...(e.canonicalId ? { canonicalId: e.canonicalId } : {}),
      // a predicted title carries the office in `name`
      ...(e.type === 'title' ? { name: e.name ?? e.text } : e.name ? { name: e.name } : {}),
      ...(e.honorific ? { honorific: e.honorific } : {}),
      ...(e.date ? { date: toDateValue(e.date)! } : {}),
    })),
    meetings: g.meetings.map((m, i) => ({
      meetingId: `m${i + 1}`,
      kind: m.kind,
      title: m.title,
      date: toDateValue(m.date),
      location: m.location ? { ...m.location, start: 0, end: 0 } : null,
      organizer: m.organizer
        ? { organizationId: m.organizer.organizationId, unit: m.organizer.unit, text: m.organizer.text ?? '' }
        : null,
      organizations: [...m.organizations],
      attendees: m.attendees.map((a, j) => ({
        attendeeId: `a${j + 1}`,
        name: a.name,
        honorific: a.honorific ?? null,
        title: a.title,
        organizationId: a.organizationId,
        mentions: [],
      })),
      decisions: m.decisions.map((d, j) => ({
        decisionId: `d${j + 1}`,
        kind: d.kind,
        text: d.text,
        start: 0,
        end: 0,
        date: toDateValue(d.date),
        location: d.location ?? null,
      })),
      evidence: [],
      confidence: 1,
    })),
    warnings: [...(g.warnings ?? [])],
  };
}

const meetingDay = day('1397-11-03', '2019-01-23');

/** The seed's shape: one meeting of five universities, six attendees, one decision. */
export const SEED: GoldRecord = {
  docId: 'seed',
  publishedAt: null,
  contacts: { emails: ['ut5@iust.ac.ir'], phones: ['77491031'] },
  entities: [
    { type: 'university', text: 'دانشگاه علم و صنعت ایران', canonicalId: 'iust.ac.ir' },
    { type: 'university', text: 'دانشگاه صنعتی شریف', canonicalId: 'sharif.edu' },
    { type: 'university', text: 'دانشگاه صنعتی امیرکبیر', canonicalId: 'aut.ac.ir' },
    { type: 'university', text: 'دانشگاه صنعتی خواجه نصیرالدین طوسی', canonicalId: 'kntu.ac.ir' },
    { type: 'university', text: 'دانشگاه صنعتی اصفهان', canonicalId: 'iut.ac.ir' },
    { type: 'person', text: 'دکتر ذاکری', name: 'ذاکری', honorific: 'دکتر' },
    { type: 'title', text: 'رئیس' },
    { type: 'title', text: 'معاون بین‌الملل' },
    { type: 'date', text: 'چهارشنبه سوم بهمن ماه 1397', date: { ...meetingDay, weekday: 'wednesday' } },
  ],
  meetings: [
    {
      kind: 'meeting',
      title: 'هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور',
      date: meetingDay,
      location: { text: 'سالن جلسات ریاست دانشگاه علم و صنعت ایران', organizationId: 'iust.ac.ir' },
      organizer: { organizationId: 'iust.ac.ir', unit: 'معاونت بین‌الملل' },
      organizations: ['aut.ac.ir', 'iust.ac.ir', 'iut.ac.ir', 'kntu.ac.ir', 'sharif.edu'],
      attendees: [
        { name: 'ذاکری', honorific: 'دکتر', title: 'رئیس', organizationId: 'iust.ac.ir' },
        { name: null, title: 'معاون بین‌الملل', organizationId: 'iust.ac.ir' },
        { name: null, title: 'معاون بین‌الملل', organizationId: 'kntu.ac.ir' },
        { name: null, title: 'مدیر بین‌الملل', organizationId: 'sharif.edu' },
        { name: null, title: 'معاون پژوهشی', organizationId: 'iut.ac.ir' },
        { name: null, title: 'معاون بین‌الملل', organizationId: 'aut.ac.ir' },
      ],
      decisions: [
        {
          kind: 'next_meeting',
          text: 'نشست بعدی در نیمه اول اسفند ماه در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار شود',
          date: {
            calendar: 'jalali',
            jalali: { from: '1397-12-01', to: '1397-12-15' },
            gregorian: { from: '2019-02-20', to: '2019-03-06' },
            precision: 'range',
            weekday: null,
            yearInferred: true,
          },
          location: { text: 'دانشگاه صنعتی خواجه نصیرالدین طوسی', organizationId: 'kntu.ac.ir' },
        },
      ],
    },
  ],
};

/** A document with no meeting: an appointment notice. */
export const NO_MEETING: GoldRecord = {
  docId: 'appointment',
  publishedAt: null,
  contacts: { emails: [], phones: [] },
  entities: [
    { type: 'university', text: 'دانشگاه تهران', canonicalId: 'ut.ac.ir' },
    { type: 'person', text: 'دکتر مریم احمدی', name: 'مریم احمدی', honorific: 'دکتر' },
  ],
  meetings: [],
};
