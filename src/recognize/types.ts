import type { DateValue, EntityType } from '../records/schema.js';

/**
 * A standoff annotation made by a recogniser: [start, end) in ORIGINAL offsets, its type, and the
 * id of the rule that made it. Everything else is the resolved value.
 */
export interface Annotation {
  type: EntityType;
  start: number;
  end: number;
  rule: string;
  canonicalId?: string;
  /** person: the name without honorific or title; unit/title: the canonical form. */
  name?: string;
  honorific?: string;
  date?: DateValue;
  /** office/unit/person: the organisation it belongs to. */
  organizationId?: string;
  /** For ties in the overlap policy (longest, then earliest, then higher priority). */
  priority?: number;
}

/** Contacts found in a document, normalised as records.md says. */
export interface Contacts {
  emails: { value: string; start: number; end: number }[];
  phones: { value: string; start: number; end: number }[];
}
