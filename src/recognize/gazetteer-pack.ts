// The compiled gazetteer packed into one buffer (recognize/packed.ts), and read from it in place.
// Columns of strings become pool indexes (-1 for null); every look-up by key (the world index, the
// word lists, ids and domains) is a sorted key list searched by halving. Reading a packed gazetteer
// makes no object per entry: strings, lists and shapes are made for the entries a caller asks for.
import type { GazetteerColumns } from './gazetteer.js';
import { type Pack, PoolBuilder, SortedKeys, StringPool, sortKeys, writePack } from './packed.js';
import type { NameShape } from './transliterate.js';

/** Read-only look-up by key: a Map, or a packed list of keys. */
export interface Lookup<V> {
  get(key: string): V | undefined;
}

export interface KeySet {
  has(key: string): boolean;
}

const STRING_COLUMNS = ['id', 'fa', 'en', 'country', 'city', 'ror', 'wikidata'] as const;
const LISTS = [
  ['domains', 'domainStart'],
  ['faNames', 'faStart'],
  ['enNames', 'enStart'],
  ['acronyms', 'acronymStart'],
] as const;
type ListName = (typeof LISTS)[number][0];
const WORD_LISTS = ['knownKeys', 'surnameKeys', 'commonKeys', 'functionKeys', 'givenKeys'] as const;

/** The columns as one buffer, with `head` (small JSON-able values) kept beside them. */
export function packGazetteer(c: GazetteerColumns, head: Record<string, unknown> = {}): Buffer {
  const pool = new PoolBuilder();
  const sections: Record<string, Int32Array | Uint32Array | Uint8Array> = {};
  for (const name of STRING_COLUMNS)
    sections[name] = Int32Array.from(c[name] as readonly (string | null)[], (s) => pool.addNullable(s));
  sections.type = Uint8Array.from(c.type, (t) => (t === 'u' ? 1 : 0));
  for (const [list, start] of LISTS) {
    sections[list] = Int32Array.from(c[list], (s) => pool.add(s));
    sections[start] = Int32Array.from(c[start]);
  }
  sections.shapeConcepts = Int32Array.from(c.shapeConcepts);
  sections.shapeSkeletons = Int32Array.from(c.shapeSkeletons, (s) => pool.add(s));
  sections.shapeVowels = Int32Array.from(c.shapeVowels, (s) => pool.add(s));
  const cores = (list: readonly (string | number)[]) =>
    Int32Array.from(list, (v, n) => (n % 2 === 0 ? pool.add(v as string) : (v as number)));
  sections.strongCores = cores(c.strongCores);
  sections.weakCores = cores(c.weakCores);
  const keyed = (name: string, entries: (readonly [number, number])[]) => {
    const { keys, values } = sortKeys(pool, entries);
    sections[`${name}.keys`] = keys;
    sections[`${name}.values`] = values;
  };
  keyed(
    'world',
    c.world.keys.map((k, n) => [pool.add(k), c.world.entries[n]!] as const),
  );
  keyed(
    'firstWords',
    c.world.firstWords.map((w) => [pool.add(w), 0] as const),
  );
  for (const name of WORD_LISTS)
    keyed(
      name,
      c.words[name].map((w) => [pool.add(w), 0] as const),
    );
  // Ids, and ids with domains, to the first entry that has them, in entry order: what a Map filled
  // entry by entry with «set only if absent» gives (the lexicon's domains, the organisation directory).
  const byId: (readonly [number, number])[] = [];
  const byDomain: (readonly [number, number])[] = [];
  for (let i = 0; i < c.size; i++) {
    const id = sections.id![i]!;
    byId.push([id, i]);
    byDomain.push([id, i]);
    for (let n = c.domainStart[i]!; n < c.domainStart[i + 1]!; n++)
      byDomain.push([pool.add(c.domains[n]!), i]);
  }
  keyed('byId', byId);
  keyed('byDomain', byDomain);
  const strings = pool.finish();
  sections['pool.bytes'] = strings.bytes;
  sections['pool.start'] = strings.start;
  sections['pool.wide'] = strings.wide;
  return writePack(
    { ...head, format: c.format, size: c.size, maxWords: c.world.maxWords, conceptSets: c.conceptSets },
    sections,
  );
}

/** A packed gazetteer, read in place. */
export class Gazetteer {
  readonly format: number;
  readonly size: number;
  /** Concept sets of the Latin name shapes, by index (few: about a thousand). */
  readonly conceptSets: string[][];
  /** The world index (world.ts): folded key of a Latin name → its entry. */
  readonly world: { entries: SortedKeys; firstWords: SortedKeys; maxWords: number };
  /** Matching keys of the large word lists. */
  readonly knownKeys: SortedKeys;
  readonly surnameKeys: SortedKeys;
  readonly commonKeys: SortedKeys;
  readonly functionKeys: SortedKeys;
  readonly givenKeys: SortedKeys;
  private readonly pool: StringPool;
  private readonly col: Record<(typeof STRING_COLUMNS)[number], Int32Array>;
  private readonly types: Uint8Array;
  private readonly lists: Record<ListName, { values: Int32Array; start: Int32Array }>;
  private readonly shapeConcepts: Int32Array;
  private readonly shapeSkeletons: Int32Array;
  private readonly shapeVowels: Int32Array;
  private readonly cores: { strong: Int32Array; weak: Int32Array };
  private readonly byId: SortedKeys;
  private readonly byDomain: SortedKeys;
  /** Country codes are few: one string each, not one per entry. */
  private readonly countries = new Map<number, string>();

  /** Throws when the pack is not a packed gazetteer (rules/cache.ts then compiles again). */
  constructor(p: Pack) {
    this.format = p.head.format as number;
    this.size = p.head.size as number;
    this.conceptSets = p.head.conceptSets as string[][];
    const poolBytes = p.u8('pool.bytes');
    this.pool = new StringPool(
      Buffer.from(poolBytes.buffer, poolBytes.byteOffset, poolBytes.byteLength),
      p.u32('pool.start'),
      p.u8('pool.wide'),
    );
    const keyed = (name: string) => new SortedKeys(this.pool, p.i32(`${name}.keys`), p.i32(`${name}.values`));
    this.col = Object.fromEntries(STRING_COLUMNS.map((n) => [n, p.i32(n)])) as Gazetteer['col'];
    this.types = p.u8('type');
    this.lists = Object.fromEntries(
      LISTS.map(([list, start]) => [list, { values: p.i32(list), start: p.i32(start) }]),
    ) as Gazetteer['lists'];
    this.shapeConcepts = p.i32('shapeConcepts');
    this.shapeSkeletons = p.i32('shapeSkeletons');
    this.shapeVowels = p.i32('shapeVowels');
    this.cores = { strong: p.i32('strongCores'), weak: p.i32('weakCores') };
    this.world = {
      entries: keyed('world'),
      firstWords: keyed('firstWords'),
      maxWords: p.head.maxWords as number,
    };
    this.knownKeys = keyed('knownKeys');
    this.surnameKeys = keyed('surnameKeys');
    this.commonKeys = keyed('commonKeys');
    this.functionKeys = keyed('functionKeys');
    this.givenKeys = keyed('givenKeys');
    this.byId = keyed('byId');
    this.byDomain = keyed('byDomain');
    for (const c of Object.values(this.col))
      if (c.length !== this.size) throw new Error('packed gazetteer: a column has the wrong length');
  }

  private str(column: (typeof STRING_COLUMNS)[number], i: number): string | null {
    const n = this.col[column][i]!;
    return n < 0 ? null : this.pool.get(n);
  }

  id(i: number): string {
    return this.str('id', i)!;
  }
  isUniversity(i: number): boolean {
    return this.types[i] === 1;
  }
  fa(i: number): string | null {
    return this.str('fa', i);
  }
  en(i: number): string {
    return this.str('en', i)!;
  }
  country(i: number): string {
    const n = this.col.country[i]!;
    let c = this.countries.get(n);
    if (c === undefined) {
      c = this.pool.get(n);
      this.countries.set(n, c);
    }
    return c;
  }
  city(i: number): string | null {
    return this.str('city', i);
  }
  ror(i: number): string | null {
    return this.str('ror', i);
  }
  wikidata(i: number): string | null {
    return this.str('wikidata', i);
  }

  /** Entry i's values of a list: other domains than the id, Persian names (official first), other Latin names, acronyms. */
  list(name: ListName, i: number): string[] {
    const { values, start } = this.lists[name];
    const out: string[] = [];
    for (let n = start[i]!; n < start[i + 1]!; n++) out.push(this.pool.get(values[n]!));
    return out;
  }

  /** Entry i's Latin names: the English name, then the others. */
  latinNames(i: number): string[] {
    return [this.en(i), ...this.list('enNames', i)];
  }

  /** The Latin shapes of entry i (what latinShape computes for each of its names); `sets` by concept set index. */
  shapes(i: number, sets: readonly ReadonlySet<string>[]): NameShape[] {
    const start = this.lists.enNames.start;
    const out: NameShape[] = [];
    for (let n = start[i]! + i; n < start[i + 1]! + i + 1; n++) {
      const sk = this.pool.get(this.shapeSkeletons[n]!);
      const vw = this.pool.get(this.shapeVowels[n]!);
      out.push({
        concepts: sets[this.shapeConcepts[n]!] as Set<string>,
        skeletons: sk ? sk.split(' ') : [],
        vowels: vw ? vw.split(' ') : [],
      });
    }
    return out;
  }

  /** Each English core of the Latin names (english/lexicon.ts), in the order they were derived. */
  forEachCore(kind: 'strong' | 'weak', visit: (key: string, entry: number) => void): void {
    const list = this.cores[kind];
    for (let n = 0; n < list.length; n += 2) visit(this.pool.get(list[n]!), list[n + 1]!);
  }

  /** The first entry whose id is `id`, or -1. */
  indexOfId(id: string): number {
    return this.byId.get(id);
  }

  /** The first entry whose id or one of whose domains is `domain` (ids and domains in entry order), or -1. */
  indexOfDomain(domain: string): number {
    return this.byDomain.get(domain);
  }
}
