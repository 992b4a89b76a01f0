// The word book (src/recognize/word-book.ts) and the tests it keeps (vocabulary.ts): every answer
// keyIs gives for a token is what the word lists and matchers give for the token's key, asked
// first or again, in one document or the next; a book numbers each distinct string once and asks
// each test once per word; a full book is left for a new one between documents.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import { createContext, type RecognizerContext } from '../../src/recognize/context.js';
import type { Lexicon } from '../../src/recognize/lexicon.js';
import type { PhraseMatch } from '../../src/recognize/matcher.js';
import {
  COMMON,
  COMMON_WORD,
  countryAt,
  eventAt,
  FUNCTION,
  GIVEN,
  GIVEN_NISBA,
  happenedAt,
  honorificAt,
  inSet,
  isCommonWord,
  isSubjunctive,
  isVerbForm,
  KNOWN,
  keyIs,
  NAME_STOP,
  OFFICE_NOUN,
  orgAt,
  PRONOUN,
  pairIs,
  SEYED_WORD,
  SEYED_WORDS,
  SUBJUNCTIVE,
  SURNAME,
  speechVerbAt,
  titleAt,
  VERB,
  wordsOf,
} from '../../src/recognize/vocabulary.js';
import { WordBook } from '../../src/recognize/word-book.js';
import { analyze } from '../../src/text/index.js';
import { key } from '../../src/text/key.js';
import { runs } from '../fc.js';

/** Each test of the book, asked of the key directly. */
function oracle(ctx: RecognizerContext): [number, (k: string) => boolean][] {
  const lex = ctx.lex;
  return [
    [GIVEN, (k) => lex.givenNames.has(k)],
    [SURNAME, (k) => lex.surnames.has(k)],
    [COMMON, (k) => lex.commonWords.has(k)],
    [FUNCTION, (k) => lex.functionWords.has(k)],
    [KNOWN, (k) => lex.knownWords.has(k)],
    [COMMON_WORD, (k) => isCommonWord(ctx, k)],
    [VERB, isVerbForm],
    [SUBJUNCTIVE, isSubjunctive],
    [NAME_STOP, (k) => lex.nameStops.has(k)],
    [PRONOUN, (k) => lex.pronouns.has(k)],
    [SEYED_WORD, (k) => SEYED_WORDS.has(k)],
    [OFFICE_NOUN, (k) => k.endsWith('ی') && !!lex.titles.longestAt([k.slice(0, -1)], 0)],
    [GIVEN_NISBA, (k) => k.endsWith('ی') && lex.surnames.has(k) && lex.givenNames.has(k.slice(0, -1))],
  ];
}

/** The phrase look-ups the book skips where no phrase begins, and the matchers' own answers. */
function phrases(lex: Lexicon, ctx: RecognizerContext, t: number): [unknown, unknown][] {
  const { keys } = ctx;
  return [
    [titleAt(ctx, t), lex.titles.longestAt(keys, t)],
    [orgAt(ctx, t), lex.orgs.longestAt(keys, t)],
    [honorificAt(ctx, t), lex.honorifics.longestAt(keys, t)],
    [eventAt(ctx, t), !!lex.events.longestAt(keys, t)],
    [happenedAt(ctx, t), !!lex.happened.longestAt(keys, t)],
    [countryAt(ctx, t), !!lex.countries.longestAt(keys, t)],
    [speechVerbAt(ctx, t), !!lex.speechVerbs.longestAt(keys, t)],
  ];
}

/** Two answers of longestAt (or two booleans) alike: the same span and the same values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const x = a as PhraseMatch<unknown> | null;
  const y = b as PhraseMatch<unknown> | null;
  return !!x && !!y && x.first === y.first && x.end === y.end && x.values === y.values;
}

describe('word book', () => {
  it('answers as the word lists and matchers do, for every token of the real releases', () => {
    const { lexicon: lex } = createPipeline();
    const dir = '../shared/data/releases/docs';
    let yes = 0;
    let asked = 0;
    const files = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    // A second time over a third of them: then every word is in the book already.
    for (const f of [...files, ...files.filter((_, i) => i % 3 === 0)]) {
      const ctx = createContext(analyze(readFileSync(`${dir}/${f}`, 'utf8')), lex);
      const tests = oracle(ctx);
      // Mismatches collected, one expect per document (half a million answers in all).
      const wrong: string[] = [];
      for (let t = -1; t <= ctx.keys.length; t++) {
        const k = ctx.keys[t] ?? '';
        for (const [test, direct] of tests) {
          const want = direct(k);
          if (keyIs(ctx, t, test) !== want || keyIs(ctx, t, test) !== want) wrong.push(`${test} «${k}»`);
          asked++;
          if (want) yes++;
        }
        // Two tokens joined, as the callers joined their keys before: keys[t] + keys[t + 1].
        const joined = k + (ctx.keys[t + 1] ?? '');
        for (const [test, direct] of tests.slice(0, 3))
          if (
            pairIs(ctx, t, t + 1, test) !== direct(joined) ||
            pairIs(ctx, t, t + 1, test) !== direct(joined)
          )
            wrong.push(`pair ${test} «${joined}»`);
        phrases(lex, ctx, t).forEach(([got, want], i) => {
          if (!same(got, want)) wrong.push(`phrase ${i} at ${t}`);
        });
      }
      expect(wrong, f).toEqual([]);
    }
    expect(asked).toBeGreaterThan(100_000);
    expect(yes).toBeGreaterThan(10_000);
  });

  it('numbers each distinct string once and asks each test once per word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 31 })), { maxLength: 3000 }),
        (asks) => {
          const book = new WordBook();
          const idOf = new Map<string, number>();
          const calls = new Map<string, number>();
          const answer = (fact: number, w: string) => (w.length + fact) % 3 === 0;
          for (const [w, fact] of asks) {
            const id = book.idOf(w);
            expect(id).toBe(idOf.get(w) ?? idOf.size);
            idOf.set(w, id);
            const got = book.fact(id, fact, fact, (f, word) => {
              calls.set(`${f} ${word}`, (calls.get(`${f} ${word}`) ?? 0) + 1);
              return answer(f, word);
            });
            expect(got).toBe(answer(fact, w));
          }
          for (const n of calls.values()) expect(n).toBe(1);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('asks a test of two words joined once per pair, and of any two words', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 14 })),
          {
            maxLength: 2000,
          },
        ),
        (asks) => {
          const book = new WordBook();
          const calls = new Map<string, number>();
          const answer = (fact: number, w: string) => (w.length * 7 + fact) % 5 < 2;
          for (const [a, b, fact] of asks) {
            const got = book.pairFact(book.idOf(a), book.idOf(b), fact, fact, (f, joined) => {
              calls.set(`${f} ${a}|${b}`, (calls.get(`${f} ${a}|${b}`) ?? 0) + 1);
              return answer(f, joined);
            });
            expect(got).toBe(answer(fact, a + b));
          }
          for (const n of calls.values()) expect(n).toBe(1);
        },
      ),
      { numRuns: runs(100) },
    );
    // Numbers too large for a pair's key are asked every time, and answered alike.
    const book = new WordBook();
    for (let i = 0; i < 40_000; i++) book.idOf(`w${i}`);
    expect(book.pairFact(39_999, 1, 0, null, (_, w) => w === 'w39999w1')).toBe(true);
    expect(book.pairFact(1, 39_999, 0, null, (_, w) => w === 'w39999w1')).toBe(false);
  });

  it('gives each token the key it had before numbering, first and again', () => {
    const { lexicon: lex } = createPipeline();
    const dir = '../shared/data/releases/docs';
    for (let round = 0; round < 2; round++)
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const doc = analyze(readFileSync(`${dir}/${f}`, 'utf8'));
        const ctx = createContext(doc, lex);
        const want = doc.tokens.map((t) => {
          if (t.kind === 'punct' && t.normalized !== '،' && t.normalized !== ',') return '';
          const k = key(t.normalized);
          return lex.synonyms.get(k) ?? k;
        });
        expect(ctx.keys, f).toEqual(want);
      }
  });

  it('keeps membership in a fixed set as a test of its own', () => {
    const { lexicon: lex } = createPipeline();
    const inX = inSet(new Set([key('چون'), key('x')]));
    const ctx = createContext(analyze('استادانی چون x و y'), lex);
    expect(ctx.keys.map((_, t) => keyIs(ctx, t, inX))).toEqual(
      ctx.keys.map((k) => k === key('چون') || k === 'x'),
    );
    expect(keyIs(ctx, -1, inX)).toBe(false);
  });

  it('leaves a full book for a new one between documents, and a document keeps its own', () => {
    const { lexicon: lex } = createPipeline();
    const doc = analyze('علی');
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const big: RecognizerContext = { doc, lex, keys: many };
    const first = wordsOf(big).book;
    expect(first.full).toBe(true);
    const next = createContext(doc, lex);
    expect(wordsOf(next).book).not.toBe(first);
    // The full book still answers for its own document.
    expect(keyIs(big, 69_999, GIVEN)).toBe(false);
    expect(keyIs(next, 0, GIVEN)).toBe(lex.givenNames.has(next.keys[0]!));
  });
});
