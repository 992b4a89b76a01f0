// Each distinct key the documents use gets a number, and the answers of the tests that depend on a
// key alone (is it a given name, a surname, an everyday word, a verb …) are kept by that number, one
// bit "asked" and one bit "yes" per test. The name tests ask them of the same tokens many times and
// of the same words in every document; a Map look-up per ask (hashing, comparing the strings) was
// the largest single cost of the persons recogniser. Now a document pays one look-up per token, to
// number it, and every answer after the first is two array reads.
/** Past this many words a new book is begun (between documents), so a long run cannot grow one. */
const MAX_WORDS = 60_000;

export class WordBook {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per word, bit f: test f was asked of it; `yes`: its answer. */
  private asked = new Uint32Array(1024);
  private yes = new Uint32Array(1024);

  /** Past MAX_WORDS words: the next document begins a new book. */
  get full(): boolean {
    return this.words.length >= MAX_WORDS;
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
