import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, key, normalize } from '../../src/text/index.js';

// A Persian-heavy alphabet with the characters that trip normalisers: ZWNJ, ZWJ, kashida, diacritics,
// Arabic letter variants, presentation forms, three digit systems, separators, quotes, brackets.
const ALPHABET = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةۀيكى',
  ...'میهاتراینکد',
  '\u200c',
  '\u200c',
  '\u200d',
  '\u0640',
  '\u064e',
  '\u0650',
  '\u0654',
  '\ufefb',
  '\ufdfd',
  '\ufdf2',
  '\ufe8e',
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣',
  ...'.,:;!?؟،؛«»()[]"\'…/-_%٪٫@#+',
  ' ',
  ' ',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\ufeff',
  '\u200f',
  ...'abcXYZ',
  '😂',
  'www.',
  'ut5@iust.ac.ir',
  'http://x.ir/a?b=1',
  ' می ',
  ' ها ',
  'می',
  'نمی',
  'ها',
  'های',
  'تر',
  'ترین',
  'ای',
  'ایم',
  'کرده',
  'کشور',
  'دانشگاه',
  'کنند',
  'هها',
  'ممم',
  'ه ای',
  '1397/11/03',
  '14:30',
  '3.5',
  'ه.ش.',
];

const soup = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));

function checkDoc(input: string): void {
  const doc = analyze(input);
  const { map, text } = doc.norm;
  expect(map.length).toBe(text.length + 1);
  for (let i = 0; i < map.length; i++) {
    expect(map[i]).toBeGreaterThanOrEqual(0);
    expect(map[i]).toBeLessThanOrEqual(input.length);
    if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
  }
  expect(map[text.length]).toBe(input.length);
  let covered = 0;
  for (const t of doc.tokens) {
    expect(t.text).toBe(input.slice(t.start, t.end));
    expect(t.normalized).toBe(text.slice(t.nStart, t.nEnd));
    expect(t.normalized.length).toBeGreaterThan(0);
    expect(t.sentence).toBeGreaterThanOrEqual(0);
    covered += t.nEnd - t.nStart;
  }
  // Every character but spaces, line breaks and ZWNJ between words is inside a token.
  expect(covered).toBe(text.replace(/[ \n\u200c]/g, '').length + (text.match(/\u200c/g) ?? []).length);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sen = doc.sentences[s]!;
    expect(sen.text).toBe(input.slice(sen.start, sen.end));
    for (let k = sen.firstToken; k < sen.endToken; k++) expect(doc.tokens[k]!.sentence).toBe(s);
  }
}

describe('properties', () => {
  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent with Latin digits too', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const once = normalize(s, { digits: 'latin' }).text;
        expect(normalize(once, { digits: 'latin' }).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps are monotone and in range, spans equal their slices, nothing is dropped', () => {
    fc.assert(
      fc.property(anyText, (s) => checkDoc(s)),
      { numRuns: 3000 },
    );
  });

  it('holds on long texts too (the large-buffer paths)', () => {
    fc.assert(
      fc.property(fc.array(soup, { minLength: 300, maxLength: 600 }), (parts) => {
        const s = parts.join(' ');
        checkDoc(s);
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 20 },
    );
  });

  it('key is stable under normalisation and ignores spaces and ZWNJ', () => {
    fc.assert(
      fc.property(soup, (s) => {
        expect(key(key(s))).toBe(key(s));
        expect(key(s.replace(/[ \u200c]/g, ''))).toBe(key(s));
      }),
      { numRuns: 1000 },
    );
  });
});
