// Parquet for every table, with the hyparquet-writer pure-JS writer (no native build). The Parquet
// schema is read off the same zod table schemas as the CSV header: Gregorian days are DATE, counts
// and offsets INT32, confidence DOUBLE, flags BOOLEAN, lists LIST<STRING>, the rest UTF-8 strings.
// Rows are buffered and written a row group at a time, so a table of any size streams to disk.
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { type ColumnInfo, columnInfo, type TableName, type Value } from '../records/tables.js';
import type { Row } from './rows.js';

/** Rows per row group: large enough for good compression, small enough to keep memory flat. */
const ROW_GROUP = 50_000;
const DAY_MS = 86_400_000;

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

/** Days since 1970-01-01 of an ISO day (Parquet DATE). */
export function epochDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function convert(c: ColumnInfo, v: Value | undefined): unknown {
  if (v === undefined || v === null) return null;
  if (c.type === 'date') return epochDay(v as string);
  return v;
}

/** One table's .parquet file, written incrementally. */
export class ParquetTable {
  private readonly columns: ColumnInfo[];
  private readonly writer: ParquetWriter;
  private buffer: unknown[][];
  private pending = 0;
  rows = 0;

  constructor(
    readonly table: TableName,
    path: string,
  ) {
    this.columns = columnInfo(table);
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      schema: parquetSchema(table),
      createdBy: 'khabar',
    });
    this.buffer = this.columns.map(() => []);
  }

  add(row: Row): void {
    this.columns.forEach((c, i) => {
      this.buffer[i]?.push(convert(c, row[c.name]));
    });
    this.pending++;
    this.rows++;
    if (this.pending >= ROW_GROUP) this.flush();
  }

  addAll(rows: readonly Row[]): void {
    for (const r of rows) this.add(r);
  }

  private flush(): void {
    if (this.pending === 0) return;
    const columnData = this.columns.map((c, i) => ({ name: c.name, data: this.buffer[i] ?? [] }));
    this.writer.write({ columnData, rowGroupSize: ROW_GROUP });
    this.buffer = this.columns.map(() => []);
    this.pending = 0;
  }

  finish(): void {
    this.flush();
    this.writer.finish();
  }
}
