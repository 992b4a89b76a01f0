// The date of a meeting is the day the reported event took place: not the date of a decision it
// took, not the date of an event a later sentence announces. Sentences are the team's own,
// written the way Persian releases put them.
import { describe, expect, it } from 'vitest';
import { release, run } from '../recognize/helpers.js';

const DATELINE = 'تبریز – ۲۰ مهر ۱۴۰۱';

describe('meeting date: a date that opens an approval clause', () => {
  // «روز سه‌شنبه … X … با برگزاری … موافقت کرد»: the approval's clause runs from the sentence start,
  // but the date at its head says when the meeting took place.
  it('dates the meeting', () => {
    const text = release(
      DATELINE,
      'روز دوشنبه ۱۸ مهر ۱۴۰۱ رئیس دانشگاه تبریز طی دیدار با رئیس دانشگاه شیراز با برگزاری همایش مشترک دو دانشگاه موافقت کرد.',
    );
    const m = run(text).meetings[0];
    expect(m?.date?.jalali).toEqual({ from: '1401-07-18', to: '1401-07-18' });
  });
});

describe('meeting date: a later sentence that announces another event', () => {
  const opening = 'رئیس دانشگاه تهران در دیدار با وزیر آموزش عالی عراق بر گسترش همکاری‌های دو کشور تأکید کرد.';

  // «… به بغداد سفر کرده است تا در کنفرانسی که از ۲۰ تا ۲۲ مهر برگزار می‌شود شرکت کند»: the range
  // is the conference's, announced in the future tense.
  it('does not take the announced event’s range', () => {
    const text = release(
      DATELINE,
      opening,
      'گفتنی است رئیس دانشگاه تهران به بغداد سفر کرده است تا در کنفرانسی که از ۲۱ تا ۲۳ مهر ۱۴۰۱ در این شهر برگزار می‌شود شرکت کند.',
    );
    expect(run(text).meetings[0]?.date).toBeNull();
  });

  // «امروز … امضا خواهد شد» in what a speaker said: the day of a signing still to come.
  it('does not take a day followed by a future verb', () => {
    const text = release(
      DATELINE,
      opening,
      'وزیر عراقی نیز در این دیدار گفت: امروز تفاهم‌نامه همکاری دو دانشگاه امضا خواهد شد.',
    );
    expect(run(text).meetings[0]?.date).toBeNull();
  });

  // The future verb belongs to a later clause: the event «… که روز ۱۸ مهر برگزار شد» came first.
  it('keeps a day whose own clause reports what happened', () => {
    const text = release(
      DATELINE,
      opening,
      'این دیدار که روز دوشنبه ۱۸ مهر ۱۴۰۱ در دانشگاه تهران برگزار شد، گفت‌وگوهایی را که ماه آینده در بغداد برگزار می‌شود آغاز کرد.',
    );
    expect(run(text).meetings[0]?.date?.jalali.from).toBe('1401-07-18');
  });
});

describe('meeting date: background after the report', () => {
  // «دانشگاه X در تاریخ ۱۰ مهر ۱۳۴۵ تاسیس شده است»: the partner's history, no event of the story.
  it('a later sentence about a founding does not date the meeting', () => {
    const text = release(
      DATELINE,
      'تفاهم‌نامه همکاری دانشگاه تبریز و دانشگاه باکو به امضای روسای دو دانشگاه رسید.',
      'دانشگاه باکو در تاریخ ۱۰ مهر ۱۳۴۵ تاسیس شده است و بیش از بیست هزار دانشجو دارد.',
    );
    const m = run(text).meetings[0];
    expect(m?.kind).toBe('signing');
    expect(m?.date).toBeNull();
  });

  // The opening lines still date it: «این دانشگاه روز … میزبان دو رویداد بود. در نخستین رویداد …».
  it('an opening line before the report still dates the meeting', () => {
    const text = release(
      DATELINE,
      'دانشگاه تبریز روز دوشنبه ۱۸ مهر ۱۴۰۱ میزبان مهمانانی از باکو بود.',
      'تفاهم‌نامه همکاری دانشگاه تبریز و دانشگاه باکو به امضای روسای دو دانشگاه رسید.',
    );
    expect(run(text).meetings[0]?.date?.jalali.from).toBe('1401-07-18');
  });
});

describe('meeting: the ezafe «‌ی» after an event noun', () => {
  // «تفاهم‌نامه‌ی همکاری», «جلسه‌ی شورا»: formal spelling of the ezafe, also glued or spaced.
  for (const noun of ['تفاهم‌نامه‌ی', 'تفاهم نامه ی', 'تفاهمنامهی']) {
    it(`«${noun} همکاری … به امضا رسید» is a signing`, () => {
      const text = release(
        DATELINE,
        `${noun} همکاری دانشگاه تبریز و دانشگاه باکو روز دوشنبه ۱۸ مهر ۱۴۰۱ به امضا رسید.`,
      );
      expect(run(text).meetings.map((m) => m.kind)).toEqual(['signing']);
    });
  }
});
