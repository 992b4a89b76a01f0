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
  return s
    .replace(/[\s\u200c\u0654]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

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
  return s
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}

export function parseDigits(s: string): number {
  return Number.parseInt(digitsToLatin(s), 10);
}
