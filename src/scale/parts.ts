// What `khabar worker` leaves in its output folder, shared by any number of workers on any machines:
//   parts/<worker>.part   one line per finished job: KEY \t r|e \t JSON (a record or an error line)
//   parts/<worker>.json   the worker's khabar version and rules hash
//   batches/<id>.json     each enqueue batch's inputs (for run.json and the report's texts)
// A line is written with one append and flushed to disk before its job is acknowledged, so a killed
// worker loses at most a cut-short last line, whose job the queue hands to another worker.
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const PARTS_DIR = 'parts';
export const BATCHES_DIR = 'batches';

export interface WorkerManifest {
  format: 'khabar-worker/1';
  version: string;
  rulesHash: string;
  worker: string;
  startedAt: string;
}

export interface BatchManifest {
  id: string;
  inputs: string[];
  cwd: string;
  unmatchedInputs: string[];
  duplicateSources: string[];
  documents: number;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export class PartWriter {
  private fd: number;
  readonly name: string;
  private readonly batchesSeen = new Set<string>();
  constructor(
    private readonly outDir: string,
    manifest: Omit<WorkerManifest, 'format' | 'worker' | 'startedAt'>,
  ) {
    mkdirSync(join(outDir, PARTS_DIR), { recursive: true });
    mkdirSync(join(outDir, BATCHES_DIR), { recursive: true });
    this.name = `${hostname()}-${process.pid}-${Date.now().toString(36)}`;
    const full: WorkerManifest = {
      format: 'khabar-worker/1',
      ...manifest,
      worker: this.name,
      startedAt: new Date().toISOString(),
    };
    writeAtomic(join(outDir, PARTS_DIR, `${this.name}.json`), `${JSON.stringify(full, null, 2)}\n`);
    this.fd = openSync(join(outDir, PARTS_DIR, `${this.name}.part`), 'a');
  }

  hasBatch(id: string): boolean {
    return this.batchesSeen.has(id) || existsSync(join(this.outDir, BATCHES_DIR, `${id}.json`));
  }

  addBatch(batch: BatchManifest): void {
    writeAtomic(join(this.outDir, BATCHES_DIR, `${batch.id}.json`), `${JSON.stringify(batch, null, 2)}\n`);
    this.batchesSeen.add(batch.id);
  }

  /** One job's lines in one write, on disk before returning. */
  append(key: string, lines: { kind: 'r' | 'e'; json: string }[]): void {
    if (!lines.length) return;
    writeSync(this.fd, lines.map((l) => `${key}\t${l.kind}\t${l.json}\n`).join(''));
    fdatasyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The part files (and their manifests) under a worker output folder. */
export function listParts(dir: string): { data: string; manifest: string }[] {
  const parts = join(dir, PARTS_DIR);
  if (!existsSync(parts)) return [];
  return readdirSync(parts)
    .filter((n) => n.endsWith('.part'))
    .sort()
    .map((n) => ({ data: join(parts, n), manifest: join(parts, `${n.slice(0, -'.part'.length)}.json`) }));
}

/** Every batch manifest under the folders, in batch order (ids sort by enqueue time). */
export function readBatches(dirs: string[]): BatchManifest[] {
  const byId = new Map<string, BatchManifest>();
  for (const d of dirs) {
    const b = join(d, BATCHES_DIR);
    if (!existsSync(b)) continue;
    for (const n of readdirSync(b)) {
      if (!n.endsWith('.json')) continue;
      const m = JSON.parse(readFileSync(join(b, n), 'utf8')) as BatchManifest;
      byId.set(m.id, m);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
