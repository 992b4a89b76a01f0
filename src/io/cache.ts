// The incremental cache: one small gzip file per document result, keyed by everything the result
// depends on — the input's bytes (sha256), where it sits (source: it is part of the record), the rules
// (their hash), khabar's version and a fingerprint of the code itself (so a rebuilt khabar with the
// same version number does not serve stale records). Entries are written to a temporary and renamed,
// so a run killed mid-write leaves no torn entry; an unreadable entry is a miss.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ErrorRecord } from '../records/schema.js';
import { plainChunks } from '../write/bytes.js';
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

// An entry is gzip of one JSON line (the key, the error, the document's ids, counts and part sizes)
// followed by the document's bytes as they are: a long document's record is not re-encoded as a JSON
// string inside JSON, and comes back as bytes ready for the output files.
interface Header {
  key?: string;
  out?: (Omit<SerializedDoc, 'bytes'> & { parts: number[] }) | null;
  error?: ErrorRecord | null;
}

export function readCache(dir: string, key: string): DocResult | null {
  let raw: Buffer;
  try {
    raw = readFileSync(entryPath(dir, key));
  } catch {
    return null;
  }
  try {
    const all = gunzipSync(raw);
    const nl = all.indexOf(0x0a);
    if (nl < 0) return null;
    const v = JSON.parse(all.subarray(0, nl).toString('utf8')) as Header;
    if (v.key !== key || v.out === undefined || v.error === undefined) return null;
    if (v.out === null) return { out: null, error: v.error };
    const { docId, source, counts, parts } = v.out;
    const size = all.length - nl - 1;
    if (
      typeof docId !== 'string' ||
      typeof source !== 'string' ||
      typeof counts !== 'object' ||
      !Array.isArray(parts) ||
      parts.reduce((a, b) => a + b, 0) !== size
    )
      return null;
    // The result's bytes are transferred to the main thread: they need a buffer of their own (a
    // small result may sit in Node's shared pool).
    const own = all.byteOffset === 0 && all.buffer.byteLength === all.length;
    const chunk = own ? new Uint8Array(all.buffer, nl + 1, size) : new Uint8Array(all.subarray(nl + 1));
    return { out: { docId, source, counts, bytes: { chunks: [chunk], parts } }, error: v.error };
  } catch {
    return null;
  }
}

export function writeCache(dir: string, key: string, result: DocResult): void {
  const path = entryPath(dir, key);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const { out, error } = result;
  const header: Header = {
    key,
    out: out && { docId: out.docId, source: out.source, counts: out.counts, parts: out.bytes.parts },
    error,
  };
  // gzip level 1: a fifth of the size (Persian JSON and CSV repeat a lot) for ~0.1 ms per document.
  // A long document's chunks are compressed one by one, as gzip members one after the other (which
  // gunzip reads as one stream), so no second copy of its bytes is made.
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, gzipSync(`${JSON.stringify(header)}\n`, { level: 1 }));
    if (out) for (const chunk of plainChunks(out.bytes)) writeSync(fd, gzipSync(chunk, { level: 1 }));
  } finally {
    closeSync(fd);
  }
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
