// The compiled gazetteer on disk, one file per content hash. The key covers the bytes of every rule
// file the snapshot is derived from and the code that derives it, so an edited rule file or a new
// build simply misses and compiles again; a stale snapshot is never read. The cache is an
// optimisation only: an unreadable, corrupt or unwritable cache falls back to compiling in memory.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
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
import { GAZETTEER_FORMAT, type GazetteerSnapshot } from '../recognize/gazetteer.js';

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

/** The cache key of the snapshot derived from `inputs` (file name and bytes, in a fixed order). */
export function snapshotKey(inputs: readonly [string, Uint8Array][]): string {
  const h = createHash('sha256').update(
    `khabar-gazetteer/${GAZETTEER_FORMAT}\0${runningCodeFingerprint()}\0`,
  );
  for (const [name, bytes] of inputs) h.update(name).update('\0').update(bytes).update('\0');
  return h.digest('hex');
}

/** What a cache file holds: the compiled gazetteer and the small rule files as zod validated them. */
export interface CachedRules {
  gazetteer: GazetteerSnapshot;
  rules: unknown;
}

export function readSnapshot(dir: string | null, key: string): CachedRules | null {
  if (!dir) return null;
  try {
    const path = join(dir, `${PREFIX}${key}.json`);
    const s = JSON.parse(readFileSync(path, 'utf8')) as GazetteerSnapshot & { key?: string; rules?: unknown };
    if (s.format !== GAZETTEER_FORMAT || s.key !== key || typeof s.rules !== 'object' || s.rules === null)
      return null;
    const rules = s.rules;
    delete s.key;
    delete s.rules;
    // Used now: the most recently used are the ones kept.
    const now = new Date();
    utimesSync(path, now, now);
    return { gazetteer: s, rules };
  } catch {
    return null;
  }
}

/** Writes atomically (a reader sees the whole file or none), then keeps only the newest KEEP. */
export function writeSnapshot(
  dir: string | null,
  key: string,
  snapshot: GazetteerSnapshot,
  rules: unknown,
): void {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${PREFIX}${key}.json`);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ...snapshot, rules, key }));
    renameSync(tmp, path);
    const old = readdirSync(dir)
      .filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'))
      .map((n) => ({ n, t: statSync(join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { n } of old) unlinkSync(join(dir, n));
  } catch {
    // A read-only or full disk only costs the next process the compilation.
  }
}
