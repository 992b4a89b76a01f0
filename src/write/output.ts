// The output folder. Every file is written to a temporary name beside its final name and renamed
// only when the run completes, so an interrupted run never leaves a half-written records.jsonl or a
// CSV with missing rows in place of the previous good one. Appends are buffered: memory stays flat.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ErrorRecord } from '../records/schema.js';
import { BufferedFile } from './buffered.js';
import { partPieces } from './bytes.js';
import { csvHeader, TABLE_NAMES } from './csv.js';
import { type SerializedDoc, serializeError } from './serialize.js';

export const OUTPUT_FILES = {
  records: 'records.jsonl',
  errors: 'errors.jsonl',
  documents: 'documents.csv',
  document_flags: 'document_flags.csv',
  meetings: 'meetings.csv',
  attendees: 'attendees.csv',
  decisions: 'decisions.csv',
  entities: 'entities.csv',
} as const;
type FileKey = keyof typeof OUTPUT_FILES;
const FILE_KEYS = Object.keys(OUTPUT_FILES) as FileKey[];

const NEWLINE = new Uint8Array([0x0a]);
const TMP_PREFIX = '.khabar-tmp-';
const COUNTED = ['meetings', 'attendees', 'decisions', 'entities'] as const;

export interface OutputCounts {
  records: number;
  meetings: number;
  attendees: number;
  decisions: number;
  entities: number;
  errors: number;
}

/** Removes temporary files an interrupted earlier run left behind. */
export function removeStaleTemporaries(outDir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(outDir);
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(TMP_PREFIX)) rmSync(join(outDir, n), { force: true });
}

export class OutputWriter {
  readonly counts: OutputCounts = {
    records: 0,
    meetings: 0,
    attendees: 0,
    decisions: 0,
    entities: 0,
    errors: 0,
  };
  private files: Record<FileKey, BufferedFile>;
  private closed = false;
  private readonly tag: string;
  /** Files derived at the end of the run (final name → temporary path), renamed on commit. */
  private readonly staged = new Map<string, string>();

  constructor(readonly outDir: string) {
    mkdirSync(outDir, { recursive: true });
    removeStaleTemporaries(outDir);
    const tag = `${process.pid}-${Date.now()}`;
    this.tag = tag;
    this.files = {} as Record<FileKey, BufferedFile>;
    for (const k of FILE_KEYS)
      this.files[k] = new BufferedFile(join(outDir, `${TMP_PREFIX}${tag}-${OUTPUT_FILES[k]}`));
    for (const t of TABLE_NAMES) this.files[t].write(csvHeader(t));
  }

  addDocument(doc: SerializedDoc): void {
    // Piece by piece: a long document's deflated chunks are inflated one at a time (bytes.ts).
    for (const [part, piece] of partPieces(doc.bytes))
      this.files[part === 0 ? 'records' : TABLE_NAMES[part - 1]!].writeBytes([piece]);
    this.files.records.writeBytes([NEWLINE]);
    this.counts.records++;
    for (const t of COUNTED) this.counts[t] += doc.counts[t];
  }

  addError(error: ErrorRecord): void {
    this.files.errors.write(`${serializeError(error)}\n`);
    this.counts.errors++;
  }

  /** The records written so far, flushed to their temporary file: its path, to be read back. */
  writtenRecords(): string {
    this.files.records.flush();
    return this.files.records.tmpPath;
  }

  /** A temporary path for a file derived at the end of the run; renamed into place on commit. */
  stage(name: string): string {
    const tmp = join(this.outDir, `${TMP_PREFIX}${this.tag}-${name}`);
    this.staged.set(name, tmp);
    return tmp;
  }

  /** Closes and renames every file into place; then writes run.json (also via a temporary). */
  commit(runInfo: unknown): void {
    this.closeAll();
    for (const k of FILE_KEYS) renameSync(this.files[k].tmpPath, join(this.outDir, OUTPUT_FILES[k]));
    for (const [name, tmp] of this.staged) renameSync(tmp, join(this.outDir, name));
    writeJsonAtomic(join(this.outDir, 'run.json'), runInfo);
  }

  /** Drops the temporaries; the previous run's files stay as they were. */
  abort(): void {
    if (!this.closed) {
      try {
        this.closeAll();
      } catch {
        // closing is best effort on the way out
      }
    }
    for (const k of FILE_KEYS) rmSync(this.files[k].tmpPath, { force: true });
    for (const tmp of this.staged.values()) rmSync(tmp, { force: true });
  }

  private closeAll(): void {
    if (this.closed) return;
    this.closed = true;
    for (const k of FILE_KEYS) this.files[k].close();
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = join(dirname(path), `${TMP_PREFIX}${process.pid}-${basename(path)}`);
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}
