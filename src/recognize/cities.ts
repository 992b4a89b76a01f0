// Universities named after their city. Persian press writes a foreign city's flagship university as
// «دانشگاه <شهر>» whatever its official name: «دانشگاه مسکو» is Moscow State University,
// «دانشگاه مینسک» Belarusian State University, «دانشگاه علوم پزشکی مینسک» Belarusian State Medical
// University. The gazetteer knows each organisation's city, so the name word is matched to a city
// (sound skeleton and written vowels, as transliterate.ts does), and among that city's organisations
// the one whose Latin name is only the city or the country plus the Persian name's generic words
// («University of X», «X State University», «X Medical University», «Belarusian State Medical
// University») is taken — only when it is the one such organisation of that city.
import { key } from '../text/key.js';
import type { OrgEntry } from './lexicon.js';
import {
  latinSkeleton,
  latinVowelShape,
  type NameShape,
  persianSkeleton,
  similarity,
  vowelSimilarity,
} from './transliterate.js';

/** Concepts a flagship's official name may add to the Persian one: «دانشگاه مسکو» = Moscow State University. */
const FLAGSHIP_EXTRA: ReadonlySet<string> = new Set(['state', 'national', 'federal']);
/** The city's skeleton must be this close to the Persian word's… */
const MIN_CITY_SIMILARITY = 0.8;
/** …and its vowels must fit the ones Persian writes. */
const MIN_CITY_VOWELS = 0.75;
/** Two cities that sound alike (within this margin) leave the name unidentified. */
const CITY_MARGIN = 0.15;
/** A country word is «Belarusian» for «بلاروس»: the Latin word starts with the Persian skeleton… */
const MIN_COUNTRY_SKELETON = 2;
/** …or the Latin word is a long enough start of it («Tajik», «تاجیکستان»). */
const MIN_COUNTRY_PREFIX = 3;

interface City {
  country: string;
  skeleton: string;
  vowels: string;
  entries: OrgEntry[];
}

export interface CityIndex {
  /** Organisations grouped by country and the sound skeleton of their city. */
  cities: City[];
  byCountry: Map<string, City[]>;
  /** ISO code → the sound skeletons of the country's Persian names («روسیه» R-S). */
  countryWords: Map<string, string[]>;
  /** Keys of the Persian words the gazetteer writes cities with («مسکو» in «دانشگاه دولتی مسکو»). */
  cityWords: Set<string>;
  /** Organisations whose sources give no city, by country: their names may still name it. */
  unplaced: Map<string, OrgEntry[]>;
}

export interface CityInput {
  entry: OrgEntry;
  /** '' when the sources give none */
  city: string;
  /** the entry's Persian names */
  fa: readonly string[];
}

export function buildCityIndex(
  entries: Iterable<CityInput>,
  countries: readonly { code: string; fa: readonly string[] }[],
): CityIndex {
  const byKey = new Map<string, City>();
  const cityWords = new Set<string>();
  const unplaced = new Map<string, OrgEntry[]>();
  // Thousands of entries share a few thousand city names.
  const skeletons = new Map<string, string>();
  for (const { entry, city, fa } of entries) {
    if (!entry.country || !entry.id) continue;
    if (!city) {
      const list = unplaced.get(entry.country);
      if (list) list.push(entry);
      else unplaced.set(entry.country, [entry]);
      continue;
    }
    let skeleton = skeletons.get(city);
    if (skeleton === undefined) {
      skeleton = latinSkeleton(city);
      skeletons.set(city, skeleton);
    }
    if (skeleton.length < 2) continue;
    // Iranian names write Iranian towns: only foreign ones attest a foreign city's spelling.
    if (entry.country !== 'IR')
      for (const name of fa)
        for (const w of name.split(/[\s\u200c]+/))
          if (similarity(persianSkeleton(w), skeleton) >= MIN_CITY_SIMILARITY) cityWords.add(key(w));
    const k = `${entry.country}|${skeleton}`;
    let c = byKey.get(k);
    if (!c) {
      c = { country: entry.country, skeleton, vowels: latinVowelShape(city), entries: [] };
      byKey.set(k, c);
    }
    c.entries.push(entry);
  }
  const cities = [...byKey.values()];
  const byCountry = new Map<string, City[]>();
  for (const c of cities) {
    const list = byCountry.get(c.country);
    if (list) list.push(c);
    else byCountry.set(c.country, [c]);
  }
  const countryWords = new Map<string, string[]>();
  for (const c of countries)
    countryWords.set(
      c.code,
      c.fa.map((n) => persianSkeleton(n.replace(/\s+/g, ''))).filter((s) => s.length >= MIN_COUNTRY_SKELETON),
    );
  return { cities, byCountry, countryWords, cityWords, unplaced };
}

/** The cities a Persian name word sounds like, the closest first (within CITY_MARGIN of it). */
function citiesLike(
  index: CityIndex,
  skeleton: string,
  vowels: string,
  countries: readonly string[] | null,
): City[] {
  const pool = countries ? countries.flatMap((c) => index.byCountry.get(c) ?? []) : index.cities;
  const scored: { city: City; score: number }[] = [];
  for (const city of pool) {
    const sim = similarity(skeleton, city.skeleton);
    if (sim < MIN_CITY_SIMILARITY) continue;
    const v = vowelSimilarity(vowels, city.vowels);
    if (v >= MIN_CITY_VOWELS) scored.push({ city, score: sim + v });
  }
  if (!scored.length) return [];
  const top = Math.max(...scored.map((c) => c.score));
  return scored.filter((c) => c.score > top - CITY_MARGIN).map((c) => c.city);
}

/**
 * The foreign countries of the cities a Persian word names («لندن»: GB, and CA for London,
 * Ontario), for a word the gazetteer's Persian names write as a city or an exonym; null otherwise.
 */
export function countriesOfCity(index: CityIndex, word: string, shape: NameShape): string[] | null {
  if (!index.cityWords.has(word) || shape.skeletons.length !== 1) return null;
  const found = new Set(
    citiesLike(index, shape.skeletons[0]!, shape.vowels[0]!, null)
      .map((c) => c.country)
      .filter((c) => c !== 'IR'),
  );
  return found.size ? [...found].sort() : null;
}

/** «Belarusian» for «بلاروس» (B-L-R-S), «Tajik» for «تاجیکستان» (T-J-K-S-T-N): one skeleton starts the other. */
function countryWord(latin: string, persian: string): boolean {
  return latin.startsWith(persian) || (latin.length >= MIN_COUNTRY_PREFIX && persian.startsWith(latin));
}

/** A Latin name made only of the city, the country and generic words the Persian name allows. */
function flagshipName(
  shape: NameShape,
  persian: ReadonlySet<string>,
  city: City,
  countryWords: readonly string[],
  faVowels: string,
): 'city' | 'country' | null {
  if (!shape.skeletons.length) return null;
  for (const c of persian) if (!shape.concepts.has(c)) return null;
  // «College» only with a generic word of the Persian's own: «دانشگاه بانوان لاهور» = Lahore College
  // for Women University, but «دانشگاه لاهور» is not University College Lahore.
  const college = [...persian].some((c) => c !== 'university' && !FLAGSHIP_EXTRA.has(c));
  for (const c of shape.concepts)
    if (!persian.has(c) && !FLAGSHIP_EXTRA.has(c) && !(college && c === 'college')) return null;
  let named: 'city' | 'country' = 'country';
  for (const [i, s] of shape.skeletons.entries()) {
    if (
      similarity(s, city.skeleton) >= MIN_CITY_SIMILARITY &&
      vowelSimilarity(faVowels, shape.vowels[i] ?? '') >= MIN_CITY_VOWELS
    )
      named = 'city';
    else if (!countryWords.some((w) => countryWord(s, w))) return null;
  }
  return named;
}

/** The one flagship of a city: named after the city, else after the country; null when none or two. */
function flagshipIn(
  index: CityIndex,
  city: City,
  fa: NameShape,
  shapesOf: (e: OrgEntry) => readonly NameShape[],
): OrgEntry | null {
  const words = index.countryWords.get(city.country) ?? [];
  const found = { city: new Set<OrgEntry>(), country: new Set<OrgEntry>() };
  const consider = (e: OrgEntry, placed: boolean) => {
    let kind: 'city' | 'country' | null = null;
    for (const s of shapesOf(e)) {
      const k = flagshipName(s, fa.concepts, city, words, fa.vowels[0]!);
      if (k === 'city' || (k && !kind)) kind = k;
    }
    // An organisation with no city in the sources is in this one only when its name says so.
    if (kind && (placed || kind === 'city')) found[kind].add(e);
  };
  for (const e of city.entries) consider(e, true);
  for (const e of index.unplaced.get(city.country) ?? []) consider(e, false);
  // A medical university named after the country («Belarusian State Medical University») is the
  // one of its capital: «دانشگاه علوم پزشکی مینسک». Other names do not carry over: «دانشگاه داکا» is
  // not National University, Bangladesh, «موسسه پلی تکنیک سلیمانیه» not Kurdistan Technical Institute.
  const byCountry = fa.concepts.has('university') && fa.concepts.has('medical');
  const pick = found.city.size || !byCountry ? found.city : found.country;
  const ids = new Set([...pick].map((e) => e.id));
  return ids.size === 1 ? [...pick][0]! : null;
}

export interface Flagship {
  entry: OrgEntry;
  /** How close the name word is to the city, 0..1. */
  score: number;
}

/**
 * «دانشگاه <city>» (with generic words): the city's one flagship. A flagship named after the city
 * wins over one named after the country; two of the same kind leave the name unidentified.
 */
export function cityFlagship(
  index: CityIndex,
  fa: NameShape,
  countries: readonly string[] | null,
  shapesOf: (e: OrgEntry) => readonly NameShape[],
): Flagship | null {
  if (fa.skeletons.length !== 1) return null;
  // Cities that sound alike (Moscow, Russia and Moscow, Idaho) leave the name unidentified unless
  // only one of them has a flagship.
  let found: { entry: OrgEntry; city: City } | null = null;
  for (const city of citiesLike(index, fa.skeletons[0]!, fa.vowels[0]!, countries)) {
    const entry = flagshipIn(index, city, fa, shapesOf);
    if (!entry) continue;
    if (found && found.entry.id !== entry.id) return null;
    found = { entry, city };
  }
  if (!found) return null;
  const { entry, city } = found;
  return { entry, score: Math.round(similarity(fa.skeletons[0]!, city.skeleton) * 1000) / 1000 };
}

/**
 * «دانشگاه ملی سنگاپور», «دانشگاه دولتی بلاروس»: a name of generic words only, followed by its
 * country, is the country's one organisation whose Latin name is the country and those words
 * (National University of Singapore, Belarusian State University). The head and the country alone
 * are not enough: «دانشگاه ترکیه» is not Trakya University.
 */
export function countryNamed(
  index: CityIndex,
  fa: NameShape,
  country: string,
  candidates: readonly OrgEntry[],
  shapesOf: (e: OrgEntry) => readonly NameShape[],
): OrgEntry | null {
  if (fa.skeletons.length || fa.concepts.size < 2) return null;
  const words = index.countryWords.get(country) ?? [];
  if (!words.length) return null;
  let found: OrgEntry | null = null;
  for (const e of candidates) {
    if (e.country !== country) continue;
    const named = shapesOf(e).some((s) => {
      if (!s.skeletons.length || !s.skeletons.every((k) => words.some((w) => countryWord(k, w))))
        return false;
      for (const c of fa.concepts) if (!s.concepts.has(c)) return false;
      for (const c of s.concepts) if (!fa.concepts.has(c) && !FLAGSHIP_EXTRA.has(c)) return false;
      return true;
    });
    if (!named) continue;
    if (found && found.id !== e.id) return null;
    found = e;
  }
  return found;
}
