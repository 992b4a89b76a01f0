// What two cores give this workload at best: the per-document function run in one process, then
// in two independent processes at once (no threads, no shared heap, no I/O, nothing to coordinate).
// 2 × t(alone) / t(pair) is the speed-up any --jobs 2 could reach on this machine; the shortfall from
// 2× is the cores competing for caches and memory, not khabar's pool.
// usage: node dist/scripts/bench-ceiling.js [--rounds 60]   (prints JSON on stdout)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, processDocument } from '../src/pipeline.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SELF = fileURLToPath(import.meta.url);

/** Seconds to run the bundled corpus's .txt releases through the pipeline `rounds` times. */
function loop(rounds: number): number {
  const dir = join(ROOT, 'corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const pipeline = createPipeline();
  const sha256 = '0'.repeat(64);
  const once = () => {
    for (const [i, text] of texts.entries())
      processDocument({ source: `${i}`, docId: `d${i}`, sha256, text }, pipeline);
  };
  once(); // warm-up, so both measurements see compiled code
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) once();
  return (performance.now() - t0) / 1000;
}

function child(rounds: number): Promise<number> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [SELF, '--child', String(rounds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('exit', (code) => (code === 0 ? ok(Number(out.trim())) : fail(new Error(`exit ${code}`))));
  });
}

export interface Ceiling {
  aloneSeconds: number;
  pairSeconds: number;
  /** 2 × alone / pair. */
  speedup: number;
}

export async function measureCeiling(rounds = 60): Promise<Ceiling> {
  const aloneSeconds = await child(rounds);
  const pair = await Promise.all([child(rounds), child(rounds)]);
  const pairSeconds = Math.max(...pair);
  return { aloneSeconds, pairSeconds, speedup: (2 * aloneSeconds) / pairSeconds };
}

if (process.argv[1] === SELF) {
  const i = process.argv.indexOf('--child');
  if (i >= 0) process.stdout.write(`${loop(Number(process.argv[i + 1]))}\n`);
  else {
    const r = process.argv.indexOf('--rounds');
    process.stdout.write(
      `${JSON.stringify(await measureCeiling(r >= 0 ? Number(process.argv[r + 1]) : 60))}\n`,
    );
  }
}
