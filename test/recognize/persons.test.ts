// People, Duckling-style: sentences with the person each must yield (name without honorific or
// office, the honorific, the rule), the document-level merging of a later surname and of وی/ایشان,
// and a negative corpus of offices, saints, streets and halls that are never persons.
import { describe, expect, it } from 'vitest';
import { recognizePersons } from '../../src/recognize/persons.js';
import { checkMentions, contextOf, entitiesOf, key, release, run } from './helpers.js';

interface PersonCase {
  text: string;
  name: string;
  honorific?: string;
  rule: string;
  organizationId?: string;
}

const POSITIVE: PersonCase[] = [
  // A surname beginning with «میر» written apart is still one name.
  {
    text: 'دکتر سید مهدی حاجی میر صادقی رئیس دانشکده پزشکی در این نشست حضور داشت.',
    name: 'سید مهدی حاجی میر صادقی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'دکتر سیدکمال الدین میر هاشمی معاون آموزشی دانشگاه گزارش داد.',
    name: 'سیدکمال الدین میر هاشمی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  // Afghan academic ranks stand where «دکتر» would.
  {
    text: 'پوهاند نصرالله رحیمی استاد دانشکده حقوق در این همایش سخنرانی کرد.',
    name: 'نصرالله رحیمی',
    honorific: 'پوهاند',
    rule: 'person.honorific',
  },
  {
    text: 'دکتر محمدرضا حسینی در آیین افتتاح پارک علم و فناوری سخنرانی کرد.',
    name: 'محمدرضا حسینی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'مهندس زهرا کریمی طراح سامانه جدید آموزش مجازی است.',
    name: 'زهرا کریمی',
    honorific: 'مهندس',
    rule: 'person.honorific',
  },
  {
    text: 'پروفسور مریم احمدی برنده جایزه علمی مصطفی شد.',
    name: 'مریم احمدی',
    honorific: 'پروفسور',
    rule: 'person.honorific',
  },
  {
    // Two honorifics: the academic one is kept.
    text: 'خانم دکتر فاطمه نوری مدیریت این طرح پژوهشی را بر عهده دارد.',
    name: 'فاطمه نوری',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'حجت‌الاسلام والمسلمین محمد حسن زاده مسئول نهاد نمایندگی رهبری در دانشگاه است.',
    name: 'محمد حسن زاده',
    honorific: 'حجت‌الاسلام والمسلمین',
    rule: 'person.honorific',
  },
  // Name + (office), office + organisation + name, «دکتر X، رئیس Y».
  {
    text: 'علی اکبری (رئیس دانشکده مهندسی برق) از دستاوردهای پژوهشی دانشکده گزارش داد.',
    name: 'علی اکبری',
    rule: 'person.name-office',
  },
  {
    text: 'رئیس دانشگاه تهران، محمد مقیمی در آیین آغاز سال تحصیلی سخنرانی کرد.',
    name: 'محمد مقیمی',
    rule: 'person.office-name',
    organizationId: 'ut.ac.ir',
  },
  {
    text: 'دکتر حسن رضایی، رئیس دانشگاه صنعتی اصفهان، از راه‌اندازی این مرکز استقبال کرد.',
    name: 'حسن رضایی',
    honorific: 'دکتر',
    rule: 'person.honorific',
    organizationId: 'iut.ac.ir',
  },
  {
    text: 'مهدی صادقی در این آیین گفت که دانشگاه باید به صنعت نزدیک‌تر شود.',
    name: 'مهدی صادقی',
    rule: 'person.given-surname',
  },
  // Arabic names with بن / ال, and an English byline.
  {
    text: 'دکتر خیرالدین بن عمر از دانشگاه الجزایر در این همایش سخنرانی کرد.',
    name: 'خیرالدین بن عمر',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'دکتر هدی جاسم الربیعی استاد دانشگاه بغداد گزارشی از طرح مشترک ارائه کرد.',
    name: 'هدی جاسم الربیعی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // Two-word surnames: a place adjective after the surname, glued, half-spaced or written apart.
    text: 'دکتر حمید رستمی کرمانشاهی استاد دانشکده شیمی مقاله را داوری کرد.',
    name: 'حمید رستمی کرمانشاهی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'مهندس سعید نوری حسن آبادی طرح را به هیئت داوران معرفی کرد.',
    name: 'سعید نوری حسن آبادی',
    honorific: 'مهندس',
    rule: 'person.honorific',
  },
  {
    text: 'دکتر لیلا یزدان پناه مدیریت طرح پژوهشی را بر عهده دارد.',
    name: 'لیلا یزدان پناه',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // The surname ends before an everyday compound, however it is written.
    text: 'خانم دکتر نرگس کشاورز دانش آموخته دانشگاه شیراز است.',
    name: 'نرگس کشاورز',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // No honorific, no known given name: a name right before an office.
    text: 'در این دیدار، توکلی رئیس دانشکده کشاورزی از طرح‌های مشترک گفت.',
    name: 'توکلی',
    rule: 'person.name-title',
  },
  {
    text: 'پس از آن، ولادیمیر کوزنتسوف، معاون دانشگاه دولتی مسکو، سخنرانی کرد.',
    name: 'ولادیمیر کوزنتسوف',
    rule: 'person.name-title',
  },
  {
    // A sentence that opens with a name and a speech verb: its speaker.
    text: 'گزارش نشست منتشر شد. آلبرتو مارتینی افزود: این طرح ادامه دارد.',
    name: 'آلبرتو مارتینی',
    rule: 'person.speaker',
  },
  {
    // An honorific glued to the name when the space was lost.
    text: 'در این نشست دکترمهرداد فرهمندپور درباره طرح توضیح داد.',
    name: 'مهرداد فرهمندپور',
    honorific: 'دکتر',
    rule: 'person.glued-honorific',
  },
  {
    // «دفتر آقای دکتر X» is X's office, and X is a person.
    text: 'جلسه در دفتر آقای دکتر نادری برگزار شد.',
    name: 'نادری',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // A preposition glued after the next word («بعدازظهر» written «بعداز ظهر») ends the name.
    text: 'دکتر سهراب فتاحی بعداز ظهر دیروز از آزمایشگاه بازدید کرد.',
    name: 'سهراب فتاحی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // A foreign name whose words are everyday nouns ends at a function word («نیز», «روز», «در»).
    text: 'آقای هانس برگ روز چهارشنبه از کتابخانه مرکزی بازدید کرد.',
    name: 'هانس برگ',
    honorific: 'آقای',
    rule: 'person.honorific',
  },
  {
    text: 'دکتر ناجح واجد نیز از پیشنهاد همکاری استقبال کرد.',
    name: 'ناجح واجد',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // After «و» the honorific starts its own person, not the name of the campus before it.
    text: 'مدیر پردیس و دکتر رضا کوه بزرگی مسئول آزمایشگاه در جلسه شرکت کردند.',
    name: 'رضا کوه بزرگی',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // A name in guillemets after its honorific, and a full name in guillemets on its own.
    text: 'در این دیدار دکتر «لی سو هیون»، سفیر کره در ایران، حضور داشت.',
    name: 'لی سو هیون',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    text: 'وزیر علوم با حکمی «مرتضی کاظمی‌فر» را به سمت سرپرست دانشگاه منصوب کرد.',
    name: 'مرتضی کاظمی‌فر',
    rule: 'person.quoted',
  },
  {
    // Foreign names whose first word is an everyday word, in apposition with an office.
    text: 'اعضای هیئت عبارت بودند از ماریا فرناندس: مدیرکل امور آسیا.',
    name: 'ماریا فرناندس',
    rule: 'person.name-title',
  },
  {
    text: 'در این سفر با سیدنی کارتاخنا، رئیس دانشکده حقوق دیدار شد.',
    name: 'سیدنی کارتاخنا',
    rule: 'person.name-title',
  },
  {
    text: 'او با سفیر برزیل، آندره گیمارائس، دیدار کرد.',
    name: 'آندره گیمارائس',
    rule: 'person.office-name',
  },
  {
    // «بهمن» is a month and a surname; with a surname after it, opening a speech, a name.
    text: 'بهمن فرهادی پور ادامه داد: این دانشگاه آماده همکاری است.',
    name: 'بهمن فرهادی پور',
    rule: 'person.speaker',
  },
  {
    // English releases (the English path, src/english): a name in apposition to an office, or right after one.
    text: 'Marta Kowalska, the Polish Ambassador to Iran, toured the laboratories.',
    name: 'Marta Kowalska',
    rule: 'en.person.before-office',
  },
  {
    // A place in a compound surname, right before the person's office in parentheses.
    text: 'در این آیین دکتر حسن رضایی گلستان (استاد دانشکده فیزیک) تقدیر شد.',
    name: 'حسن رضایی گلستان',
    honorific: 'دکتر',
    rule: 'person.honorific',
  },
  {
    // The subject of a news lead, none of whose words is vocabulary, is a name.
    text: 'به گزارش سرویس علمی ایسنا، هیروکو تاکاهاشی بنا به دعوت دانشگاه به مشهد آمد.',
    name: 'هیروکو تاکاهاشی',
    rule: 'person.lead',
  },
  {
    // A given name from the generated list of registrations (not hand-curated), then a surname.
    text: 'کیانوش رستگاری در این نشست گزارشی از عملکرد مرکز ارائه کرد.',
    name: 'کیانوش رستگاری',
    rule: 'person.given-surname',
  },
  {
    text: 'پرستو صالح‌پور در این کارگاه آموزشی تدریس کرد.',
    name: 'پرستو صالح‌پور',
    rule: 'person.given-surname',
  },
  {
    // «سید» is no given name of its own: the name after it decides, and the person keeps «سید».
    text: 'سید مرتضی کاشانی‌پور در این نشست از برنامه‌های دانشکده گفت.',
    name: 'سید مرتضی کاشانی‌پور',
    rule: 'person.given-surname',
  },
  {
    // A given name that is also a surname ends the name when the office follows.
    text: 'حمید نوروزی صابر، رئیس دانشکده شیمی، گزارش عملکرد را ارائه داد.',
    name: 'حمید نوروزی صابر',
    rule: 'person.name-office',
  },
  {
    // A surname alone that is also an everyday word (the nisba of a given name), before an office,
    // after a function word.
    text: 'نشست با حضور جلیلی رئیس دانشکده فنی برگزار شد.',
    name: 'جلیلی',
    rule: 'person.name-title',
  },
  {
    // A given name written apart («روح اله», «غلام حسین») is one given name.
    text: 'روح اله صدری‌نیا، رئیس دانشکده کشاورزی، از طرح حمایت کرد.',
    name: 'روح اله صدری‌نیا',
    rule: 'person.name-office',
  },
  {
    text: 'غلام حسین نوروزیان در این نشست گزارشی ارائه کرد.',
    name: 'غلام حسین نوروزیان',
    rule: 'person.given-surname',
  },
  {
    // Arabic names: a connector and the father's name, a clan with «آل».
    text: 'عبدالله بن حمد العطیه، رئیس دانشگاه قطر، از پردیس بازدید کرد.',
    name: 'عبدالله بن حمد العطیه',
    rule: 'person.name-office',
  },
  {
    text: 'حجت الاسلام سید محمدرضا آل طاها امام جمعه شهر در این مراسم سخن گفت.',
    name: 'سید محمدرضا آل طاها',
    honorific: 'حجت الاسلام',
    rule: 'person.honorific',
  },
  {
    // IRGC ranks: «پاسدار» belongs to the rank, not the name.
    text: 'سرتیپ دوم پاسدار حمید کاظمیان فرمانده ناحیه در این آیین سخنرانی کرد.',
    name: 'حمید کاظمیان',
    honorific: 'سرتیپ',
    rule: 'person.honorific',
  },
  {
    // A possessive ending is not part of the name.
    text: 'The minister accepted Dr Rahimipour’s resignation on Monday.',
    name: 'Rahimipour',
    honorific: 'Dr.',
    rule: 'en.person.honorific',
  },
  {
    text: 'The agreement was welcomed by Minister Haddadi during the visit.',
    name: 'Haddadi',
    rule: 'en.person.after-office',
  },
  {
    text: "Iran's Ambassador to Ankara Reza Bahrami attended the ceremony.",
    name: 'Reza Bahrami',
    rule: 'en.person.after-office',
  },
  {
    // English text goes through the English path (src/english), whose rules carry «en.» ids.
    text: 'The workshop was opened by Dr. John Smith from the University of Tokyo.',
    name: 'John Smith',
    honorific: 'Dr.',
    rule: 'en.person.honorific',
  },
];

describe('persons: positive corpus', () => {
  for (const c of POSITIVE) {
    it(`${c.text.slice(0, 60)} → ${c.name}`, () => {
      const persons = entitiesOf(run(c.text), 'person');
      expect(persons).toHaveLength(1);
      const p = persons[0]!;
      expect(p.name).toBe(c.name);
      expect(p.rule).toBe(c.rule);
      if (c.honorific) expect(key(p.honorific ?? '')).toBe(key(c.honorific));
      else expect(p.honorific).toBeUndefined();
      if (c.organizationId) expect(p.organizationId).toBe(c.organizationId);
    });
  }

  it('the recogniser returns original spans and rule ids', () => {
    const text = 'دكتر علي رضايي و مهندس سارا محمدی در این نشست حضور داشتند.';
    const ctx = contextOf(text);
    const found = recognizePersons(ctx);
    checkMentions(ctx, found);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['دكتر علي رضايي', 'مهندس سارا محمدی']);
    expect(found.map((m) => m.rule)).toEqual(['person.honorific', 'person.honorific']);
    expect(key(found[0]!.name ?? '')).toBe(key('علی رضایی'));
  });
});

describe('persons: one person per name, pronouns resolved', () => {
  const text = release(
    'شیراز – ۲۵ دی ۱۴۰۱',
    'نشست مشترک دانشگاه صنعتی اصفهان و دانشگاه شیراز روز شنبه ۲۴ دی ۱۴۰۱ در دانشگاه صنعتی اصفهان برگزار شد. در این نشست دکتر سید علی موسوی، رئیس دانشگاه شیراز، از ظرفیت‌های پژوهشی سخن گفت. موسوی افزود که همکاری‌ها گسترش می‌یابد. وی همچنین از میزبانان قدردانی کرد.',
  );
  const record = run(text);
  const meeting = record.meetings[0]!;

  it('the full name is the person, with office and organisation', () => {
    const people = meeting.attendees.filter((a) => a.name);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      name: 'سید علی موسوی',
      honorific: 'دکتر',
      title: 'رئیس',
      organizationId: 'shirazu.ac.ir',
    });
  });

  it('a later surname-only mention and «وی» are mentions of the same person', () => {
    const said = meeting.attendees[0]!.mentions.map((s) => text.slice(s.start, s.end));
    expect(said).toContain('موسوی');
    expect(said).toContain('وی');
    expect(said[0]).toBe('دکتر سید علی موسوی');
  });

  it('«ایشان» goes to the nearest person before it', () => {
    const t = release(
      'اصفهان – ۲۵ دی ۱۴۰۱',
      'دیدار دکتر مریم احمدی، معاون بین‌الملل دانشگاه اصفهان، با دکتر یوکی ماتسودا روز ۲۴ دی ۱۴۰۱ در دانشگاه اصفهان انجام شد. در این دیدار دکتر ماتسودا از برنامه‌های تبادل دانشجو گفت. ایشان افزود که دانشگاه توکیو آماده پذیرش دانشجویان ایرانی است.',
    );
    const m = run(t).meetings[0]!;
    const holder = m.attendees.find((a) => a.mentions.some((s) => t.slice(s.start, s.end) === 'ایشان'));
    expect(holder?.name).toContain('ماتسودا');
    const ahmadi = m.attendees.find((a) => a.name === 'مریم احمدی');
    expect(ahmadi).toMatchObject({ title: 'معاون بین‌الملل', organizationId: 'ui.ac.ir' });
  });

  // A foreign name after an honorific runs over the words that are not everyday vocabulary:
  // «دکتر کنجی تاناکا از …» is «کنجی تاناکا», and «دکتر تاناکا» later is the same person.
  it('a foreign full name after an honorific is one person, later surname merged', () => {
    const t = release(
      'اصفهان – ۲۵ دی ۱۴۰۱',
      'دیدار رئیس دانشگاه اصفهان با دکتر کنجی تاناکا از دانشگاه توکیو روز ۲۴ دی ۱۴۰۱ در دانشگاه اصفهان انجام شد. در این دیدار دکتر تاناکا از برنامه‌های تبادل دانشجو گفت.',
    );
    const names = run(t).meetings[0]!.attendees.flatMap((a) => (a.name ? [a.name] : []));
    expect(names).toEqual(['کنجی تاناکا']);
  });
});

const NEGATIVE: { text: string; why: string }[] = [
  { text: 'رئیس دانشگاه در این جلسه حضور داشت.', why: 'an office alone' },
  {
    text: 'معاون بین‌الملل دانشگاه تهران از نمایشگاه دستاوردهای پژوهشی بازدید کرد.',
    why: 'an office with its organisation',
  },
  { text: 'وزیر علوم، تحقیقات و فناوری در این مراسم سخنرانی کرد.', why: 'a minister unnamed' },
  { text: 'مراسم عزاداری امام حسین در مسجد دانشگاه برگزار شد.', why: 'a saint' },
  { text: 'دفتر نمایندگی در خیابان شهید بهشتی واقع است.', why: 'a street' },
  { text: 'آیین تکریم استادان بازنشسته در سالن شهید چمران برگزار شد.', why: 'a hall' },
  {
    text: 'دانشجویان دانشگاه صنعتی خواجه نصیرالدین طوسی و دانشگاه علامه طباطبائی در این مسابقه شرکت کردند.',
    why: 'people inside university names',
  },
  { text: 'امید است این همکاری‌ها در سال آینده گسترش یابد.', why: 'a given name that is a common word' },
  { text: 'ایشان در پایان از همه حاضران قدردانی کرد.', why: 'a pronoun with nobody to refer to' },
  { text: 'استادان و دانشجویان دانشکده فیزیک در این کارگاه شرکت کردند.', why: 'unnamed groups' },
  {
    text: 'نمایشگاه در مجتمع فناوری دکتر کاظم روستایی برپا شد.',
    why: 'a complex named after a person',
  },
  { text: 'برندگان جایزه «دکتر حسابی» امروز معرفی شدند.', why: 'a prize named after a person' },
  {
    text: 'درباره همکاری‌های فراملی رئیس دانشگاه توضیح داد.',
    why: 'an adjective with a glued prefix before an office',
  },
  { text: 'بمناسبت هفته پژوهش رئیس دانشگاه پیام داد.', why: 'a glued preposition before an office' },
  {
    text: 'The Director of the Central Library, the Dean and the President met in TEHRAN.',
    why: 'English offices alone',
  },
  {
    text: 'طرفین با حسن نیت و حسن نظر کامل گفتگو کردند.',
    why: 'a given name that opens an everyday phrase',
  },
  {
    text: 'دانشجویان دکترای مهندسی و دکتری تخصصی در این دوره شرکت کردند.',
    why: 'words that start like an honorific',
  },
  { text: 'کتاب «فعل‌های فارسی دری» منتشر شد.', why: 'a quoted title ending in a surname-like word' },
  { text: 'همایش «نقش دانشگاه در توسعه» برگزار شد.', why: 'a quoted event title' },
  {
    text: 'به گزارش ایسنا، برگزاری همایش ملی فیزیک به تعویق افتاد.',
    why: 'a lead whose subject is vocabulary',
  },
  { text: 'این شرکت پس از بررسی کارشناسان پروانه گرفت.', why: 'a given name that is a word, before a verb' },
  { text: 'معاون اجرایی رئیس دانشگاه این طرح را ابلاغ کرد.', why: 'an adjective between two offices' },
  {
    text: 'نماینده ولی فقیه در دانشگاه در آیین آغاز سال تحصیلی سخنرانی کرد.',
    why: 'an office that reads as given name + surname',
  },
  { text: 'معاون آموزشی از تمامی دبیران کارگروه تشکر کرد.', why: 'a quantifier before a plural office' },
  {
    text: 'رئیس دانشگاه معین استان قزوین منصوب شد.',
    why: 'a generated given name that is an everyday word, after an office',
  },
];

/** A known surname opens no foreign-name run, and a verb or «خود» does not close one. */
const NOT_LONGER: { text: string; name: string }[] = [
  { text: 'آقای کاظمی سپس در جمع خبرنگاران سخن گفت.', name: 'کاظمی' },
  { text: 'دکتر حسن رضایی نیز در این نشست حضور داشت.', name: 'حسن رضایی' },
  { text: 'آقای کاظمی نقش دانشگاه در توسعه را یادآور شد.', name: 'کاظمی' },
  { text: 'خانم مارتینا حمله سایبری را محکوم کرد.', name: 'مارتینا' },
  { text: 'خانم مارتینا برنامه کار خود را تغییر داد.', name: 'مارتینا' },
  // The abstract noun of an office («سرپرستی») and an everyday noun before a name are not the name.
  { text: 'هیئتی به سرپرستی ژانگ لیوی، معاون استاندار از دانشگاه بازدید کرد.', name: 'ژانگ لیوی' },
  { text: 'گزارش کاظمی‌فر رئیس دانشگاه را خواندیم.', name: 'کاظمی‌فر' },
  // After two given names, an everyday word is not the surname, unless it starts one written apart.
  { text: 'در دقیقه ده رضا بهرام یک گل دیگر زد.', name: 'رضا بهرام' },
  { text: 'دکتر محمد رضا نیک بخت، رئیس دانشکده، سخن گفت.', name: 'محمد رضا نیک بخت' },
  // The noun of a compound verb is not a word of the name («بازنویسی کرد», «الگوبرداری می‌کنیم»);
  // «ال» that starts a word is no Arabic article.
  { text: 'نسخه نهایی را دکتر مهدی صابری بازنویسی کرد.', name: 'مهدی صابری' },
  { text: 'از تجربه آقای کاظمی الگوبرداری می‌کنیم.', name: 'کاظمی' },
  // A Persian «…ه‌ای» surname opens no foreign-name run over the everyday words after it.
  { text: 'دکتر سبزه ای خطاب به دانشجویان تازه‌وارد گفت.', name: 'سبزه‌ای' },
  // A bare verb stem can be a name word before the office («مرد»).
  { text: 'پروفسور کمال مرد، رئیس انجمن زبان‌شناسی، سخن گفت.', name: 'کمال مرد' },
];

describe('persons: a name does not run over the words after it', () => {
  for (const c of NOT_LONGER) {
    it(`${c.text} → ${c.name}`, () => {
      expect(entitiesOf(run(c.text), 'person').map((p) => p.name)).toEqual([c.name]);
    });
  }
});

describe('persons: negative corpus', () => {
  for (const c of NEGATIVE) {
    it(`${c.why}: ${c.text.slice(0, 50)}`, () => {
      expect(entitiesOf(run(c.text), 'person')).toEqual([]);
      expect(recognizePersons(contextOf(c.text))).toEqual([]);
    });
  }
});
