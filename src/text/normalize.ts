// Persian normalisation with an exact offset map, modelled on hazm's Normalizer (see DIFFERENCES.md).
// Four passes over code units: fold characters (tables), compact (stray ZWNJs, repeated letters), scan
// pieces (scan.ts), re-emit the pieces with canonical spacing and ZWNJs. Every emitted code unit
// carries the original span it came from.
import {
  AFTER_HA,
  HEH_SUFFIXES,
  isParticipleStem,
  isVerbAfterMi,
  MI_NOT_VERB,
  PARTICIPLE_ENDINGS,
  WORD_SUFFIXES,
} from './affixes.js';
import { codesToString, MappedBuffer } from './buffer.js';
import {
  C_DIGIT,
  C_LETTER,
  C_MARK,
  C_OTHER,
  CLS,
  DIGIT_VAL,
  EXPAND,
  F_ATTACH,
  F_CR,
  F_EXPAND,
  F_ZWJ,
  FOLD,
  LF,
  NON_JOINING,
  PERSIAN_LETTER,
  SPACE,
  ZWNJ,
} from './chars.js';
import { G_LF, G_NONE, G_PARA, G_SPACE, K_LATIN, K_NUM, K_PUNCT, K_WORD, type Pieces, scan } from './scan.js';
import type { NormalizedText, NormalizeOptions, Span } from './types.js';

const HEH = 0x647;
const QUOTE = 0x22;
const GUILLEMET_OPEN = 0xab;
const GUILLEMET_CLOSE = 0xbb;
const ELLIPSIS = 0x2026;
const DOT = 0x2e;

const CLOSE = new Uint8Array(65536);
for (const ch of '.:!؟?،؛,;»)]}') CLOSE[ch.charCodeAt(0)] = 1;
const OPEN = new Uint8Array(65536);
for (const ch of '«([{') OPEN[ch.charCodeAt(0)] = 1;

/** Fold characters: the character map, deletions, expansions. */
// Scratch space reused from one call to the next (the pipeline normalises document after document);
// buffers bigger than this (1 M units: documents of about 2 MB) are not kept, so one huge input does
// not pin its memory for the rest of the run.
const KEEP_UNITS = 1 << 20;
let foldScratch = new MappedBuffer(1024);
let pieceScratch: Pieces | undefined;
let outScratch: Uint16Array = new Uint16Array(1024);

function fold(original: string, latinDigits: boolean): MappedBuffer {
  const len = original.length;
  const out = len + 16 <= foldScratch.c.length ? foldScratch : new MappedBuffer(len + 16);
  out.n = 0;
  if (out !== foldScratch && out.c.length <= KEEP_UNITS) foldScratch = out;
  // Every branch but EXPAND emits at most one unit per input unit, so only EXPAND needs to grow.
  let c = out.c;
  let s = out.s;
  let e = out.e;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const x = original.charCodeAt(i);
    const f = FOLD[x]!;
    let y = -1;
    // Latin digits are chosen before scanning, so the scanner sees e-mails and URLs as they will be.
    if (latinDigits && DIGIT_VAL[x]! >= 0) y = 0x30 + DIGIT_VAL[x]!;
    else if (f === 0) y = x;
    else if (f < 0xfff0) y = f;
    else if (f === F_ATTACH) {
      // A mark or kashida disappears into the letter before it, so spans of that letter cover it.
      if (n > 0 && e[n - 1] === i && c[n - 1] !== SPACE && c[n - 1] !== LF) e[n - 1] = i + 1;
    } else if (f === F_EXPAND) {
      const str = EXPAND.get(x)!;
      out.n = n;
      for (let k = 0; k < str.length; k++) out.push(str.charCodeAt(k), i, i + 1);
      n = out.n;
      out.reserve(len - i + 16);
      c = out.c;
      s = out.s;
      e = out.e;
    } else if (f === F_CR) {
      if (i + 1 >= len || original.charCodeAt(i + 1) !== LF) y = LF;
    } else if (f === F_ZWJ) {
      // Kept between two emoji (family sequences); elsewhere it only changes letter shapes.
      const prev = n > 0 ? c[n - 1]! : 0;
      const next = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if (prev >= 0xdc00 && prev <= 0xdfff && next >= 0xd800 && next <= 0xdbff) y = x;
    }
    // F_DELETE: dropped.
    if (y >= 0) {
      c[n] = y;
      s[n] = i;
      e[n] = i + 1;
      n++;
    }
  }
  out.n = n;
  return out;
}

/**
 * Two clean-ups before scanning, so the scanner sees the neighbours and words the output will have:
 * keep a ZWNJ only between two letters of a non-Latin word (one per run; anywhere else it joins
 * nothing), and shorten a Persian letter repeated 3+ times to one letter covering the run
 * (سلاممم → سلام, عااالی → عالی; hazm picks one or two letters by its lexicon).
 */
function compact(b: MappedBuffer): void {
  const c = b.c;
  const n = b.n;
  let w = 0;
  for (let r = 0; r < n; r++) {
    const x = c[r]!;
    let k = r + 1;
    if (x === ZWNJ) {
      const prev = w > 0 ? CLS[c[w - 1]!] : C_OTHER;
      while (k < n && c[k] === ZWNJ) k++;
      const next = k < n ? CLS[c[k]!] : C_OTHER;
      const from = r;
      r = k - 1;
      if (!((prev === C_LETTER || prev === C_MARK) && next === C_LETTER)) continue;
      c[w] = x;
      b.s[w] = b.s[from]!;
      b.e[w] = b.e[from]!;
      w++;
      continue;
    }
    if (PERSIAN_LETTER[x] === 1 && k + 1 < n && c[k] === x && c[k + 1] === x) {
      while (k < n && c[k] === x) k++;
      c[w] = x;
      b.s[w] = b.s[r]!;
      b.e[w] = b.e[k - 1]!;
      w++;
      r = k - 1;
      continue;
    }
    c[w] = x;
    b.s[w] = b.s[r]!;
    b.e[w] = b.e[r]!;
    w++;
  }
  b.n = w;
}

/** ASCII quotes paired on one line: consecutive pairs with something between them become « ». */
function pairQuotes(c: Uint16Array, p: Pieces): Int8Array {
  const mark = new Int8Array(p.count);
  let open = -1;
  for (let k = 0; k < p.count; k++) {
    if (p.gap[k]! >= G_LF) open = -1;
    if (p.kind[k] !== K_PUNCT || p.end[k]! - p.start[k]! !== 1 || c[p.start[k]!] !== QUOTE) continue;
    if (open < 0) open = k;
    else {
      if (k - open > 1) {
        mark[open] = 1;
        mark[k] = 2;
      }
      open = -1;
    }
  }
  return mark;
}

function pieceString(c: Uint16Array, p: Pieces, k: number): string {
  return codesToString(c, p.start[k]!, p.end[k]!);
}

/** Is piece k exactly the string s? */
function pieceIs(c: Uint16Array, p: Pieces, k: number, s: string): boolean {
  const a = p.start[k]!;
  if (p.end[k]! - a !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (c[a + i] !== s.charCodeAt(i)) return false;
  return true;
}

const SEP_NONE = 0;
const SEP_SPACE = 1;
const SEP_ZWNJ = 2;
const SEP_LF = 3;
const SEP_PARA = 4;

export function normalize(original: string, opts: NormalizeOptions = {}): NormalizedText {
  const latin = opts.digits === 'latin';
  const f = fold(original, latin);
  compact(f);
  const c = f.c;
  const fs = f.s;
  const fe = f.e;
  const p = scan(c, f.n, pieceScratch);
  if (p.start.length <= KEEP_UNITS) pieceScratch = p;
  const quotes = pairQuotes(c, p);
  const count = p.count;
  // A separator adds at most 2 units per piece; ZWNJs inside words (rare) fit in the f.n/8 headroom,
  // and reserve() grows the buffers if they do not.
  let cap = f.n + 2 * count + (f.n >> 3) + 64;
  if (outScratch.length < cap && cap <= KEEP_UNITS) outScratch = new Uint16Array(cap);
  let oc = outScratch.length >= cap ? outScratch : new Uint16Array(cap);
  let os = new Int32Array(cap + 1);
  let oe = new Int32Array(cap);
  let on = 0;
  // Output never exceeds f.n + 2 * count + (ZWNJs inserted inside words so far).
  let inserted = 0;
  const reserve = (extra: number): void => {
    if (f.n + 2 * count + inserted + extra <= cap) return;
    cap = 2 * cap + extra;
    const nc = new Uint16Array(cap);
    nc.set(oc.subarray(0, on));
    oc = nc;
    const ns = new Int32Array(cap + 1);
    ns.set(os);
    os = ns;
    const ne = new Int32Array(cap);
    ne.set(oe);
    oe = ne;
  };
  const put = (x: number, s: number, e: number): void => {
    oc[on] = x;
    os[on] = s;
    oe[on] = e;
    on++;
  };
  const pk = p.kind;
  const ps = p.start;
  const pe = p.end;

  const first = (k: number): number => c[ps[k]!]!;
  // Punctuation role of each piece, computed once: 1 closing, 2 opening, 3 ellipsis.
  const role = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    if (pk[k] !== K_PUNCT) continue;
    const a = ps[k]!;
    const x = c[a]!;
    if (x === ELLIPSIS || (x === DOT && pe[k]! - a >= 3)) role[k] = 3;
    else if (CLOSE[x] === 1 || quotes[k] === 2) role[k] = 1;
    else if (OPEN[x] === 1 || quotes[k] === 1) role[k] = 2;
  }
  const isEllipsis = (k: number): boolean => role[k] === 3;
  const isClose = (k: number): boolean => role[k] === 1;
  const isOpen = (k: number): boolean => role[k] === 2;

  // ZWNJ joins between two words written apart (می کنند، دانشگاه ها، کرده ایم). A piece this pass
  // joined to the one before is part of a longer word: «دانشگاه ی ها» → «دانشگاه‌ی‌ها» in one pass,
  // as the second pass would see it.
  const joinedToPrevious = new Uint8Array(count);
  const join = (q: number, k: number): number => {
    const qa = ps[q]!;
    const qlen = pe[q]! - qa;
    const ka = ps[k]!;
    const klen = pe[k]! - ka;
    const qLast = c[pe[q]! - 1]!;
    if (
      (pieceIs(c, p, q, 'می') || pieceIs(c, p, q, 'نمی')) &&
      !(q > 0 && pk[q - 1] === K_NUM) &&
      isVerbAfterMi(pieceString(c, p, k))
    )
      return SEP_ZWNJ;
    const kFirst = c[ka]!;
    if (klen > 7 || (qlen < 2 && joinedToPrevious[q] !== 1) || qLast < 0x620 || qLast > 0x6ff) return -1;
    if ((kFirst === HEH || kFirst === 0x62a) && WORD_SUFFIXES.has(pieceString(c, p, k))) {
      if (NON_JOINING[qLast] !== 1) return SEP_ZWNJ;
      // «شد های» glued is «شدهای», which reads as the participle «شده‌ای» on the next pass.
      const suffix = pieceString(c, p, k);
      return kFirst === HEH &&
        PARTICIPLE_ENDINGS.includes(suffix.slice(1)) &&
        isParticipleStem(pieceString(c, p, q))
        ? SEP_ZWNJ
        : SEP_NONE;
    }
    if (qLast === HEH && (kFirst === 0x627 || kFirst === 0x6cc) && HEH_SUFFIXES.has(pieceString(c, p, k)))
      return SEP_ZWNJ;
    return -1;
  };

  const separator = (k: number): number => {
    const g = p.gap[k]!;
    if (g === G_LF) return SEP_LF;
    if (g === G_PARA) return SEP_PARA;
    const q = k - 1;
    if (g === G_SPACE && pk[q] === K_WORD && pk[k] === K_WORD) {
      const j = join(q, k);
      if (j >= 0) {
        joinedToPrevious[k] = 1;
        return j;
      }
    }
    if (isEllipsis(k)) return isOpen(q) ? SEP_NONE : SEP_SPACE;
    // «.. .» glued would be «...», which the next pass reads as an ellipsis: keep them apart.
    if (first(k) === DOT && c[pe[q]! - 1] === DOT && g !== G_NONE) return SEP_SPACE;
    if (isClose(k)) return SEP_NONE;
    if (isOpen(q)) return SEP_NONE;
    if (isClose(q) || isEllipsis(q)) {
      // Node.js, 3.x, a:b stay glued: a dot between two Latin/number tokens is not a sentence stop.
      const x = first(q);
      if (
        g === G_NONE &&
        pe[q]! - ps[q]! === 1 &&
        (x === DOT || x === 0x3a || x === 0x2c) &&
        (pk[k] === K_LATIN || pk[k] === K_NUM) &&
        p.gap[q] === G_NONE &&
        q > 0 &&
        (pk[q - 1] === K_LATIN || pk[q - 1] === K_NUM)
      )
        return SEP_NONE;
      return SEP_SPACE;
    }
    if (isOpen(k)) return SEP_SPACE;
    if (g === G_SPACE) return SEP_SPACE;
    // Glued digits and Persian letters get a space (۹کیلومتر → ۹ کیلومتر).
    if ((pk[q] === K_NUM && pk[k] === K_WORD) || (pk[q] === K_WORD && pk[k] === K_NUM)) return SEP_SPACE;
    return SEP_NONE;
  };

  const emitSeparator = (k: number, sep: number): void => {
    if (sep === SEP_NONE) return;
    // The separator stands for the whitespace it replaces, or is zero-width at the next piece.
    const gapStart = pe[k - 1]!;
    const gapEnd = ps[k]!;
    const next = fs[gapEnd]!;
    const s = gapStart < gapEnd ? fs[gapStart]! : next;
    const e = Math.max(s, next);
    if (sep === SEP_SPACE) put(SPACE, s, e);
    else if (sep === SEP_ZWNJ) put(ZWNJ, s, e);
    else if (sep === SEP_LF) put(LF, s, e);
    else {
      put(LF, s, e);
      put(LF, s, e);
    }
  };

  const emitWord = (a: number, b: number): void => {
    // Fast path: only words with ه or starting with م/ن can need a ZWNJ (می‌، ه‌ها، ه‌ایم).
    const x0 = c[a]!;
    if (x0 !== 0x645 && x0 !== 0x646) {
      const mark = on;
      let i = a;
      for (; i < b; i++) {
        const x = c[i]!;
        if (x === HEH) break;
        oc[on] = x;
        os[on] = fs[i]!;
        oe[on] = fe[i]!;
        on++;
      }
      if (i === b) return;
      on = mark;
    }
    // The word is c[a, b); its units' origins are fs/fe[a, b).
    const n = b - a;
    reserve(4);
    // ZWNJs to insert before these word positions.
    let ins1 = -1;
    let ins2 = -1;
    let insHa = -1;
    let insHa2 = -1;
    // می/نمی glued to a verb: میکنند → می‌کنند
    if (n >= 4 && c[b - 1] !== ZWNJ) {
      const pre = c[a] === 0x646 ? 3 : 2;
      const m0 = a + (pre === 3 ? 1 : 0);
      if (c[m0] === 0x645 && c[m0 + 1] === 0x6cc && n - pre >= 2 && c[a + pre] !== ZWNJ) {
        let hasZwnj = false;
        for (let k = a + pre; k < b; k++) if (c[k] === ZWNJ) hasZwnj = true;
        if (!hasZwnj) {
          const word = codesToString(c, a, b);
          if (!MI_NOT_VERB.has(word) && isVerbAfterMi(word.slice(pre))) ins1 = pre;
        }
      }
    }
    // ه + ها: دانشگاههای → دانشگاه‌های
    for (let k = 1; k + 2 < n; k++) {
      if (c[a + k] === HEH && c[a + k + 1] === HEH && c[a + k + 2] === 0x627) {
        let e = k + 3;
        while (e < n && c[a + e] !== ZWNJ) e++;
        if (e - (k + 3) <= 4 && AFTER_HA.has(codesToString(c, a + k + 3, a + e))) {
          if (insHa < 0) insHa = k + 1;
          else insHa2 = k + 1;
        }
      }
    }
    // past participle + personal ending: کردهایم → کرده‌ایم
    let segStart = n - 1;
    while (segStart > 0 && c[a + segStart - 1] !== ZWNJ) segStart--;
    if (n - segStart >= 5) {
      for (const ending of PARTICIPLE_ENDINGS) {
        const at = n - ending.length;
        if (at - 1 <= segStart || c[a + at - 1] !== HEH) continue;
        let ok = true;
        for (let k = 0; k < ending.length; k++) if (c[a + at + k] !== ending.charCodeAt(k)) ok = false;
        if (ok && isParticipleStem(codesToString(c, a + segStart, a + at - 1))) ins2 = at;
        if (ok) break;
      }
    }
    for (let k = 0; k < n; k++) {
      if (k === ins1 || k === ins2 || k === insHa || k === insHa2) {
        put(ZWNJ, fs[a + k]!, fs[a + k]!);
        inserted++;
      }
      put(c[a + k]!, fs[a + k]!, fe[a + k]!);
    }
  };

  const emitNumber = (a: number, b: number): void => {
    let seps = 0;
    let dots = 0;
    for (let i = a; i < b; i++) {
      if (CLS[c[i]!] !== C_DIGIT && !(i === a && c[i] === 0x2b)) {
        seps++;
        if (c[i] === DOT || c[i] === 0x66b) dots++;
      }
    }
    const decimal = seps === 1 && dots === 1;
    const zero = latin ? 0x30 : 0x6f0;
    for (let i = a; i < b; i++) {
      const x = c[i]!;
      const d = DIGIT_VAL[x]!;
      let y = x;
      if (d >= 0) y = zero + d;
      else if (decimal && (x === DOT || x === 0x66b)) y = latin ? DOT : 0x66b;
      else if (latin && x === 0x66c) y = 0x2c;
      put(y, fs[i]!, fe[i]!);
    }
  };

  const emitPunct = (k: number, a: number, b: number): void => {
    if (isEllipsis(k)) {
      put(ELLIPSIS, fs[a]!, fe[b - 1]!);
      return;
    }
    const q = quotes[k]!;
    for (let i = a; i < b; i++) {
      let x = c[i]!;
      if (q === 1) x = GUILLEMET_OPEN;
      else if (q === 2) x = GUILLEMET_CLOSE;
      else if (x === 0x25 && !latin) x = 0x66a;
      else if (x === 0x66a && latin) x = 0x25;
      put(x, fs[i]!, fe[i]!);
    }
  };

  for (let k = 0; k < count; k++) {
    if (k > 0) emitSeparator(k, separator(k));
    const a = ps[k]!;
    const b = pe[k]!;
    const kind = pk[k]!;
    if (kind === K_WORD) emitWord(a, b);
    else if (kind === K_NUM) emitNumber(a, b);
    else if (kind === K_PUNCT) emitPunct(k, a, b);
    else for (let i = a; i < b; i++) put(c[i]!, fs[i]!, fe[i]!);
  }

  os[on] = original.length;
  return { original, text: codesToString(oc, 0, on), map: trimmed(os, on + 1), ends: trimmed(oe, on) };
}

/**
 * The first n values of a buffer sized for the worst case. A view keeps the whole buffer alive, so a
 * much bigger one (a long document) is copied to its size: the maps live as long as the document.
 */
function trimmed(a: Int32Array, n: number): Int32Array {
  return a.length - n > (n >> 3) + 4096 ? a.slice(0, n) : a.subarray(0, n);
}

/**
 * The original span of the normalised span [nStart, nEnd): from the first character's origin to the
 * last character's origin end, so a span covers whole original characters, with the diacritics and
 * kashidas folded into them, but not the invisible characters dropped after it.
 */
export function toOriginalSpan(n: NormalizedText, nStart: number, nEnd: number): Span {
  const start = n.map[nStart]!;
  if (nEnd <= nStart) return { start, end: start };
  if (n.ends) return { start, end: Math.max(start, n.ends[nEnd - 1]!) };
  return { start, end: n.map[nEnd]! };
}

/**
 * The normalised offset for an original offset: the first normalised character whose origin starts
 * at or after it (for a span start or end). Binary search over the monotone map.
 */
export function toNormalizedOffset(n: NormalizedText, origOffset: number): number {
  const map = n.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < origOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The normalised span covering the original span [start, end). */
export function toNormalizedSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = toNormalizedOffset(n, start);
  const e = Math.max(s, toNormalizedOffset(n, end));
  return { start: s, end: e };
}
