// organisations.csv: one row per organisation seen in the run. Names, kind, country, city and the
// ROR/Wikidata ids come from the rules data (the gazetteers); an organisation whose id is not in
// them is a local unknown, named by the wording the documents use most.
import type { DocumentRecord, Entity } from '../records/schema.js';
import type { RuleSet } from '../rules/load.js';
import type { Row } from './rows.js';

export interface OrgInfo {
  name_fa: string | null;
  name_en: string | null;
  org_kind: string | null;
  university_type: string | null;
  country: string | null;
  city: string | null;
  ror_id: string | null;
  wikidata_id: string | null;
}
/** Organisation id → what the rules know of it. */
export interface OrgDirectory {
  get(id: string): OrgInfo | undefined;
}

/** What is known of an organisation the gazetteers lack: at most the wording the text gives. */
export function unidentifiedOrg(nameFa: string | null): OrgInfo & { identified: false } {
  return {
    identified: false,
    name_fa: nameFa,
    name_en: null,
    org_kind: null,
    university_type: null,
    country: null,
    city: null,
    ror_id: null,
    wikidata_id: null,
  };
}

/** Universities' own kinds that name a kind of organisation of their own. */
const UNIVERSITY_ORG_KIND: Record<string, string> = {
  medical: 'medical-university',
  institute: 'institute',
};

/** An optional string field the rules may or may not carry (ror, wikidata, city). */
function field(entry: object, ...names: string[]): string | null {
  for (const n of names) {
    const v = (entry as Record<string, unknown>)[n];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/**
 * The gazetteers as a lookup by organisation id: the hand-curated universities and organisations
 * first, then the generated world gazetteer (rules/generated) for ids they do not have. The
 * generated entries stay packed (recognize/gazetteer-pack.ts): an entry's info is made when asked.
 */
export function orgDirectory(
  rules: Pick<RuleSet, 'universities' | 'organizations'> & Partial<Pick<RuleSet, 'gazetteer'>>,
): OrgDirectory {
  const dir = new Map<string, OrgInfo>();
  for (const u of rules.universities) {
    if (dir.has(u.id)) continue;
    dir.set(u.id, {
      name_fa: u.fa,
      name_en: u.en,
      org_kind: UNIVERSITY_ORG_KIND[u.kind] ?? 'university',
      university_type: u.kind,
      country: u.country,
      city: u.city,
      ror_id: field(u, 'ror', 'rorId'),
      wikidata_id: field(u, 'wikidata', 'wikidataId'),
    });
  }
  for (const o of rules.organizations) {
    if (o.id === null || dir.has(o.id)) continue;
    dir.set(o.id, {
      name_fa: o.fa,
      name_en: o.en ?? null,
      org_kind: o.type,
      university_type: null,
      country: o.country ?? null,
      city: field(o, 'city'),
      ror_id: field(o, 'ror', 'rorId'),
      wikidata_id: field(o, 'wikidata', 'wikidataId'),
    });
  }
  const gz = rules.gazetteer;
  return {
    get(id) {
      const hand = dir.get(id);
      const i = hand || !gz ? -1 : gz.indexOfId(id);
      if (i < 0) return hand;
      return {
        name_fa: gz!.fa(i),
        name_en: gz!.en(i),
        org_kind: gz!.isUniversity(i) ? 'university' : 'organization',
        university_type: null,
        country: gz!.country(i),
        city: gz!.city(i),
        ror_id: gz!.ror(i),
        wikidata_id: gz!.wikidata(i),
      };
    },
  };
}

/** `directory`'s entries for `ids` only, kept apart from it (the rules behind it can go). */
export function directoryOf(directory: OrgDirectory, ids: Iterable<string>): OrgDirectory {
  const known = new Map<string, OrgInfo>();
  for (const id of ids) {
    const info = directory.get(id);
    if (info) known.set(id, info);
  }
  return { get: (id) => known.get(id) };
}

interface Seen {
  mentions: number;
  documents: number;
  meetings: number;
  events: number;
  /** wording → count, for naming a local unknown. */
  names: Map<string, number>;
}

/** The org id of a university/organisation entity: its canonical id, or its local id when unknown. */
export function orgIdOf(e: Entity): string | null {
  if (e.type !== 'university' && e.type !== 'organization') return null;
  return e.canonicalId ?? e.localId ?? null;
}

/** Adds the organisation ids entities use to `ids`. */
function entityIds(entities: readonly Entity[], ids: Set<string>): void {
  for (const e of entities) {
    const id = orgIdOf(e);
    if (id) ids.add(id);
    if (e.organizationId) ids.add(e.organizationId);
  }
}

/** Adds the organisation ids meetings use to `ids`. */
function meetingIds(meetings: DocumentRecord['meetings'], ids: Set<string>): void {
  const add = (id: string | null | undefined) => {
    if (id) ids.add(id);
  };
  for (const m of meetings) {
    for (const o of m.organizations) add(o);
    add(m.location?.organizationId);
    add(m.organizer?.organizationId);
    for (const a of m.attendees) add(a.organizationId);
    for (const d of m.decisions) add(d.location?.organizationId);
  }
}

/**
 * Counts per organisation while records go by; `rows()` gives organisations.csv. The directory is
 * asked only at the end: extract loads the rules' directory once its workers are gone, so the
 * two do not add up in memory.
 */
export class OrganisationTable {
  private readonly seen = new Map<string, Seen>();

  private get(id: string): Seen {
    let s = this.seen.get(id);
    if (!s) {
      s = { mentions: 0, documents: 0, meetings: 0, events: 0, names: new Map() };
      this.seen.set(id, s);
    }
    return s;
  }

  addRecord(record: DocumentRecord): void {
    const ids = new Set<string>();
    this.addEntities(record.entities, ids);
    this.addDocument(record, ids);
  }

  /**
   * Counts entities' mentions and adds the ids they use to `ids`: a long record's entities come a
   * batch at a time, its other members after them (addDocument with the same set).
   */
  addEntities(entities: readonly Entity[], ids: Set<string>): void {
    entityIds(entities, ids);
    for (const e of entities) {
      const id = orgIdOf(e);
      if (!id) continue;
      const s = this.get(id);
      s.mentions++;
      const name = e.name ?? e.text;
      s.names.set(name, (s.names.get(name) ?? 0) + 1);
    }
  }

  /** Counts a document once per organisation it uses (`ids`: its entities', from addEntities) and its meetings. */
  addDocument(record: Pick<DocumentRecord, 'meetings'>, ids: Set<string>): void {
    meetingIds(record.meetings, ids);
    for (const id of ids) this.get(id).documents++;
    for (const m of record.meetings) for (const o of new Set(m.organizations)) this.get(o).meetings++;
  }

  addEvent(orgIds: readonly string[]): void {
    for (const o of new Set(orgIds)) this.get(o).events++;
  }

  /** The gazetteer's entry, or a local unknown's most frequent wording. */
  info(id: string, directory: OrgDirectory): OrgInfo & { identified: boolean } {
    const known = directory.get(id);
    if (known) return { ...known, identified: true };
    const names = [...(this.seen.get(id)?.names ?? [])].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    return unidentifiedOrg(names[0]?.[0] ?? null);
  }

  ids(): string[] {
    return [...this.seen.keys()].sort();
  }

  rows(directory: OrgDirectory): Row[] {
    return this.ids().map((id) => {
      const s = this.get(id);
      const i = this.info(id, directory);
      return {
        org_id: id,
        identified: i.identified,
        name_fa: i.name_fa,
        name_en: i.name_en,
        org_kind: i.org_kind,
        university_type: i.university_type,
        country: i.country,
        city: i.city,
        ror_id: i.ror_id,
        wikidata_id: i.wikidata_id,
        mention_count: s.mentions,
        document_count: s.documents,
        meeting_count: s.meetings,
        event_count: s.events,
      };
    });
  }
}
