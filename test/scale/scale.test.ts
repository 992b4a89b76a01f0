// Beyond one machine, as an operator runs it: the compiled CLI in child processes. Four shards run as
// four processes and merged must equal one run byte for byte; so must two queue workers on a real
// redis-server, one of them killed with SIGKILL mid-run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Build, buildProject, ROOT } from '../io/helpers/build.js';

// Several khabar processes per test: a generous limit, so a busy machine slows the test, never fails it.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const COMPARED = [
  'records.jsonl',
  'errors.jsonl',
  'meetings.csv',
  'attendees.csv',
  'decisions.csv',
  'entities.csv',
];

let build: Build;
let work: string;
let single: string;
let inputs: string;

function khabar(args: string[]) {
  return spawnSync(process.execPath, [build.mainJs, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** Every output file of the single run (tables, Parquet, events, network) — all but run.json and the report. */
function expectSameFiles(a: string, b: string): void {
  const files = readdirSync(a).filter(
    (f) => statSync(join(a, f)).isFile() && f !== 'run.json' && f !== 'report.html',
  );
  for (const f of COMPARED) expect(files).toContain(f);
  expect(files.length).toBeGreaterThan(COMPARED.length);
  for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
}

beforeAll(() => {
  build = buildProject();
  work = mkdtempSync(join(tmpdir(), 'khabar-scale-'));
  // Sixteen documents of the bundled corpus (in a subfolder, so sources sort across folders) plus
  // what must survive a split: a .jsonl feed with a broken line and a file that fails.
  inputs = join(work, 'in');
  mkdirSync(join(inputs, 'corpus'), { recursive: true });
  const docs = readdirSync(join(ROOT, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 16);
  for (const f of docs) copyFileSync(join(ROOT, 'corpus', f), join(inputs, 'corpus', f));
  // docIds used three times: a.txt beside a.md and a.html, each a different text, so they land in
  // different shards (shards split by content) and queue jobs. The merge must write the duplicate-id
  // errors one run writes. (Equal texts are one shard's or one job's business.)
  const meeting = 'رئیس دانشگاه تهران روز شنبه با رئیس دانشگاه شیراز دیدار کرد.';
  writeFileSync(join(inputs, 'feed.jsonl'), `${JSON.stringify({ id: 'a', text: meeting })}\nnot json\n`);
  for (let k = 1; k <= 4; k++)
    for (const ext of ['txt', 'md', 'html'])
      writeFileSync(join(inputs, `twice-${k}.${ext}`), `${meeting} (نسخه ${k} ${ext})`);
  writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 255]));
  single = join(work, 'single');
  const r = khabar(['extract', inputs, '--out', single, '--no-cache', '--jobs', '2']);
  expect(r.status, r.stderr).toBe(1); // the broken line and the binary file are errors
});

describe('sharded runs', () => {
  it('4 shards as 4 processes, merged, are byte-identical to one run (report too)', async () => {
    const shards = [0, 1, 2, 3].map((k) => join(work, `shard-${k}`));
    const runs = shards.map(
      (out, k) =>
        new Promise<number | null>((resolve) => {
          const p = spawn(
            process.execPath,
            [
              build.mainJs,
              'extract',
              inputs,
              '--out',
              out,
              '--shard',
              `${k}/4`,
              '--no-cache',
              '--jobs',
              '1',
              '--no-report',
            ],
            {
              cwd: ROOT,
              stdio: 'ignore',
            },
          );
          p.on('exit', resolve);
        }),
    );
    await Promise.all(runs);
    const docs = shards.map(
      (s) => JSON.parse(readFileSync(join(s, 'run.json'), 'utf8')).counts.documents as number,
    );
    const all = JSON.parse(readFileSync(join(single, 'run.json'), 'utf8')).counts.documents as number;
    expect(docs.reduce((a, b) => a + b, 0)).toBe(all);
    expect(docs.filter((n) => n > 0).length).toBeGreaterThan(1);

    const merged = join(work, 'merged');
    // Given in another order: the merge order comes from the keys, not the arguments.
    const m = khabar(['merge', merged, ...shards.slice().reverse()]);
    expect(m.stderr).toContain('merged 4 shards');
    expect(m.status).toBe(1);
    expectSameFiles(single, merged);
    // The report embeds run.json, whose timings and options differ between any two runs.
    const page = (dir: string) =>
      readFileSync(join(dir, 'report.html'), 'utf8').replace(
        /<script type="application\/json" id="k-run">.*?<\/script>/s,
        '',
      );
    expect(page(merged)).toBe(page(single));
    const run = JSON.parse(readFileSync(join(merged, 'run.json'), 'utf8'));
    const one = JSON.parse(readFileSync(join(single, 'run.json'), 'utf8'));
    expect(run.counts).toEqual({ ...one.counts, cached: 0 });
    expect(run.inputs).toEqual(one.inputs);
    // The duplicates were spread over the shards, and the merged run names them as the single one.
    expect(one.duplicateSources).toHaveLength(4 * 2);
    expect(run.duplicateSources).toEqual(one.duplicateSources);
    const sharded = (source: string) =>
      shards.findIndex((s) =>
        readFileSync(join(s, 'records.jsonl'), 'utf8').includes(`"source":"${source}"`),
      );
    const homes = [1, 2, 3, 4].flatMap((k) =>
      ['md', 'txt', 'html'].map((ext) => sharded(`twice-${k}.${ext}`)),
    );
    expect(homes.some((h, i) => i % 3 > 0 && h >= 0 && h !== homes[i - (i % 3)])).toBe(true);
  });

  it('refuses a merge with a shard missing or given twice, and --shards without an array job', () => {
    const missing = khabar(['merge', join(work, 'bad'), join(work, 'shard-0'), join(work, 'shard-1')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/shards 2\/4, 3\/4 are missing/);
    const twice = khabar(['merge', join(work, 'bad'), join(work, 'shard-0'), join(work, 'shard-0')]);
    expect(twice.status).toBe(2);
    const env = khabar(['extract', inputs, '--out', join(work, 'x'), '--shards', '4']);
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('JOB_COMPLETION_INDEX');
    const k8s = spawnSync(
      process.execPath,
      [
        build.mainJs,
        'extract',
        inputs,
        '--out',
        join(work, 'k8s'),
        '--shards',
        '2',
        '--no-report',
        '--jobs',
        '1',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, JOB_COMPLETION_INDEX: '1' },
      },
    );
    expect(k8s.status, k8s.stderr).toBeLessThan(2);
    expect(JSON.parse(readFileSync(join(work, 'k8s', 'run.json'), 'utf8')).options.shard).toBe('1/2');
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('queue workers on BullMQ and a real redis-server', () => {
  let redis: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG')
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('redis-server did not start (is it installed? .ci/run installs it)');
  });
  afterAll(() => {
    redis?.kill('SIGTERM');
  });

  it('two workers, one killed mid-run: every document processed once in the merged output', async () => {
    const enq = khabar(['enqueue', inputs, '--redis', url]);
    expect(enq.status, enq.stderr).toBe(0);
    const again = khabar(['enqueue', inputs, '--redis', url]);
    expect(again.stderr).toMatch(/already queued/);
    expect(again.stderr).toMatch(/(\d+) documents, \1 already queued/);

    const out = join(work, 'feed');
    const worker = (extra: string[]) =>
      spawn(
        process.execPath,
        [build.mainJs, 'worker', '--redis', url, '--out', out, '--jobs', '1', '--lock-ms', '1500', ...extra],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
    const doomed = worker([]);
    const survivor = worker(['--until-empty']);
    // Kill the first worker once it has written some results, so the run is under way.
    const partsDir = join(out, 'parts');
    const written = () =>
      existsSync(partsDir)
        ? readdirSync(partsDir)
            .filter((n) => n.endsWith('.part'))
            .reduce((n, f) => n + readFileSync(join(partsDir, f), 'utf8').split('\n').length - 1, 0)
        : 0;
    for (let i = 0; i < 300 && written() < 5; i++) await new Promise((r) => setTimeout(r, 100));
    doomed.kill('SIGKILL');
    const code = await new Promise<number | null>((resolve) => survivor.on('exit', resolve));
    expect(code).toBe(0);

    const merged = join(work, 'feed-merged');
    const m = khabar(['merge', merged, out]);
    expect(m.status, m.stderr).toBe(1);
    expectSameFiles(single, merged);
  });
});
