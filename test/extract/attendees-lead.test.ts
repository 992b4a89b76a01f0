// Who the story's attendees belong to when the release does not say it in the same phrase: the
// organisation that wrote it (a Persian release is written by its Iranian side), and the office a
// lead names before the body names the person («رئیس دانشگاه X گفت: … دکتر Y افزود»), after the
// source prefixes Persian news opens with («به گزارش ایرنا»، «به گزارش مهر؛»، «شیراز - ایسنا/فارس»).
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/records/schema.js';
import { attendeesOf, release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ آبان ۱۴۰۱';

function first(...body: string[]): Meeting {
  const record = run(release(DATELINE, ...body));
  expect(record.meetings.length).toBeGreaterThan(0);
  return record.meetings[0]!;
}

describe('attendees: the story’s own organisation', () => {
  it('a bare «دانشگاه» is the Iranian side even when the foreign guest is named more often', () => {
    const m = first(
      'امضای تفاهم‌نامه میان دانشگاه تبریز و دانشگاه بغداد',
      'تفاهم‌نامه همکاری دانشگاه تبریز و دانشگاه بغداد روز ۱۸ آبان ۱۴۰۱ به امضای دکتر یوسف امینی رئیس دانشگاه و دکتر سامی الجبوری رئیس دانشگاه بغداد رسید.',
      'دکتر سامی الجبوری از سابقه دانشگاه بغداد و برنامه‌های دانشگاه بغداد در زمینه تبادل دانشجو گفت.',
    );
    expect(attendeesOf(m)).toContain('یوسف امینی|دکتر|رئیس|tabrizu.ac.ir');
  });
});

describe('attendees: a lead’s office is the person the body then names', () => {
  it('after «به گزارش ایرنا» with no comma', () => {
    const m = first(
      'به گزارش ایرنا رئیس دانشگاه شیراز روز ۱۸ آبان ۱۴۰۱ در دیدار با سفیر ایتالیا گفت: همکاری‌ها گسترش می‌یابد.',
      'دکتر بهرام کاظمی افزود: دانشجویان ایتالیایی پذیرفته می‌شوند.',
    );
    expect(attendeesOf(m)).toContain('بهرام کاظمی|دکتر|رئیس|shirazu.ac.ir');
    expect(m.attendees.find((a) => a.name === 'بهرام کاظمی')?.rule).toContain('title.office-subject');
  });

  it('after a dateline «شهر - خبرگزاری/استان»', () => {
    const m = first(
      'شیراز - ایسنا/فارس رئیس دانشگاه شیراز گفت: همکاری با ایتالیا گسترش می‌یابد.',
      'دکتر بهرام کاظمی روز ۱۸ آبان ۱۴۰۱ در دیدار با سفیر ایتالیا اظهار کرد: دانشجویان ایتالیایی پذیرفته می‌شوند.',
    );
    expect(attendeesOf(m)).toContain('بهرام کاظمی|دکتر|رئیس|shirazu.ac.ir');
  });

  it('when the body’s subject follows «به گزارش مهر؛»', () => {
    const m = first(
      'رئیس دانشگاه شیراز در دیدار با سفیر ایتالیا مطرح کرد:',
      'همکاری‌ها گسترش می‌یابد',
      'به گزارش مهر؛ دکتر بهرام کاظمی روز ۱۸ آبان ۱۴۰۱ در دیدار با سفیر ایتالیا اظهار داشت: دانشجویان ایتالیایی پذیرفته می‌شوند.',
    );
    expect(attendeesOf(m)).toContain('بهرام کاظمی|دکتر|رئیس|shirazu.ac.ir');
  });

  it('an apposition dash is not a dateline: «دکتر X - رئیس Y -» keeps its own office', () => {
    const m = first(
      'دکتر مینا سلطانی - معاون پژوهشی دانشگاه تبریز - روز ۱۸ آبان ۱۴۰۱ در دیدار با سفیر ایتالیا گفت: همکاری‌ها گسترش می‌یابد.',
    );
    expect(attendeesOf(m)).toContain('مینا سلطانی|دکتر|معاون پژوهشی|tabrizu.ac.ir');
  });
});

describe('attendees: an office over a unit of the story’s own organisation', () => {
  it('a faculty, a department or a centre named without its university is the story’s', () => {
    const m = first(
      'به گزارش روابط عمومی دانشگاه شیراز، نشست همکاری با هیئت دانشگاه بغداد روز ۱۸ آبان ۱۴۰۱ در دانشکده مهندسی برگزار شد.',
      'در این نشست دکتر یوسف امینی مدیرگروه زبان‌های خارجی، دکتر مینا سلطانی معاون آموزشی و تحصیلات تکمیلی دانشکده مهندسی و دکتر رضا کیانی مدیر مرکز نوآوری که میزبان مهمانان بود حضور داشتند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^یوسف امینی\|دکتر\|[^|]+\|shirazu\.ac\.ir$/),
        expect.stringMatching(/^مینا سلطانی\|دکتر\|[^|]+\|shirazu\.ac\.ir$/),
        expect.stringMatching(/^رضا کیانی\|دکتر\|[^|]+\|shirazu\.ac\.ir$/),
      ]),
    );
  });

  it('words heading another organisation («وزارت»، «انجمن») are not the story’s unit', () => {
    const m = first(
      'به گزارش روابط عمومی دانشگاه شیراز، نشست همکاری روز ۱۸ آبان ۱۴۰۱ در دانشکده مهندسی برگزار شد.',
      'در این نشست دکتر یوسف امینی رئیس بخش اداری وزارت صنایع و دکتر رضا کیانی مدیر مرکز نوآوری حضور داشتند.',
    );
    expect(m.attendees.find((a) => a.name === 'یوسف امینی')?.organizationId).toBeNull();
    expect(m.attendees.find((a) => a.name === 'رضا کیانی')?.organizationId).toBe('shirazu.ac.ir');
  });

  it('a story that names no university is its institute’s own', () => {
    const m = first(
      'نشست شورای پژوهشی پژوهشگاه نیرو روز ۱۸ آبان ۱۴۰۱ برگزار شد و برنامه‌های پژوهشگاه نیرو بررسی شد.',
      'در این نشست دکتر رضا کیانی مدیر مرکز رشد فناوری گزارش داد.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|مدیر مرکز رشد|nri.ac.ir');
  });
});

describe('attendees: one person, however many ways the story names them', () => {
  it('a foreign name’s original spelling in parentheses does not break the apposition', () => {
    const m = first(
      'در نشستی که روز ۱۸ آبان ۱۴۰۱ با حضور سفیر ایتالیا در دانشگاه تبریز برگزار شد، آقای ماریو روسی (Mario Rossi)، سفیر ایتالیا و دکتر یوسف امینی رئیس دانشگاه تبریز گفت‌وگو کردند.',
    );
    expect(attendeesOf(m)).toContain('ماریو روسی|آقای|سفیر|-');
    // The office named before the name is the same ambassador, not a second attendee.
    expect(m.attendees.filter((a) => a.title === 'سفیر')).toHaveLength(1);
  });

  it('an ambassador in a list of the host’s officials keeps no organisation of theirs', () => {
    const m = first(
      'به گزارش روابط عمومی دانشگاه تبریز، با حضور دکتر یوسف امینی رئیس دانشگاه تبریز، آقای ماریو روسی سفیر کشور ایتالیا، تالار ایتالیا در دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ افتتاح شد.',
      'سفیر کشور ایتالیا در این مراسم گفت: همکاری‌ها گسترش می‌یابد.',
    );
    expect(attendeesOf(m)).toContain('ماریو روسی|آقای|سفیر|-');
    expect(m.attendees.filter((a) => a.title === 'سفیر')).toHaveLength(1);
  });

  it('an institute whose name ends with a university’s is that university’s («پارک علم و فناوری دانشگاه X»)', () => {
    const m = first(
      'نشست همکاری روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کیانی رئیس پارک علم و فناوری دانشگاه تهران در دانشگاه تبریز برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|رئیس|ut.ac.ir');
  });

  it('an office named by an organisation khabar does not know is not the host’s office', () => {
    const m = first(
      'دیدار رئیس دانشگاه تبریز با هیئت دانشگاه کوفه',
      'هیئتی از دانشگاه کوفه روز ۱۸ آبان ۱۴۰۱ با دکتر یوسف امینی رئیس دانشگاه کوهستان شمالی در دانشگاه تبریز دیدار کرد.',
      'دکتر مینا سلطانی رئیس دانشگاه نیز در این دیدار گفت: همکاری‌ها گسترش می‌یابد.',
    );
    const present = attendeesOf(m);
    // The same office with a bare «دانشگاه» is the host's; named after an unknown university, it is
    // neither the host's nor the delegation's (the sentence names both before and after it).
    expect(present).toContain('مینا سلطانی|دکتر|رئیس|tabrizu.ac.ir');
    expect(present).toContain('یوسف امینی|دکتر|رئیس|-');
    expect(m.attendees.find((x) => x.name === 'یوسف امینی')?.rule).toContain('org.unknown');
  });

  it('an unknown organisation recognised as one (no id) keeps its office’s person off the host', () => {
    const m = first(
      'هیئتی از دانشگاه کوفه روز ۱۸ آبان ۱۴۰۱ با دکتر یوسف امینی رئیس دانشگاه «آینده‌سازان» در دانشگاه تبریز دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('یوسف امینی|دکتر|رئیس|-');
  });
});

describe('attendees: one person holding several offices («X، معاون … و رئیس …»)', () => {
  it('offices joined by «و» after a person’s office are theirs, and name their organisation', () => {
    const m = first(
      'در نشست مشترکی که روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز برگزار شد، دکتر رضا کیانی معاون پژوهشی و دبیر شورای راهبردی کشور و رئیس پژوهشگاه دانش‌های بنیادی حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|معاون پژوهشی|ipm.ir');
    expect(m.attendees.filter((a) => a.name === null)).toEqual([]);
  });

  it('an office right after another serves it: «قائم مقام وزیر علوم» is the ministry’s', () => {
    const m = first(
      'در نشست مشترکی که روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز برگزار شد، دکتر رضا کیانی قائم مقام وزیر علوم در امور بین‌الملل حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|قائم‌مقام|msrt.ir');
  });

  it('an office followed by its holder’s name is that person’s, not the one before', () => {
    const m = first(
      'در نشست مشترکی که روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز برگزار شد، دکتر یوسف امینی رئیس دانشگاه تبریز و معاون پژوهشی دانشگاه تهران، دکتر مینا سلطانی حضور داشتند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'یوسف امینی|دکتر|رئیس|tabrizu.ac.ir',
        'مینا سلطانی|دکتر|معاون پژوهشی|ut.ac.ir',
      ]),
    );
  });

  it('after an office naming its organisation, «و» goes on to the next person present', () => {
    const m = first(
      'نشست هیئت امنای دانشگاه بوعلی سینا روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کیانی نماینده وزارت علوم و استاندار همدان در دانشگاه بوعلی سینا برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['رضا کیانی|دکتر|نماینده|msrt.ir', '-|-|استاندار همدان|-']),
    );
  });
});

describe('attendees: the headline’s offices are the body’s names', () => {
  it('offices with no holder and names with no office, as many of each, pair in order', () => {
    const m = first(
      'رئیس دانشگاه تبریز و رئیس پژوهشگاه دانش‌های بنیادی تفاهم‌نامه همکاری امضا کردند.',
      'به گزارش روابط عمومی، روز ۱۸ آبان ۱۴۰۱ در این دیدار دکتر یوسف امینی و دکتر رضا کیانی این تفاهم‌نامه را امضا کردند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['یوسف امینی|دکتر|رئیس|tabrizu.ac.ir', 'رضا کیانی|دکتر|رئیس|ipm.ir']),
    );
    expect(m.attendees.filter((a) => a.name === null)).toEqual([]);
    expect(m.attendees.find((a) => a.name === 'رضا کیانی')?.rule).toContain('title.office-named-apart');
  });

  it('an office and a name side by side in one sentence are two people', () => {
    const m = first(
      'نشست همکاری روز ۱۸ آبان ۱۴۰۱ با حضور رئیس دانشگاه تبریز و آقای لوکا بیانکینی در دانشگاه تبریز برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['-|-|رئیس|tabrizu.ac.ir', 'لوکا بیانکینی|آقای|-|-']),
    );
  });
});
