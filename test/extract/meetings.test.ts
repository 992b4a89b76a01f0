// Meetings, following the conventions of ../shared/spec/records.md: one record per event that took
// place, a later «در این نشست» enriching it, a second event on another day getting its own record,
// planned events and documents with no meeting giving none; kind precedence, title, location,
// organiser, attendees and organisations. Every release opens with a dateline so its body dates
// are event dates.
import { describe, expect, it } from 'vitest';
import { attendeesOf, key, release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ آبان ۱۴۰۱';

describe('meetings: one record per event that took place', () => {
  it('an event that happened is one meeting, with its date', () => {
    const text = release(
      DATELINE,
      'نشست مشترک دانشگاه تهران و دانشگاه صنعتی شریف روز چهارشنبه ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد.',
    );
    const record = run(text);
    expect(record.meetings).toHaveLength(1);
    const m = record.meetings[0]!;
    expect(m.kind).toBe('meeting');
    expect(m.date?.jalali).toEqual({ from: '1401-08-18', to: '1401-08-18' });
    expect(m.date?.gregorian).toEqual({ from: '2022-11-09', to: '2022-11-09' });
    expect(m.date?.weekday).toBe('wednesday');
    expect(m.organizations).toEqual(['sharif.edu', 'ut.ac.ir']);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });

  it('a later «در این نشست» sentence enriches the same meeting', () => {
    const text = release(
      'شیراز – ۲۵ دی ۱۴۰۱',
      'نشست مشترک دانشگاه صنعتی اصفهان و دانشگاه شیراز روز شنبه ۲۴ دی ۱۴۰۱ در دانشگاه صنعتی اصفهان برگزار شد. در این نشست دکتر سید علی موسوی، رئیس دانشگاه شیراز، از ظرفیت‌های پژوهشی سخن گفت.',
    );
    const record = run(text);
    expect(record.meetings).toHaveLength(1);
    const m = record.meetings[0]!;
    expect(attendeesOf(m)).toEqual(['سید علی موسوی|دکتر|رئیس|shirazu.ac.ir']);
    expect(m.evidence.length).toBeGreaterThanOrEqual(1);
    expect(m.location).toMatchObject({ text: 'دانشگاه صنعتی اصفهان', organizationId: 'iut.ac.ir' });
  });

  const twoDays = release(
    'تبریز – ۱۲ آبان ۱۴۰۱',
    'دیدار رئیس دانشگاه تبریز با سفیر ترکیه روز ۱۰ آبان ۱۴۰۱ در دفتر ریاست دانشگاه تبریز انجام شد. روز بعد سفیر ترکیه از آزمایشگاه‌های دانشکده فنی دانشگاه تبریز بازدید کرد.',
  );

  it('a second event on another day («روز بعد … بازدید کرد») is a second meeting', () => {
    const record = run(twoDays);
    expect(record.meetings.map((m) => m.kind)).toEqual(['meeting', 'visit']);
    expect(record.meetings[0]!.date?.jalali.from).toBe('1401-08-10');
    expect(record.meetings[0]!.location?.organizationId).toBe('tabrizu.ac.ir');
  });

  // «روز بعد» is the day after the event just reported.
  it('the second event is dated the day after the first («روز بعد»)', () => {
    expect(run(twoDays).meetings[1]?.date?.jalali).toEqual({ from: '1401-08-11', to: '1401-08-11' });
  });

  it('a ceremony inside a conference is not a second event', () => {
    const text = release(
      'مشهد – ۲۰ آبان ۱۴۰۱',
      'همایش ملی «آموزش مهندسی در عصر هوش مصنوعی» روز ۱۸ آبان ۱۴۰۱ به میزبانی دانشگاه فردوسی مشهد برگزار شد. در حاشیه همایش از برگزیدگان جشنواره تقدیر شد.',
    );
    expect(run(text).meetings).toHaveLength(1);
  });
});

describe('meetings: planned events and documents with no meeting give none', () => {
  const NONE: { text: string; why: string }[] = [
    {
      why: 'a planned conference',
      text: release(
        DATELINE,
        'دومین همایش ملی فناوری نانو ۲۰ اردیبهشت ۱۴۰۲ در دانشگاه تهران برگزار خواهد شد.',
      ),
    },
    {
      why: 'a ranking',
      text: release(
        DATELINE,
        'دانشگاه صنعتی شریف در رتبه‌بندی تایمز ۲۰۲۳ در جایگاه نخست دانشگاه‌های کشور قرار گرفت.',
      ),
    },
    {
      why: 'an appointment',
      text: release(
        'یزد – ۲۰ آبان ۱۴۰۱',
        'با حکم وزیر علوم، دکتر رضا نیک‌نام به عنوان رئیس دانشگاه یزد منصوب شد.',
      ),
    },
    {
      why: 'an admission notice',
      text: release(DATELINE, 'پذیرش دانشجوی دکتری بدون آزمون در دانشگاه تهران از اول آذر آغاز می‌شود.'),
    },
    {
      why: 'exam results',
      text: release(DATELINE, 'نتایج آزمون کارشناسی ارشد سال ۱۴۰۱ توسط سازمان سنجش آموزش کشور اعلام شد.'),
    },
  ];
  for (const c of NONE) {
    it(c.why, () => {
      expect(run(c.text).meetings).toEqual([]);
    });
  }

  // «آغاز شد» reads as «happened», so a registration that opened becomes a workshop that took place.
  it('registration for a workshop opening is not a workshop that took place', () => {
    const text = release(
      DATELINE,
      'ثبت‌نام در کارگاه آموزشی نگارش مقاله علمی از امروز آغاز شد و تا پایان آبان ادامه دارد.',
    );
    expect(run(text).meetings).toEqual([]);
  });
});

describe('meetings: kind by precedence', () => {
  const KINDS: { text: string; kind: string }[] = [
    {
      kind: 'signing',
      text: release(
        'مشهد – ۶ آذر ۱۴۰۱',
        'تفاهم‌نامه همکاری میان دانشگاه فردوسی مشهد و دانشگاه کازان روسیه روز ۵ آذر ۱۴۰۱ در نشستی مشترک امضا شد.',
      ),
    },
    {
      // An MoU discussed, not signed, does not make a signing.
      kind: 'meeting',
      text: release(
        DATELINE,
        'در نشستی که روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد، درباره تدوین تفاهم‌نامه همکاری گفت‌وگو شد.',
      ),
    },
    {
      kind: 'conference',
      text: release(
        DATELINE,
        'همایش بین‌المللی «انرژی‌های تجدیدپذیر» روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد.',
      ),
    },
    {
      // An MoU signed on the margins of a conference: the conference is the headline event.
      kind: 'conference',
      text: release(
        DATELINE,
        'همایش ملی مهندسی مواد روز ۱۸ آبان ۱۴۰۱ در دانشگاه علم و صنعت ایران برگزار شد. در حاشیه این همایش تفاهم‌نامه همکاری میان دانشگاه علم و صنعت ایران و انجمن مهندسی مواد امضا شد.',
      ),
    },
    {
      // The headline names the signing; the lead reports the visit during which it happened.
      kind: 'signing',
      text: [
        'انعقاد تفاهم‌نامه همکاری دانشگاه یزد با دانشگاه کاشان',
        DATELINE,
        'رئیس دانشگاه کاشان و هیئت همراه روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه یزد با رئیس این دانشگاه دیدار کردند.',
      ].join('\n'),
    },
    {
      // A signing the body adds at the end closes the visit, which stays the headline event.
      kind: 'visit',
      text: [
        'دیدار رئیس دانشگاه کاشان از دانشگاه یزد',
        DATELINE,
        'رئیس دانشگاه کاشان و هیئت همراه روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه یزد با رئیس این دانشگاه دیدار کردند. در پایان این دیدار تفاهم‌نامه همکاری دو دانشگاه امضا شد.',
      ].join('\n'),
    },
    {
      // A summit named after «در حاشیه» frames the meeting the sentence reports.
      kind: 'meeting',
      text: release(
        DATELINE,
        'وزیر آموزش عالی سوریه روز ۱۸ آبان ۱۴۰۱ در حاشیه همایش بین‌المللی آموزش عالی با رئیس دانشگاه تهران دیدار و گفت‌وگو کرد.',
      ),
    },
    {
      // «در حاشیه بازدید … گفت»: the visit is the event; the ceremony is what was said.
      kind: 'visit',
      text: release(
        DATELINE,
        'معاون دانشگاه تهران در حاشیه بازدید سفیر اتریش از دانشگاه تهران در روز ۱۸ آبان ۱۴۰۱ گفت قرار است مراسم بزرگداشتی در اسفندماه برگزار شود.',
      ),
    },
    {
      // An agreement «منعقد شده» was signed before: the visit follows it up.
      kind: 'visit',
      text: release(
        DATELINE,
        'رئیس دانشگاه کاشان روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه یزد درباره اجرای تفاهم‌نامه منعقد شده میان دو دانشگاه گفت‌وگو کرد.',
      ),
    },
    {
      kind: 'workshop',
      text: release(
        DATELINE,
        'کارگاه «یادگیری عمیق» به همت دانشکده مهندسی کامپیوتر دانشگاه صنعتی امیرکبیر روز ۱۸ آبان ۱۴۰۱ برگزار شد.',
      ),
    },
    {
      kind: 'workshop',
      text: release(DATELINE, 'وبینار «اخلاق پژوهش» روز ۱۸ آبان ۱۴۰۱ به صورت برخط برگزار شد.'),
    },
    {
      kind: 'visit',
      text: release(
        'اصفهان – ۲۰ آبان ۱۴۰۱',
        'هیئتی از دانشگاه فنی استانبول روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه صنعتی اصفهان با رئیس این دانشگاه دیدار کرد.',
      ),
    },
    {
      kind: 'meeting',
      text: release(
        DATELINE,
        'دیدار رئیس دانشگاه تهران با سفیر مالزی روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران انجام شد.',
      ),
    },
  ];
  for (const c of KINDS) {
    it(`${c.kind}: ${c.text.split('\n')[1]!.slice(0, 60)}`, () => {
      const meetings = run(c.text).meetings;
      expect(meetings).toHaveLength(1);
      expect(meetings[0]!.kind).toBe(c.kind);
    });
  }
});

describe('meetings: title', () => {
  it('is the «…» after the event noun', () => {
    const text = release(DATELINE, 'وبینار «اخلاق پژوهش» روز ۱۸ آبان ۱۴۰۱ به صورت برخط برگزار شد.');
    expect(run(text).meetings[0]!.title).toBe('اخلاق پژوهش');
  });

  it('is the «…» after «با عنوان»', () => {
    const text = release(
      DATELINE,
      'نشستی با عنوان «نقش دانشگاه در توسعه پایدار» روز ۱۸ آبان ۱۴۰۱ در دانشگاه علامه طباطبائی برگزار شد.',
    );
    expect(key(run(text).meetings[0]!.title ?? '')).toBe(key('نقش دانشگاه در توسعه پایدار'));
  });

  it('is null when «…» holds speech', () => {
    const text = release(
      DATELINE,
      'نشست روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کاظمی در دانشگاه صنعتی امیرکبیر برگزار شد. دکتر کاظمی در این نشست گفت: «همکاری با صنعت اولویت ماست.»',
    );
    expect(run(text).meetings[0]!.title).toBeNull();
  });
});

describe('meetings: location', () => {
  it('a hall with the organisation that owns it', () => {
    const text = release(
      DATELINE,
      'به دعوت معاونت پژوهشی دانشگاه تربیت مدرس، نشست «آینده پژوهش در ایران» روز ۱۸ آبان ۱۴۰۱ در سالن اجتماعات دانشگاه تربیت مدرس برگزار شد.',
    );
    expect(run(text).meetings[0]!.location).toMatchObject({
      text: 'سالن اجتماعات دانشگاه تربیت مدرس',
      organizationId: 'modares.ac.ir',
    });
  });

  it('a hall of «این دانشگاه» belongs to the university the press office speaks for', () => {
    const text = release(
      DATELINE,
      'به گزارش روابط عمومی دانشگاه تهران، نشست شورای دانشگاه روز ۱۸ آبان ۱۴۰۱ در سالن جلسات این دانشگاه برگزار شد و رئیس دانشگاه در آن سخنرانی کرد.',
    );
    const m = run(text).meetings[0]!;
    expect(m.location).toMatchObject({ text: 'سالن جلسات این دانشگاه', organizationId: 'ut.ac.ir' });
    expect(attendeesOf(m)).toEqual(['-|-|رئیس|ut.ac.ir']);
  });

  it('«در دانشگاه X»', () => {
    const text = release(
      DATELINE,
      'همایش بین‌المللی «انرژی‌های تجدیدپذیر» روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد.',
    );
    expect(run(text).meetings[0]!.location).toMatchObject({
      text: 'دانشگاه تهران',
      organizationId: 'ut.ac.ir',
    });
  });

  it('online → null', () => {
    const text = release(
      DATELINE,
      'وبینار «اخلاق پژوهش» روز ۱۸ آبان ۱۴۰۱ به همت دفتر همکاری‌های علمی و بین‌المللی دانشگاه تهران به صورت مجازی برگزار شد.',
    );
    expect(run(text).meetings[0]!.location).toBeNull();
  });

  // «مجازی» inside the event's own title («آموزش مجازی») is read as «held online», which drops
  // the stated place.
  it('a word inside the title does not make the event online', () => {
    const text = release(
      DATELINE,
      'نشست «بررسی چالش‌های آموزش مجازی» روز ۱۸ آبان ۱۴۰۱ با حضور معاونان آموزشی دانشگاه‌های شیراز و علامه طباطبائی در دانشگاه تهران برگزار شد.',
    );
    expect(run(text).meetings[0]!.location).toMatchObject({
      text: 'دانشگاه تهران',
      organizationId: 'ut.ac.ir',
    });
  });

  it('a visit is located at the host it came to', () => {
    const text = release(
      'اصفهان – ۲۰ آبان ۱۴۰۱',
      'هیئتی از دانشگاه فنی استانبول روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه صنعتی اصفهان با رئیس این دانشگاه دیدار کرد.',
    );
    expect(run(text).meetings[0]!.location?.organizationId).toBe('iut.ac.ir');
  });
});

describe('meetings: organizer', () => {
  it('«به دعوت» unit + organisation', () => {
    const text = release(
      DATELINE,
      'به دعوت معاونت پژوهشی دانشگاه تربیت مدرس، نشست «آینده پژوهش در ایران» روز ۱۸ آبان ۱۴۰۱ در سالن اجتماعات دانشگاه تربیت مدرس برگزار شد.',
    );
    const o = run(text).meetings[0]!.organizer;
    expect(o?.organizationId).toBe('modares.ac.ir');
    expect(key(o?.unit ?? '')).toBe(key('معاونت پژوهشی'));
  });

  it('«به میزبانی» an organisation', () => {
    const text = release(
      'مشهد – ۲۰ آبان ۱۴۰۱',
      'همایش ملی «آموزش مهندسی در عصر هوش مصنوعی» روز ۱۸ آبان ۱۴۰۱ به میزبانی دانشگاه فردوسی مشهد برگزار شد.',
    );
    expect(run(text).meetings[0]!.organizer).toMatchObject({ organizationId: 'um.ac.ir', unit: null });
  });

  it('«به همت» a unit of an organisation', () => {
    const text = release(
      DATELINE,
      'کارگاه «یادگیری عمیق» به همت دانشکده مهندسی کامپیوتر دانشگاه صنعتی امیرکبیر روز ۱۸ آبان ۱۴۰۱ برگزار شد.',
    );
    const o = run(text).meetings[0]!.organizer;
    expect(o?.organizationId).toBe('aut.ac.ir');
    expect(key(o?.unit ?? '')).toBe(key('دانشکده مهندسی کامپیوتر'));
  });

  it('none when the text names no organiser', () => {
    const text = release(
      DATELINE,
      'همایش بین‌المللی «انرژی‌های تجدیدپذیر» روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد.',
    );
    expect(run(text).meetings[0]!.organizer).toBeNull();
  });
});

describe('meetings: attendees and organisations', () => {
  const conference = release(
    'مشهد – ۲۰ آبان ۱۴۰۱',
    'همایش ملی «آموزش مهندسی در عصر هوش مصنوعی» روز ۱۸ آبان ۱۴۰۱ به میزبانی دانشگاه فردوسی مشهد برگزار شد. پیام وزیر علوم توسط دکتر علی رحیمی، معاون پژوهشی وزارت علوم، قرائت شد. استادان و دانشجویان بسیاری نیز در این همایش حضور داشتند. در این همایش دکتر سارا مرادی، رئیس انجمن آموزش مهندسی ایران، نیز سخنرانی کرد.',
  );

  it('the reader of a message is an attendee, its sender is not, unnamed groups are not', () => {
    const m = run(conference).meetings[0]!;
    const a = attendeesOf(m);
    expect(a).toContain('علی رحیمی|دکتر|معاون پژوهشی|msrt.ir');
    expect(a.some((x) => x.includes('|وزیر|'))).toBe(false);
    expect(m.attendees.some((x) => x.name === null && x.title === null)).toBe(false);
    expect(m.attendees.map((x) => x.name)).toContain('سارا مرادی');
  });

  // The office «رئیس انجمن …» names an organisation the gazetteer does not list; the person is then
  // given the host university, which she does not belong to.
  it('an office of an unlisted organisation does not borrow the host university', () => {
    const m = run(conference).meetings[0]!;
    expect(m.attendees.find((x) => x.name === 'سارا مرادی')?.organizationId).toBeNull();
  });

  it('an office with no name is an attendee, with its organisation', () => {
    const text = release(
      DATELINE,
      'نشست معاون بین‌الملل دانشگاه تهران و معاون پژوهشی دانشگاه صنعتی اصفهان روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد.',
    );
    const m = run(text).meetings[0]!;
    expect(attendeesOf(m).sort()).toEqual(['-|-|معاون بین‌الملل|ut.ac.ir', '-|-|معاون پژوهشی|iut.ac.ir']);
    expect(m.organizations).toEqual(['iut.ac.ir', 'ut.ac.ir']);
  });

  it('organisations are every participant, sorted', () => {
    const text = release(
      DATELINE,
      'نشست روسای دانشگاه‌های تهران، شهید بهشتی و علامه طباطبائی روز ۱۸ آبان ۱۴۰۱ در دانشگاه شهید بهشتی برگزار شد.',
    );
    const m = run(text).meetings[0]!;
    expect(m.organizations).toEqual(['atu.ac.ir', 'sbu.ac.ir', 'ut.ac.ir']);
    expect(attendeesOf(m).sort()).toEqual(['-|-|رئیس|atu.ac.ir', '-|-|رئیس|sbu.ac.ir', '-|-|رئیس|ut.ac.ir']);
  });

  // In a visit, «رئیس این دانشگاه» is the head of the visited university, not of the visitors'
  // (the document's «main» organisation is decided by counting and picks the first named).
  it('«رئیس این دانشگاه» in a visit is the head of the host', () => {
    const text = release(
      'اصفهان – ۲۰ آبان ۱۴۰۱',
      'هیئتی از دانشگاه فنی استانبول روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه صنعتی اصفهان با رئیس این دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(run(text).meetings[0]!)).toEqual(['-|-|رئیس|iut.ac.ir']);
  });

  it('«معاون بین‌الملل این دانشگاه» after a delegation «در دانشگاه X حضور یافتند» belongs to X', () => {
    const text = release(
      DATELINE,
      'هیئتی از دانشگاه کازان روسیه روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران حضور یافتند و با معاون بین‌الملل این دانشگاه دیدار کردند.',
    );
    const m = run(text).meetings[0]!;
    expect(m.kind).toBe('visit');
    expect(attendeesOf(m)).toEqual(['-|-|معاون بین‌الملل|ut.ac.ir']);
  });

  // A visiting ambassador is present («بازدید کرد»), but an office of no listed organisation is
  // kept only with a presence verb.
  it('a visiting ambassador is an attendee', () => {
    const text = release(
      'تبریز – ۲۰ آبان ۱۴۰۱',
      'سفیر ترکیه در تهران روز ۱۸ آبان ۱۴۰۱ از آزمایشگاه‌های دانشگاه تبریز بازدید کرد.',
    );
    expect(attendeesOf(run(text).meetings[0]!)).toEqual(['-|-|سفیر|-']);
  });
});

describe('meetings: how real releases say an event happened', () => {
  it('a guest who «حضور یافت» at the host made a visit', () => {
    const record = run(
      release(DATELINE, 'سفیر ایتالیا روز ۱۸ آبان ۱۴۰۱ در دفتر رئیس دانشگاه صنعتی شریف حضور یافت.'),
    );
    expect(record.meetings.map((m) => m.kind)).toEqual(['visit']);
  });

  it('an opening «با حضور … افتتاح شد» is an event (kind other)', () => {
    const record = run(
      release(
        DATELINE,
        'اتاق ایتالیا روز ۱۸ آبان ۱۴۰۱ با حضور سفیر ایتالیا در دانشگاه صنعتی شریف افتتاح شد.',
      ),
    );
    expect(record.meetings.map((m) => m.kind)).toEqual(['other']);
  });

  it('«در این نشست …» with no event reported before still reports one that took place', () => {
    const record = run(
      release(DATELINE, 'در این نشست، دکتر رضا کیانی رئیس دانشگاه تبریز از برنامه‌های مشترک گفت.'),
    );
    expect(record.meetings).toHaveLength(1);
  });

  it('«طی دیدار با …» frames what was said: the meeting took place', () => {
    const record = run(
      release(
        DATELINE,
        'دکتر رضا کیانی رئیس دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ طی دیدار با سفیر ایتالیا با گسترش تبادل دانشجو موافقت کرد.',
      ),
    );
    expect(record.meetings.map((m) => m.kind)).toEqual(['meeting']);
  });
});
