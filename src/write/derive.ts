// Everything a run derives from its full list of records: the Parquet copy of every table,
// organisations.csv, the events linked across outlets and the cooperation network. `khabar extract`
// feeds a RunDeriver the records it wrote, read back once its workers are closed; a merge of shard
// folders feeds it the merged records as it writes them and gets the same files. What is kept between records is small (per-table row groups, one compact
// summary per meeting, counts per organisation).
import { writeFileSync } from 'node:fs';
import { linkTable } from '../events/link.js';
import { reportsOf, WORDING_TYPES } from '../events/reports.js';
import { type EventRows, eventRowsOf } from '../events/rows.js';
import { ReportStore } from '../events/store.js';
import { CooperationGraphBuilder, eventSummary } from '../network/graph.js';
import { networkRows, toGexf, toGraphml } from '../network/write.js';
import type { DocumentRecord, Entity } from '../records/schema.js';
import { DOCUMENT_TABLES, type DocumentTable, RUN_TABLES, type TableName } from '../records/tables.js';
import { loadRules } from '../rules/load.js';
import { BufferedFile } from './buffered.js';
import { csvHeader, tableCsv } from './csv.js';
import { directoryOf, OrganisationTable, type OrgDirectory, orgDirectory } from './organisations.js';
import type { OutputWriter } from './output.js';
import { ParquetTable } from './parquet.js';
import { entityRow, type Row, rowsButEntities } from './rows.js';

export interface DeriveTarget {
  /** Where to write the file named `name`: the caller renames it into place (atomic output). */
  path: (name: string) => string;
  /** Also write the per-document CSVs (documents.csv, meetings.csv, …): for a merge, which has only records. */
  documentCsv?: boolean;
}

export interface DeriveOptions extends DeriveTarget {
  /** Names, kinds and ids of the organisations the rules know (orgDirectory(rules)). */
  directory: OrgDirectory;
}

export interface Derived {
  /** Every file written, by final name, in writing order. */
  files: string[];
  /** Rows per table. */
  counts: Partial<Record<TableName, number>>;
}

/** Entities made into rows at once (and a long record's read at once). */
export const ENTITY_BATCH = 1024;

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

/** What is kept of one document's entities while they go by. */
interface PendingEntities {
  docId: string;
  /** Organisation ids they use. */
  ids: Set<string>;
  /** Those whose words describe a meeting (reportsOf). */
  wording: Entity[];
  count: number;
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
    opts: DeriveTarget,
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

  /** Closes both files unfinished (a run that failed: the caller deletes them). */
  discard(): void {
    this.parquet.discard();
    this.csv?.close();
  }
}

/**
 * The run-level files, made while the records go by: `add` each record in order (extract reads them
 * back once its workers are closed; merge as it writes them), then `finish` once with the rules'
 * organisation directory. What `add` keeps between records is small (per-table row groups, one
 * compact summary per meeting, counts per organisation); `finish` does only what needs every record:
 * the last row groups, the events linked across outlets, organisations.csv and the network.
 * `dispose` (also done by `finish`) closes what is open and deletes the reports' spill file; the
 * written files are the caller's to rename or delete.
 */
export class RunDeriver {
  private readonly reports = new ReportStore();
  private readonly orgs = new OrganisationTable();
  private readonly perDocument: TableFiles[] = [];
  private readonly open: TableFiles[] = [];
  private readonly entities: TableFiles;
  /** The document whose entities are going by (addEntities), until its record is added. */
  private pending: PendingEntities | null = null;
  private done = false;

  constructor(private readonly target: DeriveTarget) {
    try {
      for (const t of DOCUMENT_TABLES) this.perDocument.push(this.files(t, target.documentCsv === true));
    } catch (err) {
      this.dispose();
      throw err;
    }
    this.entities = this.perDocument[DOCUMENT_TABLES.indexOf('entities')] as TableFiles;
  }

  private files(table: TableName, csv: boolean): TableFiles {
    const files = new TableFiles(table, this.target, csv);
    this.open.push(files);
    return files;
  }

  /**
   * A long record's entities, a batch at a time, before the rest of it (`add` with the entities not
   * given here: none): the record is never whole in memory (a 10 MB document's has ~140,000).
   */
  addEntities(docId: string, entities: readonly Entity[]): void {
    if (this.done) throw new Error('RunDeriver: add after finish');
    if (this.pending?.docId !== docId) {
      if (this.pending) throw new Error(`RunDeriver: ${this.pending.docId}'s entities without their record`);
      this.pending = { docId, ids: new Set(), wording: [], count: 0 };
    }
    const p = this.pending;
    for (let at = 0; at < entities.length; at += ENTITY_BATCH)
      this.entities.add(entities.slice(at, at + ENTITY_BATCH).map((e) => entityRow(docId, e)));
    this.orgs.addEntities(entities, p.ids);
    for (const e of entities) if (WORDING_TYPES.has(e.type)) p.wording.push(e);
    p.count += entities.length;
  }

  add(record: DocumentRecord): void {
    this.addEntities(record.docId, record.entities);
    const p = this.pending as PendingEntities;
    this.pending = null;
    // What reportsOf reads of the entities is their wording types; the rows need only their number.
    const whole = p.count === record.entities.length ? record : { ...record, entities: p.wording };
    for (const r of reportsOf(whole)) this.reports.add(r);
    const rows = rowsButEntities(whole, p.count);
    for (const files of this.perDocument) files.add(rows[files.table as DocumentTable]);
    this.orgs.addDocument(record, p.ids);
  }

  /**
   * `directory` is called once the per-document files are closed and their buffers let go, with
   * every organisation id the run uses: the rules it loads (extract's) and those buffers are not
   * held at once, and it may keep only those ids' entries.
   */
  finish(directory: (ids: readonly string[]) => OrgDirectory): Derived {
    if (this.done) throw new Error('RunDeriver: finished twice');
    if (this.pending) throw new Error(`RunDeriver: ${this.pending.docId}'s entities without their record`);
    try {
      return this.finishTables(directory);
    } finally {
      this.dispose();
    }
  }

  private finishTables(loadDirectory: (ids: readonly string[]) => OrgDirectory): Derived {
    const derived: Derived = { files: [], counts: {} };
    for (const files of this.perDocument) files.finish(derived);
    const { orgs, reports } = this;
    // Events name only organisations their reports' meetings name: all counted already.
    const directory = loadDirectory(orgs.ids());
    const events = linkTable(reports.links);
    // Each event's summary counts for its organisations and goes into the graph, then is let go.
    const graphOf = new CooperationGraphBuilder();
    const { links } = reports;
    for (const ev of events) {
      const summary = eventSummary({
        eventId: ev.eventId,
        reports: ev.members.map((at) => ({ date: links.date(at), orgs: links.list(links.orgs, at) })),
      });
      orgs.addEvent(summary.orgIds);
      graphOf.add(summary);
    }
    const graph = graphOf.build((id) => orgs.info(id, directory));
    const run = new Map(RUN_TABLES.map((t) => [t, this.files(t, true)]));
    const add = (t: (typeof RUN_TABLES)[number], rows: readonly Row[]) => run.get(t)?.add(rows);
    add('organisations', orgs.rows(directory));
    for (const ev of events) {
      const rows = eventRowsOf(reports.event(ev));
      for (const t of Object.keys(rows) as (keyof EventRows)[]) add(t, rows[t]);
    }
    const network = networkRows(graph);
    add('network_nodes', network.network_nodes);
    add('network_edges', network.network_edges);
    for (const files of run.values()) files.finish(derived);
    writeFileSync(this.target.path('network.gexf'), toGexf(graph));
    writeFileSync(this.target.path('network.graphml'), toGraphml(graph));
    derived.files.push(...GRAPH_FILES);
    return derived;
  }

  /** Closes what is still open and deletes the reports' spill file; safe to call more than once. */
  dispose(): void {
    if (this.done) return;
    this.done = true;
    for (const files of this.open) {
      try {
        files.discard();
      } catch {
        // closing is best effort on the way out
      }
    }
    this.reports.dispose();
  }
}

/** deriveRunOutputs over a whole list of records (tests, a library user): the same files as a RunDeriver fed one by one. */
export async function deriveRunOutputs(
  records: AsyncIterable<DocumentRecord> | Iterable<DocumentRecord>,
  opts: DeriveOptions,
): Promise<Derived> {
  const deriver = new RunDeriver(opts);
  try {
    for await (const record of records) deriver.add(record);
  } catch (err) {
    deriver.dispose();
    throw err;
  }
  return deriver.finish(() => opts.directory);
}

/**
 * What the bundled rules know of `ids` (a run's organisations), and nothing else: the rules are let
 * go at once, not held through the event tables and the network. They are loaded each time (from
 * the compiled-rules cache, ~20 ms) rather than kept in a WeakRef between runs: V8 keeps a WeakRef's
 * target alive until the synchronous job that made or read it ends, and the whole run-level stage is
 * one job, so the rules (~14 MB of heap) stayed to its end, where its peak is.
 */
export function bundledDirectory(ids: Iterable<string>): OrgDirectory {
  return directoryOf(orgDirectory(loadRules()), ids);
}

/** A RunDeriver for what an OutputWriter streams (extract, merge): its files are staged to be renamed into place with the rest on commit. */
export function writerDeriver(writer: OutputWriter): RunDeriver {
  return new RunDeriver({ path: (name) => writer.stage(name) });
}
