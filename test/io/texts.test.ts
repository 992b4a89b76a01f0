import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputs } from '../../src/io/list.js';
import { createTextLoader } from '../../src/io/texts.js';
import { encodeCp1256 } from './helpers/encode.js';

describe('createTextLoader', () => {
  it('gives back the decoded text of files, pages and feed lines, by source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-texts-'));
    writeFileSync(join(dir, 'old.txt'), encodeCp1256('نشست مشترك\r\nبرگزار شد'));
    writeFileSync(join(dir, 'p.html'), '<nav>منو</nav><article><p>متن</p><p>دوم</p></article>');
    writeFileSync(
      join(dir, 'f.jsonl'),
      `\ufeff${JSON.stringify({ id: 'a', text: 'اول' })}\r\nbroken\r\n${JSON.stringify({ text: 'سوم\nخط' })}\r\n`,
    );
    const { files } = await listInputs([dir]);
    const load = createTextLoader(files, 1 << 20);
    expect(await load('old.txt')).toBe('نشست مشترك\r\nبرگزار شد');
    expect(await load('p.html')).toBe('متن\nدوم');
    expect(await load('f.jsonl#a')).toBe('اول');
    expect(await load('f.jsonl#3')).toBe('سوم\nخط');
    expect(await load('f.jsonl#2')).toBeNull();
    expect(await load('missing.txt')).toBeNull();
  });
});
