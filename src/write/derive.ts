// Everything a run derives from its full list of records, behind one function: the Parquet copy of
// every table, organisations.csv, the events linked across outlets and the cooperation network.
// `khabar extract` calls it on the records it has just written; a merge of shard folders calls it on
// the merged records and gets the same files. Records are read once, in order; what is kept between
// records is small (per-table row groups, one compact summary per meeting, counts per organisation).
import { writeFileSync } from 'node:fs';
import { linkEvents } from '../events/link.js';
import { reportsOf } from '../events/reports.js';
import { type EventRows, eventRowsOf } from '../events/rows.js';
import { ReportStore } from '../events/store.js';
import { buildCooperationGraph, eventSummaries } from '../network/graph.js';
import { networkRows, toGexf, toGraphml } from '../network/write.js';
import { type DocumentRecord, DocumentRecordSchema } from '../records/schema.js';
import { DOCUMENT_TABLES, type DocumentTable, RUN_TABLES, type TableName } from '../records/tables.js';
import { loadRules } from '../rules/load.js';
import { BufferedFile } from './buffered.js';
import { csvHeader, tableCsv } from './csv.js';
import { jsonlValues } from './jsonl-values.js';
import { OrganisationTable, type OrgDirectory, orgDirectory } from './organisations.js';
import type { OutputWriter } from './output.js';
import { ParquetTable } from './parquet.js';
import { entityRow, type Row, rowsButEntities } from './rows.js';

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

const ENTITY_BATCH = 1024;

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

/**
 * One table's CSV (when asked for) and Parquet, appended to in row order as the rows are made, so
 * that no table is ever held whole: the files equal those written from the whole table at once.
 */
class TableFiles {
  private readonly csv: BufferedFile | null;
  private readonly parquet: ParquetTable;

  constructor(
    readonly table: TableName,
    opts: DeriveOptions,
    csv: boolean,
  ) {
    this.csv = csv ? new BufferedFile(opts.path(`${table}.csv`)) : null;
    this.csv?.write(csvHeader(table));
    this.parquet = new ParquetTable(table, opts.path(`${table}.parquet`));
  }

  add(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    this.csv?.write(tableCsv(this.table, rows));
    this.parquet.addAll(rows);
  }

  /** Closes both files and lists them (CSV first) in `derived`. */
  finish(derived: Derived): void {
    this.parquet.finish();
    derived.counts[this.table] = this.parquet.rows;
    if (this.csv) {
      this.csv.close();
      derived.files.push(`${this.table}.csv`);
    }
    derived.files.push(`${this.table}.parquet`);
  }
}

export async function deriveRunOutputs(
  records: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>,
  opts: DeriveOptions,
): Promise<Derived> {
  const reports = new ReportStore();
  try {
    return await derive(records, opts, reports);
  } finally {
    reports.dispose();
  }
}

async function derive(
  records: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>,
  opts: DeriveOptions,
  reports: ReportStore,
): Promise<Derived> {
  const derived: Derived = { files: [], counts: {} };
  const perDocument = DOCUMENT_TABLES.map((t) => new TableFiles(t, opts, opts.documentCsv === true));
  const orgs = new OrganisationTable(opts.directory);
  for await (const record of records) {
    for (const r of reportsOf(record)) reports.add(r);
    const rows = rowsButEntities(record);
    for (const files of perDocument) files.add(rows[files.table as DocumentTable]);
    // A long document's entities (a 10 MB one has ~140,000) become rows a batch at a time.
    const entities = perDocument[DOCUMENT_TABLES.indexOf('entities')] as TableFiles;
    for (let at = 0; at < record.entities.length; at += ENTITY_BATCH)
      entities.add(record.entities.slice(at, at + ENTITY_BATCH).map((e) => entityRow(record.docId, e)));
    orgs.addRecord(record);
  }
  for (const files of perDocument) files.finish(derived);

  const events = linkEvents(reports.views);
  const summaries = eventSummaries(events);
  for (const ev of summaries) orgs.addEvent(ev.orgIds);
  const graph = buildCooperationGraph(summaries, (id) => orgs.info(id));
  const run = new Map(RUN_TABLES.map((t) => [t, new TableFiles(t, opts, true)]));
  const add = (t: (typeof RUN_TABLES)[number], rows: readonly Row[]) => run.get(t)?.add(rows);
  add('organisations', orgs.rows());
  for (const ev of events) {
    const rows = eventRowsOf(reports.event(ev));
    for (const t of Object.keys(rows) as (keyof EventRows)[]) add(t, rows[t]);
  }
  const network = networkRows(graph);
  add('network_nodes', network.network_nodes);
  add('network_edges', network.network_edges);
  for (const files of run.values()) files.finish(derived);
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
  // Parsed in pieces when a line is long (a 10 MB document's record): never one 95 MB string.
  for (const { line, value } of jsonlValues(path)) {
    if (!validate) {
      yield value as DocumentRecord;
      continue;
    }
    const parsed = DocumentRecordSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${path}: line ${line} is not a valid record`);
    yield parsed.data;
  }
}
