// A small review-report fixture: the seed release with a hand-made record (offsets found with indexOf
// here, in the test, never in the product), an English visit, a doubtful conference and a hostile
// document, plus errors. Every record is parsed by the schema so the fixture cannot drift from it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DateValue,
  type DocumentRecord,
  DocumentRecordSchema,
  type Entity,
  type ErrorRecord,
  type Meeting,
} from '../../src/records/schema.js';

export const SEED_PATH = new URL('../../corpus/000_e90f60ff8dbf379b.txt', import.meta.url);
export const SEED_DATE = 'سوم بهمن ماه 1397';

export interface Fixture {
  records: DocumentRecord[];
  texts: Map<string, string>;
  errors: ErrorRecord[];
  run: unknown;
}

/** [start, end) of the n-th (0-based) occurrence of `needle`; throws when absent so a fixture cannot lie. */
export function spanOf(text: string, needle: string, nth = 0, from = 0): { start: number; end: number } {
  let at = text.indexOf(needle, from);
  for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: «${needle}» not found`);
  return { start: at, end: at + needle.length };
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf('.', at) + 1, text.lastIndexOf('\n', at) + 1);
  let end = text.indexOf('.', at);
  end = end < 0 ? text.length : end + 1;
  return { start, end };
}

let entityNo = 0;
function entity(
  text: string,
  type: Entity['type'],
  needle: string,
  extra: Partial<Entity> = {},
  nth = 0,
): Entity {
  const span = spanOf(text, needle, nth);
  entityNo++;
  return {
    entityId: `e${entityNo}`,
    type,
    text: needle,
    ...span,
    sentence: 0,
    rule: `test.${type}`,
    ...extra,
  };
}

function dateValue(
  text: string,
  needle: string,
  jalali: [string, string],
  gregorian: [string, string],
  extra: Partial<DateValue> = {},
): DateValue {
  return {
    text: needle,
    ...spanOf(text, needle),
    calendar: 'jalali',
    jalali: { from: jalali[0], to: jalali[1] },
    gregorian: { from: gregorian[0], to: gregorian[1] },
    precision: jalali[0] === jalali[1] ? 'day' : 'range',
    weekday: null,
    yearInferred: false,
    ...extra,
  };
}

function record(over: Partial<DocumentRecord> & Pick<DocumentRecord, 'docId' | 'source'>): DocumentRecord {
  return DocumentRecordSchema.parse({
    schemaVersion: 1,
    sha256: '0'.repeat(64),
    language: 'fa',
    title: null,
    publishedAt: null,
    contacts: { emails: [], phones: [] },
    entities: [],
    meetings: [],
    warnings: [],
    ...over,
  });
}

function meeting(over: Partial<Meeting> & Pick<Meeting, 'meetingId' | 'kind'>): Meeting {
  return {
    title: null,
    date: null,
    location: null,
    organizer: null,
    organizations: [],
    attendees: [],
    decisions: [],
    evidence: [],
    confidence: 0.9,
    ...over,
  };
}

function seedDoc(): { record: DocumentRecord; text: string } {
  const text = readFileSync(SEED_PATH, 'utf8');
  entityNo = 0;
  const date = dateValue(text, SEED_DATE, ['1397-11-03', '1397-11-03'], ['2019-01-23', '2019-01-23'], {
    weekday: 'wednesday',
  });
  const iust = 'دانشگاه علم و صنعت ایران';
  const entities = [
    entity(text, 'university', iust, { canonicalId: 'iust.ac.ir' }),
    entity(text, 'university', 'دانشگاه صنعتی شریف', { canonicalId: 'sharif.edu' }),
    entity(text, 'university', 'دانشگاه صنعتی امیرکبیر', { canonicalId: 'aut.ac.ir' }),
    entity(text, 'date', SEED_DATE, { date }),
    entity(text, 'person', 'دکتر ذاکری', { name: 'ذاکری', honorific: 'دکتر', organizationId: 'iust.ac.ir' }),
  ];
  const location = spanOf(text, `سالن جلسات ریاست ${iust}`);
  const decisionText = 'نشست بعدی در نیمه اول اسفند ماه در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار شود';
  const decisionDate = dateValue(
    text,
    'نیمه اول اسفند ماه',
    ['1397-12-01', '1397-12-15'],
    ['2019-02-20', '2019-03-06'],
    {
      yearInferred: true,
    },
  );
  const m1 = meeting({
    meetingId: 'm1',
    kind: 'meeting',
    title: 'هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور',
    date,
    location: { text: text.slice(location.start, location.end), organizationId: 'iust.ac.ir', ...location },
    organizer: {
      organizationId: 'iust.ac.ir',
      unit: 'معاونت بین‌الملل',
      text: 'معاونت بین الملل دانشگاه علم و صنعت ایران',
    },
    organizations: ['aut.ac.ir', 'iust.ac.ir', 'sharif.edu'],
    attendees: [
      {
        attendeeId: 'a1',
        name: 'ذاکری',
        honorific: 'دکتر',
        title: 'رئیس',
        organizationId: 'iust.ac.ir',
        mentions: [spanOf(text, 'دکتر ذاکری'), spanOf(text, 'دکتر ذاکری', 1)],
      },
    ],
    decisions: [
      {
        decisionId: 'd1',
        kind: 'next_meeting',
        text: decisionText,
        ...spanOf(text, decisionText),
        date: decisionDate,
        location: { text: 'دانشگاه صنعتی خواجه نصیرالدین طوسی', organizationId: 'kntu.ac.ir' },
      },
    ],
    evidence: [sentenceAround(text, date.start)],
    confidence: 0.95,
  });
  return {
    text,
    record: record({
      docId: '000_e90f60ff8dbf379b',
      source: '000_e90f60ff8dbf379b.txt',
      contacts: { emails: ['ut5@iust.ac.ir'], phones: ['77491031'] },
      entities,
      meetings: [m1],
      warnings: ['year-inferred'],
    }),
  };
}

function englishDoc(): { record: DocumentRecord; text: string } {
  const text =
    'Tehran, 12 May 2020. A delegation of Sharif University of Technology visited the University of Tehran ' +
    'on Tuesday, 12 May 2020. Dr. Ali Rezaei, the president, welcomed the guests.';
  entityNo = 0;
  const date = dateValue(
    text,
    'Tuesday, 12 May 2020',
    ['1399-02-23', '1399-02-23'],
    ['2020-05-12', '2020-05-12'],
    {
      calendar: 'gregorian',
      weekday: 'tuesday',
    },
  );
  return {
    text,
    record: record({
      docId: 'en/sharif-visit',
      source: 'en/sharif-visit.txt',
      language: 'en',
      entities: [
        entity(text, 'university', 'Sharif University of Technology', { canonicalId: 'sharif.edu' }),
        entity(text, 'university', 'University of Tehran', { canonicalId: 'ut.ac.ir' }),
        entity(text, 'date', date.text, { date }),
        entity(text, 'person', 'Dr. Ali Rezaei', { name: 'Ali Rezaei', honorific: 'Dr.' }),
      ],
      meetings: [
        meeting({
          meetingId: 'm1',
          kind: 'visit',
          date,
          organizations: ['sharif.edu', 'ut.ac.ir'],
          evidence: [sentenceAround(text, date.start)],
        }),
      ],
    }),
  };
}

function doubtfulDoc(): { record: DocumentRecord; text: string } {
  const text = 'همایش ملی فناوری در روز شنبه ۵ اسفند ۱۳۹۸ در دانشگاه صنعتی اصفهان برگزار شد.';
  entityNo = 0;
  // 1398-12-05 is a Monday: the stated Saturday contradicts it.
  const date = dateValue(
    text,
    'شنبه ۵ اسفند ۱۳۹۸',
    ['1398-12-05', '1398-12-05'],
    ['2020-02-24', '2020-02-24'],
    {
      weekday: 'saturday',
    },
  );
  return {
    text,
    record: record({
      docId: 'doubtful/conference',
      source: 'doubtful/conference.txt',
      entities: [
        entity(text, 'university', 'دانشگاه صنعتی اصفهان', { canonicalId: 'iut.ac.ir' }),
        entity(text, 'date', date.text, { date }),
      ],
      meetings: [
        meeting({
          meetingId: 'm1',
          kind: 'conference',
          title: 'همایش ملی فناوری',
          date,
          organizations: ['iut.ac.ir'],
          evidence: [{ start: 0, end: text.length }],
          confidence: 0.4,
        }),
      ],
      warnings: ['weekday-mismatch'],
    }),
  };
}

export const HOSTILE_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click</a>',
];
export const BIDI_OVERRIDE = '\u202E';

function hostileDoc(): { record: DocumentRecord; text: string } {
  const text =
    `دانشگاه تهران اعلام کرد: ${HOSTILE_PAYLOADS[0]}\n${HOSTILE_PAYLOADS[1]}\n` +
    `نشست ${HOSTILE_PAYLOADS[2]} برگزار شد.\n${HOSTILE_PAYLOADS[3]} <!-- ${BIDI_OVERRIDE}gnp.exe\u202C -->`;
  entityNo = 0;
  const evil = entity(text, 'organization', HOSTILE_PAYLOADS[1]!, {
    canonicalId: '"><img src=x onerror=window.__pwned=1>',
  });
  return {
    text,
    record: record({
      docId: 'hostile/<script>window.__pwned=1</script>',
      source: 'hostile/x.txt',
      title: `${BIDI_OVERRIDE}</script><img src=x onerror="window.__pwned=1">`,
      entities: [entity(text, 'university', 'دانشگاه تهران', { canonicalId: 'ut.ac.ir' }), evil],
      meetings: [
        meeting({
          meetingId: 'm1',
          kind: 'workshop',
          title: HOSTILE_PAYLOADS[2]!,
          organizations: ['ut.ac.ir', 'javascript:window.__pwned=1'],
          attendees: [
            {
              attendeeId: 'a1',
              name: HOSTILE_PAYLOADS[0]!,
              honorific: null,
              title: `${BIDI_OVERRIDE}رئیس`,
              organizationId: null,
              mentions: [spanOf(text, HOSTILE_PAYLOADS[0]!)],
            },
          ],
          evidence: [spanOf(text, HOSTILE_PAYLOADS[2]!)],
          confidence: 0.7,
        }),
      ],
    }),
  };
}

export function buildFixture(): Fixture {
  const docs = [seedDoc(), englishDoc(), doubtfulDoc(), hostileDoc()];
  const texts = new Map(docs.map((d) => [d.record.source, d.text]));
  return {
    records: docs.map((d) => d.record),
    texts,
    errors: [
      {
        source: 'broken/page.html',
        code: 'bad-html',
        message: 'the HTML could not be parsed: <script>window.__pwned=1</script>',
      },
      { source: 'feed.jsonl#7', code: 'bad-jsonl-line', message: 'invalid JSON', line: 7 },
    ],
    run: { version: '0.0.0-test', schemaVersion: 1, inputs: ['fixture'], counts: { documents: 6 } },
  };
}

/** Writes the fixture as an output folder (records.jsonl, errors.jsonl, run.json). */
export function writeFixture(dir: string, fixture = buildFixture()): Fixture {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'records.jsonl'), fixture.records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeFileSync(join(dir, 'errors.jsonl'), fixture.errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
  writeFileSync(join(dir, 'run.json'), JSON.stringify(fixture.run));
  return fixture;
}
