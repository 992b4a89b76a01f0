// Heap policies of a command's process: the main thread's young generation kept small, and heaps
// kept near their live size (every heap for extract and worker, the run-level stage's for a library
// call). Both are V8 settings, process-wide, so only a command's own process sets them for good
// (a library call only for its stage), and a process started with its own setting keeps it.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Near live: each full collection lets the heap grow to 1.3x what survived it. */
export const HEAP_GROWING_PERCENT = 30;

/** The young generation (both semi-spaces, MB) the stage may grow to. */
export const STAGE_NURSERY_MB = 8;

const GROWING_FLAG = '--heap-growing-percent';
const NURSERY_FLAG = '--semi-space-growth-factor';

function ownSetting(flag: string): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) =>
    a.replaceAll('_', '-').includes(flag),
  );
}

let nurseryPinned = false;
let heapsNearLive = false;

/**
 * Every heap of the process, its workers' too, collected again once it reaches 1.3x what survived
 * its last full collection (V8 lets a heap reach up to ~4x), for a command that runs the pipeline's
 * workers (extract, worker). Per-document garbage mostly dies young, but what is promoted waited in
 * each worker's old generation: 10,000 generated documents at --jobs 1, worker phase 172/174 ->
 * 157/156 MB peak RSS, at --jobs 2 236/238 -> 218/217 MB; it costs ~5% more CPU, mostly in V8's
 * concurrent marking threads (in-process, 5,000 documents: wall +1%).
 */
export function keepHeapsNearLive(): void {
  if (ownSetting(GROWING_FLAG)) return;
  heapsNearLive = true;
  setFlagsFromString(`${GROWING_FLAG}=${HEAP_GROWING_PERCENT}`);
}

/**
 * The main thread's young generation kept at V8's starting size (2 MB) instead of growing to 32 MB
 * (64 MB on Node 24), for a command whose main thread moves a whole archive's bytes between workers
 * and files (extract, worker): there the nursery's growth was ~30 MB of RSS for nothing. The factor
 * is read whenever a young generation would grow, so this is set before the command's modules load.
 */
export function keepMainNurserySmall(): void {
  if (ownSetting(NURSERY_FLAG)) return;
  nurseryPinned = true;
  setFlagsFromString(`${NURSERY_FLAG}=1`);
  // Read when an isolate starts (the main one has): without it a worker's young generation would not
  // reach the 8 MB the pool gives it (test/write/heap.test.ts).
  setFlagsFromString('--min-semi-space-size=64');
}

/** V8 raises the growth factor back to 2 whenever an isolate starts (a worker): set it again. */
export function afterIsolateStart(): void {
  if (nurseryPinned) setFlagsFromString(`${NURSERY_FLAG}=1`);
}

function newSpaceMb(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size / 1048576;
  return 0;
}

/**
 * A pinned nursery let grow again, up to `mb`: the returned check, called often, pins it once there.
 * V8 has no runtime cap on the young generation, only the growth factor.
 */
function nurseryUpTo(mb: number): () => void {
  if (!nurseryPinned) return () => {};
  setFlagsFromString(`${NURSERY_FLAG}=2`);
  let growing = true;
  return () => {
    if (growing && newSpaceMb() >= mb) {
      setFlagsFromString(`${NURSERY_FLAG}=1`);
      growing = false;
    }
  };
}

/**
 * `stage(check)` with the heap kept near its live size, and V8's defaults again after.
 *
 * V8 lets a heap grow to up to ~4x what survived its last full collection before it collects again;
 * the run-level stage makes a lot of short-lived garbage (records parsed back, rows, Parquet cells)
 * over a small live set, so most of its peak RSS was garbage waiting (the 10 MB document's stage
 * replayed in-process: 301 MB, 215 MB at 1.3x, same CPU). For a library call it is set for the
 * stage only; extract and worker keep every heap there all along (keepHeapsNearLive).
 *
 * A pinned nursery may grow to STAGE_NURSERY_MB during the stage: `stage` calls `check` after each
 * record (and each batch of a long record's entities). Replayed in-process on 10,000 generated
 * documents' records: 2 MB took ~40% more CPU than V8's 32 MB (more objects promoted, more full
 * collections at 1.3x); 8 MB ~10% more, for ~25 MB less peak RSS than 32 MB.
 */
export function withHeapNearLive<T>(stage: (check: () => void) => T): T {
  // Left as it is when the command keeps every heap near its live size already, or the process
  // was started with its own setting.
  const own = heapsNearLive || ownSetting(GROWING_FLAG);
  if (!own) setFlagsFromString(`${GROWING_FLAG}=${HEAP_GROWING_PERCENT}`);
  const check = nurseryUpTo(STAGE_NURSERY_MB);
  try {
    return stage(check);
  } finally {
    if (!own) setFlagsFromString(`${GROWING_FLAG}=0`);
    if (nurseryPinned) setFlagsFromString(`${NURSERY_FLAG}=1`);
  }
}
