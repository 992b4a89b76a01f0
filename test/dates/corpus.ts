// Example corpus for the date recogniser (Duckling style): phrases in context with the value they
// must resolve to, and phrases that must not be read as dates. Publication dates are fixed.

export interface PositiveCase {
  text: string;
  /** The span the recogniser must report (original text). */
  span: string;
  jalali: [string, string];
  /** Checked directly when given; otherwise derived from `jalali` with jalaali-js. */
  gregorian?: [string, string];
  precision: 'day' | 'range' | 'month' | 'year';
  calendar?: 'jalali' | 'gregorian' | 'hijri';
  weekday?: string | null;
  yearInferred?: boolean;
  time?: string | null;
  /** Publication date (Jalali ISO) used as context. */
  pub?: string;
  rule?: string;
}

export const POSITIVE: PositiveCase[] = [
  // Day, month, year in digits and words
  { text: 'نشست در ۳ بهمن ۱۳۹۷ برگزار شد.', span: '۳ بهمن ۱۳۹۷', jalali: ['1397-11-03', '1397-11-03'], gregorian: ['2019-01-23', '2019-01-23'], precision: 'day', rule: 'date.dmy-words' },
  { text: 'در روز چهارشنبه سوم بهمن ماه 1397 برگزار شد.', span: 'چهارشنبه سوم بهمن ماه 1397', jalali: ['1397-11-03', '1397-11-03'], gregorian: ['2019-01-23', '2019-01-23'], precision: 'day', weekday: 'wednesday' },
  { text: 'این نشست سوم بهمن‌ماه ۱۳۹۷ بود.', span: 'سوم بهمن‌ماه ۱۳۹۷', jalali: ['1397-11-03', '1397-11-03'], precision: 'day' },
  { text: 'تاریخ: بیست و سوم آبان ۱۴۰۱', span: 'بیست و سوم آبان ۱۴۰۱', jalali: ['1401-08-23', '1401-08-23'], precision: 'day' },
  { text: 'جلسه سی‌ام آذر ۱۴۰۰ تشکیل شد', span: 'سی‌ام آذر ۱۴۰۰', jalali: ['1400-09-30', '1400-09-30'], precision: 'day' },
  { text: 'از یکم مهر ۱۴۰۲ آغاز شد', span: 'یکم مهر ۱۴۰۲', jalali: ['1402-07-01', '1402-07-01'], precision: 'day' },
  { text: 'اول فروردین ۱۴۰۴ نوروز است', span: 'اول فروردین ۱۴۰۴', jalali: ['1404-01-01', '1404-01-01'], gregorian: ['2025-03-21', '2025-03-21'], precision: 'day' },
  { text: 'در ۳۰ اسفند ۱۴۰۳ سال تحویل شد', span: '۳۰ اسفند ۱۴۰۳', jalali: ['1403-12-30', '1403-12-30'], gregorian: ['2025-03-20', '2025-03-20'], precision: 'day' },
  { text: 'روز ۲۹ اسفند ۱۴۰۲ آخرین روز سال بود', span: '۲۹ اسفند ۱۴۰۲', jalali: ['1402-12-29', '1402-12-29'], gregorian: ['2024-03-19', '2024-03-19'], precision: 'day' },
  { text: 'در ۳۰ اسفند ۱۳۹۹ اعلام شد', span: '۳۰ اسفند ۱۳۹۹', jalali: ['1399-12-30', '1399-12-30'], gregorian: ['2021-03-20', '2021-03-20'], precision: 'day' },
  { text: 'اول فروردین ۱۴۰۰ فرا رسید', span: 'اول فروردین ۱۴۰۰', jalali: ['1400-01-01', '1400-01-01'], gregorian: ['2021-03-21', '2021-03-21'], precision: 'day' },
  { text: 'در ۱۰ امرداد ۱۳۹۸ امضا شد', span: '۱۰ امرداد ۱۳۹۸', jalali: ['1398-05-10', '1398-05-10'], precision: 'day' },
  { text: 'در ۱۰ مرداد ماه ۱۳۹۸ امضا شد', span: '۱۰ مرداد ماه ۱۳۹۸', jalali: ['1398-05-10', '1398-05-10'], precision: 'day' },
  { text: 'مراسم ۱۵ اسفندماه ۱۴۰۱ بود', span: '۱۵ اسفندماه ۱۴۰۱', jalali: ['1401-12-15', '1401-12-15'], precision: 'day' },
  { text: 'تاریخ ۵ دی ۱۴۰۰ ثبت شد', span: '۵ دی ۱۴۰۰', jalali: ['1400-10-05', '1400-10-05'], precision: 'day' },
  { text: 'در 12 تیر 1399 برگزار شد', span: '12 تیر 1399', jalali: ['1399-04-12', '1399-04-12'], precision: 'day' },
  { text: 'در ۳ فروردین سال ۱۳۳۰ به دنیا آمد', span: '۳ فروردین سال ۱۳۳۰', jalali: ['1330-01-03', '1330-01-03'], precision: 'day' },
  { text: 'در ۲۲ شهریور ۱۳۷۸ هجری شمسی بود', span: '۲۲ شهریور ۱۳۷۸ هجری شمسی', jalali: ['1378-06-22', '1378-06-22'], precision: 'day' },
  { text: 'روز پانزدهم خرداد ۱۴۰۲ افتتاح شد', span: 'پانزدهم خرداد ۱۴۰۲', jalali: ['1402-03-15', '1402-03-15'], precision: 'day' },
  { text: 'در ۱۵ام مرداد ۱۳۸۸ برگزار شد', span: '۱۵ام مرداد ۱۳۸۸', jalali: ['1388-05-15', '1388-05-15'], precision: 'day' },
  // Numeric forms
  { text: 'تاریخ: 1397/11/03', span: '1397/11/03', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', rule: 'date.numeric-ymd' },
  { text: 'صورتجلسه ۱۳۹۷-۱۱-۰۳ تنظیم شد', span: '۱۳۹۷-۱۱-۰۳', jalali: ['1397-11-03', '1397-11-03'], precision: 'day' },
  { text: 'مورخ ۱۳۹۷.۱۱.۰۳ ارسال شد', span: '۱۳۹۷.۱۱.۰۳', jalali: ['1397-11-03', '1397-11-03'], precision: 'day' },
  { text: 'نامه مورخ ۹۷/۰۷/۲۶ دریافت شد', span: '۹۷/۰۷/۲۶', jalali: ['1397-07-26', '1397-07-26'], precision: 'day', rule: 'date.numeric-yy' },
  { text: 'تاریخ ۱۴۰۱ / ۰۵ / ۲۲ ثبت شد', span: '۱۴۰۱ / ۰۵ / ۲۲', jalali: ['1401-05-22', '1401-05-22'], precision: 'day' },
  { text: 'نوشتم ۰۴/۰۷/۱۳۷۶ روی دستم', span: '۰۴/۰۷/۱۳۷۶', jalali: ['1376-07-04', '1376-07-04'], precision: 'day', rule: 'date.numeric-dmy' },
  { text: 'در 2019-01-23 منتشر شد', span: '2019-01-23', jalali: ['1397-11-03', '1397-11-03'], gregorian: ['2019-01-23', '2019-01-23'], precision: 'day', calendar: 'gregorian' },
  { text: 'ساعت ۱۴۰۳/۱۲/۳۰ است', span: '۱۴۰۳/۱۲/۳۰', jalali: ['1403-12-30', '1403-12-30'], gregorian: ['2025-03-20', '2025-03-20'], precision: 'day' },
  // Weekday consistency
  { text: 'دوشنبه ۵ مهر ۱۴۰۰ جلسه بود', span: 'دوشنبه ۵ مهر ۱۴۰۰', jalali: ['1400-07-05', '1400-07-05'], precision: 'day', weekday: 'monday' },
  { text: 'سه‌شنبه، ۲ بهمن ۱۳۹۷', span: 'سه‌شنبه، ۲ بهمن ۱۳۹۷', jalali: ['1397-11-02', '1397-11-02'], precision: 'day', weekday: 'tuesday' },
  { text: 'پنجشنبه ۱۳۹۷/۱۱/۰۳', span: 'پنجشنبه ۱۳۹۷/۱۱/۰۳', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', weekday: 'thursday' },
  // Ranges and parts of months
  { text: 'همایش ۲۸ تا ۳۰ اردیبهشت ۱۴۰۲ برگزار می‌شود', span: '۲۸ تا ۳۰ اردیبهشت ۱۴۰۲', jalali: ['1402-02-28', '1402-02-30'], precision: 'range', rule: 'date.range-dm' },
  { text: 'همایش ۲۸ الی ۳۰ اردیبهشت ۱۴۰۲', span: '۲۸ الی ۳۰ اردیبهشت ۱۴۰۲', jalali: ['1402-02-28', '1402-02-30'], precision: 'range' },
  { text: 'کارگاه از ۱ تا ۵ مهر ۱۳۹۹ است', span: 'از ۱ تا ۵ مهر ۱۳۹۹', jalali: ['1399-07-01', '1399-07-05'], precision: 'range' },
  { text: 'نمایشگاه ۲۵ بهمن تا ۵ اسفند ۱۴۰۱ دایر است', span: '۲۵ بهمن تا ۵ اسفند ۱۴۰۱', jalali: ['1401-11-25', '1401-12-05'], precision: 'range', rule: 'date.range-dmdm' },
  { text: 'نمایشگاه ۲۸ اسفند ۱۴۰۲ تا ۵ فروردین ۱۴۰۳', span: '۲۸ اسفند ۱۴۰۲ تا ۵ فروردین ۱۴۰۳', jalali: ['1402-12-28', '1403-01-05'], precision: 'range' },
  { text: 'در نیمه اول اسفند ۱۳۹۷', span: 'نیمه اول اسفند ۱۳۹۷', jalali: ['1397-12-01', '1397-12-15'], precision: 'range', rule: 'date.part-month' },
  { text: 'در نیمه دوم اسفند ۱۴۰۳', span: 'نیمه دوم اسفند ۱۴۰۳', jalali: ['1403-12-16', '1403-12-30'], precision: 'range' },
  { text: 'در نیمه دوم اسفند ۱۴۰۲', span: 'نیمه دوم اسفند ۱۴۰۲', jalali: ['1402-12-16', '1402-12-29'], precision: 'range' },
  { text: 'اوایل مهر ۱۴۰۰', span: 'اوایل مهر ۱۴۰۰', jalali: ['1400-07-01', '1400-07-10'], precision: 'range' },
  { text: 'اواسط آبان ۱۴۰۰', span: 'اواسط آبان ۱۴۰۰', jalali: ['1400-08-11', '1400-08-20'], precision: 'range' },
  { text: 'اواخر شهریور ۱۴۰۰', span: 'اواخر شهریور ۱۴۰۰', jalali: ['1400-06-21', '1400-06-31'], precision: 'range' },
  { text: 'دهه دوم بهمن ۱۴۰۰', span: 'دهه دوم بهمن ۱۴۰۰', jalali: ['1400-11-11', '1400-11-20'], precision: 'range' },
  { text: 'در دهه سوم اسفند ۱۴۰۳', span: 'دهه سوم اسفند ۱۴۰۳', jalali: ['1403-12-21', '1403-12-30'], precision: 'range' },
  // Month and year only
  { text: 'در بهمن ماه ۱۳۹۷ تصویب شد', span: 'بهمن ماه ۱۳۹۷', jalali: ['1397-11-01', '1397-11-30'], precision: 'month', rule: 'date.month-year' },
  { text: 'در اسفند ۱۴۰۳ تصویب شد', span: 'اسفند ۱۴۰۳', jalali: ['1403-12-01', '1403-12-30'], precision: 'month' },
  { text: 'برنامه سال ۱۴۰۲ تدوین شد', span: 'سال ۱۴۰۲', jalali: ['1402-01-01', '1402-12-29'], precision: 'year', rule: 'date.year' },
  { text: 'در سال ۱۴۰۳ که کبیسه است', span: 'سال ۱۴۰۳', jalali: ['1403-01-01', '1403-12-30'], precision: 'year' },
  // Missing year, inferred from the publication date
  { text: 'این نشست ۲۸ دی برگزار شد.', span: '۲۸ دی', jalali: ['1397-10-28', '1397-10-28'], precision: 'day', yearInferred: true, pub: '1397-11-04' },
  { text: 'نشست بعدی در نیمه اول اسفند ماه برگزار می‌شود.', span: 'نیمه اول اسفند ماه', jalali: ['1397-12-01', '1397-12-15'], precision: 'range', yearInferred: true, pub: '1397-11-04' },
  { text: 'همایش ۲۰ اسفند برگزار شد.', span: '۲۰ اسفند', jalali: ['1397-12-20', '1397-12-20'], precision: 'day', yearInferred: true, pub: '1398-01-15' },
  { text: 'در مهرماه امسال', span: 'مهرماه امسال', jalali: ['1402-07-01', '1402-07-30'], precision: 'month', yearInferred: true, pub: '1402-09-10' },
  // Missing year, inferred from an explicit date earlier in the document (no publication date)
  { text: 'نشست در ۳ بهمن ۱۳۹۷ برگزار شد. نشست بعدی ۱۵ اسفند است.', span: '۱۵ اسفند', jalali: ['1397-12-15', '1397-12-15'], precision: 'day', yearInferred: true },
  // Relative days against the publication date (1397-11-04 is a Thursday)
  { text: 'امروز نشست برگزار شد', span: 'امروز', jalali: ['1397-11-04', '1397-11-04'], precision: 'day', yearInferred: true, pub: '1397-11-04', rule: 'date.relative-day' },
  { text: 'دیروز نشست برگزار شد', span: 'دیروز', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', pub: '1397-11-04' },
  { text: 'این نشست روز گذشته برگزار شد', span: 'روز گذشته', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', pub: '1397-11-04' },
  { text: 'پریروز بازدید کردند', span: 'پریروز', jalali: ['1397-11-02', '1397-11-02'], precision: 'day', pub: '1397-11-04' },
  { text: 'فردا امضا می‌شود', span: 'فردا', jalali: ['1397-11-05', '1397-11-05'], precision: 'day', pub: '1397-11-04' },
  { text: 'هفته آینده سفر می‌کنند', span: 'هفته آینده', jalali: ['1397-11-06', '1397-11-12'], precision: 'range', pub: '1397-11-04' },
  { text: 'هفته گذشته سفر کردند', span: 'هفته گذشته', jalali: ['1397-10-22', '1397-10-28'], precision: 'range', pub: '1397-11-04' },
  { text: 'روز دوشنبه نشست برگزار شد', span: 'دوشنبه', jalali: ['1397-11-01', '1397-11-01'], precision: 'day', weekday: 'monday', pub: '1397-11-04', rule: 'date.weekday' },
  // Gregorian
  { text: 'در ۲۳ ژانویه ۲۰۱۹ امضا شد', span: '۲۳ ژانویه ۲۰۱۹', jalali: ['1397-11-03', '1397-11-03'], gregorian: ['2019-01-23', '2019-01-23'], precision: 'day', calendar: 'gregorian' },
  { text: 'signed on January 23, 2019 in Tehran', span: 'January 23, 2019', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', calendar: 'gregorian', rule: 'date.mdy-english' },
  { text: 'signed on 23 Jan 2019.', span: '23 Jan 2019', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', calendar: 'gregorian' },
  { text: 'در ۵ اکتبر ۲۰۱۸ پخش شد', span: '۵ اکتبر ۲۰۱۸', gregorian: ['2018-10-05', '2018-10-05'], jalali: ['1397-07-13', '1397-07-13'], precision: 'day', calendar: 'gregorian' },
  { text: 'در ۲۷ می ۲۰۲۳ آپلود شد', span: '۲۷ می ۲۰۲۳', gregorian: ['2023-05-27', '2023-05-27'], jalali: ['1402-03-06', '1402-03-06'], precision: 'day', calendar: 'gregorian' },
  { text: 'از ۲۰ تا ۲۵ آگوست ۲۰۲۲', span: 'از ۲۰ تا ۲۵ آگوست ۲۰۲۲', gregorian: ['2022-08-20', '2022-08-25'], jalali: ['1401-05-29', '1401-06-03'], precision: 'range', calendar: 'gregorian' },
  { text: 'در ماه نوامبر ۲۰۱۶ آغاز شد', span: 'ماه نوامبر ۲۰۱۶', gregorian: ['2016-11-01', '2016-11-30'], jalali: ['1395-08-11', '1395-09-10'], precision: 'month', calendar: 'gregorian' },
  { text: 'در ۲۹ فوریه ۲۰۲۴ ثبت شد', span: '۲۹ فوریه ۲۰۲۴', gregorian: ['2024-02-29', '2024-02-29'], jalali: ['1402-12-10', '1402-12-10'], precision: 'day', calendar: 'gregorian' },
  // Same day in two calendars is one date
  { text: 'در ۳ بهمن ۱۳۹۷ (۲۳ ژانویه ۲۰۱۹) امضا شد', span: '۳ بهمن ۱۳۹۷ (۲۳ ژانویه ۲۰۱۹', jalali: ['1397-11-03', '1397-11-03'], precision: 'day', calendar: 'jalali' },
  // Hijri (tabular calendar)
  { text: 'در ۱۵ شعبان ۱۴۴۰ جشن گرفتند', span: '۱۵ شعبان ۱۴۴۰', gregorian: ['2019-04-21', '2019-04-21'], jalali: ['1398-02-01', '1398-02-01'], precision: 'day', calendar: 'hijri' },
  { text: 'در اول رمضان ۱۴۴۵ قمری', span: 'اول رمضان ۱۴۴۵ قمری', gregorian: ['2024-03-11', '2024-03-11'], jalali: ['1402-12-21', '1402-12-21'], precision: 'day', calendar: 'hijri' },
  { text: 'دوم ربیع الاول ۱۴۴۰ بود', span: 'دوم ربیع الاول ۱۴۴۰', gregorian: ['2018-11-11', '2018-11-11'], jalali: ['1397-08-20', '1397-08-20'], precision: 'day', calendar: 'hijri' },
  // Times of day attach to the date of the sentence
  { text: 'نشست سه‌شنبه ۵ مهر ۱۴۰۰ ساعت ۱۰ صبح برگزار شد', span: 'سه‌شنبه ۵ مهر ۱۴۰۰', jalali: ['1400-07-05', '1400-07-05'], precision: 'day', weekday: 'tuesday', time: '10:00' },
  { text: 'ساعت ۱۴:۳۰ روز ۱۲ آبان ۱۴۰۱ آغاز شد', span: '۱۲ آبان ۱۴۰۱', jalali: ['1401-08-12', '1401-08-12'], precision: 'day', time: '14:30' },
  { text: 'کارگاه ۱۲ آبان ۱۴۰۱ ساعت ۱۰ الی ۱۲ برگزار شد', span: '۱۲ آبان ۱۴۰۱', jalali: ['1401-08-12', '1401-08-12'], precision: 'day', time: '10:00' },
  { text: 'نشست ۱۲ آبان ۱۴۰۱ ساعت ۴ عصر است', span: '۱۲ آبان ۱۴۰۱', jalali: ['1401-08-12', '1401-08-12'], precision: 'day', time: '16:00' },
  // Arabic yeh/kaf and Latin digits in the raw text
  { text: 'در 3 بهمن 1397 برگزار شد', span: '3 بهمن 1397', jalali: ['1397-11-03', '1397-11-03'], precision: 'day' },
  { text: 'در ۱ ارديبهشت ۱۴۰۱ برگزار شد', span: '۱ ارديبهشت ۱۴۰۱', jalali: ['1401-02-01', '1401-02-01'], precision: 'day' },
];

export interface NegativeCase {
  text: string;
  pub?: string;
}

export const NEGATIVE: NegativeCase[] = [
  { text: 'نمایندگان ۳ دانشگاه حضور داشتند' },
  { text: 'از دیدگاه سوم شخص نوشته شده است' },
  { text: 'در ماه‌ها و سال‌های اخیر' },
  { text: 'دانشگاه فردوسی مشهد' },
  { text: 'تلفن: ۰۲۱-۷۷۴۹۱۰۳۱' },
  { text: 'شماره تماس ۰۹۱۲۱۲۳۴۵۶۷' },
  { text: 'نمره او ۱۴ از ۲۰ بود' },
  { text: 'آزمایش دی‌ان‌ای انجام شد' },
  { text: 'مدرسه ۱۵ خرداد افتتاح شد' },
  { text: 'خیابان ۱۶ آذر بسته شد' },
  { text: 'بیمارستان هفت تیر' },
  { text: 'ریزش بهمن در جاده هراز' },
  { text: 'مهر دانشگاه روی نامه خورد' },
  { text: 'آقای آذر جهانبخش گفت' },
  { text: 'نسبت ۳/۴ از کل' },
  { text: 'نسخه 2.3.1 منتشر شد' },
  { text: 'امتیاز ۱۲/۱۵/۱۸ ثبت شد' },
  { text: 'ISBN 978-600-123-456-7' },
  { text: 'قیمت ۱۲۰۰ هزار تومان' },
  { text: 'کد خبر: ۱۴۰۲۱۲۳۴' },
  { text: 'ساعت ۱۰ صبح' },
  { text: 'ما می خواهیم ۵ می بخریم' },
  { text: 'فصل ۳ دوم کتاب' },
  { text: 'در ۳۱ اسفند ۱۴۰۲ بود' },
  { text: 'تاریخ ۱۴۰۲/۱۳/۰۵ ثبت شد' },
  { text: 'امروز نشست برگزار شد' /* no publication date: relative days are skipped */ },
  { text: 'دو روز گذشته سخت بود', pub: '1397-11-04' },
  { text: 'تعداد ۴ نفر در ۱۰ تیم' },
];
