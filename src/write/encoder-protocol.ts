// What the main thread and the Parquet encoder thread say to each other (encoder-thread.ts,
// encoder-worker.ts). Operations go one way, in order, on a MessagePort; the thread counts each
// one done in shared memory (so the main thread can wait for it without its event loop), after
// posting back a written group's arrays or a failure's details.
import type { ColumnChunk } from './columns.js';
import type { ParquetFileSpec } from './parquet-file.js';

/** Slots of the shared Int32Array: operations done; set once the thread cannot run (it failed to load). */
export const DONE = 0;
export const GONE = 1;

export type EncoderOp =
  | { op: 'open'; id: number; spec: ParquetFileSpec }
  | { op: 'write'; id: number; chunks: ColumnChunk[] }
  | { op: 'finish'; id: number }
  | { op: 'discard'; id: number }
  /** Close every file still open, unfinished. */
  | { op: 'stop' };

/** What the thread says back: a written row group's chunks (transferred back), or a failure. */
export type EncoderReply = { id: number; chunks: ColumnChunk[] } | { failure: EncoderFailure };

/** An operation's error, as plain data (a cloned Error loses `code`). */
export interface EncoderFailure {
  message: string;
  name: string;
  code?: string;
  syscall?: string;
}
