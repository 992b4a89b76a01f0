// One pipeline result → the exact bytes it adds to each output file. Runs in the worker, so the
// expensive part (validation, JSON, CSV and their UTF-8) is parallel and the main thread only appends
// bytes. A record that fails the schema is never written: it becomes an `invalid-record` error.
//
// A long document (a 10 MB one has ~140,000 entities) is validated and written a batch of entities
// or meetings at a time: zod's copy, the rows and the JSON text of the whole record never exist at
// once, and the bytes go to the main thread as transferred chunks (Utf8Builder), not as strings.
import {
  type DocumentRecord,
  DocumentRecordSchema,
  EntitySchema,
  type ErrorRecord,
  ErrorRecordSchema,
  MeetingSchema,
} from '../records/schema.js';
import { partText, Utf8Builder, type Utf8Parts } from './bytes.js';
import { type DocumentTable, TABLE_NAMES, tableCsv } from './csv.js';
import { entityRow, type Row, rowsButEntities } from './rows.js';

export interface SerializedDoc {
  /** The record's docId and source: the run keeps docIds unique (a later duplicate is an error). */
  docId: string;
  source: string;
  /**
   * UTF-8 bytes: part 0 is the records.jsonl line (without the newline), then each table's CSV rows
   * (CRLF-terminated, empty when the document has none) in TABLE_NAMES order.
   */
  bytes: Utf8Parts;
  counts: Record<DocumentTable, number>;
}

export type Serialized = { ok: true; out: SerializedDoc } | { ok: false; error: ErrorRecord };

/** Entities or meetings validated and written per batch. */
const BATCH = 1024;
const LISTS = { entities: EntitySchema.array(), meetings: MeetingSchema.array() } as const;
type ListKey = keyof typeof LISTS;

/** Issues as data (path, code, message), at most 20, so errors.jsonl stays readable. */
function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[],
): string {
  const shown = issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length} more)` : '';
  return `the record does not match the schema: ${JSON.stringify(shown)}${more}`;
}

function invalid(record: unknown, source: string): Serialized {
  // The whole record once more, so the message lists the issues as one parse finds them.
  const parsed = DocumentRecordSchema.safeParse(record);
  const message = parsed.success
    ? 'the record does not match the schema'
    : describeIssues(parsed.error.issues);
  return { ok: false, error: { source, code: 'invalid-record', message } };
}

/**
 * The record's JSON line, written key by key in the schema's order (the parsed head's), the entities
 * and meetings a validated batch at a time: the same text as JSON.stringify of the parsed record.
 * False when a batch fails the schema.
 */
function writeRecordJson(
  head: Record<string, unknown>,
  record: Record<ListKey, unknown[]>,
  out: Utf8Builder,
  encoded: EncodedEntities | null,
) {
  let first = true;
  for (const key of Object.keys(head)) {
    const list = key in LISTS ? record[key as ListKey] : null;
    const text = list ? '' : JSON.stringify(head[key]);
    if (text === undefined) continue;
    out.write(`${first ? '{' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!list) {
      out.write(text);
      continue;
    }
    out.write('[');
    if (key === 'entities' && encoded) {
      out.writeBytes(encoded.json.finish());
      out.write(']');
      continue;
    }
    for (let at = 0; at < list.length; at += BATCH) {
      const batch = LISTS[key as ListKey].safeParse(list.slice(at, at + BATCH));
      if (!batch.success) return false;
      if (at > 0) out.write(',');
      out.write(JSON.stringify(batch.data).slice(1, -1));
    }
    out.write(']');
  }
  out.write(first ? '{}' : '}');
  return true;
}

function isListed(record: unknown): record is Record<ListKey, unknown[]> {
  if (typeof record !== 'object' || record === null) return false;
  const r = record as Record<string, unknown>;
  return Array.isArray(r.entities) && Array.isArray(r.meetings);
}

function writeCsv(out: Utf8Builder, table: DocumentTable, rows: readonly Row[]): void {
  if (rows.length) out.write(tableCsv(table, rows));
}

/**
 * A long document's entities, validated and encoded while the document is processed (pipeline.ts
 * hands them over a window at a time): the JSON text of the record's entity list and the entities'
 * CSV rows, written exactly as serializeRecord writes a record's own. The entity objects of the
 * whole document then never exist at once; their bytes become the serialized record's.
 */
export class EncodedEntities {
  readonly json = new Utf8Builder();
  readonly csv = new Utf8Builder();
  count = 0;
  /** Whether any window handed its entities over (a document processed whole hands none). */
  used = false;
  /** Set once a batch fails the schema (the record is then invalid); later entities are ignored. */
  issues: { path: PropertyKey[]; code: string; message: string }[] | null = null;

  constructor(private readonly docId: string) {}

  add(entities: readonly unknown[]): void {
    this.used = true;
    for (let at = 0; at < entities.length && !this.issues; at += BATCH) {
      const batch = LISTS.entities.safeParse(entities.slice(at, at + BATCH));
      if (!batch.success) {
        const first = this.count + at;
        this.issues = batch.error.issues.map((i) => ({
          path: ['entities', first + Number(i.path[0]), ...i.path.slice(1)],
          code: i.code,
          message: i.message,
        }));
        return;
      }
      this.json.write(`${this.count + at > 0 ? ',' : ''}${JSON.stringify(batch.data).slice(1, -1)}`);
      writeCsv(
        this.csv,
        'entities',
        batch.data.map((e) => entityRow(this.docId, e)),
      );
    }
    if (!this.issues) this.count += entities.length;
  }
}

/** A record whose entity list is empty because its entities were encoded as it was built. */
export class RecordWithEncodedEntities {
  constructor(
    readonly record: DocumentRecord,
    readonly entities: EncodedEntities,
  ) {}
}

export function serializeRecord(input: unknown, source: string): Serialized {
  const encoded = input instanceof RecordWithEncodedEntities ? input.entities : null;
  const record = input instanceof RecordWithEncodedEntities ? input.record : input;
  if (!isListed(record)) return invalid(record, source);
  if (encoded) {
    encoded.json.endPart();
    encoded.csv.endPart();
    if (encoded.issues)
      return {
        ok: false,
        error: { source, code: 'invalid-record', message: describeIssues(encoded.issues) },
      };
  }
  // Everything but the two long lists is parsed whole; the lists are parsed while written.
  const parsed = DocumentRecordSchema.safeParse({ ...record, entities: [], meetings: [] });
  if (!parsed.success) return invalid(record, source);
  const out = new Utf8Builder();
  if (!writeRecordJson(parsed.data, record, out, encoded)) return invalid(record, source);
  out.endPart();
  // Every field the rows read was validated, and parsing changes no value (the schema has no
  // transforms): the rows come from the record itself, the entities' a batch at a time.
  const valid = { ...parsed.data, entities: record.entities, meetings: record.meetings } as DocumentRecord;
  const entityCount = encoded ? encoded.count : valid.entities.length;
  const rows = rowsButEntities(valid, entityCount);
  const counts = {} as Record<DocumentTable, number>;
  for (const t of TABLE_NAMES) {
    if (t === 'entities' && encoded) {
      out.writeBytes(encoded.csv.finish());
      counts[t] = entityCount;
    } else if (t === 'entities') {
      for (let at = 0; at < valid.entities.length; at += BATCH)
        writeCsv(
          out,
          t,
          valid.entities.slice(at, at + BATCH).map((e) => entityRow(valid.docId, e)),
        );
      counts[t] = valid.entities.length;
    } else {
      writeCsv(out, t, rows[t]);
      counts[t] = rows[t].length;
    }
    out.endPart();
  }
  return { ok: true, out: { docId: valid.docId, source: valid.source, bytes: out.finish(), counts } };
}

/** The records.jsonl line (without the newline) of a serialized document. */
export function recordLine(doc: SerializedDoc): string {
  return partText(doc.bytes, 0);
}

/** A table's CSV rows of a serialized document. */
export function csvOf(doc: SerializedDoc, table: DocumentTable): string {
  return partText(doc.bytes, 1 + TABLE_NAMES.indexOf(table));
}

/** errors.jsonl line, fixed key order. */
export function serializeError(error: ErrorRecord): string {
  const e = ErrorRecordSchema.parse(error);
  return JSON.stringify(
    e.line === undefined
      ? { source: e.source, code: e.code, message: e.message }
      : { source: e.source, code: e.code, message: e.message, line: e.line },
  );
}
