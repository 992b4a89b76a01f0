// A trie over matching keys, walked token by token. key() drops spaces and ZWNJ, so an entry
// matches whether the text writes it as one token or several («امیرکبیر» / «امیر کبیر»), but a
// match may only end on a token boundary.
//
// Built for gazetteers of tens of thousands of entries: the entries are collected, then compiled
// once (on the first lookup) into flat typed arrays — per node the range of its edges, per edge a
// UTF-16 code unit and the child — so a lookup reads numbers (charCodeAt, a binary search among a
// node's edges) and allocates nothing, and 50,000 names cost a few MB, not one Map per node.

/** A node of a compiled matcher (0 is never a node, so a node is always truthy). */
export type MatcherNode<_V = unknown> = number & { readonly __matcherNode: true };

export interface PhraseMatch<V> {
  /** Token indexes [first, end). */
  first: number;
  end: number;
  values: V[];
}

const ROOT = 1 as MatcherNode;
/** Edges of a node searched one by one up to this many, by halving beyond. */
const LINEAR = 8;

interface Compiled<V> {
  /** Edges of node n: [edgeStart[n], edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeChild: Int32Array;
  /** Index into `values` of node n's entries, or -1. */
  valueAt: Int32Array;
  values: V[][];
  /** One bit per UTF-16 code unit that begins some key: most tokens begin none (findAll skips them). */
  firstUnits: Uint32Array;
}

export class PhraseMatcher<V> {
  /** Entries not yet compiled (all of them until the first lookup). */
  private pending: { key: string; value: V }[] = [];
  private trie: Compiled<V> | null = null;
  size = 0;

  /** `phraseKey` must already be a matching key (key(phrase)). */
  add(phraseKey: string, value: V): void {
    if (!phraseKey) return;
    if (this.trie) {
      // Rare: an entry after lookups began. Back to entries; compiled again on the next lookup.
      this.pending = this.entries();
      this.trie = null;
    }
    this.pending.push({ key: phraseKey, value });
    this.size++;
  }

  /** The node reached from `from` (default: the root) by reading `text`; null when no entry continues so. */
  walk(text: string, from: MatcherNode<V> | null = ROOT): MatcherNode<V> | null {
    if (from === null) return null;
    const t = this.compiled();
    let node: number = from;
    for (let i = 0; i < text.length; i++) {
      node = child(t, node, text.charCodeAt(i));
      if (node === 0) return null;
    }
    return node as MatcherNode<V>;
  }

  /**
   * The longest match starting at token `first` (optionally continuing from a node reached by a
   * prefix that is not in the text, for elliptic forms), ending no later than token `limit`.
   */
  longestAt(
    keys: readonly string[],
    first: number,
    limit = keys.length,
    from?: MatcherNode<V>,
  ): PhraseMatch<V> | null {
    const t = this.compiled();
    let node: number = from ?? ROOT;
    let bestEnd = -1;
    let bestValues = -1;
    for (let tok = first; tok < limit; tok++) {
      const k = keys[tok]!;
      if (!k) break;
      for (let i = 0; i < k.length && node !== 0; i++) node = child(t, node, k.charCodeAt(i));
      if (node === 0) break;
      const v = t.valueAt[node]!;
      if (v >= 0) {
        bestEnd = tok + 1;
        bestValues = v;
      }
    }
    return bestEnd < 0 ? null : { first, end: bestEnd, values: t.values[bestValues]! };
  }

  /** Left to right, longest first, non-overlapping matches within [from, to). */
  findAll(keys: readonly string[], from = 0, to = keys.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    const first = this.compiled().firstUnits;
    for (let t = from; t < to; ) {
      const k = keys[t]!;
      const c = k.charCodeAt(0);
      // An empty key or one no entry begins with: no match starts here.
      if (!k || !(first[c >>> 5]! & (1 << (c & 31)))) {
        t++;
        continue;
      }
      const m = this.longestAt(keys, t, to);
      if (m) {
        out.push(m);
        t = m.end;
      } else t++;
    }
    return out;
  }

  /** True when some key begins with UTF-16 code unit `unit`. */
  beginsWith(unit: number): boolean {
    const first = this.compiled().firstUnits;
    return (first[unit >>> 5]! & (1 << (unit & 31))) !== 0;
  }

  /** The node for a prefix phrase key (e.g. key("دانشگاه")), for elliptic continuation. */
  prefix(phraseKey: string): MatcherNode<V> | null {
    return this.walk(phraseKey);
  }

  private compiled(): Compiled<V> {
    if (this.trie === null) {
      this.trie = compile(this.pending);
      this.pending = [];
    }
    return this.trie;
  }

  /** Every entry of the compiled trie, each key's values in the order they were added. */
  private entries(): { key: string; value: V }[] {
    const t = this.trie!;
    const out: { key: string; value: V }[] = [];
    const visit = (node: number, key: string): void => {
      const v = t.valueAt[node]!;
      if (v >= 0) for (const value of t.values[v]!) out.push({ key, value });
      for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++)
        visit(t.edgeChild[e]!, key + String.fromCharCode(t.edgeChar[e]!));
    };
    visit(ROOT, '');
    return out;
  }
}

type MatchesOf<T extends readonly PhraseMatcher<unknown>[]> = {
  -readonly [K in keyof T]: T[K] extends PhraseMatcher<infer V> ? PhraseMatch<V>[] : never;
};

/**
 * Several matchers walked over the same tokens in one pass: per token, only the matchers some key
 * of which begins with the token's first code unit are tried. Each matcher's matches are exactly
 * its own findAll's (left to right, longest first, not overlapping each other).
 */
export class MatcherGroup<T extends readonly PhraseMatcher<unknown>[]> {
  /** Per code unit, bit i: matcher i has a key beginning with it. */
  private masks: Uint32Array | null = null;
  /** The matchers' sizes when the masks were made: an entry added later makes them again. */
  private sizes: number[] = [];

  constructor(readonly matchers: T) {
    if (matchers.length > 32) throw new Error('a MatcherGroup holds at most 32 matchers');
  }

  /** findAll of every matcher within [from, to), in the matchers' order. */
  findAll(keys: readonly string[], from = 0, to = keys.length): MatchesOf<T> {
    const masks = this.table();
    const ms = this.matchers;
    const out = ms.map(() => [] as PhraseMatch<unknown>[]);
    // Where each matcher may start its next match (after the end of its last one).
    const next = ms.map(() => from);
    for (let t = from; t < to; t++) {
      const k = keys[t]!;
      if (!k) continue;
      let mask = masks[k.charCodeAt(0)]!;
      while (mask !== 0) {
        const low = mask & -mask;
        mask ^= low;
        const i = 31 - Math.clz32(low);
        if (next[i]! > t) continue;
        const m = ms[i]!.longestAt(keys, t, to);
        if (m) {
          out[i]!.push(m);
          next[i] = m.end;
        }
      }
    }
    return out as MatchesOf<T>;
  }

  private table(): Uint32Array {
    if (this.masks !== null && this.matchers.every((m, i) => m.size === this.sizes[i])) return this.masks;
    const masks = new Uint32Array(65536);
    this.matchers.forEach((m, i) => {
      for (let c = 0; c < 65536; c++) if (m.beginsWith(c)) masks[c]! |= 1 << i;
    });
    this.masks = masks;
    this.sizes = this.matchers.map((m) => m.size);
    return masks;
  }
}

/** The child of `node` along code unit `c`, or 0. */
function child<V>(t: Compiled<V>, node: number, c: number): number {
  let lo = t.edgeStart[node]!;
  let hi = t.edgeStart[node + 1]!;
  if (hi - lo <= LINEAR) {
    for (; lo < hi; lo++) if (t.edgeChar[lo] === c) return t.edgeChild[lo]!;
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = t.edgeChar[mid]!;
    if (m === c) return t.edgeChild[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/**
 * The trie of `entries`, built breadth first from the keys sorted by code unit: the keys below a
 * node are a contiguous run, grouped by their next code unit, so every node's edges are written
 * together and in order. Linear in the total key length, after the sort.
 */
function compile<V>(entries: { key: string; value: V }[]): Compiled<V> {
  // Stable: equal keys keep the order they were added in.
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let nodes = 2;
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i]!.key;
    const prev = i > 0 ? sorted[i - 1]!.key : '';
    let common = 0;
    while (common < k.length && common < prev.length && k.charCodeAt(common) === prev.charCodeAt(common))
      common++;
    nodes += k.length - common;
  }
  const edgeStart = new Int32Array(nodes + 1);
  const edgeChar = new Uint16Array(nodes);
  const edgeChild = new Int32Array(nodes);
  const valueAt = new Int32Array(nodes).fill(-1);
  const values: V[][] = [];
  // Queue of nodes to expand: node id, the run [lo, hi) of keys below it, its depth.
  const queue: number[] = [ROOT, 0, sorted.length, 0];
  let next = ROOT + 1;
  let edges = 0;
  for (let q = 0; q < queue.length; q += 4) {
    const node = queue[q]!;
    let lo = queue[q + 1]!;
    const hi = queue[q + 2]!;
    const depth = queue[q + 3]!;
    edgeStart[node] = edges;
    // Keys that end here come first in the run.
    if (lo < hi && sorted[lo]!.key.length === depth) {
      const here: V[] = [];
      while (lo < hi && sorted[lo]!.key.length === depth) here.push(sorted[lo++]!.value);
      valueAt[node] = values.length;
      values.push(here);
    }
    while (lo < hi) {
      const c = sorted[lo]!.key.charCodeAt(depth);
      let end = lo + 1;
      while (end < hi && sorted[end]!.key.charCodeAt(depth) === c) end++;
      edgeChar[edges] = c;
      edgeChild[edges] = next;
      edges++;
      queue.push(next++, lo, end, depth + 1);
      lo = end;
    }
    edgeStart[node + 1] = edges;
  }
  const firstUnits = new Uint32Array(2048);
  for (let e = edgeStart[ROOT]!; e < edgeStart[ROOT + 1]!; e++)
    firstUnits[edgeChar[e]! >>> 5]! |= 1 << (edgeChar[e]! & 31);
  return { edgeStart, edgeChar, edgeChild, valueAt, values, firstUnits };
}
