// The English path end to end, on sentences written for these tests: each rule of src/english and
// rules/en with an example of its own.
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/records/schema.js';
import { run } from '../recognize/helpers.js';

const ents = (r: DocumentRecord, type: string) => r.entities.filter((e) => e.type === type);
const orgIds = (r: DocumentRecord) =>
  [
    ...new Set(
      ents(r, 'university')
        .concat(ents(r, 'organization'))
        .map((e) => e.canonicalId),
    ),
  ].sort();
const names = (r: DocumentRecord) => [...new Set(ents(r, 'person').map((e) => e.name))].sort();

describe('English documents go through the English path', () => {
  it('detects the language and keeps every span on the original text', () => {
    const r = run(
      'On Sunday, 12 May 2024, Prof. Ali Rezaei, President of Sharif University of Technology, met with a delegation.',
    );
    expect(r.language).toBe('en');
  });

  it('organisations: English names, acronyms, text-defined acronyms, «X University» ↔ «University of X»', () => {
    const r = run(
      'Isfahan University of Technology (IUT) and the University of Kurdistan signed an agreement. Later, IUT staff visited Kurdistan University and Tarbiat Modares University.',
    );
    expect(orgIds(r)).toEqual(['iut.ac.ir', 'modares.ac.ir', 'uok.ac.ir']);
    const iut = ents(r, 'university').filter((e) => e.canonicalId === 'iut.ac.ir');
    expect(iut.map((e) => e.text)).toEqual(['Isfahan University of Technology', 'IUT', 'IUT']);
  });

  it('organisations: a lower-case phrase is not an acronym («it», «ut»)', () => {
    const r = run('The staff said it was useful, ut supra, and the University of Tehran agreed to it.');
    expect(orgIds(r)).toEqual(['ut.ac.ir']);
  });

  it('organisations: an elliptic list after «universities of»', () => {
    const r = run(
      'Representatives from the universities of Kurdistan, Guilan and Yazd attended the session held at Alzahra University.',
    );
    expect(orgIds(r)).toEqual(['alzahra.ac.ir', 'guilan.ac.ir', 'uok.ac.ir', 'yazd.ac.ir']);
  });

  it('organisations: an Arabic article before a list item («al-Zahra» is Alzahra University)', () => {
    const r = run(
      'Representatives of the Universities of Guilan; al-Zahra; Yazd attended the session held on 4 May 2021.',
    );
    expect(orgIds(r)).toEqual(['alzahra.ac.ir', 'guilan.ac.ir', 'yazd.ac.ir']);
  });

  it('persons: an office compromise reads as a person, a possessive, an article and one word', () => {
    const r = run(
      'On 4 May 2021 the guests met Kamran Sotoudeh, Director General, Office of Scientific Cooperation, who accepted Dr Mahdavinia’s report on the Heritage of al-Andalusia at the University of Tehran.',
    );
    expect(names(r)).toEqual(['Kamran Sotoudeh', 'Mahdavinia']);
    const p = ents(r, 'person').find((e) => e.name === 'Mahdavinia');
    expect(p?.text).toBe('Mahdavinia');
  });

  it('persons: honorifics split off, office + name, name + «, office»', () => {
    const r = run(
      'Dr. Sara Ahmadi, Dean of the Faculty of Law, H.E. Minister Karimi and Reza Tavakoli, Director General of the Ministry of Science, Research and Technology, attended the meeting held at the University of Tehran.',
    );
    expect(names(r)).toEqual(['Karimi', 'Reza Tavakoli', 'Sara Ahmadi']);
    const sara = ents(r, 'person').find((e) => e.name === 'Sara Ahmadi');
    expect(sara?.honorific).toBe('Dr.');
  });

  it('persons: a surname or a misspelt repeat is the same person', () => {
    const r = run(
      'Prof. Hamid Sadeghi, Rector of Istanbul University, met with Dr. Nasser Karami on 3 March 2021 at the University of Tehran. Prof. Sadeghi said the meeting was useful. Hamid Sadegi also thanked Dr. Karami.',
    );
    const m = r.meetings[0]!;
    expect(m.attendees.map((a) => a.name).sort()).toEqual(['Hamid Sadeghi', 'Nasser Karami']);
    expect(names(r)).toEqual(['Hamid Sadeghi', 'Nasser Karami']);
  });
});

describe('English offices map to the Persian title ids', () => {
  it.each([
    ['Vice-President for International Affairs', 'deputy-international'],
    ['Vice Chancellor for Research', 'deputy-research'],
    ['Chancellor', 'head'],
    ['Rector', 'head'],
    ['Dean', 'dean'],
    ['Head of the International Office', 'director-international'],
    ['Cultural Counsellor', 'cultural-counsellor'],
    ['Ambassador', 'ambassador'],
  ])('%s → %s', (office, id) => {
    const r = run(`Dr. Omid Jafari, ${office} of the University of Guilan, met the guests on 2 June 2022.`);
    const title = ents(r, 'title')[0]!;
    expect(title.titleId).toBe(id);
    expect(title.text).toBe(office);
  });
});

describe('English dates', () => {
  const date = (text: string) =>
    ents(run(text), 'date').map((e) => [e.text, e.date?.jalali.from, e.date?.jalali.to, e.date?.weekday]);

  it('a Gregorian day with its Jalali value and stated weekday', () => {
    expect(date('The meeting was held on Monday, 13 May 2024.')).toEqual([
      ['Monday, 13 May 2024', '1403-02-24', '1403-02-24', 'monday'],
    ]);
    expect(date('It was held on May 13th, 2024 in Tehran.')).toEqual([
      ['May 13th, 2024', '1403-02-24', '1403-02-24', null],
    ]);
  });

  it('a Jalali date written in English, and a Gregorian month name over a Jalali year', () => {
    expect(date('The session took place on 24 Ordibehesht 1403.')).toEqual([
      ['24 Ordibehesht 1403', '1403-02-24', '1403-02-24', null],
    ]);
    expect(date('The session took place on Monday 24 May 1403.')).toEqual([
      ['Monday 24 May 1403', '1403-02-24', '1403-02-24', 'monday'],
    ]);
  });

  it('a list of days is one range', () => {
    expect(date('On the 7th, 8th and 9th of April 2019, the workshop was held.')).toEqual([
      ['the 7th, 8th and 9th of April 2019', '1398-01-18', '1398-01-20', null],
    ]);
  });

  it('weekdays resolve against the dateline: the last such day on or before it', () => {
    const r = run(
      'date 2021-06-10\nThe two presidents met on Tuesday. They signed an agreement on Sunday and Monday.',
    );
    const days = ents(r, 'date').map((e) => [e.text, e.date?.gregorian.from, e.date?.gregorian.to]);
    expect(days).toEqual([
      ['2021-06-10', '2021-06-10', '2021-06-10'],
      ['Tuesday', '2021-06-08', '2021-06-08'],
      ['Sunday and Monday', '2021-06-06', '2021-06-07'],
    ]);
  });

  it('years alone, clock times and counts are not days', () => {
    expect(date('The university, founded in 1949, has 15000 students; the office opens at 12:00.')).toEqual(
      [],
    );
  });
});

describe('English meetings', () => {
  it('a visit: kind, date, location, attendees with their organisations', () => {
    const r = run(
      'On Wednesday, 6 March 2019, a delegation from Istanbul University led by Prof. Selim Kaya, Vice-Rector, visited Ferdowsi University of Mashhad and met with Dr. Hossein Ahmadi, Vice-President for International Affairs of FUM.',
    );
    expect(r.meetings).toHaveLength(1);
    const m = r.meetings[0]!;
    expect(m.kind).toBe('visit');
    expect(m.date?.jalali.from).toBe('1397-12-15');
    expect(m.location?.organizationId).toBe('um.ac.ir');
    expect(m.attendees.map((a) => [a.name, a.organizationId])).toEqual([
      ['Selim Kaya', 'istanbul.edu.tr'],
      ['Hossein Ahmadi', 'um.ac.ir'],
    ]);
    expect(m.organizations).toEqual(['istanbul.edu.tr', 'um.ac.ir']);
  });

  it('plural offices distribute over the organisations listed; diplomats belong to none', () => {
    const r = run(
      'The workshop was held at Shiraz University on 5 May 2018. Representatives from the University of Guilan, Yazd University and Alzahra University participated, and Mr. John Smith, the British Ambassador to Iran, was present.',
    );
    const m = r.meetings[0]!;
    expect(m.kind).toBe('workshop');
    expect(m.attendees.map((a) => [a.name, a.title, a.organizationId])).toEqual([
      [null, 'representative', 'guilan.ac.ir'],
      [null, 'representative', 'yazd.ac.ir'],
      [null, 'representative', 'alzahra.ac.ir'],
      ['John Smith', 'Ambassador', null],
    ]);
  });

  it("a delegation's members belong to it, even when its name is misspelt before its acronym", () => {
    const r = run(
      'On 2 May 2019, a delegation from Shanghai International Studies Univesity (SISU) led by Prof. LI Wei, Vice President and comprised of Prof. Chen Ming paid a visit to the University of Tehran and met with Dr. Omid Rahimi, Dean of the Faculty of Law.',
    );
    expect(r.meetings[0]!.attendees.map((a) => [a.name, a.organizationId])).toEqual([
      ['LI Wei', 'shisu.edu.cn'],
      ['Chen Ming', 'shisu.edu.cn'],
      ['Omid Rahimi', 'ut.ac.ir'],
    ]);
  });

  it('«Name the Office of X» without a comma; a repeated office of one person is not another attendee', () => {
    const r = run(
      'On 4 April 2018 Dr. Reza Amini signed the MoU with Agnes Toth the Rector of Semmelweis University at the University of Tehran. Dr. Agnes Tot, Rector of Semmelweis University, thanked the hosts.',
    );
    expect(r.meetings[0]!.attendees.map((a) => [a.name, a.organizationId])).toEqual([
      ['Reza Amini', 'ut.ac.ir'],
      ['Agnes Toth', 'semmelweis.hu'],
    ]);
  });

  it('an office stops where a name begins, and «Minister of X» belongs to the Ministry of X', () => {
    const r = run(
      'The agreement was signed on 5 May 2019 in the presence of Iranian Minister of Health and Medical Education Mohammad Reza Zafarghandi at Shiraz University.',
    );
    expect(r.meetings[0]!.attendees.map((a) => [a.name, a.organizationId])).toEqual([
      ['Mohammad Reza Zafarghandi', 'behdasht.gov.ir'],
    ]);
  });

  it('a planned event is not a meeting; negative news has none', () => {
    expect(run('The conference will be held at the University of Tehran next year.').meetings).toEqual([]);
    expect(run('The University of Tehran ranked first among Iranian universities in 2023.').meetings).toEqual(
      [],
    );
  });

  it('decisions: one per item after «agreed», a follow-up visit is a next_meeting, a task an action', () => {
    const r = run(
      'Dr. Ali Moradi met the Rector of the University of Mosul on 10 January 2023 at Isfahan University of Technology. In this meeting the following issues have been agreed: Establishment of a joint laboratory, Expansion of student exchange, Arrangement of a meeting between the two presidents.',
    );
    const kinds = r.meetings[0]!.decisions.map((d) => d.kind);
    expect(kinds).toEqual(['action', 'agreement', 'next_meeting']);
  });

  it('decisions: «decided that …, which is to be signed during the visit of …»', () => {
    const r = run(
      'Prof. Reza Nouri, President of Yazd University, visited the University of Kurdistan. The presidents decided that the two international offices prepare a memorandum, which is to be signed during the visit of Prof. Nouri to Yazd.',
    );
    const m = r.meetings[0]!;
    expect(m.kind).toBe('visit');
    expect(m.decisions.map((d) => d.kind)).toEqual(['action', 'next_meeting']);
  });

  it('the event name in quotes is the title', () => {
    const r = run(
      'The International Workshop on "Open Science in Practice" was held at Shiraz University on 1 July 2020.',
    );
    expect(r.meetings[0]!.title).toBe('Open Science in Practice');
  });
});
