#!/bin/bash
# khabar over a Slurm job array: one task per shard, then a merge that runs when every task succeeded.
#   sbatch deploy/slurm.sh /shared/archive /shared/out
# /shared must be visible from every node (NFS, Lustre, …); khabar must be installed there or on
# every node (KHABAR below). SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT tell each task its shard.
#SBATCH --job-name=khabar
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=12:00:00
#SBATCH --output=khabar-%A_%a.log
set -euo pipefail
ARCHIVE=${1:?usage: sbatch deploy/slurm.sh ARCHIVE OUT}
OUT=${2:?usage: sbatch deploy/slurm.sh ARCHIVE OUT}
KHABAR=${KHABAR:-khabar}

if [ -z "${KHABAR_MERGE:-}" ]; then
  $KHABAR extract "$ARCHIVE" --out "$OUT/shard-$SLURM_ARRAY_TASK_ID" --shards "$SLURM_ARRAY_TASK_COUNT" \
    --jobs "$SLURM_CPUS_PER_TASK" --no-report
  # The first task queues the merge, to start once the whole array has succeeded.
  if [ "$SLURM_ARRAY_TASK_ID" = "$SLURM_ARRAY_TASK_MIN" ]; then
    sbatch --dependency="afterok:$SLURM_ARRAY_JOB_ID" --array=0 --export=ALL,KHABAR_MERGE=1 "$0" "$ARCHIVE" "$OUT"
  fi
else
  $KHABAR merge "$OUT/merged" "$OUT"/shard-*
fi
