// Anchored scanning (a rule tried only near its landmark) must find exactly the matches a full
// left-to-right scan of the rule finds, on real releases and on generated date-like text.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches, wordBefore } from '../../src/recognize/dates/anchored.js';
import {
  DATE_RULES,
  findRawDates,
  LANDMARKS,
  landmarkOccurrences,
  mayStateYear,
  scanRawDates,
  scanRawDatesAt,
} from '../../src/recognize/dates/grammar.js';
import { recognizeDates } from '../../src/recognize/dates/index.js';
import { analyze } from '../../src/text/index.js';

type Hit = [number, number];

/** The reference: the global regex over the whole text, matches at word starts only. */
function fullScan(re: RegExp, text: string): Hit[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Hit[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0] === '') g.lastIndex++;
    if (wordBefore(text, m.index)) {
      g.lastIndex = m.index + 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function anchored(rule: (typeof DATE_RULES)[number], text: string): Hit[] {
  const { landmark, reach } = rule.anchor!;
  const sticky = new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`);
  const out: Hit[] = [];
  anchoredMatches(text, sticky, landmarkOccurrences(landmark, text), reach, (m) =>
    out.push([m.index, m.index + m[0].length]),
  );
  return out;
}

const ANCHORED = DATE_RULES.filter((r) => r.anchor !== undefined);

function expectSame(text: string): void {
  for (const rule of ANCHORED) expect(anchored(rule, text), rule.id).toEqual(fullScan(rule.re, text));
}

const FRAGMENTS = [
  '۱۵',
  '3',
  '۰۷',
  '1402',
  '۱۴۰۲',
  '٢٠',
  '/',
  '-',
  '.',
  '–',
  ':',
  '،',
  ',',
  '(',
  ')',
  'ام',
  'م',
  'st',
  'th',
  'ماه',
  'سال',
  'تا',
  'الی',
  'لغایت',
  'و',
  'از',
  'هجری',
  'شمسی',
  'قمری',
  'میلادی',
  'آبان',
  'اردیبهشت',
  'دی',
  'مهر',
  'اسفند',
  'بهمن',
  'تیر',
  'ژانویه',
  'می',
  'مه',
  'مي',
  'می شود',
  '۵تا',
  'تا۷',
  'وپنجم',
  'پنجموششم',
  '۵ام',
  'سی',
  'چهار',
  'برگزار',
  'دسامبر',
  'March',
  'may',
  'Sept',
  'JANUARY',
  'رمضان',
  'محرم',
  'ربیع الاول',
  'ذی‌الحجه',
  'بیست و سوم',
  'سی‌ام',
  'اول',
  'نخست',
  'پانزدهم',
  'یکم',
  'بیست و یک',
  'دوازده',
  'نیمه دوم',
  'نیمه‌ی نخست',
  'اواخر',
  'دهه سوم',
  'امسال',
  'سال آینده',
  'دوشنبه',
  'سه‌شنبه',
  'مورخ',
  'خیابان',
  'دانشگاه',
  'برگزار',
  'شد',
  'x',
  'ب',
  'امروز',
  'فردا',
  'پس',
  'دیروز',
  'روز',
  'گذشته',
  'نماز',
  'جمعه',
  'یک شنبه',
  'Monday',
  'بازار',
  'هفتم',
  'پنجم-هفتم',
  'سی‌ام',
  '۲۷/۰۹/۹۷',
  '12/10/97',
  '5th',
  'October',
  'جدید',
  'تیری',
];
const GAPS = [' ', '  ', '\u200c', '\t', '\u00a0', '', '\n', ' \u200c '];

describe('anchored date rules', () => {
  it('find what a full scan finds in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expectSame(analyze(readFileSync(`${dir}/${f}`, 'utf8')).norm.text);
  });

  it('find what a full scan finds in generated date-like text', () => {
    const piece = fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GAPS)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: 600 },
    );
  });

  it('find what a full scan finds on long runs of listed days and gaps', () => {
    const days = Array.from({ length: 12 }, (_, i) => `بیست و ${['یکم', 'دوم', 'سوم'][i % 3]}`);
    expectSame(`${days.join(' ، ')} ${' '.repeat(500)}آبان ۱۴۰۲`);
    expectSame(`۱۲${'\u200c'.repeat(300)} و ۱۳ تا ۱۵   ${'\t'.repeat(50)}اسفندماه`);
    expectSame(`${'۱۲ و '.repeat(30)}۱۴ دی`);
  });
});

// findPublishedAt takes a whole line's date phrases from the document's scan: no rule may match or
// look across a line break, so a line's phrases are the same alone and inside its document.
describe('date phrases of a line', () => {
  const expectLinesAlone = (text: string) => {
    const norm = analyze(text).norm.text;
    const all = findRawDates(norm);
    let a = 0;
    for (const line of norm.split('\n')) {
      const b = a + line.length;
      const inside = all
        .filter((r) => r.nStart >= a && r.nEnd <= b)
        .map((r) => ({ ...r, nStart: r.nStart - a, nEnd: r.nEnd - a }));
      expect(inside, line).toEqual(scanRawDates(line));
      a = b + 1;
    }
    // None crosses a line break.
    for (const r of all) expect(norm.slice(r.nStart, r.nEnd)).not.toContain('\n');
  };

  it('are the same alone and in the document, in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      expectLinesAlone(readFileSync(`${dir}/${f}`, 'utf8'));
  });

  it('are the same alone and in the document, in generated date-like lines', () => {
    const piece = fc
      .tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GAPS, '\n', '\n\n'))
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectLinesAlone(pieces.join(''))),
      { numRuns: 600 },
    );
  });

  it('are read by no rule that can match a line break', () => {
    // A class or escape that matches «\n» outside a character class: \s, \S, \W, \D, \P, [^…], «.».
    const crossing = /\\[sSWDPn]|\[\^|(?<!\\)\.(?![^[]*\])/u;
    for (const r of [...DATE_RULES.map((d) => d.re), ...Object.values(LANDMARKS)])
      expect(crossing.test(r.source) || r.flags.includes('s'), r.source.slice(0, 80)).toBe(false);
  });
});

// findPublishedAt skips an edge line with no two digits in a row, and one none of whose phrases
// reads a year: it must hold no dated day (a day with its year stated).
describe('a text with no two digits in a row', () => {
  const statedDays = (text: string) =>
    recognizeDates(analyze(text), { publishedAt: null }).filter(
      (a) => a.date.precision === 'day' && !a.date.yearInferred,
    );
  const check = (text: string) => {
    const norm = analyze(text).norm.text;
    if (!mayStateYear(norm) || !scanRawDates(norm).some((r) => r.y !== null))
      expect(statedDays(text), text).toEqual([]);
  };
  // Month names, day words, single digits, separators: everything but a year.
  const plain = FRAGMENTS.filter((f) => !mayStateYear(analyze(f).norm.text));

  it('holds no day with its year stated, in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) check(line.slice(0, 300));
  });

  it('holds no day with its year stated, in generated date-like text', () => {
    expect(plain.length).toBeGreaterThan(40);
    expect(plain).toContain('آبان');
    expect(plain).toContain('3');
    // Joined by a gap that is not empty, single digits stay apart.
    const from = (list: string[]) =>
      fc.tuple(fc.constantFrom(...list), fc.constantFrom(...GAPS.filter(Boolean))).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(from(plain), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(mayStateYear(analyze(text).norm.text)).toBe(false);
        check(text);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(from(FRAGMENTS), { maxLength: 30 }), (pieces) => check(pieces.join(''))),
      { numRuns: 600 },
    );
  });

  it('is found when a year can be there', () => {
    for (const t of ['۱۵ آبان ۱۴۰۲', '2023-11-06', 'March 3, 2024', '۱۲ رمضان ۱۴۴۵', 'کد خبر: ۱۲', '٢٠'])
      expect(mayStateYear(analyze(t).norm.text), t).toBe(true);
    for (const t of ['نشست شورای دانشگاه', '۵ آبان', 'پانزدهم آبان', '3 March', '۱ / ۲'])
      expect(mayStateYear(analyze(t).norm.text), t).toBe(false);
  });
});

// findPublishedAt looks in a long edge line first for the phrases that start in its first words where
// a date can rank (scanRawDatesAt): it must find every phrase of the full scan that starts there.
describe('the phrases starting at accepted offsets before a limit', () => {
  const key = (r: object) => JSON.stringify(r);
  const expectFound = (text: string, limit: number, accepted: (at: number) => boolean) => {
    const found = new Set(scanRawDatesAt(text, limit, accepted).map(key));
    for (const r of scanRawDates(text))
      if (r.nStart < limit && accepted(r.nStart)) expect(found.has(key(r)), `${limit} ${text}`).toBe(true);
  };
  // Offsets accepted: all, none, the first word's, every third, and every other phrase start.
  const choices = (text: string): ((at: number) => boolean)[] => {
    const starts = new Set(scanRawDates(text).flatMap((r, i) => (i % 2 === 0 ? [r.nStart] : [])));
    return [
      () => true,
      () => false,
      (at) => at <= text.search(/\S/u),
      (at) => at % 3 === 0,
      (at) => starts.has(at),
    ];
  };

  it('are the full scan’s, in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
        const norm = analyze(line.slice(0, 300)).norm.text;
        for (const accepted of choices(norm))
          for (const limit of [0, 1, 20, 45, 90, 300]) expectFound(norm, limit, accepted);
      }
  });

  it('are the full scan’s, in generated date-like text (weekdays before their dates included)', () => {
    const piece = fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GAPS)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.nat(120),
        fc.uniqueArray(fc.nat(150), { maxLength: 12 }),
        (pieces, limit, offsets) => {
          const text = analyze(pieces.join('')).norm.text;
          const set = new Set(offsets);
          expectFound(text, limit, (at) => set.has(at));
          for (const accepted of choices(text)) expectFound(text, limit, accepted);
        },
      ),
      { numRuns: 600 },
    );
  });
});
