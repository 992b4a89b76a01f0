// Parquet encoded in a thread of its own: the same bytes as on the main thread, whatever the
// interleaving of tables and however far the encoder lags; a failure in the thread fails the run on
// the main thread, and a failed run leaves no file behind.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { columnInfo, type TableName } from '../../src/records/tables.js';
import { RunDeriver } from '../../src/write/derive.js';
import { EncoderThread } from '../../src/write/encoder-thread.js';
import { OutputWriter } from '../../src/write/output.js';
import { inlineEncoder, type ParquetEncoder, ParquetTable } from '../../src/write/parquet.js';
import type { Row } from '../../src/write/rows.js';
import { recordOf } from '../events/fixtures.js';

/** Rows of every column type, some cells null, long enough text to cross GROUP_BYTES. */
function rowsOf(table: TableName, n: number): Row[] {
  const columns = columnInfo(table);
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      columns.map((c) => {
        if (c.nullable && i % 5 === 0) return [c.name, null];
        switch (c.type) {
          case 'date':
            return [c.name, `2024-0${1 + (i % 9)}-1${i % 10}`];
          case 'integer':
            return [c.name, i % 1000];
          case 'number':
            return [c.name, (i % 100) / 100];
          case 'boolean':
            return [c.name, i % 3 === 0];
          case 'list':
            return [c.name, i % 4 === 0 ? [] : [`x${i % 17}`, `y${i}`]];
          default:
            return [
              c.name,
              c.values ? (c.values[i % c.values.length] as string) : `${c.name}-${i}-`.repeat(1 + (i % 13)),
            ];
        }
      }),
    ),
  );
}

const TABLES: [TableName, number][] = [
  ['entities', 2_500],
  ['document_flags', 20_000],
  ['meetings', 3_000],
  ['attendees', 0],
];

/** Every table through one encoder, the rows of the tables interleaved in uneven batches. */
function writeAll(encoder: ParquetEncoder, dir: string): void {
  const tables = TABLES.map(([t, n]) => ({
    parquet: new ParquetTable(t, join(dir, `${t}.parquet`), encoder),
    rows: rowsOf(t, n),
  }));
  for (let at = 0, size = 1; tables.some((t) => at < t.rows.length); at += size, size = 1 + (size % 97))
    for (const t of tables) t.parquet.addAll(t.rows.slice(at, at + size));
  for (const t of tables) t.parquet.finish();
  encoder.drain();
  encoder.close();
}

describe('EncoderThread', () => {
  it('writes every file byte for byte as the inline encoder, whether the main thread waits at each group or not', () => {
    const inline = mkdtempSync(join(tmpdir(), 'khabar-enc-'));
    writeAll(inlineEncoder, inline);
    // 1 byte in flight: the main thread waits for each group; 1 GB: it never waits.
    for (const limit of [1, 1 << 30]) {
      const dir = mkdtempSync(join(tmpdir(), 'khabar-enc-'));
      writeAll(new EncoderThread(limit), dir);
      for (const [t] of TABLES) {
        const a = readFileSync(join(inline, `${t}.parquet`));
        expect(a.length, t).toBeGreaterThan(100);
        expect(readFileSync(join(dir, `${t}.parquet`)).equals(a), `${t} (limit ${limit})`).toBe(true);
      }
    }
  });

  it('fails on the main thread, with the error the write gave, and leaves no file once the run is aborted', () => {
    const records = (['a-sharif', 'b-agency', 'c-deputies', 'd-housing'] as const).map(recordOf);
    const failWith = (inline: boolean) => {
      const dir = mkdtempSync(join(tmpdir(), 'khabar-enc-'));
      const writer = new OutputWriter(dir);
      // A full disk for one table: every write to it fails.
      const path = (name: string) => {
        const p = writer.stage(name);
        if (name === 'entities.parquet') symlinkSync('/dev/full', p);
        return p;
      };
      const deriver = new RunDeriver({ path, documentCsv: true, inline });
      let error: NodeJS.ErrnoException | null = null;
      try {
        for (const r of records) deriver.add(r);
        deriver.finish(() => new Map());
      } catch (err) {
        error = err as NodeJS.ErrnoException;
        deriver.dispose();
        writer.abort();
      }
      return { error, left: readdirSync(dir) };
    };
    const thread = failWith(false);
    const inline = failWith(true);
    expect(inline.error?.code).toBe('ENOSPC');
    expect(thread.error?.code).toBe('ENOSPC');
    expect(thread.error?.message).toBe(inline.error?.message);
    expect(thread.left).toEqual([]);
    expect(inline.left).toEqual([]);
  });

  it('fails at once, not after its stall limit, when the thread cannot load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-enc-'));
    const encoder = new EncoderThread(1, pathToFileURL(join(dir, 'missing.js')));
    const table = new ParquetTable('meetings', join(dir, 'meetings.parquet'), encoder);
    const t0 = performance.now();
    expect(() => {
      table.addAll(rowsOf('meetings', 10));
      table.finish();
      encoder.drain();
    }).toThrow(/missing\.js/);
    encoder.close();
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(readdirSync(dir)).toEqual([]);
  });
});
