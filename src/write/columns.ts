// Column buffers for the Parquet writer: one table's pending row group kept in typed arrays instead
// of one JS value per cell. A row group of the entities table is 50,000 rows × 20 columns; held as
// strings and numbers in arrays it cost ~40 MB of heap per table, and the six document tables were
// all buffered at once. Here a string costs its UTF-16 units plus 5 bytes (a short recurring one is
// kept once), a number 9 bytes, and the JS values are made again one column at a time, only while
// that column is encoded.
// Strings are kept as UTF-16 code units (not UTF-8) so that every string, a lone surrogate
// included, comes back exactly as it went in.
import type { ColumnInfo, Value } from '../records/tables.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day (Parquet DATE). */
export function epochDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** One column's values, appended row by row and read back as the same JS values. */
export interface ColumnBuffer {
  readonly length: number;
  /** Appends a value; returns the bytes it takes here (the row group's budget counts them). */
  add(v: Value | undefined): number;
  /** The values of rows [from, to), as the plain JS values that were added (null for missing). */
  values(from: number, to: number): unknown[];
  /**
   * Empties the column and keeps its memory for the next row group: a dropped typed array is freed
   * only when its small JS wrapper is collected, and ~20 MB per row group piled up meanwhile.
   */
  clear(): void;
}

/** Strings this short are kept once per row group and given back as the same string each time. */
const SHARED_LENGTH = 64;
/** Distinct strings kept so per column and row group; later ones are kept as code units. */
const SHARED_MAX = 4096;

/**
 * Strings, or (lists) arrays of strings kept as their JSON text. A short string (an id, a type, a
 * rule's name, a date) is kept once per row group and given back as that one string each time it
 * recurs: no new string per cell, and the writer's dictionary and statistics compare it by identity
 * and hash it once (ids, types, rules and dates recur in most rows). Everything else is kept as UTF-16
 * code units.
 */
class TextColumn implements ColumnBuffer {
  private units = Buffer.allocUnsafe(1 << 12);
  private used = 0;
  /** Per row: the end (in bytes) of its code units; -1 for null; -2 - i for shared string i. */
  private ends = new Int32Array(256);
  private readonly sharedIndex = new Map<string, number>();
  private shared: string[] = [];
  length = 0;
  constructor(private readonly list: boolean) {}

  clear(): void {
    this.used = 0;
    this.length = 0;
    this.sharedIndex.clear();
    this.shared = [];
  }

  /** The bytes a value counts against the row group's budget: the same whichever way it is kept. */
  add(v: Value | undefined): number {
    this.ends = grown(this.ends, this.length + 1);
    if (v === undefined || v === null) {
      this.ends[this.length++] = -1;
      return 4;
    }
    const s = this.list ? JSON.stringify(v) : (v as string);
    if (typeof s !== 'string') throw new TypeError(`a text column was given ${typeof v}`);
    if (!this.list && s.length <= SHARED_LENGTH) {
      let i = this.sharedIndex.get(s);
      if (i === undefined && this.shared.length < SHARED_MAX) {
        i = this.shared.length;
        this.sharedIndex.set(s, i);
        this.shared.push(s);
      }
      if (i !== undefined) {
        this.ends[this.length++] = -2 - i;
        return s.length * 2 + 4;
      }
    }
    const need = this.used + s.length * 2;
    if (need > this.units.length) {
      let size = this.units.length * 2;
      while (size < need) size *= 2;
      const b = Buffer.allocUnsafe(size);
      this.units.copy(b, 0, 0, this.used);
      this.units = b;
    }
    const bytes = this.units.write(s, this.used, 'utf16le');
    this.used += bytes;
    this.ends[this.length++] = this.used;
    return bytes + 4;
  }

  values(from: number, to: number): unknown[] {
    const out: unknown[] = new Array(to - from);
    // Start of row `from`: the end of the last row before it kept as code units.
    let start = 0;
    for (let i = from - 1; i >= 0; i--) {
      const e = this.ends[i] as number;
      if (e >= 0) {
        start = e;
        break;
      }
    }
    for (let i = from; i < to; i++) {
      const end = this.ends[i] as number;
      if (end < 0) {
        out[i - from] = end === -1 ? null : this.shared[-2 - end];
        continue;
      }
      const s = this.units.toString('utf16le', start, end);
      out[i - from] = this.list ? JSON.parse(s) : s;
      start = end;
    }
    return out;
  }
}

/** Integers, decimals and days (as epoch days), with a flag per row for null. */
class NumberColumn implements ColumnBuffer {
  private data = new Float64Array(256);
  private nulls = new Uint8Array(256);
  length = 0;
  constructor(private readonly date: boolean) {}

  clear(): void {
    this.nulls.fill(0, 0, this.length);
    this.length = 0;
  }

  add(v: Value | undefined): number {
    this.data = grown(this.data, this.length + 1);
    this.nulls = grown(this.nulls, this.length + 1);
    if (v === undefined || v === null) this.nulls[this.length] = 1;
    else this.data[this.length] = this.date ? epochDay(v as string) : (v as number);
    this.length++;
    return 9;
  }

  values(from: number, to: number): unknown[] {
    const out: unknown[] = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.nulls[i] ? null : this.data[i];
    return out;
  }
}

/** true / false / null as 1 / 0 / 2. */
class BooleanColumn implements ColumnBuffer {
  private data = new Uint8Array(256);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  add(v: Value | undefined): number {
    this.data = grown(this.data, this.length + 1);
    this.data[this.length++] = v === undefined || v === null ? 2 : v ? 1 : 0;
    return 1;
  }

  values(from: number, to: number): unknown[] {
    const out: unknown[] = new Array(to - from);
    for (let i = from; i < to; i++) {
      const b = this.data[i];
      out[i - from] = b === 2 ? null : b === 1;
    }
    return out;
  }
}

export function columnBuffer(c: ColumnInfo): ColumnBuffer {
  switch (c.type) {
    case 'string':
      return new TextColumn(false);
    case 'list':
      return new TextColumn(true);
    case 'date':
      return new NumberColumn(true);
    case 'integer':
    case 'number':
      return new NumberColumn(false);
    case 'boolean':
      return new BooleanColumn();
  }
}
