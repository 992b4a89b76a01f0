// Each distinct key the documents use gets a number, and the answers of the tests that depend on a
// key alone (is it a given name, a surname, an everyday word, a verb …) are kept by that number, one
// bit "asked" and one bit "yes" per test. The name tests ask them of the same tokens many times and
// of the same words in every document; a Map look-up per ask (hashing, comparing the strings) was
// the largest single cost of the persons recogniser. Now a document pays one look-up per token, to
// number it, and every answer after the first is two array reads. Tests of two words joined
// («شاه» + «محمدی») are kept by the pair's numbers, so no joined string is made or hashed again.
/** Past this many words a new book is begun (between documents), so a long run cannot grow one. */
const MAX_WORDS = 32_768;
/** Two words' numbers below this make one small integer (a pair's key): PAIR * PAIR is 2^30. */
const PAIR = 32_768;
/** Past this many pairs their answers are cleared. */
const MAX_PAIRS = 100_000;
/** A pair's answers: bit f asked, bit f + PAIR_YES its answer (tests 0–14). */
const PAIR_YES = 15;
/**
 * Token texts are kept (with their key's number) only up to this length: V8 copies a shorter
 * slice into a string of its own, while a longer one points into the whole text it was cut from,
 * which the book would keep alive.
 */
const MAX_TEXT = 12;
const MAX_TEXTS = 65_536;

export class WordBook {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per word, bit f: test f was asked of it; `yes`: its answer. */
  private asked = new Uint32Array(1024);
  private yes = new Uint32Array(1024);
  private readonly pairs = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  /** Past MAX_WORDS words: the next document begins a new book. */
  get full(): boolean {
    return this.words.length >= MAX_WORDS || this.byText.size >= MAX_TEXTS;
  }

  /** The key of number `id`. */
  word(id: number): string {
    return this.words[id]!;
  }

  /** The number of keyOf(of, text), keyOf asked once per (short) text. */
  numberText<C>(text: string, of: C, keyOf: (of: C, text: string) => string): number {
    if (text.length > MAX_TEXT) return this.idOf(keyOf(of, text));
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.idOf(keyOf(of, text));
      this.byText.set(text, id);
    }
    return id;
  }

  /** The number of key `k` (a new one when the book has not seen it). */
  idOf(k: string): number {
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(k, id);
      this.words.push(k);
      if (id >= this.asked.length) {
        const asked = new Uint32Array(this.asked.length * 2);
        asked.set(this.asked);
        this.asked = asked;
        const yes = new Uint32Array(this.yes.length * 2);
        yes.set(this.yes);
        this.yes = yes;
      }
    }
    return id;
  }

  /**
   * test(of, word) for word `id`, remembered as fact number `fact` (0–31): the callers give each
   * test its own number, and always the same `of`.
   */
  fact<C>(id: number, fact: number, of: C, test: (of: C, word: string) => boolean): boolean {
    const bit = 1 << fact;
    if (this.asked[id]! & bit) return (this.yes[id]! & bit) !== 0;
    const yes = test(of, this.words[id]!);
    this.asked[id]! |= bit;
    if (yes) this.yes[id]! |= bit;
    return yes;
  }

  /** test(of, word a + word b) for words `a` and `b`, remembered as fact `fact` (0–14) of the pair. */
  pairFact<C>(a: number, b: number, fact: number, of: C, test: (of: C, word: string) => boolean): boolean {
    if (a >= PAIR || b >= PAIR) return test(of, this.words[a]! + this.words[b]!);
    const k = a * PAIR + b;
    const known = this.pairs.get(k) ?? 0;
    const bit = 1 << fact;
    if (known & bit) return (known & (bit << PAIR_YES)) !== 0;
    const yes = test(of, this.words[a]! + this.words[b]!);
    if (this.pairs.size >= MAX_PAIRS) this.pairs.clear();
    this.pairs.set(k, known | bit | (yes ? bit << PAIR_YES : 0));
    return yes;
  }
}

/** A document's tokens numbered in a book: `ids[t]` is the number of keys[t]. */
export interface DocWords {
  book: WordBook;
  ids: Int32Array;
  /** The number of '' (what `keys[t] ?? ''` reads past either end). */
  empty: number;
}

export function numberWords(book: WordBook, keys: readonly string[]): DocWords {
  const ids = new Int32Array(keys.length);
  for (let t = 0; t < keys.length; t++) ids[t] = book.idOf(keys[t]!);
  return { book, ids, empty: book.idOf('') };
}

/** The number of keys[t], or of '' outside the document. */
export function idAt(w: DocWords, t: number): number {
  return t >= 0 && t < w.ids.length ? w.ids[t]! : w.empty;
}
