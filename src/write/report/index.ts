// report.html: the editors' review page of one output folder. The records are streamed from
// records.jsonl one at a time, each with its original text (re-read by the caller, who knows where the
// sources are), so writing the report of a large archive holds one document plus a small summary per
// document. The page is written to a temporary file and renamed, like every other output file.
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NetworkViewBuilder } from '../../network/view.js';
import {
  type DocumentRecord,
  DocumentRecordSchema,
  type ErrorRecord,
  ErrorRecordSchema,
} from '../../records/schema.js';
import type { RuleSet } from '../../rules/load.js';
import { jsonlTexts } from '../jsonl.js';
import { checkText, type DocSummary, summarize } from './model.js';
import { OrgNames } from './names.js';
import { documentBlocks, pageHead, pageTail } from './page.js';

export {
  checkText,
  headline,
  LOW_CONFIDENCE,
  MEETING_FLAGS,
  meetingWarnings,
  summarize,
  weekdayMismatch,
} from './model.js';
export { contentSecurityPolicy, scriptHash, scriptJson } from './page.js';

export const REPORT_FILE = 'report.html';

export interface ReportInput {
  records: Iterable<DocumentRecord>;
  errors: readonly ErrorRecord[];
  run: unknown;
  /** Original text per record source; a source not in the map is shown as "text unavailable". */
  texts: Map<string, string>;
  /** Rules to name organisations by (default: the bundled rules/). */
  rules?: () => RuleSet;
}

export interface WriteReportOptions {
  /** The original decoded text of a source, exactly as the run read it; null when it cannot be read. */
  loadText: (source: string) => Promise<string | null>;
  /** Rules to name organisations by (default: the bundled rules/). */
  rules?: () => RuleSet;
}

/** Accumulates the overview's summaries while documents go by. */
class Collector {
  readonly docs: DocSummary[] = [];
  private readonly universities = new Set<string>();
  private readonly errorsBySource = new Map<string, ErrorRecord[]>();
  private readonly names: OrgNames;
  private readonly network = new NetworkViewBuilder();

  constructor(
    readonly errors: readonly ErrorRecord[],
    rules?: () => RuleSet,
  ) {
    this.names = new OrgNames(rules);
    for (const e of errors) {
      const list = this.errorsBySource.get(e.source);
      if (list) list.push(e);
      else this.errorsBySource.set(e.source, [e]);
    }
  }

  /** The data blocks of the next document. */
  add(record: DocumentRecord, text: string | null): string {
    const i = this.docs.length;
    const status = checkText(record, text);
    this.docs.push(summarize(record, this.errorsBySource.get(record.source) ?? [], status, text));
    this.names.add(record);
    this.network.add(record);
    for (const e of record.entities)
      if (e.type === 'university' && e.canonicalId) this.universities.add(e.canonicalId);
    return documentBlocks(i, record, text);
  }

  tail(run: unknown): string {
    return pageTail({
      docs: this.docs,
      errors: [...this.errors],
      run,
      universities: [...this.universities].sort(),
      names: this.names.names(),
      network: this.network.view(),
    });
  }
}

/** The whole page as a string (tests, small runs). */
export function renderReport(input: ReportInput): string {
  const collector = new Collector(input.errors, input.rules);
  const parts = [pageHead()];
  for (const record of input.records)
    parts.push(collector.add(record, input.texts.get(record.source) ?? null));
  parts.push(collector.tail(input.run));
  return parts.join('');
}

async function* jsonLines(path: string): AsyncGenerator<{ line: number; value: unknown }> {
  if (!existsSync(path)) return;
  for await (const { line, text } of jsonlTexts(path)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      value = { __invalid: (err as Error).message };
    }
    yield { line, value };
  }
}

function readRun(outDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(outDir, 'run.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Writes `<outDir>/report.html` from records.jsonl, errors.jsonl and run.json, and returns its path.
 * A line of records.jsonl that is not a valid record is listed among the errors, not fatal.
 */
export async function writeReport(outDir: string, options?: WriteReportOptions): Promise<string> {
  const errors: ErrorRecord[] = [];
  for await (const { line, value } of jsonLines(join(outDir, 'errors.jsonl'))) {
    const parsed = ErrorRecordSchema.safeParse(value);
    errors.push(
      parsed.success
        ? parsed.data
        : {
            source: `errors.jsonl#${line}`,
            code: 'invalid-error-line',
            message: 'not an error record',
            line,
          },
    );
  }
  const path = join(outDir, REPORT_FILE);
  const tmp = join(outDir, `.khabar-tmp-${process.pid}-${Date.now()}-${REPORT_FILE}`);
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {});
  const write = async (chunk: string) => {
    if (!out.write(chunk))
      await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
  };
  try {
    const collector = new Collector(errors, options?.rules);
    const invalid: ErrorRecord[] = [];
    await write(pageHead());
    for await (const { line, value } of jsonLines(join(outDir, 'records.jsonl'))) {
      const parsed = DocumentRecordSchema.safeParse(value);
      if (!parsed.success) {
        const source = (value as { source?: unknown } | null)?.source;
        invalid.push({
          source: typeof source === 'string' ? source : `records.jsonl#${line}`,
          code: 'invalid-record',
          message: `records.jsonl line ${line} is not a valid record`,
          line,
        });
        continue;
      }
      const text = options ? await options.loadText(parsed.data.source) : null;
      await write(collector.add(parsed.data, text));
    }
    errors.push(...invalid);
    await write(collector.tail(readRun(outDir)));
    await Promise.race([new Promise<void>((r) => out.end(() => r())), failed]);
    renameSync(tmp, path);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
  return path;
}
