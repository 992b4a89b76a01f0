// Acronyms read as words and written in Persian letters, set off by guillemets: «دانشگاه «کایست»
// کره جنوبی» is KAIST, «دانشگاه «پوستک»» POSTECH. An acronym is short and many organisations share
// one, so it is matched only when quoted, within the countries of its story, by its whole sound
// skeleton and its written vowels, and only when one organisation there has it.
import type { OrgEntry } from './lexicon.js';
import {
  latinSkeleton,
  latinVowelShape,
  persianSkeleton,
  persianVowelShape,
  vowelSimilarity,
} from './transliterate.js';

/** Shorter acronyms are spelled out («یو سی ال») or are words of their own («ITU» ~ «ایتو»). */
const MIN_LETTERS = 4;
const MIN_VOWELS = 0.75;
/** «KAIST», «SPbPU»: a Latin name written as one word with at least two capitals. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]+$/;

interface Acronym {
  skeleton: string;
  vowels: string;
  entry: OrgEntry;
}

export type AcronymIndex = Map<string, Acronym[]>;

export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}

export function buildAcronymIndex(
  inputs: Iterable<{ entry: OrgEntry; acronyms: readonly string[] }>,
): AcronymIndex {
  const index: AcronymIndex = new Map();
  for (const { entry, acronyms } of inputs) {
    if (!entry.country || !entry.id) continue;
    for (const a of acronyms) {
      if (a.length < MIN_LETTERS || !isAcronym(a)) continue;
      const list = index.get(entry.country) ?? [];
      if (!list.length) index.set(entry.country, list);
      list.push({ skeleton: latinSkeleton(a), vowels: latinVowelShape(a), entry });
    }
  }
  return index;
}

/** The one organisation of `countries` whose acronym the Persian word sounds like, or null. */
export function acronymOf(index: AcronymIndex, word: string, countries: readonly string[]): OrgEntry | null {
  const skeleton = persianSkeleton(word);
  if (skeleton.length < 2) return null;
  const vowels = persianVowelShape(word);
  let found: OrgEntry | null = null;
  for (const c of countries)
    for (const a of index.get(c) ?? []) {
      if (a.skeleton !== skeleton || vowelSimilarity(vowels, a.vowels) < MIN_VOWELS) continue;
      if (found && found.id !== a.entry.id) return null;
      found = a.entry;
    }
  return found;
}
