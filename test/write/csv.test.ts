import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentRecordSchema } from '../../src/records/schema.js';
import {
  ALL_TABLES,
  columnInfo,
  columnsOf,
  DOCUMENT_TABLES,
  TABLE_SCHEMAS,
} from '../../src/records/tables.js';
import { csvHeader, csvLines, defuse, TABLE_NAMES, tableRows } from '../../src/write/csv.js';
import { documentRows } from '../../src/write/rows.js';
import { csvOf, recordLine, serializeError, serializeRecord } from '../../src/write/serialize.js';
import { readCsv } from '../io/helpers/csv.js';
import { sampleRecord } from './helpers.js';

describe('defuse', () => {
  it('prefixes text cells that a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+98 21', '-2', '@SUM(A1)', '\tx', '\rx']) expect(defuse(s)).toBe(`'${s}`);
    expect(defuse('دانشگاه')).toBe('دانشگاه');
    expect(defuse(-2)).toBe(-2);
    expect(defuse(null)).toBe('');
    expect(defuse(true)).toBe('true');
  });
});

describe('CSV tables', () => {
  it('starts every file with a BOM and the header from the zod schema, rows end with CRLF', () => {
    expect(csvHeader('attendees')).toBe(
      '\ufeffdoc_id,meeting_id,attendee_id,person_name,honorific,office,org_id,mention_spans,rule\r\n',
    );
    expect(csvHeader('document_flags')).toBe('\ufeffdoc_id,meeting_id,flag\r\n');
  });

  it('flattens a record into document, flag, meeting, attendee, decision and entity rows', () => {
    const rows = tableRows(sampleRecord({ url: 'https://iust.ac.ir/n/1', warnings: ['year-inferred'] }));
    expect(rows.meetings).toEqual([
      [
        '2019/iust',
        'm1',
        'meeting',
        'هم‌افزایی, "حوزه‌های" بین‌الملل',
        'سوم بهمن',
        '1397-11-03',
        '1397-11-03',
        '2019-01-23',
        '2019-01-23',
        'day',
        'wednesday',
        false,
        'سالن جلسات',
        'iust.ac.ir',
        'iust.ac.ir',
        'معاونت بین‌الملل',
        'aut.ac.ir | iust.ac.ir',
        2,
        1,
        0.9,
        0,
        150,
        '2019/iust.txt',
      ],
    ]);
    expect(rows.attendees[0]).toEqual([
      '2019/iust',
      'm1',
      'a1',
      'ذاکری',
      'دکتر',
      'رئیس',
      'iust.ac.ir',
      '40-50 | 200-202',
      'attendee.person+title.apposition+org.named',
    ]);
    expect(rows.decisions[0]?.slice(0, 7)).toEqual([
      '2019/iust',
      'm1',
      'd1',
      'next_meeting',
      'نشست بعدی\nدر خواجه نصیر',
      'نیمه اول اسفند',
      '1397-12-01',
    ]);
    expect(rows.entities).toHaveLength(4);
    expect(rows.entities[2]?.slice(-5)).toEqual([
      '1397-12-01',
      '1397-12-15',
      '2019-02-20',
      '2019-03-06',
      'date.half-month',
    ]);
    // The decision's date was year-inferred: a meeting-level flag beside the document's warning.
    expect(rows.document_flags).toEqual([
      ['2019/iust', null, 'year-inferred'],
      ['2019/iust', 'm1', 'year-inferred'],
    ]);
    expect(rows.documents).toEqual([
      [
        '2019/iust',
        '2019/iust.txt',
        'https://iust.ac.ir/n/1',
        null,
        'fa',
        'a'.repeat(64),
        null,
        null,
        null,
        null,
        null,
        null,
        1,
        2,
        1,
        4,
        2,
        'year-inferred',
        'ut5@iust.ac.ir',
        '77491031',
      ],
    ]);
  });

  it('gives every per-document row exactly the schema’s columns, with values of the schema’s types', () => {
    const rows = documentRows(sampleRecord({ warnings: ['low-confidence'] }));
    for (const t of DOCUMENT_TABLES) {
      expect(rows[t].length).toBeGreaterThan(0);
      for (const r of rows[t]) {
        expect(Object.keys(r)).toEqual(columnsOf(t));
        expect(() => TABLE_SCHEMAS[t].parse(r)).not.toThrow();
      }
    }
  });

  it('uses snake_case names, and one name never means two things', () => {
    const seen = new Map<string, string>();
    for (const t of ALL_TABLES) {
      for (const c of columnInfo(t)) {
        expect(c.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(c.description.length).toBeGreaterThan(5);
        const type = `${c.type}${c.values ? `:${c.values.join(',')}` : ''}`;
        // The same name has the same type everywhere (descriptions may add context).
        if (seen.has(c.name)) expect(`${c.name} ${type}`).toBe(`${c.name} ${seen.get(c.name)}`);
        else seen.set(c.name, type);
      }
    }
    // The words that used to change meaning between files are gone.
    for (const t of ALL_TABLES)
      for (const bad of ['title', 'kind', 'name', 'text', 'start', 'end', 'type'])
        expect(columnsOf(t)).not.toContain(bad);
  });

  it('quotes per RFC 4180 and defuses formula cells, so a reader gets the values back', () => {
    const s = serializeRecord(sampleRecord(), '2019/iust.txt');
    if (!s.ok) throw new Error('expected a valid record');
    const meetings = readCsv(csvOf(s.out, 'meetings'));
    expect(meetings[0]?.[3]).toBe('هم‌افزایی, "حوزه‌های" بین‌الملل');
    expect(readCsv(csvOf(s.out, 'decisions'))[0]?.[4]).toBe('نشست بعدی\nدر خواجه نصیر');
    expect(readCsv(csvOf(s.out, 'attendees'))[1]?.[5]).toBe("'-معاون");
    expect(readCsv(csvOf(s.out, 'entities'))[3]?.[3]).toBe(`'=HYPERLINK("x")`);
    expect(s.out.counts).toEqual({
      documents: 1,
      document_flags: 1,
      meetings: 1,
      attendees: 2,
      decisions: 1,
      entities: 4,
    });
    for (const t of TABLE_NAMES) {
      const table = csvOf(s.out, t);
      for (const row of readCsv(table)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes nothing for an empty row list', () => {
    expect(csvLines([])).toBe('');
  });

  it('writes the bytes csv-stringify writes for the same defused cells', () => {
    const text = fc
      .array(
        fc.constantFrom('a', 'ب', ',', '"', '\r', '\n', '\r\n', ' ', '=', '-', '+', '@', '\t', "'", '|'),
        {
          maxLength: 8,
        },
      )
      .map((cs) => cs.join(''));
    const cell = fc.oneof(
      text,
      fc.integer({ min: -5, max: 1e6 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const want = stringify(
            rows.map((r) => r.map(defuse)),
            { record_delimiter: 'windows', eof: true },
          );
          expect(csvLines(rows)).toBe(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('serializeRecord', () => {
  it('writes the parsed record as one JSON line', () => {
    const s = serializeRecord(sampleRecord(), 'x');
    expect(s.ok && JSON.parse(recordLine(s.out))).toEqual(sampleRecord());
    expect(s.ok && recordLine(s.out).includes('\n')).toBe(false);
  });

  it('turns a record that fails the schema into an invalid-record error naming the issues', () => {
    const bad = { ...sampleRecord(), sha256: 'nope', meetings: [{ meetingId: 'x' }] };
    const s = serializeRecord(bad, '2019/iust.txt');
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.error.source).toBe('2019/iust.txt');
    expect(s.error.code).toBe('invalid-record');
    expect(s.error.message).toContain('"path":"sha256"');
    expect(s.error.message).toContain('"path":"meetings.0.meetingId"');
  });

  it('rejects a wrong record with the message of the plain schema (the compiled one only checks faster)', () => {
    const r = sampleRecord();
    const m = r.meetings[0]!;
    const wrong: [string, unknown][] = [
      ['head', { ...r, sha256: 'nope' }],
      ['entity', { ...r, entities: [r.entities[0], { ...r.entities[1], start: -1, type: 'city' }] }],
      ['nested date', { ...r, meetings: [{ ...m, date: { ...m.date, jalali: { from: '1397/11/03' } } }] }],
      ['attendee', { ...r, meetings: [{ ...m, attendees: [{ ...m.attendees[0], attendeeId: 7 }] }] }],
      ['confidence', { ...r, meetings: [{ ...m, confidence: 1.5 }] }],
      ['optional key present as null', { ...r, entities: [{ ...r.entities[0], canonicalId: null }] }],
      ['not a record', 'text'],
    ];
    for (const [what, record] of wrong) {
      const s = serializeRecord(record, 'x');
      const plain = DocumentRecordSchema.safeParse(record);
      expect(plain.success, what).toBe(false);
      expect(s.ok, what).toBe(false);
      if (s.ok || plain.success) continue;
      const issues = plain.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        code: i.code,
        message: i.message,
      }));
      expect(s.error.message, what).toBe(`the record does not match the schema: ${JSON.stringify(issues)}`);
    }
  });

  it('writes what the plain schema parses: keys in the schema order, unknown keys dropped', () => {
    const r = sampleRecord();
    const e = r.entities[0]!;
    const shuffled = {
      extra: 1,
      ...r,
      entities: [Object.assign({ rule: e.rule, internal: [1] }, e), ...r.entities.slice(1)],
      meetings: r.meetings.map((m) => Object.assign({ confidence: m.confidence }, m, { score: 3 })),
    };
    const s = serializeRecord(shuffled, 'x');
    expect(s.ok && recordLine(s.out)).toBe(JSON.stringify(DocumentRecordSchema.parse(shuffled)));
  });

  it('writes error lines with a fixed key order', () => {
    expect(serializeError({ message: 'm', code: 'bad-jsonl-line', source: 'f.jsonl#3', line: 3 })).toBe(
      '{"source":"f.jsonl#3","code":"bad-jsonl-line","message":"m","line":3}',
    );
  });
});
