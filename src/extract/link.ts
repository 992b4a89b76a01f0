// The document-level linking pass: the organisation a document is about, which organisation each
// office and unit belongs to, who holds which office, and which mentions (surnames, وی، ایشان)
// are the same person. Each concern has its module; this one runs them in order.
import type { RecognizerContext } from '../recognize/context.js';
import type { OrgEntry } from '../recognize/lexicon.js';
import type { Mention } from '../recognize/types.js';
import { belongs, type LinkScope, startsAt } from './belonging.js';
import { bySentence } from './by-sentence.js';
import { shareAlongOffices } from './coordinated.js';
import { attachHolders } from './holders.js';
import { officeNounsAfterNames } from './office-nouns.js';
import { officesOf } from './offices.js';
import { groupPersons, holdOffices, type Person } from './persons.js';

export { mainOrganization } from './main-organization.js';
export { newPerson, type Person } from './persons.js';
export { resolveReferences } from './references.js';

export interface Office {
  mention: Mention;
  /** Canonical office («معاون بین‌الملل»). */
  title: string;
  plural: boolean;
  kind: string;
  /** The organisations it belongs to: one, or several for a plural office over a list. */
  organizationIds: string[];
  /** Mentions of those organisations (evidence of the link). */
  orgMentions: Mention[];
  unit: string | null;
  /** Index into Linked.persons of the person holding it, when the text says so. */
  person: number | null;
  /** The token after the office phrase (its organisation included). */
  end: number;
  /** How its organisation was found (org.named, org.host, org.document, org.ministry). */
  orgRule: string | null;
}

export interface Linked {
  main: OrgEntry | null;
  orgs: Mention[];
  offices: Office[];
  units: Mention[];
  places: Mention[];
  persons: Person[];
  /** person mention (by start offset) → index in persons */
  personOf: Map<number, number>;
}

export function link(ctx: RecognizerContext, mentions: readonly Mention[], main: OrgEntry | null): Linked {
  const orgs = mentions.filter((m) => m.type === 'university' || m.type === 'organization');
  const units = mentions.filter((m) => m.type === 'unit');
  const places = mentions.filter((m) => m.type === 'place');
  const personMentions = mentions.filter((m) => m.type === 'person');
  const written = mentions.filter((m) => m.type === 'title');
  const titles = [...written, ...officeNounsAfterNames(ctx, personMentions, written)].sort(
    (a, b) => a.tFirst - b.tFirst,
  );
  const orgsIn = bySentence(ctx, orgs);
  const scope: LinkScope = {
    ctx,
    main,
    orgs,
    orgsIn,
    orgAt: startsAt(orgs),
    unitAt: startsAt(units),
    nameAt: new Set(mentions.filter((m) => m.type === 'person' || m.type === 'title').map((m) => m.tFirst)),
  };

  for (const u of units) {
    const b = belongs(scope, u.tEnd, false);
    if (b.ids[0]) u.organizationId = b.ids[0];
  }
  const offices = officesOf(scope, titles);
  shareAlongOffices(ctx, offices);

  const { persons, personOf } = groupPersons(personMentions);
  holdOffices(ctx, personMentions, persons, personOf, offices);
  const linked: Linked = { main, orgs, offices, units, places, persons, personOf };
  attachHolders(ctx, linked, personMentions, orgsIn);
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
  return linked;
}
