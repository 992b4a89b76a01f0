// The Parquet writer keeps a row group in compact column buffers and hands the writer one column at
// a time: the file must be the one written from the whole table held as plain JS values, and the
// buffers must give back exactly the values put in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
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
import { GROUP_BYTES, ParquetTable, parquetSchema, ROW_GROUP } from '../../src/write/parquet.js';
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

/** Rows through ParquetTable in uneven batches, as documents and events give them. */
function write(table: TableName, rows: readonly Row[], path: string): void {
  const streamed = new ParquetTable(table, path);
  for (let at = 0; at < rows.length; at += 1 + (at % 7)) streamed.addAll(rows.slice(at, at + 1 + (at % 7)));
  streamed.finish();
  expect(streamed.rows, table).toBe(rows.length);
}

async function rowGroups(path: string): Promise<number[]> {
  const meta = await parquetMetadataAsync(await asyncBufferFromFile(path));
  return meta.row_groups.map((g) => Number(g.num_rows));
}

/** The table written the way the writer was first used: every column as one plain array. */
function wholeTable(table: TableName, rows: readonly Row[], groups: number[], path: string): void {
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
  writer.write({ columnData, rowGroupSize: groups });
  writer.finish();
}

describe('ParquetTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-parquet-'));

  it('writes every table byte for byte as the whole table written at once in the same row groups', async () => {
    for (const [i, table] of (ALL_TABLES as TableName[]).entries()) {
      const rows = rowsOf(table, 300, i + 1);
      write(table, rows, join(dir, `${table}.parquet`));
      const groups = await rowGroups(join(dir, `${table}.parquet`));
      expect(groups, table).toEqual([300]);
      wholeTable(table, rows, groups, join(dir, `${table}.whole.parquet`));
      const a = readFileSync(join(dir, `${table}.parquet`));
      expect(a.equals(readFileSync(join(dir, `${table}.whole.parquet`))), table).toBe(true);
    }
    // And an independent reader gets the rows back.
    const back = await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, 'meetings.parquet')) });
    const rows = rowsOf('meetings', 300, (ALL_TABLES as TableName[]).indexOf('meetings') + 1);
    expect(back.length).toBe(rows.length);
    back.forEach((r, i) => {
      for (const c of columnInfo('meetings')) {
        const want = rows[i]?.[c.name] ?? null;
        const got = r[c.name] instanceof Date ? (r[c.name] as Date).toISOString().slice(0, 10) : r[c.name];
        expect(got ?? null, `${c.name} row ${i}`).toEqual(want);
      }
    });
  });

  it('ends a row group at ROW_GROUP rows or GROUP_BYTES buffered bytes, whichever comes first', async () => {
    // Short flags reach the row limit first; entities' twenty columns reach the byte limit.
    const flags: Row[] = Array.from({ length: ROW_GROUP + 10 }, (_, i) => ({
      doc_id: 'd',
      meeting_id: null,
      flag: `${i % 9}`,
    }));
    const entities = rowsOf('entities', 12_000, 7);
    for (const [table, rows] of [
      ['document_flags', flags],
      ['entities', entities],
    ] as [TableName, Row[]][]) {
      const path = join(dir, `${table}.groups.parquet`);
      write(table, rows, path);
      const groups = await rowGroups(path);
      expect(
        groups.reduce((a, b) => a + b, 0),
        table,
      ).toBe(rows.length);
      expect(groups.length, table).toBeGreaterThan(1);
      wholeTable(table, rows, groups, join(dir, `${table}.groups.whole.parquet`));
      expect(readFileSync(path).equals(readFileSync(join(dir, `${table}.groups.whole.parquet`))), table).toBe(
        true,
      );
      const back = await parquetReadObjects({ file: await asyncBufferFromFile(path) });
      expect(
        back.map((r) => r.flag ?? r.entity_id),
        table,
      ).toEqual(rows.map((r) => r.flag ?? r.entity_id));
    }
    expect(await rowGroups(join(dir, 'document_flags.groups.parquet'))).toEqual([ROW_GROUP, 10]);
    // Every entity group but the last holds just over GROUP_BYTES: far fewer than ROW_GROUP rows.
    for (const n of (await rowGroups(join(dir, 'entities.groups.parquet'))).slice(0, -1))
      expect(n).toBeLessThan(GROUP_BYTES / 200);
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

  it('give back recurring short strings, long ones and nulls as they came, group after group', () => {
    // A small pool (recurring, some past the shared length), nulls and lone surrogates; a clear()
    // between groups, as a row group's flush does.
    const pool = fc.constantFrom('e1', 'person', '', '\ud800', 'ایران', 'x'.repeat(64), 'y'.repeat(65));
    const value = fc.option(fc.oneof(pool, fc.string({ unit: 'binary', maxLength: 80 })), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 60 }), { maxLength: 3 }), fc.nat(), (groups, x) => {
        const b = columnBuffer({ name: 'c', type: 'string', nullable: true, values: null, description: '' });
        for (const values of groups) {
          b.clear();
          const counted = values.map((v) => b.add(v));
          // The row group's budget counts a value the same whichever way it is kept.
          expect(counted).toEqual(values.map((v) => (v === null ? 4 : v.length * 2 + 4)));
          const back = b.values(0, values.length);
          expect(back).toEqual(values);
          const from = values.length ? x % values.length : 0;
          expect(b.values(from, values.length)).toEqual(values.slice(from));
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('keep strings as code units past 4,096 distinct short ones in a row group', () => {
    const b = columnBuffer({ name: 'c', type: 'string', nullable: true, values: null, description: '' });
    const values = Array.from({ length: 5000 }, (_, i) => `id-${i % 4500}`);
    for (const v of values) b.add(v);
    expect(b.values(0, values.length)).toEqual(values);
    expect(b.values(4095, 4600)).toEqual(values.slice(4095, 4600));
  });

  it('keep days as epoch days', () => {
    const b = columnBuffer({ name: 'd', type: 'date', nullable: true, values: null, description: '' });
    for (const v of ['1970-01-01', null, '2024-03-20']) b.add(v);
    expect(b.values(0, 3)).toEqual([0, null, epochDay('2024-03-20')]);
    expect(epochDay('2024-03-20')).toBe(19802);
  });
});
