// Beyond one machine: `khabar merge` (shard folders or queue parts → one output folder), `khabar enqueue`
// and `khabar worker` (continuous feeds on BullMQ/Redis). Exit codes as everywhere: 0 done, 1 some
// documents failed, 2 usage error (a bad option, an unreachable Redis, shards that do not fit), 4 an
// unreadable input.
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { InputUnreadableError, UsageError } from '../io/run.js';
import { writeReport } from '../write/report/index.js';
import { EXIT } from './exit.js';
import { createSourceLoader } from './report.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function usageErrors(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputUnreadableError) {
      process.stderr.write(`khabar: ${err.message}\n`);
      process.exitCode = err instanceof UsageError ? EXIT.usage : EXIT.inputUnreadable;
      return;
    }
    throw err;
  }
}

/** report.html of a merged folder: texts are read from the inputs the shards or batches recorded. */
async function mergedReport(outDir: string, sources: { inputs: string[]; cwd: string }[]): Promise<void> {
  const loaders = await Promise.all(sources.map((s) => createSourceLoader(s.inputs, s.cwd)));
  try {
    await writeReport(outDir, {
      loadText: async (source) => {
        for (const l of loaders) {
          const t = await l.loadText(source);
          if (t !== null) return t;
        }
        return null;
      },
    });
  } finally {
    for (const l of loaders) await l.close();
  }
}

export function register(program: Command): void {
  program
    .command('merge')
    .description('combine shard folders (extract --shard) or queue worker folders into one output folder')
    .argument('<out>', 'the merged output folder')
    .argument('<from...>', 'shard folders of one run, or folders `khabar worker` wrote to')
    .option('--no-report', 'skip report.html')
    .addHelpText(
      'after',
      '\nExamples:\n  khabar merge out shard-0 shard-1 shard-2 shard-3\n  khabar merge out feed-out/\n',
    )
    .action(async (out: string, from: string[], opts: { report: boolean }) => {
      await usageErrors(async () => {
        const { runMerge } = await import('../scale/merge.js');
        const s = await runMerge({ outDir: out, from });
        if (opts.report) await mergedReport(s.outDir, s.sources);
        const c = s.counts;
        process.stderr.write(
          `khabar: merged ${from.length} ${s.kind === 'shards' ? 'shards' : 'worker folders'} → ${c.records} records, ${c.meetings} meetings, ${c.errors} errors → ${s.outDir}\n`,
        );
        process.exitCode = c.errors > 0 ? 1 : 0;
      });
    });

  program
    .command('enqueue')
    .description('add one BullMQ job per document (job id = content hash: a document queued twice runs once)')
    .argument('<inputs...>', 'files, folders or globs, on storage the workers can read')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--queue <name>', 'queue name', 'khabar')
    .addHelpText(
      'after',
      '\nExample:\n  khabar enqueue /data/feeds/2026-12-04 --redis redis://queue.internal:6379\n',
    )
    .action(async (inputs: string[], opts: { redis: string; queue: string }) => {
      await usageErrors(async () => {
        const { runEnqueue } = await import('../scale/queue.js');
        const s = await runEnqueue({ inputs, redis: opts.redis, queue: opts.queue });
        process.stderr.write(
          `khabar: batch ${s.batch}: ${s.documents} documents, ${s.duplicates} already queued → ${opts.queue}\n`,
        );
      });
    });

  program
    .command('worker')
    .description(
      'process queued documents, appending results to part files in DIR (merge them with khabar merge)',
    )
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .requiredOption('-o, --out <dir>', 'folder for this worker’s part file (may be shared by many workers)')
    .option('--queue <name>', 'queue name', 'khabar')
    .option(
      '-j, --jobs <n>',
      'documents processed at once (worker threads; default: number of cores)',
      positiveInt,
    )
    .option('--timeout-ms <n>', 'per-document time limit in ms', positiveInt, 30_000)
    .option(
      '--lock-ms <n>',
      'job lock: a killed worker’s job goes to another after this long',
      positiveInt,
      30_000,
    )
    .option('--until-empty', 'stop once nothing is waiting or running (default: run until SIGTERM)')
    .addHelpText(
      'after',
      '\nExample:\n  khabar worker --redis redis://queue.internal:6379 --out /data/khabar-feed --until-empty\n',
    )
    .action(
      async (opts: {
        redis: string;
        out: string;
        queue: string;
        jobs?: number;
        timeoutMs: number;
        lockMs: number;
        untilEmpty?: boolean;
      }) => {
        await usageErrors(async () => {
          const { runWorker } = await import('../scale/queue.js');
          const controller = new AbortController();
          const stop = () => controller.abort();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
          try {
            const s = await runWorker({
              redis: opts.redis,
              outDir: opts.out,
              queue: opts.queue,
              jobs: opts.jobs ?? availableParallelism(),
              timeoutMs: opts.timeoutMs,
              lockMs: opts.lockMs,
              untilEmpty: opts.untilEmpty === true,
              signal: controller.signal,
            });
            process.stderr.write(
              `khabar: worker stopped after ${s.jobs} jobs (${s.failed} failed for good)\n`,
            );
          } finally {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
          }
        });
      },
    );
}
