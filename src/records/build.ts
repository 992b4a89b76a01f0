// Turns the recognisers' mentions and the extracted meetings into a DocumentRecord: ids in text
// order, every span with its original text, warnings the editors should see.

import type { Linked } from '../extract/link.js';
import type { DraftMeeting } from '../extract/meetings.js';
import { weekdayMismatch } from '../recognize/dates/index.js';
import type { Contacts, Mention } from '../recognize/types.js';
import type { TextDoc } from '../text/types.js';
import { type DateValue, type DocumentRecord, type Entity, type Meeting, SCHEMA_VERSION } from './schema.js';

export interface RecordParts {
  doc: TextDoc;
  docId: string;
  source: string;
  sha256: string;
  language: 'fa' | 'en';
  title: string | null;
  url?: string | null;
  publishedAt: DateValue | null;
  contacts: Contacts;
  mentions: readonly Mention[];
  linked: Linked;
  meetings: readonly DraftMeeting[];
}

/** Low confidence: editors see these meetings first. */
export const LOW_CONFIDENCE = 0.6;

function entityOf(parts: RecordParts, m: Mention, id: number): Entity {
  const token = parts.doc.tokens[m.tFirst];
  const e: Entity = {
    entityId: `e${id}`,
    type: m.type,
    text: parts.doc.original.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    sentence: token?.sentence ?? 0,
    rule: m.rule,
  };
  if (m.canonicalId) e.canonicalId = m.canonicalId;
  if (m.ror) e.ror = m.ror;
  if (m.wikidata) e.wikidata = m.wikidata;
  if (m.localId) e.localId = m.localId;
  if (m.score !== undefined) e.score = m.score;
  if (m.name !== undefined && m.type !== 'date') e.name = m.name;
  if (m.honorific) e.honorific = m.honorific;
  if (m.date) e.date = m.date;
  if (m.organizationId) e.organizationId = m.organizationId;
  if (m.unit) e.unit = m.unit;
  if (m.titleId) e.titleId = m.titleId;
  if (m.type === 'person') {
    const idx = parts.linked.personOf.get(m.start);
    const person = idx === undefined ? undefined : parts.linked.persons[idx];
    if (person) {
      e.name = person.name;
      if (person.organizationId) e.organizationId = person.organizationId;
    }
  }
  return e;
}

export function buildRecord(parts: RecordParts): DocumentRecord {
  const entities = [...parts.mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m, i) => entityOf(parts, m, i + 1));
  let attendeeId = 0;
  let decisionId = 0;
  const meetings: Meeting[] = parts.meetings.map((m, i) => ({
    meetingId: `m${i + 1}`,
    kind: m.kind,
    title: m.title,
    date: m.date,
    location: m.location,
    organizer: m.organizer,
    organizations: m.organizations,
    attendees: m.attendees.map((a) => ({ attendeeId: `a${++attendeeId}`, ...a })),
    decisions: m.decisions.map((d) => ({
      decisionId: `d${++decisionId}`,
      kind: d.kind,
      text: d.text,
      start: d.start,
      end: d.end,
      date: d.date,
      location: d.location,
    })),
    evidence: m.evidence,
    confidence: m.confidence,
  }));
  const warnings = new Set<string>();
  for (const e of entities) {
    if (e.date && weekdayMismatch(e.date)) warnings.add('weekday-mismatch');
    // An organisation the gazetteers could not identify: editors may add it to rules/.
    if (e.localId) warnings.add('organization-unidentified');
  }
  for (const m of meetings) {
    if (m.date?.yearInferred || m.decisions.some((d) => d.date?.yearInferred)) warnings.add('year-inferred');
    if (m.confidence < LOW_CONFIDENCE) warnings.add('low-confidence');
    if (!m.date) warnings.add('meeting-without-date');
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    schemaVersion: SCHEMA_VERSION,
    docId: parts.docId,
    source: parts.source,
    sha256: parts.sha256,
    language: parts.language,
    title: parts.title,
    ...(parts.url ? { url: parts.url } : {}),
    publishedAt: parts.publishedAt,
    contacts: {
      emails: unique(parts.contacts.emails.map((x) => x.value)),
      phones: unique(parts.contacts.phones.map((x) => x.value)),
    },
    entities,
    meetings,
    warnings: [...warnings].sort(),
  };
}
