// Offices and titles: the canonical office without its organisation, the organisation attached by
// the linking pass, plural offices distributing over a list, ministers to their ministry, offices
// that head a unit. Negatives: units, and academic ranks that describe nobody.
import { describe, expect, it } from 'vitest';
import { recognizeTitles, recognizeUnitsAndPlaces } from '../../src/recognize/offices.js';
import { attendeesOf, checkMentions, contextOf, entitiesOf, key, run } from './helpers.js';

interface OfficeCase {
  text: string;
  /** Surface text of the office mention. */
  surface: string;
  /** Canonical office, without the organisation. */
  title: string;
  organizationId?: string;
  rule: string;
}

const POSITIVE: OfficeCase[] = [
  {
    text: 'معاون پژوهشی دانشگاه صنعتی اصفهان از آزمایشگاه‌های مرکزی بازدید کرد.',
    surface: 'معاون پژوهشی',
    title: 'معاون پژوهشی',
    organizationId: 'iut.ac.ir',
    rule: 'title.gazetteer',
  },
  {
    // «رییس» (with ی) is the canonical «رئیس».
    text: 'رییس دانشگاه صنعتی شریف بر ضرورت توسعه همکاری با صنعت تأکید کرد.',
    surface: 'رییس',
    title: 'رئیس',
    organizationId: 'sharif.edu',
    rule: 'title.gazetteer',
  },
  {
    // A bare «رئیس دانشگاه» is the university the press office speaks for.
    text: 'به گزارش روابط عمومی دانشگاه شیراز، رئیس دانشگاه از آزمایشگاه جدید فیزیک بازدید کرد.',
    surface: 'رئیس',
    title: 'رئیس',
    organizationId: 'shirazu.ac.ir',
    rule: 'title.gazetteer',
  },
  {
    text: 'وزیر علوم در آیین گشایش این مرکز نوآوری سخنرانی کرد.',
    surface: 'وزیر',
    title: 'وزیر',
    organizationId: 'msrt.ir',
    rule: 'title.gazetteer',
  },
  {
    text: 'وزیر علوم، تحقیقات و فناوری در این مراسم سخنرانی کرد.',
    surface: 'وزیر',
    title: 'وزیر',
    organizationId: 'msrt.ir',
    rule: 'title.gazetteer',
  },
  {
    // An office over a unit runs over the unit's name, and still finds the university after it.
    text: 'رئیس دانشکده مهندسی برق دانشگاه تبریز در این نشست حضور داشت.',
    surface: 'رئیس دانشکده مهندسی برق',
    title: 'رئیس دانشکده مهندسی برق',
    organizationId: 'tabrizu.ac.ir',
    rule: 'title.with-unit',
  },
  {
    text: 'مدیرکل دفتر همکاری‌های علمی و بین‌المللی وزارت علوم در این نشست حضور داشت.',
    surface: 'مدیرکل',
    title: 'مدیرکل دفتر همکاری‌های علمی و بین‌المللی',
    organizationId: 'msrt.ir',
    rule: 'title.gazetteer',
  },
];

describe('offices: positive corpus', () => {
  for (const c of POSITIVE) {
    it(`${c.text.slice(0, 60)} → ${c.title} @ ${c.organizationId ?? '-'}`, () => {
      const titles = entitiesOf(run(c.text), 'title');
      const hit = titles.find((e) => e.text === c.surface);
      expect(hit, titles.map((t) => t.text).join(' | ')).toBeDefined();
      expect(key(hit!.name ?? '')).toBe(key(c.title));
      expect(hit!.rule).toBe(c.rule);
      if (c.organizationId) expect(hit!.organizationId).toBe(c.organizationId);
    });
  }

  it('the recogniser reads plural offices and marks them', () => {
    const text = 'معاونین پژوهشی و روسای دانشکده‌ها';
    const ctx = contextOf(text);
    const found = recognizeTitles(ctx);
    checkMentions(ctx, found);
    expect(found.map((m) => [text.slice(m.start, m.end), m.name, m.plural, m.rule])).toEqual([
      ['معاونین پژوهشی', 'معاون پژوهشی', true, 'title.plural'],
      // «رئیس دانشکده» (dean) is an office of its own.
      ['روسای دانشکده‌ها', 'رئیس دانشکده', true, 'title.plural'],
    ]);
  });
});

describe('offices: plural offices distribute over the organisations listed', () => {
  it('«روسای دانشگاه‌های تهران و شهید بهشتی» → a رئیس of each', () => {
    const text =
      'تهران – ۲۰ آبان ۱۴۰۱\nروسای دانشگاه‌های تهران و شهید بهشتی روز ۱۸ آبان ۱۴۰۱ در نشستی که در دانشگاه تهران برگزار شد، درباره همکاری‌های مشترک گفت‌وگو کردند.';
    const m = run(text).meetings[0]!;
    expect(attendeesOf(m).sort()).toEqual(['-|-|رئیس|sbu.ac.ir', '-|-|رئیس|ut.ac.ir']);
  });

  it('«معاونین پژوهشی دانشگاه‌های صنعتی شریف و امیرکبیر» → two deputies', () => {
    const text = 'معاونین پژوهشی دانشگاه‌های صنعتی شریف و امیرکبیر در این نشست حضور داشتند.';
    const m = run(text).meetings[0]!;
    expect(attendeesOf(m).sort()).toEqual(['-|-|معاون پژوهشی|aut.ac.ir', '-|-|معاون پژوهشی|sharif.edu']);
  });

  it('«معاونان بین‌الملل دانشگاه‌های فردوسی مشهد و شیراز» → two deputies', () => {
    const text = 'معاونان بین‌الملل دانشگاه‌های فردوسی مشهد و شیراز در این نشست حضور داشتند.';
    const m = run(text).meetings[0]!;
    expect(attendeesOf(m).sort()).toEqual([
      '-|-|معاون بین‌الملل|shirazu.ac.ir',
      '-|-|معاون بین‌الملل|um.ac.ir',
    ]);
  });
});

describe('offices: negative corpus', () => {
  it('a unit («معاونت بین‌الملل») is a unit, not an office', () => {
    const text = 'معاونت بین‌الملل دانشگاه تهران فراخوان جذب دانشجوی خارجی را منتشر کرد.';
    const record = run(text);
    expect(entitiesOf(record, 'title')).toEqual([]);
    expect(entitiesOf(record, 'unit')[0]).toMatchObject({
      text: 'معاونت بین‌الملل',
      organizationId: 'ut.ac.ir',
      rule: 'unit.gazetteer',
    });
    const ctx = contextOf(text);
    checkMentions(ctx, recognizeUnitsAndPlaces(ctx));
  });

  it('an academic rank that describes nobody is not an office entity («تبادل استاد»)', () => {
    const text = 'این طرح با هدف تبادل استاد و دانشجو میان دو کشور اجرا می‌شود.';
    expect(entitiesOf(run(text), 'title')).toEqual([]);
  });

  it('a plural office over no organisation is not an entity', () => {
    const text = 'مدیران گروه‌های آموزشی در این جلسه درباره برنامه درسی جدید گفت‌وگو کردند.';
    expect(entitiesOf(run(text), 'title')).toEqual([]);
  });

  it('an office alone is never a person', () => {
    for (const c of POSITIVE) expect(entitiesOf(run(c.text), 'person')).toEqual([]);
  });
});
