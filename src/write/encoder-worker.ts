// The Parquet encoder thread (encoder-thread.ts starts it): it takes each table's row groups, as
// typed-array column chunks transferred from the main thread, and writes them with the same
// ParquetFile code the main thread would run. An operation that fails closes its file and is
// reported; the thread itself never stops on one.
import { type MessagePort, workerData } from 'node:worker_threads';
import { chunkArrays } from './columns.js';
import { DONE, type EncoderFailure, type EncoderOp, type EncoderReply } from './encoder-protocol.js';
import { ParquetFile } from './parquet-file.js';

const { port, state } = workerData as { port: MessagePort; state: Int32Array };
/** Open files by table id; null once a table failed or was given up. */
const files = new Map<number, ParquetFile | null>();

function run(op: EncoderOp): void {
  if (op.op === 'open') {
    files.set(op.id, null);
    files.set(op.id, new ParquetFile(op.spec));
    return;
  }
  if (op.op === 'stop') {
    for (const [id, file] of files) {
      files.set(id, null);
      file?.close();
    }
    return;
  }
  const file = files.get(op.id);
  if (!file) return;
  if (op.op === 'write') {
    file.write(op.chunks);
    const reply: EncoderReply = { id: op.id, chunks: op.chunks };
    port.postMessage(reply, op.chunks.flatMap(chunkArrays));
  } else {
    files.set(op.id, null);
    if (op.op === 'finish') file.finish();
    else file.close();
  }
}

function failed(op: EncoderOp, err: unknown): void {
  const file = 'id' in op ? files.get(op.id) : null;
  if ('id' in op) files.set(op.id, null);
  try {
    file?.close();
  } catch {
    // the failure reported is the first one
  }
  const e = err as NodeJS.ErrnoException;
  const failure: EncoderFailure = {
    message: e instanceof Error ? e.message : String(err),
    name: e instanceof Error ? e.name : 'Error',
    ...(e?.code === undefined ? {} : { code: e.code }),
    ...(e?.syscall === undefined ? {} : { syscall: e.syscall }),
  };
  const reply: EncoderReply = { failure };
  port.postMessage(reply);
}

port.on('message', (op: EncoderOp) => {
  try {
    run(op);
  } catch (err) {
    failed(op, err);
  } finally {
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  }
});
