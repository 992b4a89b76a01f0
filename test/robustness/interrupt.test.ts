// A run killed midway (SIGKILL: no chance to clean up) and started again completes with exactly the
// rows of an uninterrupted run: the output files are rebuilt from the ordered stream and the cache,
// and renamed into place only at the end. An aborted run (Ctrl-C) leaves the previous output as it was.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError, runExtract } from '../../src/io/run.js';
import { type Build, buildProject, FAKE_PROCESSOR } from '../io/helpers/build.js';
import { readOutputs } from '../io/helpers/outputs.js';

const DOCS = 1500;

let build: Build;
let work: string;
let input: string;

beforeAll(() => {
  build = buildProject();
  work = mkdtempSync(join(tmpdir(), 'khabar-interrupt-'));
  input = join(work, 'in');
  for (let i = 0; i < DOCS; i++) {
    const dir = join(input, `d${i % 7}`);
    mkdirSync(dir, { recursive: true });
    // __SLOW__ makes the stand-in pipeline sleep ~4 ms per document, so the run lasts long enough to kill.
    writeFileSync(
      join(dir, `n${i}.txt`),
      `نشست «شماره ${i}» در دانشگاه __SLOW__${i % 11 === 0 ? ' =cmd' : ''}`,
    );
  }
  writeFileSync(join(input, 'd0', 'bad.jsonl'), '{"text":"دانشگاه"}\nnot json\n');
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function countCacheEntries(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const sub of readdirSync(dir))
    n += readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json.gz')).length;
  return n;
}

const options = (outDir: string, cache = true) => ({
  inputs: [input],
  outDir,
  jobs: 2,
  cache,
  processorModule: FAKE_PROCESSOR,
  workerScript: build.workerScript,
  timeoutMs: 20_000,
});

describe('interrupted runs', () => {
  it('restarted after SIGKILL, completes with no duplicate or missing rows', async () => {
    const out = join(work, 'killed');
    const script = `
      const { runExtract } = await import(${JSON.stringify(build.runJs.href)});
      await runExtract(${JSON.stringify({ ...options(out), processorModule: FAKE_PROCESSOR.href, workerScript: build.workerScript.href })});
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const cacheDir = join(out, '.cache');
    const deadline = Date.now() + 60_000;
    while (countCacheEntries(cacheDir) < DOCS / 5 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const doneBeforeKill = countCacheEntries(cacheDir);
    expect(doneBeforeKill).toBeGreaterThan(0);
    expect(doneBeforeKill).toBeLessThan(DOCS);
    // Killed before the end: no final file was put in place.
    expect(existsSync(join(out, 'records.jsonl'))).toBe(false);

    // The same compiled khabar as the killed run (the code fingerprint is part of the cache key).
    const built = (await import(build.runJs.href)) as { runExtract: typeof runExtract };
    const resumed = await built.runExtract(options(out));
    expect(resumed.counts.cached).toBeGreaterThanOrEqual(doneBeforeKill - 4);
    expect(resumed.counts.cached).toBeLessThan(resumed.counts.documents);
    expect(readdirSync(out).filter((n) => n.startsWith('.khabar-tmp-'))).toEqual([]);

    const clean = join(work, 'clean');
    await runExtract(options(clean, false));
    expect(readOutputs(out)).toEqual(readOutputs(clean));
    const records = readOutputs(out)['records.jsonl']!.trim().split('\n');
    expect(records).toHaveLength(DOCS + 1);
    expect(new Set(records.map((l) => JSON.parse(l).source)).size).toBe(DOCS + 1);
  }, 120_000);

  it('aborted (Ctrl-C) leaves the previous output untouched', async () => {
    const out = join(work, 'aborted');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'records.jsonl'), 'previous run\n');
    const controller = new AbortController();
    const run = runExtract({
      ...options(out, false),
      signal: controller.signal,
      onProgress: (p) => p.documents > 50 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe('previous run\n');
    expect(readdirSync(out)).toEqual(['records.jsonl']);
  }, 60_000);
});
