// Compiles the validated rules/ data into matchers, once per process. Recognisers receive the
// Lexicon and never rebuild anything per document.
import type { RuleSet } from '../rules/load.js';
import type { Head, Title } from '../rules/schema.js';
import { key } from '../text/key.js';
import { type AcronymIndex, buildAcronymIndex, isAcronym } from './acronyms.js';
import { buildCityIndex, type CityIndex, type CityInput } from './cities.js';
import type { KeySet, Lookup } from './gazetteer-pack.js';
import { PhraseMatcher } from './matcher.js';
import { type Concepts, compileConcepts, type NameShape, type Ranked } from './transliterate.js';
import type { Mention } from './types.js';
import { withFormalVerbs } from './verb-forms.js';
import type { WorldIndex } from './world.js';

export interface OrgEntry {
  type: 'university' | 'organization';
  /** Canonical id (web domain) or null when the organisation has none. */
  id: string | null;
  fa: string;
  /** Words that introduce a branch of a university system («واحد», «مرکز»). */
  branchWords: string[];
  country: string | null;
  /** English name (generated entries without a Persian name are named by it). */
  en?: string;
  ror?: string;
  wikidata?: string;
  /** From rules/generated/ (not hand-curated). */
  generated?: boolean;
  /** Latin name of its city, when the sources give one (cities.ts). */
  city?: string;
}

/** The fields a mention takes from its gazetteer entry. */
export function entryFields(entry: OrgEntry): Pick<Mention, 'canonicalId' | 'name' | 'ror' | 'wikidata'> {
  const out = {} as Pick<Mention, 'canonicalId' | 'name' | 'ror' | 'wikidata'>;
  setEntryFields(out, entry);
  return out;
}

/**
 * Sets entryFields(entry) on a mention's fields, in that order. Assigned, not spread: every
 * organisation mention is made through here.
 */
export function setEntryFields(into: Partial<Mention>, entry: OrgEntry): void {
  if (entry.id) into.canonicalId = entry.id;
  into.name = entry.fa;
  if (entry.ror) into.ror = entry.ror;
  if (entry.wikidata) into.wikidata = entry.wikidata;
}

export interface TitleEntry {
  id: string;
  fa: string;
  plural: boolean;
  kind: Title['kind'];
}

export interface UnitEntry {
  id: string;
  fa: string;
}

export interface KindEntry<K extends string | null> {
  id: string;
  kind: K;
}

export interface Lexicon {
  orgs: PhraseMatcher<OrgEntry>;
  /** Every domain (primary and alias) → its organisation; e-mails and URLs link through it. */
  domains: Lookup<OrgEntry>;
  orgById: Lookup<OrgEntry>;
  /** Latin names of the generated gazetteer (see world.ts). */
  world: WorldIndex;
  /** Every organisation of a country (generated and hand-curated), for transliterated names. */
  orgsByCountry: Map<string, OrgEntry[]>;
  /** Every organisation with an id and a country (the world, for a name with no country near). */
  allOrgs: OrgEntry[];
  /** Organisations by city, built on first use (cities.ts). */
  cities: () => CityIndex;
  /** Acronyms by country, built on first use (acronyms.ts). */
  acronyms: () => AcronymIndex;
  /** key(head word) → its concept («دانشگاه» → university): heads of unknown organisations. */
  unknownHeads: Map<string, string>;
  concepts: Concepts;
  /** Ordinary Persian words (keys): not names on their own. */
  knownWords: KeySet;
  /** Latin name shapes per entry, filled on first use (transliterate.ts). */
  shapeCache: Map<OrgEntry, readonly NameShape[]>;
  /** A generated entry's Latin shapes, precomputed in the compiled gazetteer; null for others. */
  snapshotShapes: (e: OrgEntry) => NameShape[] | null;
  /** The entries of the compiled gazetteer, by index. */
  generatedEntries: readonly OrgEntry[];
  /** Rankings of Persian names already seen (unknown-orgs.ts), bounded. */
  rankCache: Map<string, (Ranked<OrgEntry> & { rule?: string }) | null>;
  /** isCommonWord's answers by key (person-names.ts), bounded: the same words recur in every document. */
  commonWordCache: Map<string, boolean>;
  /** The Latin names of each hand-curated organisation in orgsByCountry (generated ones have snapshotShapes). */
  latinNames: Map<OrgEntry, string[]>;
  /** key(Persian country name) → ISO code. */
  countries: PhraseMatcher<string>;
  titles: PhraseMatcher<TitleEntry>;
  /** Ids of offices over a place («استاندار»), and what may follow the place («در مجلس …»). */
  territorial: Set<string>;
  /** Ids of offices an organisation has several holders of (rules/titles.json `several`). */
  several: Set<string>;
  seats: PhraseMatcher<string>;
  /** key(office noun) → the office it names after a person («مدیریت» → مدیر). */
  officeNouns: Map<string, TitleEntry>;
  units: PhraseMatcher<UnitEntry>;
  heads: PhraseMatcher<Head>;
  honorifics: PhraseMatcher<string>;
  /** Event nouns; kind null for phrases that only look like one («هیئت علمی»). */
  events: PhraseMatcher<
    KindEntry<'meeting' | 'visit' | 'signing' | 'conference' | 'workshop' | 'other' | null>
  >;
  decisions: PhraseMatcher<KindEntry<'next_meeting' | 'agreement' | 'action' | 'other'>>;
  happened: PhraseMatcher<string>;
  elidedHappened: PhraseMatcher<string>;
  reported: PhraseMatcher<string>;
  discussed: PhraseMatcher<string>;
  planned: PhraseMatcher<string>;
  announcement: PhraseMatcher<string>;
  presence: PhraseMatcher<string>;
  messageOnly: PhraseMatcher<string>;
  organizer: PhraseMatcher<string>;
  followUp: PhraseMatcher<string>;
  followUpMarkers: Set<string>;
  holdVerbs: Set<string>;
  taskVerbs: Set<string>;
  eventVerbs: Set<string>;
  jointVerbs: Set<string>;
  vagueTime: Set<string>;
  anaphora: PhraseMatcher<string>;
  nextEvent: PhraseMatcher<string>;
  online: PhraseMatcher<string>;
  pronouns: Set<string>;
  nameStops: Set<string>;
  /** key of a Dari (or other) word → key of its Iranian Persian equivalent (org-words.json faSynonyms) */
  synonyms: Map<string, string>;
  courtesy: Set<string>;
  companions: PhraseMatcher<string>;
  delegation: PhraseMatcher<string>;
  orgHeads: Set<string>;
  /** After an office: words heading a unit of the story's organisation, or another organisation. */
  ownUnitHeads: Set<string>;
  externalHeads: Set<string>;
  quantifiers: Set<string>;
  mutual: PhraseMatcher<string>;
  /** Given names: the hand-curated ones (rules/person-names.json) and the generated list. */
  givenNames: KeySet;
  /** The hand-curated given names alone (the generated list has some that are everyday words too). */
  curatedGiven: Set<string>;
  /** Given names that are also common words («امید», «بهار»): a name only with an honorific or office. */
  ambiguousGiven: Set<string>;
  surnameParts: Set<string>;
  surnamePrefixes: Set<string>;
  namedAfter: PhraseMatcher<string>;
  /** «ولی فقیه»: a given name + a word that together name an office, not a person. */
  notNames: PhraseMatcher<string>;
  speechVerbs: PhraseMatcher<string>;
  /** Keys of frequent surnames (a spaced «شاه محمدی» has the key of «شاه‌محمدی»). */
  surnames: KeySet;
  /** Keys of everyday words: a word after a surname that is not one may continue the name. */
  commonWords: KeySet;
  /** Common words that are adverbs, conjunctions, prepositions, pronouns…: never part of a name. */
  functionWords: KeySet;
}

/** A hand-curated set and a generated one as one (the small Set answers most lookups). */
function either(hand: Set<string>, generated: KeySet): KeySet {
  return { has: (k) => hand.has(k) || generated.has(k) };
}

/** Answers kept per set; past this many the memory is cleared and refilled. */
const REMEMBERED_KEYS = 16_000;

/**
 * A packed set whose answers are remembered: a look-up there is a binary search over tens of
 * thousands of keys, and the name tests ask of the same words in every document. Bounded, so a
 * long document's vocabulary cannot grow it.
 */
function remembered(set: KeySet): KeySet {
  const seen = new Map<string, boolean>();
  return {
    has: (k) => {
      let yes = seen.get(k);
      if (yes === undefined) {
        yes = set.has(k);
        if (seen.size >= REMEMBERED_KEYS) seen.clear();
        seen.set(k, yes);
      }
      return yes;
    },
  };
}

/** Generated entries have no branch words; one shared (never written) list. */
const NO_BRANCH_WORDS: string[] = [];

function phrases(list: readonly string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const p of list) m.add(key(p), p);
  return m;
}

export function compileLexicon(rules: RuleSet): Lexicon {
  const orgs = new PhraseMatcher<OrgEntry>();
  const domains = new Map<string, OrgEntry>();
  const orgById = new Map<string, OrgEntry>();
  const addOrg = (entry: OrgEntry, names: string[], ids: string[]) => {
    for (const name of new Set(names)) orgs.add(key(name), entry);
    for (const d of ids) if (!domains.has(d)) domains.set(d, entry);
    if (entry.id && !orgById.has(entry.id)) orgById.set(entry.id, entry);
  };
  const orgsByCountry = new Map<string, OrgEntry[]>();
  const inCountry = (entry: OrgEntry, names: string[] | null) => {
    if (!entry.country || !entry.id) return;
    let list = orgsByCountry.get(entry.country);
    if (!list) {
      list = [];
      orgsByCountry.set(entry.country, list);
    }
    list.push(entry);
    if (names) latinNames.set(entry, names);
  };
  const latinNames = new Map<OrgEntry, string[]>();
  for (const u of rules.universities) {
    const entry: OrgEntry = {
      type: 'university',
      id: u.id,
      fa: u.fa,
      branchWords: u.branchWords ?? [],
      country: u.country,
      en: u.en,
      ...(u.city ? { city: u.city } : {}),
      ...(u.ror ? { ror: u.ror } : {}),
      ...(u.wikidata ? { wikidata: u.wikidata } : {}),
    };
    inCountry(entry, [u.en, ...u.enNames]);
    addOrg(entry, [u.fa, ...u.names, u.en, ...u.enNames], [u.id, ...u.domains]);
  }
  for (const o of rules.organizations) {
    const entry: OrgEntry = {
      type: 'organization',
      id: o.id,
      fa: o.fa,
      branchWords: [],
      country: o.country ?? null,
      ...(o.en ? { en: o.en } : {}),
      ...(o.ror ? { ror: o.ror } : {}),
      ...(o.wikidata ? { wikidata: o.wikidata } : {}),
    };
    inCountry(entry, o.en ? [o.en] : []);
    addOrg(entry, [o.fa, ...o.names, ...(o.en ? [o.en] : [])], o.id ? [o.id, ...o.domains] : o.domains);
  }

  // Generated entries (packed, recognize/gazetteer-pack.ts): Persian names join the trie
  // (hand-curated names were left out by the build script); Latin names are in the world index.
  // Ids and domains are looked up in the hand-curated maps first, then in the pack.
  const gz = rules.gazetteer;
  const generated: OrgEntry[] = new Array(gz.size);
  const generatedIndex = new Map<OrgEntry, number>();
  for (let i = 0; i < gz.size; i++) {
    const id = gz.id(i);
    const ror = gz.ror(i);
    const wikidata = gz.wikidata(i);
    const en = gz.en(i);
    const city = gz.city(i);
    const entry: OrgEntry = {
      type: gz.isUniversity(i) ? 'university' : 'organization',
      id,
      fa: gz.fa(i) ?? en,
      branchWords: NO_BRANCH_WORDS,
      country: gz.country(i),
      en,
      ...(city ? { city } : {}),
      ...(ror ? { ror } : {}),
      ...(wikidata ? { wikidata } : {}),
      generated: true,
    };
    generated[i] = entry;
    generatedIndex.set(entry, i);
    for (const name of gz.list('faNames', i)) orgs.add(key(name), entry);
    inCountry(entry, null);
  }
  const layered = (hand: Map<string, OrgEntry>, indexOf: (k: string) => number): Lookup<OrgEntry> => ({
    get: (k) => {
      const h = hand.get(k);
      if (h !== undefined) return h;
      const i = indexOf(k);
      return i < 0 ? undefined : generated[i];
    },
  });
  const world: WorldIndex = {
    byKey: {
      get: (k) => {
        const i = gz.world.entries.get(k);
        return i < 0 ? undefined : generated[i];
      },
    },
    firstWords: gz.world.firstWords,
    maxWords: gz.world.maxWords,
    size: gz.world.entries.size,
  };
  const conceptSets = gz.conceptSets.map((c) => new Set(c));
  const countries = new PhraseMatcher<string>();
  for (const c of rules.countries) for (const n of c.fa) countries.add(key(n), c.code);

  const titles = new PhraseMatcher<TitleEntry>();
  for (const t of rules.titles) {
    for (const n of new Set([t.fa, ...t.names]))
      titles.add(key(n), { id: t.id, fa: t.fa, plural: false, kind: t.kind });
    for (const n of new Set(t.plurals))
      titles.add(key(n), { id: t.id, fa: t.fa, plural: true, kind: t.kind });
  }
  const territorial = new Set(rules.titles.filter((t) => t.territory).map((t) => t.id));
  const several = new Set(rules.titles.filter((t) => t.several).map((t) => t.id));
  const seats = new PhraseMatcher<string>();
  for (const t of rules.titles) for (const n of t.seat) seats.add(key(n), t.id);
  const officeNouns = new Map<string, TitleEntry>();
  for (const t of rules.titles)
    for (const n of t.nouns) officeNouns.set(key(n), { id: t.id, fa: t.fa, plural: false, kind: t.kind });
  const units = new PhraseMatcher<UnitEntry>();
  for (const u of rules.units)
    for (const n of new Set([u.fa, ...u.names])) units.add(key(n), { id: u.id, fa: u.fa });
  const heads = new PhraseMatcher<Head>();
  for (const h of rules.heads) heads.add(key(h.head), h);
  const honorifics = new PhraseMatcher<string>();
  for (const h of rules.honorifics) for (const n of new Set([h.fa, ...h.names])) honorifics.add(key(n), h.fa);

  const allOrgs = [...orgsByCountry.keys()].sort().flatMap((c) => orgsByCountry.get(c)!);
  let cityIndex: CityIndex | undefined;
  let acronymIndex: AcronymIndex | undefined;

  const t = rules.triggers;
  const curatedGiven = new Set(rules.personNames.given.map(key));
  const events = new PhraseMatcher<Lexicon['events'] extends PhraseMatcher<infer V> ? V : never>();
  for (const e of t.events) for (const w of e.words) events.add(key(w), { id: e.id, kind: e.kind });
  for (const w of t.notEvents) events.add(key(w), { id: 'event.not-an-event', kind: null });
  const decisions = new PhraseMatcher<Lexicon['decisions'] extends PhraseMatcher<infer V> ? V : never>();
  const formal = (list: readonly string[]) => withFormalVerbs(list, t.formalVerbs);
  for (const d of t.decisions)
    for (const w of formal(d.words)) decisions.add(key(w), { id: d.id, kind: d.kind });

  return {
    orgs,
    domains: layered(domains, (d) => gz.indexOfDomain(d)),
    orgById: layered(orgById, (id) => gz.indexOfId(id)),
    world,
    orgsByCountry,
    latinNames,
    allOrgs,
    cities: () => {
      cityIndex ??= buildCityIndex(cityInputs(rules, orgById, generated), rules.countries);
      return cityIndex;
    },
    acronyms: () => {
      acronymIndex ??= buildAcronymIndex(acronymInputs(rules, orgById, generated));
      return acronymIndex;
    },
    unknownHeads: new Map(rules.transliteration.heads.map((h) => [key(h.fa), h.concept])),
    concepts: compileConcepts(rules.transliteration),
    knownWords: remembered(gz.knownKeys),
    shapeCache: new Map(),
    snapshotShapes: (e) => {
      const i = generatedIndex.get(e);
      return i === undefined ? null : gz.shapes(i, conceptSets);
    },
    generatedEntries: generated,
    rankCache: new Map(),
    commonWordCache: new Map(),
    countries,
    titles,
    territorial,
    several,
    seats,
    officeNouns,
    units,
    heads,
    honorifics,
    events,
    decisions,
    happened: phrases(formal(t.happened)),
    elidedHappened: phrases(t.elidedHappened),
    reported: phrases(formal(t.reported)),
    discussed: phrases(formal(t.discussed)),
    planned: phrases(formal(t.planned)),
    announcement: phrases(t.announcement),
    presence: phrases(formal(t.presence)),
    messageOnly: phrases(t.messageOnly),
    organizer: phrases(t.organizer),
    followUp: phrases(t.followUp),
    followUpMarkers: new Set(t.followUpMarkers.map(key)),
    holdVerbs: new Set(t.holdVerbs.map(key)),
    taskVerbs: new Set(t.taskVerbs.map(key)),
    eventVerbs: new Set(t.eventVerbs.map(key)),
    jointVerbs: new Set(t.jointVerbs.map(key)),
    vagueTime: new Set(t.vagueTime.map(key)),
    anaphora: phrases(t.anaphora),
    nextEvent: phrases(t.nextEvent),
    online: phrases(t.online),
    pronouns: new Set(t.pronouns.map(key)),
    nameStops: new Set(t.nameStops.map(key)),
    synonyms: new Map(Object.entries(rules.orgWords.faSynonyms).map(([w, e]) => [key(w), key(e)])),
    courtesy: new Set(t.courtesy.map(key)),
    companions: phrases(t.companions),
    delegation: phrases(t.delegation),
    orgHeads: new Set(t.orgHeads.map(key)),
    ownUnitHeads: new Set(t.ownUnitHeads.map(key)),
    externalHeads: new Set(t.externalHeads.map(key)),
    quantifiers: new Set(t.quantifiers.map(key)),
    mutual: phrases(t.mutual),
    givenNames: remembered(either(curatedGiven, gz.givenKeys)),
    curatedGiven,
    ambiguousGiven: new Set(rules.personNames.ambiguous.map(key)),
    surnameParts: new Set(rules.personNames.surnameParts.map(key)),
    surnamePrefixes: new Set(rules.personNames.surnamePrefixes.map(key)),
    namedAfter: phrases(rules.personNames.namedAfter),
    notNames: phrases(rules.personNames.notNames),
    speechVerbs: phrases([...rules.personNames.speechVerbs, ...formal(t.reported)]),
    surnames: remembered(gz.surnameKeys),
    commonWords: remembered(gz.commonKeys),
    functionWords: remembered(gz.functionKeys),
  };
}

/** Each university and organisation with its city and Persian names (hand-curated first, as the matchers see them). */
function* cityInputs(
  rules: RuleSet,
  orgById: Lookup<OrgEntry>,
  generated: readonly OrgEntry[],
): Generator<CityInput> {
  for (const u of rules.universities) {
    const entry = orgById.get(u.id);
    if (entry) yield { entry, city: entry.city ?? '', fa: [u.fa, ...u.names] };
  }
  const gz = rules.gazetteer;
  for (const [i, entry] of generated.entries())
    yield { entry, city: entry.city ?? '', fa: gz.list('faNames', i) };
}

/** Each organisation's acronyms: hand-curated ones among its Latin names, generated ones from ROR. */
function* acronymInputs(
  rules: RuleSet,
  orgById: Lookup<OrgEntry>,
  generated: readonly OrgEntry[],
): Generator<{ entry: OrgEntry; acronyms: string[] }> {
  for (const u of rules.universities) {
    const entry = orgById.get(u.id);
    if (entry) yield { entry, acronyms: u.enNames.filter(isAcronym) };
  }
  const gz = rules.gazetteer;
  for (const [i, entry] of generated.entries()) yield { entry, acronyms: gz.list('acronyms', i) };
}
