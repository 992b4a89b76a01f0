// One scanner cuts text into pieces (words, numbers, punctuation, e-mails, URLs, …). The normaliser
// runs it on the folded original to decide spacing; the tokenizer runs it on the normalised text, so
// both agree on what a token is. It is a hand-written left-to-right scan: every code unit is looked
// at a bounded number of times, whatever the input (no regex, no backtracking).
import { C_DIGIT, C_LATIN, C_LETTER, C_LF, C_MARK, C_SPACE, C_ZWNJ, CLS } from './chars.js';

export const K_WORD = 1;
export const K_LATIN = 2;
/** Initials and dotted abbreviations: ه.ش. ، ق.م ، U.S. */
export const K_ABBR = 3;
export const K_NUM = 4;
export const K_EMAIL = 5;
export const K_URL = 6;
export const K_HASHTAG = 7;
export const K_MENTION = 8;
export const K_PUNCT = 9;
/** Symbols and emoji. */
export const K_OTHER = 10;

/** Whitespace before a piece: none, spaces, one line break, a blank line. */
export const G_NONE = 0;
export const G_SPACE = 1;
export const G_LF = 2;
export const G_PARA = 3;

export interface Pieces {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
}

const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const AT = 0x40;
const HASH = 0x23;
const PLUS = 0x2b;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;

const isAsciiAlnum = (x: number): boolean =>
  (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a);
const isAsciiAlpha = (x: number): boolean => (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a);
const isAsciiDigit = (x: number): boolean => x >= 0x30 && x <= 0x39;
const isLetter = (x: number): boolean => CLS[x] === C_LETTER || CLS[x] === C_LATIN;
const isEmailLocal = (x: number): boolean =>
  isAsciiAlnum(x) || x === DOT || x === UNDERSCORE || x === 0x25 || x === PLUS || x === HYPHEN;
const isDomain = (x: number): boolean => isAsciiAlnum(x) || x === DOT || x === HYPHEN;
// URL characters (RFC 3986 plus %); brackets, quotes and non-ASCII end a URL.
const URL_CHAR = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'*+,;=%") {
  URL_CHAR[ch.charCodeAt(0)] = 1;
}
const isUrlChar = (x: number): boolean => x < 128 && URL_CHAR[x] === 1;
const URL_TRAIL = new Set([DOT, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27]);
// Separators allowed between digit groups of one number: . , / : - and the Arabic decimal/thousands.
const NUM_SEP = new Set([DOT, 0x2c, 0x2f, 0x3a, HYPHEN, 0x66b, 0x66c]);
// A bare domain (no scheme, no www.) counts as a URL only with one of these endings.
const TLDS = new Set(
  'ir com org net edu gov info io me co int biz ac uk de fr ru cn jp in eu ca au ch nl it es tr af tj app dev ai'.split(
    ' ',
  ),
);

/**
 * Scan c[0..n) into pieces. `reuse` (a previous result) lends its arrays, so a caller that scans
 * document after document does not allocate them each time; the result may share them.
 */
export function scan(c: Uint16Array, n: number, reuse?: Pieces): Pieces {
  const fresh = reuse === undefined || reuse.start.length < 64;
  let cap = fresh ? Math.max(64, n >> 2) : reuse.start.length;
  let start = fresh ? new Int32Array(cap) : reuse.start;
  let end = fresh ? new Int32Array(cap) : reuse.end;
  let kind = fresh ? new Uint8Array(cap) : reuse.kind;
  let gap = fresh ? new Uint8Array(cap) : reuse.gap;
  let count = 0;
  let g = G_NONE;
  // Where a failed e-mail / domain attempt stopped: any start before it fails the same way.
  let emailFail = -1;
  let domainFail = -1;

  const at = (i: number): number => (i < n ? c[i]! : 0);

  const push = (s: number, e: number, k: number): void => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end);
      end = ne;
      const nk = new Uint8Array(cap);
      nk.set(kind);
      kind = nk;
      const ng = new Uint8Array(cap);
      ng.set(gap);
      gap = ng;
    }
    start[count] = s;
    end[count] = e;
    kind[count] = k;
    gap[count] = count === 0 ? G_NONE : g;
    count++;
    g = G_NONE;
  };

  // Domain labels from i: returns the end of a valid domain (≥ 2 labels, alphabetic last label of
  // 2+ letters, optionally restricted to known TLDs), or -1. `stop` is where the scan ended.
  let domainStop = 0;
  const domainEnd = (i: number, needKnownTld: boolean): number => {
    let j = i;
    while (j < n && isDomain(c[j]!) && !(c[j] === DOT && c[j - 1] === DOT)) j++;
    domainStop = j;
    let e = j;
    // Drop trailing labels until the last one is a top-level domain (letters only, 2+; a known one
    // for bare domains). Each label is looked at once.
    for (;;) {
      while (e > i && (c[e - 1] === DOT || c[e - 1] === HYPHEN)) e--;
      let labelStart = e;
      while (labelStart > i && c[labelStart - 1] !== DOT) labelStart--;
      if (labelStart === i) return -1;
      let ok = e - labelStart >= 2;
      for (let k = labelStart; ok && k < e; k++) if (!isAsciiAlpha(c[k]!)) ok = false;
      if (ok && needKnownTld) {
        let tld = '';
        for (let k = labelStart; k < e; k++) tld += String.fromCharCode(c[k]! | 0x20);
        ok = TLDS.has(tld);
      }
      if (ok) return e;
      e = labelStart - 1;
    }
  };

  const urlTail = (i: number): number => {
    let j = i;
    while (j < n && isUrlChar(c[j]!)) j++;
    while (j > i && URL_TRAIL.has(c[j - 1]!)) j--;
    return j;
  };

  const startsWithCI = (i: number, s: string): boolean => {
    if (i + s.length > n) return false;
    for (let k = 0; k < s.length; k++) if ((c[i + k]! | 0x20) !== s.charCodeAt(k)) return false;
    return true;
  };

  const prevIsWordish = (i: number): boolean => {
    if (i === 0) return false;
    const x = c[i - 1]!;
    return isLetter(x) || CLS[x] === C_DIGIT || x === UNDERSCORE || CLS[x] === C_MARK;
  };

  let i = 0;
  while (i < n) {
    const x = c[i]!;
    const cl = CLS[x]!;
    if (cl === C_SPACE) {
      if (g === G_NONE) g = G_SPACE;
      i++;
      continue;
    }
    if (cl === C_LF) {
      g = g === G_LF || g === G_PARA ? G_PARA : G_LF;
      i++;
      continue;
    }
    if (cl === C_ZWNJ) {
      // A ZWNJ outside a word joins nothing: not a piece, not a gap.
      i++;
      continue;
    }

    if (isAsciiAlnum(x)) {
      // e-mail
      if (i >= emailFail) {
        let j = i;
        while (j < n && isEmailLocal(c[j]!)) j++;
        if (at(j) === AT) {
          const e = domainEnd(j + 1, false);
          if (e > 0) {
            push(i, e, K_EMAIL);
            i = e;
            continue;
          }
        }
        emailFail = j;
      }
      // URL with a scheme or www.
      if (
        !prevIsWordish(i) &&
        (startsWithCI(i, 'http://') ||
          startsWithCI(i, 'https://') ||
          startsWithCI(i, 'ftp://') ||
          (startsWithCI(i, 'www.') && isAsciiAlnum(at(i + 4))))
      ) {
        const e = urlTail(i);
        push(i, e, K_URL);
        i = e;
        continue;
      }
      // bare domain, with an optional path
      if (i >= domainFail && !prevIsWordish(i)) {
        const e = domainEnd(i, true);
        if (e > 0) {
          const f = at(e) === 0x2f ? urlTail(e) : e;
          push(i, f, K_URL);
          i = f;
          continue;
        }
        domainFail = domainStop;
      }
    }

    // Abbreviations: single letters each followed by a dot (ق.م ، ه.ش. ، e.g.).
    if (isLetter(x) && !isLetter(at(i + 1)) && CLS[at(i + 1)] !== C_MARK && at(i + 1) === DOT) {
      let j = i;
      let letters = 0;
      for (;;) {
        j++;
        letters++;
        if (at(j) !== DOT) break;
        j++;
        const y = at(j);
        if (!(isLetter(y) && !isLetter(at(j + 1)) && CLS[at(j + 1)] !== C_MARK && at(j + 1) !== ZWNJ_CODE))
          break;
      }
      if (letters >= 2) {
        push(i, j, K_ABBR);
        i = j;
        continue;
      }
    }

    if (x === HASH && !prevIsWordish(i)) {
      const y = at(i + 1);
      if (isLetter(y) || CLS[y] === C_DIGIT || y === UNDERSCORE) {
        let j = i + 1;
        for (;;) {
          const z = at(j);
          const zc = CLS[z];
          if (
            j < n &&
            (zc === C_LETTER || zc === C_LATIN || zc === C_DIGIT || zc === C_MARK || z === UNDERSCORE)
          )
            j++;
          else if (z === ZWNJ_CODE && isLetter(at(j + 1))) j++;
          else break;
        }
        push(i, j, K_HASHTAG);
        i = j;
        continue;
      }
    }
    if (x === AT && !prevIsWordish(i)) {
      const y = at(i + 1);
      const url =
        startsWithCI(i + 1, 'http://') ||
        startsWithCI(i + 1, 'https://') ||
        startsWithCI(i + 1, 'ftp://') ||
        startsWithCI(i + 1, 'www.');
      if ((isAsciiAlpha(y) || y === UNDERSCORE) && !url) {
        let j = i + 1;
        while (j < n && (isAsciiAlnum(c[j]!) || c[j] === UNDERSCORE || c[j] === DOT)) j++;
        while (c[j - 1] === DOT) j--;
        push(i, j, K_MENTION);
        i = j;
        continue;
      }
    }

    // Numbers: digit groups joined by single separators (3.5, ۱۲٫۵, 1,000, 1397/11/03, 14:30,
    // 021-7749). A leading + belongs to a phone number.
    if (cl === C_DIGIT || (x === PLUS && CLS[at(i + 1)] === C_DIGIT && !prevIsWordish(i))) {
      let j = i + 1;
      while (j < n && CLS[c[j]!] === C_DIGIT) j++;
      let grouped = false;
      for (;;) {
        const sep = at(j);
        if (!NUM_SEP.has(sep) || CLS[at(j + 1)] !== C_DIGIT) break;
        let k = j + 1;
        while (k < n && CLS[c[k]!] === C_DIGIT) k++;
        // Thousands separators need exactly three digits after them (1,000 but not 1,2).
        if ((sep === 0x2c || sep === 0x66c) && k - j - 1 !== 3) break;
        j = k;
        grouped = true;
      }
      // ASCII digits running into Latin letters (5G, 3D, 100km) are a Latin token.
      if (!grouped && isAsciiDigit(x) && isAsciiAlpha(at(j))) {
        let allAscii = true;
        for (let k = i; k < j; k++) if (!isAsciiDigit(c[k]!)) allAscii = false;
        if (allAscii) {
          const e = latinEnd(c, n, i);
          push(i, e, K_LATIN);
          i = e;
          continue;
        }
      }
      push(i, j, K_NUM);
      i = j;
      continue;
    }

    if (cl === C_LATIN) {
      const e = latinEnd(c, n, i);
      push(i, e, K_LATIN);
      i = e;
      continue;
    }
    if (cl === C_LETTER) {
      let j = i + 1;
      for (;;) {
        const z = at(j);
        const zc = CLS[z];
        if (j < n && (zc === C_LETTER || zc === C_MARK)) j++;
        else if (z === ZWNJ_CODE) {
          // A ZWNJ run stays inside the word only if a letter follows it.
          let k = j + 1;
          while (at(k) === ZWNJ_CODE) k++;
          if (CLS[at(k)] === C_LETTER) j = k;
          else break;
        } else break;
      }
      push(i, j, K_WORD);
      i = j;
      continue;
    }

    // Punctuation and symbols.
    let j = i + 1;
    let k = K_PUNCT;
    if (x === DOT || x === ELLIPSIS) {
      while (at(j) === x) j++;
    } else if (x === 0x21 || x === 0x3f || x === 0x61f) {
      while (at(j) === 0x21 || at(j) === 0x3f || at(j) === 0x61f) j++;
    } else if (x >= 0xd800 && x <= 0xdbff) {
      // A surrogate pair (emoji, astral letters), with ZWJ-joined followers.
      k = K_OTHER;
      if (at(j) >= 0xdc00 && at(j) <= 0xdfff) j++;
      while (at(j) === 0x200d && at(j + 1) >= 0xd800 && at(j + 1) <= 0xdbff) {
        j += 2;
        if (at(j) >= 0xdc00 && at(j) <= 0xdfff) j++;
      }
    } else {
      if (cl === C_MARK || (x >= 0x2190 && x <= 0x2bff) || x >= 0xdc00) k = K_OTHER;
      while (at(j) === x && j < n) j++;
    }
    while (j < n && CLS[c[j]!] === C_MARK) j++;
    push(i, j, k);
    i = j;
  }
  return { count, start, end, kind, gap };
}

const ZWNJ_CODE = 0x200c;

function latinEnd(c: Uint16Array, n: number, i: number): number {
  let j = i + 1;
  for (;;) {
    if (j >= n) break;
    const z = c[j]!;
    const zc = CLS[z];
    if (zc === C_LATIN || zc === C_MARK || isAsciiDigit(z)) j++;
    else if (
      (z === HYPHEN || z === UNDERSCORE) &&
      j + 1 < n &&
      (CLS[c[j + 1]!] === C_LATIN || isAsciiDigit(c[j + 1]!))
    )
      j += 2;
    else break;
  }
  return j;
}
