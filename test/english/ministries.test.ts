// English: ministries named through their minister, short ministry names, and list items that are
// what follows «Iran University of». Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/records/schema.js';
import { run } from '../recognize/helpers.js';

const orgIds = (r: DocumentRecord) =>
  [
    ...new Set(
      r.entities
        .filter((e) => e.type === 'university' || e.type === 'organization')
        .map((e) => e.canonicalId ?? null),
    ),
  ].sort();

describe('ministries in English releases', () => {
  it('«Minister of X» names the Ministry of X; the office and the name after it stay linked', () => {
    const r = run(
      'TEHRAN - Kashan University signed the agreement in the presence of Minister of Health and Medical Education Bahram Einollahi on Monday.',
    );
    expect(orgIds(r)).toEqual(['behdasht.gov.ir', 'kashanu.ac.ir']);
    const minister = r.entities.find((e) => e.canonicalId === 'behdasht.gov.ir');
    expect(minister?.rule).toBe('en.org.minister');
    expect(minister?.text).toBe('Health and Medical Education');
  });

  it('«science minister» and a short «Ministry of Science» are the Iranian ministry', () => {
    expect(
      orgIds(run('TEHRAN - The science minister opened the new library of Shiraz University on Sunday.')),
    ).toEqual(['msrt.ir', 'shirazu.ac.ir']);
    expect(orgIds(run('TEHRAN - The Health Ministry announced the new medical schools.'))).toEqual([
      'behdasht.gov.ir',
    ]);
  });

  it('another country’s minister or ministry is not the Iranian one', () => {
    expect(orgIds(run('MOSCOW - The Russian Minister of Science met university presidents.'))).toEqual([]);
    expect(orgIds(run('BAGHDAD - The Turkish Health Ministry sent medical teams.'))).toEqual([]);
  });
});

describe('lists of universities', () => {
  it('«Science and Technology» in a list is Iran University of Science and Technology', () => {
    const r = run(
      'TEHRAN - Delegates from the universities of Guilan, Science and Technology and Tabriz attended the meeting.',
    );
    expect(orgIds(r)).toEqual(['guilan.ac.ir', 'iust.ac.ir', 'tabrizu.ac.ir']);
    expect(
      orgIds(run('TEHRAN - Professors from Universities of Yazd; Science and Technology; Kashan took part.')),
    ).toEqual(['iust.ac.ir', 'kashanu.ac.ir', 'yazd.ac.ir']);
  });
});
