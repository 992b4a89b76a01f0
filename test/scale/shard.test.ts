// Shard membership and the array-job environment: pure functions, no processes.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputUnreadableError, UsageError } from '../../src/io/run.js';
import { ownsHash, shardOfHash } from '../../src/scale/hash.js';
import { runEnqueue } from '../../src/scale/queue.js';
import { parseShard, shardFromEnvironment } from '../../src/scale/shard.js';
import { denyFolders } from '../io/helpers/denied.js';

const hex = (n: number) => n.toString(16).padStart(64, '0');

describe('--shard K/N', () => {
  it('parses 0-based indices and refuses what is out of range or malformed', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
    for (const bad of ['4/4', '1/0', '-1/4', 'a/4', '1', '1/2/3', ''])
      expect(() => parseShard(bad), bad).toThrow(UsageError);
  });

  it('puts every hash in exactly one shard, spread evenly, whatever else is listed', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5000; i++) {
      const sha = createHash('sha256').update(`doc-${i}`).digest('hex');
      const owners = [0, 1, 2, 3, 4].filter((k) => ownsHash({ index: k, count: 5 }, sha));
      expect(owners).toHaveLength(1);
      counts[owners[0]!]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(shardOfHash(hex(7), 4)).toBe(shardOfHash(hex(7), 4));
    expect(ownsHash(null, hex(1))).toBe(true);
  });
});

describe('--shards N from the array-job environment', () => {
  it('reads Kubernetes, Slurm and AWS Batch indices', () => {
    expect(shardFromEnvironment(4, { JOB_COMPLETION_INDEX: '2' })).toEqual({ index: 2, count: 4 });
    expect(shardFromEnvironment(4, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({
      index: 3,
      count: 4,
    });
    expect(shardFromEnvironment(4, { AWS_BATCH_JOB_ARRAY_INDEX: '0' })).toEqual({ index: 0, count: 4 });
  });

  it('counts a Slurm array from its first index (--array=1-4)', () => {
    expect(
      shardFromEnvironment(4, {
        SLURM_ARRAY_TASK_ID: '4',
        SLURM_ARRAY_TASK_MIN: '1',
        SLURM_ARRAY_TASK_COUNT: '4',
      }),
    ).toEqual({ index: 3, count: 4 });
  });

  it('is a usage error when no variable is set, an index is out of range, or Slurm disagrees on N', () => {
    expect(() => shardFromEnvironment(4, {})).toThrow(/none of JOB_COMPLETION_INDEX/);
    expect(() => shardFromEnvironment(4, { JOB_COMPLETION_INDEX: '4' })).toThrow(UsageError);
    expect(() => shardFromEnvironment(4, { JOB_COMPLETION_INDEX: 'x' })).toThrow(UsageError);
    expect(() => shardFromEnvironment(4, { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3' })).toThrow(
      /Slurm array has 3 tasks/,
    );
  });
});

describe('khabar enqueue: an unreadable input folder', () => {
  it('is InputUnreadableError before any connection to Redis (exit 4 in the CLI)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-enqueue-'));
    writeFileSync(join(dir, 'a.txt'), 'متن');
    // Port 1: nothing listens there, so reaching Redis would fail differently.
    const run = runEnqueue({ inputs: [dir], redis: 'redis://127.0.0.1:1', listFs: denyFolders(dir) });
    await expect(run).rejects.toThrow(InputUnreadableError);
  });
});
