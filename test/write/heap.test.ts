// The main thread's heap policies (src/write/heap.ts) are V8 settings of the whole process, so each
// case runs in a fresh Node process of its own. What is checked is how V8 sizes the young generation
// (new space), which depends on the settings, not on the machine or its load.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../io/helpers/build.js';

const build = buildProject();
const heapJs = pathToFileURL(`${build.dir}/src/write/heap.js`).href;

// Short-lived garbage with some survivors: what makes V8 grow a young generation.
const PRELUDE = `
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import * as heap from '${heapJs}';
const newMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
const kept = [];
function churn(n, each = () => {}) {
  let batch = [];
  for (let i = 0; i < n; i++) {
    batch.push({ i, s: 'cell ' + i });
    if (batch.length === 20000) { kept.push(batch[7]); batch = []; }
    if (i % 1000 === 0) each();
  }
}
// A worker like the pool's (an 8 MB young generation), re-pinning at 'online' as the pool does; it
// reports the size of its young generation after making garbage of its own.
const workerNewMb = () => new Promise((resolve, reject) => {
  const w = new Worker(\`const { getHeapSpaceStatistics } = process.getBuiltinModule('node:v8');
    const kept = []; let batch = [];
    for (let i = 0; i < 3e6; i++) { batch.push({ i }); if (batch.length === 20000) { kept.push(batch[3]); batch = []; } }
    process.getBuiltinModule('node:worker_threads').parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);\`,
    { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  w.once('online', heap.afterIsolateStart);
  w.once('message', (mb) => w.terminate().then(() => resolve(mb)));
  w.once('error', reject);
});
// A worker that keeps ~30 MB alive while much more is promoted and dropped (a ring of recent
// objects outlives the scavenges): the largest its old generation got, MB.
const workerOldMb = () => new Promise((resolve, reject) => {
  const w = new Worker(\`const { getHeapSpaceStatistics } = process.getBuiltinModule('node:v8');
    const oldMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_size / 1048576;
    const live = []; for (let i = 0; i < 4e5; i++) live.push({ i, s: 'live ' + i });
    const ring = new Array(5e4); let max = 0;
    for (let i = 0; i < 1.2e7; i++) { ring[i % ring.length] = { i, s: 'cell ' + i }; if (i % 1e4 === 0) max = Math.max(max, oldMb()); }
    process.getBuiltinModule('node:worker_threads').parentPort.postMessage(max);\`,
    { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  w.once('message', (mb) => w.terminate().then(() => resolve(mb)));
  w.once('error', reject);
});
const out = {};
`;

function run(body: string, execArgv: string[] = []): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    [...execArgv, '--input-type=module', '-e', `${PRELUDE}${body}\nconsole.log(JSON.stringify(out));`],
    {
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, number>;
}

describe('the main thread young generation', () => {
  it('grows to tens of MB under V8 defaults (what the policy is for)', () => {
    const { grown } = run('churn(6e6); out.grown = newMb();');
    expect(grown).toBeGreaterThanOrEqual(32);
  });

  it('stays at its starting size once pinned, also after a worker starts', async () => {
    const r = run(
      'heap.keepMainNurserySmall(); churn(3e6); out.pinned = newMb(); out.worker = await workerNewMb(); churn(3e6); out.after = newMb();',
    );
    // About V8's starting size (1-2 MB on Node 20; Node 24 resizes by a few MB more), against >= 32.
    expect(r.pinned).toBeLessThan(16);
    expect(r.after).toBeLessThan(16);
    // The worker's own young generation still reaches the size it is capped at.
    expect(r.worker).toBe(8);
  });

  it('grows to STAGE_NURSERY_MB during the run-level stage, and no further; pinned again after', () => {
    const r = run(`
      heap.keepMainNurserySmall();
      out.start = newMb();
      out.value = heap.withHeapNearLive((check) => { churn(6e6, check); out.stage = newMb(); return 42; });
      churn(3e6);
      out.after = newMb();
      out.cap = heap.STAGE_NURSERY_MB;`);
    expect(r.value).toBe(42);
    expect(r.start).toBeLessThan(r.cap as number);
    // Node 20 and 22 double it to exactly the cap; Node 24 may end a few MB past it.
    expect(r.stage).toBeGreaterThanOrEqual(r.cap as number);
    expect(r.stage).toBeLessThan(16);
    expect(r.after).toBeLessThan(16);
  });

  it('is left alone by a process started with its own setting, and by a library call', () => {
    const own = run('heap.keepMainNurserySmall(); churn(6e6); out.mb = newMb();', [
      '--semi-space-growth-factor=2',
    ]);
    expect(own.mb).toBeGreaterThanOrEqual(32);
    // Not pinned (no command set it): the stage leaves the young generation to V8.
    const library = run('heap.withHeapNearLive((check) => churn(6e6, check)); out.mb = newMb();');
    expect(library.mb).toBeGreaterThanOrEqual(32);
  });
});

describe('every heap near its live size (extract, worker)', () => {
  // V8's own growth depends on how fast it measures collection and allocation to be (under load it
  // grew less), so the control sets a fixed 4x instead: that is also "a process with its own setting".
  it("keeps a worker's old generation near what it keeps alive; a process's own setting wins", () => {
    const near = run('heap.keepHeapsNearLive(); out.mb = await workerOldMb();');
    const own = run('heap.keepHeapsNearLive(); out.mb = await workerOldMb();', [
      '--heap-growing-percent=300',
    ]);
    // ~35 MB live: at 1.3x the old generation stayed at 70-88 MB on Node 20, 22 and 24; at 4x it
    // reached 185-205 MB.
    expect(near.mb).toBeLessThan(120);
    expect(own.mb).toBeGreaterThan(1.5 * (near.mb as number));
  });
});
