// The output tables (CSV and Parquet): one zod object per table, one described field per column.
// These schemas are the single source of truth for column names, order, types and the README's
// column reference (scripts/columns-doc.ts); the CSV header, the Parquet schema and the review tools
// all read them. One naming convention (snake_case) and one meaning per column name across every
// table: the same name in two files is a join key or the same kind of value.
import { z } from 'zod';
import { DATE_PRECISIONS } from './schema.js';

// ---- column kinds -------------------------------------------------------------------------------
const jalaliDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const str = (d: string) => z.string().describe(d);
const optStr = (d: string) => z.string().nullable().describe(d);
const jalali = (d: string) => jalaliDay.nullable().describe(`${d} (Jalali, YYYY-MM-DD text)`);
const day = (d: string) => z.iso.date().nullable().describe(d);
const int = (d: string) => z.number().int().describe(d);
const optInt = (d: string) => z.number().int().nullable().describe(d);
const num = (d: string) => z.number().describe(d);
const bool = (d: string) => z.boolean().describe(d);
const optBool = (d: string) => z.boolean().nullable().describe(d);
const list = (d: string) => z.array(z.string()).describe(d);

const WEEKDAY = ['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** A DateValue flattened under a prefix: `meeting_date_text`, `meeting_date_gregorian_from`, … */
function dateColumns(prefix: string, what: string): Record<string, z.ZodType> {
  return {
    [`${prefix}_text`]: optStr(`${what} as written in the text`),
    [`${prefix}_jalali_from`]: jalali(`first day of ${what}`),
    [`${prefix}_jalali_to`]: jalali(`last day of ${what}; equal to _from for a single day`),
    [`${prefix}_gregorian_from`]: day(`first day of ${what} in the Gregorian calendar`),
    [`${prefix}_gregorian_to`]: day(`last day of ${what} in the Gregorian calendar`),
    [`${prefix}_precision`]: z.enum(DATE_PRECISIONS).nullable().describe(`how exact ${what} is`),
  };
}

// ---- shared columns -----------------------------------------------------------------------------
const docId = str(
  'document id: the source path relative to the input root without extension (a .jsonl line: `<path>#<id or line>`)',
);
const source = str('the input file relative to the input root (a .jsonl line: `<file>#<id or line>`)');
const meetingId = str('meeting id within the document: `m1`, `m2`, …');
const orgId = optStr(
  'organisation id, the key of organisations.csv: the official web domain (`iust.ac.ir`) when identified, a local id otherwise',
);
const eventId = str(
  'event id (`ev-` + 12 hex digits), stable across runs: derived from the event’s first report',
);

// ---- per-document tables (written while documents stream by) ------------------------------------
export const MeetingRowSchema = z.object({
  doc_id: docId,
  meeting_id: meetingId,
  meeting_kind: z
    .enum(['meeting', 'visit', 'signing', 'conference', 'workshop', 'other'])
    .describe('what kind of event'),
  event_title: optStr('the event’s own name (the text inside « »), normalised'),
  ...dateColumns('meeting_date', 'the meeting’s date'),
  meeting_weekday: z.enum(WEEKDAY).nullable().describe('the weekday the text states for the meeting'),
  meeting_year_inferred: optBool('true when the year was not written and was taken from context'),
  location_text: optStr('where it was held, as written'),
  location_org_id: optStr('organisation id of the place it was held (null when online or only a city)'),
  organizer_org_id: optStr('organisation id of the organiser (به دعوت … / به میزبانی …)'),
  organizer_unit: optStr('the organiser’s unit (e.g. معاونت بین‌الملل)'),
  org_ids: list('organisation ids of every participating organisation (hosts and guests), sorted'),
  attendee_count: int('attendees of this meeting (rows in attendees.csv)'),
  decision_count: int('decisions of this meeting (rows in decisions.csv)'),
  confidence: num('0..1, how sure the extractor is that this is a real, reported meeting'),
  evidence_start: optInt('smallest start offset of the sentences the meeting was read from'),
  evidence_end: optInt('largest end offset of those sentences'),
  source,
});

export const AttendeeRowSchema = z.object({
  doc_id: docId,
  meeting_id: meetingId,
  attendee_id: str('attendee id within the document: `a1`, `a2`, …'),
  person_name: optStr('the person’s name without honorific or office; null when only the office is named'),
  honorific: optStr('honorific: دکتر, مهندس, آقای, خانم, …'),
  office: optStr('the office without the organisation (رئیس, معاون بین‌الملل)'),
  org_id: orgId,
  mention_spans: list('every mention as `start-end` offsets (pronouns included when resolved)'),
  rule: optStr('id of the rule that produced the row (attendees: rule ids joined by `+`)'),
});

export const DecisionRowSchema = z.object({
  doc_id: docId,
  meeting_id: meetingId,
  decision_id: str('decision id within the document: `d1`, `d2`, …'),
  decision_kind: z.enum(['next_meeting', 'agreement', 'action', 'other']).describe('what kind of decision'),
  decision_text: str('the decided clause, normalised'),
  ...dateColumns('decision_date', 'the decision’s date (e.g. of the next meeting)'),
  decision_weekday: z
    .enum(WEEKDAY)
    .nullable()
    .describe('the weekday the text states for the decision’s date'),
  decision_year_inferred: optBool('true when the decision date’s year was taken from context'),
  planned_location_text: optStr('where the planned meeting or visit will be, as written'),
  planned_location_org_id: optStr('organisation id of that place'),
  decision_start: int('start offset of the decided clause'),
  decision_end: int('end offset of the decided clause'),
});

export const EntityRowSchema = z.object({
  doc_id: docId,
  entity_id: str('entity id within the document: `e1`, `e2`, …'),
  entity_type: z
    .enum(['university', 'organization', 'unit', 'person', 'title', 'date', 'place'])
    .describe('what was recognised'),
  entity_text: str('exactly the text at [entity_start, entity_end)'),
  entity_start: int('start offset (UTF-16 code units into the original text)'),
  entity_end: int('end offset'),
  sentence_index: int('0-based sentence index'),
  canonical_id: optStr('university/organisation the gazetteers know: its official web domain (an org_id)'),
  local_id: optStr('university/organisation the gazetteers do not know: its stable local id (an org_id)'),
  ror_id: optStr('ROR id, when known'),
  wikidata_id: optStr('Wikidata id (Q…), when known'),
  match_score: z.number().nullable().describe('score of a fuzzy name match (0..1), when the match was fuzzy'),
  entity_name: optStr('person: the normalised name; organisation: its normalised name'),
  honorific: optStr('person: the honorific'),
  org_id: orgId,
  unit: optStr('a unit or branch of the organisation the text names'),
  entity_date_jalali_from: jalali('date entities: first day'),
  entity_date_jalali_to: jalali('date entities: last day'),
  entity_date_gregorian_from: day('date entities: first day in the Gregorian calendar'),
  entity_date_gregorian_to: day('date entities: last day in the Gregorian calendar'),
  rule: optStr('id of the rule that produced the row (entities: what --explain prints)'),
});

export const DocumentRowSchema = z.object({
  doc_id: docId,
  source,
  url: optStr('the page address when the input gave one (a .jsonl `url`)'),
  headline: optStr('the page title (HTML `<title>`/`<h1>`, .jsonl `title`)'),
  language: z.enum(['fa', 'en']).describe('detected language'),
  sha256: str('hex sha256 of the raw input bytes'),
  ...dateColumns('published', 'the publication date'),
  doc_meeting_count: int('meetings in the document'),
  doc_attendee_count: int('attendees over all its meetings'),
  doc_decision_count: int('decisions over all its meetings'),
  doc_entity_count: int('entity mentions'),
  doc_flag_count: int('rows of this document in document_flags.csv'),
  warnings: list('the record’s warnings (weekday-mismatch, year-inferred, low-confidence, …)'),
  email_addresses: list('e-mail addresses in the text'),
  phone_numbers: list('telephone numbers in the text'),
});

export const DocumentFlagRowSchema = z.object({
  doc_id: docId,
  meeting_id: optStr('the meeting the flag is about; null for the whole document'),
  flag: str('weekday-mismatch, year-inferred, low-confidence, meeting-without-date, …'),
});

// ---- run-level tables (derived from every record of the run) ------------------------------------
export const OrganisationRowSchema = z.object({
  org_id: str('organisation id: official web domain when identified, the local id otherwise'),
  identified: bool('true when the organisation is in khabar’s gazetteers; false for a local unknown'),
  name_fa: optStr('Persian name (official when identified; the most frequent wording otherwise)'),
  name_en: optStr('English name'),
  org_kind: optStr(
    'university, medical-university, institute, ministry, government, agency, … (`organization` for an entry of the generated world gazetteer)',
  ),
  university_type: optStr('universities: comprehensive, technology, medical, art, teacher-training, …'),
  country: optStr('ISO 3166-1 alpha-2 country code'),
  city: optStr('city (English)'),
  ror_id: optStr(
    'Research Organization Registry id (9 characters; its page is https://ror.org/<id>), when known',
  ),
  wikidata_id: optStr('Wikidata item id (Q…), when known'),
  mention_count: int('entity mentions in the run'),
  document_count: int('documents that mention it'),
  meeting_count: int('meetings it took part in'),
  event_count: int('events it took part in (a meeting reported by several outlets counts once)'),
});

export const EventRowSchema = z.object({
  event_id: eventId,
  event_kind: str(
    'the kind all reports agree on, or `a|b` when they differ (then listed in event_conflicts.csv)',
  ),
  event_title: optStr('the event’s own name when a report gives one'),
  event_date_jalali_from: jalali('earliest day any report gives'),
  event_date_jalali_to: jalali('latest day any report gives'),
  event_date_gregorian_from: day('earliest day any report gives'),
  event_date_gregorian_to: day('latest day any report gives'),
  org_ids: list('organisation ids of every participating organisation over all reports, sorted'),
  doc_ids: list('the documents that report it, sorted'),
  report_count: int('documents that report it'),
  attendee_count: int('people in the union of attendees (rows in event_attendees.csv)'),
  decision_count: int('decisions in the union (rows in event_decisions.csv)'),
  conflict_count: int('fields on which reports disagree (rows in event_conflicts.csv, grouped by field)'),
});

export const EventDocumentRowSchema = z.object({
  event_id: eventId,
  doc_id: docId,
  meeting_id: meetingId,
  source,
});

export const EventAttendeeRowSchema = z.object({
  event_id: eventId,
  person_name: optStr('the person’s name (null when only the office is named)'),
  office: optStr('the office'),
  org_id: orgId,
  doc_ids: list('documents that name this attendee'),
  attendee_refs: list('the attendee rows it unites, as `doc_id/attendee_id`'),
});

export const EventDecisionRowSchema = z.object({
  event_id: eventId,
  decision_kind: z.enum(['next_meeting', 'agreement', 'action', 'other']).describe('what kind of decision'),
  decision_text: str('the decided clause, normalised'),
  doc_ids: list('documents that report this decision (same normalised text)'),
  decision_refs: list('the decision rows it unites, as `doc_id/decision_id`'),
});

export const EventConflictRowSchema = z.object({
  event_id: eventId,
  field: z.enum(['date', 'location', 'kind']).describe('what the reports disagree on'),
  value: str('one of the values given (a date as `from..to`, Gregorian)'),
  doc_ids: list('the documents that give this value'),
});

export const NetworkNodeRowSchema = z.object({
  org_id: str('organisation id (node id)'),
  identified: bool('in khabar’s gazetteers'),
  name_fa: optStr('Persian name'),
  name_en: optStr('English name'),
  org_kind: optStr('as in organisations.csv'),
  country: optStr('ISO 3166-1 alpha-2'),
  ror_id: optStr('ROR id'),
  wikidata_id: optStr('Wikidata id'),
  event_count: int('events it took part in'),
  degree: int('organisations it shares an event with'),
});

export const NetworkEdgeRowSchema = z.object({
  source_org_id: str('one organisation (the smaller id)'),
  target_org_id: str('the other organisation'),
  weight: int('events both took part in'),
  first_date: day('earliest Gregorian day of those events (null when none is dated)'),
  last_date: day('latest Gregorian day of those events'),
  event_ids: list('the events, sorted'),
});

export const TABLE_SCHEMAS = {
  documents: DocumentRowSchema,
  document_flags: DocumentFlagRowSchema,
  meetings: MeetingRowSchema,
  attendees: AttendeeRowSchema,
  decisions: DecisionRowSchema,
  entities: EntityRowSchema,
  organisations: OrganisationRowSchema,
  events: EventRowSchema,
  event_documents: EventDocumentRowSchema,
  event_attendees: EventAttendeeRowSchema,
  event_decisions: EventDecisionRowSchema,
  event_conflicts: EventConflictRowSchema,
  network_nodes: NetworkNodeRowSchema,
  network_edges: NetworkEdgeRowSchema,
} as const;
export type TableName = keyof typeof TABLE_SCHEMAS;
export const ALL_TABLES = Object.keys(TABLE_SCHEMAS) as TableName[];

/** Tables with rows per document: written by the streaming writer as documents arrive. */
export const DOCUMENT_TABLES = [
  'documents',
  'document_flags',
  'meetings',
  'attendees',
  'decisions',
  'entities',
] as const satisfies readonly TableName[];
export type DocumentTable = (typeof DOCUMENT_TABLES)[number];
/** Tables derived from the whole run's records (deriveRunOutputs). */
export const RUN_TABLES = ALL_TABLES.filter(
  (t) => !(DOCUMENT_TABLES as readonly string[]).includes(t),
) as Exclude<TableName, DocumentTable>[];

export type TableRow<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
export type Value = string | number | boolean | null | readonly string[];

// ---- column metadata read off the schemas --------------------------------------------------------
export type ColumnType = 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'list';
export interface ColumnInfo {
  name: string;
  type: ColumnType;
  nullable: boolean;
  values: readonly string[] | null;
  description: string;
}

interface JsonSchemaNode {
  type?: string | string[];
  format?: string;
  enum?: string[];
  anyOf?: JsonSchemaNode[];
  description?: string;
}

function typeOf(node: JsonSchemaNode): { type: ColumnType; values: string[] | null } {
  const t = Array.isArray(node.type) ? node.type.find((x) => x !== 'null') : node.type;
  if (t === 'array') return { type: 'list', values: null };
  if (t === 'integer') return { type: 'integer', values: null };
  if (t === 'number') return { type: 'number', values: null };
  if (t === 'boolean') return { type: 'boolean', values: null };
  if (t === 'string' && node.format === 'date') return { type: 'date', values: null };
  if (t === 'string') return { type: 'string', values: node.enum?.filter((v) => v !== null) ?? null };
  throw new Error(`unsupported column schema ${JSON.stringify(node)}`);
}

const infoCache = new Map<TableName, ColumnInfo[]>();

/** Name, type, nullability, allowed values and description of every column, in order. */
export function columnInfo(table: TableName): ColumnInfo[] {
  const hit = infoCache.get(table);
  if (hit) return hit;
  const json = z.toJSONSchema(TABLE_SCHEMAS[table]) as { properties: Record<string, JsonSchemaNode> };
  const out = Object.entries(json.properties).map(([name, node]) => {
    const alt = node.anyOf?.filter((n) => n.type !== 'null');
    const nullable =
      (node.anyOf?.some((n) => n.type === 'null') ?? false) ||
      (Array.isArray(node.type) && node.type.includes('null'));
    const base = alt && alt.length === 1 && alt[0] ? alt[0] : node;
    const { type, values } = typeOf(base);
    return { name, type, nullable, values, description: node.description ?? base.description ?? '' };
  });
  infoCache.set(table, out);
  return out;
}

/** Column names in order: the CSV header and the Parquet schema. */
export function columnsOf(table: TableName): string[] {
  return columnInfo(table).map((c) => c.name);
}

/** What one row of each table is, and its key: the README's headings. */
export const TABLE_ABOUT: Record<TableName, { row: string; key: string[] }> = {
  documents: { row: 'input document that gave a record', key: ['doc_id'] },
  document_flags: {
    row: 'warning or flag of a document or one of its meetings',
    key: ['doc_id', 'meeting_id', 'flag'],
  },
  meetings: { row: 'meeting as one document reports it', key: ['doc_id', 'meeting_id'] },
  attendees: { row: 'attendee of a meeting', key: ['doc_id', 'meeting_id', 'attendee_id'] },
  decisions: { row: 'decision of a meeting', key: ['doc_id', 'meeting_id', 'decision_id'] },
  entities: { row: 'entity mention', key: ['doc_id', 'entity_id'] },
  organisations: { row: 'organisation seen in the run', key: ['org_id'] },
  events: { row: 'event: the meetings of different documents that report the same thing', key: ['event_id'] },
  event_documents: {
    row: 'report (meeting of a document) of an event',
    key: ['event_id', 'doc_id', 'meeting_id'],
  },
  event_attendees: { row: 'attendee in the union of an event’s reports', key: ['event_id', 'attendee_refs'] },
  event_decisions: { row: 'decision in the union of an event’s reports', key: ['event_id', 'decision_refs'] },
  event_conflicts: {
    row: 'value of a field the reports of an event disagree on',
    key: ['event_id', 'field', 'value'],
  },
  network_nodes: { row: 'organisation in the cooperation network', key: ['org_id'] },
  network_edges: {
    row: 'pair of organisations that took part in the same event',
    key: ['source_org_id', 'target_org_id'],
  },
};

const TYPE_LABEL: Record<ColumnType, string> = {
  string: 'text',
  date: 'date',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  list: 'list of text',
};

/** The README's column reference, generated from the schemas (scripts/columns-doc.ts writes it). */
export function columnsMarkdown(): string {
  const out: string[] = [];
  for (const t of ALL_TABLES) {
    const about = TABLE_ABOUT[t];
    out.push(
      `#### ${t}.csv / ${t}.parquet — one row per ${about.row} (key ${about.key.map((k) => `\`${k}\``).join(', ')})`,
    );
    out.push('', '| column | type | meaning |', '|---|---|---|');
    for (const c of columnInfo(t)) {
      const values = c.values ? ` (${c.values.map((v) => `\`${v}\``).join(', ')})` : '';
      const type = `${TYPE_LABEL[c.type]}${c.nullable ? ', may be empty' : ''}`;
      const desc = c.description.replaceAll('|', '\\|');
      out.push(`| \`${c.name}\` | ${type} | ${desc}${values} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
