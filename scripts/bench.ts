// `npm run bench`: in one run, on one generated archive (10,000 documents, 25 MB by default):
//   - the whole pipeline (`khabar extract --no-cache --no-report`) at --jobs 1 and 2: documents/s and
//     MB/s, per core, and the peak RSS of the process (worker threads live in it, so its peak is the
//     whole tree's); with --baseline DIR (another checkout, built), the same runs of that build,
//     alternated with ours (--rounds N pairs, medians), and the ratios;
//   - the text layer's MB/s (normalise → sentences → words) on the shared 5 MB corpus;
//   - how fast this machine decodes the archive from UTF-8: a yardstick, so figures taken on other
//     machines compare as ratios;
//   - time per character of one document of 1 KB … 10 MB (in-process), and the 10 MB document through
//     `khabar extract` (seconds, peak RSS, whether it stayed within the default time limit).
// Markdown on stdout, progress on stderr.
// usage: node dist/scripts/bench.js [--docs 10000] [--archive DIR] [--jobs 1,2] [--baseline DIR]
//   [--rounds N] [--skip-text] [--skip-sizes] [--report] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, processDocument } from '../src/pipeline.js';
import { serializeRecord } from '../src/write/serialize.js';
import { benchText } from './bench-text.js';
import { makeArchive, makeDocument, rng } from './make-archive.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const TIME = '/usr/bin/time';
const DEFAULT_TIMEOUT_S = 30;

interface RunResult {
  seconds: number;
  peakRssMb: number;
  documents: number;
  errors: number;
  recordsSha: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

function log(s: string): void {
  process.stderr.write(`bench: ${s}\n`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Archive in DIR, regenerated only when missing or made with other options. */
function ensureArchive(dir: string, docs: number): number {
  const marker = join(dir, '.archive.json');
  const want = JSON.stringify({ docs, seed: 1397 });
  if (existsSync(marker)) {
    const have = JSON.parse(readFileSync(marker, 'utf8')) as { docs: number; seed: number; bytes: number };
    if (JSON.stringify({ docs: have.docs, seed: have.seed }) === want) return have.bytes;
  }
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${docs} documents in ${dir}`);
  const { bytes } = makeArchive(dir, { docs, seed: 1397 });
  writeFileSync(marker, JSON.stringify({ docs, seed: 1397, bytes }));
  return bytes;
}

/** Wall seconds and peak RSS of one `khabar extract` (GNU time's %M, else VmHWM polled from /proc). */
function timeExtract(main: string, args: string[]): Promise<{ seconds: number; peakRssMb: number }> {
  const useTime = existsSync(TIME);
  const argv = [main, 'extract', ...args];
  const child = useTime
    ? spawn(TIME, ['-f', 'KHABAR_MAXRSS_KB=%M', process.execPath, ...argv], {
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let polledKb = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {
          // exited between polls
        }
      }, 50);
  const t0 = process.hrtime.bigint();
  return new Promise((resolvePromise, reject) => {
    child.on('exit', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0 && code !== 1) return reject(new Error(`khabar extract exited ${code}:\n${stderr}`));
      const m = /KHABAR_MAXRSS_KB=(\d+)/.exec(stderr);
      resolvePromise({ seconds, peakRssMb: (m ? Number(m[1]) : polledKb) / 1024 });
    });
  });
}

async function pipelineRun(tree: string, archive: string, jobs: number, tag: string): Promise<RunResult> {
  const out = join(ROOT, '.bench', `out-${tag}-j${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const args = [archive, '--out', out, '--jobs', String(jobs), '--no-cache'];
  // The editors' report is a page for people, not part of the extraction being measured.
  if (!flag('--report')) args.push('--no-report');
  const { seconds, peakRssMb } = await timeExtract(join(tree, 'dist', 'src', 'cli', 'main.js'), args);
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
    counts: { documents: number; errors: number };
  };
  const result: RunResult = {
    seconds,
    peakRssMb,
    documents: run.counts.documents,
    errors: run.counts.errors,
    recordsSha: await sha256File(join(out, 'records.jsonl')),
  };
  if (!flag('--keep')) rmSync(out, { recursive: true, force: true });
  return result;
}

async function textBench(): Promise<string> {
  const script = resolve(ROOT, '..', 'shared', 'bench', 'make_corpus_fa.py');
  if (!existsSync(script)) return '_text layer: skipped (../shared/bench/make_corpus_fa.py not found)_\n';
  const corpus = join(ROOT, '.bench', 'corpus_fa.txt');
  if (!existsSync(corpus)) {
    const r = spawnSync('python3', [script, corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) return '_text layer: skipped (python3 could not build the corpus)_\n';
  }
  log('text layer');
  const r = await benchText(corpus);
  return `**Text layer** (normalise → sentences → words, one process, ${r.mb.toFixed(2)} MB corpus of \`make_corpus_fa.py\`): ${r.mbPerSec.toFixed(1)} MB/s (fastest of ${r.runs}; median ${r.medianMbPerSec.toFixed(1)} MB/s; ${r.mbPerCpuSec.toFixed(1)} MB per CPU-second), peak RSS ${r.peakRssMb.toFixed(0)} MB.\n`;
}

function archiveFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...archiveFiles(p));
    else if (!e.name.startsWith('.')) out.push(p);
  }
  return out;
}

/** MB/s of decoding the archive's bytes from UTF-8 (files read first; the best of 5 passes). */
function decodeYardstick(archive: string): number {
  const buffers = archiveFiles(archive).map((f) => readFileSync(f));
  const bytes = buffers.reduce((n, b) => n + b.length, 0);
  const decoder = new TextDecoder('utf-8');
  let best = Number.POSITIVE_INFINITY;
  let chars = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (const b of buffers) chars += decoder.decode(b).length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  if (chars === 0) throw new Error('empty archive');
  return bytes / 1e6 / best;
}

/** One document of about `bytes` bytes of UTF-8: generated documents joined by blank lines. */
function documentOf(bytes: number): string {
  const r = rng(bytes);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const d = makeDocument(r);
    parts.push(d);
    n += Buffer.byteLength(d) + 2;
  }
  const text = parts.join('\n\n');
  return Buffer.from(text)
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/u, '');
}

/** Microseconds per 1,000 characters of one document per size, in-process (record and CSV included). */
function sizeBench(): string {
  const pipeline = createPipeline();
  const sizes = [1e3, 1e4, 1e5, 1e6, 1e7];
  let md = '| document | characters | seconds | µs per 1,000 characters |\n|---:|---:|---:|---:|\n';
  const run = (text: string) => {
    const record = processDocument({ source: 'd', docId: 'd', sha256: '0'.repeat(64), text }, pipeline);
    if (!serializeRecord(record, 'd').ok) throw new Error('invalid record');
  };
  run(documentOf(2e5)); // warm-up
  for (const bytes of sizes) {
    const text = documentOf(bytes);
    // Small documents repeated to about half a second, so the timer's resolution does not show.
    let reps = 0;
    const t0 = process.hrtime.bigint();
    let seconds = 0;
    do {
      run(text);
      reps++;
      seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (seconds < 0.5 && bytes < 1e6);
    const per = seconds / reps;
    const label = bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
    md += `| ${label} | ${text.length} | ${per.toFixed(4)} | ${((per / text.length) * 1e9).toFixed(1)} |\n`;
    log(`document of ${label}: ${per.toFixed(3)} s`);
  }
  return md;
}

/** The 10 MB document through the CLI: seconds, peak RSS, and whether it stayed within the time limit. */
async function bigDocument(tree: string, tag: string): Promise<string> {
  const dir = join(ROOT, '.bench', 'ten-mb');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'ten-mb.txt');
  if (!existsSync(file)) writeFileSync(file, documentOf(1e7));
  const out = join(ROOT, '.bench', `out-${tag}-ten-mb`);
  rmSync(out, { recursive: true, force: true });
  const { seconds, peakRssMb } = await timeExtract(join(tree, 'dist', 'src', 'cli', 'main.js'), [
    dir,
    '--out',
    out,
    '--jobs',
    '1',
    '--no-cache',
    '--no-report',
  ]);
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { counts: { errors: number } };
  rmSync(out, { recursive: true, force: true });
  const ok =
    run.counts.errors === 0
      ? 'processed'
      : `**failed** (${run.counts.errors} error; time limit ${DEFAULT_TIMEOUT_S} s)`;
  return `| ${tag} | ${seconds.toFixed(1)} | ${peakRssMb.toFixed(0)} | ${ok} |\n`;
}

async function main(): Promise<void> {
  const docs = Number(arg('--docs') ?? 10_000);
  const jobsList = (arg('--jobs') ?? '1,2').split(',').map(Number);
  const archive = resolve(arg('--archive') ?? join(ROOT, '.bench', `archive-${docs}`));
  const baseline = arg('--baseline') ? resolve(arg('--baseline')!) : null;
  const rounds = Number(arg('--rounds') ?? (baseline ? 3 : 1));
  mkdirSync(join(ROOT, '.bench'), { recursive: true });

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let md = `## khabar bench\n\nMachine: ${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average at start ${loadavg()[0]?.toFixed(2)}.\n\n`;
  const bytes = ensureArchive(archive, docs);
  const mb = bytes / 1e6;
  const decode = decodeYardstick(archive);
  md += `**Yardstick**: this machine decodes the archive from UTF-8 at ${decode.toFixed(0)} MB/s (TextDecoder, files already read; best of 5).\n\n`;
  if (!flag('--skip-text')) md += `${await textBench()}\n`;

  const trees: [string, string][] = [['khabar', ROOT]];
  if (baseline) trees.push(['baseline', baseline]);
  const results = new Map<string, RunResult[]>();
  for (let round = 0; round < rounds; round++) {
    for (const jobs of jobsList) {
      // Alternate the builds run by run, so both see the same load on a shared machine.
      for (const [tag, tree] of round % 2 ? [...trees].reverse() : trees) {
        log(`round ${round + 1}/${rounds}: ${tag} --jobs ${jobs}`);
        const key = `${tag}/${jobs}`;
        results.set(key, [...(results.get(key) ?? []), await pipelineRun(tree, archive, jobs, tag)]);
      }
    }
  }
  const reportFlag = flag('--report') ? '' : ' --no-report';
  md += `**Whole pipeline**: \`khabar extract ARCHIVE --jobs N --no-cache${reportFlag}\` on ${docs} generated documents (${mb.toFixed(1)} MB; \`node dist/scripts/make-archive.js DIR --docs ${docs}\`); ${rounds > 1 ? `median of ${rounds} runs${baseline ? ', the two builds alternated run by run' : ''}` : 'one run'}.\n\n`;
  md +=
    '| build | jobs | documents | errors | wall s | docs/s | docs/s per core | MB/s | MB/s per core | peak RSS MB | vs --jobs 1 | × decode |\n';
  md += '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n';
  const wall = (tag: string, jobs: number) =>
    median((results.get(`${tag}/${jobs}`) ?? []).map((r) => r.seconds));
  for (const [tag] of trees) {
    for (const jobs of jobsList) {
      const rs = results.get(`${tag}/${jobs}`) ?? [];
      const s = wall(tag, jobs);
      const rss = median(rs.map((r) => r.peakRssMb));
      const d = rs[0]?.documents ?? 0;
      md += `| ${tag} | ${jobs} | ${d} | ${rs[0]?.errors ?? 0} | ${s.toFixed(1)} | ${(d / s).toFixed(0)} | ${(d / s / jobs).toFixed(0)} | ${(mb / s).toFixed(2)} | ${(mb / s / jobs).toFixed(2)} | ${rss.toFixed(0)} | ${(wall(tag, jobsList[0]!) / s).toFixed(2)}× | 1/${(decode / (mb / s)).toFixed(0)} |\n`;
    }
  }
  if (baseline) {
    md += '\n';
    for (const jobs of jobsList)
      md += `khabar vs baseline at --jobs ${jobs}: ${(wall('baseline', jobs) / wall('khabar', jobs)).toFixed(2)}× the documents per second.\n`;
  }
  const shas = new Set(
    [...results.entries()]
      .filter(([k]) => k.startsWith('khabar/'))
      .flatMap(([, rs]) => rs.map((r) => r.recordsSha)),
  );
  md += `\nrecords.jsonl byte-identical across khabar's runs (every --jobs): ${shas.size === 1 ? 'yes' : 'NO'}.\n\n`;

  if (!flag('--skip-sizes')) {
    log('one document of 1 KB … 10 MB');
    md += `**Time per character** (one document, in-process: pipeline, record and CSV):\n\n${sizeBench()}\n`;
    md +=
      '**The 10 MB document** through `khabar extract --jobs 1`:\n\n| build | seconds | peak RSS MB | |\n|---|---:|---:|---|\n';
    for (const [tag, tree] of trees) md += await bigDocument(tree, tag);
  }
  md += `\nLoad average at end ${loadavg()[0]?.toFixed(2)}.\n`;
  process.stdout.write(md);
}

await main();
