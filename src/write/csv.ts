// CSV for every table. Column names and order come from the zod schemas (src/records/tables.ts).
// Cells are flat (lists joined by " | "), text cells are defused against formula injection, and rows
// are RFC 4180 (CRLF, quotes doubled). Each file starts with a BOM so Excel reads it as UTF-8.
import type { DocumentRecord } from '../records/schema.js';
import {
  type TableName as AnyTable,
  columnsOf,
  DOCUMENT_TABLES,
  type DocumentTable,
  type Value,
} from '../records/tables.js';
import { documentRows, type Row } from './rows.js';

export type Cell = string | number | boolean | null;

export const LIST_SEPARATOR = ' | ';

/** The per-document tables, written as documents stream by. */
export const TABLE_NAMES: readonly DocumentTable[] = DOCUMENT_TABLES;
export type TableName = DocumentTable;
/** Column names of the per-document tables (from the zod schemas), for readers such as review apply. */
export const TABLES = {} as Record<DocumentTable, readonly string[]>;
for (const t of DOCUMENT_TABLES) TABLES[t] = columnsOf(t);

export type { DocumentTable };

/**
 * A spreadsheet runs a text cell starting with = + - @, a tab or a CR as a formula; a leading '
 * makes it text. (One char code: a regex here cost a scan per cell.)
 */
function formulaStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

export function defuse(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return cell;
  return formulaStart(cell) ? `'${cell}` : cell;
}

/** A cell is quoted when it holds a comma, a quote or a CRLF (the rule csv-stringify applied). */
const NEEDS_QUOTES = /[",]|\r\n/;

/** A cell's CSV text: defused, then quoted when it must be (text first: most cells are). */
function cellText(cell: Cell): string {
  if (typeof cell === 'string') {
    const v = formulaStart(cell) ? `'${cell}` : cell;
    return NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return cell ? 'true' : 'false';
}

/**
 * CRLF-terminated rows. Written by hand, per document in the workers: a CSV library's per-call
 * set-up (options, a stream) cost more than the escaping; the test checks the bytes against
 * csv-stringify.
 */
export function csvLines(rows: readonly (readonly Cell[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += ',';
      out += cellText(row[i] ?? null);
    }
    out += '\r\n';
  }
  return out;
}

/** BOM + header row. */
export function csvHeader(table: AnyTable): string {
  return `\ufeff${csvLines([columnsOf(table)])}`;
}

function flat(v: Value | undefined): Cell {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  return v as Cell;
}

/** Rows as cells in the table's column order. */
export function cellsOf(table: AnyTable, rows: readonly Row[]): Cell[][] {
  const columns = columnsOf(table);
  return rows.map((r) => columns.map((c) => flat(r[c])));
}

/** The rows' CSV lines: csvLines of their cells, without the cell arrays (the workers' hot path). */
export function tableCsv(table: AnyTable, rows: readonly Row[]): string {
  const columns = (TABLES as Partial<Record<AnyTable, readonly string[]>>)[table] ?? columnsOf(table);
  let out = '';
  for (const r of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) out += ',';
      out += cellText(flat(r[columns[i] as string]));
    }
    out += '\r\n';
  }
  return out;
}

export type TableRows = Record<DocumentTable, Cell[][]>;

/** One record's rows in every per-document table, as cells. */
export function tableRows(record: DocumentRecord): TableRows {
  const rows = documentRows(record);
  const out = {} as TableRows;
  for (const t of TABLE_NAMES) out[t] = cellsOf(t, rows[t]);
  return out;
}
