// Shared by the correctness tests (test/safety, test/text) and the linearity bench (scripts/bench-linearity.ts).
// Text crafted against regular expressions and quadratic scans: long runs of what the patterns
// repeat (gaps, digits, separators, «, letters, honorifics, e-mail and URL pieces), each also
// ending in a character that makes the run fail to match at the last moment, which is where a
// backtracking pattern explodes.

/** `unit` repeated to about `n` characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.round(n / unit.length)));
}

const SHAPES: Array<[string, string]> = [
  ['ZWNJ', '\u200c'],
  ['spaces', ' '],
  ['space+ZWNJ', ' \u200c'],
  ['tabs+NBSP', '\t\u00a0'],
  ['newlines', '\n'],
  ['Persian digits', '۱'],
  ['Latin digits', '1'],
  ['Arabic-Indic digits', '١'],
  ['digit spaces', '۱ '],
  ['slashes', '/'],
  ['dots', '.'],
  ['dashes', '-'],
  ['colons', ':'],
  ['«', '«'],
  ['repeated letter', 'ی'],
  ['repeated Latin letter', 'a'],
  ['letter+ZWNJ', 'ی\u200c'],
  ['honorifics', 'دکتر '],
  ['honorifics ZWNJ', 'دکتر\u200c'],
  ['titles', 'رئیس دانشگاه '],
  ['1/1/1', '1/'],
  ['۱/۱/۱', '۱/'],
  ['1.1.1', '1.'],
  ['1-1-1', '1-'],
  ['۱۲:۱۲:', '۱۲:'],
  ['12 12 12', '12 '],
  ['۱۴۰۲/۰۸/', '۱۴۰۲/۰۸/'],
  ['a@a.a@', 'a@a.a'],
  ['a.a.a', 'a.'],
  ['a-a.', 'a-a.'],
  ['http://a.a.a', 'http://a.a.'],
  ['www.', 'www.'],
  ['+98 ', '+98 '],
  ['(021) ', '(021) '],
  ['month words', 'بهمن ماه '],
  ['day month', 'سوم بهمن '],
  ['weekdays', 'دوشنبه و '],
  ['ساعت', 'ساعت ۱۰ و '],
  ['numbers in words', 'سی و دو '],
  ['دانشگاه', 'دانشگاه '],
  ['مقرر شد', 'مقرر شد '],
  ['می', 'می '],
  ['ه ها', 'ه ها '],
  ['kashida', 'ـ'],
  ['diacritics', 'َ'],
  ['bidi marks', '\u200f\u200e\u202e'],
  ['mixed soup', '۱.«\u200c a@b. ۱۲/'],
  ['date soup', '۱۴۰۲/۸/۱۵ - ۱۰:'],
];

/** Endings that make a nearly matching run fail at its last character. */
const TAILS: Array<[string, string]> = [
  ['', ''],
  [' + "!"', '!'],
];

export interface Adversarial {
  name: string;
  text: string;
}

/** Every shape, as a function of its length: the same shape at any size. */
export function adversarialShapes(): Array<{ name: string; at: (n: number) => string }> {
  const out: Array<{ name: string; at: (n: number) => string }> = [];
  for (const [name, unit] of SHAPES)
    for (const [tailName, tail] of TAILS)
      out.push({ name: `${name}${tailName}`, at: (n) => fill(unit, n) + tail });
  // A long run inside an ordinary sentence, where word-boundary lookarounds see letters around it.
  out.push({
    name: 'sentence around ZWNJ and digits',
    at: (n) => `دانشگاه ${fill('\u200c۱', n)} برگزار شد.`,
  });
  return out;
}

/** Every shape, about `n` characters long, with and without a failing last character. */
export function adversarialInputs(n: number): Adversarial[] {
  return adversarialShapes().map((s) => ({ name: s.name, text: s.at(n) }));
}
