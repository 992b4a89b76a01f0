// Running a date rule only where it can match. A rule that begins with a day («۱۵ آبان»,
// «بیست و سوم اسفند») has no cheap first character: scanned with a global regex it is tried in
// full at every position of the text, although no match exists without a month name. So each such
// rule names a landmark every match contains (a month name, a digit run) and how many non-gap
// characters of the match can stand before it (its reach); the rule is then tried, sticky, only at
// the word starts from that far before each landmark occurrence up to its end. The matches are the
// ones a full left-to-right scan finds (findRawDates accepts matches at word starts only), in the same
// order: the dates test checks this against the full scan.

/** Gap characters of GAP / OPT_GAP: they do not count towards a rule's reach. */
export const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200c;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Letter / number / mark, per BMP code unit, decided once by the regex and remembered.
const wordCache = new Int8Array(0x10000).fill(-1);

/** True when the code point ending just before `at` is a letter, number or mark. */
export function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at - 2) ?? 0));
  }
  let w = wordCache[low]!;
  if (w < 0) {
    w = WORD_CHAR.test(String.fromCharCode(low)) ? 1 : 0;
    wordCache[low] = w;
  }
  return w === 1;
}

/** Every occurrence of a landmark in a text: [start, end) pairs, left to right, not overlapping. */
export type Occurrences = Int32Array;

/**
 * Occurrences of `landmark` (a global regex) in `text`. A landmark that starts inside another
 * occurrence is not listed: it is covered, since candidates run up to each occurrence's end.
 */
export function occurrences(landmark: RegExp, text: string): Occurrences {
  const out: number[] = [];
  landmark.lastIndex = 0;
  for (let m = landmark.exec(text); m !== null; m = landmark.exec(text)) {
    if (m[0] === '') {
      landmark.lastIndex++;
      continue;
    }
    out.push(m.index, m.index + m[0].length);
  }
  landmark.lastIndex = 0;
  return Int32Array.from(out);
}

/** Inside a surrogate pair: a unicode scan never starts there. */
export function isTrail(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xdc00 || c > 0xdfff || at === 0) return false;
  const h = text.charCodeAt(at - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** The earliest position from which `reach` non-gap characters lead to `at`, not before `floor`. */
function reachBack(text: string, at: number, reach: number, floor: number): number {
  let p = at;
  let n = 0;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (!isGap(c)) {
      if (n === reach) break;
      n++;
    }
    p--;
  }
  return p;
}

/**
 * Every match of `sticky` (a sticky copy of the rule) starting at a word start, found the way a
 * global scan from 0 finds them: after a match the search goes on from its end. `visit` receives
 * each match.
 */
export function anchoredMatches(
  text: string,
  sticky: RegExp,
  found: Occurrences,
  reach: number,
  visit: (m: RegExpExecArray) => void,
): void {
  let next = 0;
  for (let i = 0; i < found.length; i += 2) {
    const end = found[i + 1]!;
    if (end <= next) continue;
    for (let p = reachBack(text, found[i]!, reach, next); p < end; p++) {
      if (wordBefore(text, p) || isTrail(text, p)) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null) continue;
      visit(m);
      next = m.index + Math.max(1, m[0].length);
      p = next - 1;
    }
    // No match starts before this occurrence's end except those already found.
    if (next < end) next = end;
  }
}
