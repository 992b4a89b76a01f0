// Column buffers for the Parquet writer: one table's pending row group kept in typed arrays instead
// of one JS value per cell. A row group of the entities table is 50,000 rows × 20 columns; held as
// strings and numbers in arrays it cost ~40 MB of heap per table, and the six document tables were
// all buffered at once. Here a string costs its UTF-16 units plus 5 bytes, a number 9 bytes, and the
// JS values are made again one column at a time, only while that column is encoded.
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
   * The pending values as a chunk (the column's own typed arrays, which may be transferred to
   * another thread) and the column emptied, writing next into arrays given back (`give`) or new ones
   * as large.
   */
  take(): ColumnChunk;
  /**
   * A chunk's arrays, once encoded, for the column to write into again: a dropped typed array is
   * freed only when its small JS wrapper is collected, and ~20 MB per row group piled up meanwhile.
   */
  give(chunk: ColumnChunk): void;
}

type Bytes = Uint8Array<ArrayBuffer>;
type TextChunk = { kind: 'text'; list: boolean; length: number; units: Bytes; ends: Int32Array<ArrayBuffer> };
type NumberChunk = { kind: 'number'; length: number; data: Float64Array<ArrayBuffer>; nulls: Bytes };
type BooleanChunk = { kind: 'boolean'; length: number; data: Bytes };

/** A row group's values of one column, in typed arrays only: what the Parquet encoder reads. */
export type ColumnChunk = TextChunk | NumberChunk | BooleanChunk;

/** The typed arrays of a chunk (to transfer them). */
export function chunkArrays(c: ColumnChunk): ArrayBuffer[] {
  const arrays = c.kind === 'text' ? [c.units, c.ends] : c.kind === 'number' ? [c.data, c.nulls] : [c.data];
  return arrays.map((a) => a.buffer);
}

function textValues(c: TextChunk, from: number, to: number): unknown[] {
  const out: unknown[] = new Array(to - from);
  const units = Buffer.from(c.units.buffer, c.units.byteOffset, c.units.byteLength);
  // Start of row `from`: the end of the last non-null row before it.
  let start = 0;
  for (let i = from - 1; i >= 0; i--) {
    const e = c.ends[i] as number;
    if (e >= 0) {
      start = e;
      break;
    }
  }
  for (let i = from; i < to; i++) {
    const end = c.ends[i] as number;
    if (end < 0) {
      out[i - from] = null;
      continue;
    }
    const s = units.toString('utf16le', start, end);
    out[i - from] = c.list ? JSON.parse(s) : s;
    start = end;
  }
  return out;
}

/** The values of a chunk's rows [from, to), as the plain JS values that were added (null for missing). */
export function chunkValues(c: ColumnChunk, from: number, to: number): unknown[] {
  if (c.kind === 'text') return textValues(c, from, to);
  const out: unknown[] = new Array(to - from);
  if (c.kind === 'number') for (let i = from; i < to; i++) out[i - from] = c.nulls[i] ? null : c.data[i];
  else
    for (let i = from; i < to; i++) {
      const b = c.data[i];
      out[i - from] = b === 2 ? null : b === 1;
    }
  return out;
}

/** A Buffer over a typed array's bytes (a transferred one arrives as a plain Uint8Array). */
const asBuffer = (u: Bytes): Buffer<ArrayBuffer> => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Strings, or (lists) arrays of strings kept as their JSON text. */
class TextColumn implements ColumnBuffer {
  // Never from Node's shared pool: the array may be transferred.
  private units = Buffer.allocUnsafeSlow(1 << 12);
  private used = 0;
  /** End (in bytes) of each row's text; -1 for null. */
  private ends = new Int32Array(256);
  private spare: TextChunk | null = null;
  /** The arrays went with the last chunk (the next add writes into others, as large). */
  private taken = false;
  private sizes: [number, number] = [0, 0];
  length = 0;
  constructor(private readonly list: boolean) {}

  take(): ColumnChunk {
    const c: TextChunk = {
      kind: 'text',
      list: this.list,
      length: this.length,
      units: this.units,
      ends: this.ends,
    };
    // Their sizes now: once transferred, the arrays here are empty.
    this.sizes = [this.units.length, this.ends.length];
    this.taken = true;
    this.used = 0;
    this.length = 0;
    return c;
  }

  give(chunk: ColumnChunk): void {
    if (chunk.kind === 'text') this.spare ??= chunk;
  }

  /** Arrays to write into after a take: those given back, or new ones as large. */
  private refill(): void {
    this.taken = false;
    this.units = this.spare ? asBuffer(this.spare.units) : Buffer.allocUnsafeSlow(this.sizes[0]);
    this.ends = this.spare ? this.spare.ends : new Int32Array(this.sizes[1]);
    this.spare = null;
  }

  add(v: Value | undefined): number {
    if (this.taken) this.refill();
    this.ends = grown(this.ends, this.length + 1);
    if (v === undefined || v === null) {
      this.ends[this.length++] = -1;
      return 4;
    }
    const s = this.list ? JSON.stringify(v) : (v as string);
    if (typeof s !== 'string') throw new TypeError(`a text column was given ${typeof v}`);
    const need = this.used + s.length * 2;
    if (need > this.units.length) {
      let size = this.units.length * 2;
      while (size < need) size *= 2;
      const b = Buffer.allocUnsafeSlow(size);
      this.units.copy(b, 0, 0, this.used);
      this.units = b;
    }
    const bytes = this.units.write(s, this.used, 'utf16le');
    this.used += bytes;
    this.ends[this.length++] = this.used;
    return bytes + 4;
  }

  values(from: number, to: number): unknown[] {
    return textValues(
      { kind: 'text', list: this.list, length: this.length, units: this.units, ends: this.ends },
      from,
      to,
    );
  }
}

/** Integers, decimals and days (as epoch days), with a flag per row for null. */
class NumberColumn implements ColumnBuffer {
  private data = new Float64Array(256);
  private nulls = new Uint8Array(256);
  private spare: NumberChunk | null = null;
  private taken = false;
  private size = 0;
  length = 0;
  constructor(private readonly date: boolean) {}

  take(): ColumnChunk {
    const c: NumberChunk = { kind: 'number', length: this.length, data: this.data, nulls: this.nulls };
    this.size = this.data.length;
    this.taken = true;
    this.length = 0;
    return c;
  }

  give(chunk: ColumnChunk): void {
    if (chunk.kind !== 'number' || this.spare) return;
    chunk.nulls.fill(0, 0, chunk.length);
    this.spare = chunk;
  }

  private refill(): void {
    this.taken = false;
    this.data = this.spare ? this.spare.data : new Float64Array(this.size);
    this.nulls = this.spare ? this.spare.nulls : new Uint8Array(this.size);
    this.spare = null;
  }

  add(v: Value | undefined): number {
    if (this.taken) this.refill();
    this.data = grown(this.data, this.length + 1);
    this.nulls = grown(this.nulls, this.length + 1);
    if (v === undefined || v === null) this.nulls[this.length] = 1;
    else this.data[this.length] = this.date ? epochDay(v as string) : (v as number);
    this.length++;
    return 9;
  }

  values(from: number, to: number): unknown[] {
    return chunkValues({ kind: 'number', length: this.length, data: this.data, nulls: this.nulls }, from, to);
  }
}

/** true / false / null as 1 / 0 / 2. */
class BooleanColumn implements ColumnBuffer {
  private data = new Uint8Array(256);
  private spare: BooleanChunk | null = null;
  private taken = false;
  private size = 0;
  length = 0;

  take(): ColumnChunk {
    const c: BooleanChunk = { kind: 'boolean', length: this.length, data: this.data };
    this.size = this.data.length;
    this.taken = true;
    this.length = 0;
    return c;
  }

  give(chunk: ColumnChunk): void {
    if (chunk.kind === 'boolean') this.spare ??= chunk;
  }

  private refill(): void {
    this.taken = false;
    this.data = this.spare ? this.spare.data : new Uint8Array(this.size);
    this.spare = null;
  }

  add(v: Value | undefined): number {
    if (this.taken) this.refill();
    this.data = grown(this.data, this.length + 1);
    this.data[this.length++] = v === undefined || v === null ? 2 : v ? 1 : 0;
    return 1;
  }

  values(from: number, to: number): unknown[] {
    return chunkValues({ kind: 'boolean', length: this.length, data: this.data }, from, to);
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
