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

function ownSetting(): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) =>
    a.replaceAll('_', '-').includes(FLAG),
  );
}

/** `stage()` with the heap kept near its live size; V8's default (0: its own factor) again after. */
export function withHeapNearLive<T>(stage: () => T): T {
  if (ownSetting()) return stage();
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  try {
    return stage();
  } finally {
    setFlagsFromString(`${FLAG}=0`);
  }
}
