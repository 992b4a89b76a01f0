// The date patterns' key and digit helpers take a fast path for the common strings; each must give
// what its plain definition gives, for every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsToLatin, lexKey, parseDigits } from '../../src/recognize/dates/patterns.js';

// The plain definitions.
const plainKey = (s: string) =>
  s
    .replace(/[\s\u200c\u0654]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .toLowerCase();
const plainLatin = (s: string) =>
  s
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
const plainParse = (s: string) => Number.parseInt(plainLatin(s), 10);

// Letters the helpers treat specially, digits of the three sets, and some of everything else.
const UNITS = [
  ...'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهیيىكةۀأإؤئءٔ',
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩',
  ...'aAzZmMİıſΣσςÅ -+.,/:\t\n\u00a0\u200c\u200d\u2028',
  '\ud83d',
  '\ude00',
];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 20 }).map((a) => a.join(''));

describe('date pattern helpers', () => {
  it('lexKey is the plain key of every code unit alone', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      expect(lexKey(s)).toBe(plainKey(s));
    }
  });

  it('lexKey, digitsToLatin and parseDigits give the plain results on generated strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9۰-۹٠-٩]{0,20}$/u)),
        (s) => {
          expect(lexKey(s)).toBe(plainKey(s));
          expect(digitsToLatin(s)).toBe(plainLatin(s));
          expect(parseDigits(s)).toBe(plainParse(s));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('read the digits and keys dates are written with', () => {
    expect(parseDigits('۱۴۰۲')).toBe(1402);
    expect(parseDigits('٠٩')).toBe(9);
    expect(parseDigits('2023')).toBe(2023);
    expect(parseDigits('')).toBeNaN();
    expect(digitsToLatin('۱۵/08/٢٠')).toBe('15/08/20');
    expect(lexKey('بيست و يكم')).toBe('بیستویکم');
    expect(lexKey('October')).toBe('october');
  });
});
