// A small worker_threads pool. A worker works on one task at a time, with the next one already
// waiting in its inbox so it never idles while the main thread handles a result. The task at the
// head is the one running, and its clock starts when the one before it returned, so a slow task is
// still attributable: a runaway regular expression cannot be interrupted inside its own thread, so
// when a task outlives the time limit the main thread terminates that worker, files a `timeout` error
// for the document, hands the waiting task to another worker and starts a fresh worker in its place.
// A worker that dies (e.g. out of memory) is replaced the same way; one that processed a very long
// document asks to go, and is replaced when there is work for it.
import { Worker } from 'node:worker_threads';
import type { ErrorRecord } from '../records/schema.js';
import { afterIsolateStart } from '../write/heap.js';
import { type FromWorker, type Task, type TaskResult, taskSource, type WorkerConfig } from './protocol.js';

export interface PoolOptions {
  size: number;
  script: URL | string;
  config: WorkerConfig;
  timeoutMs: number;
  /** Per-worker V8 heap cap (MB); a document that needs more becomes an `out-of-memory` error. */
  maxHeapMb?: number;
}

interface Job {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

/** Tasks given to a worker at once: the running one and the next. */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to the worker, in order; the first is running. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** Set once we terminate it on purpose, so its exit is not mistaken for a crash. */
  retired: boolean;
}

export class PoolInitError extends Error {}
/** A rules file failed validation; the message is one line per issue (file, 1-based entry, field). */
export class RulesInvalidError extends PoolInitError {}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readyWaiters: { resolve: (hash: string) => void; reject: (e: Error) => void }[] = [];
  private fatal: Error | null = null;
  rulesHash: string | null = null;
  /** Workers replaced after a timeout or crash. */
  replaced = 0;

  constructor(private readonly opts: PoolOptions) {}

  /** Starts the workers; resolves with the rules hash once one is ready (rejects if they cannot load). */
  start(): Promise<string> {
    for (let i = 0; i < Math.max(1, this.opts.size); i++) this.spawn();
    return new Promise((resolve, reject) => {
      if (this.fatal) reject(this.fatal);
      else if (this.rulesHash) resolve(this.rulesHash);
      else this.readyWaiters.push({ resolve, reject });
    });
  }

  run(task: Task): Promise<TaskResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; documents still queued or running are rejected (the run is over). */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    const stopped = this.fatal ?? new Error('the worker pool was closed');
    for (const w of this.readyWaiters) w.reject(stopped);
    this.readyWaiters = [];
    for (const job of this.queue) job.reject(stopped);
    this.queue = [];
    for (const s of slots) {
      s.retired = true;
      if (s.timer) clearTimeout(s.timer);
      for (const job of s.jobs) job.reject(stopped);
      s.jobs = [];
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  // Node options of the parent apply to workers too, except those only valid for a main script and
  // the process-wide V8 options a worker refuses (`node --max-old-space-size=… khabar`), which the
  // first refusal names.
  private execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));

  private spawn(): void {
    let worker: Worker;
    try {
      worker = this.newWorker();
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
      const refused = e.message
        .slice(e.message.indexOf(':') + 1)
        .split(/[\s,]+/)
        .filter(Boolean);
      this.execArgv = this.execArgv.filter((a) => !refused.includes(a));
      worker = this.newWorker();
    }
    this.watch(worker);
  }

  private newWorker(): Worker {
    const { script } = this.opts;
    return new Worker(typeof script === 'string' && script.startsWith('file:') ? new URL(script) : script, {
      workerData: this.opts.config,
      execArgv: this.execArgv,
      // A small young generation: per-document garbage is short-lived, and V8's default lets each
      // worker's nursery grow to tens of MB, which with --jobs 2 pushed peak RSS past 300 MB.
      resourceLimits: {
        maxYoungGenerationSizeMb: 8,
        ...(this.opts.maxHeapMb ? { maxOldGenerationSizeMb: this.opts.maxHeapMb } : {}),
      },
      stdout: false,
      stderr: false,
    });
  }

  private watch(worker: Worker): void {
    const slot: Slot = { worker, ready: false, jobs: [], timer: null, retired: false };
    this.slots.push(slot);
    worker.once('online', afterIsolateStart);
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    worker.on('error', (err) => this.onDeath(slot, err));
    worker.on('exit', (code) => this.onDeath(slot, new Error(`worker exited with code ${code}`)));
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    if (msg.type === 'ready') {
      slot.ready = true;
      if (!this.rulesHash) {
        this.rulesHash = msg.rulesHash;
        for (const w of this.readyWaiters) w.resolve(msg.rulesHash);
        this.readyWaiters = [];
      }
      this.dispatch();
    } else if (msg.type === 'init-error') {
      this.fail(
        msg.rules
          ? new RulesInvalidError(msg.message)
          : new PoolInitError(`the pipeline could not be loaded in a worker:\n${msg.message}`),
      );
    } else if (msg.type === 'result') {
      const job = slot.jobs[0];
      if (!job || job.id !== msg.id) return;
      this.stopClock(slot);
      slot.jobs.shift();
      // Before the result is handled, so the worker's memory goes while the main thread writes it.
      if (msg.retire) this.retire(slot);
      // The next task is running from now.
      else if (slot.jobs.length) this.startClock(slot);
      job.resolve(msg.result);
      this.dispatch();
    }
  }

  private startClock(slot: Slot): void {
    slot.timer = setTimeout(
      () => this.replace(slot, 'timeout', `processing took longer than ${this.opts.timeoutMs} ms`),
      this.opts.timeoutMs,
    );
  }

  private stopClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private fail(err: Error): void {
    if (this.fatal) return;
    this.fatal = err;
    for (const w of this.readyWaiters) w.reject(err);
    this.readyWaiters = [];
    void this.close();
  }

  /** Replaces a worker, filing its current document (if any) under `code`. */
  private replace(slot: Slot, code: string, message: string): void {
    if (slot.retired) return;
    slot.retired = true;
    const [job, ...waiting] = slot.jobs;
    this.stopClock(slot);
    slot.jobs = [];
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    // The tasks that had not started go to the next worker free.
    this.queue.unshift(...waiting);
    if (job) {
      const error: ErrorRecord = { source: taskSource(job.task), code, message };
      if (job.task.kind === 'line') error.line = job.task.line;
      job.resolve({ out: null, error, cached: false });
    }
    if (this.closed) return;
    if (!slot.ready && !job) {
      // Died while loading: starting another would only die the same way.
      this.fail(new PoolInitError(`a worker failed while loading the pipeline: ${message}`));
      return;
    }
    this.replaced++;
    this.spawn();
  }

  /**
   * Stops a worker that asked to go (a long document grew its heap), its waiting task back to the
   * queue; a fresh worker starts only when there is work for it (dispatch).
   */
  private retire(slot: Slot): void {
    if (slot.retired) return;
    slot.retired = true;
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    this.queue.unshift(...slot.jobs);
    slot.jobs = [];
  }

  private onDeath(slot: Slot, err: Error): void {
    if (slot.retired) return;
    const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.replace(slot, oom ? 'out-of-memory' : 'worker-crashed', err.message);
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length && this.slots.length < Math.max(1, this.opts.size)) this.spawn();
    // Every worker gets a running task before any gets a waiting one.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (!slot.ready || slot.retired || slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startClock(slot);
        // A .jsonl line's bytes move to the worker, except a waiting task's: it may have to go to
        // another worker, so it keeps its own (a copy is sent).
        const transfer =
          job.task.kind === 'line' && slot.jobs.length === 1 ? [job.task.bytes.buffer as ArrayBuffer] : [];
        slot.worker.postMessage({ type: 'task', id: job.id, task: job.task }, transfer);
      }
    }
  }
}
