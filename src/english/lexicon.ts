// The English matchers, compiled once per rule set from the same data as the Persian ones: every
// organisation's English names and acronyms (universities*.json, organizations.json), English
// offices mapped onto the ids of titles.json (rules/en/titles.json), and rules/en's trigger words.
import type { KindEntry, Lexicon, OrgEntry } from '../recognize/lexicon.js';
import { PhraseMatcher } from '../recognize/matcher.js';
import type { Weekday } from '../records/schema.js';
import type { RuleSet } from '../rules/load.js';
import { phraseKey } from './keys.js';

export interface EnTitleEntry {
  /** A title id of rules/titles.json. */
  id: string;
  en: string;
  plural: boolean;
  kind: string;
}

export interface EnglishLexicon {
  orgs: PhraseMatcher<OrgEntry>;
  /** «University of X» / «X University» by the key of X: «Szeged University» finds «University of Szeged». */
  cores: Map<string, OrgEntry | null>;
  /** «Shahid Chamran» of «Shahid Chamran University of Ahvaz»: read only in elliptic lists. */
  weakCores: Map<string, OrgEntry | null>;
  /** Organisation names that are all capitals (acronyms): the text must write them so too. */
  acronyms: Set<string>;
  titles: PhraseMatcher<EnTitleEntry>;
  honorifics: PhraseMatcher<string>;
  /** The Persian lexicon with English trigger words: the sentence stage reads it unchanged. */
  triggers: Lexicon;
  groupWords: PhraseMatcher<string>;
  venue: PhraseMatcher<string>;
  pluralHeads: PhraseMatcher<string>;
  actionWords: PhraseMatcher<string>;
  nameStops: Set<string>;
  pronouns: Set<string>;
  jalaliMonths: Map<string, number>;
  gregorianMonths: Map<string, number>;
  weekdays: Map<string, Weekday>;
  jalaliYears: { min: number; max: number };
}

const cache = new WeakMap<RuleSet, EnglishLexicon>();

function phrases(list: readonly string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const p of list) m.add(phraseKey(p), p);
  return m;
}

/** «X» of «University of X» and «X University» (strong), of «X University of Y» and «X International University» (weak). */
export function coresOf(name: string): { strong: string[]; weak: string[] } {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const strong: string[] = [];
  const weak: string[] = [];
  const from = lower[0] === 'the' ? 1 : 0;
  if (lower[from] === 'university' && lower[from + 1] === 'of' && words.length > from + 2)
    strong.push(words.slice(from + 2).join(' '));
  const at = lower.indexOf('university', 1);
  if (at === words.length - 1) {
    strong.push(words.slice(0, at).join(' '));
    if (lower[at - 1] === 'international' && at > 1) weak.push(words.slice(0, at - 1).join(' '));
  } else if (at > 0 && lower[at + 1] === 'of') {
    weak.push(words.slice(0, lower[at - 1] === 'international' && at > 1 ? at - 1 : at).join(' '));
  }
  return { strong, weak };
}

const HOME_NAMED = /^Iran University of (.+)$/;

function addCore(map: Map<string, OrgEntry | null>, core: string, entry: OrgEntry): void {
  addCoreKey(map, phraseKey(core), entry);
}

function addCoreKey(map: Map<string, OrgEntry | null>, k: string, entry: OrgEntry): void {
  const seen = map.get(k);
  // A core two organisations share names neither.
  map.set(k, seen === undefined || seen?.id === entry.id ? entry : null);
}

export function englishLexicon(rules: RuleSet, base: Lexicon): EnglishLexicon {
  const hit = cache.get(rules);
  if (hit) return hit;
  const orgs = new PhraseMatcher<OrgEntry>();
  const cores = new Map<string, OrgEntry | null>();
  const weakCores = new Map<string, OrgEntry | null>();
  const acronyms = new Set<string>();
  const addNames = (names: readonly string[], entry: OrgEntry | undefined) => {
    if (!entry) return;
    for (const name of new Set(names)) {
      if (!/[A-Za-z]/.test(name)) continue;
      const k = phraseKey(name);
      orgs.add(k, entry);
      if (/^[A-Z&]{2,}$/.test(name.replace(/[.\s-]/g, ''))) acronyms.add(k);
      const { strong, weak } = coresOf(name);
      for (const core of strong) addCore(cores, core, entry);
      for (const core of weak) addCore(weakCores, core, entry);
      // «Universities of Tehran; Science and Technology; …»: a list written in Iran names «Iran
      // University of Science and Technology» by what follows «of».
      const home = HOME_NAMED.exec(name);
      if (home) addCore(weakCores, home[1]!, entry);
    }
  };
  for (const u of rules.universities) addNames([u.en, ...u.enNames], base.orgById.get(u.id));
  // The generated world gazetteer's Latin names are matched through its own index (worldAt); here
  // they only give cores («Szeged University» → University of Szeged), derived when it was compiled.
  const gz = rules.gazetteer;
  const generatedCores = (kind: 'strong' | 'weak', map: Map<string, OrgEntry | null>) =>
    gz.forEachCore(kind, (k, i) => {
      const entry = base.orgById.get(gz.id(i));
      if (entry) addCoreKey(map, k, entry);
    });
  generatedCores('strong', cores);
  generatedCores('weak', weakCores);
  for (const o of rules.organizations) {
    const entry = o.id ? base.orgById.get(o.id) : undefined;
    addNames([...(o.en ? [o.en] : []), ...o.enNames], entry);
  }
  const kindOf = new Map(rules.titles.map((t) => [t.id, t.kind]));
  const titles = new PhraseMatcher<EnTitleEntry>();
  for (const t of rules.english.titles) {
    const kind = kindOf.get(t.id) ?? 'office';
    for (const n of new Set([t.en, ...t.names]))
      titles.add(phraseKey(n), { id: t.id, en: t.en, plural: false, kind });
    for (const n of new Set(t.plurals)) titles.add(phraseKey(n), { id: t.id, en: t.en, plural: true, kind });
  }
  const honorifics = new PhraseMatcher<string>();
  for (const h of rules.english.honorifics)
    for (const n of new Set([h.en, ...h.names])) honorifics.add(phraseKey(n), h.en);

  const t = rules.english.triggers;
  const events = new PhraseMatcher<KindEntry<OrgEventKind>>();
  for (const e of t.events) for (const w of e.words) events.add(phraseKey(w), { id: e.id, kind: e.kind });
  for (const w of t.notEvents) events.add(phraseKey(w), { id: 'en.event.not-an-event', kind: null });
  const decisions = new PhraseMatcher<KindEntry<'next_meeting' | 'agreement' | 'action' | 'other'>>();
  for (const d of t.decisions)
    for (const w of d.words) decisions.add(phraseKey(w), { id: d.id, kind: d.kind });
  const keySet = (list: readonly string[]) => new Set(list.map(phraseKey));
  const triggers: Lexicon = {
    ...base,
    events,
    decisions,
    happened: phrases(t.happened),
    reported: phrases(t.reported),
    planned: phrases(t.planned),
    announcement: phrases(t.announcement),
    presence: phrases(t.presence),
    messageOnly: phrases(t.messageOnly),
    organizer: phrases(t.organizer),
    followUp: phrases(t.followUp),
    followUpMarkers: keySet(t.followUpMarkers),
    holdVerbs: keySet(t.holdVerbs),
    vagueTime: keySet(t.vagueTime),
    anaphora: phrases(t.anaphora),
    nextEvent: phrases(t.nextEvent),
    online: phrases(t.online),
    pronouns: keySet(t.pronouns),
    nameStops: keySet(t.nameStops),
  };
  const months = (list: readonly { month: number; names: string[] }[]) =>
    new Map(list.flatMap((m) => m.names.map((n) => [phraseKey(n), m.month] as [string, number])));
  const d = rules.english.dates;
  const lex: EnglishLexicon = {
    orgs,
    cores,
    weakCores,
    acronyms,
    titles,
    honorifics,
    triggers,
    groupWords: phrases(t.groupWords),
    venue: phrases(t.venue),
    pluralHeads: phrases(t.pluralHeads),
    actionWords: phrases(t.actionWords),
    nameStops: keySet(t.nameStops),
    pronouns: keySet(t.pronouns),
    jalaliMonths: months(d.jalaliMonths),
    gregorianMonths: months(d.gregorianMonths),
    weekdays: new Map(
      d.weekdays.flatMap((w) => w.names.map((n) => [phraseKey(n), w.weekday] as [string, Weekday])),
    ),
    jalaliYears: d.jalaliYears,
  };
  cache.set(rules, lex);
  return lex;
}

type OrgEventKind = 'meeting' | 'visit' | 'signing' | 'conference' | 'workshop' | 'other' | null;
