import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/io/lines.js';

async function collect(content: Buffer | string, max = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-lines-'));
  const p = join(dir, 'f.jsonl');
  writeFileSync(p, content);
  const out = [];
  for await (const l of readLines(p, max))
    out.push({ ...l, text: l.bytes ? Buffer.from(l.bytes).toString('utf8') : null });
  return out;
}

describe('readLines', () => {
  it('splits on LF, drops CR and a leading BOM, numbers lines from 1', async () => {
    const lines = await collect('\ufeff{"a":1}\r\n\n{"b":2}');
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, '{"a":1}'],
      [2, ''],
      [3, '{"b":2}'],
    ]);
  });

  it('does not buffer a line above the limit, and keeps counting after it', async () => {
    const lines = await collect(`short\n${'x'.repeat(5000)}\nafter\n`, 100);
    expect(lines.map((l) => [l.line, l.text, l.size])).toEqual([
      [1, 'short', 5],
      [2, null, 5000],
      [3, 'after', 5],
    ]);
  });

  it('reassembles lines across read chunks', async () => {
    const long = 'ب'.repeat(100_000);
    const lines = await collect(`${long}\n${long}`, 1_000_000);
    expect(lines.map((l) => l.text)).toEqual([long, long]);
  });
});
