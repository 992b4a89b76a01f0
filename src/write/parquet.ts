// Parquet for every table, with the hyparquet-writer pure-JS writer (no native build). The Parquet
// schema is read off the same zod table schemas as the CSV header: Gregorian days are DATE, counts
// and offsets INT32, confidence DOUBLE, flags BOOLEAN, lists LIST<STRING>, the rest UTF-8 strings.
// Rows are buffered compactly (columns.ts) and written a row group at a time, so a table of any
// size streams to disk.
import { closeSync, openSync, writeSync } from 'node:fs';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { type ColumnInfo, columnInfo, type TableName } from '../records/tables.js';
import { type ColumnBuffer, columnBuffer } from './columns.js';
import type { Row } from './rows.js';

/** Rows per row group at most: large enough for good compression. */
export const ROW_GROUP = 50_000;
/**
 * Buffered bytes per row group at most (UTF-16 text + a few bytes a cell, see columns.ts). The
 * writer makes a JS value and a byte array per cell of the group it encodes; groups of 50,000 entity
 * rows (~15 MB) outlived the young generation, and on a 10,000-document archive the old one grew by
 * ~200 MB before a full collection (peak RSS of the run-level stage ~420 MB; at 2 MB ~245 MB, files
 * ~25% larger). A group ends at whichever limit comes first: the split depends only on the rows, so
 * the same input still gives the same file.
 */
export const GROUP_BYTES = 2 << 20;

/** Bytes a file keeps before writing them. */
const FILE_BUFFER = 1 << 16;

/**
 * hyparquet-writer's byte writer appending to an open file, a FILE_BUFFER at a time and after each
 * row group. Its own fileWriter keeps up to ~2 MB per file (the run writes six at once) and reopens the file for each megabyte. The bytes are the same.
 */
class FileSink extends ByteWriter {
  private fd: number | null;

  constructor(path: string) {
    super(FILE_BUFFER);
    this.fd = openSync(path, 'w');
  }

  override ensure(size: number): void {
    if (this.index > 0 && this.index + size > this.buffer.byteLength) this.flush();
    super.ensure(size);
  }

  flush(): void {
    if (this.fd === null) throw new Error('khabar: a Parquet file was written after it was closed');
    const bytes = new Uint8Array(this.buffer, 0, this.index);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.index = 0;
    // A large column chunk grew the buffer: back to the small one.
    if (this.buffer.byteLength > FILE_BUFFER) {
      this.buffer = new ArrayBuffer(FILE_BUFFER);
      this.view = new DataView(this.buffer);
    }
  }

  override finish(): void {
    this.flush();
    this.close();
  }

  /** Closes the file as it is (a failed run: the caller deletes it). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.buffer = new ArrayBuffer(0);
    this.view = new DataView(this.buffer);
  }

  override getBuffer(): ArrayBuffer {
    throw new Error('FileSink: the bytes are in the file');
  }

  override getBytes(): Uint8Array<ArrayBuffer> {
    throw new Error('FileSink: the bytes are in the file');
  }
}

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

function element(c: ColumnInfo): SchemaElement[] {
  const repetition_type = c.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (c.type) {
    case 'string':
      return [{ name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
    case 'date':
      return [{ name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type }];
    case 'integer':
      return [{ name: c.name, type: 'INT32', repetition_type }];
    case 'number':
      return [{ name: c.name, type: 'DOUBLE', repetition_type }];
    case 'boolean':
      return [{ name: c.name, type: 'BOOLEAN', repetition_type }];
    case 'list':
      // The standard three-level LIST: <name> (LIST) → list (repeated) → element.
      return [
        { name: c.name, converted_type: 'LIST', repetition_type, num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
  }
}

export function parquetSchema(table: TableName): SchemaElement[] {
  const columns = columnInfo(table);
  return [{ name: 'root', num_children: columns.length }, ...columns.flatMap(element)];
}

/** One table's .parquet file, written incrementally, a row group at a time. */
export class ParquetTable {
  private readonly columns: ColumnInfo[];
  private readonly sink: FileSink;
  private readonly writer: ParquetWriter;
  private buffers: ColumnBuffer[];
  private pendingBytes = 0;
  rows = 0;

  constructor(
    readonly table: TableName,
    path: string,
  ) {
    this.columns = columnInfo(table);
    this.sink = new FileSink(path);
    this.writer = new ParquetWriter({
      writer: this.sink,
      schema: parquetSchema(table),
      createdBy: 'khabar',
    });
    this.buffers = this.columns.map(columnBuffer);
  }

  add(row: Row): void {
    for (let i = 0; i < this.columns.length; i++) {
      this.pendingBytes += (this.buffers[i] as ColumnBuffer).add(row[(this.columns[i] as ColumnInfo).name]);
    }
    this.rows++;
    if ((this.buffers[0] as ColumnBuffer).length >= ROW_GROUP || this.pendingBytes >= GROUP_BYTES)
      this.flush();
  }

  addAll(rows: readonly Row[]): void {
    for (const r of rows) this.add(r);
  }

  private flush(): void {
    const pending = (this.buffers[0] as ColumnBuffer).length;
    if (pending === 0) return;
    // The writer encodes a row group column by column and reads each column only through
    // `length` and `slice`: each column's JS values exist only while it is being encoded.
    const columnData = this.columns.map((c, i) => {
      const buffer = this.buffers[i] as ColumnBuffer;
      const data = {
        length: pending,
        slice: (from: number, to: number) => buffer.values(from, Math.min(to, pending)),
      };
      return { name: c.name, data: data as unknown as unknown[] };
    });
    this.writer.write({ columnData, rowGroupSize: ROW_GROUP });
    for (const b of this.buffers) b.clear();
    this.pendingBytes = 0;
  }

  /** Writes the last row group and the footer, closes the file and lets its buffers go. */
  finish(): void {
    this.flush();
    this.writer.finish();
    this.buffers = [];
  }

  /** Closes the file unfinished (a failed run: the caller deletes it). */
  discard(): void {
    this.sink.close();
    this.buffers = [];
  }
}

export { epochDay } from './columns.js';
