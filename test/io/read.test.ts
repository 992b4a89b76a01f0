// Reading an input file: a permission failure is `permission`, other failures `unreadable`. The fs is
// injected so the EACCES path is tested as root too (root reads a mode-000 file).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/io/read.js';
import { eacces } from './helpers/denied.js';

describe('readInputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-read-'));
  const abs = join(dir, 'a.txt');
  writeFileSync(abs, 'متن');

  it('reads a file', () => {
    expect(readInputFile({ abs, source: 'a.txt' }, 100)).toEqual({ bytes: Buffer.from('متن') });
  });

  it('a file it may not open is a `permission` error naming the source, not the absolute path', () => {
    const r = readInputFile({ abs, source: 'a.txt' }, 100, {
      statSync: () => ({ isFile: () => true, size: 6 }),
      readFileSync: (p) => {
        throw eacces('open', p);
      },
    });
    expect(r).toEqual({
      error: { source: 'a.txt', code: 'permission', message: "EACCES: permission denied, open 'a.txt'" },
    });
  });

  it('other failures are `unreadable`; too large is `too-large` without reading', () => {
    expect(readInputFile({ abs: join(dir, 'none.txt'), source: 'none.txt' }, 100)).toMatchObject({
      error: { source: 'none.txt', code: 'unreadable' },
    });
    expect(readInputFile({ abs: dir, source: 'dir.txt' }, 100)).toMatchObject({
      error: { code: 'unreadable', message: 'not a regular file' },
    });
    expect(readInputFile({ abs, source: 'a.txt' }, 2)).toMatchObject({ error: { code: 'too-large' } });
  });
});
