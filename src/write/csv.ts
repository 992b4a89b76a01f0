// The four CSV tables: one row per meeting, attendee, decision and entity. Column names and order are
// the contract documented in the README (Output → Columns). Cells are flat (lists joined by " | "), text cells are
// defused against formula injection, and rows are RFC 4180 (CRLF, quotes doubled).
import { stringify } from 'csv-stringify/sync';
import type { DateValue, DocumentRecord } from '../records/schema.js';

export type Cell = string | number | boolean | null;

export const LIST_SEPARATOR = ' | ';

/** A DateValue flattened: meetings and decisions share these columns. */
const DATE_COLUMNS = [
  'date_text',
  'date_jalali_from',
  'date_jalali_to',
  'date_gregorian_from',
  'date_gregorian_to',
  'date_precision',
  'weekday',
  'year_inferred',
] as const;

export const MEETING_COLUMNS = [
  'docId',
  'meetingId',
  'kind',
  'title',
  ...DATE_COLUMNS,
  'location',
  'location_org',
  'organizer_org',
  'organizer_unit',
  'organizations',
  'attendee_count',
  'decision_count',
  'confidence',
  'evidence_start',
  'evidence_end',
  'source',
] as const;

export const ATTENDEE_COLUMNS = [
  'docId',
  'meetingId',
  'attendeeId',
  'name',
  'honorific',
  'title',
  'organizationId',
  'mentions',
  'rule',
] as const;

export const DECISION_COLUMNS = [
  'docId',
  'meetingId',
  'decisionId',
  'kind',
  'text',
  ...DATE_COLUMNS,
  'location',
  'location_org',
  'start',
  'end',
] as const;

export const ENTITY_COLUMNS = [
  'docId',
  'entityId',
  'type',
  'text',
  'start',
  'end',
  'sentence',
  'canonicalId',
  'name',
  'honorific',
  'organizationId',
  'date_jalali_from',
  'date_jalali_to',
  'date_gregorian_from',
  'date_gregorian_to',
  'rule',
] as const;

export const TABLES = {
  meetings: MEETING_COLUMNS,
  attendees: ATTENDEE_COLUMNS,
  decisions: DECISION_COLUMNS,
  entities: ENTITY_COLUMNS,
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

type Row<C extends readonly string[]> = Record<C[number], Cell>;

/** A spreadsheet runs a cell starting with one of these as a formula; a leading ' makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuse(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvLines(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((r) => r.map(defuse)),
    { record_delimiter: 'windows', eof: true },
  );
}

/** BOM + header row: Excel reads the file as UTF-8 only with the BOM. */
export function csvHeader(table: TableName): string {
  return `\ufeff${csvLines([TABLES[table]])}`;
}

function dateCells(d: DateValue | null) {
  return {
    date_text: d?.text ?? null,
    date_jalali_from: d?.jalali.from ?? null,
    date_jalali_to: d?.jalali.to ?? null,
    date_gregorian_from: d?.gregorian.from ?? null,
    date_gregorian_to: d?.gregorian.to ?? null,
    date_precision: d?.precision ?? null,
    weekday: d?.weekday ?? null,
    year_inferred: d ? d.yearInferred : null,
  };
}

function ordered<C extends readonly string[]>(columns: C, row: Row<C>): Cell[] {
  return columns.map((c) => row[c as C[number]]);
}

export interface TableRows {
  meetings: Cell[][];
  attendees: Cell[][];
  decisions: Cell[][];
  entities: Cell[][];
}

export function tableRows(record: DocumentRecord): TableRows {
  const out: TableRows = { meetings: [], attendees: [], decisions: [], entities: [] };
  const { docId } = record;
  for (const m of record.meetings) {
    const starts = m.evidence.map((e) => e.start);
    const ends = m.evidence.map((e) => e.end);
    out.meetings.push(
      ordered(MEETING_COLUMNS, {
        docId,
        meetingId: m.meetingId,
        kind: m.kind,
        title: m.title,
        ...dateCells(m.date),
        location: m.location?.text ?? null,
        location_org: m.location?.organizationId ?? null,
        organizer_org: m.organizer?.organizationId ?? null,
        organizer_unit: m.organizer?.unit ?? null,
        organizations: m.organizations.join(LIST_SEPARATOR),
        attendee_count: m.attendees.length,
        decision_count: m.decisions.length,
        confidence: m.confidence,
        evidence_start: starts.length ? Math.min(...starts) : null,
        evidence_end: ends.length ? Math.max(...ends) : null,
        source: record.source,
      }),
    );
    for (const a of m.attendees) {
      out.attendees.push(
        ordered(ATTENDEE_COLUMNS, {
          docId,
          meetingId: m.meetingId,
          attendeeId: a.attendeeId,
          name: a.name,
          honorific: a.honorific,
          title: a.title,
          organizationId: a.organizationId,
          mentions: a.mentions.map((s) => `${s.start}-${s.end}`).join(LIST_SEPARATOR),
          rule: a.rule ?? null,
        }),
      );
    }
    for (const d of m.decisions) {
      out.decisions.push(
        ordered(DECISION_COLUMNS, {
          docId,
          meetingId: m.meetingId,
          decisionId: d.decisionId,
          kind: d.kind,
          text: d.text,
          ...dateCells(d.date),
          location: d.location?.text ?? null,
          location_org: d.location?.organizationId ?? null,
          start: d.start,
          end: d.end,
        }),
      );
    }
  }
  for (const e of record.entities) {
    out.entities.push(
      ordered(ENTITY_COLUMNS, {
        docId,
        entityId: e.entityId,
        type: e.type,
        text: e.text,
        start: e.start,
        end: e.end,
        sentence: e.sentence,
        canonicalId: e.canonicalId ?? null,
        name: e.name ?? null,
        honorific: e.honorific ?? null,
        organizationId: e.organizationId ?? null,
        date_jalali_from: e.date?.jalali.from ?? null,
        date_jalali_to: e.date?.jalali.to ?? null,
        date_gregorian_from: e.date?.gregorian.from ?? null,
        date_gregorian_to: e.date?.gregorian.to ?? null,
        rule: e.rule,
      }),
    );
  }
  return out;
}
