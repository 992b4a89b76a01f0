// A long document's entities and meetings, validated and encoded while the document is processed
// (pipeline.ts hands them over a window at a time): the JSON text of the record's two lists and their
// rows in every table, written exactly as serializeRecord writes a record's own. The entity and
// meeting objects of the whole document then never exist at once; their bytes become the serialized
// record's (serialize.ts, RecordWithEncodedLists).
import { z } from 'zod';
import type { ListSink } from '../records/build.js';
import { EntitySchema, MeetingSchema } from '../records/schema.js';
import { Utf8Builder } from './bytes.js';
import { tableCsv } from './csv.js';
import { entityRow, type MeetingTable, pushMeetingRows, type Row, type RowCounts } from './rows.js';

/** Entities or meetings validated and written per batch. */
export const BATCH = 1024;
/** Each list's schema, compiled by zod (serialize.ts: COMPILED_RECORD). */
export const LISTS = {
  entities: z.compile(EntitySchema.array()),
  meetings: z.compile(MeetingSchema.array()),
} as const;
export type ListKey = keyof typeof LISTS;

export interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
}

/** The tables whose rows come from the two lists; document_flags holds the meetings' flags only. */
export type ListTable = 'entities' | MeetingTable;

export function writeCsv(
  out: Utf8Builder,
  table: Parameters<typeof tableCsv>[0],
  rows: readonly Row[],
): void {
  if (rows.length) out.write(tableCsv(table, rows));
}

const deflating = () => new Utf8Builder({ deflate: true });

export class EncodedLists implements ListSink {
  // Deflated: the bytes wait in the worker until the whole document is processed (bytes.ts).
  /** Each list's JSON text, without its brackets. */
  readonly json: Record<ListKey, Utf8Builder> = { entities: deflating(), meetings: deflating() };
  readonly csv: Record<ListTable, Utf8Builder> = {
    entities: deflating(),
    meetings: deflating(),
    attendees: deflating(),
    decisions: deflating(),
    document_flags: deflating(),
  };
  /** Items in each list; rows in each table (document_flags: the meetings' flags). */
  readonly counts: Record<ListKey, number> & Omit<RowCounts, 'entities' | 'meetings'> = {
    entities: 0,
    meetings: 0,
    attendees: 0,
    decisions: 0,
    document_flags: 0,
  };
  /** Whether any window handed its lists over (a document processed whole hands none). */
  used = false;
  /** Per list, the issues of its first batch that failed the schema; the list's later items are ignored. */
  readonly issues: Record<ListKey, Issue[] | null> = { entities: null, meetings: null };

  constructor(
    private readonly docId: string,
    private readonly source: string,
  ) {}

  entities(list: readonly unknown[]): void {
    this.add('entities', list, (batch) =>
      writeCsv(
        this.csv.entities,
        'entities',
        batch.map((e) => entityRow(this.docId, e as Parameters<typeof entityRow>[1])),
      ),
    );
  }

  meetings(list: readonly unknown[]): void {
    const record = { docId: this.docId, source: this.source };
    this.add('meetings', list, (batch) => {
      const rows: Record<MeetingTable, Row[]> = {
        meetings: [],
        attendees: [],
        decisions: [],
        document_flags: [],
      };
      for (const m of batch) pushMeetingRows(rows, record, m as Parameters<typeof pushMeetingRows>[2]);
      for (const t of ['meetings', 'attendees', 'decisions', 'document_flags'] as const) {
        writeCsv(this.csv[t], t, rows[t]);
        if (t !== 'meetings') this.counts[t] += rows[t].length;
      }
    });
  }

  /** All issues, the entities' first, as one parse of the record would list them. */
  allIssues(): Issue[] | null {
    const { entities, meetings } = this.issues;
    return entities || meetings ? [...(entities ?? []), ...(meetings ?? [])] : null;
  }

  private add(key: ListKey, list: readonly unknown[], rows: (batch: readonly unknown[]) => void): void {
    this.used = true;
    for (let at = 0; at < list.length && !this.issues[key]; at += BATCH) {
      const batch = LISTS[key].safeParse(list.slice(at, at + BATCH));
      if (!batch.success) {
        const first = this.counts[key] + at;
        this.issues[key] = batch.error.issues.map((i) => ({
          path: [key, first + Number(i.path[0]), ...i.path.slice(1)],
          code: i.code,
          message: i.message,
        }));
        return;
      }
      this.json[key].write(
        `${this.counts[key] + at > 0 ? ',' : ''}${JSON.stringify(batch.data).slice(1, -1)}`,
      );
      rows(batch.data);
    }
    if (!this.issues[key]) this.counts[key] += list.length;
  }
}
