// Offices as Persian releases write who was there, beyond «X، رئیس دانشگاه Y»: a list of
// universities that passes over one khabar does not know, an official over a place who speaks
// in the story, and a headline's office the body names. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/records/schema.js';
import { attendeesOf, release, run } from '../recognize/helpers.js';

const DATELINE = 'زنجان – ۲۰ آبان ۱۴۰۱';

function first(...body: string[]): Meeting {
  const record = run(release(DATELINE, ...body));
  expect(record.meetings.length).toBeGreaterThan(0);
  return record.meetings[0]!;
}

describe('attendees: a plural office over a list of universities', () => {
  it('goes on past an item khabar does not know («دانشگاه‌های زنجان، کوهپایه شرقی، تبریز …»)', () => {
    const m = first(
      'نشست کارگروه همکاری‌های علمی روز ۱۸ آبان ۱۴۰۱ در دانشگاه زنجان برگزار شد و نمایندگانی از دانشگاه‌های زنجان، کوهپایه شرقی، تبریز و ارومیه در آن حضور یافتند.',
    );
    const present = attendeesOf(m);
    expect(present).toContain('-|-|نماینده|znu.ac.ir');
    expect(present).toContain('-|-|نماینده|tabrizu.ac.ir');
    expect(present).toContain('-|-|نماینده|urmia.ac.ir');
    expect(m.attendees.filter((a) => a.title === 'نماینده')).toHaveLength(3);
  });
});

describe('attendees: officials over a place (استاندار، نماینده مردم …)', () => {
  it('one who speaks in the story, leading the sentence, was there', () => {
    const m = first(
      'نشست هیئت امنای دانشگاه زنجان روز ۱۸ آبان ۱۴۰۱ در سالن شورای دانشگاه برگزار شد.',
      'استاندار زنجان نیز با اشاره به ظرفیت‌های استان تصریح کرد: دانشگاه باید به حل مسائل استان کمک کند.',
    );
    expect(attendeesOf(m)).toContain('-|-|استاندار زنجان|-');
  });

  it('one who is only thanked is not', () => {
    const m = first(
      'نشست هیئت امنای دانشگاه زنجان روز ۱۸ آبان ۱۴۰۱ در سالن شورای دانشگاه برگزار شد.',
      'دکتر علی رضایی رئیس دانشگاه زنجان در پایان از استاندار زنجان برای حمایت‌هایش قدردانی کرد.',
    );
    expect(m.attendees.map((a) => a.title)).not.toContain('استاندار زنجان');
  });

  it('the headline’s office over a place is the person the body names with the bare office', () => {
    const m = first(
      'نشست هیئت امنای دانشگاه زنجان با حضور استاندار زنجان برگزار شد',
      'نشست هیئت امنای دانشگاه زنجان روز ۱۸ آبان ۱۴۰۱ با حضور مهندس محسن افشارچی استاندار و دکتر علی رضایی رئیس دانشگاه زنجان برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('محسن افشارچی|مهندس|استاندار|-');
    expect(m.attendees.filter((a) => a.title?.startsWith('استاندار'))).toHaveLength(1);
  });
});
