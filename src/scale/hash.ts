// Shard membership by content hash: small and import-free, because every worker thread loads it.
import { createHash } from 'node:crypto';

export interface ShardSpec {
  /** 0-based: the array-job indices of Kubernetes, Slurm and AWS Batch all start at 0. */
  index: number;
  count: number;
}

/** Shard of a sha256 (hex): the first 52 bits as a number, modulo the count. Uniform and stable. */
export function shardOfHash(sha256Hex: string, count: number): number {
  return Number.parseInt(sha256Hex.slice(0, 13), 16) % count;
}

/** Problems with no content to hash (an unreadable file) belong to the shard of their source's name. */
export function shardOfSource(source: string, count: number): number {
  return shardOfHash(createHash('sha256').update(source).digest('hex'), count);
}

export function ownsHash(spec: ShardSpec | null | undefined, sha256Hex: string): boolean {
  return !spec || shardOfHash(sha256Hex, spec.count) === spec.index;
}

export function ownsSource(spec: ShardSpec | null | undefined, source: string): boolean {
  return !spec || shardOfSource(source, spec.count) === spec.index;
}

/** Sort key of the n-th document of a listing: fixed width, so keys compare as strings. */
export function orderKey(seq: number): string {
  return String(seq).padStart(12, '0');
}
