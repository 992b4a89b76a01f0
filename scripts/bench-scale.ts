// Beyond-one-machine figures on this machine: one `extract` process against two shards run as two
// processes (+ merge), and the queue path (enqueue, then one or two workers) on a local redis-server.
// The queue's cost per document is (queue wall time − extract wall time) / documents at one thread.
// usage: node dist/scripts/bench-scale.js [--docs 2000]   (needs redis-server on PATH)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DOCS = arg('--docs', 2000);
const WORK = join(ROOT, '.bench', `scale-${DOCS}`);
const ARCHIVE = join(WORK, 'archive');

function run(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`khabar ${args.join(' ')}: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}

function parallel(argsList: string[][]): Promise<number> {
  const t = performance.now();
  return Promise.all(
    argsList.map(
      (args) =>
        new Promise<void>((ok, fail) => {
          const p = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, stdio: 'ignore' });
          p.on('exit', (code) => (code === 0 || code === 1 ? ok() : fail(new Error(`exit ${code}`))));
        }),
    ),
  ).then(() => (performance.now() - t) / 1000);
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(ARCHIVE)) {
    mkdirSync(WORK, { recursive: true });
    spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'scripts', 'make-archive.js'), ARCHIVE, '--docs', String(DOCS)],
      {
        stdio: 'inherit',
      },
    );
  }
  const out = (name: string) => {
    const d = join(WORK, name);
    rmSync(d, { recursive: true, force: true });
    return d;
  };
  const common = ['--no-cache', '--no-report', '--jobs', '1'];
  const rows: [string, number][] = [];
  rows.push(['extract, 1 process × 1 thread', run(['extract', ARCHIVE, '--out', out('single'), ...common])]);
  const s0 = out('shard-0');
  const s1 = out('shard-1');
  const shards = await parallel([
    ['extract', ARCHIVE, '--out', s0, '--shard', '0/2', ...common],
    ['extract', ARCHIVE, '--out', s1, '--shard', '1/2', ...common],
  ]);
  const merge = run(['merge', out('merged'), s0, s1, '--no-report']);
  rows.push(['2 shards as 2 processes × 1 thread', shards], ['  + khabar merge', merge]);

  const port = await freePort();
  const redis: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 500));
  try {
    for (const workers of [1, 2]) {
      const url = `redis://127.0.0.1:${port}/${workers}`;
      const enqueue = run(['enqueue', ARCHIVE, '--redis', url]);
      const dir = out(`queue-${workers}`);
      const wall = await parallel(
        Array.from({ length: workers }, () => [
          'worker',
          '--redis',
          url,
          '--out',
          dir,
          '--jobs',
          '1',
          '--until-empty',
        ]),
      );
      const merged = run(['merge', out(`queue-${workers}-merged`), dir, '--no-report']);
      rows.push(
        [`enqueue (${DOCS} jobs)`, enqueue],
        [`${workers} queue worker(s) × 1 thread`, wall],
        ['  + khabar merge', merged],
      );
    }
  } finally {
    redis.kill();
  }
  console.log(`| ${DOCS} documents | wall s | docs/s |\n|---|---:|---:|`);
  for (const [name, s] of rows) console.log(`| ${name} | ${s.toFixed(1)} | ${Math.round(DOCS / s)} |`);
  const single = rows[0]![1];
  const oneWorker = rows.find(([n]) => n.startsWith('1 queue'))![1];
  console.log(
    `\nqueue cost per document at one thread: ${(((oneWorker - single) / DOCS) * 1000).toFixed(2)} ms`,
  );
}

await main();
