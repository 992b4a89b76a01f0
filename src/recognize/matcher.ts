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
  /** The root's child along each code unit below ROOT_UNITS (0: none): every walk begins there. */
  rootChild: Int32Array;
}

/** Code units the root's table covers: Latin, Arabic and Persian letters and digits. */
const ROOT_UNITS = 0x700;

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

  /** Every key of the compiled trie with its values: the very array a match of that key carries. */
  keyed(): { key: string; values: V[] }[] {
    const t = this.compiled();
    const out: { key: string; values: V[] }[] = [];
    const visit = (node: number, key: string): void => {
      const v = t.valueAt[node]!;
      if (v >= 0) out.push({ key, values: t.values[v]! });
      for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++)
        visit(t.edgeChild[e]!, key + String.fromCharCode(t.edgeChar[e]!));
    };
    visit(ROOT, '');
    return out;
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

/** The keys of a group's matchers in one trie. */
interface Merged {
  trie: Compiled<{ i: number; values: unknown[] }>;
  /** Per node, bit i: a key of matcher i ends here. */
  ends: Uint32Array;
  /** Per node, bit i: a key of matcher i ends here or below. */
  reach: Uint32Array;
  /** Per node with keys ending there, per matcher: the values its own match there carries. */
  valuesAt: (unknown[] | undefined)[][];
}

/**
 * Several matchers walked over the same tokens in one pass: per token, the matchers some key of
 * which begins with the token's first code unit and that are not inside their last match are
 * tried together, by one walk of a trie of all their keys that notes where each one's keys end.
 * Each matcher's matches are exactly its own findAll's (left to right, longest first, not
 * overlapping each other), carrying the same values arrays.
 */
export class MatcherGroup<T extends readonly PhraseMatcher<unknown>[]> {
  /** Per code unit, bit i: matcher i has a key beginning with it. */
  private masks: Uint32Array | null = null;
  private merged: Merged | null = null;
  /** The matchers' sizes when the tables were made: an entry added later makes them again. */
  private sizes: number[] = [];
  /** Per matcher, the end and node of its longest match in the current walk. */
  private bestEnd = new Int32Array(32);
  private bestNode = new Int32Array(32);

  constructor(readonly matchers: T) {
    if (matchers.length > 32) throw new Error('a MatcherGroup holds at most 32 matchers');
  }

  /** findAll of every matcher within [from, to), in the matchers' order. */
  findAll(keys: readonly string[], from = 0, to = keys.length): MatchesOf<T> {
    const masks = this.table();
    const { trie, ends, reach, valuesAt } = this.merged!;
    const { bestEnd, bestNode } = this;
    const ms = this.matchers;
    const out: PhraseMatch<unknown>[][] = [];
    // Where each matcher may start its next match (after the end of its last one).
    const next: number[] = [];
    for (let i = 0; i < ms.length; i++) {
      out.push([]);
      next.push(from);
    }
    for (let t = from; t < to; t++) {
      const k = keys[t]!;
      if (!k) continue;
      let mask = masks[k.charCodeAt(0)]!;
      for (let m = mask; m !== 0; ) {
        const low = m & -m;
        m ^= low;
        if (next[31 - Math.clz32(low)]! > t) mask ^= low;
      }
      if (mask === 0) continue;
      let found = 0;
      let node = ROOT as number;
      for (let tok = t; tok < to; tok++) {
        const w = keys[tok]!;
        if (!w) break;
        for (let c = 0; c < w.length && node !== 0; c++) node = child(trie, node, w.charCodeAt(c));
        if (node === 0 || (reach[node]! & mask) === 0) break;
        let here = ends[node]! & mask;
        found |= here;
        while (here !== 0) {
          const low = here & -here;
          here ^= low;
          const i = 31 - Math.clz32(low);
          bestEnd[i] = tok + 1;
          bestNode[i] = node;
        }
      }
      while (found !== 0) {
        const low = found & -found;
        found ^= low;
        const i = 31 - Math.clz32(low);
        const end = bestEnd[i]!;
        out[i]!.push({ first: t, end, values: valuesAt[trie.valueAt[bestNode[i]!]!]![i]! });
        next[i] = end;
      }
    }
    return out as MatchesOf<T>;
  }

  private table(): Uint32Array {
    const ms = this.matchers;
    let same = this.masks !== null;
    for (let i = 0; i < ms.length && same; i++) same = ms[i]!.size === this.sizes[i];
    if (same) return this.masks!;
    const masks = new Uint32Array(65536);
    ms.forEach((m, i) => {
      for (let c = 0; c < 65536; c++) if (m.beginsWith(c)) masks[c]! |= 1 << i;
    });
    this.masks = masks;
    this.merged = merge(ms);
    this.sizes = ms.map((m) => m.size);
    return masks;
  }
}

/** One trie of the keys of all `matchers`, with where each one's keys end and reach. */
function merge(matchers: readonly PhraseMatcher<unknown>[]): Merged {
  const entries: { key: string; value: { i: number; values: unknown[] } }[] = [];
  matchers.forEach((m, i) => {
    for (const { key, values } of m.keyed()) entries.push({ key, value: { i, values } });
  });
  const trie = compile(entries);
  const nodes = trie.valueAt.length;
  const ends = new Uint32Array(nodes);
  const reach = new Uint32Array(nodes);
  const valuesAt = trie.values.map((here) => {
    const each: (unknown[] | undefined)[] = matchers.map(() => undefined);
    for (const { i, values } of here) each[i] = values;
    return each;
  });
  // Children are numbered after their parents (breadth first), so one pass from the last node up.
  for (let n = nodes - 1; n >= ROOT; n--) {
    const v = trie.valueAt[n]!;
    if (v >= 0) for (const { i } of trie.values[v]!) ends[n]! |= 1 << i;
    reach[n]! |= ends[n]!;
    for (let e = trie.edgeStart[n]!; e < trie.edgeStart[n + 1]!; e++) reach[n]! |= reach[trie.edgeChild[e]!]!;
  }
  return { trie, ends, reach, valuesAt };
}

/** The child of `node` along code unit `c`, or 0. */
function child<V>(t: Compiled<V>, node: number, c: number): number {
  if (node === ROOT && c < ROOT_UNITS) return t.rootChild[c]!;
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
  const rootChild = new Int32Array(ROOT_UNITS);
  for (let e = edgeStart[ROOT]!; e < edgeStart[ROOT + 1]!; e++)
    if (edgeChar[e]! < ROOT_UNITS) rootChild[edgeChar[e]!] = edgeChild[e]!;
  return { edgeStart, edgeChar, edgeChild, valueAt, values, firstUnits, rootChild };
}
