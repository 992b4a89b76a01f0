import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, codeFingerprint, readCache, writeCache } from '../../src/io/cache.js';
import { partText, Utf8Builder } from '../../src/write/bytes.js';

describe('cache', () => {
  it('keys on every part, in order', () => {
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
    expect(cacheKey(['ab', ''])).not.toBe(cacheKey(['a', 'b']));
    expect(cacheKey(['a', 'b'])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips a result and treats a torn or foreign entry as a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-cache-'));
    const key = cacheKey(['v', 'rules', 'a.txt', 'sha']);
    const result = { out: null, error: { source: 'a.txt', code: 'empty', message: 'the file is empty' } };
    expect(readCache(dir, key)).toBeNull();
    writeCache(dir, key, result);
    expect(readCache(dir, key)).toEqual(result);
    const sub = join(dir, key.slice(0, 2));
    expect(readdirSync(sub)).toEqual([`${key}.json.gz`]);
    writeFileSync(join(sub, `${key}.json.gz`), 'not gzip');
    expect(readCache(dir, key)).toBeNull();
    const other = cacheKey(['other']);
    writeCache(dir, other, result);
    // An entry copied under another key (or a hash collision of the file name) is not trusted.
    writeFileSync(
      join(sub, `${key}.json.gz`),
      readFileSync(join(dir, other.slice(0, 2), `${other}.json.gz`)),
    );
    expect(readCache(dir, key)).toBeNull();
  });

  it('stores a result whose chunks are deflated as the bytes they hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-cache-'));
    const key = cacheKey(['v', 'rules', 'long.txt', 'sha']);
    const lists = new Utf8Builder({ deflate: true });
    lists.write('"entities":'.repeat(30_000));
    const b = new Utf8Builder();
    b.write('{');
    b.writeBytes((lists.endPart(), lists.finish()));
    b.write('}');
    b.endPart();
    b.write('row\r\n');
    b.endPart();
    const bytes = b.finish();
    expect(bytes.inflated).toBeDefined();
    const counts = { documents: 1, document_flags: 0, meetings: 0, attendees: 0, decisions: 0, entities: 0 };
    writeCache(dir, key, { out: { docId: 'long', source: 'long.txt', bytes, counts }, error: null });
    const got = readCache(dir, key);
    expect(got?.out?.bytes.inflated).toBeUndefined();
    expect(got?.out && partText(got.out.bytes, 0)).toBe(`{${'"entities":'.repeat(30_000)}}`);
    expect(got?.out && partText(got.out.bytes, 1)).toBe('row\r\n');
  });

  it('fingerprints the code under a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-code-'));
    writeFileSync(join(dir, 'a.js'), 'x');
    const before = codeFingerprint(dir);
    writeFileSync(join(dir, 'a.js'), 'y');
    expect(codeFingerprint(dir)).not.toBe(before);
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    expect(codeFingerprint(dir)).toBe(codeFingerprint(dir));
  });
});
