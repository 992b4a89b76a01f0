// Packed data: many strings in one byte buffer, and named typed-array sections in one file. Large
// word lists and gazetteers are held this way so a process keeps a few buffers instead of one JS
// string and one Map or Set entry per value (a quarter of a million for the generated gazetteer):
// a look-up is a binary search that compares code units in place, and only a hit makes a string.
//
// A string is stored as Latin-1 bytes when every code unit is below 256, else as its UTF-16 code
// units (lone surrogates included), so it decodes to exactly the string it was and sorts by code
// unit, as JavaScript's `<` does.

/** Many strings, each decoded only when asked for. */
export class StringPool {
  readonly count: number;

  constructor(
    private readonly bytes: Buffer,
    /** Byte offset of string n: [start[n], start[n + 1]). */
    private readonly start: Uint32Array,
    /** 1 when string n is stored as UTF-16 code units. */
    private readonly wide: Uint8Array,
  ) {
    this.count = wide.length;
  }

  get(n: number): string {
    const a = this.start[n]!;
    const b = this.start[n + 1]!;
    return this.wide[n] ? this.bytes.toString('utf16le', a, b) : this.bytes.toString('latin1', a, b);
  }

  /** < 0, 0, > 0 as string n sorts before, equal to or after `s` (by UTF-16 code unit). */
  compare(n: number, s: string): number {
    const a = this.start[n]!;
    const bytes = this.bytes;
    if (this.wide[n]) {
      const len = (this.start[n + 1]! - a) >>> 1;
      const m = Math.min(len, s.length);
      for (let i = 0; i < m; i++) {
        const d = (bytes[a + 2 * i]! | (bytes[a + 2 * i + 1]! << 8)) - s.charCodeAt(i);
        if (d !== 0) return d;
      }
      return len - s.length;
    }
    const len = this.start[n + 1]! - a;
    const m = Math.min(len, s.length);
    for (let i = 0; i < m; i++) {
      const d = bytes[a + i]! - s.charCodeAt(i);
      if (d !== 0) return d;
    }
    return len - s.length;
  }
}

/** Collects strings (each distinct one stored once) into a pool. */
export class PoolBuilder {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The pool index of `s`. */
  add(s: string): number {
    let n = this.ids.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.ids.set(s, n);
      this.strings.push(s);
    }
    return n;
  }

  /** Pool index of `s`, or -1 for null. */
  addNullable(s: string | null | undefined): number {
    return s === null || s === undefined ? -1 : this.add(s);
  }

  /** The string of pool index n (while building). */
  at(n: number): string {
    return this.strings[n]!;
  }

  finish(): { bytes: Uint8Array; start: Uint32Array; wide: Uint8Array } {
    const n = this.strings.length;
    const start = new Uint32Array(n + 1);
    const wide = new Uint8Array(n);
    let size = 0;
    this.strings.forEach((s, i) => {
      start[i] = size;
      let w = 0;
      for (let c = 0; c < s.length; c++) if (s.charCodeAt(c) > 0xff) w = 1;
      wide[i] = w;
      size += w ? 2 * s.length : s.length;
    });
    start[n] = size;
    const bytes = Buffer.alloc(size);
    this.strings.forEach((s, i) => {
      if (wide[i]) for (let c = 0; c < s.length; c++) bytes.writeUInt16LE(s.charCodeAt(c), start[i]! + 2 * c);
      else bytes.write(s, start[i]!, 'latin1');
    });
    return { bytes, start, wide };
  }
}

/**
 * Distinct strings of a pool in code-unit order, each optionally with a number: a read-only Set
 * (`has`) or Map to numbers (`get`), by binary search.
 */
export class SortedKeys {
  constructor(
    private readonly pool: StringPool,
    /** Pool indexes, sorted by their strings, distinct. */
    private readonly keys: Int32Array,
    /** The number of keys[k], when this is a map. */
    private readonly values: Int32Array | null = null,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** Position of `s` among the keys, or -1. */
  indexOf(s: string): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.pool.compare(this.keys[mid]!, s);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** The number stored with `s`, or -1 when `s` is not a key. */
  get(s: string): number {
    const k = this.indexOf(s);
    return k < 0 ? -1 : this.values![k]!;
  }
}

/**
 * The keys (pool indexes) of `entries` sorted by their strings, keeping the first number of each
 * distinct key: what a Map filled in order with «set only if absent» holds.
 */
export function sortKeys(
  pool: PoolBuilder,
  entries: readonly (readonly [number, number])[],
): { keys: Int32Array; values: Int32Array } {
  const first = new Map<number, number>();
  for (const [k, v] of entries) if (!first.has(k)) first.set(k, v);
  const order = [...first.keys()].sort((a, b) => {
    const x = pool.at(a);
    const y = pool.at(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { keys: Int32Array.from(order), values: Int32Array.from(order, (k) => first.get(k)!) };
}

// The file: «KHABPACK», a uint32 length of the JSON head, the head (what is small, and where each
// section lies), then the sections, each 8-byte aligned so it is viewed in place, without a copy.
const MAGIC = 'KHABPACK';
type Section = Int32Array | Uint32Array | Uint8Array;
const KINDS = { i32: Int32Array, u32: Uint32Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: Section): Kind {
  return a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : 'u8';
}

const align8 = (n: number) => (n + 7) & ~7;

export function writePack(head: object, sections: Record<string, Section>): Buffer {
  const layout: Record<string, [Kind, number, number]> = {};
  const names = Object.keys(sections);
  // The head names the sections' offsets, which depend on the head's own length: laid out again
  // with room for a longer head until it fits (spaces pad it: JSON allows them).
  let reserved = 0;
  let json = '';
  let body = 0;
  for (;;) {
    body = align8(12 + reserved);
    for (const name of names) {
      const s = sections[name]!;
      layout[name] = [kindOf(s), body, s.length];
      body = align8(body + s.byteLength);
    }
    json = JSON.stringify({ ...head, sections: layout });
    const length = Buffer.byteLength(json);
    if (length <= reserved) {
      json += ' '.repeat(reserved - length);
      break;
    }
    reserved = length + 16;
  }
  const out = Buffer.alloc(body);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(Buffer.byteLength(json), 8);
  out.write(json, 12, 'utf8');
  for (const name of names) {
    const s = sections[name]!;
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), layout[name]![1]);
  }
  return out;
}

export interface Pack {
  head: Record<string, unknown>;
  bytes: Buffer;
  i32(name: string): Int32Array;
  u32(name: string): Uint32Array;
  u8(name: string): Uint8Array;
}

/** Opens a pack written by writePack; throws when the bytes are not one (truncated, another file). */
export function readPack(bytes: Buffer): Pack {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a khabar pack');
  const headLength = bytes.readUInt32LE(8);
  if (12 + headLength > bytes.length) throw new Error('truncated pack');
  const head = JSON.parse(bytes.toString('utf8', 12, 12 + headLength)) as Record<string, unknown>;
  const layout = head.sections as Record<string, [Kind, number, number]>;
  // Typed arrays need aligned offsets: a buffer that does not start on 8 bytes is copied once.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const view = (name: string, kind: Kind) => {
    const at = layout[name];
    if (!at || at[0] !== kind) throw new Error(`pack has no ${kind} section ${name}`);
    const [, offset, length] = at;
    const Kind = KINDS[kind];
    if (offset + length * Kind.BYTES_PER_ELEMENT > buf.length) throw new Error('truncated pack');
    return new Kind(buf.buffer as ArrayBuffer, buf.byteOffset + offset, length);
  };
  return {
    head,
    bytes: buf,
    i32: (name) => view(name, 'i32') as Int32Array,
    u32: (name) => view(name, 'u32') as Uint32Array,
    u8: (name) => view(name, 'u8') as Uint8Array,
  };
}
