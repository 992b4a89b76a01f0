// Latin-script names of the generated gazetteer (tens of thousands of universities): a hash index by
// the folded key of the whole name, looked up over windows of word tokens. A character trie of that
// size takes about a second to build per process; a Map of whole keys takes a few tens of ms.
//
// English prose is full of words that are also parts of names, so a name matches only when
//  - it has at least two words, one of them a head («University», «Institut», …) and one of them
//    distinctive (not in `latinGeneric`: «Open University» or «State University» never match);
//  - it names one institution (a key shared by two ids is ambiguous and dropped);
//  - every content word of the window is capitalised in the original text.
// ROR's acronyms are kept in the data but not matched: «THE», «UNI», «ICT» are words and brands too.
import type { RecognizerContext } from './context.js';
import type { KeySet, Lookup } from './gazetteer-pack.js';
import type { OrgEntry } from './lexicon.js';

const ASCII = /^[\x20-\x7e]*$/;
const NOT_ALNUM_ASCII = /[^a-z0-9]/g;

/** Fold for Latin names and tokens: lower case, no accents, letters and digits only. */
export function latinFold(s: string): string {
  // Most names are plain ASCII: no accents to strip (NFD is the costly step at start-up).
  if (ASCII.test(s)) return s.toLowerCase().replace(NOT_ALNUM_ASCII, '');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface WorldIndex {
  byKey: Lookup<OrgEntry>;
  /** folded first words of indexed names: windows start only there */
  firstWords: KeySet;
  maxWords: number;
  size: number;
}

/** What buildWorldIndex makes (the gazetteer's compiler packs it). */
export interface BuiltWorldIndex extends WorldIndex {
  byKey: Map<string, OrgEntry>;
  firstWords: Set<string>;
}

export interface WorldWords {
  heads: Set<string>;
  generic: Set<string>;
}

const AMBIGUOUS = null;

export function buildWorldIndex(
  names: readonly { name: string; entry: OrgEntry }[],
  words: WorldWords,
): BuiltWorldIndex {
  const byKey = new Map<string, OrgEntry | typeof AMBIGUOUS>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const { name, entry } of names) {
    const parts = name
      .split(/[\s\-–/,]+/)
      .map(latinFold)
      .filter(Boolean);
    if (parts.length < 2) continue;
    if (!parts.some((p) => words.heads.has(p))) continue;
    if (parts.every((p) => words.generic.has(p))) continue;
    const k = parts.join('');
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, entry);
    else if (seen && seen.id !== entry.id) byKey.set(k, AMBIGUOUS);
    firstWords.add(parts[0]!);
    maxWords = Math.max(maxWords, parts.length);
  }
  const unique = new Map<string, OrgEntry>();
  for (const [k, v] of byKey) if (v) unique.set(k, v);
  return { byKey: unique, firstWords, maxWords, size: unique.size };
}

/** Small words that stay lower case inside a name («University of the Arts», «Universidad de Alicante»). */
const LOWER_OK = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'del',
  'la',
  'le',
  'des',
  'di',
  'da',
  'do',
  'der',
  'und',
  'y',
  'e',
  'et',
  'in',
  'at',
  'an',
  'du',
  'van',
  'von',
  'al',
]);
/** Punctuation a name may contain between its words («Al-Mustaqbal», «Tabataba'i», «K.N.»). */
const INNER_PUNCT = new Set(['-', "'", '’', '.', '&', ',', '–']);

/** Does the character change when lower-cased, or is it a number? */
export function capitalCharacter(codePoint: number): boolean {
  const ch = String.fromCodePoint(codePoint);
  return ch !== ch.toLowerCase() || /\p{N}/u.test(ch);
}

/** capitalCharacter of each BMP code unit outside the surrogates, asked once: 0 not yet, 1 no, 2 yes. */
const CAPITAL = new Uint8Array(0x10000);

/** Does `text` begin with a capital letter or a number (capitalCharacter of its first character)? */
export function startsCapitalised(text: string): boolean {
  const first = text.codePointAt(0)!;
  if (first === undefined || first > 0xffff) return capitalCharacter(first);
  let known = CAPITAL[first]!;
  if (known === 0) {
    known = capitalCharacter(first) ? 2 : 1;
    CAPITAL[first] = known;
  }
  return known === 2;
}

export interface WorldMatch {
  tEnd: number;
  entry: OrgEntry;
}

/** The longest indexed name starting at token `t`, or null. */
export function worldAt(ctx: RecognizerContext, index: WorldIndex, t: number): WorldMatch | null {
  const tokens = ctx.doc.tokens;
  const first = tokens[t];
  if (first?.kind !== 'word' || !startsCapitalised(first.text)) return null;
  const firstKey = latinFold(first.text);
  if (!firstKey || !/^[a-z0-9]/.test(firstKey)) return null;
  if (!index.firstWords.has(firstKey)) {
    // Apostrophes split a token («Tabataba'i» → Tabataba ' i): the first word may span several.
    if (tokens[t + 1]?.text !== "'" && tokens[t + 1]?.text !== '’') return null;
  }
  let best: WorldMatch | null = null;
  let acc = '';
  let words = 0;
  for (let u = t; u < tokens.length && words <= index.maxWords + 2; u++) {
    const tok = tokens[u]!;
    if (tok.sentence !== first.sentence) break;
    if (tok.kind === 'punct') {
      if (!INNER_PUNCT.has(tok.text)) break;
      continue;
    }
    if (tok.kind !== 'word' && tok.kind !== 'number') break;
    const f = latinFold(tok.text);
    if (!f || !/^[a-z0-9]/.test(f)) break;
    if (!startsCapitalised(tok.text) && !LOWER_OK.has(f)) break;
    acc += f;
    words++;
    const hit = index.byKey.get(acc);
    if (hit && !LOWER_OK.has(f)) best = { tEnd: u + 1, entry: hit };
  }
  return best;
}
