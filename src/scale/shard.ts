// Which shard a document belongs to. A document's shard is a function of its content hash alone, so
// the split is the same whatever the order, number or location of the input files, and every shard
// run can list all inputs and keep only its own documents without talking to the others.
import { UsageError } from '../io/run.js';
import type { ShardSpec } from './hash.js';

export type { ShardSpec } from './hash.js';

function wholeNumber(value: string, what: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${what} must be a whole number, not "${value}"`);
  return Number(value.trim());
}

function checked(index: number, count: number, from: string): ShardSpec {
  if (count < 1) throw new UsageError(`the number of shards must be at least 1 (${from})`);
  if (index >= count)
    throw new UsageError(`shard index ${index} is out of range: shards are 0 to ${count - 1} (${from})`);
  return { index, count };
}

/** `--shard K/N`, K from 0 to N-1. */
export function parseShard(value: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) throw new UsageError(`--shard takes K/N, e.g. 0/4 (shards are numbered from 0), not "${value}"`);
  return checked(Number(m[1]), Number(m[2]), `--shard ${value}`);
}

/** The array-job variables khabar reads for `--shards N`, in the order they are tried. */
export const ARRAY_JOB_VARIABLES = [
  'JOB_COMPLETION_INDEX',
  'SLURM_ARRAY_TASK_ID',
  'AWS_BATCH_JOB_ARRAY_INDEX',
] as const;

/** `--shards N`: the index comes from the array-job engine's environment. */
export function shardFromEnvironment(count: number, env: NodeJS.ProcessEnv = process.env): ShardSpec {
  const k8s = env.JOB_COMPLETION_INDEX;
  if (k8s !== undefined && k8s !== '')
    return checked(wholeNumber(k8s, 'JOB_COMPLETION_INDEX'), count, 'JOB_COMPLETION_INDEX');
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && slurm !== '') {
    const id = wholeNumber(slurm, 'SLURM_ARRAY_TASK_ID');
    const slurmCount = env.SLURM_ARRAY_TASK_COUNT;
    if (slurmCount !== undefined && slurmCount !== '') {
      const n = wholeNumber(slurmCount, 'SLURM_ARRAY_TASK_COUNT');
      if (n !== count)
        throw new UsageError(`--shards ${count} but the Slurm array has ${n} tasks (SLURM_ARRAY_TASK_COUNT)`);
    }
    // `--array=1-4` is as common as `--array=0-3`: count from the array's first index when Slurm says it.
    const min = env.SLURM_ARRAY_TASK_MIN ? wholeNumber(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN') : 0;
    if (id < min) throw new UsageError(`SLURM_ARRAY_TASK_ID ${id} is below SLURM_ARRAY_TASK_MIN ${min}`);
    return checked(id - min, count, 'SLURM_ARRAY_TASK_ID');
  }
  const aws = env.AWS_BATCH_JOB_ARRAY_INDEX;
  if (aws !== undefined && aws !== '')
    return checked(wholeNumber(aws, 'AWS_BATCH_JOB_ARRAY_INDEX'), count, 'AWS_BATCH_JOB_ARRAY_INDEX');
  throw new UsageError(
    `--shards ${count} needs the shard index from an array job, but none of ${ARRAY_JOB_VARIABLES.join(', ')} is set; use --shard K/${count} to give it yourself`,
  );
}
