// The compiled gazetteer on disk (packed: recognize/gazetteer-pack.ts), one file per content hash. The key covers the bytes of every rule
// file the snapshot is derived from and the code that derives it, so an edited rule file or a new
// build simply misses and compiles again; a stale snapshot is never read. The cache is an
// optimisation only: an unreadable, corrupt or unwritable cache falls back to compiling in memory.
import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../io/cache.js';
import { GAZETTEER_FORMAT } from '../recognize/gazetteer.js';
import { Gazetteer } from '../recognize/gazetteer-pack.js';
import { readPack } from '../recognize/packed.js';

/** Snapshots kept per cache folder, the most recently used (checkouts and rule sets may share it). */
const KEEP = 16;
const PREFIX = 'gazetteer-';

/**
 * KHABAR_RULES_CACHE (a folder, or «off»), else $XDG_CACHE_HOME/khabar, else ~/.cache/khabar.
 * null: no cache.
 */
export function defaultRulesCacheDir(): string | null {
  const env = process.env.KHABAR_RULES_CACHE;
  if (env === 'off') return null;
  if (env) return env;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'khabar');
}

let fingerprint: string | undefined;

/** sha256 of the running code (src/ or dist/src/): the snapshot is what this code derives. */
function runningCodeFingerprint(): string {
  fingerprint ??= codeFingerprint(dirname(dirname(fileURLToPath(import.meta.url))));
  return fingerprint;
}

/**
 * The cache key of the snapshot derived from the rule files `feed` hashes (each file's name and
 * bytes, in a fixed order) into the hash it is given.
 */
export function snapshotKey(feed: (hash: Hash) => void): string {
  const h = createHash('sha256').update(
    `khabar-gazetteer/${GAZETTEER_FORMAT}\0${runningCodeFingerprint()}\0`,
  );
  feed(h);
  return h.digest('hex');
}

/** What a cache file holds: the packed gazetteer and, in its head, the small rule files as zod validated them. */
export interface CachedRules {
  gazetteer: Gazetteer;
  rules: unknown;
}

const fileOf = (dir: string, key: string) => join(dir, `${PREFIX}${key}.bin`);

/** A snapshot file's bytes in memory that threads share (a run's main thread and its workers). */
export interface SharedSnapshot {
  key: string;
  bytes: SharedArrayBuffer;
}

let shared: SharedSnapshot | null = null;

/**
 * readSnapshot answers `snapshot.key` from these bytes instead of reading the file (null: from the
 * file again). A run reads the snapshot once into shared memory and hands it to its workers: the
 * 7.5 MB pack is then in memory once, not once per worker (and once more on the main thread).
 */
export function useSharedSnapshot(snapshot: SharedSnapshot | null): void {
  shared = snapshot;
}

/** The snapshot of `key` read into shared memory; null when there is none (or it is unreadable). */
export function readSharedSnapshot(dir: string | null, key: string): SharedSnapshot | null {
  if (!dir) return null;
  try {
    const path = fileOf(dir, key);
    const fd = openSync(path, 'r');
    try {
      const bytes = new SharedArrayBuffer(fstatSync(fd).size);
      const view = new Uint8Array(bytes);
      for (let at = 0; at < view.length; ) {
        const n = readSync(fd, view, at, view.length - at, at);
        if (n === 0) return null;
        at += n;
      }
      readPack(Buffer.from(bytes));
      touch(path);
      return { key, bytes };
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

export function readSnapshot(dir: string | null, key: string): CachedRules | null {
  if (!dir) return null;
  try {
    const path = fileOf(dir, key);
    const pack = readPack(shared?.key === key ? Buffer.from(shared.bytes) : readFileSync(path));
    const gazetteer = new Gazetteer(pack);
    const { key: k, rules } = pack.head;
    if (gazetteer.format !== GAZETTEER_FORMAT || k !== key || typeof rules !== 'object' || rules === null)
      return null;
    touch(path);
    return { gazetteer, rules };
  } catch {
    return null;
  }
}

/** Used now: the most recently used snapshots are the ones kept. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // best effort: a read-only cache keeps its order
  }
}

/** Writes atomically (a reader sees the whole file or none), then keeps only the newest KEEP. */
export function writeSnapshot(dir: string | null, key: string, packed: Uint8Array): void {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const path = fileOf(dir, key);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, packed);
    renameSync(tmp, path);
    const old = readdirSync(dir)
      .filter((n) => n.startsWith(PREFIX) && (n.endsWith('.bin') || n.endsWith('.json')))
      .map((n) => ({ n, t: statSync(join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { n } of old) unlinkSync(join(dir, n));
  } catch {
    // A read-only or full disk only costs the next process the compilation.
  }
}
