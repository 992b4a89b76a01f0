// Buffered appends: a long string is written in pieces, and the file holds exactly the UTF-8 bytes of
// everything written, in order (a surrogate pair never split across pieces).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferedFile } from '../../src/write/buffered.js';

describe('BufferedFile', () => {
  it('writes short and very long strings as their UTF-8 bytes, pairs across piece boundaries intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-buffered-'));
    // Emoji (surrogate pairs) at every offset parity, Persian, a lone surrogate: long enough for many pieces.
    const long = `${Array.from({ length: 40_000 }, (_, i) => (i % 3 ? `x😀ی${i}` : `😀${i}`)).join('')}\ud800end`;
    const parts = ['سلام\n', long, 'a', long.slice(2), '😀'.repeat(70_000), 'tail\n'];
    const f = new BufferedFile(join(dir, 'out.txt'));
    for (const p of parts) f.write(p);
    f.close();
    const got = readFileSync(join(dir, 'out.txt'));
    expect(got.equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    expect(got.toString('utf8')).not.toMatch(/\uFFFD(?!end)/);
  });
});
