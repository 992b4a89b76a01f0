// Foreign names without an honorific, and names cut where an archived page ends. Sentences written
// by the team.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const persons = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.text);

describe('a foreign surname alone before its office', () => {
  it('set off by a comma or «(», after a function word or a mark', () => {
    expect(persons('در این نشست که پتروف، رئیس دانشکده شرق‌شناسی نیز حضور داشت، توافق شد.')).toEqual([
      'پتروف',
    ]);
    expect(persons('در نشست امروز، اشمیت (رئیس دانشکده فیزیک) از همکاری گفت.')).toEqual(['اشمیت']);
  });

  it('not a plural, a glued phrase, a noun after «این» or a place after «از»', () => {
    expect(persons('معاون دانشجویی و جوانان، معاون آموزشی و مشاور وزیر حضور داشتند.')).toEqual([]);
    expect(persons('دراین‌حال، وزیر امور خارجه گفت که نشست ادامه دارد.')).toEqual([]);
    expect(persons('در پاسخ به این پرسش، وزیر بهداشت گفت کمبود دارو رفع شد.')).toEqual([]);
    expect(persons('به گزارش خبرگزاری‌ها از اسکندریه، وزیر امور خارجه مصر گفت.')).toEqual([]);
  });

  it('not before a plural office («و کاظمی، رؤسای …» is a list)', () => {
    expect(persons('در این دیدار که تاراسوف، اعضای هیئت مدیره حضور داشتند.')).toEqual([]);
  });
});

describe('a foreign full name between an office and a comma', () => {
  it('a middle word may read as vocabulary when the last word is foreign', () => {
    expect(persons('سفیر تازه پرتغال، ژوزه مورا ریبیرائو، استوارنامه خود را تقدیم کرد.')).toEqual([
      'ژوزه مورا ریبیرائو',
    ]);
  });

  it('but not three words in any other place («یه بار بهم گفت», «تیم دو نفره ایران»)', () => {
    expect(persons('یه بار بهم گفت بریم خونه.')).toEqual([]);
    expect(persons('به گزارش روابط عمومی فدراسیون، تیم دو نفره ایران متشکل از دو ورزشکار است.')).toEqual([]);
  });
});

describe('a name cut where the archived text ends', () => {
  it('a last word that one or two letters would make a name or an honorific is no name', () => {
    expect(persons('همچنین دکتر رضا انصاری، دکتر علی اکب')).toEqual(['دکتر رضا انصاری']);
    expect(persons('شایان ذکر است در این دیدار آقای دکت')).toEqual([]);
  });

  it('a whole name at the end of a text stays, with or without a final mark', () => {
    expect(persons('در این دیدار آقای دکتر رضا انصاری')).toEqual(['آقای دکتر رضا انصاری']);
    expect(persons('گزارش از مهرنوش خانزائی')).toEqual(['مهرنوش خانزائی']);
  });
});

describe('particles and hyphens in a European name after an honorific', () => {
  it('«فون», «دو» and the foreign word after them, and a hyphen, stay in the name', () => {
    expect(persons('آقای کارل فون ویتسلبن- هارتمان سفیر اتریش از دانشگاه بازدید کرد.')).toEqual([
      'آقای کارل فون ویتسلبن- هارتمان',
    ]);
    expect(persons('خانم آنا فون در بورخ رئیس بنیاد گفت.')).toEqual(['خانم آنا فون در بورخ']);
    expect(persons('آقای ژاک دو مونتالبر سفیر فرانسه گفت.')).toEqual(['آقای ژاک دو مونتالبر']);
  });

  it('«دو» before an everyday noun is «two»', () => {
    expect(persons('آقای محمد احمدی دو کتاب اهدا کرد.')).toEqual(['آقای محمد احمدی']);
  });
});

describe('people given as examples after «چون», «مانند», «همچون»', () => {
  it('after people in the plural, each foreign name or surname of the list', () => {
    expect(persons('او شاگرد استادانی چون گلدنر و نولدکه بوده است.')).toEqual(['گلدنر', 'نولدکه']);
    expect(persons('او شاگرد استادان برجسته‌ای مانند گلدنر، نولدکه و بارتولومه بودهاست.')).toEqual([
      'گلدنر',
      'نولدکه',
      'بارتولومه',
    ]);
    expect(persons('نوازندگانی همچون رضا شفیعیان و محمد موسوی در این اجرا بودند.')).toEqual([
      'رضا شفیعیان',
      'محمد موسوی',
    ]);
  });

  it('not after things in the plural, nor everyday words, nor «چون» meaning «because»', () => {
    expect(persons('کشورهایی چون اتریش و آلمان در نمایشگاه حضور داشتند.')).toEqual([]);
    expect(persons('دانشجویانی مانند شما باید تلاش کنند.')).toEqual([]);
    expect(persons('مصرف کنندگان مانند شیرینی فروشی ها و دیگر صنایع نگران هستند.')).toEqual([]);
    expect(persons('همه آمدند، چون گلدنر دعوت کرده بود.')).toEqual([]);
  });
});
