// A worker: reads one input (file or .jsonl line), answers from the cache or runs the pipeline, and
// returns the serialized output. Everything per-document and CPU-bound happens here, so --jobs N
// scales; the main thread only orders and appends.
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorRecord } from '../records/schema.js';
import { useSharedSnapshot } from '../rules/cache.js';
import { ownsHash, ownsSource } from '../scale/hash.js';
import { LONG_DOCUMENT_CHARS } from '../text/windows.js';
import { transferList } from '../write/bytes.js';
import { explainLines } from '../write/explain.js';
import { recordLine, serializeRecord } from '../write/serialize.js';
import { cacheKey, type DocResult, readCache, writeCache } from './cache.js';
import { type Prepared, prepareFile, prepareJsonlLine, sha256Hex } from './document.js';
import type { FromWorker, Processor, Task, TaskResult, ToWorker, WorkerConfig } from './protocol.js';
import { readInputFile } from './read.js';

const config = workerData as WorkerConfig;
const port = parentPort;
if (!port) throw new Error('khabar: worker.js must run as a worker thread');
// Before the processor loads its rules: the run's copy of their snapshot, not one per worker.
useSharedSnapshot(config.rulesSnapshot ?? null);

function send(msg: FromWorker): void {
  // A document's bytes move to the main thread (transferred, not copied).
  const out = msg.type === 'result' ? msg.result.out : null;
  port?.postMessage(msg, out ? transferList(out.bytes) : []);
}

function errorResult(error: ErrorRecord): DocResult {
  return { out: null, error };
}

/** Set once this worker processed a document long enough to be windowed (protocol.ts: `retire`). */
let retire = false;

function run(processor: Processor, prepared: Prepared): DocResult {
  if (!prepared.ok) return errorResult(prepared.error);
  const { doc } = prepared;
  if (doc.text.length > LONG_DOCUMENT_CHARS) retire = true;
  let record: unknown;
  try {
    record = processor.process(doc);
  } catch (err) {
    const e = err as Error;
    return errorResult({ source: doc.source, code: 'pipeline-error', message: `${e.name}: ${e.message}` });
  }
  const s = serializeRecord(record, doc.source);
  return s.ok ? { out: s.out, error: null } : errorResult(s.error);
}

/** What handle() needs of a task: its cache key, and its cached result or its document. */
type Loaded =
  | { key: string; cached: DocResult; prepared: null }
  | { key: string; cached: null; prepared: Prepared };

/**
 * Reads the task's bytes, and — unless the cache has its result — decodes them. Apart from handle()
 * on purpose: the raw bytes live only in this frame, so a 10 MB document's do not wait through its
 * processing (a finished call's values are gone; a live frame may keep them).
 */
function load(task: Task, keyPrefix: string): Loaded | TaskResult {
  let bytes: Uint8Array;
  let keyParts: string[];
  if (task.kind === 'file') {
    const r = readInputFile(task, config.maxDocumentBytes);
    if ('error' in r) {
      if (!ownsSource(config.shard, r.error.source))
        return { out: null, error: null, cached: false, skipped: true };
      return { ...errorResult(r.error), cached: false };
    }
    bytes = r.bytes;
    keyParts = [keyPrefix, 'file', task.source];
  } else {
    bytes = task.bytes;
    keyParts = [keyPrefix, 'line', task.fileSource, String(task.line)];
  }
  const sha = sha256Hex(bytes);
  if (!ownsHash(config.shard, sha)) return { out: null, error: null, cached: false, skipped: true };
  const key = config.cacheDir ? cacheKey([...keyParts, sha]) : '';
  const cached = config.cacheDir ? readCache(config.cacheDir, key) : null;
  if (cached) return { key, cached, prepared: null };
  const prepared =
    task.kind === 'file'
      ? prepareFile(bytes, { source: task.source, docId: task.docId, kind: task.fileKind }, sha)
      : prepareJsonlLine(
          bytes,
          { fileSource: task.fileSource, fileDocId: task.fileDocId, line: task.line },
          sha,
        );
  // A .jsonl line's bytes came with the task, which outlives this call.
  if (task.kind === 'line') task.bytes = NO_BYTES;
  return { key, cached: null, prepared };
}

const NO_BYTES = new Uint8Array(0);

function handle(processor: Processor, keyPrefix: string, task: Task): TaskResult {
  const loaded = load(task, keyPrefix);
  if (!('key' in loaded)) return loaded;
  let result: DocResult;
  if (loaded.prepared === null) result = loaded.cached;
  else {
    result = run(processor, loaded.prepared);
    if (config.cacheDir) {
      try {
        writeCache(config.cacheDir, loaded.key, result);
      } catch {
        // A full or read-only cache only costs speed on the next run.
      }
    }
  }
  const out: TaskResult = { ...result, cached: loaded.cached !== null };
  if (config.explain && result.out) out.explain = explainLines(JSON.parse(recordLine(result.out)));
  return out;
}

async function main(): Promise<void> {
  let processor: Processor;
  try {
    const mod = (await import(config.processorModule)) as {
      createProcessor?: () => Processor | Promise<Processor>;
    };
    if (typeof mod.createProcessor !== 'function')
      throw new Error(`${config.processorModule} has no createProcessor()`);
    processor = await mod.createProcessor();
  } catch (err) {
    // A broken rules file is the analyst's to fix: its message names file, entry and field; a stack
    // trace would only bury it. Anything else is a bug: keep the stack.
    const e = err as Error;
    if (e.name === 'RuleFileError') send({ type: 'init-error', message: e.message, rules: true });
    else send({ type: 'init-error', message: e.stack ?? String(err) });
    return;
  }
  const keyPrefix = cacheKey([config.codeKey, processor.rulesHash]);
  port?.on('message', (msg: ToWorker) => {
    if (msg.type !== 'task') return;
    let result: TaskResult;
    try {
      result = handle(processor, keyPrefix, msg.task);
    } catch (err) {
      const e = err as Error;
      const source = msg.task.kind === 'file' ? msg.task.source : `${msg.task.fileSource}#${msg.task.line}`;
      result = {
        out: null,
        error: { source, code: 'internal-error', message: `${e.name}: ${e.message}` },
        cached: false,
      };
    }
    send(retire ? { type: 'result', id: msg.id, result, retire } : { type: 'result', id: msg.id, result });
  });
  send({ type: 'ready', rulesHash: processor.rulesHash });
}

void main();
