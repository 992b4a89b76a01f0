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
  /** university/organization: ROR id and Wikidata item when the gazetteer knows them. */
  ror?: string;
  wikidata?: string;
  /**
   * university/organization without a canonical id: a stable id of the name as written
   * ("local:" + 10 hex of sha256 of its matching key), so its people attach to it.
   */
  localId?: string;
  /** A fuzzy match's score (transliterated names): 0..1, higher is surer. */
  score?: number;
  /** person: the name without honorific or title; unit/title: the canonical form. */
  name?: string;
  honorific?: string;
  date?: DateValue;
  /** office/unit/person: the organisation it belongs to. */
  organizationId?: string;
  /** A branch or unit of the organisation. */
  unit?: string;
  /** title: the office's id in rules/titles.json (the same for its Persian and English names). */
  titleId?: string;
  /** For ties in the overlap policy (longest, then earliest, then higher priority). */
  priority?: number;
}

/** Contacts found in a document, normalised as records.md says. */
export interface Contacts {
  emails: { value: string; start: number; end: number }[];
  phones: { value: string; start: number; end: number }[];
}

/** An annotation that also knows its tokens [tFirst, tEnd) — recognisers and extractors work in tokens. */
export interface Mention extends Annotation {
  tFirst: number;
  tEnd: number;
  /** title: a plural office («معاونان», «روسای») that distributes over listed organisations. */
  plural?: boolean;
  /** title: its kind in rules/titles.json (office, academic, diplomatic, government). */
  titleKind?: string;
}
