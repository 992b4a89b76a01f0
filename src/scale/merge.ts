// `khabar merge`: shard folders (from `extract --shard`) or queue workers' part files → one output
// folder, byte-identical to a single run over the same inputs. Each shard's lines carry an order key
// (the document's position in the listing); merging is a k-way merge by that key, streaming, so memory
// does not grow with the archive. Part files of queue workers are unsorted: they are indexed
// (key, file, offset) and read back in key order. A key seen twice (a job retried after its worker
// died mid-write) is kept once: the same document gives the same bytes.
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { duplicateIdError, readDuplicateMessage, UsageError } from '../io/run.js';
import { type DocumentRecord, type ErrorRecord, SCHEMA_VERSION } from '../records/schema.js';
import { version } from '../version.js';
import { bundledDirectory, type RunDeriver, writerDeriver } from '../write/derive.js';
import { OUTPUT_FILES, OutputWriter } from '../write/output.js';
import { recordLine, serializeRecord } from '../write/serialize.js';
import { SHARD_DIR, SHARD_FILES, type ShardManifest } from './keys.js';
import { type BatchManifest, listParts, readBatches, type WorkerManifest } from './parts.js';

export interface Entry {
  key: string;
  line: string;
  /** Index of the stream the entry came from (set by mergeSorted). */
  from?: number;
}

type Stream = AsyncIterator<Entry>;

async function* zipKeys(dataPath: string, keysPath: string): AsyncGenerator<Entry> {
  const data = createInterface({ input: createReadStream(dataPath), crlfDelay: Number.POSITIVE_INFINITY });
  const keys = createInterface({ input: createReadStream(keysPath), crlfDelay: Number.POSITIVE_INFINITY });
  const k = keys[Symbol.asyncIterator]();
  let n = 0;
  for await (const line of data) {
    n++;
    const key = await k.next();
    if (key.done) throw new UsageError(`${keysPath} has fewer keys than ${dataPath} has lines (${n})`);
    yield { key: key.value, line };
  }
  if (!(await k.next()).done) throw new UsageError(`${keysPath} has more keys than ${dataPath} has lines`);
}

/** Merges streams already sorted by key; equal keys are kept once (the first stream's line). */
export async function* mergeSorted(streams: Stream[]): AsyncGenerator<Entry> {
  const heads: (Entry | null)[] = [];
  for (const s of streams) {
    const r = await s.next();
    heads.push(r.done ? null : r.value);
  }
  let last: string | null = null;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (best < 0 || h.key < heads[best]!.key)) best = i;
    }
    if (best < 0) return;
    const entry = heads[best]!;
    const r = await streams[best]!.next();
    if (!r.done && r.value.key < entry.key)
      throw new UsageError(`shard lines out of order at key ${r.value.key}: was the shard folder edited?`);
    heads[best] = r.done ? null : r.value;
    if (entry.key === last) continue;
    last = entry.key;
    yield { ...entry, from: best };
  }
}

interface ShardFolder {
  dir: string;
  manifest: ShardManifest;
  counts: { cached?: number };
}

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new UsageError(`${what}: cannot read ${path}: ${(err as Error).message}`);
  }
}

function checkShards(shards: ShardFolder[]): void {
  const first = shards[0]!.manifest;
  for (const s of shards) {
    const m = s.manifest;
    const differs = (field: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b))
        throw new UsageError(
          `${s.dir} was made with a different ${field} than ${shards[0]!.dir}; shards of one run must share it`,
        );
    };
    differs('khabar version', m.version, first.version);
    differs('rules (rules hash)', m.rulesHash, first.rulesHash);
    differs('list of inputs', [m.inputs, m.cwd], [first.inputs, first.cwd]);
    differs('listing (number of documents)', m.listed, first.listed);
    differs('number of shards', m.shard?.count, first.shard?.count);
  }
  const count = first.shard?.count ?? 1;
  const seen = new Map<number, string>();
  for (const s of shards) {
    const i = s.manifest.shard?.index ?? 0;
    const other = seen.get(i);
    if (other) throw new UsageError(`${other} and ${s.dir} are both shard ${i}/${count}`);
    seen.set(i, s.dir);
  }
  const missing = [...Array(count).keys()].filter((i) => !seen.has(i));
  if (missing.length)
    throw new UsageError(
      `shards ${missing.map((i) => `${i}/${count}`).join(', ')} are missing: a merge needs all ${count}`,
    );
}

/** One shard folder's manifest and counts, or null when `dir` is not a shard folder. */
function readShardFolder(dir: string): ShardFolder | null {
  const path = join(dir, SHARD_DIR, SHARD_FILES.manifest);
  if (!existsSync(path)) return null;
  const manifest = readJson<ShardManifest>(path, 'shard manifest');
  if (manifest.format !== 'khabar-shard/1')
    throw new UsageError(`${path}: unknown format ${String(manifest.format)}`);
  const run = existsSync(join(dir, 'run.json'))
    ? readJson<{ counts?: { cached?: number } }>(join(dir, 'run.json'), 'run.json')
    : {};
  return { dir, manifest, counts: run.counts ?? {} };
}

/** Lines of unsorted part files, read back in key order by offset: only the index is held. */
async function* sortedParts(files: string[], kind: 'r' | 'e'): AsyncGenerator<Entry> {
  const index: { key: string; file: number; start: number; length: number }[] = [];
  for (let f = 0; f < files.length; f++) {
    for (const e of indexPartFile(files[f]!, kind)) index.push({ ...e, file: f });
  }
  index.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.file - b.file || a.start - b.start));
  const fds = files.map((f) => openSync(f, 'r'));
  try {
    for (const e of index) {
      const buf = Buffer.alloc(e.length);
      readSync(fds[e.file]!, buf, 0, e.length, e.start);
      yield { key: e.key, line: buf.toString('utf8') };
    }
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/**
 * The complete lines `KEY \t KIND \t JSON` of a part file. A last line without its newline is a write
 * cut short by a killed worker: its job was not acknowledged, so another worker wrote it again.
 */
function* indexPartFile(
  path: string,
  kind: 'r' | 'e',
): Generator<{ key: string; start: number; length: number }> {
  const bytes = readFileSync(path);
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) return;
    const t1 = bytes.indexOf(0x09, start);
    const t2 = t1 < 0 ? -1 : bytes.indexOf(0x09, t1 + 1);
    if (t1 < 0 || t2 < 0 || t2 > nl) throw new UsageError(`${path}: malformed line at byte ${start}`);
    if (t2 === t1 + 2 && bytes[t1 + 1] === kind.charCodeAt(0))
      yield { key: bytes.toString('utf8', start, t1), start: t2 + 1, length: nl - t2 - 1 };
    start = nl + 1;
  }
}

export interface MergeOptions {
  outDir: string;
  /** Shard folders of `extract --shard`, or folders of `khabar worker` parts. */
  from: string[];
  cwd?: string;
}

export interface MergeSummary {
  outDir: string;
  counts: OutputWriter['counts'] & { documents: number };
  /** The inputs and the folder they are relative to, for the report's texts. */
  sources: { inputs: string[]; cwd: string }[];
  kind: 'shards' | 'queue';
}

interface Plan {
  kind: 'shards' | 'queue';
  records: Stream[];
  errors: Stream[];
  rulesHash: string;
  sources: { inputs: string[]; cwd: string }[];
  runInfo: Record<string, unknown>;
  batches?: string[];
}

function planShards(shards: ShardFolder[]): Plan {
  checkShards(shards);
  const m = shards[0]!.manifest;
  return {
    kind: 'shards',
    records: shards.map((s) =>
      zipKeys(join(s.dir, OUTPUT_FILES.records), join(s.dir, SHARD_DIR, SHARD_FILES.records)),
    ),
    errors: shards.map((s) =>
      zipKeys(join(s.dir, OUTPUT_FILES.errors), join(s.dir, SHARD_DIR, SHARD_FILES.errors)),
    ),
    rulesHash: m.rulesHash,
    sources: [{ inputs: m.inputs, cwd: m.cwd }],
    runInfo: {
      inputs: m.inputs,
      unmatchedInputs: m.unmatchedInputs,
      duplicateSources: m.duplicateSources,
      cached: shards.reduce((n, s) => n + (s.counts.cached ?? 0), 0),
    },
  };
}

function planQueue(dirs: string[]): Plan {
  const parts = dirs.flatMap((d) => listParts(d));
  if (!parts.length) throw new UsageError(`no shard folders or worker parts in ${dirs.join(', ')}`);
  const workers = parts.map((p) => readJson<WorkerManifest>(p.manifest, 'worker manifest'));
  const hashes = new Set(workers.map((w) => `${w.version} ${w.rulesHash}`));
  if (hashes.size > 1)
    throw new UsageError(
      `workers ran different khabar versions or rules (${[...hashes].join('; ')}); merge them separately`,
    );
  const batches: BatchManifest[] = readBatches(dirs);
  const files = parts.map((p) => p.data);
  return {
    kind: 'queue',
    records: [sortedParts(files, 'r')],
    errors: [sortedParts(files, 'e')],
    rulesHash: workers[0]!.rulesHash,
    sources: batches.map((b) => ({ inputs: b.inputs, cwd: b.cwd })),
    runInfo: {
      inputs: batches.flatMap((b) => b.inputs),
      unmatchedInputs: batches.flatMap((b) => b.unmatchedInputs),
      duplicateSources: batches.flatMap((b) => b.duplicateSources),
      cached: 0,
    },
    batches: batches.map((b) => b.id),
  };
}

function plan(from: string[]): Plan {
  const shards: ShardFolder[] = [];
  const others: string[] = [];
  for (const dir of from) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
    const s = readShardFolder(dir);
    if (s) shards.push(s);
    else others.push(dir);
  }
  if (shards.length && others.length)
    throw new UsageError(
      `${others[0]} is not a shard folder (no ${SHARD_DIR}/${SHARD_FILES.manifest}); shards and queue parts merge separately`,
    );
  return shards.length ? planShards(shards) : planQueue(others);
}

/** The line a record of a .jsonl line came from: its source is `file.jsonl#N`. */
function jsonlLineOf(source: string): number | undefined {
  const m = /\.jsonl#(\d+)$/i.exec(source);
  return m ? Number(m[1]) : undefined;
}

/** The file of a source: a .jsonl line's source is its file's, then `#` and the line or id. */
function fileOf(source: string): string {
  const at = source.toLowerCase().indexOf('.jsonl#');
  return at < 0 ? source : source.slice(0, at + '.jsonl'.length);
}

async function* entriesOf(entries: Entry[]): AsyncGenerator<Entry> {
  yield* entries;
}

function sourceOf(line: string): string {
  const m = /"source":"((?:[^"\\]|\\.)*)"/.exec(line);
  return m ? (JSON.parse(`"${m[1]}"`) as string) : '?';
}

export async function runMerge(opts: MergeOptions): Promise<MergeSummary> {
  const cwd = opts.cwd ?? process.cwd();
  const outDir = resolve(cwd, opts.outDir);
  const from = opts.from.map((d) => resolve(cwd, d));
  if (from.includes(outDir)) throw new UsageError('the merged folder cannot be one of the folders merged');
  const t0 = performance.now();
  const p = plan(from);
  const writer = new OutputWriter(outDir);
  let deriver: RunDeriver | null = null;
  let documents = 0;
  try {
    const derive = writerDeriver(writer);
    deriver = derive;
    // docIds are unique across the merged run as in one run. A shard sees only its own documents
    // (shards split by content, so only documents that differ can share a docId across shards): a
    // later document with a docId already written becomes the run's `duplicate-id` error, at its
    // place in the key order, naming the first document.
    const firstOf = new Map<string, { source: string; from: number }>();
    const duplicates: Entry[] = [];
    for await (const e of mergeSorted(p.records)) {
      const record = JSON.parse(e.line) as { docId: string };
      const source = sourceOf(e.line);
      const first = firstOf.get(record.docId);
      if (first !== undefined) {
        const error = duplicateIdError(source, record.docId, first.source, jsonlLineOf(source));
        duplicates.push({ key: e.key, line: JSON.stringify(error) });
        continue;
      }
      firstOf.set(record.docId, { source, from: e.from! });
      const s = serializeRecord(record, source);
      // Re-serialising must give back the line itself; anything else means the shard was edited or
      // made by another schema, and the merged CSVs would disagree with records.jsonl.
      if (!s.ok || recordLine(s.out) !== e.line)
        throw new UsageError(`record of ${source} does not re-serialise to the same line`);
      writer.addDocument(s.out);
      derive.add(record as DocumentRecord);
      documents++;
    }
    const duplicateSources: string[] = [];
    for await (const e of mergeSorted([...p.errors, entriesOf(duplicates)])) {
      let error = JSON.parse(e.line) as ErrorRecord;
      if (error.code === 'duplicate-id') {
        // A shard names the first document it saw; the run's first may be in another shard.
        const said = readDuplicateMessage(error.message);
        const first = said ? firstOf.get(said.docId) : undefined;
        // A shard's own first is the run's when it came from the same shard; a queue worker's, when it
        // names a line of the same .jsonl file (errors name lines by number, records by id).
        const own =
          p.kind === 'shards'
            ? first?.from === e.from
            : !!said && !!first && fileOf(said.first) === fileOf(first.source);
        if (said && first && !own)
          error = duplicateIdError(error.source, said.docId, first.source, error.line);
        duplicateSources.push(error.source);
      }
      writer.addError(error);
      documents++;
    }
    // Events, organisations, the network and Parquet from the merged records, as extract makes them.
    const derived = derive.finish(bundledDirectory);
    const { cached, ...shardInfo } = p.runInfo;
    const runInfo = { ...shardInfo, duplicateSources };
    const counts = { documents, ...writer.counts, cached };
    writer.commit({
      version,
      schemaVersion: SCHEMA_VERSION,
      rulesHash: p.rulesHash,
      ...runInfo,
      files: [...Object.values(OUTPUT_FILES), ...derived.files],
      counts,
      tables: derived.counts,
      timings: { mergeMs: Math.round(performance.now() - t0) },
      options: { merged: { kind: p.kind, from, ...(p.batches ? { batches: p.batches } : {}) } },
    });
    return { outDir, counts: { documents, ...writer.counts }, sources: p.sources, kind: p.kind };
  } catch (err) {
    deriver?.dispose();
    writer.abort();
    throw err;
  }
}
