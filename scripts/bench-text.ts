// Throughput of the text layer (normalise + sentences + words) over one UTF-8 file.
// usage: node dist/scripts/bench-text.js FILE   (make FILE with ../shared/bench/make_corpus_fa.py)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/text/index.js';

export interface BenchResult {
  mb: number;
  seconds: number;
  mbPerSec: number;
  peakRssMb: number;
  tokens: number;
  sentences: number;
}

export async function benchText(file: string): Promise<BenchResult> {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const mb = bytes.length / 1e6;
  // Warm up on a slice so the JIT has compiled the hot loops before timing.
  analyze(text.slice(0, 200_000));
  let peakRss = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const doc = analyze(text);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const peakRssMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6;
  return {
    mb,
    seconds,
    mbPerSec: mb / seconds,
    peakRssMb,
    tokens: doc.tokens.length,
    sentences: doc.sentences.length,
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
    `${r.mb.toFixed(2)} MB in ${r.seconds.toFixed(3)} s = ${r.mbPerSec.toFixed(1)} MB/s; peak RSS ${r.peakRssMb.toFixed(0)} MB; ${r.tokens} tokens, ${r.sentences} sentences\n`,
  );
}
