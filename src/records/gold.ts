// Gold files (corpus/gold/*.json) use the record fields with spans optional: an annotator writes
// what the document says, not where. Validated with the same building blocks as the records.
import { z } from 'zod';
import {
  DATE_PRECISIONS,
  DayRangeSchema,
  DECISION_KINDS,
  EntityTypeSchema,
  MEETING_KINDS,
  WeekdaySchema,
} from './schema.js';

export const GoldDateSchema = z.object({
  text: z.string().optional(),
  calendar: z.enum(['jalali', 'gregorian', 'hijri']).optional(),
  jalali: DayRangeSchema,
  gregorian: DayRangeSchema,
  precision: z.enum(DATE_PRECISIONS),
  weekday: WeekdaySchema.nullable().optional(),
  yearInferred: z.boolean().optional(),
});

export const GoldEntitySchema = z.object({
  type: EntityTypeSchema,
  text: z.string(),
  canonicalId: z.string().optional(),
  name: z.string().optional(),
  honorific: z.string().optional(),
  date: GoldDateSchema.optional(),
});

export const GoldAttendeeSchema = z.object({
  name: z.string().nullable(),
  honorific: z.string().nullable().optional(),
  title: z.string().nullable(),
  organizationId: z.string().nullable(),
});

export const GoldDecisionSchema = z.object({
  kind: z.enum(DECISION_KINDS),
  text: z.string(),
  date: GoldDateSchema.nullable().optional(),
  location: z.object({ text: z.string(), organizationId: z.string().nullable() }).nullable().optional(),
});

export const GoldMeetingSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  title: z.string().nullable(),
  date: GoldDateSchema.nullable(),
  location: z.object({ text: z.string(), organizationId: z.string().nullable() }).nullable(),
  organizer: z
    .object({
      organizationId: z.string().nullable(),
      unit: z.string().nullable(),
      text: z.string().optional(),
    })
    .nullable(),
  organizations: z.array(z.string()),
  attendees: z.array(GoldAttendeeSchema),
  decisions: z.array(GoldDecisionSchema),
});

export const GoldRecordSchema = z.object({
  docId: z.string().min(1),
  source: z.string().optional(),
  publishedAt: GoldDateSchema.nullable().optional(),
  contacts: z.object({ emails: z.array(z.string()), phones: z.array(z.string()) }),
  entities: z.array(GoldEntitySchema),
  meetings: z.array(GoldMeetingSchema),
  warnings: z.array(z.string()).optional(),
  /** Free text for the annotator's doubts; ignored by the scorer. */
  notes: z.string().optional(),
});

export type GoldDate = z.infer<typeof GoldDateSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldMeeting = z.infer<typeof GoldMeetingSchema>;
export type GoldRecord = z.infer<typeof GoldRecordSchema>;
