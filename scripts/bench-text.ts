// Throughput of the text layer (normalise + sentences + words) over one UTF-8 file.
// usage: node dist/scripts/bench-text.js FILE   (make FILE with ../shared/bench/make_corpus_fa.py)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/text/index.js';

export interface BenchResult {
  /** Input size in MB (10^6 bytes of UTF-8). */
  mb: number;
  /** Wall time of the fastest run. */
  seconds: number;
  mbPerSec: number;
  /** Median over the runs, for a machine shared with other work. */
  medianMbPerSec: number;
  /** CPU time (user + system, all threads incl. GC) of the fastest-CPU run: throughput on an idle core. */
  cpuSeconds: number;
  mbPerCpuSec: number;
  peakRssMb: number;
  runs: number;
  tokens: number;
  sentences: number;
}

/** normalise + sentences + words over `file`, `runs` times after a warm-up; the fastest run counts. */
export async function benchText(file: string, runs = 5): Promise<BenchResult> {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const mb = bytes.length / 1e6;
  // Warm up on a slice so the JIT has compiled the hot loops before timing.
  analyze(text.slice(0, 200_000));
  const times: number[] = [];
  let cpuSeconds = Number.POSITIVE_INFINITY;
  let tokens = 0;
  let sentences = 0;
  // Peak memory is taken after the first run: later runs only add garbage not yet collected.
  let peakRssMb = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const doc = analyze(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c1 = process.cpuUsage(c0);
    cpuSeconds = Math.min(cpuSeconds, (c1.user + c1.system) / 1e6);
    tokens = doc.tokens.length;
    sentences = doc.sentences.length;
    if (r === 0) peakRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  }
  times.sort((a, b) => a - b);
  const seconds = times[0]!;
  const median = times[Math.floor(times.length / 2)]!;
  return {
    mb,
    seconds,
    mbPerSec: mb / seconds,
    medianMbPerSec: mb / median,
    cpuSeconds,
    mbPerCpuSec: mb / cpuSeconds,
    peakRssMb,
    runs,
    tokens,
    sentences,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/scripts/bench-text.js FILE\n');
    process.exit(2);
  }
  const r = await benchText(file);
  process.stdout.write(
    `${r.mb.toFixed(2)} MB in ${r.seconds.toFixed(3)} s = ${r.mbPerSec.toFixed(1)} MB/s ` +
      `(median of ${r.runs}: ${r.medianMbPerSec.toFixed(1)} MB/s; ${r.mbPerCpuSec.toFixed(1)} MB per CPU-second); ` +
      `peak RSS ${r.peakRssMb.toFixed(0)} MB; ` +
      `${r.tokens} tokens, ${r.sentences} sentences\n`,
  );
}
