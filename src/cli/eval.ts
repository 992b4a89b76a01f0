// `khabar eval --gold DIR --pred records.jsonl`: score predictions against the gold records.
// Scores go to stdout; problems with the inputs go to stderr, naming the file (and line).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { parseTopics } from '../eval/explain.js';
import { formatJson, formatMisses, formatText } from '../eval/format.js';
import { scoreCorpus } from '../eval/score.js';
import { type GoldRecord, GoldRecordSchema } from '../records/gold.js';
import { type DocumentRecord, DocumentRecordSchema } from '../records/schema.js';

/** A problem with an input file; `usage` ones (missing paths, unknown --doc) exit 2, the rest 1. */
export class EvalInputError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message);
  }
}

/** Every `*.json` in the folder, each validated as a gold record (sorted by file name). */
export function readGoldDir(dir: string): GoldRecord[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new EvalInputError(`--gold: no such folder: ${dir}`, true);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new EvalInputError(`--gold: no .json gold files in ${dir}`, true);
  const seen = new Map<string, string>();
  return files.map((f) => {
    const file = path.join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new EvalInputError(`${file}: not valid JSON: ${(e as Error).message}`, false);
    }
    const parsed = GoldRecordSchema.safeParse(raw);
    if (!parsed.success)
      throw new EvalInputError(`${file}: not a valid gold record:\n${z.prettifyError(parsed.error)}`, false);
    const other = seen.get(parsed.data.docId);
    if (other)
      throw new EvalInputError(`${file}: docId "${parsed.data.docId}" is also the docId of ${other}`, false);
    seen.set(parsed.data.docId, file);
    return parsed.data;
  });
}

/** records.jsonl: one DocumentRecord per non-empty line, each validated. */
export function readRecords(file: string): DocumentRecord[] {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new EvalInputError(`--pred: no such file: ${file}`, true);
  const out: DocumentRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new EvalInputError(`${file}:${i + 1}: not valid JSON: ${(e as Error).message}`, false);
      }
      const parsed = DocumentRecordSchema.safeParse(raw);
      if (!parsed.success)
        throw new EvalInputError(
          `${file}:${i + 1}: not a valid DocumentRecord:\n${z.prettifyError(parsed.error)}`,
          false,
        );
      out.push(parsed.data);
    });
  return out;
}

interface EvalOptions {
  gold: string;
  pred: string;
  json?: boolean;
  doc?: string;
  /** true (all topics) or a comma list of topics: print only the per-document lines. */
  misses?: string | boolean;
}

export function runEval(opts: EvalOptions): string {
  let gold = readGoldDir(opts.gold);
  const pred = readRecords(opts.pred);
  if (opts.doc !== undefined) {
    gold = gold.filter((g) => g.docId === opts.doc);
    if (gold.length === 0) throw new EvalInputError(`--doc: no gold record with docId "${opts.doc}"`, true);
  }
  let topics: ReturnType<typeof parseTopics>;
  try {
    topics = parseTopics(opts.misses);
  } catch (e) {
    throw new EvalInputError(`--misses: ${(e as Error).message}`, true);
  }
  const report = scoreCorpus(gold, opts.doc === undefined ? pred : pred.filter((p) => p.docId === opts.doc));
  if (opts.json) return formatJson(report);
  if (opts.misses === undefined) return formatText(report);
  const docs = report.perDocument.map((d) => ({
    docId: d.docId,
    lines: [...d.misses, ...d.falseAlarms, ...d.wrong],
  }));
  return formatMisses(docs, topics);
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score predicted records against gold records (precision, recall, F1 per dimension)')
    .requiredOption('--gold <dir>', 'folder of gold records (*.json)')
    .requiredOption('--pred <file>', 'records.jsonl written by khabar extract')
    .option('--json', 'print the report as JSON')
    .option('--doc <id>', 'score and explain one document only')
    .option(
      '--misses [topics]',
      'print only, per document, the gold items missed and the predicted items not in the gold, with the reason; topics: meetings,attendees,decisions,entities (default all)',
    )
    .action((opts: EvalOptions) => {
      try {
        process.stdout.write(runEval(opts));
      } catch (e) {
        if (!(e instanceof EvalInputError)) throw e;
        process.stderr.write(`khabar eval: ${e.message}\n`);
        process.exit(e.usage ? 2 : 1);
      }
    });
}
