// Offices as Persian releases write who was there, beyond «X، رئیس دانشگاه Y»: a list of
// universities that passes over one khabar does not know, an official over a place who speaks
// in the story, and a headline's office the body names. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/records/schema.js';
import { attendeesOf, orgsOf, release, run } from '../recognize/helpers.js';

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

describe('attendees: an office of an organisation with no id', () => {
  it('named where the sentence says who was there, keeps the organisation’s words in its title', () => {
    const m = first(
      'آیین امضای تفاهم‌نامه همکاری روز ۱۸ آبان ۱۴۰۱ با حضور مدیرعامل شرکت فولاد مبارکه و دکتر علی رضایی رئیس دانشگاه زنجان در دانشگاه زنجان برگزار شد.',
    );
    const present = attendeesOf(m);
    expect(present).toContain('-|-|مدیرعامل شرکت فولاد مبارکه|-');
    expect(m.attendees.find((a) => a.name === null)?.rule).toContain('org.no-id');
  });

  it('only quoted outside the event’s sentences, is not there', () => {
    const m = first(
      'آیین امضای تفاهم‌نامه همکاری روز ۱۸ آبان ۱۴۰۱ با حضور دکتر علی رضایی رئیس دانشگاه زنجان در دانشگاه زنجان برگزار شد.',
      'به گفته رئیس سازمان ملی استاندارد ایران، طرح‌های مشترک سال آینده آغاز خواهند شد.',
    );
    expect(m.attendees.map((a) => a.title)).not.toContain('رئیس سازمان ملی استاندارد ایران');
  });
});

describe('attendees: one office over a list of units («مدیر گروه‌های A، B و C»)', () => {
  it('is the office of each unit, of the organisation last named in the sentence', () => {
    const m = first(
      'نشست همکاری دانشگاه زنجان و دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ برگزار شد.',
      'رئیس دانشکده فنی دانشگاه تبریز، مدیر گروه‌های برق، مکانیک و عمران و تعدادی از استادان نیز در این نشست حضور داشتند.',
    );
    const present = attendeesOf(m);
    expect(present).toContain('-|-|مدیر گروه برق|tabrizu.ac.ir');
    expect(present).toContain('-|-|مدیر گروه مکانیک|tabrizu.ac.ir');
    expect(present).toContain('-|-|مدیر گروه عمران|tabrizu.ac.ir');
    expect(m.attendees.filter((a) => a.title?.startsWith('مدیر گروه'))).toHaveLength(3);
  });

  it('is of the organisation named after the list', () => {
    const m = first(
      'نشست همکاری روز ۱۸ آبان ۱۴۰۱ در دانشگاه تبریز با حضور رئیسان دانشکده‌های فیزیک و شیمی دانشگاه زنجان برگزار شد.',
      'مدیر گروه‌های فیزیک و شیمی دانشگاه زنجان نیز در این نشست حضور داشتند.',
    );
    const present = attendeesOf(m);
    expect(present).toContain('-|-|مدیر گروه فیزیک|znu.ac.ir');
    expect(present).toContain('-|-|مدیر گروه شیمی|znu.ac.ir');
  });

  it('over one unit’s plural only («مدیر گروه‌های آموزشی») it names no single unit', () => {
    const m = first(
      'نشست شورای آموزشی دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ با حضور مدیر گروه‌های آموزشی برگزار شد.',
    );
    expect(m.attendees.map((a) => a.title)).not.toContain('مدیر گروه آموزشی');
  });
});

describe('attendees: plural offices joined by «و» share their organisations', () => {
  it('«روسا و معاونان دانشگاه‌های X و Y» = the heads of both (the deputies are a group)', () => {
    const m = first(
      'نشست شورای همکاری‌های استان روز ۱۸ آبان ۱۴۰۱ با حضور روسا و معاونان دانشگاه‌های زنجان و تبریز در دانشگاه زنجان برگزار شد.',
    );
    const present = attendeesOf(m);
    for (const id of ['znu.ac.ir', 'tabrizu.ac.ir']) {
      expect(present).toContain(`-|-|رئیس|${id}`);
      expect(present).not.toContain(`-|-|معاون|${id}`);
    }
  });

  it('an office over a place is not a named holder of another office with the same first word', () => {
    const m = first(
      'نشست هیئت امنای دانشگاه زنجان روز ۱۸ آبان ۱۴۰۱ با حضور حجت‌الاسلام علی خاتمی نماینده ولی‌فقیه برگزار شد.',
      'نماینده مردم زنجان در مجلس شورای اسلامی نیز در این نشست حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('-|-|نماینده مردم زنجان در مجلس شورای اسلامی|-');
  });
});

describe('attendees: a list of universities that names the city once', () => {
  it('«روسای دانشگاه‌های علوم پزشکی و تبریز»: the medical university of the city and the city’s own', () => {
    const record = run(
      release(DATELINE, 'روسای دانشگاه‌های علوم پزشکی و تبریز روز ۱۸ آبان ۱۴۰۱ تفاهم‌نامه همکاری امضا کردند.'),
    );
    expect(orgsOf(record)).toEqual(['علوم پزشکی → tbzmed.ac.ir', 'تبریز → tabrizu.ac.ir']);
    const present = attendeesOf(record.meetings[0]!);
    expect(present).toContain('-|-|رئیس|tbzmed.ac.ir');
    expect(present).toContain('-|-|رئیس|tabrizu.ac.ir');
  });

  it('«دانشگاه‌های صنعتی و علوم پزشکی اصفهان»: the kind before takes the city after', () => {
    const record = run(
      release(DATELINE, 'نشست مشترک دانشگاه‌های صنعتی و علوم پزشکی اصفهان روز ۱۸ آبان ۱۴۰۱ برگزار شد.'),
    );
    expect(orgsOf(record)).toEqual(['صنعتی → iut.ac.ir', 'علوم پزشکی اصفهان → mui.ac.ir']);
  });

  it('a kind with no university in the next item’s city names nothing', () => {
    const record = run(release(DATELINE, 'نشست مشترک دانشگاه‌های صنعتی و یزد روز ۱۸ آبان ۱۴۰۱ برگزار شد.'));
    expect(orgsOf(record).filter((o) => o.startsWith('صنعتی'))).toEqual([]);
  });
});

describe('attendees: a minister’s office and the country after it', () => {
  it('«معاون اول وزیر علوم ازبکستان» serves a foreign ministry: no Iranian organisation, not the host', () => {
    const m = first(
      'آقای رستم کریموف معاون اول وزیر علوم ازبکستان روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه تبریز با رئیس دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('رستم کریموف|آقای|معاون اول|-');
  });

  it('«معاون اول وزیر علوم» with no country is the Iranian ministry’s', () => {
    const m = first(
      'دکتر علی رضایی معاون اول وزیر علوم روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه تبریز با رئیس دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('علی رضایی|دکتر|معاون اول|msrt.ir');
  });

  // No ministry khabar can name: the words of its field are the only name the office has.
  it('a foreign minister’s office keeps the ministry’s field before the country', () => {
    const m = first(
      'رئیس دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ با وزیر فرهنگ و آموزش عالی گرجستان دیدار کرد.',
      'در این دیدار وزیر آموزش عالی کشور ارمنستان نیز حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('-|-|وزیر فرهنگ و آموزش عالی|-');
    expect(attendeesOf(m)).toContain('-|-|وزیر آموزش عالی|-');
  });

  it('so does a diplomat’s («رایزن اقتصادی این کشور»), up to the country’s own words', () => {
    const m = first(
      'سفیر جدیدالتقرر مجارستان به همراه رایزن اقتصادی این کشور روز ۱۸ آبان ۱۴۰۱ با رئیس دانشگاه تبریز دیدار کرد.',
      'در این دیدار وزیر فناوری جمهوری خلق چین نیز حضور داشت.',
    );
    // «جدیدالتقرر» (newly appointed) is a courtesy, not the office's field.
    expect(attendeesOf(m)).toContain('-|-|سفیر|-');
    expect(attendeesOf(m)).toContain('-|-|رایزن اقتصادی|-');
    expect(attendeesOf(m)).toContain('-|-|وزیر فناوری|-');
  });
});

describe('attendees: the bare plural of an office an organisation has several of', () => {
  it('«به همراه معاونین» is a group of deputies, not one «معاون» of the university', () => {
    const m = first(
      'رئیس دانشگاه تبریز به همراه معاونین دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ با سفیر ایتالیا دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('-|-|رئیس|tabrizu.ac.ir');
    expect(m.attendees.map((a) => a.title)).not.toContain('معاون');
  });

  it('with their fields they are one office each («معاونان آموزشی دانشگاه‌های X و Y»)', () => {
    const m = first(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور معاونان آموزشی دانشگاه‌های زنجان و تبریز در دانشگاه زنجان برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('-|-|معاون آموزشی|znu.ac.ir');
    expect(attendeesOf(m)).toContain('-|-|معاون آموزشی|tabrizu.ac.ir');
  });
});

describe('attendees: an office over an organisation of another kind («شرکت …»، «وزارت …»)', () => {
  // The head word of a company, a ministry, a bank … right after the office, with a name after it,
  // is an organisation khabar may not know: the office is that one's, not the list's or the story's.
  it('in a list after a university’s official, it does not take the university', () => {
    const m = first(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور دکتر علی رضایی رئیس دانشگاه زنجان و مهندس حسن کریمی معاون شرکت آب منطقه‌ای زنجان در دانشگاه زنجان برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('علی رضایی|دکتر|رئیس|znu.ac.ir');
    expect(attendeesOf(m)).toContain('حسن کریمی|مهندس|معاون|-');
  });

  it('alone in the story of a university, it is not the story’s organisation', () => {
    const m = first(
      'نشست شورای پژوهشی دانشگاه زنجان روز ۱۸ آبان ۱۴۰۱ برگزار شد.',
      'در این نشست مهندس حسن کریمی معاون شرکت مهندسی آب و فاضلاب زنجان نیز حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('حسن کریمی|مهندس|معاون|-');
  });
});

describe('attendees: the heads of a kind of unit, none named («روسای دانشکده‌ها»)', () => {
  // Like unnamed staff, the heads of the faculties, hospitals or departments are a group: there is
  // no one office of one unit to list.
  it('«روسای بیمارستان‌های دانشگاه» and «مدیران گروه‌های آموزشی» are no attendee', () => {
    const m = first(
      'رئیس دانشگاه زنجان به همراه روسای بیمارستان‌های دانشگاه و مدیران گروه‌های آموزشی روز ۱۸ آبان ۱۴۰۱ با سفیر ایتالیا دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('-|-|رئیس|znu.ac.ir');
    expect(m.attendees.filter((a) => a.title !== 'رئیس' && a.title !== 'سفیر')).toEqual([]);
  });

  it('«روسای دانشکده‌های دانشگاه» likewise, while one faculty’s head is one', () => {
    const m = first(
      'رئیس دانشگاه زنجان به همراه معاونان و روسای دانشکده‌های دانشگاه روز ۱۸ آبان ۱۴۰۱ با سفیر ایتالیا دیدار کرد.',
      'در این دیدار رئیس دانشکده علوم پایه دانشگاه زنجان نیز حضور داشت.',
    );
    expect(attendeesOf(m)).toContain('-|-|رئیس دانشکده علوم پایه|znu.ac.ir');
    expect(m.attendees.map((a) => a.title)).not.toContain('رئیس دانشکده');
  });
});

describe('attendees: «این دانشگاه» in a delegation', () => {
  // «هیئتی از دانشگاه X به ریاست A رئیس این دانشگاه»: «this university» is the delegation's own,
  // not the host the story is about.
  it('is the university the delegation comes from', () => {
    const m = first(
      'هیئتی از دانشگاه بولونیا به ریاست دکتر ماریو روسی رئیس این دانشگاه روز ۱۸ آبان ۱۴۰۱ از دانشگاه زنجان بازدید کرد.',
      'دکتر علی رضایی رئیس دانشگاه زنجان در این دیدار گفت: همکاری دو دانشگاه گسترش می‌یابد.',
    );
    expect(attendeesOf(m)).toContain('ماریو روسی|دکتر|رئیس|unibo.it');
    expect(attendeesOf(m)).toContain('علی رضایی|دکتر|رئیس|znu.ac.ir');
  });
});
