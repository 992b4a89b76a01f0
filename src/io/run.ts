// One `khabar extract` run: list the inputs, hand documents to the worker pool a bounded window at a
// time, and append results in source order (a reorder buffer holds the few that finish early), so the
// output is byte-identical whatever --jobs is and memory stays flat whatever the archive's size.
// The output files are written fresh from the ordered stream (cached documents included) and renamed
// at the end: a run killed at any point and started again completes with no duplicate or missing rows.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentRecord, Entity, ErrorRecord } from '../records/schema.js';
import { SCHEMA_VERSION } from '../records/schema.js';
import { useSharedSnapshot } from '../rules/cache.js';
import { sharedRulesSnapshot } from '../rules/load.js';
import { orderKey, ownsSource, type ShardSpec } from '../scale/hash.js';
import { ShardKeyLog } from '../scale/keys.js';
import { version } from '../version.js';
import { bundledDirectory, ENTITY_BATCH, type RunDeriver, writerDeriver } from '../write/derive.js';
import { withHeapNearLive } from '../write/heap.js';
import { jsonlValues, type StreamedMember } from '../write/jsonl-values.js';
import { OUTPUT_FILES, type OutputCounts, OutputWriter } from '../write/output.js';
import { codeFingerprint } from './cache.js';
import { MAX_DOCUMENT_BYTES } from './document.js';
import { readLines } from './lines.js';
import { type InputFile, type ListFs, listInputs, readErrorCode } from './list.js';
import { prepareOutputDir } from './outdir.js';
import { WorkerPool } from './pool.js';
import { type Task, type TaskResult, taskSource } from './protocol.js';
import { createTextLoader, type TextLoader } from './texts.js';

export class UsageError extends Error {}
export class AbortedError extends Error {}
/** Inputs exist but none could be read (an unreadable input folder): one line, exit 4. */
export class InputUnreadableError extends Error {}

export interface ExtractOptions {
  inputs: string[];
  outDir: string;
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** false disables the cache (--no-cache). */
  cache?: boolean;
  /** Default `<outDir>/.cache`. */
  cacheDir?: string;
  /** Per-document limit; default 30 000 ms. */
  timeoutMs?: number;
  /** Emit `--explain` lines (one JSON line per entity) through `onExplain`. */
  explain?: boolean;
  onExplain?: (lines: string) => void;
  onProgress?: (p: Progress) => void;
  /** Module exporting `createProcessor()`; default the real pipeline (./processor.js). */
  processorModule?: string | URL;
  /** Worker entry; default ./worker.js beside this file. */
  workerScript?: string | URL;
  maxDocumentBytes?: number;
  /** Per-worker V8 heap cap in MB (default 1024). */
  maxHeapMb?: number;
  signal?: AbortSignal;
  cwd?: string;
  /** The fs functions the input listing uses (tests inject unreadable folders). */
  listFs?: ListFs;
  /** Process only the documents of this shard (`--shard K/N`) and write its order keys for `khabar merge`. */
  shard?: ShardSpec | null;
}

export interface Progress {
  files: number;
  filesDone: number;
  documents: number;
  errors: number;
  cached: number;
}

export interface RunCounts extends OutputCounts {
  documents: number;
  cached: number;
}

export interface ExtractSummary {
  counts: RunCounts;
  /** Inputs that matched no document (reported, not fatal unless nothing matched). */
  unmatched: string[];
  /**
   * Documents skipped because an earlier document of the run has their docId (two .jsonl lines with
   * one `id`, a.txt beside a.md, one relative path under two roots): each is a `duplicate-id` error.
   */
  duplicateSources: string[];
  /** The decoded text of a source as this run read it (for report.html); null when unavailable. */
  loadText: TextLoader;
  exitCode: 0 | 1;
  timings: { listMs: number; processMs: number; totalMs: number };
  outDir: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;

function here(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/** Sibling module URL; under a TypeScript runner (tests) the compiled dist/ copy is used. */
function siblingModule(name: string): URL {
  const dir = here();
  if (import.meta.url.endsWith('.ts'))
    return pathToFileURL(join(dir, '..', '..', 'dist', 'src', 'io', `${name}.js`));
  return pathToFileURL(join(dir, `${name}.js`));
}

export type Item = { task: Task } | { error: ErrorRecord };

/** Every document in order: a .jsonl file yields one item per non-blank line (also what `khabar enqueue` queues). */
export async function* items(
  files: InputFile[],
  maxBytes: number,
  onFileDone: () => void,
): AsyncGenerator<Item> {
  for (const f of files) {
    if (f.kind !== 'jsonl') {
      yield { task: { kind: 'file', abs: f.abs, source: f.source, docId: f.docId, fileKind: f.kind } };
      onFileDone();
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(f.abs);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield {
        error: { source: f.source, code: readErrorCode(e), message: e.message.replaceAll(f.abs, f.source) },
      };
      onFileDone();
      continue;
    }
    if (!st.isFile()) {
      yield { error: { source: f.source, code: 'unreadable', message: 'not a regular file' } };
      onFileDone();
      continue;
    }
    let any = false;
    try {
      for await (const raw of readLines(f.abs, maxBytes)) {
        if (raw.bytes === null) {
          any = true;
          yield {
            error: {
              source: `${f.source}#${raw.line}`,
              code: 'too-large',
              message: `line of ${raw.size} bytes; the limit is ${maxBytes}`,
              line: raw.line,
            },
          };
          continue;
        }
        if (isBlank(raw.bytes)) continue;
        any = true;
        yield {
          task: { kind: 'line', bytes: raw.bytes, fileSource: f.source, fileDocId: f.docId, line: raw.line },
        };
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield {
        error: { source: f.source, code: readErrorCode(e), message: e.message.replaceAll(f.abs, f.source) },
      };
      any = true;
    }
    if (!any) yield { error: { source: f.source, code: 'empty', message: 'the file has no lines' } };
    onFileDone();
  }
}

type Settled = { result: TaskResult; task: Task } | { error: ErrorRecord };

const DUPLICATE = { head: 'the docId ', used: ' is already used by ', tail: '; this document was skipped' };

/** A later document with a docId the run already wrote: skipped, naming the first (also `khabar merge`). */
export function duplicateIdError(source: string, docId: string, first: string, line?: number): ErrorRecord {
  const message = `${DUPLICATE.head}${JSON.stringify(docId)}${DUPLICATE.used}${first}${DUPLICATE.tail}`;
  return line === undefined
    ? { source, code: 'duplicate-id', message }
    : { source, code: 'duplicate-id', message, line };
}

/** The docId and the first document a `duplicate-id` message names (null for any other message). */
export function readDuplicateMessage(message: string): { docId: string; first: string } | null {
  if (!message.startsWith(DUPLICATE.head) || !message.endsWith(DUPLICATE.tail)) return null;
  const body = message.slice(DUPLICATE.head.length, -DUPLICATE.tail.length);
  // The docId is a JSON string: the first «is already used by» after a whole one ends it.
  for (let at = body.indexOf(DUPLICATE.used); at >= 0; at = body.indexOf(DUPLICATE.used, at + 1)) {
    try {
      const docId: unknown = JSON.parse(body.slice(0, at));
      if (typeof docId === 'string') return { docId, first: body.slice(at + DUPLICATE.used.length) };
    } catch {
      // not the end of the docId yet
    }
  }
  return null;
}

function duplicateError(task: Task, docId: string, first: string): ErrorRecord {
  return task.kind === 'line'
    ? duplicateIdError(taskSource(task), docId, first, task.line)
    : duplicateIdError(task.source, docId, first);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractSummary> {
  const t0 = performance.now();
  const outDir = resolve(opts.cwd ?? process.cwd(), opts.outDir);
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const useCache = opts.cache !== false;
  const cacheDir = useCache ? resolve(outDir, opts.cacheDir ?? '.cache') : null;

  const exclude = cacheDir ? [outDir, cacheDir] : [outDir];
  const { files, missing, problems } = await listInputs(opts.inputs, opts.cwd, exclude, opts.listFs);
  if (files.length === 0 && problems.length > 0) {
    const what = problems.map((p) => `${p.source} (${p.message})`).join(', ');
    throw new InputUnreadableError(`no input document could be read: cannot open ${what}`);
  }
  if (files.length === 0) {
    throw new UsageError(
      `no input documents (.txt, .md, .html, .htm, .jsonl) found in: ${opts.inputs.join(', ')}`,
    );
  }
  const tList = performance.now();
  if (opts.signal?.aborted) throw new AbortedError('interrupted');
  prepareOutputDir(outDir);

  const processorModule = String(opts.processorModule ?? siblingModule('processor'));
  // The compiled rules are read here once, into memory the workers share and the run-level stage
  // reuses (bundledDirectory): the 7.5 MB pack is in memory once, not once per thread, and it is never
  // freed mid-run (a large buffer freed makes glibc keep more freed memory in every thread's arena).
  const rulesSnapshot = sharedRulesSnapshot();
  useSharedSnapshot(rulesSnapshot);
  const pool = new WorkerPool({
    size: jobs,
    script: opts.workerScript ?? siblingModule('worker'),
    timeoutMs,
    maxHeapMb: opts.maxHeapMb ?? 1024,
    config: {
      processorModule,
      cacheDir,
      codeKey: `${version}\0${codeFingerprint(dirname(here()))}`,
      explain: opts.explain === true,
      maxDocumentBytes: maxBytes,
      shard: opts.shard ?? null,
      rulesSnapshot,
    },
  });
  const progress: Progress = { files: files.length, filesDone: 0, documents: 0, errors: 0, cached: 0 };
  let cached = 0;
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  const poke = () => {
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const check = () => {
    if (fatal) throw fatal;
    if (opts.signal?.aborted) throw new AbortedError('interrupted');
  };

  const onAbort = () => {
    void pool.close();
    poke();
  };
  opts.signal?.addEventListener('abort', onAbort);
  let writer: OutputWriter | null = null;
  let deriver: RunDeriver | null = null;
  let keys: ShardKeyLog | null = null;
  try {
    const rulesHash = await pool.start();
    // The temporaries are opened only once the pipeline loaded (the folder itself exists already).
    writer = new OutputWriter(outDir);
    const out = writer;
    // The run-level files (Parquet, organisations, events, network) are made from the records read
    // back once the workers are gone. Deriving each record as it was written, alongside the workers,
    // gained no wall time on 2 cores even at --jobs 1 (V8's own background threads use the "free"
    // core), cost ~15% more CPU, and under load made --jobs 2 ~20% slower (paired runs, 10,000 docs).
    deriver = writerDeriver(writer);
    if (opts.shard) keys = new ShardKeyLog(outDir);
    const keyLog = keys;
    // Reorder buffer: results keyed by sequence number, written strictly in sequence. The window caps
    // how far dispatch may run ahead of the oldest unwritten document, which bounds memory.
    // A slow document (up to --timeout-ms) holds back writing, not processing: others run ahead by up
    // to `window` results (~20 kB each), then dispatch waits.
    const window = Math.max(64, jobs * 32);
    const done = new Map<number, Settled>();
    // docIds are unique in a run: the first document (in source order) keeps its id, a later one with
    // the same id is a `duplicate-id` error naming the first. One entry per written document.
    const firstOf = new Map<string, string>();
    const duplicateSources: string[] = [];
    let nextToWrite = 0;
    let seq = 0;
    // .jsonl lines travel as bytes: cap what waits in the queue so long lines cannot pile up.
    let queuedBytes = 0;
    const settle = (n: number, v: Settled) => {
      done.set(n, v);
      while (done.has(nextToWrite)) {
        const r = done.get(nextToWrite)!;
        done.delete(nextToWrite);
        write(r, nextToWrite);
        nextToWrite++;
      }
      poke();
    };
    const write = (r: Settled, n: number) => {
      // Another shard's document: not read (listing errors) or not processed (the worker skipped it).
      if ('error' in r ? !ownsSource(opts.shard, r.error.source) : r.result.skipped) return;
      progress.documents++;
      if ('error' in r) {
        out.addError(r.error);
        keyLog?.error(orderKey(n));
        progress.errors++;
      } else {
        const { result } = r;
        if (result.cached) cached++;
        const first = result.out ? firstOf.get(result.out.docId) : undefined;
        if (result.out && first !== undefined) {
          const error = duplicateError(r.task, result.out.docId, first);
          duplicateSources.push(error.source);
          out.addError(error);
          keyLog?.error(orderKey(n));
          progress.errors++;
        } else if (result.out) {
          firstOf.set(result.out.docId, taskSource(r.task));
          out.addDocument(result.out);
          keyLog?.record(orderKey(n));
        }
        if (result.error) {
          out.addError(result.error);
          keyLog?.error(orderKey(n));
          progress.errors++;
        }
        if (result.explain && opts.onExplain) opts.onExplain(result.explain);
      }
      progress.cached = cached;
      opts.onProgress?.(progress);
    };

    // Folders the listing could not open come first, one error each; the run goes on without them.
    for (const p of problems)
      settle(seq++, { error: { source: p.source, code: p.code, message: p.message } });
    for await (const item of items(files, maxBytes, () => progress.filesDone++)) {
      check();
      while (seq - nextToWrite >= window || queuedBytes > MAX_QUEUED_BYTES) {
        await new Promise<void>((r) => (wake = r));
        check();
      }
      const n = seq++;
      const bytes = 'task' in item && item.task.kind === 'line' ? item.task.bytes.length : 0;
      queuedBytes += bytes;
      if ('error' in item) settle(n, item);
      else
        pool.run(item.task).then(
          (result) => {
            queuedBytes -= bytes;
            settle(n, { result, task: item.task });
          },
          (err: Error) => {
            fatal = err;
            poke();
          },
        );
    }
    while (nextToWrite < seq) {
      check();
      await new Promise<void>((r) => (wake = r));
    }
    check();
    // Every document is in: the workers (each holding its compiled rules) can go before the rules'
    // organisation directory is loaded here, so the two do not add up in memory.
    await pool.close();
    const into = deriver;
    const records = writer.writtenRecords();
    const derived = withHeapNearLive((check) => {
      // A long record (a 10 MB document's is a 54 MB line) is read in pieces and its entities go to
      // the deriver a batch at a time as they are parsed: the record is never whole on this thread.
      const entities: StreamedMember = {
        key: 'entities',
        batch: ENTITY_BATCH,
        take: (batch, before) => {
          into.addEntities(before.docId as string, batch as Entity[]);
          check();
        },
      };
      for (const { value } of jsonlValues(records, entities)) {
        into.add(value as DocumentRecord);
        check();
      }
      // What needs every record: the last row groups, events linked across outlets, the network.
      return into.finish(bundledDirectory);
    });
    check();
    const tDone = performance.now();
    const counts: RunCounts = { documents: progress.documents, ...writer.counts, cached };
    const timings = {
      listMs: Math.round(tList - t0),
      processMs: Math.round(tDone - tList),
      totalMs: Math.round(performance.now() - t0),
    };
    writer.commit({
      version,
      schemaVersion: SCHEMA_VERSION,
      rulesHash,
      inputs: opts.inputs,
      unmatchedInputs: missing,
      duplicateSources,
      files: [...Object.values(OUTPUT_FILES), ...derived.files],
      counts,
      tables: derived.counts,
      timings,
      options: {
        jobs,
        cache: useCache,
        cacheDir,
        timeoutMs,
        maxDocumentBytes: maxBytes,
        explain: opts.explain === true,
        ...(opts.shard ? { shard: `${opts.shard.index}/${opts.shard.count}` } : {}),
      },
    });
    keyLog?.commit({
      format: 'khabar-shard/1',
      version,
      rulesHash,
      shard: opts.shard ?? null,
      inputs: opts.inputs,
      cwd: resolve(opts.cwd ?? process.cwd()),
      unmatchedInputs: missing,
      duplicateSources,
      listed: seq,
    });
    return {
      counts,
      unmatched: missing,
      duplicateSources,
      loadText: createTextLoader(files, maxBytes),
      exitCode: counts.errors > 0 ? 1 : 0,
      timings,
      outDir,
    };
  } catch (err) {
    deriver?.dispose();
    writer?.abort();
    keys?.abort();
    if (opts.signal?.aborted && !(err instanceof AbortedError)) throw new AbortedError('interrupted');
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    useSharedSnapshot(null);
  }
}
