// `khabar review apply|stats`: an editor's verdicts (exported from report.html) back into the data.
// Tables go to stdout only for `stats`; progress and problems go to stderr. A bad verdicts file
// exits 1 naming file, line and field; missing paths exit 2.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Verdict } from '../review/verdict.js';

// The review modules load only when a review command runs, so other commands start no slower.
async function load(file: string): Promise<Verdict[] | null> {
  const { readVerdicts, VerdictFileError } = await import('../review/verdict.js');
  if (!existsSync(file)) {
    process.stderr.write(`khabar: --verdicts: no such file: ${file}\n`);
    process.exitCode = 2;
    return null;
  }
  try {
    return readVerdicts(file);
  } catch (err) {
    if (!(err instanceof VerdictFileError)) throw err;
    process.stderr.write(`khabar: ${err.message}\n`);
    process.exitCode = 1;
    return null;
  }
}

function outDirOk(dir: string): boolean {
  if (existsSync(dir)) return true;
  process.stderr.write(`khabar: --out: no such folder: ${dir}\n`);
  process.exitCode = 2;
  return false;
}

export function register(program: Command): void {
  const review = program
    .command('review')
    .description('editors’ verdicts from report.html back into the data');
  review
    .command('apply')
    .description('write DIR/reviewed/: records and CSVs with the verdicts applied and a review column')
    .requiredOption('-o, --out <dir>', 'output folder of a `khabar extract` run')
    .requiredOption('--verdicts <file>', 'verdicts file (JSON Lines) exported from report.html')
    .action(async (opts: { out: string; verdicts: string }) => {
      if (!outDirOk(opts.out)) return;
      const verdicts = await load(opts.verdicts);
      if (!verdicts) return;
      const { applyReview } = await import('../review/apply.js');
      const { UNAPPLIED_REASONS } = await import('../review/merge.js');
      const s = await applyReview(opts.out, verdicts);
      process.stderr.write(
        `khabar: review → ${s.dir}: ${s.applied} verdicts applied on ${s.reviewedDocuments} of ${s.documents} documents, ${s.removed} items removed\n`,
      );
      for (const u of s.unapplied) {
        const why = UNAPPLIED_REASONS[u.reason as keyof typeof UNAPPLIED_REASONS] ?? u.reason;
        process.stderr.write(
          `khabar: warning: ${u.count} verdicts not applied: ${why} (see unapplied.jsonl)\n`,
        );
      }
    });
  review
    .command('stats')
    .description('precision per kind of item, from the verdicts')
    .option('-o, --out <dir>', 'output folder: count only verdicts on unchanged documents, show coverage')
    .requiredOption('--verdicts <file>', 'verdicts file (JSON Lines) exported from report.html')
    .option('--json', 'print the figures as JSON')
    .action(async (opts: { out?: string; verdicts: string; json?: boolean }) => {
      if (opts.out !== undefined && !outDirOk(opts.out)) return;
      const verdicts = await load(opts.verdicts);
      if (!verdicts) return;
      const { formatStats, reviewStats } = await import('../review/stats.js');
      const s = await reviewStats(verdicts, opts.out);
      process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : formatStats(s));
    });
}
