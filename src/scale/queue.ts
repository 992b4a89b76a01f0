// Continuous feeds on BullMQ (Redis): `khabar enqueue` adds one job per document, its id the content
// hash, so a document queued twice is processed once; `khabar worker` (any number, on any machines)
// runs jobs through the same worker-thread pool as `extract` and appends each result to its part file
// before the job is acknowledged. A worker killed mid-job loses nothing: the job's lock lapses and
// BullMQ hands it to another worker (at-least-once), and `khabar merge` keeps one line per key.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ConnectionOptions, Queue, Worker } from 'bullmq';
import { MAX_DOCUMENT_BYTES } from '../io/document.js';
import { type ListFs, listInputs } from '../io/list.js';
import { WorkerPool } from '../io/pool.js';
import { type Task, taskSource } from '../io/protocol.js';
import { InputUnreadableError, type Item, items, UsageError } from '../io/run.js';
import type { ErrorRecord } from '../records/schema.js';
import { version } from '../version.js';
import { recordLine, serializeError } from '../write/serialize.js';
import { orderKey } from './hash.js';
import { type BatchManifest, PartWriter } from './parts.js';

export const DEFAULT_QUEUE = 'khabar';
const ATTEMPTS = 3;

type QueuedTask =
  | Extract<Task, { kind: 'file' }>
  | { kind: 'line'; bytes: string; fileSource: string; fileDocId: string; line: number };

/** A job's data: the order key, its batch, and a task (files by path, .jsonl lines inline) or an error. */
export type JobData = { key: string; batch: string } & ({ task: QueuedTask } | { error: ErrorRecord });

export function connectionOf(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--redis takes a URL such as redis://127.0.0.1:6379, not "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new UsageError(`--redis takes a redis:// or rediss:// URL, not "${url}"`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // Fail fast when Redis is not there, instead of retrying forever.
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => (times > 5 ? null : Math.min(times * 200, 1000)),
  };
}

const batchKey = (queue: string, id: string) => `khabar:${queue}:batch:${id}`;
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export interface EnqueueOptions {
  inputs: string[];
  redis: string;
  queue?: string;
  cwd?: string;
  maxDocumentBytes?: number;
  /** The fs functions the input listing uses (tests inject unreadable folders). */
  listFs?: ListFs;
}

export interface EnqueueSummary {
  batch: string;
  documents: number;
  /** Jobs whose id (content hash) was already in the queue: not added again. */
  duplicates: number;
}

/** The job id: the content hash; for what could not be read, a hash of what was reported. */
function jobIdOf(task: Task | null, error: ErrorRecord | null, maxBytes: number): string {
  if (error) return `e-${sha256(`${error.source}\0${error.code}`)}`;
  if (task?.kind === 'line') return `d-${sha256(task.bytes)}`;
  const t = task as Extract<Task, { kind: 'file' }>;
  try {
    if (statSync(t.abs).size <= maxBytes) return `d-${sha256(readFileSync(t.abs))}`;
  } catch {
    // unreadable: the worker reports it; one job per source
  }
  return `e-${sha256(t.source)}`;
}

export async function runEnqueue(opts: EnqueueOptions): Promise<EnqueueSummary> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const maxBytes = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const name = opts.queue ?? DEFAULT_QUEUE;
  const { files, missing, problems } = await listInputs(opts.inputs, cwd, [], opts.listFs);
  if (!files.length && problems.length)
    throw new InputUnreadableError(
      `no input document could be read: cannot open ${problems.map((p) => `${p.source} (${p.message})`).join(', ')}`,
    );
  if (!files.length)
    throw new UsageError(
      `no input documents (.txt, .md, .html, .htm, .jsonl) found in: ${opts.inputs.join(', ')}`,
    );
  const duplicateSources = files
    .filter((f, i) => i > 0 && files[i - 1]?.source === f.source)
    .map((f) => f.source);
  // Batch ids sort by time, so merged output puts earlier batches first, each in listing order.
  const batch = `${new Date().toISOString().replace(/[-:.]/g, '')}-${process.pid}`;
  const queue = new Queue<JobData>(name, { connection: connectionOf(opts.redis) });
  try {
    const client = await queue.client;
    let seq = 0;
    let duplicates = 0;
    const ids = new Set<string>();
    let chunk: { name: string; data: JobData; opts: { jobId: string } }[] = [];
    const flush = async () => {
      if (!chunk.length) return;
      const ids = chunk.map((c) => c.opts.jobId);
      const existing = await Promise.all(ids.map((id) => queue.getJob(id)));
      duplicates += existing.filter((j) => j !== undefined).length;
      await queue.addBulk(
        chunk.map((c) => ({
          ...c,
          opts: { ...c.opts, attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } },
        })),
      );
      chunk = [];
    };
    // Folders the listing could not open are queued as their `permission` errors, as extract files them.
    const unreadable = problems.map(
      (p): Item => ({ error: { source: p.source, code: p.code, message: p.message } }),
    );
    async function* all(): AsyncGenerator<Item> {
      yield* unreadable;
      yield* items(files, maxBytes, () => {});
    }
    for await (const item of all()) {
      const key = `${batch}/${orderKey(seq++)}`;
      const jobId =
        'error' in item ? jobIdOf(null, item.error, maxBytes) : jobIdOf(item.task, null, maxBytes);
      if (ids.has(jobId)) {
        duplicates++;
        continue;
      }
      ids.add(jobId);
      if ('error' in item) {
        chunk.push({ name: 'document', data: { key, batch, error: item.error }, opts: { jobId } });
      } else {
        const t = item.task;
        const task: QueuedTask =
          t.kind === 'line' ? { ...t, bytes: Buffer.from(t.bytes).toString('base64') } : t;
        chunk.push({ name: 'document', data: { key, batch, task }, opts: { jobId } });
      }
      if (chunk.length >= 500) await flush();
    }
    await flush();
    const manifest: BatchManifest = {
      id: batch,
      inputs: opts.inputs,
      cwd,
      unmatchedInputs: missing,
      duplicateSources,
      documents: seq,
    };
    await client.set(batchKey(name, batch), JSON.stringify(manifest));
    return { batch, documents: seq, duplicates };
  } finally {
    await queue.close();
  }
}

function here(): string {
  return dirname(fileURLToPath(import.meta.url));
}

function siblingModule(name: string): URL {
  if (import.meta.url.endsWith('.ts'))
    return pathToFileURL(join(here(), '..', '..', 'dist', 'src', 'io', `${name}.js`));
  return pathToFileURL(join(here(), '..', 'io', `${name}.js`));
}

export interface WorkerOptions {
  redis: string;
  outDir: string;
  queue?: string;
  jobs?: number;
  timeoutMs?: number;
  /** How long a job's lock lasts without renewal: how soon a dead worker's job goes to another. */
  lockMs?: number;
  /** Stop once the queue has nothing waiting, delayed or active. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  cwd?: string;
  onJob?: () => void;
}

export async function runWorker(opts: WorkerOptions): Promise<{ jobs: number; failed: number }> {
  const name = opts.queue ?? DEFAULT_QUEUE;
  const connection = connectionOf(opts.redis);
  const jobs = Math.max(1, opts.jobs ?? 1);
  const lockMs = opts.lockMs ?? 30_000;
  const pool = new WorkerPool({
    size: jobs,
    script: siblingModule('worker'),
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxHeapMb: 1024,
    config: {
      processorModule: String(siblingModule('processor')),
      cacheDir: null,
      codeKey: version,
      explain: false,
      maxDocumentBytes: MAX_DOCUMENT_BYTES,
      shard: null,
    },
  });
  const rulesHash = await pool.start();
  const parts = new PartWriter(resolve(opts.cwd ?? process.cwd(), opts.outDir), { version, rulesHash });
  const queue = new Queue<JobData>(name, { connection });
  const client = await queue.client;
  let done = 0;
  let failed = 0;
  const worker = new Worker<JobData>(
    name,
    async (job) => {
      const d = job.data;
      if (!parts.hasBatch(d.batch)) {
        const raw = await client.get(batchKey(name, d.batch));
        if (raw) parts.addBatch(JSON.parse(raw) as BatchManifest);
      }
      if ('error' in d) {
        parts.append(d.key, [{ kind: 'e', json: serializeError(d.error) }]);
      } else {
        const task: Task =
          d.task.kind === 'line' ? { ...d.task, bytes: Buffer.from(d.task.bytes, 'base64') } : d.task;
        // Rejects only when the pool itself broke: the job then fails and is retried.
        const result = await pool.run(task);
        const lines: { kind: 'r' | 'e'; json: string }[] = [];
        if (result.out) lines.push({ kind: 'r', json: recordLine(result.out) });
        if (result.error) lines.push({ kind: 'e', json: serializeError(result.error) });
        parts.append(d.key, lines);
      }
      done++;
      opts.onJob?.();
    },
    { connection, concurrency: jobs, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 2 },
  );
  worker.on('failed', (job, err) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    failed++;
    const d = job.data;
    const source = 'error' in d ? d.error.source : taskSource(d.task as Task);
    parts.append(d.key, [
      {
        kind: 'e',
        json: serializeError({
          source,
          code: 'failed',
          message: `after ${job.attemptsMade} attempts: ${err.message}`,
        }),
      },
    ]);
  });
  try {
    await new Promise<void>((resolveDone, reject) => {
      worker.on('error', (err) => {
        if (/ECONNREFUSED|ENOTFOUND/.test(String(err)))
          reject(new UsageError(`cannot reach Redis at ${opts.redis}: ${err.message}`));
      });
      opts.signal?.addEventListener('abort', () => resolveDone(), { once: true });
      if (!opts.untilEmpty) return;
      let idle = 0;
      const poll = setInterval(async () => {
        try {
          const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
          const left = Object.values(c).reduce((a, b) => a + b, 0);
          idle = left === 0 ? idle + 1 : 0;
          if (idle >= 2) {
            clearInterval(poll);
            resolveDone();
          }
        } catch (err) {
          clearInterval(poll);
          reject(err);
        }
      }, 250);
      opts.signal?.addEventListener('abort', () => clearInterval(poll), { once: true });
    });
  } finally {
    await worker.close();
    parts.close();
    await queue.close();
    await pool.close();
  }
  return { jobs: done, failed };
}
