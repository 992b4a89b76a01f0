// The Parquet writer keeps a row group in compact column buffers and hands the writer one column at
// a time: the file must be the one written from the whole table held as plain JS values, and the
// buffers must give back exactly the values put in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import {
  ALL_TABLES,
  type ColumnInfo,
  columnInfo,
  type TableName,
  type Value,
} from '../../src/records/tables.js';
import { columnBuffer, epochDay } from '../../src/write/columns.js';
import { ParquetTable, parquetSchema, ROW_GROUP } from '../../src/write/parquet.js';
import type { Row } from '../../src/write/rows.js';
import { runs } from '../fc.js';

/** A small deterministic generator (tests must not depend on Math.random). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ['دانشگاه', 'صنعتی', 'شریف', 'Sharif', 'University', 'رئیس', '«نشست»', 'a,"b"', ''];

function sampleValue(c: ColumnInfo, rnd: () => number, row: number): Value {
  if (c.nullable && rnd() < 0.2) return null;
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)] as string;
  switch (c.type) {
    case 'string':
      return c.values?.length ? (c.values[row % c.values.length] as string) : `${word()} ${word()} ${row}`;
    case 'list':
      return Array.from({ length: Math.floor(rnd() * 4) }, word);
    case 'date':
      return new Date(Date.UTC(1990 + Math.floor(rnd() * 40), 0, 1 + Math.floor(rnd() * 365)))
        .toISOString()
        .slice(0, 10);
    case 'integer':
      return Math.floor(rnd() * 1e6) - 1000;
    case 'number':
      return Math.round(rnd() * 1000) / 1000;
    case 'boolean':
      return rnd() < 0.5;
  }
}

function rowsOf(table: TableName, n: number, seed: number): Row[] {
  const rnd = random(seed);
  const columns = columnInfo(table);
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(columns.map((c) => [c.name, sampleValue(c, rnd, i)])),
  );
}

/** The table written the way the writer was first used: every column as one plain array. */
function wholeTable(table: TableName, rows: readonly Row[], path: string): void {
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: parquetSchema(table),
    createdBy: 'khabar',
  });
  const columnData = columnInfo(table).map((c) => ({
    name: c.name,
    data: rows.map((r) => {
      const v = r[c.name];
      if (v === undefined || v === null) return null;
      return c.type === 'date' ? epochDay(v as string) : v;
    }),
  }));
  writer.write({ columnData, rowGroupSize: ROW_GROUP });
  writer.finish();
}

describe('ParquetTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-parquet-'));

  it('writes every table byte for byte as the whole table written at once, over several row groups', async () => {
    for (const [i, table] of (ALL_TABLES as TableName[]).entries()) {
      // One table crosses a row-group boundary; the others stay small to keep the suite quick.
      const rows = rowsOf(table, table === 'document_flags' ? ROW_GROUP + 1234 : 300, i + 1);
      const streamed = new ParquetTable(table, join(dir, `${table}.parquet`));
      // Added in uneven batches, as documents and events give them.
      for (let at = 0; at < rows.length; at += 1 + (at % 7))
        streamed.addAll(rows.slice(at, at + 1 + (at % 7)));
      streamed.finish();
      expect(streamed.rows, table).toBe(rows.length);
      wholeTable(table, rows, join(dir, `${table}.whole.parquet`));
      const a = readFileSync(join(dir, `${table}.parquet`));
      expect(a.equals(readFileSync(join(dir, `${table}.whole.parquet`))), table).toBe(true);
    }
    // And an independent reader gets the rows back.
    const back = await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, 'meetings.parquet')) });
    const rows = rowsOf('meetings', 300, (ALL_TABLES as TableName[]).indexOf('meetings') + 1);
    const dates = columnInfo('meetings').filter((c) => c.type === 'date');
    expect(back.length).toBe(rows.length);
    back.forEach((r, i) => {
      for (const c of columnInfo('meetings')) {
        const want = rows[i]?.[c.name] ?? null;
        const got = r[c.name] instanceof Date ? (r[c.name] as Date).toISOString().slice(0, 10) : r[c.name];
        if (!dates.includes(c) || want !== null) expect(got ?? null, `${c.name} row ${i}`).toEqual(want);
      }
    });
  });
});

describe('column buffers', () => {
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant(''));
  const cases: [ColumnInfo['type'], fc.Arbitrary<Value>][] = [
    ['string', fc.option(text, { nil: null })],
    ['list', fc.option(fc.array(text, { maxLength: 4 }), { nil: null })],
    ['integer', fc.option(fc.integer(), { nil: null })],
    ['number', fc.option(fc.double({ noNaN: true }), { nil: null })],
    ['boolean', fc.option(fc.boolean(), { nil: null })],
  ];
  for (const [type, value] of cases)
    it(`give back every ${type} exactly as added, in any slice (lone surrogates included)`, () => {
      fc.assert(
        fc.property(fc.array(value, { maxLength: 60 }), fc.nat(), fc.nat(), (values, x, y) => {
          const b = columnBuffer({ name: 'c', type, nullable: true, values: null, description: '' });
          for (const v of values) b.add(v);
          expect(b.length).toBe(values.length);
          expect(b.values(0, values.length)).toEqual(values);
          const from = values.length ? x % values.length : 0;
          const to = from + (values.length ? y % (values.length - from + 1) : 0);
          expect(b.values(from, to)).toEqual(values.slice(from, to));
        }),
        { numRuns: runs(200) },
      );
    });

  it('keep days as epoch days', () => {
    const b = columnBuffer({ name: 'd', type: 'date', nullable: true, values: null, description: '' });
    for (const v of ['1970-01-01', null, '2024-03-20']) b.add(v);
    expect(b.values(0, 3)).toEqual([0, null, epochDay('2024-03-20')]);
    expect(epochDay('2024-03-20')).toBe(19802);
  });
});
