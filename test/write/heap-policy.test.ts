// Which V8 settings the heap policies ask for, and when (the settings are process-wide: here they are
// recorded instead of set, so this test process keeps V8's own). What the settings do to a heap is
// checked in fresh processes by heap.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:v8')>()),
  setFlagsFromString: (f: string) => flags.push(f),
}));

const growing = () => flags.filter((f) => f.startsWith('--heap-growing-percent')).at(-1);

describe('heap growth settings', () => {
  beforeEach(() => {
    flags.length = 0;
    vi.resetModules();
  });

  it('a library call: the run-level stage sets 1.3x and gives V8 its own back after', async () => {
    const heap = await import('../../src/write/heap.js');
    expect(heap.withHeapNearLive(() => growing())).toBe('--heap-growing-percent=30');
    expect(growing()).toBe('--heap-growing-percent=0');
  });

  it('a command (extract, worker): 1.3x from the start, still after the stage', async () => {
    const heap = await import('../../src/write/heap.js');
    heap.keepHeapsNearLive();
    expect(growing()).toBe('--heap-growing-percent=30');
    heap.withHeapNearLive(() => 0);
    expect(growing()).toBe('--heap-growing-percent=30');
  });
});
