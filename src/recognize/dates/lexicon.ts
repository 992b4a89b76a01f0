// Words the date recognisers read: month names of the three calendars, weekdays, and Persian
// number words (cardinal and ordinal) up to what days and two-digit years need.
import type { Weekday } from '../../records/schema.js';

export interface NamedMonth {
  names: string[];
  month: number;
}

export const JALALI_MONTHS: NamedMonth[] = [
  { month: 1, names: ['فروردین'] },
  { month: 2, names: ['اردیبهشت'] },
  { month: 3, names: ['خرداد'] },
  { month: 4, names: ['تیر'] },
  { month: 5, names: ['مرداد', 'امرداد'] },
  { month: 6, names: ['شهریور'] },
  { month: 7, names: ['مهر'] },
  { month: 8, names: ['آبان'] },
  { month: 9, names: ['آذر'] },
  { month: 10, names: ['دی'] },
  { month: 11, names: ['بهمن'] },
  { month: 12, names: ['اسفند'] },
];

/**
 * The same solar months under the names Afghanistan's Dari releases use («۲۳ جدی ۱۳۹۸» = 23 Dey
 * 1398): the zodiac signs. Most are also common words («میزان» amount, «جدی» serious, «سرطان»
 * cancer, «حمل» transport), so the grammar reads them only as a day's month with more evidence.
 */
export const DARI_MONTHS: NamedMonth[] = [
  { month: 1, names: ['حمل'] },
  { month: 2, names: ['ثور'] },
  { month: 3, names: ['جوزا', 'جوزاء'] },
  { month: 4, names: ['سرطان'] },
  { month: 5, names: ['اسد'] },
  { month: 6, names: ['سنبله'] },
  { month: 7, names: ['میزان'] },
  { month: 8, names: ['عقرب'] },
  { month: 9, names: ['قوس'] },
  { month: 10, names: ['جدی'] },
  { month: 11, names: ['دلو'] },
  { month: 12, names: ['حوت'] },
];

export const GREGORIAN_MONTHS: NamedMonth[] = [
  { month: 1, names: ['ژانویه', 'ژانویهٔ', 'ژانویه', 'January', 'Jan'] },
  { month: 2, names: ['فوریه', 'فوریهٔ', 'February', 'Feb'] },
  { month: 3, names: ['مارس', 'مارچ', 'March', 'Mar'] },
  { month: 4, names: ['آوریل', 'آپریل', 'اپریل', 'April', 'Apr'] },
  { month: 5, names: ['مه', 'می', 'May'] },
  { month: 6, names: ['ژوئن', 'جون', 'June', 'Jun'] },
  { month: 7, names: ['ژوئیه', 'ژوییه', 'جولای', 'July', 'Jul'] },
  { month: 8, names: ['اوت', 'آگوست', 'اگوست', 'آگست', 'اگست', 'August', 'Aug'] },
  { month: 9, names: ['سپتامبر', 'September', 'Sept', 'Sep'] },
  { month: 10, names: ['اکتبر', 'October', 'Oct'] },
  { month: 11, names: ['نوامبر', 'November', 'Nov'] },
  { month: 12, names: ['دسامبر', 'December', 'Dec'] },
];

export const HIJRI_MONTHS: NamedMonth[] = [
  { month: 1, names: ['محرم', 'محرم‌الحرام', 'محرم الحرام'] },
  { month: 2, names: ['صفر'] },
  { month: 3, names: ['ربیع‌الاول', 'ربیع الاول', 'ربیع‌الأول', 'ربیع اول'] },
  { month: 4, names: ['ربیع‌الثانی', 'ربیع الثانی', 'ربیع‌الآخر', 'ربیع الآخر', 'ربیع دوم'] },
  { month: 5, names: ['جمادی‌الاول', 'جمادی الاول', 'جمادی‌الاولی', 'جمادی الاولی', 'جمادی اول'] },
  {
    month: 6,
    names: ['جمادی‌الثانی', 'جمادی الثانی', 'جمادی‌الآخر', 'جمادی الآخر', 'جمادی الثانیه', 'جمادی دوم'],
  },
  { month: 7, names: ['رجب', 'رجب‌المرجب'] },
  { month: 8, names: ['شعبان', 'شعبان‌المعظم'] },
  { month: 9, names: ['رمضان', 'رمضان‌المبارک'] },
  { month: 10, names: ['شوال', 'شوال‌المکرم'] },
  { month: 11, names: ['ذی‌القعده', 'ذی القعده', 'ذیقعده', 'ذوالقعده'] },
  { month: 12, names: ['ذی‌الحجه', 'ذی الحجه', 'ذیحجه', 'ذوالحجه'] },
];

export const WEEKDAY_WORDS: { names: string[]; weekday: Weekday }[] = [
  { weekday: 'saturday', names: ['Saturday', 'شنبه'] },
  { weekday: 'sunday', names: ['Sunday', 'یکشنبه', 'یک‌شنبه', 'یک شنبه'] },
  { weekday: 'monday', names: ['Monday', 'دوشنبه', 'دو‌شنبه', 'دو شنبه'] },
  { weekday: 'tuesday', names: ['Tuesday', 'سه‌شنبه', 'سه شنبه', 'سشنبه', 'سه‌ شنبه'] },
  { weekday: 'wednesday', names: ['Wednesday', 'چهارشنبه', 'چهار‌شنبه', 'چهار شنبه'] },
  { weekday: 'thursday', names: ['Thursday', 'پنجشنبه', 'پنج‌شنبه', 'پنج شنبه'] },
  { weekday: 'friday', names: ['Friday', 'جمعه'] },
];

const UNITS = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const UNIT_ORDINALS = ['', 'یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم'];

/** Cardinal word forms of 1..99, with common spoken/alternate spellings. */
export function cardinalWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (let n = 1; n <= 99; n++) {
    for (const w of cardinalForms(n)) out.set(w, n);
  }
  // Spoken and alternate spellings.
  for (const [w, n] of [
    ['پونزده', 15],
    ['شونزده', 16],
    ['هیجده', 18],
    ['هیفده', 17],
    ['شیش', 6],
  ] as const) {
    out.set(w, n);
  }
  return out;
}

function cardinalForms(n: number): string[] {
  if (n < 10) return [UNITS[n] as string];
  if (n < 20) return [TEENS[n - 10] as string];
  const t = TENS[Math.floor(n / 10)] as string;
  const u = n % 10;
  if (u === 0) return [t];
  return [`${t} و ${UNITS[u]}`];
}

/** Ordinal word forms of 1..31 («سوم»، «بیست و سوم»، «سی‌ام»، «یکم»/«اول»، «سی و یکم»). */
export function ordinalWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (let n = 1; n <= 31; n++) {
    for (const w of ordinalForms(n)) out.set(w, n);
  }
  out.set('اول', 1);
  out.set('نخست', 1);
  out.set('هیجدهم', 18);
  out.set('پونزدهم', 15);
  return out;
}

function ordinalForms(n: number): string[] {
  if (n < 10) return [UNIT_ORDINALS[n] as string];
  if (n < 20) return [`${TEENS[n - 10]}م`];
  const t = TENS[Math.floor(n / 10)] as string;
  const u = n % 10;
  if (u === 0) return t === 'سی' ? ['سی‌ام', 'سی ام', 'سیام'] : [`${t}م`];
  return [`${t} و ${UNIT_ORDINALS[u]}`];
}
