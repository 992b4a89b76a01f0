// Temporal-expression spans in the broad sense of TimeML/Hengam: besides the calendar dates the
// record builder resolves (index.ts), durations («سه ساعت», «۲ سال پیش»), sets («هر روز»),
// relative days and weeks, seasons, bare years and clock times. Used to measure the recogniser
// against third-party gold (HengamGold) and for --explain; these spans carry no resolved value.

import type { TextDoc } from '../../text/types.js';
import { execAll } from '../exec-all.js';
import { findRawDates } from './grammar.js';
import {
  cardinalWords,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  JALALI_MONTHS,
  ordinalWords,
  WEEKDAY_WORDS,
} from './lexicon.js';
import { alternation, BEHIND_GAP, DIGIT, GAP, monthNames, OPT_GAP, WB_END, WB_START } from './patterns.js';
import { toOriginal } from './span.js';

export interface TemporalSpan {
  start: number;
  end: number;
  /** 'date' for days and longer, 'time' for clock times and hour/minute/second durations. */
  kind: 'date' | 'time';
  rule: string;
}

const G = GAP;
const OG = OPT_GAP;
const BG = BEHIND_GAP;
const BIG = ['صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد', 'هزار', 'میلیون'];
const NUMWORD = alternation([...cardinalWords().keys(), ...BIG, 'یکی', 'نیم']);
const NUM1 = `(?:${DIGIT}+(?:[.٫/]${DIGIT}+)?|${NUMWORD})`;
/** A quantity: digits or number words, also «دو سه», «۵ ۶», «چند», «صدها», «سی و دو». */
// In a sequence of numbers each part is one word: a compound («سی و دو») is read through the «و»
// separator, so no text can be split into numbers in more than one way (no catastrophic backtracking).
const SIMPLE_NUMWORD = alternation([
  ...[...cardinalWords().keys()].filter((w) => !/[\s\u200c]/.test(w)),
  ...BIG,
  'یکی',
  'نیم',
]);
const NUM_PART = `(?:${DIGIT}+(?:[.٫/]${DIGIT}+)?|${SIMPLE_NUMWORD})`;
// «یک میلیون و دویست و سی و چهار هزار و …»: a written number has a dozen parts at most. Bounded
// so that a long run of digit groups is not rescanned from each of its positions.
const MAX_NUM_PARTS = 12;
const QTY = `(?:${NUM_PART}(?:(?:${G}(?:و|تا)${G}|${G}|${OG}[-_]${OG})${NUM_PART}){0,${MAX_NUM_PARTS}}|چندین(?:${G}و${G}چند)?|چند|صدها|هزاران|ده${OG}ها)`;
const ORDW = alternation([...ordinalWords().keys()].filter((w) => !/^(?:اول|نخست)$/.test(w)));
const WD = alternation(WEEKDAY_WORDS.flatMap((w) => w.names));
const JM = alternation(monthNames(JALALI_MONTHS));
const GM = alternation(
  monthNames(GREGORIAN_MONTHS).filter((n) => !/[A-Za-z]/.test(n) && n !== 'مه' && n !== 'می'),
);
const HM = alternation(monthNames(HIJRI_MONTHS));
const Y4 = `(?:[1۱][3۳4۴]|[1۱][9۹]|[2۲][0۰])${DIGIT}{2}(?!${DIGIT})`;
const CUE = `(?:${G}(?:هجری${G}(?:شمسی|قمری|خورشیدی)|میلادی|شمسی|قمری|ه${OG}\\.${OG}(?:ش|ق)${OG}\\.?))`;

// No «ی» forms: «ماهی», «روزی», «سالی» are as often fish, someday and a noun as durations.
const DAY_UNIT = `(?:روز|شب|هفته|ماه|سال|قرن|دهه)(?:ه|گی|${OG}های|${OG}ها)?|هفتگی`;
const TIME_UNIT = `(?:ساعت|دقیقه|ثانیه|میلی${OG}ثانیه)(?:ه|ی|${OG}ای|${OG}ها)?`;
const AFTER = `(?:پیش|قبل|بعد|دیگر|دیگه|دیگری|گذشته|آینده|اخیر|آتی|تمام|متوالی)`;
const BEFORE = `(?:هر|بعد(?:${G}از)?|پس${G}از|طی|از|تا|حدود|راس|رأس|ظرف|این|همین|همان|همون)`;
const PART_OF_DAY = `(?:صبح|ظهر|عصر|شب|بامداد|سحر|نصف${G}شب|بعد${G}از${G}ظهر|بعدازظهر)`;
const AMPM = `(?:${G}(?:${PART_OF_DAY}|AM|PM|am|pm|ب${OG}\\.${OG}ظ${OG}\\.?|ق${OG}\\.${OG}ظ${OG}\\.?))`;
const CLOCK = `(?:${NUM1}${G}دقیقه${G}(?:(?:مانده|مونده)${G})?به${G}${NUM1}|${NUM1}(?:${OG}:${OG}${DIGIT}{2})?(?:${G}و${G}(?:نیم|ربع|${NUM1}(?:${G}دقیقه)?(?:${G}و${G}${NUM1}${G}ثانیه)?))?(?:${G}دقیقه)?)`;
const REL_YEAR = `(?:امسال|پارسال|سال${G}(?:جاری|گذشته|آینده|قبل|بعد))`;

interface Rule {
  id: string;
  kind: 'date' | 'time';
  re: RegExp;
}

const rx = (body: string) => new RegExp(`${WB_START}(?:${body})${WB_END}`, 'gu');

const RULES: Rule[] = [
  // Clock times
  {
    id: 'time.clock',
    kind: 'time',
    re: rx(
      `(?:(?:از|تا|راس|رأس|حدود)${G})?(?:(?<!هر${BG})${PART_OF_DAY}${G})?(?:حدود${G})?ساعت${G}${CLOCK}${AMPM}?(?:${G}به${G}وقت${G}\\p{L}+)?(?:${G}(?:تا|الی|لغایت)${G}(?:ساعت${G})?${CLOCK}${AMPM}?)?`,
    ),
  },
  {
    id: 'time.hhmm',
    kind: 'time',
    re: new RegExp(
      `(?<![\\p{N}:/])${DIGIT}{1,2}${OG}:${OG}${DIGIT}{2}(?![\\p{N}])(?:${G}(?:AM|PM|am|pm)|${AMPM})?`,
      'gu',
    ),
  },
  {
    id: 'time.hour-part',
    kind: 'time',
    re: rx(
      `${NUM1}(?:${G}(?:تا|الی|لغایت)${G}${NUM1})?${G}${PART_OF_DAY}(?:${G}(?:تا|الی|لغایت)${G}${NUM1}${G}${PART_OF_DAY})?`,
    ),
  },
  {
    // A part of the day next to a weekday: «دوشنبه صبح», «عصرهای پنج‌شنبه».
    id: 'time.part-of-day',
    kind: 'time',
    re: new RegExp(
      `(?<=${WD}${BG})(?:${PART_OF_DAY})${WB_END}|${WB_START}(?:${PART_OF_DAY})(?:${OG}های)?(?=${G}${WD})`,
      'gu',
    ),
  },
  // Durations and sets
  {
    id: 'time.duration',
    kind: 'time',
    re: rx(
      `(?:${BEFORE}${G})?(?:${QTY}|این)${G}${TIME_UNIT}(?:${G}و${G}(?:نیم|${QTY}${G}${TIME_UNIT})){0,3}(?:${G}${AFTER})?`,
    ),
  },
  { id: 'time.quarter', kind: 'time', re: rx(`${QTY}${G}ربع`) },
  {
    id: 'time.until-part',
    kind: 'time',
    re: rx(`(?:تا|از)${G}${PART_OF_DAY}`),
  },
  { id: 'time.every', kind: 'time', re: rx(`هر${G}(?:${QTY}${G})?${TIME_UNIT}(?:${G}یک${OG}بار)?`) },
  {
    id: 'date.duration',
    kind: 'date',
    re: rx(
      `(?:${BEFORE}${G})?${QTY}${G}(?:${DAY_UNIT})(?:${G}و${G}(?:نیمه?|${QTY}${G}(?:${DAY_UNIT}))){0,3}(?:${G}${AFTER})?(?:${G}یک${OG}بار)?`,
    ),
  },
  { id: 'date.every', kind: 'date', re: rx(`هر${G}(?:روز|شب|هفته|ماه|سال|ساله)(?:${G}یک${OG}بار)?`) },
  // Relative days, weeks, months and years
  {
    id: 'date.relative',
    kind: 'date',
    re: rx(
      `(?:(?:تا|از)${G})?(?:امروز|امشب|دیشب|دیروز|پریروز|پریشب|پس${OG}فردا|فردا(?:${G}شب)?|امسال|پارسال)(?:${G}و${G}فردا${G}شب)?`,
    ),
  },
  {
    id: 'date.this-unit',
    kind: 'date',
    re: rx(
      `(?:(?:در|از|تا)${G})?(?:(?:این|همین)${G}(?:${QTY}${G})?(?:روز|هفته|ماه|سال|قرن)(?:${OG}ها)?|(?:روز|هفته|ماه|سال|قرن|دهه)(?:${OG}های|${OG}ها)?${G}(?:جاری|گذشته|پیش|اخیر|آینده|قبل|بعد)(?:${G}تا${G}(?:کنون|حالا|الان))?|(?:آخر|اول|پایان|بقیه|ابتدای|اوایل|اواسط|اواخر)${G}(?:هفته|ماه|سال)(?:${OG}ها)?(?:${G}(?:جاری|گذشته|آینده|میلادی|شمسی))?)`,
    ),
  },
  // Weekdays
  {
    id: 'date.weekday',
    kind: 'date',
    re: rx(
      `(?<!نماز${BG})(?:(?:از|تا|پایان${G}روز)${G})?${WD}(?:${OG}ها)?(?:${G}تا${G}${WD})?(?:${G}(?:این|هفته)${G}(?:هفته|آینده|گذشته|بعد))?(?!${G}بازار)`,
    ),
  },
  // Months without a day, seasons, years, centuries
  {
    id: 'date.month-gregorian',
    kind: 'date',
    re: rx(
      `(?:(?:در|از|تا)${G})?(?:(?:ماه${OG}(?:های)?|اوایل|اواسط|اواخر)${G})?${GM}(?:${G}و${G}${GM})*(?:${G}(?:سال${G})?(?:${Y4}|${QTY}${CUE}))?`,
    ),
  },
  {
    id: 'date.month-part',
    kind: 'date',
    re: rx(
      `(?:(?:در|از|تا|با)${G})?(?:(?:نیمه${OG}(?:اول|دوم)|دهه${G}(?:اول|دوم|سوم|آخر)|اوایل|اواسط|اواخر|ابتدای|اول|آخر|پایان|شروع|اواخر${G}پارسال)${G})?(?:ماه${G}(?:مبارک${G})?(?:${HM}|${JM})|${JM}${OG}ماه|(?<=(?:نیمه|دهه|اوایل|اواسط|اواخر|ابتدای|اول|آخر|پایان|شروع)[^\\n]{0,12})(?:${HM}|${JM})|(?:${HM}|${JM})(?=${G}(?:سال${G})?${Y4}))(?:${G}${REL_YEAR}|${G}(?:سال${G})?${Y4}${CUE}?)?(?:${G}هر${G}سال)?`,
    ),
  },
  {
    id: 'date.season',
    kind: 'date',
    re: rx(
      `(?:(?:در|از|تا)${G})?(?:(?:پایان|اواخر|اوایل|اواسط)${G})?(?:فصل${G}(?:بهار|تابستان|پاییز|پائیز|زمستان)|(?:بهار|تابستان|پاییز|پائیز|زمستان)${G}(?:${Y4}|${REL_YEAR}))`,
    ),
  },
  {
    id: 'date.year',
    kind: 'date',
    re: rx(
      `(?:(?:از|تا)${G})?(?:(?:سال${OG}(?:های)?|ابتدای${G}سال|پایان${G}سال)${G})?${Y4}(?:${OG}(?:تا|-)${OG}(?:${Y4}|${DIGIT}{2}(?!${DIGIT})))?${CUE}?(?:${G}${REL_YEAR})?`,
    ),
  },
  {
    id: 'date.century',
    kind: 'date',
    re: rx(`(?:در${G})?(?:قرن|دهه)${G}(?:${ORDW}|${NUMWORD}|اخیر|گذشته)${CUE}?`),
  },
  {
    id: 'date.ordinal-unit',
    kind: 'date',
    re: rx(
      `(?:در${G})?(?:(?:${NUMWORD}${G}و${G})?${ORDW}ین|اولین|نخستین|آخرین)${G}(?:روز|سال|ماه|هفته|${WD})(?:${G}(?:ماه|سال))?(?:${G}از${G}سال${G}جاری)?`,
    ),
  },
  { id: 'date.age', kind: 'date', re: rx(`${QTY}${G}سالگی`) },
  { id: 'date.day-of-month', kind: 'date', re: rx(`${DIGIT}{1,2}${OG}ام(?:${G}ماه|ه)`) },
];

/** Dates the product recogniser reads, extended by the «(در) تاریخ» / «از» / «تا» that lead them. */
const LEAD = new RegExp(`(?:(?:(?:در${G})?تاریخ|از|تا|روز${OG}های)${G})$`, 'u');

export function recognizeTemporal(doc: TextDoc): TemporalSpan[] {
  const text = doc.norm.text;
  const cands: { ns: number; ne: number; kind: 'date' | 'time'; rule: string }[] = [];
  for (const r of findRawDates(text)) {
    const lead = text.slice(Math.max(0, r.nStart - 12), r.nStart).match(LEAD);
    cands.push({ ns: r.nStart - (lead?.[0].length ?? 0), ne: r.nEnd, kind: 'date', rule: r.rule });
  }
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of execAll(rule.re, text)) {
      if (m[0].length === 0) continue;
      cands.push({ ns: m.index, ne: m.index + m[0].length, kind: rule.kind, rule: rule.id });
    }
  }
  cands.sort((a, b) => b.ne - b.ns - (a.ne - a.ns) || a.ns - b.ns);
  const kept: typeof cands = [];
  for (const c of cands) if (!kept.some((k) => c.ns < k.ne && k.ns < c.ne)) kept.push(c);
  kept.sort((a, b) => a.ns - b.ns);
  // «از X تا Y» is one interval.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i] as (typeof kept)[number];
    const b = kept[i + 1] as (typeof kept)[number];
    if (
      /^از[ \u200c]/u.test(text.slice(a.ns, a.ne)) &&
      (/^[ \u200c]+تا[ \u200c]+$/u.test(text.slice(a.ne, b.ns)) ||
        (/^[ \u200c]+$/u.test(text.slice(a.ne, b.ns)) && /^تا[ \u200c]/u.test(text.slice(b.ns, b.ne)))) &&
      a.kind === b.kind
    ) {
      kept.splice(i, 2, { ns: a.ns, ne: b.ne, kind: a.kind, rule: 'timex.interval' });
    }
  }
  const out: TemporalSpan[] = [];
  for (const k of kept) {
    const span = toOriginal(doc, k.ns, k.ne);
    if (span) out.push({ ...span, kind: k.kind, rule: k.rule });
  }
  return out;
}
