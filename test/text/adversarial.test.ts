// Inputs built to make a backtracking regex or a quadratic scan explode: the text layer must come
// through them with a consistent offset map and an idempotent normalisation. How its time grows with
// the length is measured by `npm run bench:linearity`, never asserted here.
import { describe, expect, it } from 'vitest';
import { analyze, key, normalize } from '../../src/text/index.js';

const N = 50_000;
const CASES: Array<[string, string]> = [
  ['ZWNJ', '\u200c'.repeat(N)],
  ['letter + ZWNJ', `ا${'\u200c'.repeat(N)}ب`],
  ['spaces', ' '.repeat(N)],
  ['digits', '۱'.repeat(N)],
  ['dots', '.'.repeat(N)],
  ['digit-dot', '1.'.repeat(N / 2)],
  ['guillemets', '«'.repeat(N)],
  ['quotes', '"'.repeat(N)],
  ['a.a.a', 'a.'.repeat(N / 2)],
  ['local part without @', 'a'.repeat(N)],
  ['@@@', 'a@'.repeat(N / 2)],
  ['domain labels', 'a.b-'.repeat(N / 4)],
  ['http', 'http://'.repeat(N / 7)],
  ['می می', 'می '.repeat(N / 3)],
  ['ه ها', 'ه ها '.repeat(N / 5)],
  ['kashida', 'ـ'.repeat(N)],
  ['diacritics', 'َ'.repeat(N)],
  ['newlines', '\n'.repeat(N)],
  ['emoji', '😂'.repeat(N / 2)],
  ['mixed soup', '۱.«\u200c a@b. '.repeat(N / 10)],
];

describe('adversarial input', () => {
  for (const [name, text] of CASES) {
    it(`${name} (${text.length} chars)`, () => {
      const doc = analyze(text);
      expect(key(key(text))).toBe(key(text));
      expect(doc.norm.map.length).toBe(doc.norm.text.length + 1);
      expect(doc.norm.map[doc.norm.text.length]).toBe(text.length);
      expect(normalize(doc.norm.text).text).toBe(doc.norm.text);
    });
  }
});
