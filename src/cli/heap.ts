// The batch commands' heap policy. V8 lets a heap grow to up to ~4x what survived its last full
// collection before it collects again; the run-level stage makes a lot of short-lived garbage
// (records parsed back, rows, Parquet cells) over a small live set, so most of its peak RSS was
// garbage waiting (the 10 MB document's stage: ~300 MB in-process, ~215 MB at 1.3x; 10,000
// documents: peak 247-269 -> 216 MB; CPU within the noise of paired runs, README "Speed and scale").
// It is a process-wide V8 setting, read at each full collection: set once by the command line, before
// the workers start (they inherit it), never by the library.
import { setFlagsFromString } from 'node:v8';

/** Each full collection lets the heap grow to 1.3x what survived it. */
export const HEAP_GROWING_PERCENT = 30;

export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
