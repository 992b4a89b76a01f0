// Heap policies of a command's main thread.
//
// The run-level stage's heap policy. V8 lets a heap grow to up to ~4x what survived its last full
// collection before it collects again; the run-level stage makes a lot of short-lived garbage
// (records parsed back, rows, Parquet cells) over a small live set, so most of its peak RSS was
// garbage waiting (the 10 MB document's stage replayed in-process: 301 MB, 215 MB at 1.3x, same CPU).
// The setting is V8's, process-wide and read at each full collection: it is set for the stage only,
// once extract's workers are gone (in them it cost 5-10% CPU), and put back after it. A process
// started with its own --heap-growing-percent keeps it.
import { setFlagsFromString } from 'node:v8';

/** During the stage each full collection lets the heap grow to 1.3x what survived it. */
export const HEAP_GROWING_PERCENT = 30;

const FLAG = '--heap-growing-percent';
const NURSERY_FLAG = '--semi-space-growth-factor';

function ownSetting(flag: string): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) =>
    a.replaceAll('_', '-').includes(flag),
  );
}

/**
 * The main thread's young generation kept at V8's starting size (a few MB) instead of growing to
 * 32 MB (64 MB on Node 24). During the worker phase the main thread only moves bytes, yet its
 * nursery grew to 30 MB of RSS; in the run-level stage the garbage is short-lived either way.
 * Measured on 10,000 generated documents (3 pairs): peak RSS --jobs 1 241-259 → 219-225 MB,
 * --jobs 2 304-308 → 258-269 MB; main-thread CPU and wall unchanged. The setting is V8's and
 * process-wide, read whenever a young generation would grow, so only a command's own process sets
 * it (never a library call). Workers are unaffected: their young generation starts at the 8 MB
 * the pool gives them. A process started with its own setting keeps it.
 */
export function keepMainNurserySmall(): void {
  if (!ownSetting(NURSERY_FLAG)) setFlagsFromString(`${NURSERY_FLAG}=1`);
}

/** `stage()` with the heap kept near its live size; V8's default (0: its own factor) again after. */
export function withHeapNearLive<T>(stage: () => T): T {
  if (ownSetting(FLAG)) return stage();
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  try {
    return stage();
  } finally {
    setFlagsFromString(`${FLAG}=0`);
  }
}
