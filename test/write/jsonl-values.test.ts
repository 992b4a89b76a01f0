// Reading records.jsonl back: a line parsed in pieces (a long one) gives the value JSON.parse gives
// for the whole line, whatever the bytes' chunking, strings with pairs, lone halves and escapes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonlValues, LONG_LINE, PieceParser } from '../../src/write/jsonl-values.js';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('"', '\\', '\\"', '{[,:]}', '\ud83d', '\ude00', 'ی😀', '\n\r\t', '__proto__'),
);
const leaf = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
  arr: fc.array(tie('any'), { maxLength: 4 }),
  obj: fc.dictionary(text, tie('any'), { maxKeys: 4 }),
})).any;
/** An object like a record: scalar members and long lists among them. */
const record = fc.dictionary(text, fc.oneof(value, fc.array(value, { maxLength: 30 })), { maxKeys: 6 });

/** The bytes in arbitrary chunks, as reads deliver them. */
function parseChunked(json: string, cuts: number[]): unknown {
  const bytes = Buffer.from(json);
  const p = new PieceParser('test');
  let at = 0;
  for (const c of [...cuts.map((x) => x % (bytes.length + 1))].sort((a, b) => a - b)) {
    p.push(bytes.subarray(at, Math.max(at, c)));
    at = Math.max(at, c);
  }
  p.push(bytes.subarray(at));
  return p.end();
}

describe('PieceParser', () => {
  it('equals JSON.parse of the whole text, however the bytes are cut, with or without whitespace', () => {
    fc.assert(
      fc.property(record, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (r, cuts, pretty) => {
        const json = pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r);
        const got = parseChunked(json, cuts);
        expect(got).toEqual(JSON.parse(json));
        // Same own keys in the same order, "__proto__" included.
        expect(Reflect.ownKeys(got as object)).toEqual(Reflect.ownKeys(JSON.parse(json)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what JSON.parse refuses', () => {
    for (const bad of [
      '{"a":1,}',
      '{"a":}',
      '{"a"}',
      '{,}',
      '{"a":[1,]}',
      '{"a":[,1]}',
      '{"a":[1}',
      '{"a":[1] 2}',
      '{"a":1} x',
      '{"a":1',
      '{"a":"x}',
      '{"a":{]}',
      '{"a":1 "b":2}',
      '{1:2}',
    ]) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(() => parseChunked(bad, [3]), bad).toThrow(SyntaxError);
    }
    // A long line must hold an object (records do).
    expect(() => parseChunked('[1]', [])).toThrow(SyntaxError);
    expect(parseChunked('{ }', [])).toEqual({});
    expect(parseChunked('{"a":[ ]}', [])).toEqual({ a: [] });
  });
});

describe('jsonlValues', () => {
  it('gives each line JSON.parse gives, short and long lines alike, BOM and blank lines skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-jsonl-'));
    const long = {
      docId: 'd',
      entities: Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, text: `متن 😀 "${i}"\\` })),
      meetings: [{ title: 'x'.repeat(LONG_LINE) }],
      warnings: [],
      n: 1.5e-7,
    };
    const lines = [{ a: 1 }, long, 'not an object', { b: [null, true] }, long];
    const body = lines.map((l) => JSON.stringify(l)).join('\n');
    const path = join(dir, 'r.jsonl');
    writeFileSync(path, `\ufeff${body.replace('\n', '\n\n  \r\n')}\r\n`);
    const got = [...jsonlValues(path)];
    expect(got.map((g) => g.line)).toEqual([1, 4, 5, 6, 7]);
    expect(got.map((g) => g.value)).toEqual(lines);
  });

  it("hands a long line's streamed member on in batches, with the members before it; a short line stays whole", () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-jsonl-'));
    const long = {
      docId: 'd',
      entities: Array.from({ length: 2_500 }, (_, i) => ({
        id: `e${i}`,
        text: `متن ${'x'.repeat(500)} ${i}`,
      })),
      meetings: [{ title: 'm', entities: [1, 2] }],
      warnings: [],
    };
    const short = { docId: 's', entities: [{ id: 'e1' }], meetings: [] };
    const path = join(dir, 'r.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify(short)}\n${JSON.stringify(long)}\n${JSON.stringify({ docId: 'e', entities: [] })}\n`,
    );
    const batches: { docId: unknown; size: number }[] = [];
    const taken: unknown[] = [];
    const got = [
      ...jsonlValues(path, {
        key: 'entities',
        batch: 1000,
        take: (elements, before) => {
          batches.push({ docId: before.docId, size: elements.length });
          taken.push(...elements);
        },
      }),
    ].map((g) => g.value);
    expect(batches).toEqual([
      { docId: 'd', size: 1000 },
      { docId: 'd', size: 1000 },
      { docId: 'd', size: 500 },
    ]);
    expect(taken).toEqual(long.entities);
    // Only the top-level member of that key: the meeting's own list is kept.
    expect(got).toEqual([short, { ...long, entities: [] }, { docId: 'e', entities: [] }]);
  });

  it('names the line of a long line that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-jsonl-'));
    const path = join(dir, 'r.jsonl');
    writeFileSync(path, `{"a":1}\n{"x":[${'1,'.repeat(LONG_LINE)}]}\n`);
    expect(() => [...jsonlValues(path)]).toThrow(/line 2/);
  });
});
