// Attendees whose office or organisation is written once for several of them, or not at all:
// coordinated fields under a plural office, offices joined before one organisation, units of the
// story's own university, «X و Y از دانشگاه Z», an institute named later in the sentence. The
// sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/records/schema.js';
import { attendeesOf, release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ آبان ۱۴۰۱';

function only(...body: string[]): Meeting {
  const record = run(release(DATELINE, ...body));
  expect(record.meetings).toHaveLength(1);
  return record.meetings[0]!;
}

const ruleOf = (m: Meeting, name: string) => m.attendees.find((a) => a.name === name)?.rule;

describe('one office written once for several fields or several offices', () => {
  it('a plural office over coordinated fields is one office per field («معاونین آموزشی و پژوهشی»)', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور معاونین آموزشی و پژوهشی دانشگاه شیراز در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['-|-|معاون آموزشی|shirazu.ac.ir', '-|-|معاون پژوهشی|shirazu.ac.ir']),
    );
  });

  it('fields and organisations both coordinated distribute over each other', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور مدیران فرهنگی و دانشجویی دانشگاه‌های شیراز و تبریز در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        '-|-|مدیر فرهنگی|shirazu.ac.ir',
        '-|-|مدیر فرهنگی|tabrizu.ac.ir',
        '-|-|مدیر دانشجویی|shirazu.ac.ir',
        '-|-|مدیر دانشجویی|tabrizu.ac.ir',
      ]),
    );
  });

  it('offices joined by «و» take the organisation the last one names', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور معاون آموزشی و معاون پژوهشی دانشگاه شیراز در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['-|-|معاون آموزشی|shirazu.ac.ir', '-|-|معاون پژوهشی|shirazu.ac.ir']),
    );
    expect(m.attendees.find((a) => a.title === 'معاون آموزشی')?.rule).toContain('org.office-list');
  });
});

describe('organisations written once or not at all', () => {
  it('the head of a unit with no university named is of the story’s own university', () => {
    const m = only(
      'به گزارش روابط عمومی دانشگاه تهران، نشست مشترک روز ۱۸ آبان ۱۴۰۱ برگزار شد.',
      'دکتر نادر فرهمند، رئیس پردیس هنرهای زیبا، ضمن خوشامدگویی گفت: همکاری گسترش می‌یابد. در این جلسه دکتر لیلا نیک نام مدیر پردیس بین‌الملل حضور داشت.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'نادر فرهمند|دکتر|رئیس پردیس هنرهای زیبا|ut.ac.ir',
        'لیلا نیک نام|دکتر|مدیر پردیس بین‌الملل|ut.ac.ir',
      ]),
    );
  });

  it('people listed before «از دانشگاه X» come from X, also through a unit of it', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد. در این نشست مهندس سارا کاویانی و مهندس بابک نوروزی از دانشگاه صنعتی شریف و دکتر پرویز کاشفی از گروه شیمی دانشگاه شیراز حضور داشتند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'سارا کاویانی|مهندس|-|sharif.edu',
        'بابک نوروزی|مهندس|-|sharif.edu',
        'پرویز کاشفی|دکتر|-|shirazu.ac.ir',
      ]),
    );
    expect(ruleOf(m, 'بابک نوروزی')).toContain('org.from');
  });

  it('«X از دانشگاه Y بازدید کرد» is a visit to Y, not X being from Y', () => {
    const m = only('دکتر مینا رستمی روز ۱۸ آبان ۱۴۰۱ از دانشگاه تبریز بازدید کرد.');
    expect(m.attendees.find((a) => a.name === 'مینا رستمی')?.organizationId ?? null).not.toBe(
      'tabrizu.ac.ir',
    );
  });

  it('«ریاست پژوهشگاه» in a university’s story is the institute the sentence names later', () => {
    const m = only(
      'به گزارش روابط عمومی دانشگاه اراک، نشست مشترک روز ۱۸ آبان ۱۴۰۱ در دانشگاه اراک برگزار شد. در این نشست دکتر حمید صالحی، ریاست پژوهشگاه، به معرفی پژوهشگاه دانش‌های بنیادی پرداخت.',
    );
    expect(attendeesOf(m)).toContain('حمید صالحی|دکتر|رئیس|ipm.ir');
    expect(ruleOf(m, 'حمید صالحی')).toContain('org.named-later');
  });
});

describe('offices over a place', () => {
  // «نماینده مردم X» is a representative OF THE PEOPLE of X: the constituency is part of the
  // office's name. Governors and mayors keep their province, county or city too, as the real
  // releases' readers write them («استاندار سمنان», «فرماندار خاتم», «شهردار چمستان»).
  it('keep the constituency or the province in the title («نماینده مردم X در مجلس», «استاندار X»)', () => {
    const m = only(
      'نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ با حضور استاندار مازندران، نماینده مردم بابل و امیرکلا در مجلس شورای اسلامی و فرماندار آمل در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        '-|-|استاندار مازندران|-',
        '-|-|نماینده مردم بابل و امیرکلا در مجلس شورای اسلامی|-',
        '-|-|فرماندار آمل|-',
      ]),
    );
    const mp = m.attendees.find((a) => a.title?.startsWith('نماینده مردم'));
    expect(mp?.rule).toContain('org.none-territory');
  });

  it('a mayor keeps the city, and an office a university names keeps no place', () => {
    const m = only(
      'آیین امضای تفاهم‌نامه روز ۲ دی ۱۴۰۲ با حضور شهردار کاشان و رئیس دانشگاه کاشان در سالن اجتماعات دانشگاه کاشان برگزار شد.',
    );
    expect(m.attendees.map((a) => a.title)).toEqual(expect.arrayContaining(['شهردار کاشان', 'رئیس']));
  });

  it('the constituency stops before the verb («با حضور نماینده مردم رشت برگزار شد»)', () => {
    const m = only('نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ با حضور نماینده مردم رشت برگزار شد.');
    expect(m.attendees.map((a) => a.title)).toContain('نماینده مردم رشت');
  });
});

describe('offices named but not present', () => {
  it('the office an office serves («مشاور وزیر علوم») is not an attendee', () => {
    const m = only(
      'نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز برگزار شد. در این نشست دکتر رضا کیانی، رئیس پارک علم و فناوری دانشگاه تبریز و مشاور وزیر علوم، گزارشی ارائه کرد.',
    );
    expect(m.attendees.map((a) => a.title)).not.toContain('وزیر');
    expect(m.organizations).toContain('tabrizu.ac.ir');
  });

  it('an office only spoken about is not an attendee; one that speaks, or is there, is', () => {
    const m = only(
      'نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز برگزار شد. در این نشست دکتر رضا کیانی گفت: دیپلماسی علمی که وزیر علوم آن را در صدر برنامه‌ها قرار داده است، برای ما مهم است. رئیس دانشگاه صنعتی شریف نیز در این نشست گفت: همکاری ادامه دارد.',
    );
    expect(attendeesOf(m)).not.toContain('-|-|وزیر|msrt.ir');
    expect(attendeesOf(m)).toContain('-|-|رئیس|sharif.edu');
  });
});

describe('an office over a named unit', () => {
  it('keeps the unit whole when the office word and the unit’s head are also an office («رئیس مرکز …»)', () => {
    const m = only(
      'به گزارش روابط عمومی دانشگاه تبریز، نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ برگزار شد. در این نشست دکتر رضا کیانی رئیس مرکز تحقیقات زبان ترکی و دکتر سینا مرادی مدیر دفتر ریاست و روابط عمومی دانشگاه حضور داشتند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'رضا کیانی|دکتر|رئیس مرکز تحقیقات زبان ترکی|tabrizu.ac.ir',
        expect.stringMatching(/^سینا مرادی\|دکتر\|مدیر دفتر ریاست/),
      ]),
    );
  });
});

describe('an office written as its abstract noun', () => {
  it('right after a name, «مدیریت …» / «معاونت …» is the person’s office, with its field', () => {
    const m = only(
      'سفیر ایتالیا روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه تهران با دکتر لیلا نیک نام، مدیریت همکاری‌های علمی بین المللی و دکتر کاوه راد، معاونت پژوهشی دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'لیلا نیک نام|دکتر|مدیر همکاری‌های علمی بین المللی|ut.ac.ir',
        'کاوه راد|دکتر|معاون پژوهشی|ut.ac.ir',
      ]),
    );
    expect(ruleOf(m, 'لیلا نیک نام')).toContain('org.list-shared');
  });

  it('elsewhere the noun is no office («مدیریت دانشگاه از این سفر استقبال کرد»)', () => {
    const m = only(
      'سفیر ایتالیا روز ۱۸ آبان ۱۴۰۱ از دانشگاه تهران بازدید کرد. مدیریت دانشگاه از این سفر استقبال کرد.',
    );
    expect(m.attendees.map((a) => a.title)).not.toContain('مدیر');
  });
});

describe('an office’s field joined by «و»', () => {
  it('stays one office before its organisation («معاون مالی و اداری دانشگاه X»)', () => {
    const m = only(
      'نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کیانی معاون مالی و اداری دانشگاه شیراز در دانشگاه تبریز برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|معاون مالی و اداری|shirazu.ac.ir');
  });
});
