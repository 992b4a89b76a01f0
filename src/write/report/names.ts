// Organisations by name, not by web domain: the report's index carries, for each organisation id the
// run used, its Persian and English names from the rules data (taken when the report is built, so
// names added to rules/ show up on the next `khabar report`). An id the rules do not know (a local
// id) is named by the words the documents used for it most often.

import type { DocumentRecord } from '../../records/schema.js';
import { loadRules, type RuleSet } from '../../rules/load.js';

/**
 * [Persian name, English name, country]; the page shows Persian first, English for a foreign
 * organisation no Persian name is known for.
 */
export type OrgName = [string | null, string | null, string | null];

export class OrgNames {
  private readonly used = new Set<string>();
  private readonly surface = new Map<string, Map<string, number>>();
  private rules: Map<string, OrgName> | null = null;
  private gazetteer: RuleSet['gazetteer'] | undefined;

  constructor(private readonly load: () => RuleSet = () => loadRules()) {}

  add(record: DocumentRecord): void {
    const use = (id: string | null | undefined) => {
      if (id) this.used.add(id);
    };
    for (const e of record.entities) {
      use(e.canonicalId);
      use(e.organizationId);
      if (e.canonicalId && (e.type === 'university' || e.type === 'organization')) {
        let counts = this.surface.get(e.canonicalId);
        if (!counts) {
          counts = new Map();
          this.surface.set(e.canonicalId, counts);
        }
        counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
      }
    }
    for (const m of record.meetings) {
      for (const o of m.organizations) use(o);
      use(m.location?.organizationId);
      use(m.organizer?.organizationId);
      for (const a of m.attendees) use(a.organizationId);
      for (const d of m.decisions) use(d.location?.organizationId);
    }
  }

  private table(): Map<string, OrgName> {
    if (this.rules) return this.rules;
    const rules = this.load();
    this.gazetteer = rules.gazetteer;
    const t = new Map<string, OrgName>();
    for (const u of rules.universities) {
      const name: OrgName = [u.fa, u.en, u.country];
      t.set(u.id, name);
      for (const d of u.domains) if (!t.has(d)) t.set(d, name);
    }
    for (const o of rules.organizations) {
      if (!o.id) continue;
      const name: OrgName = [o.fa, o.en ?? null, o.country ?? null];
      if (!t.has(o.id)) t.set(o.id, name);
      for (const d of o.domains) if (!t.has(d)) t.set(d, name);
    }
    this.rules = t;
    return t;
  }

  /** What the rules name `id` (a domain): the hand-curated files first, then the generated world gazetteer. */
  private known(id: string): OrgName | undefined {
    const hand = this.table().get(id);
    if (hand) return hand;
    const gz = this.gazetteer;
    const i = gz ? gz.indexOfDomain(id) : -1;
    return i < 0 ? undefined : [gz!.fa(i), gz!.en(i), gz!.country(i)];
  }

  /** Names of every id the documents used, sorted by id (stable bytes). */
  names(): Record<string, OrgName> {
    const out: Record<string, OrgName> = {};
    for (const id of [...this.used].sort()) {
      const known = this.known(id);
      if (known) out[id] = known;
      else {
        const counts = this.surface.get(id);
        if (!counts) continue;
        const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
        out[id] = [best, null, null];
      }
    }
    return out;
  }
}
