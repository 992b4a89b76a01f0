// One Parquet file's encoding: row groups given as typed-array column chunks (columns.ts) go through
// hyparquet-writer to an open file descriptor. The same code runs on the main thread (ParquetTable's
// inline encoder) and in the encoder thread (encoder-worker.ts), so the bytes are the same either way.
import { closeSync, openSync, writeSync } from 'node:fs';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { type ColumnChunk, chunkValues } from './columns.js';

/** Rows per row group at most: large enough for good compression. */
export const ROW_GROUP = 50_000;

/** Bytes a file keeps before writing them. */
const FILE_BUFFER = 1 << 16;

export type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

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

/** What a Parquet file needs to be written: where, its schema and its column names. */
export interface ParquetFileSpec {
  path: string;
  schema: SchemaElement[];
  columns: string[];
}

/** One .parquet file written a row group at a time. */
export class ParquetFile {
  private readonly sink: FileSink;
  private readonly writer: ParquetWriter;
  private readonly columns: string[];

  /** Creates (or truncates) the file. */
  constructor(spec: ParquetFileSpec) {
    this.sink = new FileSink(spec.path);
    this.columns = spec.columns;
    try {
      this.writer = new ParquetWriter({ writer: this.sink, schema: spec.schema, createdBy: 'khabar' });
    } catch (err) {
      this.sink.close();
      throw err;
    }
  }

  /** One row group: a chunk per column, all of one length. */
  write(chunks: readonly ColumnChunk[]): void {
    const pending = (chunks[0] as ColumnChunk).length;
    if (pending === 0) return;
    // The writer encodes a row group column by column and reads each column only through
    // `length` and `slice`: each column's JS values exist only while it is being encoded.
    const columnData = this.columns.map((name, i) => {
      const chunk = chunks[i] as ColumnChunk;
      const data = {
        length: pending,
        slice: (from: number, to: number) => chunkValues(chunk, from, Math.min(to, pending)),
      };
      return { name, data: data as unknown as unknown[] };
    });
    this.writer.write({ columnData, rowGroupSize: ROW_GROUP });
  }

  /** Writes the footer and closes the file. */
  finish(): void {
    this.writer.finish();
  }

  /** Closes the file unfinished (a failed run: the caller deletes it). */
  close(): void {
    this.sink.close();
  }
}
