// `khabar extract` as a user runs it: the compiled CLI in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivedFileNames } from '../../src/write/derive.js';
import { type Build, buildProject, ROOT } from '../io/helpers/build.js';

let build: Build;
beforeAll(() => {
  build = buildProject();
});

function khabar(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, [build.mainJs, ...args], { cwd, encoding: 'utf8' });
}

describe('khabar extract: usage', () => {
  it('--help lists the options and exits 0', () => {
    const r = khabar(['extract', '--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--out', '--jobs', '--no-cache', '--timeout-ms', '--explain', '--no-report'])
      expect(r.stdout).toContain(opt);
    // Every output file is named in the help.
    for (const f of [
      'organisations.csv',
      'documents.csv',
      'events.csv',
      'event_conflicts.csv',
      '.parquet',
      'network.gexf',
      'network.graphml',
    ])
      expect(r.stdout).toContain(f);
  });

  it('exits 2 without --out, with a bad --jobs or --timeout-ms, and when no document matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'متن');
    expect(khabar(['extract', dir]).status).toBe(2);
    expect(khabar(['extract', dir, '--out', join(dir, 'o'), '--jobs', '0']).status).toBe(2);
    expect(khabar(['extract', dir, '--out', join(dir, 'o'), '--jobs', 'two']).status).toBe(2);
    expect(khabar(['extract', dir, '--out', join(dir, 'o'), '--timeout-ms', '-5']).status).toBe(2);
    const none = khabar(['extract', join(dir, 'missing'), '--out', join(dir, 'o')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no input documents');
    expect(none.stdout).toBe('');
  });
});

describe('khabar extract: the seed with the real pipeline', () => {
  it('exits 0, writes every file, prints only the summary on stderr and nothing on stdout', () => {
    const out = mkdtempSync(join(tmpdir(), 'khabar-cli-out-'));
    const r = khabar(['extract', 'corpus', '--out', out, '--jobs', '1']);
    expect(r.stderr).toMatch(/^khabar: \d+ documents/m);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.counts.errors).toBe(0);
    expect(run.counts.records).toBe(run.counts.documents);
    for (const f of run.files) expect(existsSync(join(out, f)), f).toBe(true);
    expect(run.files).toEqual(expect.arrayContaining(derivedFileNames()));
    expect(
      readFileSync(join(out, 'meetings.csv'), 'utf8').startsWith('\ufeffdoc_id,meeting_id,meeting_kind,'),
    ).toBe(true);
  });

  it('runs under V8 options a worker thread refuses (node --max-old-space-size=… khabar)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'دیدار رئیس دانشگاه تهران با سفیر ژاپن روز گذشته برگزار شد.');
    const out = join(dir, 'o');
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=512', build.mainJs, 'extract', dir, '--out', out, '--jobs', '2', '--no-report'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toMatch(/^khabar: 1 documents/m);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toContain('ut.ac.ir');
  });

  it('--explain prints one JSON line per entity with its rule', () => {
    const out = mkdtempSync(join(tmpdir(), 'khabar-cli-out-'));
    const r = khabar([
      'extract',
      'corpus',
      '--out',
      out,
      '--explain',
      '--no-cache',
      '--no-report',
      '--jobs',
      '1',
    ]);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    const lines = r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(
      records.reduce((n: number, rec: { entities: unknown[] }) => n + rec.entities.length, 0),
    );
    // Organisations add what identifies them: canonicalId, or localId; fuzzy matches their score.
    const optional = new Set(['canonicalId', 'localId', 'score']);
    for (const l of lines) {
      const keys = Object.keys(l);
      expect(keys.slice(0, 7)).toEqual(['source', 'entityId', 'type', 'text', 'start', 'end', 'rule']);
      for (const k of keys.slice(7)) expect(optional.has(k), k).toBe(true);
    }
    expect(lines.some((l) => l.canonicalId)).toBe(true);
  });
});
