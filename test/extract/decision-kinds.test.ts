// What a decided action is, from how Persian releases phrase it: the verb it ends with (a task, an
// event, holding one), who its subject is (both parties), where a clause ends («… شده و …»,
// «… برگزار و …»). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ اسفند ۱۴۰۱';
const LEAD = 'نشست مشترک دانشگاه تهران و دانشگاه شیراز روز ۱۸ اسفند ۱۴۰۱ در دانشگاه تهران برگزار شد.';

function kinds(decision: string): string[] {
  const meetings = run(release(DATELINE, LEAD, decision)).meetings;
  expect(meetings).toHaveLength(1);
  return meetings[0]!.decisions.map((d) => d.kind);
}

describe('the verb decides the kind', () => {
  it('a task whose object is a signing stays a task («امضای تفاهم‌نامه … پیگیری شود»)', () => {
    expect(
      kinds('مقرر شد امضای تفاهم‌نامه همکاری با دانشگاه بولونیا از سوی دفتر بین‌الملل پیگیری شود.'),
    ).toEqual(['action']);
  });

  it('a task done in the next sessions plans them («در جلسات بعدی … بررسی شود»)', () => {
    expect(kinds('مقرر گردید در جلسات بعدی مسائل خوابگاه‌ها بررسی شود.')).toEqual(['next_meeting']);
  });

  it('an event as the verb plans it («… افتتاح شود»)', () => {
    expect(kinds('مقرر شد آزمایشگاه مشترک در خرداد ماه با حضور دو رئیس افتتاح شود.')).toEqual([
      'next_meeting',
    ]);
  });

  it('holding a series of meetings plans them («نشست‌هایی … برگزار شود»)', () => {
    expect(kinds('مقرر شد هر ماه نشست‌هایی میان کارشناسان برگزار شود.')).toEqual(['next_meeting']);
  });
});

describe('arranging and cooperating', () => {
  it('arranging an event plans it («مراسمی … ترتیب داده شود»)', () => {
    expect(kinds('قرار است مراسم تجلیلی در اردیبهشت ماه در دانشگاه شیراز ترتیب داده شود.')).toEqual([
      'next_meeting',
    ]);
  });

  it('cooperating with another party is an agreement («X با Y … همکاری داشته باشد»)', () => {
    expect(kinds('مقرر شد دانشگاه تهران با دانشگاه شیراز در حوزه انرژی همکاری داشته باشد.')).toEqual([
      'agreement',
    ]);
  });
});

describe('both parties', () => {
  it('as the subject of an action make it an agreement («مقرر شد طرفین … اقدام نمایند»)', () => {
    expect(kinds('مقرر شد طرفین نسبت به تدوین برنامه تبادل دانشجو اقدام نمایند.')).toEqual(['agreement']);
  });

  it('only mentioned inside a task leave it a task («با همکاری طرفین … پیگیری گردد»)', () => {
    expect(kinds('مقرر شد با همکاری طرفین نیازهای پژوهشی صنعت فهرست و پیگیری گردد.')).toEqual(['action']);
  });

  it('agreeing to hold a series is their agreement, one next event a next meeting', () => {
    expect(
      kinds(
        'توافق شد دو دانشگاه سمینارهای مشترکی را هر شش ماه برگزار کنند و نشست بعدی کارگروه در شیراز برگزار شود.',
      ),
    ).toEqual(['agreement', 'next_meeting']);
  });

  it('«موافقت شد» over a two-sided plan is an agreement, over a board item an approval', () => {
    expect(kinds('در پایان با تشکیل یک کارگروه دوجانبه میان دو دانشگاه موافقت شد.')).toEqual(['agreement']);
    expect(kinds('در پایان با بودجه پیشنهادی سال آینده موافقت شد.')).toEqual(['other']);
  });
});

describe('what «موافقت شد» agrees to', () => {
  it('is its «با» list, past a comma: one decision per verbal noun', () => {
    expect(
      kinds(
        'در پایان این نشست با تشکیل یک کارگروه دوجانبه میان دو دانشگاه و برگزاری جلسات منظم، برای تدوین برنامه سه ساله موافقت شد.',
      ),
    ).toEqual(['agreement', 'next_meeting']);
  });

  it('two verbs of one object stay one action («با تدوین و ارائه …»)', () => {
    expect(kinds('در پایان با تدوین و ارائه برنامه آموزشی پیشنهادی موافقت شد.')).toEqual(['other']);
  });

  it('«بر اساس توافق صورت گرفته،» opens the agreed clause without its participle', () => {
    const decisions = run(
      release(DATELINE, LEAD, 'بر اساس توافق صورت گرفته، دوره‌های مشترک در دانشگاه شیراز اجرا خواهد شد.'),
    ).meetings[0]!.decisions;
    expect(decisions.map((d) => [d.kind, d.text])).toEqual([
      ['agreement', 'دوره‌های مشترک در دانشگاه شیراز اجرا خواهد شد'],
    ]);
  });
});

describe('one decision per decided action', () => {
  it('a clause closed by a participle before «و» is an action of its own («… تاسیس شده و …»)', () => {
    expect(
      kinds(
        'مقرر شد دفتر مشترکی در دانشگاه شیراز تاسیس شده و کارشناسان دو دانشگاه برنامه تبادل را تدوین کنند.',
      ),
    ).toEqual(['action', 'action']);
  });

  it('«ضمن» goes on with the same action («… فهرست شده و ضمن …، … پیگیری گردد»)', () => {
    expect(kinds('مقرر شد موانع همکاری فهرست شده و ضمن پیشنهاد راهکارها، اجرای آنها پیگیری گردد.')).toEqual([
      'action',
    ]);
  });

  it('holding meetings with its verb left out ends the action («… برگزار و ضمن …، گزارشی تهیه شود»)', () => {
    expect(
      kinds(
        'مقرر شد هر فصل نشست‌هایی میان دو دانشگاه برگزار و ضمن ارزیابی تفاهم‌نامه، گزارشی تهیه و ارائه شود.',
      ),
    ).toEqual(['next_meeting', 'action']);
  });
});
