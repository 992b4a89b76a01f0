// Parquet encoding in a thread of its own. The run-level stage is the main thread alone: parsing
// the records back and making rows is one half of its time, encoding the row groups (dictionary,
// statistics, snappy) the other. Here the main thread fills the column buffers and hands each row
// group's typed arrays over (transferred, not copied), and this thread encodes and writes it while
// the main one goes on. Each table's groups are encoded in order by the one thread, with the code
// that would run inline (parquet-file.ts), so the files are the same bytes.
// The main thread waits on shared memory (Atomics.wait), not on its event loop, so RunDeriver stays
// synchronous: it waits when more than IN_FLIGHT bytes of groups are not yet written (memory stays
// bounded), and at the end until every file is finished. A failure in the thread (a write error)
// is thrown on the main thread at its next call; the files are the caller's to delete, as inline.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { type ColumnChunk, chunkArrays } from './columns.js';
import { DONE, type EncoderFailure, type EncoderOp, type EncoderReply, GONE } from './encoder-protocol.js';
import type { ParquetEncoder, ParquetSink } from './parquet.js';
import type { ParquetFileSpec } from './parquet-file.js';

/**
 * Bytes of row groups handed over and not yet written, at most: two groups of GROUP_BYTES, one
 * being encoded and one waiting, keep the thread busy; more would only hold memory.
 */
export const IN_FLIGHT = 4 << 20;
/** No operation done for this long while some wait: the thread is taken to be gone. */
const STALL_MS = 120_000;
/**
 * The thread's young generation, in MB. It encodes one row group (≤ GROUP_BYTES) at a time and
 * keeps almost nothing between groups; V8's default (up to 3 × 16 MB) grew its heap to ~45 MB.
 */
const YOUNG_MB = 4;

// The thread's module is loaded by this bootstrap, which reports a failure to load it (a missing
// file) as a failure of the thread: the main thread, waiting on shared memory, would not see the
// worker's 'error' event.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.url).catch((err) => {
  const { port, state } = workerData;
  port.postMessage({ failure: { message: String((err && err.message) || err), name: 'Error' } });
  Atomics.store(state, ${GONE}, 1);
  Atomics.add(state, ${DONE}, 1);
  Atomics.notify(state, ${DONE});
});`;

function workerUrl(): URL {
  const dir = dirname(fileURLToPath(import.meta.url));
  // Under a TypeScript runner (tests) the compiled copy runs the thread.
  if (import.meta.url.endsWith('.ts'))
    return pathToFileURL(join(dir, '..', '..', 'dist', 'src', 'write', 'encoder-worker.js'));
  return pathToFileURL(join(dir, 'encoder-worker.js'));
}

function failureError(f: EncoderFailure): Error {
  const err = new Error(f.message) as NodeJS.ErrnoException;
  err.name = f.name;
  if (f.code !== undefined) err.code = f.code;
  if (f.syscall !== undefined) err.syscall = f.syscall;
  return err;
}

/**
 * The encoder thread, started at the first row group (a run opens its tables before its workers
 * start; the thread is not needed, nor its memory spent, until the run-level stage).
 */
export class EncoderThread implements ParquetEncoder {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  /** Opened before the thread started: sent when it starts. */
  private waiting: Extract<EncoderOp, { op: 'open' }>[] = [];
  private nextId = 0;
  private sent = 0;
  /** Operations known to be done. */
  private seen = 0;
  /** The bytes of each operation sent, from the first not known done (at `head`). */
  private bytes: number[] = [];
  private head = 0;
  private inFlight = 0;
  private failure: Error | null = null;
  private stopped = false;
  /** Where each table's chunks go back once written. */
  private readonly recycle = new Map<number, (chunks: ColumnChunk[]) => void>();

  /** `limit`: bytes in flight at most; `script`: the thread's module (tests give a broken one). */
  constructor(
    private readonly limit = IN_FLIGHT,
    private readonly script: URL = workerUrl(),
  ) {}

  open(spec: ParquetFileSpec, recycle: (chunks: ColumnChunk[]) => void): ParquetSink {
    const id = this.nextId++;
    this.recycle.set(id, recycle);
    if (this.worker) this.post({ op: 'open', id, spec }, 0);
    else this.waiting.push({ op: 'open', id, spec });
    return {
      write: (chunks: ColumnChunk[], bytes: number) => {
        this.post({ op: 'write', id, chunks }, bytes, chunks.flatMap(chunkArrays));
        this.wait(this.limit);
      },
      finish: () => {
        this.post({ op: 'finish', id }, 0);
        this.recycle.delete(id);
      },
      discard: () => this.discard(id),
    };
  }

  /** Waits until every file handed over is written and closed; throws the thread's failure. */
  drain(): void {
    this.wait(0);
  }

  /**
   * Closes every file still open, unfinished, and ends the thread (after drain: only ends it).
   * Safe to call more than once.
   */
  close(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.waiting = [];
    const worker = this.worker;
    if (!worker) return;
    this.post({ op: 'stop' }, 0, [], false);
    this.wait(0, false);
    this.port?.close();
    void worker.terminate();
  }

  private discard(id: number): void {
    this.recycle.delete(id);
    const at = this.waiting.findIndex((w) => w.id === id);
    if (at >= 0) this.waiting.splice(at, 1);
    else if (this.worker && !this.stopped) this.post({ op: 'discard', id }, 0, [], false);
  }

  private start(): void {
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(BOOT, {
      eval: true,
      workerData: { url: this.script.href, port: port2, state: this.state },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    this.worker.unref();
    // Seen only when the main thread's event loop runs (merge interleaves with writing): the stall
    // limit in `wait` covers a thread gone while this one is busy.
    this.worker.on('error', (err) => {
      this.failure ??= err;
    });
    this.worker.on('exit', (code) => {
      if (!this.stopped)
        this.failure ??= new Error(`khabar: the Parquet encoder thread exited (code ${code})`);
    });
    this.port = port1;
    const waiting = this.waiting;
    this.waiting = [];
    for (const op of waiting) this.post(op, 0);
  }

  private post(op: EncoderOp, bytes: number, transfer: ArrayBuffer[] = [], check = true): void {
    if (check) this.check();
    if (!this.worker) this.start();
    (this.port as MessagePort).postMessage(op, transfer);
    this.sent++;
    this.bytes.push(bytes);
    this.inFlight += bytes;
  }

  /** Counts what the thread has done since; throws its first failure. */
  private check(): void {
    const done = Atomics.load(this.state, DONE);
    for (; this.seen < done; this.seen++) this.inFlight -= this.bytes[this.head++] as number;
    if (this.head > 1024) {
      this.bytes = this.bytes.slice(this.head);
      this.head = 0;
    }
    for (
      let m = this.port && receiveMessageOnPort(this.port);
      m;
      m = receiveMessageOnPort(this.port as MessagePort)
    ) {
      const reply = m.message as EncoderReply;
      if ('failure' in reply) this.failure ??= failureError(reply.failure);
      else this.recycle.get(reply.id)?.(reply.chunks);
    }
    if (this.failure) throw this.failure;
  }

  /**
   * Waits until at most `bytes` are in flight (0: every operation done). With `check`, throws the
   * thread's failure; without (closing), returns once the thread is gone or nothing is done for
   * STALL_MS.
   */
  private wait(bytes: number, check = true): void {
    let last = performance.now();
    for (;;) {
      const before = this.seen;
      try {
        this.check();
      } catch (err) {
        if (check) throw err;
      }
      if (this.seen === this.sent || (bytes > 0 && this.inFlight <= bytes)) return;
      if (Atomics.load(this.state, GONE)) return;
      if (this.seen > before) last = performance.now();
      else if (performance.now() - last > STALL_MS) {
        this.failure ??= new Error('khabar: the Parquet encoder thread stopped answering');
        if (check) throw this.failure;
        return;
      }
      Atomics.wait(this.state, DONE, this.seen, 1000);
    }
  }
}
