// One pipeline result → the exact bytes it adds to each output file. Runs in the worker, so the
// expensive part (validation, JSON and CSV) is parallel and the main thread only appends strings.
// A record that fails the schema is never written: it becomes an `invalid-record` error.
import {
  type DocumentRecord,
  DocumentRecordSchema,
  type ErrorRecord,
  ErrorRecordSchema,
} from '../records/schema.js';
import { type DocumentTable, TABLE_NAMES, tableCsv } from './csv.js';
import { documentRows } from './rows.js';

export interface SerializedDoc {
  /** The record's docId and source: the run keeps docIds unique (a later duplicate is an error). */
  docId: string;
  source: string;
  /** records.jsonl line, without the newline. */
  record: string;
  /** CSV rows (CRLF-terminated) per table; '' when the document has none. */
  csv: Record<DocumentTable, string>;
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

export function serializeRecord(record: unknown, source: string): Serialized {
  const parsed = DocumentRecordSchema.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      error: { source, code: 'invalid-record', message: describeIssues(parsed.error.issues) },
    };
  }
  // The parsed value, not the input: key order follows the schema, so the bytes are stable.
  const valid: DocumentRecord = parsed.data;
  const rows = documentRows(valid);
  const csv = {} as Record<DocumentTable, string>;
  const counts = {} as Record<DocumentTable, number>;
  for (const t of TABLE_NAMES) {
    csv[t] = tableCsv(t, rows[t]);
    counts[t] = rows[t].length;
  }
  return {
    ok: true,
    out: { docId: valid.docId, source: valid.source, record: JSON.stringify(valid), csv, counts },
  };
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
