// A shard's order keys: for each line of records.jsonl and errors.jsonl, the position of its document
// in the full listing of the run's inputs. `khabar merge` interleaves shards by these keys, which is
// what makes the merged files byte-identical to a single run over all the inputs.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const SHARD_DIR = 'shard';
export const SHARD_FILES = {
  manifest: 'manifest.json',
  records: 'records.keys',
  errors: 'errors.keys',
} as const;

const FLUSH_AT = 1 << 16;

/** Appends one key per line to a temporary, renamed into place on commit. */
class KeyFile {
  private fd: number;
  private buf = '';
  constructor(
    readonly tmp: string,
    readonly final: string,
  ) {
    this.fd = openSync(tmp, 'w');
  }
  add(key: string): void {
    this.buf += `${key}\n`;
    if (this.buf.length >= FLUSH_AT) this.flush();
  }
  private flush(): void {
    if (this.buf) writeSync(this.fd, this.buf);
    this.buf = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export interface ShardManifest {
  format: 'khabar-shard/1';
  version: string;
  rulesHash: string;
  shard: { index: number; count: number } | null;
  /** The inputs as given, and the folder they are relative to (texts for the report are read from there). */
  inputs: string[];
  cwd: string;
  unmatchedInputs: string[];
  duplicateSources: string[];
  /** Documents in the whole listing (all shards): merge checks that the shards saw the same listing. */
  listed: number;
}

export class ShardKeyLog {
  private records: KeyFile;
  private errors: KeyFile;
  private readonly dir: string;
  constructor(outDir: string) {
    this.dir = join(outDir, SHARD_DIR);
    mkdirSync(this.dir, { recursive: true });
    const tag = `.khabar-tmp-${process.pid}-`;
    this.records = new KeyFile(
      join(this.dir, tag + SHARD_FILES.records),
      join(this.dir, SHARD_FILES.records),
    );
    this.errors = new KeyFile(join(this.dir, tag + SHARD_FILES.errors), join(this.dir, SHARD_FILES.errors));
  }
  record(key: string): void {
    this.records.add(key);
  }
  error(key: string): void {
    this.errors.add(key);
  }
  commit(manifest: ShardManifest): void {
    for (const f of [this.records, this.errors]) {
      f.close();
      renameSync(f.tmp, f.final);
    }
    const tmp = join(this.dir, `.khabar-tmp-${process.pid}-${SHARD_FILES.manifest}`);
    writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(tmp, join(this.dir, SHARD_FILES.manifest));
  }
  abort(): void {
    for (const f of [this.records, this.errors]) {
      try {
        f.close();
      } catch {
        // best effort on the way out
      }
      rmSync(f.tmp, { force: true });
    }
  }
}
