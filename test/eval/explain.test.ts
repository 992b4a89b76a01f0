// The per-document reasons of `khabar eval --misses` and `npm run eval:real -- --misses`, on small
// hand-made records (a made-up visit between two made-up universities).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError, runEval } from '../../src/cli/eval.js';
import {
  type AttendeeContext,
  parseTopics,
  topicOf,
  whyAttendeeFalse,
  whyAttendeeMissed,
  whyDecisionFalse,
  whyDecisionMissed,
} from '../../src/eval/explain.js';
import { explainReduced, type ReducedGold, ReducedGoldSchema } from '../../src/eval/reduced.js';
import type { GoldRecord } from '../../src/records/gold.js';
import { day, predictionFrom } from './fixtures.js';

const VISIT: GoldRecord = {
  docId: 'visit',
  publishedAt: null,
  contacts: { emails: [], phones: [] },
  entities: [
    { type: 'person', text: 'دکتر پرویز کاشفی', name: 'پرویز کاشفی' },
    { type: 'person', text: 'مهندس لیلا برومند', name: 'لیلا برومند' },
    { type: 'person', text: 'دکتر سعید نامور', name: 'سعید نامور' },
  ],
  meetings: [
    {
      kind: 'visit',
      title: null,
      date: day('1401-02-10', '2022-04-30'),
      location: null,
      organizer: null,
      organizations: ['alborz-u.example', 'sahand-u.example'],
      attendees: [
        { name: 'پرویز کاشفی', title: 'رئیس', organizationId: 'alborz-u.example' },
        { name: 'لیلا برومند', title: 'مدیر همکاری‌های بین‌المللی', organizationId: 'sahand-u.example' },
        { name: null, title: 'معاون پژوهشی', organizationId: 'sahand-u.example' },
      ],
      decisions: [{ kind: 'next_meeting', text: 'نشست بعدی در سهند برگزار شود', date: null }],
    },
  ],
};

/** The prediction's errors: Kashefi's org lost, Boroumand's name cut, the office missed, a
 * mentioned minister made an attendee, the decision taken as an action. */
function flawed() {
  const p = predictionFrom(VISIT);
  const m = p.meetings[0]!;
  m.attendees = [
    { ...m.attendees[0]!, organizationId: null, rule: 'attendee.person' },
    { ...m.attendees[1]!, name: 'لیلا', rule: 'attendee.person' },
    {
      attendeeId: 'a3',
      name: 'سعید نامور',
      honorific: null,
      title: 'وزیر',
      organizationId: null,
      mentions: [],
      rule: 'attendee.person+title.apposition',
    },
  ];
  m.decisions = [{ ...m.decisions[0]!, kind: 'action' }];
  p.entities.push({
    entityId: 'e9',
    type: 'title',
    text: 'معاون پژوهشی',
    name: 'معاون پژوهشی',
    start: 0,
    end: 0,
    sentence: 0,
    rule: 'test',
  });
  return p;
}

function reducedOf(g: GoldRecord): ReducedGold {
  return ReducedGoldSchema.parse({
    doc: g.docId,
    persons: g.entities.filter((e) => e.type === 'person').map((e) => e.name),
    meetings: g.meetings.map((m) => ({
      kind: m.kind,
      date: m.date,
      organizations: m.organizations,
      attendees: m.attendees,
      decisions: m.decisions.map((d) => ({ kind: d.kind, date: d.date ?? null })),
    })),
  });
}

const none: AttendeeContext = { paired: [], elsewhere: [], persons: new Map(), titles: new Map() };

describe('why an attendee was missed', () => {
  const kashefi = { name: 'پرویز کاشفی', title: 'رئیس', organizationId: 'alborz-u.example' };
  it('names the organisation khabar gave instead, and the rule', () => {
    const ctx = { ...none, paired: [{ ...kashefi, organizationId: null, rule: 'attendee.person' }] };
    expect(whyAttendeeMissed(kashefi, ctx)).toBe(
      'khabar found the person but gave org none [rule attendee.person]',
    );
  });
  it('tells a cut name, another meeting, recognised-only and not found apart', () => {
    const cut = { ...none, paired: [{ ...kashefi, name: 'پرویز' }] };
    expect(whyAttendeeMissed(kashefi, cut)).toMatch(/made «پرویز» of the name \(cut\)/);
    expect(whyAttendeeMissed(kashefi, { ...none, elsewhere: [kashefi] })).toMatch(/another meeting/);
    const known = { ...none, persons: new Map([['پرویزکاشفی', 'پرویز کاشفی']]) };
    expect(whyAttendeeMissed(kashefi, known)).toBe(
      'khabar recognised the person but did not make them an attendee',
    );
    expect(whyAttendeeMissed(kashefi, none)).toBe('khabar did not recognise the person');
  });
  it('explains an unnamed office by the office khabar found or did not', () => {
    const office = { name: null, title: 'معاون پژوهشی', organizationId: 'sahand-u.example' };
    expect(
      whyAttendeeMissed(office, { ...none, paired: [{ ...office, organizationId: 'alborz-u.example' }] }),
    ).toMatch(/found the office but gave org alborz-u\.example/);
    expect(
      whyAttendeeMissed(office, { ...none, titles: new Map([['معاونپژوهشی', 'معاون پژوهشی']]) }),
    ).toMatch(/recognised the office but did not make it an attendee/);
    expect(whyAttendeeMissed(office, none)).toBe('khabar did not recognise the office');
  });
});

describe('why a predicted attendee is not in the gold', () => {
  it('separates a wrong organisation from a person the gold only mentions', () => {
    const gold = [{ name: 'پرویز کاشفی', title: 'رئیس', organizationId: 'alborz-u.example' }];
    const persons = new Map([['سعیدنامور', 'سعید نامور']]);
    expect(whyAttendeeFalse({ ...gold[0]!, organizationId: null }, { paired: gold, persons })).toMatch(
      /gold has them with org alborz-u\.example, not none/,
    );
    const minister = { name: 'سعید نامور', title: 'وزیر', organizationId: null };
    expect(whyAttendeeFalse(minister, { paired: gold, persons })).toMatch(
      /names the person but not as present/,
    );
    expect(whyAttendeeFalse({ ...minister, name: 'کسی دیگر' }, { paired: gold, persons })).toMatch(
      /no such person/,
    );
  });
});

describe('decisions', () => {
  it('says which kinds khabar found where the gold has another', () => {
    const g = { kind: 'next_meeting', date: null };
    expect(whyDecisionMissed(g, [])).toBe('khabar found no decision in this meeting');
    expect(whyDecisionMissed(g, [{ kind: 'action', date: null, text: 'x' }])).toMatch(
      /decisions here are action/,
    );
    expect(whyDecisionFalse({ kind: 'action', date: null }, [g])).toMatch(
      /gold's decisions here are next_meeting/,
    );
    expect(whyDecisionFalse({ kind: 'action', date: null }, [])).toMatch(/no decision in this meeting/);
  });
});

describe('explainReduced (paired as the real-release scorer pairs)', () => {
  it('lists each miss and false alarm with its reason', () => {
    const lines = explainReduced(reducedOf(VISIT), flawed()).lines;
    expect(lines).toContain(
      'missed attendee of the visit on 1401-02-10, orgs alborz-u.example sahand-u.example: «پرویز کاشفی», رئیس, org alborz-u.example — khabar found the person but gave org none [rule attendee.person]',
    );
    expect(lines.some((l) => /missed attendee.*«لیلا برومند».*made «لیلا» of the name \(cut\)/.test(l))).toBe(
      true,
    );
    expect(lines.some((l) => /missed attendee.*معاون پژوهشی.*recognised the office/.test(l))).toBe(true);
    expect(lines.some((l) => /false alarm attendee.*«سعید نامور».*not as present/.test(l))).toBe(true);
    expect(lines.some((l) => /missed decision.*next_meeting.*decisions here are action/.test(l))).toBe(true);
    expect(lines.some((l) => /false alarm decision.*action.*«نشست بعدی/.test(l))).toBe(true);
  });
  it('compares organisations and persons document-wide', () => {
    const p = predictionFrom(VISIT);
    p.entities = p.entities.filter((e) => e.name !== 'سعید نامور');
    p.entities.push({
      ...p.entities[0]!,
      type: 'university',
      text: 'دانشگاه البرز',
      canonicalId: 'alborz-u.example',
    });
    const lines = explainReduced({ ...reducedOf(VISIT), universities: ['sahand-u.example'] }, p).lines;
    expect(lines).toEqual([
      'missed organisation: sahand-u.example',
      'false alarm organisation: alborz-u.example («دانشگاه البرز»)',
      'missed person: «سعید نامور»',
    ]);
    expect(lines.map(topicOf)).toEqual(['entities', 'entities', 'entities']);
  });
  it('has nothing to say about a perfect prediction, and a whole miss about a missing one', () => {
    expect(explainReduced(reducedOf(VISIT), predictionFrom(VISIT)).lines).toEqual([]);
    expect(explainReduced(reducedOf(VISIT), undefined).lines[0]).toMatch(/^no prediction/);
  });
  it('misses a meeting the scorer cannot pair (dates differ) and says why', () => {
    const p = predictionFrom(VISIT);
    p.meetings[0]!.date = { ...p.meetings[0]!.date!, jalali: { from: '1401-02-11', to: '1401-02-11' } };
    const lines = explainReduced(reducedOf(VISIT), p).lines;
    expect(lines[0]).toMatch(
      /^missed meeting: visit on 1401-02-10.*— khabar's unpaired meeting is visit on 1401-02-11.*dates differ/,
    );
    expect(lines[1]).toMatch(/^false alarm meeting: visit on 1401-02-11/);
  });
});

describe('--misses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-misses-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'gold', 'visit.json'), JSON.stringify(VISIT));
  const pred = join(dir, 'records.jsonl');
  writeFileSync(pred, `${JSON.stringify(flawed())}\n`);

  it('prints only the per-document lines of the topics asked for, with reasons', () => {
    const out = runEval({ gold: join(dir, 'gold'), pred, misses: 'attendees' });
    expect(out).not.toMatch(/dimension|decision/);
    expect(out).toMatch(/^## visit$/m);
    expect(out).toMatch(/false alarm attendee .*: «سعید نامور», وزیر, org none — .*not as present/);
    expect(out).toMatch(/line\(s\) in 1 of 1 document\(s\) \(attendees\)/);
    expect(runEval({ gold: join(dir, 'gold'), pred, misses: true })).toMatch(/decision/);
  });
  it('refuses an unknown topic as a usage error', () => {
    expect(() => runEval({ gold: join(dir, 'gold'), pred, misses: 'people' })).toThrow(EvalInputError);
    expect(() => parseTopics('meetings,people')).toThrow(/unknown topic "people"/);
  });
  it('files every line under one topic', () => {
    expect(topicOf('missed attendee of the visit: x')).toBe('attendees');
    expect(topicOf('false alarm decision of the visit: x')).toBe('decisions');
    expect(topicOf('decision of the visit «x»: kind is action')).toBe('decisions');
    expect(topicOf('missed meeting: visit')).toBe('meetings');
    expect(topicOf('wrong meeting date of the visit: khabar says none')).toBe('meetings');
    expect(topicOf('missed person: x')).toBe('entities');
  });
});
