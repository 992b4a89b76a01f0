import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type TextDoc } from '../../src/text/index.js';

const Z = '\u200c';

function checkSpans(doc: TextDoc): void {
  for (const t of doc.tokens) {
    expect(t.text).toBe(doc.original.slice(t.start, t.end));
    expect(t.normalized).toBe(doc.norm.text.slice(t.nStart, t.nEnd));
  }
  for (const s of doc.sentences) expect(s.text).toBe(doc.original.slice(s.start, s.end));
}

const words = (s: string): string[] => analyze(s).tokens.map((t) => t.normalized);
const kinds = (s: string): string[] => analyze(s).tokens.map((t) => `${t.normalized}:${t.kind}`);
const sentences = (s: string): string[] => analyze(s).sentences.map((x) => x.text);

describe('words', () => {
  it('keeps ZWNJ compounds whole and splits punctuation off', () => {
    expect(words('کتاب‌ها را می‌خوانیم، (خیلی) زود!!!')).toEqual([
      `کتاب${Z}ها`,
      'را',
      `می${Z}خوانیم`,
      '،',
      '(',
      'خیلی',
      ')',
      'زود',
      '!!!',
    ]);
  });
  it('keeps numbers, dates, times, phones, e-mails, URLs, hashtags and mentions as one token each', () => {
    expect(
      kinds(
        'در 1397/11/03 ساعت 14:30 با 021-77491031 یا ut5@iust.ac.ir و https://iust.ac.ir/x #نشست @iust 3.5',
      ),
    ).toEqual([
      'در:word',
      '۱۳۹۷/۱۱/۰۳:date',
      'ساعت:word',
      '۱۴:۳۰:time',
      'با:word',
      '۰۲۱-۷۷۴۹۱۰۳۱:phone',
      'یا:word',
      'ut5@iust.ac.ir:email',
      'و:word',
      'https://iust.ac.ir/x:url',
      '#نشست:hashtag',
      '@iust:mention',
      '۳٫۵:number',
    ]);
  });
  it('never drops a token (hazm drops a final «خواهد»)', () => {
    expect(words('او خواهد')).toEqual(['او', 'خواهد']);
  });
  it('maps each token back to the original, including joined and folded ones', () => {
    const doc = analyze('دانشگاههای  صنعتي می کنند');
    checkSpans(doc);
    expect(doc.tokens.map((t) => t.text)).toEqual(['دانشگاههای', 'صنعتي', 'می کنند']);
  });
});

describe('sentences', () => {
  it('ends sentences at . ! ? ؟ … and line breaks', () => {
    expect(sentences('جدا کردن ساده است. تقریبا البته! آیا؟ بله … تمام\nخط دوم')).toEqual([
      'جدا کردن ساده است.',
      'تقریبا البته!',
      'آیا؟',
      'بله …',
      'تمام',
      'خط دوم',
    ]);
  });
  it('does not end inside numbers, e-mails, URLs, abbreviations or quotations', () => {
    expect(
      sentences(
        'رشد 3.5 درصد بود. با ut5@iust.ac.ir و www.iust.ac.ir تماس بگیرید. سال ۵۰۰ ق.م. و ۱۳۹۷ ه.ش. بود.',
      ),
    ).toEqual([
      'رشد 3.5 درصد بود.',
      'با ut5@iust.ac.ir و www.iust.ac.ir تماس بگیرید.',
      'سال ۵۰۰ ق.م. و ۱۳۹۷ ه.ش. بود.',
    ]);
    expect(sentences('وی گفت: «ما رفتیم. آنها ماندند.» سپس جلسه تمام شد.')).toEqual([
      'وی گفت: «ما رفتیم. آنها ماندند.»',
      'سپس جلسه تمام شد.',
    ]);
    expect(sentences('به گفته م. رضایی و Dr. Smith جلسه برگزار شد.')).toHaveLength(1);
  });
  it('assigns every token its sentence', () => {
    const doc = analyze('یک. دو سه.');
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1]);
    expect(doc.sentences.map((s) => [s.firstToken, s.endToken])).toEqual([
      [0, 2],
      [2, 5],
    ]);
  });
});

const SEED = new URL('../../../shared/seeds/000_e90f60ff8dbf379b.txt', import.meta.url);

describe.skipIf(!existsSync(SEED))('seed press release', () => {
  const original = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const doc = analyze(original);
  it('normalises with every ZWNJ fix', () => {
    const t = doc.norm.text;
    for (const w of [
      `حوزه${Z}های`,
      `دانشگاه${Z}های`,
      `زمینه${Z}های`,
      `اتحادیه${Z}هایی`,
      `پروژه${Z}های`,
      `رسانی${Z}های`,
      `می${Z}کنند`,
      `می${Z}شود`,
      `کرده${Z}ایم`,
      `فعالیت${Z}های`,
      `ظرفیت${Z}های`,
    ]) {
      expect(t).toContain(w);
    }
    expect(t).not.toMatch(/دانشگاه ها|دانشگاههای|می کنند|کردهایم/);
    expect(t).toContain('ut5@iust.ac.ir');
    expect(t).toContain('۷۷۴۹۱۰۳۱');
    expect(t).toContain('۱۳۹۷');
    expect(normalizeTwice(original)).toBe(t);
  });
  it('maps every word back to the original exactly', () => {
    checkSpans(doc);
    expect(doc.tokens.find((x) => x.kind === 'email')?.text).toBe('ut5@iust.ac.ir');
    expect(doc.tokens.find((x) => x.normalized === '۱۳۹۷')?.text).toBe('1397');
    // Tokens joined by the normaliser cover the original words with their space.
    expect(doc.tokens.filter((x) => x.normalized === `می${Z}کنند`).map((x) => x.text)).toEqual(['می کنند']);
    // Every non-space character of the original is inside some token.
    const covered = new Uint8Array(original.length);
    for (const x of doc.tokens) covered.fill(1, x.start, x.end);
    for (let i = 0; i < original.length; i++) if (!/\s/.test(original[i]!)) expect(covered[i]).toBe(1);
  });
  it('splits sentences at stops and line breaks', () => {
    expect(doc.sentences[0]!.text).toBe('77491031 ut5@iust.ac.ir');
    expect(doc.sentences.some((s) => s.text.startsWith('وی افزود: در اکثر کشورها'))).toBe(true);
    expect(doc.sentences.at(-1)!.text).toBe(
      'در پایان مقرر شد نشست بعدی در نیمه اول اسفند ماه در دانشگاه صنعتی خواجه نصیرالدین طوسی برگزار شود.',
    );
  });
});

function normalizeTwice(s: string): string {
  const once = analyze(s).norm.text;
  return analyze(once).norm.text;
}
