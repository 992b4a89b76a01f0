import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, key, normalize } from '../../src/text/index.js';
import { runs } from '../fc.js';

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

/** The first broken invariant of `analyze(input)`, or null. Plain checks, one expect: `expect` per
 * character made this the slowest file of the suite. */
function violation(input: string): string | null {
  const doc = analyze(input);
  const { map, text } = doc.norm;
  if (map.length !== text.length + 1) return `map has ${map.length} entries for ${text.length} characters`;
  for (let i = 0; i < map.length; i++) {
    const m = map[i]!;
    if (m < 0 || m > input.length) return `map[${i}] = ${m} is outside 0..${input.length}`;
    if (i > 0 && m < map[i - 1]!) return `map[${i}] = ${m} < map[${i - 1}] = ${map[i - 1]}`;
  }
  if (map[text.length] !== input.length) return `map ends at ${map[text.length]}, not ${input.length}`;
  let covered = 0;
  for (const [k, t] of doc.tokens.entries()) {
    if (t.text !== input.slice(t.start, t.end))
      return `token ${k} text ${JSON.stringify(t.text)} is not its slice`;
    if (t.normalized !== text.slice(t.nStart, t.nEnd)) return `token ${k} normalized is not its slice`;
    if (t.normalized.length === 0) return `token ${k} is empty`;
    if (t.sentence < 0) return `token ${k} has sentence ${t.sentence}`;
    covered += t.nEnd - t.nStart;
  }
  // Every character but spaces, line breaks and ZWNJ between words is inside a token.
  const expected = text.replace(/[ \n\u200c]/g, '').length + (text.match(/\u200c/g) ?? []).length;
  if (covered !== expected) return `tokens cover ${covered} characters, expected ${expected}`;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sen = doc.sentences[s]!;
    if (sen.text !== input.slice(sen.start, sen.end)) return `sentence ${s} text is not its slice`;
    for (let k = sen.firstToken; k < sen.endToken; k++)
      if (doc.tokens[k]!.sentence !== s)
        return `token ${k} is in sentence ${s} but says ${doc.tokens[k]!.sentence}`;
  }
  return null;
}

function checkDoc(input: string): void {
  expect(violation(input), JSON.stringify(input.slice(0, 200))).toBeNull();
}

describe('properties', () => {
  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('is idempotent with Latin digits too', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const once = normalize(s, { digits: 'latin' }).text;
        expect(normalize(once, { digits: 'latin' }).text).toBe(once);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('maps are monotone and in range, spans equal their slices, nothing is dropped', () => {
    fc.assert(
      fc.property(anyText, (s) => checkDoc(s)),
      { numRuns: runs(3000) },
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
      { numRuns: runs(20) },
    );
  });

  it('key is stable under normalisation and ignores spaces and ZWNJ', () => {
    fc.assert(
      fc.property(soup, (s) => {
        expect(key(key(s))).toBe(key(s));
        expect(key(s.replace(/[ \u200c]/g, ''))).toBe(key(s));
      }),
      { numRuns: runs(1000) },
    );
  });
});
