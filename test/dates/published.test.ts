import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayStateYear, scanRawDates } from '../../src/recognize/dates/grammar.js';
import { recognizeDates } from '../../src/recognize/dates/index.js';
import { findPublishedAt, rankAt, storyStart, twoDigitSources } from '../../src/recognize/dates/published.js';
import { toOriginal } from '../../src/recognize/dates/span.js';
import { analyze, normalize } from '../../src/text/index.js';
import { runs } from '../fc.js';
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
  it('reads an English footer that puts the year first («2023 March 5 - view: 812»)', () => {
    const en = 'The dean of the faculty met a delegation from Bologna on Sunday and discussed joint degrees.';
    const text = `Delegation visits the faculty\n\n${en}\n\n2023 March 5 - view: 812`;
    const p = findPublishedAt(makeDoc(text));
    expect(p?.text).toBe('2023 March 5');
    expect([p?.gregorian.from, p?.jalali.from]).toEqual(['2023-03-05', '1401-12-14']);
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

// findPublishedAt skips, without normalising it, an edge line with fewer than two code units that
// can become a digit: normalising must never make more digits than that.
describe('twoDigitSources', () => {
  const digitsIn = (s: string) => (s.match(/[0-9\u06f0-\u06f9\u0660-\u0669]/gu) ?? []).length;

  it('counts every code unit that normalises to digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const made = digitsIn(normalize(ch).text);
      if (made === 0) continue;
      expect(twoDigitSources(ch + ch), c.toString(16)).toBe(true);
      if (made >= 2) expect(twoDigitSources(ch), c.toString(16)).toBe(true);
    }
  });

  it('is true whenever the normalised text holds two digits in a row', () => {
    const units = fc.constantFrom(
      ...'۱۲3٤ ‌‍ـًٌ،.:/-\n\r\u00adآبانabc'.split(''),
      '\ufdfd',
      '\ufef5',
      '\ufb50',
      '\u0660',
      '\u06f9',
    );
    fc.assert(
      fc.property(fc.array(units, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        if (mayStateYear(normalize(text).text))
          expect(twoDigitSources(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('skips no line of the real releases that could state a year', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      for (const line of text.split('\n'))
        if (!twoDigitSources(line.slice(0, 300)))
          expect(mayStateYear(normalize(line.slice(0, 300)).text)).toBe(false);
    }
  });
});

// findPublishedAt recognises a long edge line's dates only when one of its phrases starts where a
// page's date could (after a label, a place or nothing): that needs every date to start where a
// phrase of the line does.
describe('a line’s dates', () => {
  const PIECES = [
    '۱۵ آبان ۱۴۰۲',
    '۱۴۰۲/۰۸/۱۵',
    '2023-11-06',
    'November 6, 2023',
    '۶ نوامبر ۲۰۲۳',
    '(۲۴ آبان ۱۴۰۲)',
    'دوشنبه،',
    'سه‌شنبه',
    'مورخ',
    'تاریخ انتشار:',
    'تهران -',
    'ساعت ۱۰:۳۰',
    '۱۰:۳۰',
    'فردای آن روز',
    'امروز',
    'برگزار شد.',
    'دانشگاه تهران',
    '،',
    '-',
    '۱۲',
    'تا',
  ];
  it('start where one of its phrases starts', () => {
    const piece = fc.constantFrom(...PIECES);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const doc = analyze(pieces.join(' '));
        const starts = new Set(
          scanRawDates(doc.norm.text).map((r) => toOriginal(doc, r.nStart, r.nEnd)?.start),
        );
        for (const a of recognizeDates(doc, { publishedAt: null }, scanRawDates(doc.norm.text)))
          expect(starts.has(a.start), doc.original).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});

// A long edge line is scanned whole only when a phrase starting at most storyStart(head) may rank:
// no offset past it may rank above 0 in a line that is not short.
describe('storyStart', () => {
  const expectBound = (head: string) => {
    const bound = storyStart(head);
    for (let p = bound + 1; p <= head.length; p++)
      expect(rankAt(head, p, false, null), `${p} ${head}`).toBe(0);
  };
  it('bounds where a ranked date can start, in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) expectBound(line.slice(0, 300));
  });
  it('bounds where a ranked date can start, in generated heads', () => {
    const PIECES = [
      'تهران',
      'ایرنا',
      'Isfahan',
      'New',
      'York',
      'تاریخ',
      'انتشار',
      'تاریخ انتشار:',
      'منتشر شده در',
      'مورخ',
      'published',
      'کد خبر',
      '۱۲',
      '1402',
      '۱۴۰۲/۰۳/۱۵',
      '-',
      '–',
      '—',
      ',',
      '،',
      ':',
      '|',
      '«',
      '.',
      '(',
      '\u200c',
      'دانشگاه\u200cها',
      'برگزار شد',
    ];
    const GAP = ['', ' ', '  ', '\t', '\u00a0', '\u200c', ' \u200c '];
    const piece = fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAP)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => expectBound(pieces.join(''))),
      { numRuns: runs(400) },
    );
  });
});
