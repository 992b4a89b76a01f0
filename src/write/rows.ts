// One record → its typed rows in the per-document tables (documents, document_flags, meetings,
// attendees, decisions, entities). Values keep their types (lists stay lists, counts stay numbers):
// the CSV writer flattens them, the Parquet writer stores them as they are. Column order comes from
// the zod schemas in src/records/tables.ts.
import { weekdayMismatch } from '../recognize/dates/index.js';
import { LOW_CONFIDENCE } from '../records/build.js';
import type { DateValue, DocumentRecord, Meeting } from '../records/schema.js';
import type { DocumentTable, Value } from '../records/tables.js';

export type Row = Record<string, Value>;
export type DocumentRows = Record<DocumentTable, Row[]>;

function dateCells(prefix: string, d: DateValue | null | undefined): Row {
  return {
    [`${prefix}_text`]: d?.text ?? null,
    [`${prefix}_jalali_from`]: d?.jalali.from ?? null,
    [`${prefix}_jalali_to`]: d?.jalali.to ?? null,
    [`${prefix}_gregorian_from`]: d?.gregorian.from ?? null,
    [`${prefix}_gregorian_to`]: d?.gregorian.to ?? null,
    [`${prefix}_precision`]: d?.precision ?? null,
  };
}

/** Flags of one meeting, the same names the record's document-level warnings use. */
export function meetingFlags(m: Meeting): string[] {
  const flags = new Set<string>();
  const dates = [m.date, ...m.decisions.map((d) => d.date)];
  if (dates.some((d) => d && weekdayMismatch(d))) flags.add('weekday-mismatch');
  if (dates.some((d) => d?.yearInferred)) flags.add('year-inferred');
  if (m.confidence < LOW_CONFIDENCE) flags.add('low-confidence');
  if (!m.date) flags.add('meeting-without-date');
  return [...flags].sort();
}

function meetingRow(record: Pick<DocumentRecord, 'docId' | 'source'>, m: Meeting): Row {
  const starts = m.evidence.map((e) => e.start);
  const ends = m.evidence.map((e) => e.end);
  return {
    doc_id: record.docId,
    meeting_id: m.meetingId,
    meeting_kind: m.kind,
    event_title: m.title,
    ...dateCells('meeting_date', m.date),
    meeting_weekday: m.date?.weekday ?? null,
    meeting_year_inferred: m.date ? m.date.yearInferred : null,
    location_text: m.location?.text ?? null,
    location_org_id: m.location?.organizationId ?? null,
    organizer_org_id: m.organizer?.organizationId ?? null,
    organizer_unit: m.organizer?.unit ?? null,
    org_ids: m.organizations,
    attendee_count: m.attendees.length,
    decision_count: m.decisions.length,
    confidence: m.confidence,
    evidence_start: starts.length ? Math.min(...starts) : null,
    evidence_end: ends.length ? Math.max(...ends) : null,
    source: record.source,
  };
}

/** One entities.csv row. */
export function entityRow(doc_id: string, e: DocumentRecord['entities'][number]): Row {
  return {
    doc_id,
    entity_id: e.entityId,
    entity_type: e.type,
    entity_text: e.text,
    entity_start: e.start,
    entity_end: e.end,
    sentence_index: e.sentence,
    canonical_id: e.canonicalId ?? null,
    local_id: e.localId ?? null,
    ror_id: e.ror ?? null,
    wikidata_id: e.wikidata ?? null,
    match_score: e.score ?? null,
    entity_name: e.name ?? null,
    honorific: e.honorific ?? null,
    org_id: e.organizationId ?? null,
    unit: e.unit ?? null,
    entity_date_jalali_from: e.date?.jalali.from ?? null,
    entity_date_jalali_to: e.date?.jalali.to ?? null,
    entity_date_gregorian_from: e.date?.gregorian.from ?? null,
    entity_date_gregorian_to: e.date?.gregorian.to ?? null,
    rule: e.rule,
  };
}

/** A record's rows in every per-document table. */
export function documentRows(record: DocumentRecord): DocumentRows {
  const out = rowsButEntities(record);
  for (const e of record.entities) out.entities.push(entityRow(record.docId, e));
  return out;
}

/** The tables a meeting has rows in (document_flags: its own flags, after the document's warnings). */
export type MeetingTable = 'meetings' | 'attendees' | 'decisions' | 'document_flags';

/** One meeting's rows: its meetings row, its flags, its attendees and its decisions. */
export function pushMeetingRows(
  out: Pick<DocumentRows, MeetingTable>,
  record: Pick<DocumentRecord, 'docId' | 'source'>,
  m: Meeting,
): void {
  const doc_id = record.docId;
  out.meetings.push(meetingRow(record, m));
  for (const flag of meetingFlags(m)) out.document_flags.push({ doc_id, meeting_id: m.meetingId, flag });
  for (const a of m.attendees) {
    out.attendees.push({
      doc_id,
      meeting_id: m.meetingId,
      attendee_id: a.attendeeId,
      person_name: a.name,
      honorific: a.honorific,
      office: a.title,
      org_id: a.organizationId,
      mention_spans: a.mentions.map((s) => `${s.start}-${s.end}`),
      rule: a.rule ?? null,
    });
  }
  for (const d of m.decisions) {
    out.decisions.push({
      doc_id,
      meeting_id: m.meetingId,
      decision_id: d.decisionId,
      decision_kind: d.kind,
      decision_text: d.text,
      ...dateCells('decision_date', d.date),
      decision_weekday: d.date?.weekday ?? null,
      decision_year_inferred: d.date ? d.date.yearInferred : null,
      planned_location_text: d.location?.text ?? null,
      planned_location_org_id: d.location?.organizationId ?? null,
      decision_start: d.start,
      decision_end: d.end,
    });
  }
}

/** Rows per table of a document, for its documents row. */
export type RowCounts = Record<Exclude<DocumentTable, 'documents'>, number>;

/** The document's warnings as document_flags rows (its meetings' flags follow them). */
export function warningRows(record: Pick<DocumentRecord, 'docId' | 'warnings'>): Row[] {
  return record.warnings.map((flag) => ({ doc_id: record.docId, meeting_id: null, flag }));
}

/** The documents row: the record's head and how many rows it has in each other table. */
export function documentRow(record: DocumentRecord, counts: RowCounts): Row {
  const p = record.publishedAt;
  return {
    doc_id: record.docId,
    source: record.source,
    url: record.url ?? null,
    headline: record.title ?? null,
    language: record.language,
    sha256: record.sha256,
    ...dateCells('published', p),
    doc_meeting_count: counts.meetings,
    doc_attendee_count: counts.attendees,
    doc_decision_count: counts.decisions,
    doc_entity_count: counts.entities,
    doc_flag_count: counts.document_flags,
    warnings: record.warnings,
    email_addresses: record.contacts.emails,
    phone_numbers: record.contacts.phones,
  };
}

/**
 * Every table's rows but the entities' (left empty; one row per entity, entityRow): a long
 * document has a hundred thousand, which the run-level stage turns into rows a batch at a time as
 * it reads them (`entityCount`: the document's, when the record's list no longer holds them).
 */
export function rowsButEntities(record: DocumentRecord, entityCount = record.entities.length): DocumentRows {
  const out: DocumentRows = {
    documents: [],
    document_flags: warningRows(record),
    meetings: [],
    attendees: [],
    decisions: [],
    entities: [],
  };
  for (const m of record.meetings) pushMeetingRows(out, record, m);
  out.documents.push(
    documentRow(record, {
      meetings: out.meetings.length,
      attendees: out.attendees.length,
      decisions: out.decisions.length,
      entities: entityCount,
      document_flags: out.document_flags.length,
    }),
  );
  return out;
}
