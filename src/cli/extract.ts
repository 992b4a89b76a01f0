// `khabar extract <inputs...> --out DIR`: the product. Data goes to files (and, with --explain, to
// stdout); progress (on a terminal only) and the summary go to stderr. Exit codes: see ./exit.ts.
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { describeFsError, OutputError } from '../io/outdir.js';
import { PoolInitError, RulesInvalidError } from '../io/pool.js';
import {
  AbortedError,
  DEFAULT_TIMEOUT_MS,
  type ExtractSummary,
  InputUnreadableError,
  type Progress,
  runExtract,
  UsageError,
} from '../io/run.js';
import { ALL_TABLES } from '../records/tables.js';
import { parseShard, shardFromEnvironment } from '../scale/shard.js';
import { GRAPH_FILES } from '../write/derive.js';
import { writeReport } from '../write/report/index.js';
import { EXIT, onStdoutClosed, reportOutputError } from './exit.js';

function wrap(names: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 4) lines.push(`  ${names.slice(i, i + 4).join(', ')}`);
  return lines.join('\n');
}

const OUTPUT_HELP = `
Files written to DIR (all atomically, byte-identical for the same input whatever --jobs is):
  records.jsonl, errors.jsonl, run.json, report.html
${wrap(ALL_TABLES.map((t) => `${t}.csv`))}
  the same tables as .parquet (typed: DATE, INT32, DOUBLE, BOOLEAN, LIST)
  ${GRAPH_FILES.join(', ')} (the cooperation network for Gephi, Cytoscape)
Every column is documented in the README (Output → Columns).`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a positive whole number');
  }
  return n;
}

function summaryLine(s: ExtractSummary): string {
  const c = s.counts;
  const secs = (s.timings.totalMs / 1000).toFixed(1);
  return (
    `khabar: ${c.documents} documents → ${c.records} records, ${c.meetings} meetings, ${c.attendees} attendees, ` +
    `${c.decisions} decisions, ${c.entities} entities; ${c.errors} errors; ${c.cached} from cache; ` +
    `${secs} s → ${s.outDir}`
  );
}

function progressReporter(): ((p: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    process.stderr.write(
      `\r\x1b[Kkhabar: files ${p.filesDone}/${p.files}, documents ${p.documents}, errors ${p.errors}, cached ${p.cached}`,
    );
  };
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract meetings, attendees and decisions from press releases into DIR')
    .argument('<inputs...>', 'files, folders or globs (.txt, .md, .html, .htm, .jsonl)')
    .requiredOption(
      '-o, --out <dir>',
      'output folder (records.jsonl, every table as .csv and .parquet, network.gexf/.graphml, errors.jsonl, run.json, report.html)',
    )
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)', positiveInt)
    .addHelpText(
      'after',
      `
Examples:
  khabar extract releases/ --out out/                  # a folder, recursively
  khabar extract 'archive/**/*.html' feed.jsonl --out out/ --jobs 4
  khabar extract big-archive/ --out out/ --no-report   # data files only
  khabar extract releases/ --out out/ --explain | head # which rule found what`,
    )
    .option('--no-cache', 'neither read nor write the incremental cache')
    .option('--cache-dir <dir>', 'cache folder (default: <out>/.cache)')
    .option('--timeout-ms <n>', 'per-document time limit in ms', positiveInt, DEFAULT_TIMEOUT_MS)
    .option('--no-report', 'skip report.html (large archives: the data files are what matters)')
    .option('--shard <k/n>', 'process only shard K of N (0-based; by content hash) for `khabar merge`')
    .option(
      '--shards <n>',
      'N shards, K from the array job (JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX)',
      positiveInt,
    )
    .addHelpText('after', OUTPUT_HELP)
    .option(
      '--explain',
      'print one JSON line per entity on stdout: {source, entityId, type, text, start, end, rule}',
    )
    .action(
      async (
        inputs: string[],
        opts: {
          out: string;
          jobs?: number;
          cache: boolean;
          cacheDir?: string;
          timeoutMs: number;
          explain?: boolean;
          report: boolean;
          shard?: string;
          shards?: number;
        },
      ) => {
        const controller = new AbortController();
        const stop = () => controller.abort();
        // `--explain | head`: the reader left; stop the run like Ctrl-C, quietly (temporaries removed).
        let stdoutClosed = false;
        onStdoutClosed(() => {
          stdoutClosed = true;
          stop();
        });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        const onProgress = progressReporter();
        try {
          if (opts.shard !== undefined && opts.shards !== undefined)
            throw new UsageError('give --shard K/N or --shards N, not both');
          const shard =
            opts.shard !== undefined
              ? parseShard(opts.shard)
              : opts.shards !== undefined
                ? shardFromEnvironment(opts.shards)
                : null;
          const summary = await runExtract({
            shard,
            inputs,
            outDir: opts.out,
            jobs: opts.jobs ?? availableParallelism(),
            cache: opts.cache,
            cacheDir: opts.cacheDir,
            timeoutMs: opts.timeoutMs,
            explain: opts.explain === true,
            onExplain: (lines) => {
              if (!stdoutClosed) process.stdout.write(lines);
            },
            onProgress,
            signal: controller.signal,
          });
          if (onProgress) process.stderr.write('\r\x1b[K');
          for (const u of summary.unmatched) process.stderr.write(`khabar: warning: no documents in ${u}\n`);
          const dups = summary.duplicateSources.length;
          if (dups > 0)
            process.stderr.write(
              `khabar: warning: ${dups} document${dups === 1 ? '' : 's'} skipped: docId already used earlier in the run (errors.jsonl, code duplicate-id)\n`,
            );
          if (opts.report)
            await writeReport(summary.outDir, { loadText: summary.loadText }).catch(
              (err: NodeJS.ErrnoException) => {
                throw err.code
                  ? new OutputError(`cannot write the report in ${summary.outDir}: ${describeFsError(err)}`)
                  : err;
              },
            );
          process.stderr.write(`${summaryLine(summary)}\n`);
          process.exitCode = summary.exitCode;
        } catch (err) {
          if (onProgress) process.stderr.write('\r\x1b[K');
          if (err instanceof InputUnreadableError) {
            process.stderr.write(`khabar: ${err.message}\n`);
            process.exitCode = EXIT.inputUnreadable;
          } else if (err instanceof UsageError) {
            process.stderr.write(`khabar: ${err.message}\n`);
            process.exitCode = EXIT.usage;
          } else if (err instanceof AbortedError && stdoutClosed) {
            process.exitCode = EXIT.stdoutClosed;
          } else if (err instanceof AbortedError) {
            process.stderr.write(
              'khabar: interrupted; the previous output is unchanged, the cache keeps finished documents\n',
            );
            process.exitCode = EXIT.interrupted;
          } else if (reportOutputError(err)) {
            // one line, exit 3
          } else if (err instanceof RulesInvalidError) {
            for (const line of err.message.split('\n'))
              process.stderr.write(`khabar: invalid rules: ${line}\n`);
            process.exitCode = EXIT.rulesInvalid;
          } else if (err instanceof PoolInitError) {
            process.stderr.write(`khabar: ${err.message}\n`);
            process.exitCode = 1;
          } else {
            throw err;
          }
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        }
      },
    );
}
