// Parquet for every table, with the hyparquet-writer pure-JS writer (no native build). The Parquet
// schema is read off the same zod table schemas as the CSV header: Gregorian days are DATE, counts
// and offsets INT32, confidence DOUBLE, flags BOOLEAN, lists LIST<STRING>, the rest UTF-8 strings.
// Rows are buffered compactly (columns.ts) and written a row group at a time, so a table of any
// size streams to disk.
import { type ColumnInfo, columnInfo, type TableName } from '../records/tables.js';
import { type ColumnBuffer, type ColumnChunk, columnBuffer } from './columns.js';
import { ParquetFile, type ParquetFileSpec, ROW_GROUP, type SchemaElement } from './parquet-file.js';
import type { Row } from './rows.js';

export { ROW_GROUP };
/**
 * Buffered bytes per row group at most (UTF-16 text + a few bytes a cell, see columns.ts). The
 * writer makes a JS value and a byte array per cell of the group it encodes; groups of 50,000 entity
 * rows (~15 MB) outlived the young generation, and on a 10,000-document archive the old one grew by
 * ~200 MB before a full collection (peak RSS of the run-level stage ~420 MB; at 2 MB ~245 MB, files
 * ~25% larger). A group ends at whichever limit comes first: the split depends only on the rows, so
 * the same input still gives the same file.
 */
export const GROUP_BYTES = 2 << 20;

/** One table's file as its encoder sees it: row groups, then the footer, or given up. */
export interface ParquetSink {
  /** One row group, a chunk per column; `bytes` is what the chunks hold. */
  write(chunks: ColumnChunk[], bytes: number): void;
  /** Writes the footer and closes the file. */
  finish(): void;
  /** Closes the file unfinished (a failed run: the caller deletes it). */
  discard(): void;
}

/** Where tables' row groups are encoded: on this thread (inlineEncoder) or on another (EncoderThread). */
export interface ParquetEncoder {
  /**
   * A file to write (made now, or by the time `drain` returns). Each row group's chunks, once
   * encoded, go to `recycle` (on this thread) for the columns to write into again.
   */
  open(spec: ParquetFileSpec, recycle: (chunks: ColumnChunk[]) => void): ParquetSink;
  /** Returns once every file finished is written and closed; throws what failed. */
  drain(): void;
  /** Lets go of what the encoder holds (files still open are closed unfinished). */
  close(): void;
}

/** Encodes each row group on this thread, as it is given. */
export const inlineEncoder: ParquetEncoder = {
  open(spec, recycle) {
    const file = new ParquetFile(spec);
    return {
      write(chunks) {
        file.write(chunks);
        recycle(chunks);
      },
      finish: () => file.finish(),
      discard: () => file.close(),
    };
  },
  drain() {},
  close() {},
};

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
  private readonly sink: ParquetSink;
  private buffers: ColumnBuffer[];
  private pendingBytes = 0;
  private open = true;
  rows = 0;

  constructor(
    readonly table: TableName,
    path: string,
    encoder: ParquetEncoder = inlineEncoder,
  ) {
    this.columns = columnInfo(table);
    this.buffers = this.columns.map(columnBuffer);
    const spec = { path, schema: parquetSchema(table), columns: this.columns.map((c) => c.name) };
    this.sink = encoder.open(spec, (chunks) => {
      for (let i = 0; i < this.buffers.length; i++) this.buffers[i]?.give(chunks[i] as ColumnChunk);
    });
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
    if ((this.buffers[0] as ColumnBuffer).length === 0) return;
    this.sink.write(
      this.buffers.map((b) => b.take()),
      this.pendingBytes,
    );
    this.pendingBytes = 0;
  }

  /** Writes the last row group and the footer, closes the file and lets its buffers go. */
  finish(): void {
    this.flush();
    this.open = false;
    this.sink.finish();
    this.buffers = [];
  }

  /** Closes the file unfinished, if it is still open (a failed run: the caller deletes it). */
  discard(): void {
    if (this.open) this.sink.discard();
    this.open = false;
    this.buffers = [];
  }
}

export { epochDay } from './columns.js';
