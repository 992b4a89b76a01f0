// The same event reported in Persian and in English gives the same organisation ids, the same
// Jalali date and the same office ids.
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/records/schema.js';
import { run } from '../recognize/helpers.js';

const FA =
  'دکتر علی رضایی، رئیس دانشگاه صنعتی شریف، روز دوشنبه ۲۴ اردیبهشت ۱۴۰۳ با دکتر حسن کریمی، معاون بین‌الملل دانشگاه تهران، در دانشگاه تهران دیدار کرد.';
const EN = [
  'On Monday, 13 May 2024, Dr. Ali Rezaei, President of Sharif University of Technology, met with Dr. Hassan Karimi, Vice-President for International Affairs of the University of Tehran, at the University of Tehran.',
  'On Monday 24 Ordibehesht 1403, Dr. Ali Rezaei, Chancellor of Sharif University of Technology, met with Dr. Hassan Karimi, Vice President for International Affairs of the University of Tehran, at the University of Tehran.',
  'Dr. Ali Rezaei, President of Sharif University of Technology, met with Dr. Hassan Karimi, Vice-Chancellor for International Affairs of the University of Tehran, on Monday 24 May 1403 at the University of Tehran.',
];

function facts(r: DocumentRecord) {
  const m = r.meetings[0]!;
  return {
    meetings: r.meetings.length,
    organizations: m.organizations,
    date: m.date?.jalali,
    location: m.location?.organizationId,
    titleIds: r.entities
      .filter((e) => e.type === 'title')
      .map((e) => e.titleId)
      .sort(),
    attendees: m.attendees.map((a) => a.organizationId).sort(),
  };
}

describe('a Persian and an English report of one event', () => {
  const fa = facts(run(FA));
  it('the Persian record is what the pair is compared with', () => {
    expect(fa).toEqual({
      meetings: 1,
      organizations: ['sharif.edu', 'ut.ac.ir'],
      date: { from: '1403-02-24', to: '1403-02-24' },
      location: 'ut.ac.ir',
      titleIds: ['deputy-international', 'head'],
      attendees: ['sharif.edu', 'ut.ac.ir'],
    });
  });
  it.each(EN)('%s', (text) => {
    const r = run(text);
    expect(r.language).toBe('en');
    expect(facts(r)).toEqual(fa);
  });
});
