// Messages between the run (main thread) and its workers.

import type { InputDocument } from '../pipeline.js';
import type { DocumentRecord } from '../records/schema.js';
import type { SharedSnapshot } from '../rules/cache.js';
import type { ShardSpec } from '../scale/hash.js';
import type { DocResult } from './cache.js';

export type Task =
  | { kind: 'file'; abs: string; source: string; docId: string; fileKind: 'text' | 'html' }
  | { kind: 'line'; bytes: Uint8Array; fileSource: string; fileDocId: string; line: number };

export interface WorkerConfig {
  /** URL of a module exporting `createProcessor(): Processor | Promise<Processor>`. */
  processorModule: string;
  /** null: no cache. */
  cacheDir: string | null;
  /** khabar version + code fingerprint: with the rules hash, the non-content part of the cache key. */
  codeKey: string;
  explain: boolean;
  maxDocumentBytes: number;
  /** Set for `--shard`: documents of other shards come back as `skipped`, unprocessed. */
  shard?: ShardSpec | null;
  /** The rules' compiled snapshot, read once by the run into memory its workers share. */
  rulesSnapshot?: SharedSnapshot | null;
}

/** What a processor module provides: the per-document function with its rules loaded once. */
export interface Processor {
  rulesHash: string;
  process(input: InputDocument): DocumentRecord | unknown;
}

export type ToWorker = { type: 'task'; id: number; task: Task };

export type TaskResult = DocResult & { cached: boolean; explain?: string; skipped?: true };

export type FromWorker =
  | { type: 'ready'; rulesHash: string }
  | { type: 'init-error'; message: string; rules?: true }
  /**
   * `retire`: the worker processed a very long document (LONG_DOCUMENT_CHARS) and its heap grew with
   * it; V8 keeps that memory, so the pool replaces the worker rather than give it more work.
   */
  | { type: 'result'; id: number; result: TaskResult; retire?: true };

/** The source an error about this task is filed under. */
export function taskSource(task: Task): string {
  return task.kind === 'file' ? task.source : `${task.fileSource}#${task.line}`;
}
