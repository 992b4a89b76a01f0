// Regular-expression building blocks over the normalised text. They accept Persian, Arabic-Indic
// and Latin digits, Arabic and Persian yeh/kaf, and a space, a ZWNJ or nothing inside compounds,
// so they work on any normaliser's output and on raw text alike.
import type { NamedMonth } from './lexicon.js';

export const DIGIT = '[0-9\u06f0-\u06f9\u0660-\u0669]';
/** Horizontal gap between words: spaces or ZWNJ, no line break. */
export const GAP = '[ \\t\\u00a0\\u200c]+';
export const OPT_GAP = '[ \\t\\u00a0\\u200c]*';
/**
 * The gap inside a lookbehind. Bounded: an unbounded one is scanned back over the whole run at
 * every position of a long run of spaces (quadratic).
 */
export const BEHIND_GAP = '[ \\t\\u00a0\\u200c]{1,3}';
/** Start/end of a word: not inside a letter or digit run. */
export const WB_START = '(?<![\\p{L}\\p{N}\\p{M}])';
export const WB_END = '(?![\\p{L}\\p{N}\\p{M}]|\\u200c\\p{L})';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern for one lexicon word: tolerant of yeh/kaf variants, hamza and word-internal gaps. */
export function wordPattern(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === ' ' || ch === '\u200c') out += OPT_GAP;
    else if (ch === 'ی' || ch === 'ي' || ch === 'ى') out += '[یيى]';
    else if (ch === 'ک' || ch === 'ك') out += '[کك]';
    else if (ch === 'ه' || ch === 'ة') out += '[هة]';
    else if (ch === 'ٔ') out += 'ٔ?';
    else out += escapeRe(ch);
  }
  return out;
}

/** Alternation of words, longest first so the regex engine prefers the longest name. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map(wordPattern).join('|')})`;
}

export function monthNames(months: NamedMonth[]): string[] {
  return months.flatMap((m) => m.names);
}

/** Key to look a matched name up in a lexicon: strip gaps, unify yeh/kaf/heh, lower-case Latin. */
export function lexKey(s: string): string {
  // Most keys are already keys (Persian letters, lower-case Latin): returned as they are.
  for (let i = 0; i < s.length; i++) if (KEY_UNIT[s.charCodeAt(i)] !== 1) return slowKey(s);
  return s;
}

function slowKey(s: string): string {
  return s
    .replace(/[\s\u200c\u0654]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

/** Code units below U+0700 (Latin, Arabic script) that slowKey leaves as they are, decided by slowKey. */
const KEY_UNIT = (() => {
  const out = new Uint8Array(0x700);
  for (let c = 0; c < 0x700; c++) out[c] = slowKey(String.fromCharCode(c)) === String.fromCharCode(c) ? 1 : 0;
  return out;
})();

export function lookup<T>(table: Map<string, T>, s: string): T | undefined {
  return table.get(lexKey(s));
}

export function buildTable<T>(entries: Iterable<[string, T]>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of entries) out.set(lexKey(k), v);
  return out;
}

/** Latin-digit value of a digit string written in any of the three digit sets. */
export function digitsToLatin(s: string): string {
  let i = 0;
  while (i < s.length && DIGIT_BASE[s.charCodeAt(i)]! <= 0x30) i++;
  if (i === s.length) return s;
  return s
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}

export function parseDigits(s: string): number {
  // A short run of digits (any of the sets) is summed directly: what parseInt gives for it.
  if (s.length === 0 || s.length > 15) return Number.parseInt(digitsToLatin(s), 10);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const base = DIGIT_BASE[c]!;
    if (base === 0) return Number.parseInt(digitsToLatin(s), 10);
    n = n * 10 + (c - base);
  }
  return n;
}

/** Per code unit: the zero of its digit set (Latin, Persian, Arabic-Indic) when it is a digit, else 0. */
const DIGIT_BASE = (() => {
  const out = new Uint16Array(65536);
  for (let d = 0; d < 10; d++) {
    out[0x30 + d] = 0x30;
    out[0x6f0 + d] = 0x6f0;
    out[0x660 + d] = 0x660;
  }
  return out;
})();
