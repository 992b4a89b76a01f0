import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldDir } from '../../src/cli/eval.js';
import { formatJson, formatText } from '../../src/eval/format.js';
import { phoneKey, scoreCorpus, textOverlap } from '../../src/eval/score.js';
import type { DocumentRecord } from '../../src/records/schema.js';
import { day, NO_MEETING, predictionFrom, SEED } from './fixtures.js';

function clone<T>(x: T): T {
  return structuredClone(x);
}

function allPrf(r: ReturnType<typeof scoreCorpus>) {
  return [
    ...Object.values(r.entities),
    r.meetings.detection,
    r.meetings.organizations,
    r.meetings.attendees,
    r.meetings.decisions,
    r.weekdayMismatch,
  ];
}

describe('scoreCorpus', () => {
  it('scores a perfect prediction 1.0 everywhere, with nothing to explain', () => {
    const r = scoreCorpus([SEED, NO_MEETING], [predictionFrom(SEED), predictionFrom(NO_MEETING)]);
    for (const p of allPrf(r)) expect([p.precision, p.recall, p.f1]).toEqual([1, 1, 1]);
    for (const k of ['kind', 'date', 'title', 'location', 'organizer'] as const) {
      expect(r.meetings[k]).toEqual({ correct: 1, total: 1, accuracy: 1 });
    }
    expect(r.entities.organizations.tp).toBe(6);
    expect(r.meetings.attendees.tp).toBe(6);
    for (const d of r.perDocument) expect([...d.misses, ...d.falseAlarms, ...d.wrong]).toEqual([]);
  });

  it('lowers attendee recall by exactly one in six for one missed office', () => {
    const pred = predictionFrom(SEED);
    pred.meetings[0]!.attendees = pred.meetings[0]!.attendees.filter(
      (a) => a.organizationId !== 'kntu.ac.ir',
    );
    const r = scoreCorpus([SEED], [pred]);
    expect(r.meetings.attendees.recall).toBeCloseTo(5 / 6, 12);
    expect(r.meetings.attendees.precision).toBe(1);
    expect(r.meetings.attendees).toMatchObject({ tp: 5, fp: 0, fn: 1 });
    expect(r.perDocument[0]!.misses).toEqual([
      'missed attendee of the meeting «هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور» on 1397-11-03: no name, معاون بین‌الملل, org kntu.ac.ir — khabar recognised the office but did not make it an attendee',
    ]);
  });

  it('lowers meeting precision to 1/2 for one false-alarm meeting', () => {
    const pred = predictionFrom(SEED);
    const extra = clone(pred.meetings[0]!);
    Object.assign(extra, {
      meetingId: 'm2',
      kind: 'workshop',
      title: null,
      date: { ...pred.meetings[0]!.date!, jalali: { from: '1402-08-15', to: '1402-08-15' } },
      organizations: ['ut.ac.ir'],
      attendees: [],
      decisions: [],
    });
    pred.meetings.push(extra);
    const r = scoreCorpus([SEED], [pred]);
    expect(r.meetings.detection).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.meetings.organizations).toMatchObject({ tp: 5, fp: 1, fn: 0 });
    expect(r.perDocument[0]!.falseAlarms).toEqual([
      'false alarm meeting: workshop on 1402-08-15 — with its 1 organisation(s)',
    ]);
  });

  it('counts a gold document without a prediction as all missed', () => {
    const r = scoreCorpus([SEED, NO_MEETING], [predictionFrom(NO_MEETING)]);
    expect(r.documents.missing).toEqual(['seed']);
    expect(r.meetings.detection).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, precision: 0 });
    expect(r.meetings.attendees).toMatchObject({ tp: 0, fn: 6 });
    expect(r.meetings.decisions).toMatchObject({ tp: 0, fn: 1 });
    expect(r.entities.organizations).toMatchObject({ tp: 1, fp: 0, fn: 5 });
    expect(r.entities.contacts).toMatchObject({ tp: 0, fn: 2, recall: 0 });
    const seed = r.perDocument.find((d) => d.docId === 'seed')!;
    expect(seed.predicted).toBe(false);
    expect(seed.misses[0]).toMatch(/no prediction/);
  });

  it('ignores predicted documents that have no gold, and lists them', () => {
    const other = predictionFrom({ ...NO_MEETING, docId: 'unknown' });
    const r = scoreCorpus([NO_MEETING], [predictionFrom(NO_MEETING), other]);
    expect(r.documents.unscored).toEqual(['unknown']);
    expect(r.entities.persons).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('compares strings by the matching key (رییس = رئیس, ي/ك, ZWNJ)', () => {
    const pred = predictionFrom(SEED);
    for (const e of pred.entities) {
      if (e.type === 'title' && e.name === 'رئیس') e.name = 'رييس';
      if (e.type === 'title' && e.name === 'معاون بین‌الملل') e.name = 'معاون بين الملل';
      if (e.type === 'person') e.name = 'ذاكري';
    }
    const m = pred.meetings[0]!;
    m.attendees[0]!.name = 'ذاكري';
    m.attendees[1]!.title = 'معاون بينالملل';
    m.title = 'هم افزایی حوزه های بین الملل دانشگاه های صنعتی برتر کشور';
    const r = scoreCorpus([SEED], [pred]);
    expect(r.entities.titles.f1).toBe(1);
    expect(r.entities.persons.f1).toBe(1);
    expect(r.meetings.attendees.f1).toBe(1);
    expect(r.meetings.title.accuracy).toBe(1);
  });

  it('matches an unnamed gold office to a predicted holder of that office, and a named one by name', () => {
    const pred = predictionFrom(SEED);
    const m = pred.meetings[0]!;
    m.attendees[1]!.name = 'حسین رضایی'; // the extractor found the name gold left out
    m.attendees[0]!.title = null; // and missed the named person's office
    const r = scoreCorpus([SEED], [pred]);
    expect(r.meetings.attendees).toMatchObject({ tp: 6, fp: 0, fn: 0 });
  });

  it('reports a wrong date on a paired meeting as a date error, not a missed meeting', () => {
    const pred = predictionFrom(SEED);
    pred.meetings[0]!.date = { ...pred.meetings[0]!.date!, jalali: { from: '1397-11-04', to: '1397-11-04' } };
    const r = scoreCorpus([SEED], [pred]);
    expect(r.meetings.detection.f1).toBe(1);
    expect(r.meetings.date).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(r.perDocument[0]!.wrong).toEqual([
      'the meeting «هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور» on 1397-11-03: date is 1397-11-04, expected 1397-11-03',
    ]);
  });

  it('pairs decisions by kind, date and word overlap', () => {
    const close = predictionFrom(SEED);
    close.meetings[0]!.decisions[0]!.text =
      'نشست بعدی در نیمه اول اسفند در دانشگاه خواجه نصیرالدین طوسی برگزار شود';
    expect(scoreCorpus([SEED], [close]).meetings.decisions).toMatchObject({ tp: 1, fp: 0, fn: 0 });

    const otherKind = predictionFrom(SEED);
    otherKind.meetings[0]!.decisions[0]!.kind = 'action';
    const r = scoreCorpus([SEED], [otherKind]);
    expect(r.meetings.decisions).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.perDocument[0]!.misses).toEqual([]);
    expect(r.perDocument[0]!.wrong).toEqual([
      `decision of the meeting «هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌های صنعتی برتر کشور» on 1397-11-03 «${SEED.meetings[0]!.decisions[0]!.text}»: kind is action, expected next_meeting (a miss and a false alarm)`,
    ]);

    const noDate = predictionFrom(SEED);
    noDate.meetings[0]!.decisions[0]!.date = null;
    expect(scoreCorpus([SEED], [noDate]).meetings.decisions).toMatchObject({ tp: 0, fp: 1, fn: 1 });

    const unrelated = predictionFrom(SEED);
    unrelated.meetings[0]!.decisions[0]!.text = 'تفاهم‌نامه همکاری پژوهشی امضا شود';
    expect(scoreCorpus([SEED], [unrelated]).meetings.decisions).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('does not pair meetings that share only their kind', () => {
    const pred = predictionFrom(SEED);
    Object.assign(pred.meetings[0]!, {
      title: null,
      date: null,
      organizations: [],
      attendees: [],
      decisions: [],
    });
    const r = scoreCorpus([SEED], [pred]);
    expect(r.meetings.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.meetings.attendees).toMatchObject({ tp: 0, fp: 0, fn: 6 });
  });

  it('pairs two meetings of one document with the right predictions', () => {
    const second = clone(SEED.meetings[0]!);
    Object.assign(second, {
      kind: 'signing',
      title: null,
      date: day('1397-11-04', '2019-01-24'),
      organizations: ['iust.ac.ir', 'sharif.edu'],
      attendees: [],
      decisions: [],
    });
    const gold = { ...SEED, meetings: [SEED.meetings[0]!, second] };
    const pred = predictionFrom(gold);
    pred.meetings.reverse();
    const r = scoreCorpus([gold], [pred]);
    expect(r.meetings.detection.f1).toBe(1);
    expect(r.meetings.kind.accuracy).toBe(1);
    expect(r.meetings.date.accuracy).toBe(1);
  });

  it('scores only day and range dates, and the weekday-mismatch warning', () => {
    const gold = clone(SEED);
    gold.warnings = ['weekday-mismatch'];
    const pred = predictionFrom(SEED);
    pred.entities.push({
      entityId: 'e99',
      type: 'date',
      text: 'بهمن ۱۳۹۷',
      start: 0,
      end: 9,
      sentence: 0,
      rule: 'test',
      date: {
        ...pred.entities.find((e) => e.type === 'date')!.date!,
        jalali: { from: '1397-11-01', to: '1397-11-30' },
        precision: 'month',
      },
    });
    const r = scoreCorpus([gold], [pred]);
    expect(r.entities.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.weekdayMismatch).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('scores the publication date when gold states it (or states that there is none)', () => {
    const gold = { ...NO_MEETING, publishedAt: day('1402-08-15', '2023-11-06') };
    const right = predictionFrom(gold);
    const wrong = predictionFrom({ ...gold, docId: 'b' });
    wrong.publishedAt = null;
    const r = scoreCorpus(
      [gold, { ...gold, docId: 'b' }, { ...SEED, publishedAt: undefined }],
      [right, wrong, predictionFrom(SEED)],
    );
    expect(r.publishedAt).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(r.perDocument.find((d) => d.docId === 'b')!.wrong).toEqual([
      'publication date is none, expected 1402-08-15',
    ]);
  });

  it('compares phones as numbers and e-mails case-insensitively', () => {
    expect(phoneKey('+98 21 7749-1031')).toBe(phoneKey('021 77491031'));
    expect(phoneKey('۰۲۱-۷۷۴۹۱۰۳۱')).toBe('2177491031');
    const pred = predictionFrom(SEED);
    pred.contacts = { emails: ['UT5@IUST.AC.IR'], phones: ['7749-1031'] };
    expect(scoreCorpus([SEED], [pred]).entities.contacts.f1).toBe(1);
  });

  it('measures decision text overlap as the Dice coefficient of word keys', () => {
    expect(textOverlap('الف ب ج د', 'الف ب')).toBeCloseTo(4 / 6, 12);
    expect(textOverlap('می‌شود', 'می شود')).toBe(1);
  });
});

describe('format', () => {
  it('prints a table and the per-document sentences, and JSON that round-trips', () => {
    const pred: DocumentRecord = predictionFrom(SEED);
    pred.meetings[0]!.attendees.pop();
    const r = scoreCorpus([SEED, NO_MEETING], [pred]);
    const text = formatText(r);
    expect(text).toMatch(/meeting detection\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0/);
    expect(text).toMatch(/meeting attendees\s+1\.000\s+0\.833\s+0\.909\s+5\s+0\s+1/);
    expect(text).toContain('## appointment');
    expect(text).toContain('- missed attendee of the meeting');
    expect(text).toContain('1 missing (scored as all missed)');
    expect(JSON.parse(formatJson(r))).toEqual(r);
  });
});

describe('the corpus gold', () => {
  const goldDir = 'corpus/gold';
  it.skipIf(!existsSync(goldDir))('scores 1.0 against a prediction made from itself', () => {
    const gold = readGoldDir(goldDir);
    const r = scoreCorpus(gold, gold.map(predictionFrom));
    for (const p of allPrf(r)) expect(p.f1).toBe(1);
    for (const d of r.perDocument) expect([...d.misses, ...d.falseAlarms, ...d.wrong]).toEqual([]);
  });
});
