// Words: the scanner's pieces over the normalised text, mapped back to original offsets. Nothing is
// dropped: every non-space character of the normalised text is inside exactly one token.
import { stringToCodes } from './buffer.js';
import { DIGIT_VAL } from './chars.js';
import { toOriginalSpan } from './normalize.js';
import { K_EMAIL, K_HASHTAG, K_MENTION, K_NUM, K_OTHER, K_PUNCT, K_URL, type Pieces, scan } from './scan.js';
import type { NormalizedText, Token, TokenKind } from './types.js';

// Scratch reused across calls (see normalize.ts); huge inputs do not pin theirs.
const KEEP_UNITS = 1 << 20;
let codeScratch: Uint16Array = new Uint16Array(1024);
let pieceScratch: Pieces | undefined;

/** Tokens of the normalised text, in order; `sentence` is -1 until sentences() assigns it. */
export function words(norm: NormalizedText): Token[] {
  const len = norm.text.length;
  const codes = len <= codeScratch.length ? codeScratch : stringToCodes(norm.text);
  if (codes === codeScratch) for (let i = 0; i < len; i++) codes[i] = norm.text.charCodeAt(i);
  else if (len <= KEEP_UNITS) codeScratch = codes;
  const p = scan(codes, len, pieceScratch);
  if (p.start.length <= KEEP_UNITS) pieceScratch = p;
  const tokens: Token[] = new Array(p.count);
  const { map, ends, original, text } = norm;
  for (let k = 0; k < p.count; k++) {
    const nStart = p.start[k]!;
    const nEnd = p.end[k]!;
    const start = map[nStart]!;
    const end = ends ? Math.max(start, ends[nEnd - 1]!) : toOriginalSpan(norm, nStart, nEnd).end;
    const raw = original.slice(start, end);
    // Most tokens read the same before and after normalising: share one string for both then.
    let same = end - start === nEnd - nStart;
    for (let i = 0; same && i < nEnd - nStart; i++) same = codes[nStart + i] === raw.charCodeAt(i);
    tokens[k] = {
      start,
      end,
      text: raw,
      normalized: same ? raw : text.slice(nStart, nEnd),
      nStart,
      nEnd,
      kind: tokenKind(p.kind[k]!, codes, nStart, nEnd),
      sentence: -1,
    };
  }
  return tokens;
}

function tokenKind(k: number, c: Uint16Array, a: number, b: number): TokenKind {
  switch (k) {
    case K_NUM:
      return numberKind(c, a, b);
    case K_EMAIL:
      return 'email';
    case K_URL:
      return 'url';
    case K_HASHTAG:
      return 'hashtag';
    case K_MENTION:
      return 'mention';
    case K_PUNCT:
    case K_OTHER:
      return 'punct';
    default:
      return 'word';
  }
}

/**
 * A number's kind from its digit groups: 14:30 is a time; three groups with a 2- or 4-digit year at one
 * end and a 1–2 digit middle (1397/11/03, 2023-05-12, ۱۴۰۲.۰۱.۱۵) a date; a leading 0 or + with 8+
 * digits a phone number (021-77491031, 09121234567, +982177491031).
 */
function numberKind(c: Uint16Array, a: number, b: number): TokenKind {
  const groups: number[] = [];
  const seps: number[] = [];
  let len = 0;
  let digits = 0;
  for (let i = a; i < b; i++) {
    if (DIGIT_VAL[c[i]!]! >= 0) {
      len++;
      digits++;
    } else if (i > a) {
      groups.push(len);
      seps.push(c[i]!);
      len = 0;
    }
  }
  groups.push(len);
  const sep = seps[0];
  const sameSep = seps.every((s) => s === sep);
  if (
    sep === 0x3a &&
    sameSep &&
    groups.length <= 3 &&
    groups[0]! <= 2 &&
    groups.slice(1).every((g) => g === 2)
  )
    return 'time';
  if (groups.length === 3 && sameSep && (sep === 0x2f || sep === 0x2d || sep === 0x2e)) {
    const [y1, m, y2] = groups as [number, number, number];
    if (m <= 2 && ((y1 === 4 && y2 <= 2) || (y2 === 4 && y1 <= 2) || (y1 === 2 && y2 <= 2))) return 'date';
  }
  const lead = c[a]!;
  if (
    (lead === 0x2b || DIGIT_VAL[lead] === 0) &&
    digits >= 8 &&
    seps.every((s) => s === 0x2d) &&
    (groups.length > 1 || digits >= 10 || lead === 0x2b)
  )
    return 'phone';
  return 'number';
}
