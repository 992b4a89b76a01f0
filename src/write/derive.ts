// Everything a run derives from its full list of records, behind one function: the Parquet copy of
// every table, organisations.csv, the events linked across outlets and the cooperation network.
// `khabar extract` calls it on the records it has just written; a merge of shard folders calls it on
// the merged records and gets the same files. Records are read once, in order; what is kept between
// records is small (per-table row groups, one compact summary per meeting, counts per organisation).
import { writeFileSync } from 'node:fs';
import { linkEvents } from '../events/link.js';
import { type ReportedMeeting, reportsOf } from '../events/reports.js';
import { eventRows } from '../events/rows.js';
import { buildCooperationGraph, eventSummaries } from '../network/graph.js';
import { networkRows, toGexf, toGraphml } from '../network/write.js';
import { type DocumentRecord, DocumentRecordSchema } from '../records/schema.js';
import { DOCUMENT_TABLES, type DocumentTable, RUN_TABLES, type TableName } from '../records/tables.js';
import { loadRules } from '../rules/load.js';
import { csvHeader, tableCsv } from './csv.js';
import { jsonlTexts } from './jsonl.js';
import { OrganisationTable, type OrgDirectory, orgDirectory } from './organisations.js';
import type { OutputWriter } from './output.js';
import { ParquetTable } from './parquet.js';
import { documentRows, type Row } from './rows.js';

export interface DeriveOptions {
  /** Names, kinds and ids of the organisations the rules know (orgDirectory(rules)). */
  directory: OrgDirectory;
  /** Where to write the file named `name`: the caller renames it into place (atomic output). */
  path: (name: string) => string;
  /** Also write the per-document CSVs (documents.csv, meetings.csv, …): for a merge, which has only records. */
  documentCsv?: boolean;
}

export interface Derived {
  /** Every file written, by final name, in writing order. */
  files: string[];
  /** Rows per table. */
  counts: Partial<Record<TableName, number>>;
}

export const GRAPH_FILES = ['network.gexf', 'network.graphml'] as const;

/** Every file deriveRunOutputs writes, by final name. */
export function derivedFileNames(documentCsv = false): string[] {
  const names: string[] = [];
  if (documentCsv) for (const t of DOCUMENT_TABLES) names.push(`${t}.csv`);
  for (const t of RUN_TABLES) names.push(`${t}.csv`);
  for (const t of [...DOCUMENT_TABLES, ...RUN_TABLES]) names.push(`${t}.parquet`);
  names.push(...GRAPH_FILES);
  return names;
}

function writeCsv(opts: DeriveOptions, derived: Derived, table: TableName, rows: readonly Row[]): void {
  const name = `${table}.csv`;
  writeFileSync(opts.path(name), csvHeader(table) + tableCsv(table, rows));
  derived.files.push(name);
}

function writeParquet(opts: DeriveOptions, derived: Derived, table: TableName, rows: readonly Row[]): void {
  const name = `${table}.parquet`;
  const p = new ParquetTable(table, opts.path(name));
  p.addAll(rows);
  p.finish();
  derived.files.push(name);
}

export async function deriveRunOutputs(
  records: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>,
  opts: DeriveOptions,
): Promise<Derived> {
  const derived: Derived = { files: [], counts: {} };
  const parquet = new Map<DocumentTable, ParquetTable>();
  const csv = new Map<DocumentTable, string[]>();
  for (const t of DOCUMENT_TABLES) {
    parquet.set(t, new ParquetTable(t, opts.path(`${t}.parquet`)));
    if (opts.documentCsv) csv.set(t, [csvHeader(t)]);
  }
  const orgs = new OrganisationTable(opts.directory);
  const reports: ReportedMeeting[] = [];
  for await (const record of records) {
    reports.push(...reportsOf(record));
    const rows = documentRows(record);
    for (const t of DOCUMENT_TABLES) {
      parquet.get(t)?.addAll(rows[t]);
      csv.get(t)?.push(tableCsv(t, rows[t]));
    }
    orgs.addRecord(record);
  }
  for (const t of DOCUMENT_TABLES) {
    const p = parquet.get(t);
    if (!p) continue;
    p.finish();
    derived.counts[t] = p.rows;
    const chunks = csv.get(t);
    if (chunks) {
      writeFileSync(opts.path(`${t}.csv`), chunks.join(''));
      derived.files.push(`${t}.csv`);
    }
    derived.files.push(`${t}.parquet`);
  }
  const events = linkEvents(reports);
  const summaries = eventSummaries(events);
  for (const ev of summaries) orgs.addEvent(ev.orgIds);
  const graph = buildCooperationGraph(summaries, (id) => orgs.info(id));
  const run: Record<(typeof RUN_TABLES)[number], Row[]> = {
    organisations: orgs.rows(),
    ...eventRows(events),
    ...networkRows(graph),
  };
  for (const t of RUN_TABLES) {
    const rows = run[t];
    writeCsv(opts, derived, t, rows);
    writeParquet(opts, derived, t, rows);
    derived.counts[t] = rows.length;
  }
  writeFileSync(opts.path('network.gexf'), toGexf(graph));
  writeFileSync(opts.path('network.graphml'), toGraphml(graph));
  derived.files.push(...GRAPH_FILES);
  return derived;
}

// The bundled rules' organisation directory, built once per process: the workers load the rules
// once too, and a process running several extracts (the tests, a library user) paid ~0.3 s each.
let bundled: ReturnType<typeof orgDirectory> | null = null;
function bundledDirectory(): ReturnType<typeof orgDirectory> {
  bundled ??= orgDirectory(loadRules());
  return bundled;
}

/**
 * deriveRunOutputs over what an OutputWriter has just streamed (extract, merge): its records.jsonl
 * is read back, and the derived files are staged to be renamed into place with the rest on commit.
 */
export async function deriveFromWriter(writer: OutputWriter): Promise<Derived> {
  const streamed = writer.finishStreaming();
  return deriveRunOutputs(readRecords(streamed.records), {
    directory: bundledDirectory(),
    path: (name) => writer.stage(name),
  });
}

/**
 * The records of a records.jsonl, in order. `validate` parses each line with the schema (for input
 * this run did not write itself, e.g. shards to merge); a bad line throws with its line number.
 */
export async function* readRecords(path: string, validate = false): AsyncGenerator<DocumentRecord> {
  for await (const { line, text } of jsonlTexts(path)) {
    const value: unknown = JSON.parse(text);
    if (!validate) {
      yield value as DocumentRecord;
      continue;
    }
    const parsed = DocumentRecordSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${path}: line ${line} is not a valid record`);
    yield parsed.data;
  }
}
