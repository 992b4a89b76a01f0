// Packed strings (src/recognize/packed.ts): any string, lone surrogates included, decodes to itself
// from the pool and from a written file, and sorted keys answer as a Set or a first-wins Map does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PoolBuilder,
  readPack,
  SortedKeys,
  StringPool,
  sortKeys,
  writePack,
} from '../../src/recognize/packed.js';

const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const anyString = fc.oneof(codeUnits, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

function packed(strings: readonly string[], values: readonly number[]) {
  const b = new PoolBuilder();
  const { keys, values: firstValues } = sortKeys(
    b,
    strings.map((s, i) => [b.add(s), values[i]!] as const),
  );
  const pool = b.finish();
  const file = readPack(
    writePack(
      { n: strings.length },
      { bytes: pool.bytes, start: pool.start, wide: pool.wide, keys, firstValues },
    ),
  );
  const bytes = file.u8('bytes');
  const p = new StringPool(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    file.u32('start'),
    file.u8('wide'),
  );
  return {
    p,
    sorted: new SortedKeys(p, file.i32('keys'), file.i32('firstValues')),
    ids: strings.map((s) => b.add(s)),
  };
}

describe('packed strings', () => {
  it('decode to the strings they were, and compare as JavaScript does', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 30 }), anyString, (strings, probe) => {
        const { p, ids } = packed(
          strings,
          strings.map((_, i) => i),
        );
        strings.forEach((s, i) => {
          expect(p.get(ids[i]!)).toBe(s);
          expect(Math.sign(p.compare(ids[i]!, probe))).toBe(s < probe ? -1 : s > probe ? 1 : 0);
        });
      }),
    );
  });

  it('sorted keys answer as a Map filled with «set only if absent»', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyString, fc.integer()), { maxLength: 40 }),
        fc.array(anyString, { maxLength: 10 }),
        (pairs, probes) => {
          const { sorted } = packed(
            pairs.map(([s]) => s),
            pairs.map(([, v]) => v),
          );
          const map = new Map<string, number>();
          for (const [k, v] of pairs) if (!map.has(k)) map.set(k, v);
          expect(sorted.size).toBe(map.size);
          for (const k of [...map.keys(), ...probes]) {
            expect(sorted.has(k)).toBe(map.has(k));
            expect(sorted.get(k)).toBe(map.has(k) ? map.get(k) : -1);
          }
        },
      ),
    );
  });
});
