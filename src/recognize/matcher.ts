// A trie over matching keys, walked token by token. key() drops spaces and ZWNJ, so an entry
// matches whether the text writes it as one token or several («امیرکبیر» / «امیر کبیر»), but a
// match may only end on a token boundary.

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[] | null;
}

export interface PhraseMatch<V> {
  /** Token indexes [first, end). */
  first: number;
  end: number;
  values: V[];
}

function newNode<V>(): Node<V> {
  return { next: new Map(), values: null };
}

export class PhraseMatcher<V> {
  private readonly root: Node<V> = newNode();
  size = 0;

  /** `phraseKey` must already be a matching key (key(phrase)). */
  add(phraseKey: string, value: V): void {
    if (!phraseKey) return;
    let node = this.root;
    for (const ch of phraseKey) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.values) node.values = [];
    node.values.push(value);
    this.size++;
  }

  /** The node reached from `from` (default: the root) by reading `text`; null when no entry continues so. */
  walk(text: string, from: Node<V> | null = this.root): Node<V> | null {
    let node = from;
    for (let i = 0; node && i < text.length; i++) node = node.next.get(text[i]!) ?? null;
    return node;
  }

  /**
   * The longest match starting at token `first` (optionally continuing from a node reached by a
   * prefix that is not in the text, for elliptic forms), ending no later than token `limit`.
   */
  longestAt(
    keys: readonly string[],
    first: number,
    limit = keys.length,
    from?: Node<V>,
  ): PhraseMatch<V> | null {
    let node: Node<V> | null = from ?? this.root;
    let best: PhraseMatch<V> | null = null;
    for (let t = first; t < limit && node; t++) {
      const k = keys[t]!;
      if (!k) break;
      node = this.walk(k, node);
      if (node?.values) best = { first, end: t + 1, values: node.values };
    }
    return best;
  }

  /** Left to right, longest first, non-overlapping matches within [from, to). */
  findAll(keys: readonly string[], from = 0, to = keys.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let t = from; t < to; ) {
      const m = this.longestAt(keys, t, to);
      if (m) {
        out.push(m);
        t = m.end;
      } else t++;
    }
    return out;
  }

  /** The node for a prefix phrase key (e.g. key("دانشگاه")), for elliptic continuation. */
  prefix(phraseKey: string): Node<V> | null {
    return this.walk(phraseKey);
  }
}

export type MatcherNode<V> = NonNullable<ReturnType<PhraseMatcher<V>['prefix']>>;
