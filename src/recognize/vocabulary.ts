// What one word is, by its key alone: a given name, a surname, an everyday word, a function word, a
// verb form, the first word of an office or an organisation … The name tests ask these of each
// token many times, and of the same words in every document; keyIs(ctx, t, test) answers them from
// the lexicon's word book (word-book.ts), asking the lists once per word. The string forms
// (isCommonWord, isVerbForm) remain for keys that are no token's (two tokens joined, a stem).
import { key } from '../text/key.js';
import { PAST_STEMS, PRESENT_STEMS } from '../text/verbs.js';
import type { RecognizerContext } from './context.js';
import type { Lexicon, OrgEntry, TitleEntry } from './lexicon.js';
import type { PhraseMatch } from './matcher.js';
import { type DocWords, idAt, numberWords, WordBook } from './word-book.js';

const VERB_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];

/** A finite verb form: a past stem (+ ending, + negation), or می/نمی + stem. Verbs end a name. */
export function isVerbForm(k: string): boolean {
  let yes = verbForms.get(k);
  if (yes === undefined) {
    yes = verbFormOf(k);
    if (verbForms.size >= WORD_CACHE_SIZE) verbForms.clear();
    verbForms.set(k, yes);
  }
  return yes;
}

/** Answers by key (bounded): the same words recur in every document. */
const WORD_CACHE_SIZE = 50_000;
const verbForms = new Map<string, boolean>();

function verbFormOf(k: string): boolean {
  const bare = k.startsWith('نمی')
    ? k.slice(3)
    : k.startsWith('می')
      ? k.slice(2)
      : k.startsWith('ن')
        ? k.slice(1)
        : k;
  for (const w of bare === k ? [k] : [k, bare]) {
    if (PAST_STEMS.has(w)) return true;
    for (const e of VERB_ENDINGS)
      if (w.length > e.length + 1 && w.endsWith(e)) {
        const stem = w.slice(0, -e.length);
        if (PAST_STEMS.has(stem) || (w !== k && PRESENT_STEMS.has(stem))) return true;
      }
  }
  return false;
}

const PERSON_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];

/** A present stem + a person ending without «می» («شود», «باشند»): a subjunctive verb, not a name. */
export function isSubjunctive(k: string): boolean {
  return PERSON_ENDINGS.some(
    (e) => k.length > e.length + 1 && k.endsWith(e) && PRESENT_STEMS.has(k.slice(0, -e.length)),
  );
}

const SUFFIXES = ['ی', 'ای', 'ها', 'های', 'هایی', 'ان', 'ات'];
/** Prepositions and prefixes written glued to the next word («باتفاق», «بمناسبت», «وگفتگوی», «فراملی»). */
const GLUED_PREFIXES = ['و', 'ب', 'با', 'فرا', 'بی'];
const GLUED_AFTER = ['از', 'را'];

/**
 * An everyday word, also with an indefinite/ezafe ی or a plural glued on («گزارشی», «اعضای»,
 * «استادان») or a preposition glued in front. Known surnames are checked before this by the callers.
 */
export function isCommonWord(ctx: RecognizerContext, k: string): boolean {
  return commonWord(ctx.lex, k);
}

function commonWord(lex: Lexicon, k: string): boolean {
  const cache = lex.commonWordCache;
  let yes = cache.get(k);
  if (yes === undefined) {
    yes = commonWordOf(lex, k, true);
    if (cache.size >= WORD_CACHE_SIZE) cache.clear();
    cache.set(k, yes);
  }
  return yes;
}

function commonWordOf(lex: Lexicon, k: string, prefixed: boolean): boolean {
  const common = lex.commonWords;
  if (common.has(k)) return true;
  for (const suf of SUFFIXES)
    if (k.length > suf.length + 1 && k.endsWith(suf) && common.has(k.slice(0, -suf.length))) return true;
  // «بعداز», «پیشاز»: a word with a preposition glued after it.
  for (const post of GLUED_AFTER)
    if (k.length > post.length + 2 && k.endsWith(post) && common.has(k.slice(0, -post.length))) return true;
  if (prefixed)
    for (const pre of GLUED_PREFIXES)
      if (k.length > pre.length + 2 && k.startsWith(pre) && commonWordOf(lex, k.slice(pre.length), false))
        return true;
  return false;
}

/** «سید», «سیده», «میر» before a given name. */
export const SEYED_WORDS: ReadonlySet<string> = new Set([key('سید'), key('سیده'), key('میر')]);

// The tests, by number (their bit in the word book). Phrase tests say whether some phrase of a
// matcher begins with the whole word: when none does, the matcher's longestAt there is null.
export const GIVEN = 0;
export const SURNAME = 1;
export const COMMON = 2;
export const FUNCTION = 3;
export const KNOWN = 4;
/** isCommonWord: an everyday word, also inflected or with a preposition glued on. */
export const COMMON_WORD = 5;
export const VERB = 6;
export const SUBJUNCTIVE = 7;
export const NAME_STOP = 8;
export const PRONOUN = 9;
export const SEYED_WORD = 10;
/** «…ی» whose stem is an office («سرپرستی»): the office's abstract noun. */
export const OFFICE_NOUN = 11;
/** «…ی» that is a surname and whose stem is a given name («جلیلی», «حسینی»). */
export const GIVEN_NISBA = 12;
const STARTS_TITLE = 13;
const STARTS_ORG = 14;
const STARTS_HONORIFIC = 15;
const STARTS_EVENT = 16;
const STARTS_HAPPENED = 17;
const STARTS_COUNTRY = 18;
const STARTS_SPEECH = 19;

type Test = (lex: Lexicon, k: string) => boolean;
const TESTS: Test[] = [
  (lex, k) => lex.givenNames.has(k),
  (lex, k) => lex.surnames.has(k),
  (lex, k) => lex.commonWords.has(k),
  (lex, k) => lex.functionWords.has(k),
  (lex, k) => lex.knownWords.has(k),
  commonWord,
  (_, k) => isVerbForm(k),
  (_, k) => isSubjunctive(k),
  (lex, k) => lex.nameStops.has(k),
  (lex, k) => lex.pronouns.has(k),
  (_, k) => SEYED_WORDS.has(k),
  (lex, k) => k.endsWith('ی') && !!lex.titles.longestAt([k.slice(0, -1)], 0),
  (lex, k) => k.endsWith('ی') && lex.surnames.has(k) && lex.givenNames.has(k.slice(0, -1)),
  (lex, k) => k !== '' && lex.titles.walk(k) !== null,
  (lex, k) => k !== '' && lex.orgs.walk(k) !== null,
  (lex, k) => k !== '' && lex.honorifics.walk(k) !== null,
  (lex, k) => k !== '' && lex.events.walk(k) !== null,
  (lex, k) => k !== '' && lex.happened.walk(k) !== null,
  (lex, k) => k !== '' && lex.countries.walk(k) !== null,
  (lex, k) => k !== '' && lex.speechVerbs.walk(k) !== null,
];

/** A test number for membership in a fixed set of keys (made once, when a module loads). */
export function inSet(set: ReadonlySet<string>): number {
  if (TESTS.length >= 32) throw new Error('a word book keeps at most 32 tests');
  TESTS.push((_, k) => set.has(k));
  return TESTS.length - 1;
}

/** Each lexicon's current book (a spread copy of a lexicon, as English's, gets a book of its own). */
const books = new WeakMap<Lexicon, WordBook>();

/** The lexicon's book for the next document: its current one, or a new one when that is full. */
export function bookFor(lex: Lexicon): WordBook {
  const current = books.get(lex);
  if (current && !current.full) return current;
  const book = new WordBook();
  books.set(lex, book);
  return book;
}

/** The context's tokens numbered in its lexicon's book (createContext numbers them; others on first use). */
export function wordsOf(ctx: RecognizerContext): DocWords {
  ctx.words ??= numberWords(bookFor(ctx.lex), ctx.keys);
  return ctx.words;
}

/** Test `test` (GIVEN, SURNAME …) of the key of token t ('' outside the document). */
export function keyIs(ctx: RecognizerContext, t: number, test: number): boolean {
  const w = wordsOf(ctx);
  return w.book.fact(idAt(w, t), test, ctx.lex, TESTS[test]!);
}

/**
 * Test `test` (GIVEN, SURNAME or COMMON) of the keys of tokens a and b joined: keys[a] + keys[b],
 * '' for either outside the document.
 */
export function pairIs(ctx: RecognizerContext, a: number, b: number, test: number): boolean {
  const w = wordsOf(ctx);
  return w.book.pairFact(idAt(w, a), idAt(w, b), test, ctx.lex, TESTS[test]!);
}

/** lex.titles.longestAt(keys, t), skipped where no office begins with the word. */
export function titleAt(ctx: RecognizerContext, t: number): PhraseMatch<TitleEntry> | null {
  return keyIs(ctx, t, STARTS_TITLE) ? ctx.lex.titles.longestAt(ctx.keys, t) : null;
}

export function orgAt(ctx: RecognizerContext, t: number): PhraseMatch<OrgEntry> | null {
  return keyIs(ctx, t, STARTS_ORG) ? ctx.lex.orgs.longestAt(ctx.keys, t) : null;
}

export function honorificAt(ctx: RecognizerContext, t: number): PhraseMatch<string> | null {
  return keyIs(ctx, t, STARTS_HONORIFIC) ? ctx.lex.honorifics.longestAt(ctx.keys, t) : null;
}

export function eventAt(ctx: RecognizerContext, t: number): boolean {
  return keyIs(ctx, t, STARTS_EVENT) && !!ctx.lex.events.longestAt(ctx.keys, t);
}

export function happenedAt(ctx: RecognizerContext, t: number): boolean {
  return keyIs(ctx, t, STARTS_HAPPENED) && !!ctx.lex.happened.longestAt(ctx.keys, t);
}

export function countryAt(ctx: RecognizerContext, t: number): boolean {
  return keyIs(ctx, t, STARTS_COUNTRY) && !!ctx.lex.countries.longestAt(ctx.keys, t);
}

export function speechVerbAt(ctx: RecognizerContext, t: number): boolean {
  return keyIs(ctx, t, STARTS_SPEECH) && !!ctx.lex.speechVerbs.longestAt(ctx.keys, t);
}
