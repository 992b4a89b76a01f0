// The incremental cache: one small gzipped JSON file per document result, keyed by everything the result
// depends on — the input's bytes (sha256), where it sits (source: it is part of the record), the rules
// (their hash), khabar's version and a fingerprint of the code itself (so a rebuilt khabar with the
// same version number does not serve stale records). Entries are written to a temporary and renamed,
// so a run killed mid-write leaves no torn entry; an unreadable entry is a miss.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ErrorRecord } from '../records/schema.js';
import type { SerializedDoc } from '../write/serialize.js';

export interface DocResult {
  out: SerializedDoc | null;
  error: ErrorRecord | null;
}

export function cacheKey(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json.gz`);
}

export function readCache(dir: string, key: string): DocResult | null {
  let raw: Buffer;
  try {
    raw = readFileSync(entryPath(dir, key));
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(gunzipSync(raw).toString('utf8')) as {
      key?: string;
      out?: SerializedDoc | null;
      error?: ErrorRecord | null;
    };
    if (v.key !== key || v.out === undefined || v.error === undefined) return null;
    if (
      v.out !== null &&
      (typeof v.out.record !== 'string' || typeof v.out.csv !== 'object' || typeof v.out.docId !== 'string')
    )
      return null;
    return { out: v.out, error: v.error };
  } catch {
    return null;
  }
}

export function writeCache(dir: string, key: string, result: DocResult): void {
  const path = entryPath(dir, key);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  // gzip level 1: a fifth of the size (Persian JSON and CSV repeat a lot) for ~0.1 ms per document.
  writeFileSync(tmp, gzipSync(JSON.stringify({ key, out: result.out, error: result.error }), { level: 1 }));
  renameSync(tmp, path);
}

/** sha256 over the code files under `dir` (sorted by path): the code part of the cache key. */
export function codeFingerprint(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (/\.(?:js|ts|mjs)$/.test(n) && !n.endsWith('.d.ts'))
        h.update(n).update('\0').update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}
