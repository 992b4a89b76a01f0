// The runner with a stand-in pipeline (fixtures/fake-processor.mjs) in real worker threads.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  duplicateIdError,
  type ExtractOptions,
  InputUnreadableError,
  readDuplicateMessage,
  runExtract,
  UsageError,
} from '../../src/io/run.js';
import type { DocumentRecord } from '../../src/records/schema.js';
import { loadRules } from '../../src/rules/load.js';
import { LONG_DOCUMENT_CHARS } from '../../src/text/windows.js';
import { derivedFileNames, deriveRunOutputs } from '../../src/write/derive.js';
import { jsonlValues } from '../../src/write/jsonl-values.js';
import { orgDirectory } from '../../src/write/organisations.js';
import { type Build, buildProject, FAKE_PROCESSOR } from './helpers/build.js';
import { denyFolders } from './helpers/denied.js';
import { readOutputs } from './helpers/outputs.js';

let build: Build;
beforeAll(() => {
  build = buildProject();
});

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
  mkdirSync(join(dir, 'y'));
  for (let i = 0; i < n; i++) {
    const sub = i % 3 === 0 ? 'y/' : '';
    writeFileSync(
      join(dir, `${sub}doc-${String(i).padStart(3, '0')}.txt`),
      `نشست «عنوان ${i}» در دانشگاه شماره ${i} برگزار شد`,
    );
  }
  writeFileSync(
    join(dir, 'feed.jsonl'),
    ['{"id":"k1","text":"دانشگاه یک"}', '{bad', '{"text":"نشست دانشگاه دو"}', ''].join('\n'),
  );
  writeFileSync(join(dir, 'y', 'empty.md'), '');
  return dir;
}

function opts(input: string, out: string, over: Partial<ExtractOptions> = {}): ExtractOptions {
  return {
    inputs: [input],
    outDir: out,
    jobs: 2,
    processorModule: FAKE_PROCESSOR,
    workerScript: build.workerScript,
    timeoutMs: 10_000,
    ...over,
  };
}

describe('runExtract', () => {
  it('writes records in source order and errors per document, with counts in run.json', async () => {
    const dir = corpus(12);
    const out = join(dir, 'out');
    const s = await runExtract(opts(dir, out, { cache: false }));
    expect(s.exitCode).toBe(1);
    const sources = readOutputs(out)
      ['records.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l).source);
    // Files in source order; the lines of a .jsonl in line order.
    const files = sources.map((src: string) => src.split('#')[0]);
    expect(files).toEqual([...files].sort());
    expect(sources).toContain('feed.jsonl#k1');
    expect(sources).toContain('feed.jsonl#3');
    expect(sources).toHaveLength(14);
    const errors = readOutputs(out)
      ['errors.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { source: 'feed.jsonl#2', code: 'bad-jsonl-line', message: expect.any(String), line: 2 },
      { source: 'y/empty.md', code: 'empty', message: 'the file is empty' },
    ]);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.counts).toEqual({
      documents: 16,
      records: 14,
      meetings: 13,
      attendees: 13,
      decisions: 13,
      entities: 14,
      errors: 2,
      cached: 0,
    });
    expect(run.schemaVersion).toBe(1);
  });

  it('gives byte-identical files for --jobs 1 and --jobs 3', async () => {
    const dir = corpus(40);
    const outs = mkdtempSync(join(tmpdir(), 'khabar-outs-'));
    await runExtract(opts(dir, join(outs, 'o1'), { jobs: 1, cache: false }));
    await runExtract(opts(dir, join(outs, 'o3'), { jobs: 3, cache: false }));
    expect(readOutputs(join(outs, 'o3'))).toEqual(readOutputs(join(outs, 'o1')));
  });

  it('makes the run-level files while it writes: the same as deriving them from its records.jsonl afterwards', async () => {
    const dir = corpus(30);
    const outs = mkdtempSync(join(tmpdir(), 'khabar-outs-'));
    const out = join(outs, 'run');
    await runExtract(opts(dir, out, { cache: false }));
    // A broken line is still an error, not a record, and reaches no run-level table.
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toMatch(/feed\.jsonl#2/);
    const after = join(outs, 'after');
    mkdirSync(after);
    const records = [...jsonlValues(join(out, 'records.jsonl'))].map((l) => l.value as DocumentRecord);
    expect(records.length).toBeGreaterThan(20);
    await deriveRunOutputs(records, {
      directory: orgDirectory(loadRules()),
      path: (name) => join(after, name),
    });
    for (const f of derivedFileNames())
      expect(readFileSync(join(out, f)).equals(readFileSync(join(after, f))), f).toBe(true);
  });

  it('answers unchanged documents from the cache and reprocesses changed ones', async () => {
    const dir = corpus(10);
    const out = join(dir, 'out');
    const first = await runExtract(opts(dir, out));
    const before = readOutputs(out);
    const second = await runExtract(opts(dir, out));
    expect(second.counts.cached).toBe(first.counts.documents);
    expect(readOutputs(out)).toEqual(before);
    const changed = 'نشست «تازه» در دانشگاه';
    writeFileSync(join(dir, 'doc-001.txt'), changed);
    const third = await runExtract(opts(dir, out));
    expect(third.counts.cached).toBe(first.counts.documents - 1);
    expect(readOutputs(out)['meetings.csv']).toContain('doc-001,m1,meeting,تازه,');
  });

  it('turns a hanging document into a timeout error and goes on with a fresh worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
    writeFileSync(join(dir, 'a.txt'), 'نشست دانشگاه');
    writeFileSync(join(dir, 'b.txt'), 'این سند گیر می‌کند __HANG__');
    writeFileSync(join(dir, 'c.txt'), 'دانشگاه __THROW__');
    writeFileSync(join(dir, 'd.txt'), 'دانشگاه __INVALID__');
    writeFileSync(join(dir, 'e.txt'), 'نشست بعد از همه');
    const out = join(dir, 'out');
    const s = await runExtract(opts(dir, out, { jobs: 1, timeoutMs: 500 }));
    const errors = readOutputs(out)
      ['errors.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.source, e.code])).toEqual([
      ['b.txt', 'timeout'],
      ['c.txt', 'pipeline-error'],
      ['d.txt', 'invalid-record'],
    ]);
    expect(s.counts.records).toBe(2);
  });

  it('replaces a worker that dies or runs out of memory, filing the document under its cause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
    writeFileSync(join(dir, 'a.txt'), 'دانشگاه __EXIT__');
    writeFileSync(join(dir, 'b.txt'), 'دانشگاه __OOM__');
    writeFileSync(join(dir, 'c.txt'), 'نشست پس از آن');
    const out = join(dir, 'out');
    const s = await runExtract(opts(dir, out, { jobs: 1, maxHeapMb: 64 }));
    const errors = readOutputs(out)
      ['errors.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.source, e.code])).toEqual([
      ['a.txt', 'worker-crashed'],
      ['b.txt', 'out-of-memory'],
    ]);
    expect(s.counts.records).toBe(1);
  });

  it('replaces a worker after a very long document, and writes every document after it in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
    const line = 'نشست دانشگاه __THREAD__\n';
    writeFileSync(join(dir, 'a.txt'), line.repeat(Math.ceil((LONG_DOCUMENT_CHARS + 1) / line.length)));
    for (const name of ['b', 'c', 'd']) writeFileSync(join(dir, `${name}.txt`), line);
    const out = join(dir, 'out');
    const s = await runExtract(opts(dir, out, { jobs: 1, cache: false }));
    expect(s.exitCode).toBe(0);
    const records = readOutputs(out)
      ['records.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.source)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const [a, ...after] = records.map((r) => r.title);
    // b.txt was waiting in the first worker's inbox: it went to the fresh worker, as did the rest.
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(a);
  });

  it('passes --explain lines for every entity, also from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
    writeFileSync(join(dir, 'a.txt'), 'دانشگاه و دانشگاه');
    for (let round = 0; round < 2; round++) {
      let lines = '';
      await runExtract(opts(dir, join(dir, 'out'), { explain: true, onExplain: (l) => (lines += l) }));
      expect(
        lines
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l)),
      ).toEqual([
        {
          source: 'a.txt',
          entityId: 'e1',
          type: 'university',
          text: 'دانشگاه',
          start: 0,
          end: 7,
          rule: 'fake.university',
        },
        {
          source: 'a.txt',
          entityId: 'e2',
          type: 'university',
          text: 'دانشگاه',
          start: 10,
          end: 17,
          rule: 'fake.university',
        },
      ]);
    }
  });

  it('keeps docIds unique: a later document with a used docId is a duplicate-id error, also across files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-dup-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(
      join(dir, 'a', 'feed.jsonl'),
      [
        '{"id":"x1","title":"one","text":"نشست دانشگاه یک"}',
        '{"id":"x1","title":"two","text":"نشست دانشگاه دو"}',
        '{"title":"three","text":"نشست دانشگاه سه"}',
        '{"id":3,"title":"four","text":"نشست دانشگاه چهار"}',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'a', 'note.md'), 'نشست دانشگاه پنج');
    writeFileSync(join(dir, 'a', 'note.txt'), 'نشست دانشگاه شش');
    writeFileSync(join(dir, 'b', 'note.md'), 'نشست دانشگاه هفت');
    const out = join(dir, 'out');
    for (const cache of [false, true, true]) {
      const s = await runExtract({
        ...opts(join(dir, 'a'), out, { cache }),
        inputs: [join(dir, 'a'), join(dir, 'b')],
      });
      const outputs = readOutputs(out);
      const records = outputs['records.jsonl']!.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const ids = records.map((r) => r.docId);
      expect(ids).toEqual(['feed#x1', 'feed#3', 'note']);
      // The first in source order keeps its id and its text.
      expect(records.map((r) => r.title ?? r.sha256)).toEqual([
        'one',
        'three',
        createHash('sha256').update('نشست دانشگاه پنج').digest('hex'),
      ]);
      const errors = outputs['errors.jsonl']!.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(errors).toEqual([
        {
          source: 'feed.jsonl#2',
          code: 'duplicate-id',
          message: 'the docId "feed#x1" is already used by feed.jsonl#1; this document was skipped',
          line: 2,
        },
        {
          source: 'feed.jsonl#4',
          code: 'duplicate-id',
          message: 'the docId "feed#3" is already used by feed.jsonl#3; this document was skipped',
          line: 4,
        },
        expect.objectContaining({ source: 'note.md', code: 'duplicate-id' }),
        expect.objectContaining({ source: 'note.txt', code: 'duplicate-id' }),
      ]);
      expect(s.duplicateSources).toEqual(['feed.jsonl#2', 'feed.jsonl#4', 'note.md', 'note.txt']);
      const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
      expect(run.duplicateSources).toEqual(s.duplicateSources);
      expect(run.counts).toMatchObject({ documents: 7, records: 3, errors: 4 });
      expect(s.exitCode).toBe(1);
    }
  });

  it('files an unreadable folder as a `permission` error and goes on; an unreadable input folder alone is InputUnreadableError', async () => {
    const dir = corpus(6);
    const out = join(dir, 'out');
    const s = await runExtract(opts(dir, out, { cache: false, listFs: denyFolders(join(dir, 'y')) }));
    const errors = readOutputs(out)
      ['errors.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors[0]).toEqual({ source: 'y', code: 'permission', message: 'permission denied' });
    expect(errors.map((e) => e.source)).not.toContain('y/empty.md');
    // doc-000 and doc-003 live in y/: not listed, not silently counted as processed.
    const sources = readOutputs(out)
      ['records.jsonl']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l).source);
    expect(sources.filter((x: string) => x.endsWith('.txt'))).toEqual([
      'doc-001.txt',
      'doc-002.txt',
      'doc-004.txt',
      'doc-005.txt',
    ]);
    expect(s.exitCode).toBe(1);
    await expect(
      runExtract(opts(join(dir, 'y'), join(dir, 'out2'), { listFs: denyFolders(join(dir, 'y')) })),
    ).rejects.toThrow(InputUnreadableError);
    await expect(
      runExtract(opts(join(dir, 'y'), join(dir, 'out2'), { listFs: denyFolders(join(dir, 'y')) })),
    ).rejects.toThrow(`no input document could be read: cannot open ${join(dir, 'y')} (permission denied)`);
  });

  it('is a usage error when nothing matches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-run-'));
    await expect(runExtract(opts(join(dir, 'none'), join(dir, 'out')))).rejects.toBeInstanceOf(UsageError);
  });
});

describe('duplicate-id messages (written by a run, read back by khabar merge)', () => {
  it('give back the docId and the first document, whatever characters they hold', () => {
    for (const [docId, first] of [
      ['feed#x1', 'feed.jsonl#1'],
      ['a "quoted" id is already used by nobody', 'dir/a; b.txt'],
      ['گزارش\\نشست', 'نشست.md'],
    ] as const) {
      const error = duplicateIdError('later.txt', docId, first);
      expect(readDuplicateMessage(error.message)).toEqual({ docId, first });
    }
    expect(duplicateIdError('feed.jsonl#3', 'feed#a', 'feed.jsonl#1', 3).line).toBe(3);
    expect(readDuplicateMessage('invalid JSON: Unexpected token')).toBeNull();
  });
});
