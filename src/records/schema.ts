// The record contract of ../shared/spec/records.md. These schemas are the single source of truth:
// every TypeScript record type is inferred from them, and every record is parsed before it is written.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const offset = z.number().int().nonnegative();

export const SpanSchema = z.object({ start: offset, end: offset });

export const WEEKDAYS = [
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);

export const DayRangeSchema = z.object({ from: isoDay, to: isoDay });

/**
 * How exact a date is (the contract's four values). `day` and `range` are facts of the event's
 * days; `month` and `year` only bound a day the text does not state.
 */
export const DATE_PRECISIONS = ['day', 'range', 'month', 'year'] as const;

export const DateValueSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  calendar: z.enum(['jalali', 'gregorian', 'hijri']),
  jalali: DayRangeSchema,
  gregorian: DayRangeSchema,
  precision: z.enum(DATE_PRECISIONS),
  weekday: WeekdaySchema.nullable(),
  yearInferred: z.boolean(),
  /**
   * How a year the text leaves out was found when neither a publication date nor another date of
   * the text gave it: the rule («year.officeholders»), what it rests on in words, and the spans of
   * the text it read (the officeholders named). Absent for every other date.
   */
  yearFrom: z.object({ rule: z.string(), note: z.string(), evidence: z.array(SpanSchema) }).optional(),
  /** Time of day when stated ("14:30"), 24-hour. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .optional(),
});

export const ENTITY_TYPES = [
  'university',
  'organization',
  'unit',
  'person',
  'title',
  'date',
  'place',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const EntitySchema = z.object({
  entityId: z.string().regex(/^e\d+$/),
  type: EntityTypeSchema,
  text: z.string(),
  start: offset,
  end: offset,
  sentence: z.number().int().nonnegative(),
  canonicalId: z.string().optional(),
  /** university/organization: ROR id (9 characters) and Wikidata item, when known. */
  ror: z.string().optional(),
  wikidata: z.string().optional(),
  /**
   * university/organization the gazetteers do not know: "local:" + 10 hex digits of the sha256 of
   * its name's matching key. Stable across documents and runs; never a canonicalId.
   */
  localId: z.string().optional(),
  /** Score of a fuzzy match (a transliterated foreign name), 0..1; `rule` says which rule. */
  score: z.number().min(0).max(1).optional(),
  name: z.string().optional(),
  honorific: z.string().optional(),
  date: DateValueSchema.optional(),
  /** The organisation an office, unit or person belongs to, when the text says so. */
  organizationId: z.string().optional(),
  /** A branch or unit of the organisation («واحد علوم و تحقیقات», «معاونت بین‌الملل»). */
  unit: z.string().optional(),
  /** title: the office's id in rules/titles.json, the same whether the text is Persian or English. */
  titleId: z.string().optional(),
  /** Id of the rule that produced the annotation (--explain, per-rule scores). */
  rule: z.string(),
});

export const LocationSchema = z.object({
  text: z.string(),
  organizationId: z.string().nullable(),
  start: offset,
  end: offset,
});

export const OrganizerSchema = z.object({
  organizationId: z.string().nullable(),
  unit: z.string().nullable(),
  text: z.string(),
});

export const AttendeeSchema = z.object({
  attendeeId: z.string().regex(/^a\d+$/),
  name: z.string().nullable(),
  honorific: z.string().nullable(),
  title: z.string().nullable(),
  organizationId: z.string().nullable(),
  mentions: z.array(SpanSchema),
  /**
   * How khabar made it, rule ids joined by «+»: what made it an attendee (attendee.person,
   * attendee.office, attendee.office-plural), then how its office and organisation were found
   * (title.apposition, org.office, org.list, org.delegation, org.companion, org.sentence …).
   */
  rule: z.string().optional(),
});

export const DECISION_KINDS = ['next_meeting', 'agreement', 'action', 'other'] as const;
export const DecisionSchema = z.object({
  decisionId: z.string().regex(/^d\d+$/),
  kind: z.enum(DECISION_KINDS),
  text: z.string(),
  start: offset,
  end: offset,
  date: DateValueSchema.nullable(),
  location: z.object({ text: z.string(), organizationId: z.string().nullable() }).nullable(),
});

export const MEETING_KINDS = ['meeting', 'visit', 'signing', 'conference', 'workshop', 'other'] as const;
export const MeetingSchema = z.object({
  meetingId: z.string().regex(/^m\d+$/),
  kind: z.enum(MEETING_KINDS),
  title: z.string().nullable(),
  date: DateValueSchema.nullable(),
  location: LocationSchema.nullable(),
  organizer: OrganizerSchema.nullable(),
  organizations: z.array(z.string()),
  attendees: z.array(AttendeeSchema),
  decisions: z.array(DecisionSchema),
  evidence: z.array(SpanSchema),
  confidence: z.number().min(0).max(1),
});

export const DocumentRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  docId: z.string().min(1),
  source: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  language: z.enum(['fa', 'en']),
  /** Page title (HTML <title>/<h1>, JSONL title) when the input had one; not part of `text`. */
  title: z.string().nullable().optional(),
  /** The page address when the input gave one (a .jsonl `url`). */
  url: z.string().nullable().optional(),
  publishedAt: DateValueSchema.nullable(),
  contacts: z.object({ emails: z.array(z.string()), phones: z.array(z.string()) }),
  entities: z.array(EntitySchema),
  meetings: z.array(MeetingSchema),
  warnings: z.array(z.string()),
});

export const ErrorRecordSchema = z.object({
  source: z.string(),
  code: z.string(),
  message: z.string(),
  /** 1-based line for errors inside a .jsonl input. */
  line: z.number().int().positive().optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Organizer = z.infer<typeof OrganizerSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionKind = Decision['kind'];
export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingKind = Meeting['kind'];
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
