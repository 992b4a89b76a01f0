import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputs } from '../../src/io/list.js';
import { denyFolders } from './helpers/denied.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-list-'));
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  for (const f of ['z.txt', 'a.md', 'b/c.html', 'b/deep/d.htm', 'b/feed.jsonl', 'notes.pdf', 'B.TXT']) {
    writeFileSync(join(dir, f), 'متن');
  }
  mkdirSync(join(dir, 'dir-named.txt'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  return dir;
}

describe('listInputs', () => {
  it('walks a folder, keeps the supported types, sorts by source in code-unit order', async () => {
    const dir = tree();
    const { files, missing } = await listInputs([dir]);
    expect(files.map((f) => f.source)).toEqual([
      'B.TXT',
      'a.md',
      'b/c.html',
      'b/deep/d.htm',
      'b/feed.jsonl',
      'dangling.txt',
      'dir-named.txt',
      'z.txt',
    ]);
    expect(files.find((f) => f.source === 'b/deep/d.htm')).toMatchObject({ docId: 'b/deep/d', kind: 'html' });
    expect(files.find((f) => f.source === 'b/feed.jsonl')?.kind).toBe('jsonl');
    expect(missing).toEqual([]);
  });

  it("takes a single file's directory as its root", async () => {
    const dir = tree();
    const { files } = await listInputs([join(dir, 'b', 'c.html')]);
    expect(files.map((f) => [f.source, f.docId])).toEqual([['c.html', 'c']]);
  });

  it('expands a glob relative to its static base', async () => {
    const dir = tree();
    const { files } = await listInputs(['b/**/*.htm*'], dir);
    expect(files.map((f) => f.source)).toEqual(['c.html', 'deep/d.htm']);
  });

  it('reports inputs that match nothing or have an unsupported type', async () => {
    const dir = tree();
    const { files, missing } = await listInputs([join(dir, 'nope'), join(dir, 'notes.pdf'), 'q/*.txt'], dir);
    expect(files).toEqual([]);
    expect(missing).toEqual([join(dir, 'nope'), join(dir, 'notes.pdf'), 'q/*.txt']);
  });
});

describe('listInputs: folders that cannot be opened', () => {
  it('reports an unreadable folder as a permission problem and lists everything else', async () => {
    const dir = tree();
    const { files, missing, problems } = await listInputs([dir], undefined, [], denyFolders(join(dir, 'b')));
    expect(files.map((f) => f.source)).toEqual(['B.TXT', 'a.md', 'dangling.txt', 'dir-named.txt', 'z.txt']);
    expect(problems).toEqual([{ source: 'b', code: 'permission', message: 'permission denied' }]);
    expect(missing).toEqual([]);
  });

  it('an unreadable input folder is a problem under the name given, not an input that matched nothing', async () => {
    const dir = tree();
    const deep = join(dir, 'b', 'deep');
    const { files, missing, problems } = await listInputs(
      ['b', 'nothing-here'],
      dir,
      [],
      denyFolders(join(dir, 'b'), deep),
    );
    expect(files).toEqual([]);
    expect(problems).toEqual([{ source: 'b', code: 'permission', message: 'permission denied' }]);
    expect(missing).toEqual(['nothing-here']);
  });

  it('a folder inside a glob base', async () => {
    const dir = tree();
    const { files, problems } = await listInputs(['**/*.htm'], dir, [], denyFolders(join(dir, 'b', 'deep')));
    expect(files).toEqual([]);
    expect(problems).toEqual([{ source: 'b/deep', code: 'permission', message: 'permission denied' }]);
  });
});

describe('listInputs exclusions', () => {
  it('never lists the output folder or the cache, even inside the input', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'out', '.cache'), { recursive: true });
    writeFileSync(join(dir, 'out', 'records.jsonl'), '{}');
    writeFileSync(join(dir, 'out', '.cache', 'x.txt'), '{}');
    const { files } = await listInputs([dir], dir, [join(dir, 'out'), join(dir, 'elsewhere')]);
    expect(files.some((f) => f.source.startsWith('out/'))).toBe(false);
    const glob = await listInputs(['**/*.jsonl'], dir, [join(dir, 'out')]);
    expect(glob.files.map((f) => f.source)).toEqual(['b/feed.jsonl']);
  });
});
