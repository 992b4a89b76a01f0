// The generated gazetteer (rules/generated: tens of thousands of organisations) compiled once into
// columns — one array per field, entry i across them — with everything derived from it precomputed:
// the world index's keys (world.ts), the sound shapes of the Latin names (transliterate.ts), the
// English name cores (english/lexicon.ts), and the other large word lists with their keys. The
// columns are then packed (recognize/packed.ts: one string pool, typed arrays, sorted keys) into one
// buffer that rules/cache.ts keeps on disk by content hash, so a process reads one file instead of
// parsing, validating and deriving 17,000 entries, and holds a few buffers instead of a string, an
// object or a Map entry per entry, name, alias and word: `Gazetteer` makes strings on request.
//
// Every derived value is computed here by the same functions the matchers used before, in the same
// order, so matching is exactly what it was (test/recognize/gazetteer.test.ts).

import { phraseKey } from '../english/keys.js';
import { coresOf } from '../english/lexicon.js';
import type { DerivedNames, GeneratedOrg, OrgWords, Transliteration } from '../rules/schema.js';
import { key } from '../text/key.js';
import { compileConcepts, latinShape } from './transliterate.js';
import { buildWorldIndex, latinFold } from './world.js';

/** Bumped whenever the snapshot's layout or meaning changes (it is part of the cache key). */
export const GAZETTEER_FORMAT = 7;

/** The compiled gazetteer as plain columns (what compileGazetteer derives, before packing). */
export interface GazetteerColumns {
  format: number;
  size: number;
  id: string[];
  /** One character per entry: «u» university, «o» organization. */
  type: string;
  fa: (string | null)[];
  en: string[];
  country: string[];
  city: (string | null)[];
  ror: (string | null)[];
  wikidata: (string | null)[];
  // Lists: entry i's values are list[start[i]] … list[start[i + 1] - 1].
  /** Other domains than the id. */
  domains: string[];
  domainStart: number[];
  /** Persian names, official first, each once. */
  faNames: string[];
  faStart: number[];
  /** Other Latin names than the English one, as the file lists them (latinNamesOf). */
  enNames: string[];
  enStart: number[];
  /** Acronyms (ROR), matched only as a quoted Persian rendering (acronyms.ts). */
  acronyms: string[];
  acronymStart: number[];
  /** The world index (world.ts): folded key → entry, in insertion order. */
  world: { keys: string[]; entries: number[]; firstWords: string[]; maxWords: number };
  /**
   * Per Latin name (entry i's are at enStart[i] + i … enStart[i + 1] + i: its English name, then
   * the others): its concepts (an index into conceptSets) and its sound skeletons (space-joined).
   */
  shapeConcepts: number[];
  shapeSkeletons: string[];
  /** Per Latin name: the vowel shapes of its name words (space-joined, aligned with the skeletons). */
  shapeVowels: string[];
  conceptSets: string[][];
  /** English cores of the Latin names, in the order they were derived: key, entry index, key, … */
  strongCores: (string | number)[];
  weakCores: (string | number)[];
  /** Matching keys of the word lists, in file order. */
  words: {
    knownKeys: string[];
    surnameKeys: string[];
    commonKeys: string[];
    functionKeys: string[];
    givenKeys: string[];
  };
}

export interface GazetteerInputs {
  generated: readonly GeneratedOrg[];
  orgWords: OrgWords;
  transliteration: Transliteration;
  knownWords: string[];
  derivedNames: DerivedNames;
}

export function compileGazetteer({
  generated,
  orgWords,
  transliteration,
  knownWords,
  derivedNames,
}: GazetteerInputs): GazetteerColumns {
  const s: GazetteerColumns = {
    format: GAZETTEER_FORMAT,
    size: generated.length,
    id: [],
    type: '',
    fa: [],
    en: [],
    country: [],
    city: [],
    ror: [],
    wikidata: [],
    domains: [],
    domainStart: [0],
    faNames: [],
    faStart: [0],
    enNames: [],
    enStart: [0],
    acronyms: [],
    acronymStart: [0],
    world: { keys: [], entries: [], firstWords: [], maxWords: 0 },
    shapeConcepts: [],
    shapeSkeletons: [],
    shapeVowels: [],
    conceptSets: [],
    strongCores: [],
    weakCores: [],
    words: {
      knownKeys: knownWords.map(key),
      surnameKeys: derivedNames.surnames.map(key),
      commonKeys: derivedNames.commonWords.map(key),
      functionKeys: derivedNames.functionWords.map(key),
      givenKeys: derivedNames.givenNames.map(key),
    },
  };
  const concepts = compileConcepts(transliteration);
  const conceptSet = new Map<string, number>();
  const worldNames: { name: string; entry: { id: string; index: number } }[] = [];
  const types: string[] = [];
  generated.forEach((g, i) => {
    s.id.push(g.id);
    types.push(g.type === 'university' ? 'u' : 'o');
    s.fa.push(g.fa ?? null);
    s.en.push(g.en);
    s.country.push(g.country);
    s.city.push(g.city ?? null);
    s.ror.push(g.ror ?? null);
    s.wikidata.push(g.wikidata ?? null);
    s.domains.push(...g.domains);
    s.domainStart.push(s.domains.length);
    s.faNames.push(...new Set(g.fa ? [g.fa, ...g.names] : g.names));
    s.faStart.push(s.faNames.length);
    const latin = [g.en, ...g.enNames];
    s.enNames.push(...g.enNames);
    s.enStart.push(s.enNames.length);
    s.acronyms.push(...g.acronyms);
    s.acronymStart.push(s.acronyms.length);
    for (const name of latin) {
      const shape = latinShape(name, concepts);
      const list = [...shape.concepts];
      const k = list.join('\0');
      let c = conceptSet.get(k);
      if (c === undefined) {
        c = s.conceptSets.length;
        conceptSet.set(k, c);
        s.conceptSets.push(list);
      }
      s.shapeConcepts.push(c);
      s.shapeSkeletons.push(shape.skeletons.join(' '));
      s.shapeVowels.push(shape.vowels.join(' '));
    }
    for (const name of new Set(latin)) {
      worldNames.push({ name, entry: { id: g.id, index: i } });
      const { strong, weak } = coresOf(name);
      for (const core of strong) s.strongCores.push(phraseKey(core), i);
      for (const core of weak) s.weakCores.push(phraseKey(core), i);
    }
  });
  s.type = types.join('');
  // buildWorldIndex only reads an entry's id, and keeps the entry it was given.
  const world = buildWorldIndex(worldNames as never, {
    heads: new Set(orgWords.latinHeads.map(latinFold)),
    generic: new Set(orgWords.latinGeneric.map(latinFold)),
  });
  for (const [k, entry] of world.byKey) {
    s.world.keys.push(k);
    s.world.entries.push((entry as unknown as { index: number }).index);
  }
  s.world.firstWords = [...world.firstWords];
  s.world.maxWords = world.maxWords;
  return s;
}
