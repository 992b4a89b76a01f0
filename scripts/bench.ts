// `npm run bench`: (a) the text layer on the shared ~5 MB corpus, (b) the whole pipeline
// (`khabar extract`) with --jobs 1 and --jobs 2 on a generated archive (100,000 documents, ~250 MB by
// default): documents/s, MB/s and peak RSS of the process (worker threads live in it, so its peak
// RSS is the whole tree's). Prints a markdown table on stdout; progress on stderr.
// usage: node dist/scripts/bench.js [--docs 100000] [--archive DIR] [--jobs 1,2] [--skip-text] [--report] [--keep]
// (--report: also write report.html in each run; by default the bench measures extraction only.
// --keep: leave each run's output in .bench/out-jN.)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchText } from './bench-text.js';
import { makeArchive } from './make-archive.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const TIME = '/usr/bin/time';

interface RunResult {
  jobs: number;
  documents: number;
  errors: number;
  seconds: number;
  extractSeconds: number;
  peakRssMb: number;
  recordsSha: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function log(s: string): void {
  process.stderr.write(`bench: ${s}\n`);
}

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

/** Peak RSS: GNU time's %M when installed, else the highest VmHWM read from /proc while it runs. */
function runExtract(
  archive: string,
  out: string,
  jobs: number,
): Promise<{ seconds: number; peakRssMb: number }> {
  const args = [MAIN, 'extract', archive, '--out', out, '--jobs', String(jobs), '--no-cache'];
  // The editors' report is a page for people, not part of the extraction being measured.
  if (!process.argv.includes('--report')) args.push('--no-report');
  const useTime = existsSync(TIME);
  const child = useTime
    ? spawn(TIME, ['-f', 'KHABAR_MAXRSS_KB=%M', process.execPath, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
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

async function pipelineRun(archive: string, jobs: number): Promise<RunResult> {
  const out = join(ROOT, '.bench', `out-j${jobs}`);
  rmSync(out, { recursive: true, force: true });
  log(`khabar extract --jobs ${jobs}`);
  const { seconds, peakRssMb } = await runExtract(archive, out, jobs);
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
    counts: { documents: number; errors: number };
    timings: { totalMs: number };
  };
  const result: RunResult = {
    jobs,
    documents: run.counts.documents,
    errors: run.counts.errors,
    seconds,
    extractSeconds: run.timings.totalMs / 1000,
    peakRssMb,
    recordsSha: await sha256File(join(out, 'records.jsonl')),
  };
  // A 250 MB archive makes ~1.8 GB of output per run; keep it only when asked.
  if (!process.argv.includes('--keep')) rmSync(out, { recursive: true, force: true });
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
  return (
    '| text layer (normalise → sentences → words) | MB | seconds | MB/s | peak RSS MB | tokens | sentences |\n' +
    '|---|---:|---:|---:|---:|---:|---:|\n' +
    `| one process | ${r.mb.toFixed(2)} | ${r.seconds.toFixed(2)} | ${r.mbPerSec.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.tokens} | ${r.sentences} |\n`
  );
}

async function main(): Promise<void> {
  const docs = Number(arg('--docs') ?? 100_000);
  const jobsList = (arg('--jobs') ?? '1,2').split(',').map(Number);
  const archive = resolve(arg('--archive') ?? join(ROOT, '.bench', `archive-${docs}`));
  mkdirSync(join(ROOT, '.bench'), { recursive: true });

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let md = `## khabar bench\n\nMachine: ${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average at start ${loadavg()[0]?.toFixed(2)}.\n\n`;
  if (!process.argv.includes('--skip-text')) md += `${await textBench()}\n`;

  const bytes = ensureArchive(archive, docs);
  const mb = bytes / 1e6;
  const results: RunResult[] = [];
  for (const jobs of jobsList) results.push(await pipelineRun(archive, jobs));
  const base = results[0];
  const reportFlag = process.argv.includes('--report') ? '' : ' --no-report';
  md += `Whole pipeline: \`khabar extract ${archive} --jobs N --no-cache${reportFlag}\` on ${docs} generated documents (${mb.toFixed(1)} MB; \`node dist/scripts/make-archive.js DIR --docs ${docs}\`).\n\n`;
  md += '| jobs | documents | errors | wall s | extract s | docs/s | MB/s | peak RSS MB | speed-up |\n';
  md += '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n';
  for (const r of results) {
    const speedup = base ? base.seconds / r.seconds : 1;
    md += `| ${r.jobs} | ${r.documents} | ${r.errors} | ${r.seconds.toFixed(1)} | ${r.extractSeconds.toFixed(1)} | ${(r.documents / r.seconds).toFixed(1)} | ${(mb / r.seconds).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${speedup.toFixed(2)}× |\n`;
  }
  const same = results.every((r) => r.recordsSha === base?.recordsSha);
  md += `\nrecords.jsonl byte-identical across the runs: ${same ? 'yes' : 'NO'}.\n`;
  md += `\nLoad average at end ${loadavg()[0]?.toFixed(2)}.\n`;
  process.stdout.write(md);
}

await main();
