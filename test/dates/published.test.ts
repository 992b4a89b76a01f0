import { describe, expect, it } from 'vitest';
import { findPublishedAt } from '../../src/recognize/dates/published.js';
import { makeDoc } from './doc.js';

const BODY =
  'به گزارش روابط عمومی دانشگاه، نشست هم‌افزایی در روز چهارشنبه سوم بهمن ماه ۱۳۹۷ در سالن جلسات ریاست دانشگاه برگزار شد و معاونان بین‌الملل دانشگاه‌ها در آن حضور داشتند.';

describe('findPublishedAt', () => {
  it('reads a header dateline with a time', () => {
    const text = `۱۳۹۷/۱۱/۰۴ - ۱۰:۳۰\n${BODY}`;
    const p = findPublishedAt(makeDoc(text));
    expect(p?.jalali.from).toBe('1397-11-04');
    expect(p?.time).toBe('10:30');
    expect(p && text.slice(p.start, p.end)).toBe(p?.text);
  });
  it('reads «تاریخ انتشار:» in a byline at the end', () => {
    const text = `${BODY}\nتاریخ انتشار: پنجشنبه ۴ بهمن ۱۳۹۷`;
    expect(findPublishedAt(makeDoc(text))?.jalali.from).toBe('1397-11-04');
  });
  it("reads a site template's «month day, year» under the headline, not the view count", () => {
    const text = `همکاری علمی دو دانشگاه گسترش می‌یابد\n\nآبان 12, 1401\n230 بازدید\n\n${BODY}`;
    expect(findPublishedAt(makeDoc(text))?.jalali.from).toBe('1401-08-12');
  });
  it('reads «کد خبر … تاریخ …»', () => {
    const text = `کد خبر: ۱۲۳۴۵ تاریخ: ۱۴۰۲/۰۳/۱۵\n${BODY}`;
    expect(findPublishedAt(makeDoc(text))?.jalali.from).toBe('1402-03-15');
  });
  it('reads a dateline that opens a long first line', () => {
    const text = `Isfahan, November 28, 2023 — A delegation from Harbin Institute of Technology visited IUT on Monday, November 27, 2023 and met with the president of the university and several deans.`;
    const p = findPublishedAt(makeDoc(text));
    expect(p?.text).toBe('November 28, 2023');
    expect(p?.jalali.from).toBe('1402-09-07');
    const fa = `تهران - ایرنا - ۲۸ آبان ۱۴۰۲ - ${BODY}`;
    expect(findPublishedAt(makeDoc(fa))?.jalali.from).toBe('1402-08-28');
  });
  it('does not take a date from the body of the story', () => {
    expect(findPublishedAt(makeDoc(BODY))).toBeNull();
    const long = `${BODY}\n${BODY}\n${BODY}\n${BODY}`;
    expect(findPublishedAt(makeDoc(long))).toBeNull();
  });
  it('finds the dateline below a page header (headline twice, category, news code)', () => {
    const text = [
      'امضای تفاهم‌نامه دو دانشگاه',
      'امضای تفاهم‌نامه دو دانشگاه',
      'اخبار دانشگاه',
      '۱۴۰۱/۰۶/۲۰ - ۰۹:۱۲ - کد خبر: ۴۵۶۷',
      BODY,
    ].join('\n');
    expect(findPublishedAt(makeDoc(text))?.jalali.from).toBe('1401-06-20');
  });
  it('prefers the labelled publication date over a site clock and an update date', () => {
    const text = [
      '۱۴۰۳ جمعه ۷ اردیبهشت',
      'به روز شده در: ۰۷ اردیبهشت ۱۴۰۳ - ۱۰:۲۰',
      'کد خبر ۹۸۷۶',
      'تاریخ انتشار: ۱۱:۴۰ - ۰۵-۱۱-۱۳۹۷',
      BODY,
    ].join('\n');
    expect(findPublishedAt(makeDoc(text))?.jalali.from).toBe('1397-11-05');
    const updatedOnly = `به روز شده در: ۰۷ اردیبهشت ۱۴۰۳\n${BODY}`;
    expect(findPublishedAt(makeDoc(updatedOnly))).toBeNull();
  });
  it('a story sentence that opens with its date is not a dateline', () => {
    const text = `نشست شورا\nسه‌شنبه، پنجم آذر ماه ۱۴۰۱، یکصدمین نشست شورای پژوهشی دانشگاه با حضور معاونان و مدیران در تالار اجتماعات برگزار شد و گزارش‌ها ارائه شد.`;
    expect(findPublishedAt(makeDoc(text))).toBeNull();
    const on = `این دانشکده در تاریخ ۱۲ مهر ۱۳۵۴ تأسیس شد\n${BODY}`;
    expect(findPublishedAt(makeDoc(on))).toBeNull();
  });
  it('falls back to a Gregorian ISO hint', () => {
    const p = findPublishedAt(makeDoc(BODY), '2019-01-24');
    expect(p?.jalali.from).toBe('1397-11-04');
    expect(p?.calendar).toBe('gregorian');
    expect(p?.text).toBe('2019-01-24');
    expect([p?.start, p?.end]).toEqual([0, 0]);
  });
  it('falls back to a Jalali hint and keeps the time of an ISO timestamp', () => {
    expect(findPublishedAt(makeDoc(BODY), '1397/11/04')?.gregorian.from).toBe('2019-01-24');
    expect(findPublishedAt(makeDoc(BODY), '2019-01-24T09:15:00Z')?.time).toBe('09:15');
  });
  it('returns null for an unreadable hint', () => {
    expect(findPublishedAt(makeDoc(BODY), 'yesterday')).toBeNull();
  });
});
