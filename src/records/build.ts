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

function entityOf(parts: Pick<RecordParts, 'doc' | 'linked'>, m: Mention, id: number): Entity {
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
  const builder = new RecordBuilder();
  builder.add(parts);
  return builder.finish(parts);
}

/** What buildRecord needs of a document beyond its parts: the record's head. */
export type RecordHead = Pick<
  RecordParts,
  'docId' | 'source' | 'sha256' | 'language' | 'title' | 'url' | 'publishedAt'
>;

/** Where a long document's entities and meetings go as they are made (RecordBuilder). */
export interface ListSink {
  entities(list: readonly Entity[]): void;
  meetings(list: readonly Meeting[]): void;
}

/** The parts of one analysed text (a document or a window of one). */
export type WindowParts = Omit<RecordParts, keyof RecordHead>;

/**
 * A record built from the parts of one or more consecutive windows of a document (pipeline.ts:
 * a very long document is processed a window at a time). Ids continue across windows in text
 * order, sentence indexes are shifted by the sentences of the windows before, contacts and
 * warnings are kept once each; one window gives what buildRecord always gave.
 */
export class RecordBuilder {
  private readonly entities: Entity[] = [];
  private entityCount = 0;

  /**
   * With `sink`, each window's entities and meetings go to it as they are made instead of into the
   * record (whose lists stay empty): write/encoded.ts encodes them at once (EncodedLists).
   */
  constructor(private readonly sink: ListSink | null = null) {}

  private readonly meetings: Meeting[] = [];
  private meetingCount = 0;
  private readonly emails: string[] = [];
  private readonly phones: string[] = [];
  private readonly warnings = new Set<string>();
  private attendeeId = 0;
  private decisionId = 0;
  private sentenceBase = 0;

  /** Adds a window's parts; windows come in text order and do not overlap. */
  add(parts: WindowParts): void {
    const sorted = [...parts.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const entities = this.sink ? [] : this.entities;
    for (let i = 0; i < sorted.length; i++) {
      const e = entityOf(parts, sorted[i]!, ++this.entityCount);
      if (this.sentenceBase) e.sentence += this.sentenceBase;
      entities.push(e);
      if (e.date && weekdayMismatch(e.date)) this.warnings.add('weekday-mismatch');
      // A year read from outside the text's dates (officeholders' terms): a reader should check it.
      if (e.date?.yearFrom) this.warnings.add('year-inferred');
      // An organisation the gazetteers could not identify: editors may add it to rules/.
      if (e.localId) this.warnings.add('organization-unidentified');
    }
    const meetings = this.sink ? [] : this.meetings;
    for (const m of parts.meetings) meetings.push(this.meetingOf(m));
    this.sink?.entities(entities);
    this.sink?.meetings(meetings);
    for (const x of parts.contacts.emails) this.emails.push(x.value);
    for (const x of parts.contacts.phones) this.phones.push(x.value);
    this.sentenceBase += parts.doc.sentences.length;
  }

  private meetingOf(m: DraftMeeting): Meeting {
    const meeting: Meeting = {
      meetingId: `m${++this.meetingCount}`,
      kind: m.kind,
      title: m.title,
      date: m.date,
      location: m.location,
      organizer: m.organizer,
      organizations: m.organizations,
      attendees: m.attendees.map((a) => ({ attendeeId: `a${++this.attendeeId}`, ...a })),
      decisions: m.decisions.map((d) => ({
        decisionId: `d${++this.decisionId}`,
        kind: d.kind,
        text: d.text,
        start: d.start,
        end: d.end,
        date: d.date,
        location: d.location,
      })),
      evidence: m.evidence,
      confidence: m.confidence,
    };
    if (meeting.date?.yearInferred || meeting.decisions.some((d) => d.date?.yearInferred))
      this.warnings.add('year-inferred');
    if (meeting.confidence < LOW_CONFIDENCE) this.warnings.add('low-confidence');
    if (!meeting.date) this.warnings.add('meeting-without-date');
    return meeting;
  }

  finish(head: RecordHead): DocumentRecord {
    const unique = (xs: string[]) => [...new Set(xs)];
    return {
      schemaVersion: SCHEMA_VERSION,
      docId: head.docId,
      source: head.source,
      sha256: head.sha256,
      language: head.language,
      title: head.title,
      ...(head.url ? { url: head.url } : {}),
      publishedAt: head.publishedAt,
      contacts: { emails: unique(this.emails), phones: unique(this.phones) },
      entities: this.entities,
      meetings: this.meetings,
      warnings: [...this.warnings].sort(),
    };
  }
}
