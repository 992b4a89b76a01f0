// Foreign organisations whose Persian names are partly or wholly translated, and Arabic names made of
// ordinary words. Sentences written by the team.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const orgs = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'university' || e.type === 'organization')
    .map((e) => [e.text, e.canonicalId ?? e.localId?.slice(0, 6), e.rule]);

describe('Arabic names after the head', () => {
  it('«ابن», «بن» join the parts of a name, also when each part is an ordinary word', () => {
    expect(orgs('رئیس دانشگاه امام عبدالرحمن بن فیصل عربستان از دانشکده بازدید کرد.')[0]).toEqual([
      'دانشگاه امام عبدالرحمن بن فیصل عربستان',
      'iau.edu.sa',
      'org.transliterated',
    ]);
    expect(orgs('هیئتی از دانشگاه فهد بن سلطان عربستان وارد شد.')[0]?.[1]).toBe('fbsc.edu.sa');
  });

  it('a joined name leaves out no distinctive word it is sure of («Medical» after three name words)', () => {
    // The country comes from elsewhere in the story.
    const es = orgs('در سفر به عراق تفاهم‌نامه‌ای با دانشگاه جابر ابن حیان امضا شد.');
    expect(es[0]?.slice(0, 2)).toEqual(['دانشگاه جابر ابن حیان', 'jmu.edu.iq']);
  });

  it('a joined name the gazetteers do not know is still an organisation, with no id', () => {
    expect(orgs('نمایندگان دانشگاه حسن بن علی در نشست حضور داشتند.')).toEqual([
      ['دانشگاه حسن بن علی', 'local:', 'org.unknown'],
    ]);
  });

  it('a title and a name in ordinary words run on to the country after them', () => {
    expect(orgs('رئیس دانشگاه ملک سعود عربستان گفت.')[0]).toEqual([
      'دانشگاه ملک سعود عربستان',
      'ksu.edu.sa',
      'org.transliterated',
    ]);
    expect(orgs('هیئتی از دانشگاه ملک خالد عربستان سعودی وارد مشهد شد.')[0]?.[1]).toBe('kku.edu.sa');
    // Without a country after it, «ملک» stays an ordinary word: nothing is named.
    expect(orgs('دانشگاه ملک خود را به شهرداری واگذار کرد.')).toEqual([]);
  });
});

describe('translated generic words', () => {
  it('regions and descriptive words are matched by meaning', () => {
    expect(orgs('رئیس دانشگاه فدرال خاور دور روسیه با سفیر دیدار کرد.')[0]).toEqual([
      'دانشگاه فدرال خاور دور روسیه',
      'dvfu.ru',
      'org.translated',
    ]);
    expect(orgs('رئیس دانشگاه اقتصاد و حقوق آکیتا ژاپن گفت.')[0]?.[1]).toBe('akeihou-u.ac.jp');
  });

  it('«و» between two generic words keeps both in the name', () => {
    expect(orgs('رئیس دانشگاه مهندسی و فناوری لاهور پاکستان گفت.')[0]).toEqual([
      'دانشگاه مهندسی و فناوری لاهور پاکستان',
      'uet.edu.pk',
      'org.city-flagship',
    ]);
  });

  it('a place name Persian writes is compared with the Latin adjective («Siberian»)', () => {
    expect(orgs('رئیس دانشگاه فدرال سیبری روسیه گفت.')[0]?.[1]).toBe('sfu-kras.ru');
  });

  it('a distinctive translated word the Persian lacks makes another university', () => {
    // Not Akita University of Economics and Law, nor Tashkent State University of Law.
    expect(orgs('رئیس دانشگاه آکیتا ژاپن گفت.')[0]?.[1]).not.toBe('akeihou-u.ac.jp');
    expect(orgs('رئیس دانشگاه دولتی تاشکند ازبکستان گفت.')[0]?.[1]).not.toBe('tsul.uz');
  });
});

describe('places Persian calls by a name of its own', () => {
  it('«پکن», «ورشو», «آتن» are compared as Beijing, Warsaw, Athens sound', () => {
    expect(orgs('رئیس دانشگاه زبان و فرهنگ پکن چین گفت.')[0]).toEqual([
      'دانشگاه زبان و فرهنگ پکن چین',
      'blcu.edu.cn',
      'org.city-flagship',
    ]);
    expect(orgs('رئیس دانشگاه صنعتی ورشو لهستان گفت.')[0]?.[1]).toBe('pw.edu.pl');
    expect(orgs('هیئتی از دانشگاه آتن یونان به تهران آمد.')[0]?.[1]).toBe('uoa.gr');
  });
});

describe('lists after a plural head that the gazetteer does not know', () => {
  it('each item is matched, with the country after the last item', () => {
    expect(orgs('روسای دانشگاه‌های ملک سعود و ملک خالد عربستان به تهران آمدند.')).toEqual([
      ['ملک سعود', 'ksu.edu.sa', 'org.transliterated'],
      ['ملک خالد عربستان', 'kku.edu.sa', 'org.transliterated'],
    ]);
    expect(orgs('تفاهم‌نامه‌ای با دانشگاه های سرگودها پاکستان امضا شد.')).toEqual([
      ['سرگودها پاکستان', 'uos.edu.pk', 'org.transliterated'],
    ]);
  });

  it('some of a city’s universities, or generic words, name no university', () => {
    expect(orgs('او در برخی دانشگاه‌های کراچی تدریس کرد.')).toEqual([]);
    expect(orgs('دانشگاه‌های آمریکایی و اروپایی در این رتبه‌بندی پیشتازند.')).toEqual([]);
    expect(orgs('دانشگاه‌های کشور از مهر بازگشایی می‌شوند.')).toEqual([]);
  });
});

describe('a foreign partner named in full, then shortened', () => {
  it('the short form is the one named in full, though the gazetteer gives it to another', () => {
    const es = orgs(
      'هیئتی از دانشگاه علوم پزشکی کازان روسیه به تبریز آمد. دانشگاه کازان برای همکاری در رشته پرستاری اعلام آمادگی کرد.',
    );
    expect(es.map((e) => e[1])).toEqual(['kgmu.kcn.ru', 'kgmu.kcn.ru']);
    expect(es[1]?.[2]).toBe('org.short-form');
  });

  it('not when the short form is the other’s official name, nor for Iranian universities', () => {
    const ids = (text: string) => orgs(text).map((e) => e[1]);
    expect(ids('رئیس دانشگاه علوم پزشکی تهران گفت دانشگاه تهران نیز همکاری می‌کند.')).toEqual([
      'tums.ac.ir',
      'ut.ac.ir',
    ]);
    expect(
      ids(
        'تفاهم‌نامه با دانشگاه دولتی سن پترزبورگ و دانشگاه پلی تکنیک سن پترزبورگ امضا شد. دانشگاه سن پترزبورگ میزبان بود.',
      ),
    ).toEqual(['spbu.ru', 'spbstu.ru', 'spbu.ru']);
  });
});

describe('generic words before a name', () => {
  it('«ایالتی» is State; one word before the country is the name even if it reads as ordinary', () => {
    expect(orgs('رئیس دانشگاه ایالتی ایروان ارمنستان گفت.')[0]?.[1]).toBe('ysu.am');
    expect(orgs('رئیس دانشگاه تکنولوژی مارا مالزی گفت.')[0]?.[1]).toBe('uitm.edu.my');
    // A verb is not a name.
    expect(orgs('استادان دانشگاه علوم پزشکی رفتند ترکیه.')).toEqual([]);
  });
});

describe('a school named by its subject, placed in a foreign city', () => {
  it('is the foreign institution whose Latin name says the same', () => {
    expect(orgs('این استاد از دانشکده مطالعات شرقی و آفریقایی در لندن دکتری گرفت.')).toEqual([
      ['دانشکده مطالعات شرقی و آفریقایی در لندن', 'soas.ac.uk', 'org.translated'],
    ]);
  });

  it('otherwise «دانشکده» is a faculty, not an organisation', () => {
    expect(orgs('رئیس دانشکده پزشکی در مشهد گفت.')).toEqual([]);
    expect(orgs('او در دانشکده اقتصاد در لندن درس خواند.')).toEqual([]);
  });
});
