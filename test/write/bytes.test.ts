// A document's bytes as the worker builds them: parts of UTF-8 in transferable chunks, equal to the
// strings they replace (surrogate pairs whole, lone halves as U+FFFD), and a long record's JSON line
// and CSV rows written a batch at a time equal to the whole record written at once.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentRecordSchema } from '../../src/records/schema.js';
import { BufferedFile } from '../../src/write/buffered.js';
import {
  partPieces,
  partText,
  partViews,
  plainChunks,
  transferList,
  Utf8Builder,
  type Utf8Parts,
} from '../../src/write/bytes.js';
import { TABLE_NAMES, tableCsv } from '../../src/write/csv.js';
import { documentRows } from '../../src/write/rows.js';
import {
  csvOf,
  EncodedLists,
  RecordWithEncodedLists,
  recordLine,
  serializeRecord,
} from '../../src/write/serialize.js';
import { sampleRecord } from './helpers.js';

/** Text with emoji (pairs), Persian, lone halves, and now and then a long run. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('\ud83d', '\ude00', '😀', 'ی', '\ud800'),
  fc.nat({ max: 3 }).map((n) => '😀ی'.repeat(20_000 * n + 1)),
);

function build(parts: string[][], deflate = false): Utf8Parts {
  const b = new Utf8Builder({ deflate });
  for (const part of parts) {
    for (const s of part) b.write(s);
    b.endPart();
  }
  return b.finish();
}

describe('Utf8Builder', () => {
  it('gives each part the UTF-8 of its text, whatever the pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const bytes = build(parts);
        expect(bytes.parts.length).toBe(parts.length);
        const views = partViews(bytes);
        parts.forEach((part, i) => {
          const want = Buffer.from(part.join(''), 'utf8');
          expect(Buffer.concat(views[i] ?? []).equals(want)).toBe(true);
        });
        // Every chunk owns its buffer, so a transfer moves exactly it.
        for (const c of bytes.chunks) expect(c.buffer.byteLength).toBe(c.length);
        expect(transferList(bytes).length).toBe(bytes.chunks.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same parts when its chunks are deflated, and when those are spliced into a plain builder', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(piece, { maxLength: 3 }),
        (parts, head) => {
          const plain = build(parts);
          const deflated = build(parts, true);
          expect(deflated.parts).toEqual(plain.parts);
          const text = (b: Utf8Parts) => parts.map((_, i) => partText(b, i));
          expect(text(deflated)).toEqual(text(plain));
          if (deflated.chunks.length) expect(deflated.inflated).toHaveLength(deflated.chunks.length);
          for (const c of deflated.chunks) expect(c.buffer.byteLength).toBe(c.length);
          // Plain text, then the deflated builder's bytes in the same part, then a part of its own.
          const out = new Utf8Builder();
          for (const s of head) out.write(s);
          out.writeBytes(deflated);
          out.endPart();
          out.write('tail');
          out.endPart();
          const spliced = out.finish();
          const all = Buffer.concat(partViews(plain).flat()).toString('utf8');
          expect(partText(spliced, 0)).toBe(Buffer.from(head.join('') + all).toString('utf8'));
          expect(partText(spliced, 1)).toBe('tail');
          expect(
            Buffer.concat([...plainChunks(spliced)]).equals(Buffer.concat(partViews(spliced).flat())),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('hands a deflated builder’s parts over piece by piece, in part order', () => {
    const parts = [['ب'.repeat(50_000), '😀'.repeat(40_000)], [], ['x'.repeat(200_000)], ['']];
    const bytes = build(parts, true);
    // Each deflated chunk is far smaller than what it holds.
    expect(bytes.chunks.reduce((a, c) => a + c.length, 0) * 4).toBeLessThan(
      bytes.parts.reduce((a, b) => a + b, 0),
    );
    const got: Buffer[] = parts.map(() => Buffer.alloc(0));
    let last = 0;
    for (const [part, piece] of partPieces(bytes)) {
      expect(part).toBeGreaterThanOrEqual(last);
      last = part;
      got[part] = Buffer.concat([got[part]!, piece]);
    }
    expect(got.map((b) => b.toString('utf8'))).toEqual(parts.map((p) => p.join('')));
  });

  it('keeps a pair whole across its encoding pieces, and a pair split between parts as two halves', () => {
    const long = 'x'.repeat((1 << 16) - 1);
    const bytes = build([[`${long}\ud83d`, '\ude00'], ['\ud83d'], ['\ude00']]);
    expect(partText(bytes, 0)).toBe(`${long}😀`);
    expect(partText(bytes, 1)).toBe('\ufffd');
    expect(partText(bytes, 2)).toBe('\ufffd');
  });

  it('refuses text written after the last part', () => {
    const b = new Utf8Builder();
    b.write('x');
    expect(() => b.finish()).toThrow(/after the last part/);
  });

  it('round-trips through a transfer to another thread', () => {
    const bytes = build([['سلام 😀'.repeat(30_000)], ['', 'a'], []]);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(bytes, transferList(bytes));
    // The sender's chunks are gone (moved, not copied).
    expect(bytes.chunks.every((c) => c.length === 0)).toBe(true);
    const got = receiveMessageOnPort(port2)?.message as Utf8Parts;
    port1.close();
    expect(partText(got, 0)).toBe('سلام 😀'.repeat(30_000));
    expect(partText(got, 1)).toBe('a');
    expect(partText(got, 2)).toBe('');
  });
});

describe('BufferedFile.writeBytes', () => {
  it('appends bytes and text in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-bytes-'));
    const f = new BufferedFile(join(dir, 'out.txt'));
    const big = Buffer.from('ب'.repeat(100_000));
    f.write('head\n');
    f.writeBytes([Buffer.from('a'), big, Buffer.from('b')]);
    f.write('mid');
    f.writeBytes([Buffer.from('😀')]);
    f.close();
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(`head\na${'ب'.repeat(100_000)}bmid😀`);
  });
});

/** The sample record with `n` entities and `m` meetings: more than one batch of each. */
function longRecord(n: number, m: number) {
  const base = sampleRecord();
  const entities = Array.from({ length: n }, (_, i) => ({
    ...base.entities[i % base.entities.length]!,
    entityId: `e${i + 1}`,
    text: i % 7 ? `متن ${i} 😀` : `'=x${i}, "q"`,
  }));
  // Every third meeting has no date: its flag follows the document's warnings in document_flags.
  const meetings = Array.from({ length: m }, (_, i) => ({
    ...base.meetings[0]!,
    meetingId: `m${i + 1}`,
    ...(i % 3 === 2 ? { date: null } : {}),
  }));
  return { ...base, entities, meetings, warnings: m > 2 ? ['low-confidence', 'meeting-without-date'] : [] };
}

describe('serializeRecord on a long record', () => {
  it('writes the JSON line and CSV rows the whole record written at once gives', () => {
    for (const [n, m] of [
      [0, 0],
      [1, 1],
      [1024, 3],
      [2500, 2049],
    ] as const) {
      const record = longRecord(n, m);
      const s = serializeRecord(record, 'x');
      if (!s.ok) throw new Error(s.error.message);
      const parsed = DocumentRecordSchema.parse(record);
      expect(recordLine(s.out)).toBe(JSON.stringify(parsed));
      const rows = documentRows(parsed);
      for (const t of TABLE_NAMES) {
        expect(csvOf(s.out, t)).toBe(rows[t].length ? tableCsv(t, rows[t]) : '');
        expect(s.out.counts[t]).toBe(rows[t].length);
      }
    }
  });

  it('keeps the whole-record error message when one entity deep in a batch is invalid', () => {
    const record = longRecord(3000, 1);
    (record.entities[2100] as { start: unknown }).start = 'x';
    const s = serializeRecord(record, 'x');
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.error.message).toContain('"path":"entities.2100.start"');
    expect(serializeRecord(42, 'x').ok).toBe(false);
    expect(serializeRecord({ ...sampleRecord(), entities: 'no' }, 'x').ok).toBe(false);
  });
});

const plain = (b: Utf8Parts) => Buffer.concat([...plainChunks(b)]);

/** Consecutive slices of `list` of the given sizes, then the rest. */
function slices<T>(list: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(list.slice(at, at + n));
    at += n;
  }
  out.push(list.slice(at));
  return out;
}

/**
 * `record` with its entities and meetings encoded in consecutive slices of the given sizes (a window
 * each: window i hands over its entities, then its meetings).
 */
function encodedIn(
  record: ReturnType<typeof longRecord>,
  entitySizes: readonly number[],
  meetingSizes: readonly number[] = [],
): RecordWithEncodedLists {
  const encoded = new EncodedLists(record.docId, record.source);
  const es = slices(record.entities, entitySizes);
  const ms = slices(record.meetings, meetingSizes);
  for (let i = 0; i < Math.max(es.length, ms.length); i++) {
    encoded.entities(es[i] ?? []);
    encoded.meetings(ms[i] ?? []);
  }
  return new RecordWithEncodedLists({ ...record, entities: [], meetings: [] }, encoded);
}

describe('serializeRecord with entities and meetings encoded as they were made', () => {
  it('writes the bytes the record with its lists gives, however the windows fall', () => {
    for (const [n, sizes, m, meetingSizes] of [
      [0, [], 0, []],
      [0, [], 2, []],
      [5, [0, 3], 2, [1]],
      [1100, [700, 0, 380], 2100, [0, 1500, 2, 1]],
    ] as const) {
      const record = longRecord(n, m);
      const whole = serializeRecord(record, 'x');
      const windowed = serializeRecord(encodedIn(record, sizes, meetingSizes), 'x');
      if (!whole.ok || !windowed.ok) throw new Error('invalid');
      expect(windowed.out.counts).toEqual(whole.out.counts);
      expect(windowed.out.bytes.parts).toEqual(whole.out.bytes.parts);
      expect(plain(windowed.out.bytes).equals(plain(whole.out.bytes))).toBe(true);
    }
  });

  it('names the first invalid entity and meeting by their places in the whole document', () => {
    const record = longRecord(3000, 1500);
    (record.entities[2100] as { start: unknown }).start = 'x';
    (record.meetings[1300] as { confidence: unknown }).confidence = 'high';
    const s = serializeRecord(encodedIn(record, [700, 1200], [1000, 200]), 'x');
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.error).toMatchObject({ code: 'invalid-record', source: 'x' });
    expect(s.error.message).toContain('"path":"entities.2100.start"');
    expect(s.error.message).toContain('"path":"meetings.1300.confidence"');
    expect(s.error.message.indexOf('entities.2100')).toBeLessThan(s.error.message.indexOf('meetings.1300'));
  });
});
