// Recognition half of the date recogniser (Duckling style): regular expressions over the
// normalised text that find date phrases and read their parts. Resolution into calendar days
// happens in resolve.ts; nothing here knows about the publication date.

import type { Weekday } from '../../records/schema.js';
import { execAll } from '../exec-all.js';
import { anchoredMatches, isGap, isTrail, type Occurrences, occurrences, wordBefore } from './anchored.js';
import {
  cardinalWords,
  DARI_MONTHS,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  JALALI_MONTHS,
  ordinalWords,
  WEEKDAY_WORDS,
} from './lexicon.js';
import {
  alternation,
  BEHIND_GAP,
  buildTable,
  DIGIT,
  GAP,
  lexKey,
  lookup,
  monthNames,
  OPT_GAP,
  parseDigits,
  WB_END,
} from './patterns.js';

export type Calendar = 'jalali' | 'gregorian' | 'hijri';

/** Relative reference resolved against the publication date. */
export type Relative =
  | { kind: 'day'; offset: number }
  | { kind: 'weekday'; weekday: Weekday; direction: -1 | 0 | 1 }
  /** Relative to the preceding explicit day of the document («فردای آن روز»). */
  | { kind: 'anchored'; offset: number }
  /** امسال, سال آینده: the publication year (or the document's) plus offset. */
  | { kind: 'year'; offset: number };

/** A recognised date phrase with its parts as written (normalised offsets). */
export interface RawDate {
  nStart: number;
  nEnd: number;
  rule: string;
  calendar: Calendar;
  /** day: one day; range: d..d2 (m2/y2 when the range crosses months); month; year; relative. */
  shape: 'day' | 'range' | 'part' | 'month' | 'year' | 'relative';
  y: number | null;
  m: number | null;
  d: number | null;
  y2?: number | null;
  m2?: number | null;
  d2?: number | null;
  /** part of month: first and last day, 'end' for the month's last day. */
  part?: [number, number | 'end'];
  /** امسال = 0, پارسال = -1, سال آینده = +1 (relative to the publication year). */
  yearOffset?: number;
  weekday: Weekday | null;
  relative?: Relative;
  /** The month word needs more evidence (مه/می, Dari months) — accepted only with a year or «تاریخ / مورخ». */
  weakMonth?: boolean;
  /** Clock time written as part of the phrase («۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰»). */
  time?: string;
}

export interface RawTime {
  nStart: number;
  nEnd: number;
  hour: number;
  minute: number;
}

const ORD = ordinalWords();
const CARD = new Map([...cardinalWords()].filter(([, n]) => n <= 31));
const DAY_WORDS = buildTable<number>([...ORD, ...CARD]);
const WEEKDAYS = buildTable<Weekday>(
  WEEKDAY_WORDS.flatMap((w) => w.names.map((n) => [n, w.weekday] as [string, Weekday])),
);
const monthTable = (months: typeof JALALI_MONTHS) =>
  buildTable<number>(months.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number])));
const JM_TABLE = monthTable(JALALI_MONTHS);
const GM_TABLE = monthTable(GREGORIAN_MONTHS);
const HM_TABLE = monthTable(HIJRI_MONTHS);
const DM_TABLE = monthTable(DARI_MONTHS);

const G = GAP;
const OG = OPT_GAP;
const BG = BEHIND_GAP;
const WD = alternation(WEEKDAY_WORDS.flatMap((w) => w.names));
const DAYNUM = `${DIGIT}{1,2}(?!${DIGIT})(?:${OG}ام)?`;
const DAY = `(?:${DAYNUM}|${alternation(ORD.keys())}|${alternation(CARD.keys())})`;
const MAH = `(?:${OG}ماه)?`;
const JM = `${alternation(monthNames(JALALI_MONTHS))}${MAH}`;
const GM_FA = alternation(monthNames(GREGORIAN_MONTHS).filter((n) => !/[A-Za-z]/.test(n)));
const GM_EN = `(?:${monthNames(GREGORIAN_MONTHS)
  .filter((n) => /[A-Za-z]/.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const GM = `(?:${GM_FA}|${GM_EN})`;
// Month names that stand alone unambiguously: full names, not مه/می/May or abbreviations.
const GM_FULL = alternation(
  GREGORIAN_MONTHS.flatMap((m) => m.names).filter(
    (n) => n.length > 3 && !['مه', 'می', 'May', 'March', 'مارس', 'Sept'].includes(n),
  ),
);
const HM = alternation(monthNames(HIJRI_MONTHS));
const DM = alternation(monthNames(DARI_MONTHS));

// No relative week («هفته گذشته سفر کردند»): it is one day of that week the text does not state,
// not the span of the event (`range`), and the contract has no precision for a week.
const RELATIVE_DAYS: [string, Relative][] = [
  ['امروز', { kind: 'day', offset: 0 }],
  ['امشب', { kind: 'day', offset: 0 }],
  ['دیروز', { kind: 'day', offset: -1 }],
  ['دیشب', { kind: 'day', offset: -1 }],
  ['پریروز', { kind: 'day', offset: -2 }],
  ['پریشب', { kind: 'day', offset: -2 }],
  [`پس${OG}فردا`, { kind: 'day', offset: 2 }],
  ['فردا', { kind: 'day', offset: 1 }],
  [`روز${G}گذشته`, { kind: 'day', offset: -1 }],
];
/** The relative days' words, as date.relative-day reads them. */
const RELATIVE_DAY = RELATIVE_DAYS.map(([p]) => `(?:${p})`).join('|');

const LANDMARKS = {
  jalali: new RegExp(alternation(monthNames(JALALI_MONTHS)), 'gu'),
  // Case-insensitive: a superset of every Gregorian rule's month, whatever its flags.
  gregorian: new RegExp(GM, 'giu'),
  hijri: new RegExp(HM, 'gu'),
  digits: new RegExp(`${DIGIT}+`, 'gu'),
  weekday: new RegExp(WD, 'gu'),
  relative: new RegExp(RELATIVE_DAY, 'gu'),
};
/**
 * A landmark, or the occurrences of a month a gap and a day stand right before («۱۵ آبان», «پنجم
 * دی», «۵تا۷ آبان», «5th May», «2022 October»): the month of a rule whose month follows its day
 * (DAY, then GAP, then the month) is always one of those.
 */
type Landmark = keyof typeof LANDMARKS | 'jalaliAfterDay' | 'gregorianAfterDay';

// «می» and «مه» are also the verb prefix and everyday words: thousands of occurrences a document
// that no Gregorian rule reads as May. Each rule with the month May has a day and a gap right before
// it (date.dmy-gregorian; date.range-gregorian, whose last day may follow its separator unspaced:
// «۵تا۷ می») or a year right after it (date.month-year-gregorian); date.mdy-english takes English
// names only, date.month-gregorian full names only. An occurrence with neither is no rule's
// landmark, and is not listed.
const WEAK_MAY = new Set(['می', 'مه']);
/** Every ending of every day word written without its gaps: what can stand right before the gap. */
const DAY_WORD_ENDS = new Set(
  [...ORD.keys(), ...CARD.keys()].flatMap((w) => {
    const k = lexKey(w);
    return [...k].map((_, i) => k.slice(i));
  }),
);
const LONGEST_DAY_WORD = Math.max(...[...DAY_WORD_ENDS].map((k) => k.length));
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)$/iu;
const RANGE_SEPARATOR_END = /(?:تا|الی|لغایت|و)$/u;

/** The word before a gap could end a day: digits, «ام», a day word, or one glued to a range separator. */
function mayEndDay(word: string): boolean {
  if (word === '') return false;
  if (isDigitUnit(word.charCodeAt(word.length - 1)) || word.endsWith('ام')) return true;
  for (let i = Math.max(0, word.length - LONGEST_DAY_WORD); i < word.length; i++) {
    if (!DAY_WORD_ENDS.has(lexKey(word.slice(i)))) continue;
    if (i === 0 || RANGE_SEPARATOR_END.test(lexKey(word.slice(0, i)))) return true;
  }
  return false;
}

/**
 * A gap ends right before `start` and the word before it could end a day («۵», «۵ام», «ام», «پنجم»,
 * «بیست و پنجم», «5th», «۵تا۷»).
 */
function afterDay(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && isGap(text.charCodeAt(p - 1))) p--;
  if (p === start) return false;
  let q = p;
  while (q > 0 && wordBefore(text, q)) q--;
  const word = text.slice(q, p);
  return mayEndDay(word) || mayEndDay(word.replace(ORDINAL_SUFFIX, ''));
}

/** A «می»/«مه» occurrence [start, end) that no rule can read as a month (see WEAK_MAY). */
function idleMay(text: string, start: number, end: number): boolean {
  if (!WEAK_MAY.has(lexKey(text.slice(start, end))) || afterDay(text, start)) return false;
  // A year after it: «می ۲۰۲۳», «می، ۲۰۲۳», «می سال ۲۰۲۳».
  let n = end;
  while (n < text.length && (isGap(text.charCodeAt(n)) || text.charCodeAt(n) === 0x2c)) n++;
  return !(isDigitUnit(text.charCodeAt(n)) || text.startsWith('سال', n));
}

/** The occurrences [start, end) that `keep` accepts, in place. */
function keepOccurrences(at: Occurrences, keep: (start: number, end: number) => boolean): Occurrences {
  let kept = 0;
  for (let i = 0; i < at.length; i += 2) {
    if (!keep(at[i]!, at[i + 1]!)) continue;
    at[kept++] = at[i]!;
    at[kept++] = at[i + 1]!;
  }
  return at.subarray(0, kept);
}

/**
 * The occurrences of a landmark a rule can use, remembered in `found` for the text's other rules.
 * Every rule's month stands at a word start (after a gap, or where the match starts), so a month
 * name inside a word («جدید», «علمی») is not listed; nor is an idle «می»/«مه». Jalali and Gregorian
 * names hold no gap, so no word start lies inside a dropped occurrence: the month it could hide is
 * not there (anchored.ts).
 */
export function landmarkOccurrences(
  landmark: Landmark,
  text: string,
  found?: Map<Landmark, Occurrences>,
): Occurrences {
  let at = found?.get(landmark);
  if (at !== undefined) return at;
  if (landmark === 'jalaliAfterDay' || landmark === 'gregorianAfterDay') {
    const months = landmarkOccurrences(landmark === 'jalaliAfterDay' ? 'jalali' : 'gregorian', text, found);
    at = keepOccurrences(months.slice(), (start) => afterDay(text, start));
  } else {
    at = occurrences(LANDMARKS[landmark], text);
    if (landmark === 'jalali') at = keepOccurrences(at, (start) => !wordBefore(text, start));
    else if (landmark === 'gregorian')
      at = keepOccurrences(at, (start, end) => !wordBefore(text, start) && !idleMay(text, start, end));
  }
  found?.set(landmark, at);
  return at;
}
const Y4 = `${DIGIT}{4}(?!${DIGIT})`;
const Y2 = `${DIGIT}{2}(?!${DIGIT})`;
const J_CUE = `(?:${OG}(?:هجری${G}شمسی|هجری${G}خورشیدی|ه\\.?${OG}ش\\.?|شمسی|خورشیدی))`;
const H_CUE = `(?:${OG}(?:هجری${G}قمری|ه\\.?${OG}ق\\.?|قمری))`;
const G_CUE = `(?:${OG}(?:میلادی|م\\.))`;
/**
 * A weekday right before a date, optionally with a comma and «مورخ» («دوشنبه، مورخ ۱۵ آبان») or
 * «مصادف با / همزمان با» («سه‌شنبه مصادف با ۱۶ آذر», «یکشنبه همزمان با بیستم بهمن»). Looked
 * for behind each date found, not as an optional prefix of the date patterns: a pattern that can
 * start with an optional alternation of weekdays is tried in full at every position of the text.
 */
const DATED = 'م[وؤ]رخ';
const WEEKDAY_BEFORE = new RegExp(
  `(?<wd>${WD})(?:${G}و${G}${WD})?[ \\t\\u200c،,]+(?:(?:${DATED}|(?:مصادف|همزمان)${G}با)${G})?$`,
  'iu',
);
const WEEKDAY_REACH = 48;
/** A clock time glued to a numeric date in datelines: «۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰». */
const NUM_TIME = `(?:${OG}[-–،,]?${OG}(?<hh>${DIGIT}{1,2})${OG}:${OG}(?<mm>${DIGIT}{2})(?!${DIGIT}))?`;
/** Numeric dates: an optional weekday, then no digit or date separator right before. */
const NUM_PREFIX = '(?<![\\p{N}/.\\-])';
const SEP_RANGE = `(?:تا|الی|لغایت|-|–|و)`;
// «۱۲، ۱۳ و ۱۴ آبان»: a list of days is short. Unbounded, a run of «1-1-1-…» would be rescanned
// from every position (quadratic).
const MAX_LISTED_DAYS = 8;
/** Non-gap characters of the longest day: a day word, or two digits and «ام». */
const MAX_DAY = Math.max(
  4,
  ...[...ORD.keys(), ...CARD.keys()].map((w) => w.replace(/[ \u200c]/g, '').length),
);
/** The longest range separator, «لغایت». */
const MAX_SEP = 5;
/** «۱۲، ۱۳ تا ۱۵ آبان»: up to MAX_LISTED_DAYS + 2 days and the separators between them. */
const RANGE_REACH = (MAX_LISTED_DAYS + 2) * MAX_DAY + (MAX_LISTED_DAYS + 1) * MAX_SEP;
/** «ماه» before a month name. */
const MAH_REACH = 3;
// «از» before a range stays outside the span (the range is the days, not the preposition).
const FROM = '';

// A two-digit year stands after «سال», or after «ماه» («۵ خرداد ماه ۹۴»), never after a bare
// month name, where a two-digit number is as often a count.
const j4year = (cue: string) =>
  `(?:${G}(?:سال${G})?(?<year>${Y4})${cue}?|${G}سال${G}(?<year2>${Y2})${cue}?|(?<=ماه)${G}(?<year3>${Y2})(?!${OG}[:/.]${OG}${DIGIT})${cue}?)?`;

interface RuleDef {
  id: string;
  /** The date may be preceded by its weekday (`g.wd`), which then joins the span. */
  weekday?: true;
  re: RegExp;
  /**
   * A landmark every match contains, and at most how many non-gap characters of the match precede
   * it: the rule is then tried only near the landmark's occurrences (anchored.ts).
   */
  anchor?: { landmark: Landmark; reach: number };
  read: (g: Record<string, string | undefined>) => Omit<RawDate, 'nStart' | 'nEnd' | 'rule'> | null;
}

// The rules' word-start boundary is checked in findRawDates, not by a leading lookbehind: a pattern
// that starts with a lookbehind is tried at every position of the text, and these are large.
const re = (body: string, flags = 'gu') => new RegExp(`${body}${WB_END}`, flags);

const DIGIT_RUN = new RegExp(`${DIGIT}+`, 'u');

function dayOf(s: string | undefined): number | null {
  if (s === undefined) return null;
  const digits = s.match(DIGIT_RUN);
  if (digits) return parseDigits(digits[0]);
  return lookup(DAY_WORDS, s) ?? null;
}

function yearOf(g: Record<string, string | undefined>, calendar: Calendar): number | null {
  if (g.year !== undefined) return parseDigits(g.year);
  if (g.year2 !== undefined) return twoDigitYear(parseDigits(g.year2), calendar);
  if (g.year3 !== undefined) return twoDigitYear(parseDigits(g.year3), calendar);
  return null;
}

/** «۹۷» → 1397, «۰۲» → 1402 (Jalali); Gregorian two-digit years → 19xx/20xx. */
export function twoDigitYear(yy: number, calendar: Calendar): number {
  if (calendar === 'gregorian') return yy < 50 ? 2000 + yy : 1900 + yy;
  if (calendar === 'hijri') return 1400 + yy;
  return yy < 50 ? 1400 + yy : 1300 + yy;
}

const wdOf = (s: string | undefined): Weekday | null =>
  s === undefined ? null : (lookup(WEEKDAYS, s) ?? null);
const monthIn = (table: Map<string, number>, s: string | undefined): number | null =>
  s === undefined ? null : (lookup(table, s.replace(/ماه$/u, '').replace(/\.$/, '')) ?? null);
const WEAK_GREGORIAN = new Set(['مه', 'می', 'may', 'mar', 'jun', 'jul']);
const isWeak = (s: string | undefined) =>
  s !== undefined && WEAK_GREGORIAN.has(s.replace(/\.$/, '').toLowerCase());

const PARTS: [string, [number, number | 'end']][] = [
  [`نیمه(?:ٔ|${OG}ی)?${G}(?:اول|نخست)`, [1, 15]],
  [`نیمه(?:ٔ|${OG}ی)?${G}دوم`, [16, 'end']],
  [`(?:اوایل|اوائل)`, [1, 10]],
  [`اواسط`, [11, 20]],
  [`(?:اواخر|اواخِر)`, [21, 'end']],
  [`دهه(?:ٔ|${OG}ی)?${G}(?:اول|نخست)`, [1, 10]],
  [`دهه(?:ٔ|${OG}ی)?${G}دوم`, [11, 20]],
  [`دهه(?:ٔ|${OG}ی)?${G}(?:سوم|آخر|پایانی)`, [21, 'end']],
];
/** Non-gap characters of the longest part of a month («نیمه‌ی نخست», «دهه‌ی پایانی»: 9), generously. */
const PART_REACH = 12;
const PART = `(?<part>${PARTS.map(([p]) => `(?:${p})`).join('|')})`;
function partOf(s: string | undefined): [number, number | 'end'] | undefined {
  if (s === undefined) return undefined;
  for (const [p, v] of PARTS) if (new RegExp(`^${p}$`, 'u').test(s)) return v;
  return undefined;
}

const REL_YEAR: [string, number][] = [
  ['امسال', 0],
  [`سال${G}جاری`, 0],
  [`سال${G}(?:گذشته|قبل)`, -1],
  ['پارسال', -1],
  [`سال${G}(?:آینده|بعد)`, 1],
];
const REL_YEAR_RE = `(?<relyear>${REL_YEAR.map(([p]) => p).join('|')})`;
function relYearOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  for (const [p, v] of REL_YEAR) if (new RegExp(`^${p}$`, 'u').test(s)) return v;
  return undefined;
}

// «دو روز گذشته», «چند روز گذشته» are spans of days, not yesterday.
const NOT_AFTER_COUNT = `(?<!(?:${DIGIT}|چند|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|این|آن)${BG})`;

/** A Gregorian day whatever the order its groups were written in («11 October», «October 11»). */
const gregorianDay: RuleDef['read'] = (g) => ({
  calendar: 'gregorian',
  shape: 'day',
  y: yearOf(g, 'gregorian'),
  m: monthIn(GM_TABLE, g.month),
  d: dayOf(g.day),
  weekday: wdOf(g.wd),
  weakMonth: isWeak(g.month),
});

const RULES: RuleDef[] = [
  {
    id: 'date.numeric-ymd',
    anchor: { landmark: 'digits', reach: 0 },
    weekday: true,
    re: new RegExp(
      `${NUM_PREFIX}(?<y>${DIGIT}{4})${OG}(?<s>[/\\-.])${OG}(?<m>${DIGIT}{1,2})${OG}\\k<s>${OG}(?<d>${DIGIT}{1,2})(?![\\p{N}]|[/.\\-]\\p{N})${NUM_TIME}`,
      'gu',
    ),
    read: (g) =>
      withTime(
        numeric(parseDigits(g.y ?? ''), parseDigits(g.m ?? ''), parseDigits(g.d ?? ''), wdOf(g.wd)),
        g,
      ),
  },
  {
    id: 'date.numeric-yy',
    anchor: { landmark: 'digits', reach: 0 },
    weekday: true,
    re: new RegExp(
      `${NUM_PREFIX}(?<y>${DIGIT}{2})(?<s>[/\\-])(?<m>${DIGIT}{1,2})\\k<s>(?<d>${DIGIT}{1,2})(?![\\p{N}]|[/.\\-]\\p{N})${NUM_TIME}`,
      'gu',
    ),
    read: (g) =>
      withTime(
        numeric(
          twoDigitYear(parseDigits(g.y ?? ''), 'jalali'),
          parseDigits(g.m ?? ''),
          parseDigits(g.d ?? ''),
          wdOf(g.wd),
        ),
        g,
      ),
  },
  {
    // «۲۷/۰۹/۹۷», «12/10/97»: day/month/two-digit year, read only when the last number cannot be a
    // day (32–99); otherwise «۰۲/۰۸/۱۵» is year/month/day (date.numeric-yy).
    id: 'date.numeric-dmyy',
    anchor: { landmark: 'digits', reach: 0 },
    weekday: true,
    re: new RegExp(
      `${NUM_PREFIX}(?<d>${DIGIT}{1,2})(?<s>[/\\-])(?<m>${DIGIT}{1,2})\\k<s>(?<y>${DIGIT}{2})(?![\\p{N}]|[/.\\-]\\p{N})${NUM_TIME}`,
      'gu',
    ),
    read: (g) => {
      const yy = parseDigits(g.y ?? '');
      if (yy < 32) return null;
      return withTime(
        numeric(twoDigitYear(yy, 'jalali'), parseDigits(g.m ?? ''), parseDigits(g.d ?? ''), wdOf(g.wd)),
        g,
      );
    },
  },
  {
    id: 'date.numeric-dmy',
    anchor: { landmark: 'digits', reach: 0 },
    weekday: true,
    re: new RegExp(
      `${NUM_PREFIX}(?<d>${DIGIT}{1,2})${OG}(?<s>[/\\-.])${OG}(?<m>${DIGIT}{1,2})${OG}\\k<s>${OG}(?<y>${DIGIT}{4})(?![\\p{N}]|[/.\\-]\\p{N})${NUM_TIME}`,
      'gu',
    ),
    read: (g) =>
      withTime(
        numeric(parseDigits(g.y ?? ''), parseDigits(g.m ?? ''), parseDigits(g.d ?? ''), wdOf(g.wd)),
        g,
      ),
  },
  {
    id: 'date.dmy-words',
    anchor: { landmark: 'jalaliAfterDay', reach: MAX_DAY },
    weekday: true,
    re: re(`(?<day>${DAY})${G}(?<month>${JM})(?:${G}${REL_YEAR_RE}|${j4year(J_CUE)})`),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'day',
      y: yearOf(g, 'jalali'),
      m: monthIn(JM_TABLE, g.month),
      d: dayOf(g.day),
      yearOffset: relYearOf(g.relyear),
      weekday: wdOf(g.wd),
    }),
  },
  // «مهر 8, 1400»: month, day, comma, year — the Jalali date some site templates print in
  // the English order. The comma and the four-digit year make it specific.
  {
    id: 'date.mdy-jalali',
    anchor: { landmark: 'jalali', reach: 0 },
    weekday: true,
    re: re(
      `(?<month>${JM})${G}(?<day>${DIGIT}{1,2})(?!${DIGIT})${OG}[,،]${OG}(?<year>${DIGIT}{4})(?!${DIGIT})`,
    ),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'day',
      y: yearOf(g, 'jalali'),
      m: monthIn(JM_TABLE, g.month),
      d: dayOf(g.day),
      weekday: wdOf(g.wd),
    }),
  },
  {
    id: 'date.range-dm',
    anchor: { landmark: 'jalaliAfterDay', reach: RANGE_REACH },
    weekday: true,
    re: re(
      `${FROM}(?<d1>${DAY})(?:${OG}${SEP_RANGE}${OG}${DAY}){0,${MAX_LISTED_DAYS}}?${OG}${SEP_RANGE}${OG}(?<d2>${DAY})${G}(?<month>${JM})${j4year(J_CUE)}`,
    ),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'range',
      y: yearOf(g, 'jalali'),
      m: monthIn(JM_TABLE, g.month),
      d: dayOf(g.d1),
      d2: dayOf(g.d2),
      weekday: wdOf(g.wd),
    }),
  },
  {
    id: 'date.range-dmdm',
    anchor: { landmark: 'jalaliAfterDay', reach: MAX_DAY },
    re: re(
      `${FROM}(?<d1>${DAY})${G}(?<m1>${JM})(?:${G}(?<y1>${Y4}))?${OG}(?:تا|الی|لغایت|-|–)${OG}(?<d2>${DAY})${G}(?<month>${JM})${j4year(J_CUE)}`,
    ),
    read: (g) => {
      const y = yearOf(g, 'jalali');
      const y1 = g.y1 !== undefined ? parseDigits(g.y1) : null;
      return {
        calendar: 'jalali',
        shape: 'range',
        y: y1 ?? y,
        m: monthIn(JM_TABLE, g.m1),
        d: dayOf(g.d1),
        y2: y,
        m2: monthIn(JM_TABLE, g.month),
        d2: dayOf(g.d2),
        weekday: null,
      };
    },
  },
  {
    id: 'date.part-month',
    anchor: { landmark: 'jalali', reach: PART_REACH + MAH_REACH },
    re: re(`${PART}${G}(?:ماه${G})?(?<month>${JM})(?:${G}${REL_YEAR_RE})?${j4year(J_CUE)}`),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'part',
      y: yearOf(g, 'jalali'),
      m: monthIn(JM_TABLE, g.month),
      d: null,
      part: partOf(g.part),
      yearOffset: relYearOf(g.relyear),
      weekday: null,
    }),
  },
  {
    id: 'date.month-year',
    anchor: { landmark: 'jalali', reach: MAH_REACH },
    re: re(`(?:ماه${G})?(?<month>${JM})${G}(?:سال${G})?(?<year>${Y4})${J_CUE}?`),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'month',
      y: yearOf(g, 'jalali'),
      m: monthIn(JM_TABLE, g.month),
      d: null,
      weekday: null,
    }),
  },
  {
    // «اسفندماه», «مهر ماه امسال»: a month with «ماه» or a relative year is a month, not a word.
    id: 'date.month',
    anchor: { landmark: 'jalali', reach: 0 },
    re: re(
      `(?<month>${alternation(monthNames(JALALI_MONTHS))})(?=${OG}ماه|${G}(?:${REL_YEAR.map(([p]) => p).join('|')}))(?:${OG}ماه)?(?:${G}${REL_YEAR_RE})?`,
    ),
    read: (g) => ({
      calendar: 'jalali',
      shape: 'month',
      y: null,
      m: monthIn(JM_TABLE, g.month),
      d: null,
      yearOffset: relYearOf(g.relyear),
      weekday: null,
    }),
  },
  {
    id: 'date.year',
    re: re(`سال${G}(?:(?<year>${Y4})|(?<year2>${Y2}))(?:${J_CUE}|(?<gcue>${G_CUE})|(?<hcue>${H_CUE}))?`),
    read: (g) => {
      const four = g.year !== undefined ? parseDigits(g.year) : null;
      const calendar: Calendar =
        g.hcue !== undefined
          ? 'hijri'
          : g.gcue !== undefined || (four !== null && four >= 1700)
            ? 'gregorian'
            : 'jalali';
      return { calendar, shape: 'year', y: yearOf(g, calendar), m: null, d: null, weekday: null };
    },
  },
  {
    id: 'date.dmy-gregorian',
    anchor: { landmark: 'gregorianAfterDay', reach: MAX_DAY + 2 },
    weekday: true,
    re: re(
      `(?<day>${DAY})(?:st|nd|rd|th)?${G}(?<month>${GM})(?:,?${G}(?:سال${G})?(?<year>${Y4}))?${G_CUE}?`,
      'giu',
    ),
    read: gregorianDay,
  },
  {
    id: 'date.mdy-english',
    anchor: { landmark: 'gregorian', reach: 0 },
    weekday: true,
    re: re(`(?<month>${GM_EN})${G}(?<day>${DIGIT}{1,2})(?:st|nd|rd|th)?(?:,?${G}(?<year>${Y4}))?`, 'giu'),
    read: gregorianDay,
  },
  {
    // «2022 October 11 - view: 1141»: English pages of Iranian sites put the year first.
    id: 'date.ymd-english',
    anchor: { landmark: 'gregorianAfterDay', reach: 6 },
    weekday: true,
    re: re(`(?<year>${Y4})${G}(?<month>${GM_EN})${G}(?<day>${DIGIT}{1,2})(?!${DIGIT}|,?${G}${Y4})`, 'giu'),
    read: gregorianDay,
  },
  {
    id: 'date.range-gregorian',
    anchor: { landmark: 'gregorianAfterDay', reach: RANGE_REACH },
    re: re(
      `${FROM}(?<d1>${DAY})(?:${OG}${SEP_RANGE}${OG}${DAY}){0,${MAX_LISTED_DAYS}}?${OG}${SEP_RANGE}${OG}(?<d2>${DAY})${G}(?<month>${GM})(?:,?${G}(?<year>${Y4}))?${G_CUE}?`,
      'giu',
    ),
    read: (g) => ({
      calendar: 'gregorian',
      shape: 'range',
      y: yearOf(g, 'gregorian'),
      m: monthIn(GM_TABLE, g.month),
      d: dayOf(g.d1),
      d2: dayOf(g.d2),
      weekday: null,
      weakMonth: isWeak(g.month),
    }),
  },
  {
    id: 'date.month-year-gregorian',
    anchor: { landmark: 'gregorian', reach: MAH_REACH },
    re: re(`(?:ماه${G})?(?<month>${GM})${OG},?${G}(?:سال${G})?(?<year>${Y4})${G_CUE}?`, 'giu'),
    read: (g) => ({
      calendar: 'gregorian',
      shape: 'month',
      y: yearOf(g, 'gregorian'),
      m: monthIn(GM_TABLE, g.month),
      d: null,
      weekday: null,
    }),
  },
  {
    id: 'date.dmy-hijri',
    anchor: { landmark: 'hijri', reach: MAX_DAY + MAH_REACH },
    weekday: true,
    re: re(`(?<day>${DAY})${G}(?:ماه${G})?(?<month>${HM})(?:${G}(?:سال${G})?(?<year>${Y4}))?${H_CUE}?`),
    read: (g) => ({
      calendar: 'hijri',
      shape: 'day',
      y: yearOf(g, 'hijri'),
      m: monthIn(HM_TABLE, g.month),
      d: dayOf(g.day),
      weekday: wdOf(g.wd),
    }),
  },
  {
    // «دوشنبه مؤرخ ۲۳ جدی سال جاری», «۱۵ حوت ۱۴۰۱»: a day of a Dari month. The month words are
    // common words too, so the day needs its year, «سال جاری», a weekday or «مورخ / تاریخ» (plausible).
    // Days in digits, as Dari releases write them: tried only where a digit run starts (no pass of
    // its own over the text).
    id: 'date.dm-dari',
    anchor: { landmark: 'digits', reach: 0 },
    weekday: true,
    re: re(`(?<day>${DAYNUM})${G}(?:ماه${G})?(?<month>${DM})(?:${G}${REL_YEAR_RE}|${j4year(J_CUE)})`),
    read: (g) => {
      const y = yearOf(g, 'jalali');
      const yearOffset = relYearOf(g.relyear);
      return {
        calendar: 'jalali',
        shape: 'day',
        y,
        m: monthIn(DM_TABLE, g.month),
        d: dayOf(g.day),
        yearOffset,
        weekday: wdOf(g.wd),
        weakMonth: y === null && yearOffset === undefined && g.wd === undefined,
      };
    },
  },
  {
    id: 'date.month-year-hijri',
    anchor: { landmark: 'hijri', reach: MAH_REACH },
    re: re(`(?:ماه${G})?(?<month>${HM})${G}(?:سال${G})?(?<year>${Y4})${H_CUE}?`),
    read: (g) => ({
      calendar: 'hijri',
      shape: 'month',
      y: yearOf(g, 'hijri'),
      m: monthIn(HM_TABLE, g.month),
      d: null,
      weekday: null,
    }),
  },
  {
    // «امسال», «سال آینده»: a year relative to the publication (or the document's) year.
    id: 'date.relative-year',
    re: re(`${REL_YEAR_RE}`),
    read: (g) => {
      const offset = relYearOf(g.relyear);
      if (offset === undefined) return null;
      return {
        calendar: 'jalali',
        shape: 'year',
        y: null,
        m: null,
        d: null,
        weekday: null,
        relative: { kind: 'year', offset },
      };
    },
  },
  {
    // «فردای آن روز», «روز بعد», «یک روز بعد از آن»: the day after the date the story has just
    // given. Not «دو روز بعد» (a count: NOT_AFTER_COUNT).
    id: 'date.anchored-day',
    re: re(
      `فردای${G}(?:آن|همان|همین)${G}روز|${NOT_AFTER_COUNT}روز${G}بعد(?:${G}از${G}(?:آن|این))?(?!${OG}از)`,
    ),
    read: () => ({
      calendar: 'jalali',
      shape: 'relative',
      y: null,
      m: null,
      d: null,
      weekday: null,
      relative: { kind: 'anchored', offset: 1 },
    }),
  },
  {
    // A Gregorian month named alone («by the end of December», «دسامبر»): month precision.
    id: 'date.month-gregorian',
    anchor: { landmark: 'gregorian', reach: MAH_REACH },
    re: re(`(?:ماه${G})?(?<month>${GM_FULL})`, 'gu'),
    read: (g) => ({
      calendar: 'gregorian',
      shape: 'month',
      y: null,
      m: monthIn(GM_TABLE, g.month),
      d: null,
      weekday: null,
    }),
  },
  {
    id: 'date.relative-day',
    anchor: { landmark: 'relative', reach: 0 },
    re: re(`${NOT_AFTER_COUNT}(?<rel>${RELATIVE_DAY})`),
    read: (g) => {
      const rel = RELATIVE_DAYS.find(([p]) => new RegExp(`^(?:${p})$`, 'u').test(g.rel ?? ''))?.[1];
      return rel
        ? { calendar: 'jalali', shape: 'relative', y: null, m: null, d: null, weekday: null, relative: rel }
        : null;
    },
  },
  {
    // «روز دوشنبه», «دوشنبه گذشته», «سه‌شنبه هفته آینده»: a weekday near the publication date.
    id: 'date.weekday',
    anchor: { landmark: 'weekday', reach: 0 },
    // Not the compounds «نماز جمعه» (Friday prayer) or «دوشنبه‌بازار» (a market).
    re: re(
      `(?<!نماز${BG})(?<wd>${WD})(?:${G}(?<dir>گذشته|آینده|آتی|هفته${G}(?:گذشته|آینده|بعد)))?(?!${OG}بازار)`,
    ),
    read: (g) => {
      const weekday = wdOf(g.wd);
      if (weekday === null) return null;
      const direction = g.dir === undefined ? 0 : /گذشته/u.test(g.dir) ? -1 : 1;
      return {
        calendar: 'jalali',
        shape: 'relative',
        y: null,
        m: null,
        d: null,
        weekday,
        relative: { kind: 'weekday', weekday, direction },
      };
    },
  },
];

type Parts = Omit<RawDate, 'nStart' | 'nEnd' | 'rule'>;

function withTime(parts: Parts | null, g: Record<string, string | undefined>): Parts | null {
  if (parts === null || g.hh === undefined || g.mm === undefined) return parts;
  const h = parseDigits(g.hh);
  const m = parseDigits(g.mm);
  if (h > 23 || m > 59) return parts;
  return { ...parts, time: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` };
}

function numeric(
  y: number,
  m: number,
  d: number,
  weekday: Weekday | null,
): Omit<RawDate, 'nStart' | 'nEnd' | 'rule'> | null {
  // Years 1300–1435 are Jalali; 1900–2100 Gregorian. Other four-digit groups are not dates.
  const calendar: Calendar | null =
    y >= 1300 && y <= 1435 ? 'jalali' : y >= 1900 && y <= 2100 ? 'gregorian' : null;
  if (calendar === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { calendar, shape: 'day', y, m, d, weekday };
}

// Streets, squares, schools and halls named after dates («خیابان ۱۶ آذر», «بیمارستان هفت تیر»).
const PLACE_NOUNS = new Set(
  [
    'خیابان',
    'میدان',
    'بلوار',
    'کوچه',
    'بزرگراه',
    'اتوبان',
    'پل',
    'بیمارستان',
    'مدرسه',
    'دبیرستان',
    'دبستان',
    'هنرستان',
    'ورزشگاه',
    'ورزشی',
    'داروخانه',
    'پارک',
    'سالن',
    'تالار',
    'مسجد',
    'مجتمع',
    'شهرک',
    'پایگاه',
    'ایستگاه',
    'متروی',
    'مترو',
    'حسینیه',
    'کوی',
  ].map((w) => w),
);

/** The word just before normalised offset `at` (same line), or ''. */
function previousWord(text: string, at: number): string {
  // Scanned backwards by hand: a pattern anchored at the end would be retried from every letter.
  const gap = /[ \t\u00a0\u200c]/u;
  const letter = /\p{L}/u;
  let end = at;
  while (end > 0 && at - end < 40 && gap.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 40) {
    const c = text[start - 1] ?? '';
    if (letter.test(c) || (c === '\u200c' && letter.test(text[start - 2] ?? '') && start < end)) start--;
    else break;
  }
  if (text[start] === '\u200c') start++;
  return text.slice(start, end);
}

/** The weekday (and its start) written right before normalised offset `at`, if any. */
function weekdayBefore(text: string, at: number): { start: number; word: string } | null {
  const from = Math.max(0, at - WEEKDAY_REACH);
  const m = WEEKDAY_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  if (wordBefore(text, start)) return null;
  return { start, word: m.groups?.wd ?? '' };
}

/** ASCII, Persian and Arabic-Indic digits: the code units of DIGIT. */
const isDigitUnit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669);

/**
 * False when the normalised `text` cannot hold a date of day precision with its year stated. Every
 * rule reads a year only from a group of two or four digits (Y2, Y4, the numeric rules' `y`), and a
 * date resolves with its year not inferred only from a phrase with such a year (its own, or its
 * parallel twin's): no two digits in a row, no such date. One pass over char codes.
 */
export function mayStateYear(text: string): boolean {
  let prev = false;
  for (let i = 0; i < text.length; i++) {
    const d = isDigitUnit(text.charCodeAt(i));
    if (d && prev) return true;
    prev = d;
  }
  return false;
}

/** The rules and their landmarks, for the test that checks anchored scanning against a full scan. */
export const DATE_RULES: readonly Readonly<RuleDef>[] = RULES;
export { LANDMARKS };

// Rules compiled once: a sticky copy of each anchored rule, tried at single positions.
const STICKY = new Map(RULES.map((r) => [r, new RegExp(r.re.source, `${r.re.flags.replace('g', '')}y`)]));

// The text last scanned and its dates: the date recogniser, the contact recogniser (numbers that
// are dates are not phones) and the timex view all ask for the same document's dates.
let memo: { text: string; dates: readonly RawDate[] } | null = null;

/**
 * Every date phrase in the normalised text, overlapping candidates included. The result is shared
 * between callers asking about the same text: read it, never change it.
 */
export function findRawDates(text: string): readonly RawDate[] {
  if (memo !== null && memo.text === text) return memo.dates;
  const dates = scanRawDates(text);
  memo = { text, dates };
  return dates;
}

/** findRawDates without the memo: for short texts (a line, a hint) that must not evict the document's. */
export function scanRawDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  const found = new Map<Landmark, Occurrences>();
  for (const rule of RULES) {
    const visit = (match: RegExpExecArray): void => {
      const raw = readMatch(rule, match, text);
      if (raw !== null) out.push(raw);
    };
    if (rule.anchor === undefined) {
      scanAll(rule.re, text, visit);
      continue;
    }
    const at = landmarkOccurrences(rule.anchor.landmark, text, found);
    if (at.length > 0) anchoredMatches(text, STICKY.get(rule)!, at, rule.anchor.reach, visit);
  }
  return out;
}

/** A weekday word where a phrase that takes its weekday starts (WEEKDAY_BEFORE's `wd`). */
const WEEKDAY_AT = new RegExp(WD, 'iuy');

/**
 * The phrases of scanRawDates(text) that start before `limit` at an offset `startsHere` accepts
 * (some others too): each rule is tried, sticky, at the accepted word starts only, and a rule that
 * takes the weekday before its match also at the word starts up to WEEKDAY_REACH after an accepted
 * one where a weekday is written. A sticky match is the one the full scan finds at that offset
 * (anchored.ts), so no such phrase of the full scan is missed; and no pass is made over the rest
 * of the text.
 */
export function scanRawDatesAt(text: string, limit: number, startsHere: (at: number) => boolean): RawDate[] {
  const out: RawDate[] = [];
  const end = Math.min(text.length, limit + WEEKDAY_REACH);
  let weekday = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < end; p++) {
    if (wordBefore(text, p) || isTrail(text, p)) continue;
    const here = p < limit && startsHere(p);
    if (here) {
      WEEKDAY_AT.lastIndex = p;
      if (WEEKDAY_AT.test(text)) weekday = p;
    }
    const afterWeekday = p - weekday <= WEEKDAY_REACH;
    if (!here && !afterWeekday) continue;
    for (const rule of RULES) {
      if (!(here || (rule.weekday && afterWeekday))) continue;
      const sticky = STICKY.get(rule)!;
      sticky.lastIndex = p;
      const match = sticky.exec(text);
      if (match === null) continue;
      const raw = readMatch(rule, match, text);
      if (raw !== null) out.push(raw);
    }
  }
  return out;
}

/** Every match of a global rule at a word start, left to right. */
function scanAll(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    if (wordBefore(text, match.index)) {
      // Inside a word: try again from the next position, as a leading lookbehind would.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    visit(match);
  }
  pattern.lastIndex = 0;
}

function readMatch(rule: RuleDef, match: RegExpExecArray, text: string): RawDate | null {
  let groups = match.groups ?? {};
  let nStart = match.index;
  const wd = rule.weekday ? weekdayBefore(text, nStart) : null;
  if (wd) {
    groups = { ...groups, wd: wd.word };
    nStart = wd.start;
  }
  const parts = rule.read(groups);
  if (parts === null) return null;
  const nEnd = match.index + match[0].length;
  const raw = rawDate(parts, nStart, nEnd, rule.id);
  return plausible(raw, text) ? raw : null;
}

const OPTIONAL_PARTS = ['y2', 'm2', 'd2', 'part', 'yearOffset', 'relative', 'weakMonth', 'time'] as const;

/**
 * The phrase as one object shape whatever its rule: spreading the rules' differently shaped parts
 * into it was the date scan's hottest line. The optional parts a rule gives are copied as given.
 */
function rawDate(parts: Parts, nStart: number, nEnd: number, rule: string): RawDate {
  const raw: RawDate = {
    nStart,
    nEnd,
    rule,
    calendar: parts.calendar,
    shape: parts.shape,
    y: parts.y,
    m: parts.m,
    d: parts.d,
    weekday: parts.weekday,
  };
  for (const k of OPTIONAL_PARTS)
    if (parts[k] !== undefined) (raw as unknown as Record<string, unknown>)[k] = parts[k];
  return raw;
}

function plausible(raw: RawDate, text: string): boolean {
  if (raw.shape === 'relative') return true;
  if (raw.shape === 'year') return raw.y !== null || raw.relative !== undefined;
  if (raw.m === null || (raw.shape !== 'month' && raw.shape !== 'part' && raw.d === null)) return false;
  if (
    raw.weakMonth &&
    raw.y === null &&
    !/(?:تاریخ|م[وؤ]رخ)[ \t\u200c]*$/u.test(text.slice(Math.max(0, raw.nStart - 12), raw.nStart))
  )
    return false;
  if (raw.calendar === 'jalali' && raw.y === null && PLACE_NOUNS.has(previousWord(text, raw.nStart)))
    return false;
  return true;
}

const TIME_OF_DAY = `(?:صبح|بامداد|ظهر|بعد${OG}از${OG}ظهر|بعدازظهر|عصر|شب)`;
const HOUR_WORDS = buildTable<number>([...cardinalWords()].filter(([, n]) => n <= 24));
const HOUR = `(?:${DIGIT}{1,2}|${alternation([...cardinalWords()].filter(([, n]) => n <= 24).map(([w]) => w))})`;
const CLOCK = `(?<h>${HOUR})(?:${OG}[:٫]${OG}(?<mi>${DIGIT}{2})|${G}و${G}(?<half>نیم)|${G}و${G}(?<miw>${DIGIT}{1,2})${G}دقیقه)?(?:${G}(?<ap>${TIME_OF_DAY}))?`;
const TIME_RES = [
  re(
    `ساعت${G}${CLOCK}(?:${OG}(?:تا|الی|لغایت|-)${OG}(?:ساعت${G})?${HOUR}(?:${OG}:${OG}${DIGIT}{2})?(?:${G}${TIME_OF_DAY})?)?`,
  ),
  new RegExp(
    `(?<![\\p{N}:/.])(?<h>${DIGIT}{1,2})${OG}:${OG}(?<mi>${DIGIT}{2})(?![\\p{N}]|[:/]\\p{N})(?:${G}(?<ap>${TIME_OF_DAY}))?`,
    'gu',
  ),
];

export function findTimes(text: string): RawTime[] {
  const out: RawTime[] = [];
  for (const r of TIME_RES) {
    r.lastIndex = 0;
    for (const m of execAll(r, text)) {
      const g = m.groups ?? {};
      const hs = g.h ?? '';
      let hour = new RegExp(`^${DIGIT}+$`, 'u').test(hs) ? parseDigits(hs) : (lookup(HOUR_WORDS, hs) ?? -1);
      let minute =
        g.mi !== undefined ? parseDigits(g.mi) : g.miw !== undefined ? parseDigits(g.miw) : g.half ? 30 : 0;
      const ap = g.ap?.replace(/[\s\u200c]/g, '');
      if (ap && hour < 12) {
        if (ap === 'عصر' || ap === 'بعدازظهر') hour += 12;
        else if (ap === 'ظهر' && hour < 6) hour += 12;
        else if (ap === 'شب' && hour >= 6) hour += 12;
      }
      if (hour < 0 || hour > 24 || minute > 59) continue;
      if (hour === 24) hour = 0;
      minute = Math.max(0, minute);
      out.push({ nStart: m.index, nEnd: m.index + m[0].length, hour, minute });
    }
  }
  return out.sort((a, b) => a.nStart - b.nStart);
}
