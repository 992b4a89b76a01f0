// One pipeline result → the exact bytes it adds to each output file. Runs in the worker, so the
// expensive part (validation, JSON, CSV and their UTF-8) is parallel and the main thread only appends
// bytes. A record that fails the schema is never written: it becomes an `invalid-record` error.
//
// A long document (a 10 MB one has ~140,000 entities) is validated and written a batch of entities
// or meetings at a time: zod's copy, the rows and the JSON text of the whole record never exist at
// once, and the bytes go to the main thread as transferred chunks (Utf8Builder), not as strings.
import { z } from 'zod';
import {
  type DocumentRecord,
  DocumentRecordSchema,
  type ErrorRecord,
  ErrorRecordSchema,
} from '../records/schema.js';
import { partText, Utf8Builder, type Utf8Parts } from './bytes.js';
import { type DocumentTable, TABLE_NAMES } from './csv.js';
import { BATCH, type EncodedLists, LISTS, type ListKey, writeCsv } from './encoded.js';
import { documentRow, entityRow, rowsButEntities, warningRows } from './rows.js';

export { EncodedLists } from './encoded.js';

/**
 * The record schema compiled by zod (z.compile: one generated function per schema, the same
 * answers and the same copy; it falls back to the plain parser on a failure). Several times faster
 * than the plain parser's walk. A record that fails is described by the plain schema (invalid()).
 */
const COMPILED_RECORD = z.compile(DocumentRecordSchema);

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
  encoded: EncodedLists | null,
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
    if (encoded) {
      out.writeBytes(encoded.json[key as ListKey].finish());
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

/** A record whose entity and meeting lists are empty because they were encoded as it was built. */
export class RecordWithEncodedLists {
  constructor(
    readonly record: DocumentRecord,
    readonly lists: EncodedLists,
  ) {}
}

export function serializeRecord(input: unknown, source: string): Serialized {
  const encoded = input instanceof RecordWithEncodedLists ? input.lists : null;
  const record = input instanceof RecordWithEncodedLists ? input.record : input;
  if (!isListed(record)) return invalid(record, source);
  if (encoded) {
    for (const b of [...Object.values(encoded.json), ...Object.values(encoded.csv)]) b.endPart();
    const issues = encoded.allIssues();
    if (issues)
      return { ok: false, error: { source, code: 'invalid-record', message: describeIssues(issues) } };
  }
  // Everything but the two long lists is parsed whole; the lists are parsed while written.
  const parsed = COMPILED_RECORD.safeParse({ ...record, entities: [], meetings: [] });
  if (!parsed.success) return invalid(record, source);
  const out = new Utf8Builder();
  if (!writeRecordJson(parsed.data, record, out, encoded)) return invalid(record, source);
  out.endPart();
  // Every field the rows read was validated, and parsing changes no value (the schema has no
  // transforms): the rows come from the record itself, the entities' a batch at a time.
  const valid = { ...parsed.data, entities: record.entities, meetings: record.meetings } as DocumentRecord;
  const counts = encoded ? writeEncodedRows(valid, encoded, out) : writeRows(valid, out);
  return { ok: true, out: { docId: valid.docId, source: valid.source, bytes: out.finish(), counts } };
}

/** Each table's CSV rows of a record that has its lists, one part per table. */
function writeRows(valid: DocumentRecord, out: Utf8Builder): Record<DocumentTable, number> {
  const rows = rowsButEntities(valid);
  const counts = {} as Record<DocumentTable, number>;
  for (const t of TABLE_NAMES) {
    if (t === 'entities') {
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
  return counts;
}

/** The same for a record whose lists were encoded: their rows are spliced in as bytes. */
function writeEncodedRows(
  valid: DocumentRecord,
  encoded: EncodedLists,
  out: Utf8Builder,
): Record<DocumentTable, number> {
  const warnings = warningRows(valid);
  const counts: Record<DocumentTable, number> = {
    ...encoded.counts,
    documents: 1,
    document_flags: warnings.length + encoded.counts.document_flags,
  };
  for (const t of TABLE_NAMES) {
    if (t === 'documents') writeCsv(out, t, [documentRow(valid, counts)]);
    else {
      if (t === 'document_flags') writeCsv(out, t, warnings);
      out.writeBytes(encoded.csv[t].finish());
    }
    out.endPart();
  }
  return counts;
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
