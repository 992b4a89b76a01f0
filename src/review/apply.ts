// `khabar review apply`: an output folder plus an editor's verdicts → `<out>/reviewed/`, the same
// records and tables with wrong items removed, fixes applied, missed items added and a `review`
// column. The run's own files are only read. Verdicts that cannot be applied (the document changed,
// the item is gone) are written to reviewed/unapplied.jsonl with their reason, so none is lost.
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DocumentRecordSchema } from '../records/schema.js';
import { csvLines, TABLE_NAMES, TABLES, type TableName, tableRows } from '../write/csv.js';
import { OUTPUT_FILES, writeJsonAtomic } from '../write/output.js';
import { BufferedText } from './buffered.js';
import { mergeVerdicts, type ReviewedRecord, type ReviewState, type Unapplied } from './merge.js';
import { latestVerdicts, type Verdict } from './verdict.js';

export const REVIEWED_DIR = 'reviewed';
export const UNAPPLIED_FILE = 'unapplied.jsonl';
export const REVIEW_COLUMN = 'review';

export interface ApplySummary {
  documents: number;
  reviewedDocuments: number;
  applied: number;
  removed: number;
  unapplied: { reason: string; count: number }[];
  dir: string;
}

/** The review state of each row of each table, in the order tableRows writes the rows. */
function rowStates(rec: ReviewedRecord): Partial<Record<TableName, ReviewState[]>> {
  return {
    meetings: rec.meetings.map((m) => m.review),
    attendees: rec.meetings.flatMap((m) => m.attendees.map((a) => a.review)),
    decisions: rec.meetings.flatMap((m) => m.decisions.map((d) => d.review)),
    entities: rec.entities.map((e) => e.review),
  };
}

/** Records of records.jsonl with their line; a line that is not a record is an error (the run wrote it). */
async function* records(path: string) {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    const parsed = DocumentRecordSchema.safeParse(JSON.parse(raw.replace(/^\uFEFF/, '')));
    if (!parsed.success)
      throw new Error(`${path}, line ${line}: not a valid record (${parsed.error.issues[0]?.message})`);
    yield parsed.data;
  }
}

export async function applyReview(outDir: string, verdicts: readonly Verdict[]): Promise<ApplySummary> {
  const recordsPath = join(outDir, OUTPUT_FILES.records);
  if (!existsSync(recordsPath))
    throw new Error(`${recordsPath} not found: is ${outDir} a khabar output folder?`);
  const byDoc = new Map<string, Verdict[]>();
  for (const v of latestVerdicts(verdicts)) {
    const list = byDoc.get(v.docId);
    if (list) list.push(v);
    else byDoc.set(v.docId, [v]);
  }
  const finalDir = join(outDir, REVIEWED_DIR);
  const tmpDir = join(outDir, `.khabar-tmp-${process.pid}-${REVIEWED_DIR}`);
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const files = {
    records: new BufferedText(join(tmpDir, OUTPUT_FILES.records)),
    unapplied: new BufferedText(join(tmpDir, UNAPPLIED_FILE)),
  };
  const tables = new Map<TableName, BufferedText>();
  const summary: ApplySummary = {
    documents: 0,
    reviewedDocuments: 0,
    applied: 0,
    removed: 0,
    unapplied: [],
    dir: finalDir,
  };
  const reasons = new Map<string, number>();
  const report = (u: Unapplied) => {
    files.unapplied.write(`${JSON.stringify({ reason: u.reason, ...u.verdict })}\n`);
    reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  };
  try {
    for (const t of TABLE_NAMES) {
      const file = new BufferedText(join(tmpDir, `${t}.csv`));
      file.write(`\ufeff${csvLines([[...TABLES[t], REVIEW_COLUMN]])}`);
      tables.set(t, file);
    }
    for await (const record of records(recordsPath)) {
      summary.documents++;
      const mine = byDoc.get(record.docId) ?? [];
      byDoc.delete(record.docId);
      if (mine.length) summary.reviewedDocuments++;
      const merged = mergeVerdicts(record, mine);
      summary.applied += merged.applied.length;
      summary.removed += merged.removed;
      for (const u of merged.unapplied) report(u);
      files.records.write(`${JSON.stringify(merged.record)}\n`);
      const rows = tableRows(merged.record as unknown as Parameters<typeof tableRows>[0]);
      const states = rowStates(merged.record);
      for (const t of TABLE_NAMES) {
        const s = states[t];
        if (s && s.length !== rows[t].length) throw new Error(`internal: ${t} rows and review states differ`);
        tables.get(t)!.write(csvLines(rows[t].map((r, i) => [...r, s ? s[i]! : null])));
      }
    }
    for (const list of byDoc.values())
      for (const verdict of list) report({ verdict, reason: 'document-not-found' });
    for (const f of [files.records, files.unapplied, ...tables.values()]) f.close();
    summary.unapplied = [...reasons].map(([reason, count]) => ({ reason, count }));
    writeJsonAtomic(join(tmpDir, 'review.json'), { ...summary, dir: REVIEWED_DIR });
    rmSync(finalDir, { recursive: true, force: true });
    renameSync(tmpDir, finalDir);
  } catch (err) {
    for (const f of [files.records, files.unapplied, ...tables.values()]) f.abort();
    rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
  return summary;
}
