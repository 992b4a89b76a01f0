// Iranian research institutes and seminary-linked universities, university names that are a
// person's name, and lists after a singular «دانشگاه». Sentences written by the team.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const orgs = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'university' || e.type === 'organization')
    .map((e) => [e.text, e.canonicalId ?? null]);

/** The text as written, without its half-spaces, and with a space for each. */
const forms = (text: string) => [text, text.replace(/\u200c/g, ''), text.replace(/\u200c/g, ' ')];

describe('research institutes and seminary-linked universities', () => {
  it.each([
    ['پژوهشگاه علوم و فرهنگ اسلامی', 'isca.ac.ir'],
    ['پژوهشکده علوم شناختی', 'icss.ac.ir'],
    ['پژوهشگاه فضایی ایران', 'isrc.ac.ir'],
    ['پژوهشگاه حوزه و دانشگاه', 'rihu.ac.ir'],
    ['پژوهشگاه فرهنگ و اندیشه اسلامی', 'iict.ac.ir'],
    ['مؤسسه آموزشی و پژوهشی امام خمینی', 'iki.ac.ir'],
    ['پژوهشگاه علوم و فنون هسته‌ای', 'nstri.ir'],
    ['مؤسسه پژوهش و برنامه‌ریزی آموزش عالی', 'irphe.ac.ir'],
    ['مؤسسه تحقیقات واکسن و سرم‌سازی رازی', 'rvsri.ac.ir'],
    ['دانشگاه مذاهب اسلامی', 'mazaheb.ac.ir'],
    ['دانشگاه بین‌المللی مذاهب اسلامی', 'mazaheb.ac.ir'],
    ['دانشگاه آیت‌الله حائری میبد', 'haeri.ac.ir'],
    ['دانشگاه میبد', 'haeri.ac.ir'],
  ])('«%s» is %s, with or without half-spaces', (name, id) => {
    for (const text of forms(`معاون پژوهشی ${name} در این نشست از برنامه‌های مشترک گفت.`))
      expect(orgs(text).map((o) => o[1])).toContain(id);
  });

  it('the short form of an institute inside a list of universities', () => {
    const es = orgs('نمایندگان دانشگاه‌های یزد، آیت اله حائری میبد، بیرجند و پژوهشگاه فضایی حضور داشتند.');
    expect(es.map((o) => o[1])).toEqual(['yazd.ac.ir', 'haeri.ac.ir', 'birjand.ac.ir', 'isrc.ac.ir']);
  });
});

describe('a university named after a person', () => {
  it('the bare name is the person, not the university', () => {
    expect(orgs('این رصدخانه نخستین رصدخانه پس از روزگار خواجه نصیرالدین طوسی است.')).toEqual([]);
    expect(orgs('کتاب تازه‌ای درباره اندیشه‌های علامه طباطبایی و شهید مطهری منتشر شد.')).toEqual([]);
  });

  it('with «دانشگاه» or inside a list of universities it is the university', () => {
    expect(orgs('استادان دانشگاه خواجه نصیرالدین طوسی در همایش شرکت کردند.')[0]?.[1]).toBe('kntu.ac.ir');
    const es = orgs('معاونان دانشگاه‌های شیراز، علامه طباطبائی و خواجه نصیرالدین طوسی گرد آمدند.');
    expect(es.map((o) => o[1])).toEqual(['shirazu.ac.ir', 'atu.ac.ir', 'kntu.ac.ir']);
  });
});

describe('a list after a singular «دانشگاه»', () => {
  it('a comma list closed by «و» shares the head', () => {
    const es = orgs('دانشگاه فردوسی مشهد، علامه طباطبائی و خواجه نصیر تفاهم‌نامه امضا کردند.');
    expect(es.map((o) => o[1])).toEqual(['um.ac.ir', 'atu.ac.ir', 'kntu.ac.ir']);
    expect(orgs('دانشگاه شیراز، اصفهان و تبریز میزبان المپیاد بودند.').map((o) => o[1])).toEqual([
      'shirazu.ac.ir',
      'ui.ac.ir',
      'tabrizu.ac.ir',
    ]);
  });

  it('a comma run not closed by «و» is no list («دانشگاه تهران، اصفهان را …»)', () => {
    expect(orgs('رئیس دانشگاه تهران، اصفهان را به مقصد تبریز ترک کرد.').map((o) => o[1])).toEqual([
      'ut.ac.ir',
    ]);
  });
});
