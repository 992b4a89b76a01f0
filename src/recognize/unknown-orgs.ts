// Organisations the gazetteers do not name: «دانشگاه X», «پژوهشگاه X», «وزارت X» … followed by a
// name. The name is matched to the Latin names of its country's organisations (transliterate.ts);
// when no candidate is clearly right it is still an organisation, with no canonical id and a local
// id, so that the people and offices next to it attach to it and not to another organisation.
//
// The name is a run of words after the head (name-run.ts). Generic words («صنعتی», «علوم پزشکی»,
// «دولتی») are matched by meaning. A run whose words are all ordinary Persian words
// (hazm's lexicon) becomes an unknown organisation only when a country follows it; it may still be
// matched to a known one («دانشگاه کربلا»).
import { createHash } from 'node:crypto';
import { key } from '../text/key.js';
import { acronymOf } from './acronyms.js';
import { cityFlagship, countriesOfCity, countryNamed } from './cities.js';
import { mentionOf, normalizedText, type RecognizerContext } from './context.js';
import { entryFields, type OrgEntry } from './lexicon.js';
import { type CountryMention, type NameRun, nameAfter } from './name-run.js';
import { latinShape, type NameShape, persianShape, type Ranked, rank } from './transliterate.js';
import type { Mention } from './types.js';

/** Iranian organisations are the hand-curated gazetteer's; the world is searched for foreign ones. */
const HOME_COUNTRY = 'IR';
const MIN_ORDINARY_SKELETON = 3;
const MIN_ORDINARY_VOWEL_SHAPE = 4;
const RANK_CACHE_SIZE = 20_000;

/** "local:" + the first 10 hex digits of sha256(matching key of the name as written). */
export function localOrgId(name: string): string {
  return `local:${createHash('sha256').update(key(name)).digest('hex').slice(0, 10)}`;
}

function countriesIn(ctx: RecognizerContext): CountryMention[] {
  return ctx.lex.countries.findAll(ctx.keys).map((m) => ({
    code: m.values[0]!,
    tFirst: m.first,
    tEnd: m.end,
    sentence: ctx.doc.tokens[m.first]!.sentence,
  }));
}

/** The countries named in `list`, in code order; null when none is. */
function countryCodes(list: readonly CountryMention[]): string[] | null {
  const codes = [...new Set(list.map((c) => c.code))].sort();
  return codes.length ? codes : null;
}

/**
 * The shapes of an entry's Latin names: a generated entry's from the compiled gazetteer (made when
 * asked, not kept: the world has tens of thousands), the others' computed once per process.
 */
function shapesOf(ctx: RecognizerContext): (e: OrgEntry) => readonly NameShape[] {
  const lex = ctx.lex;
  return (e) => {
    let s = lex.shapeCache.get(e) ?? lex.snapshotShapes(e);
    if (!s) {
      s = (lex.latinNames.get(e) ?? []).map((n) => latinShape(n, lex.concepts));
      lex.shapeCache.set(e, s);
    }
    return s;
  };
}

/** The countries of a document, found once and grouped by sentence. */
class StoryCountries {
  private all: CountryMention[] | null = null;
  private bySentence: Map<number, CountryMention[]> | null = null;
  private docCodes: string[] | null | undefined;
  constructor(private readonly ctx: RecognizerContext) {}

  /** The countries named in a sentence, in code order; null when none is. */
  ofSentence(sentence: number): string[] | null {
    this.all ??= countriesIn(this.ctx);
    this.bySentence ??= groupBySentence(this.all);
    return countryCodes(this.bySentence.get(sentence) ?? []);
  }

  ofDocument(): string[] | null {
    this.all ??= countriesIn(this.ctx);
    if (this.docCodes === undefined) this.docCodes = countryCodes(this.all);
    return this.docCodes;
  }
}

/**
 * The organisation a name after a head is, when the gazetteers have it: a city's flagship, the
 * closest Latin name within the country (`near`: after the name or in its sentence; else the
 * story's), the world, or the one named after the country. Cached per name, head and countries.
 */
function identify(
  ctx: RecognizerContext,
  head: string,
  run: NameRun,
  near: string[] | null,
  country: string[] | null,
): (Ranked<OrgEntry> & { rule?: string }) | null {
  const lex = ctx.lex;
  const shape = persianShape(run.words, lex.concepts);
  shape.concepts.add(head);
  const skeleton = shape.skeletons.join('').length;
  // The world is searched only in a story that names a foreign country: Iranian towns the
  // gazetteer lacks («دانشگاه فریمان», «دانشگاه کاشمر») sound like foreign names too (Bremen,
  // Kashmir). Only a long sound skeleton is specific enough to look for in the world.
  const foreign = !!country?.some((c) => c !== HOME_COUNTRY);
  const candidates = () => (country ? country.flatMap((c) => lex.orgsByCountry.get(c) ?? []) : []);
  // A name made only of generic words («دانشگاه صنعتی شمالی») is matched only within a country.
  // An ordinary word as the name («دانشگاه کربلا») must sound exactly like the candidate's.
  const accept =
    run.hasStrange || run.personal
      ? lex.concepts.accept
      : { ...lex.concepts.accept, minScore: Math.max(lex.concepts.accept.minScore, 0.95) };
  // An ordinary word is a name only when it is long enough not to sound like many («آماده» ≠ Al-Ameed).
  // With its country right after it, a short one will do when its written vowels make it long
  // enough to check («لاهور»: L-R, but L-A-U-R).
  const specific =
    run.hasStrange ||
    run.personal ||
    !run.hasName ||
    skeleton >= MIN_ORDINARY_SKELETON ||
    (!!run.country &&
      // «دانشگاه ملک سعود عربستان»: a title or other generic word narrows a short name down.
      (shape.vowels.join('').length >= MIN_ORDINARY_VOWEL_SHAPE || shape.concepts.size > 1));
  // The same name recurs within and across documents: its ranking is kept (a pure function of
  // the name, the head, the countries and the threshold).
  const cacheKey = `${head}|${run.words.join(' ')}|${country?.join(',') ?? '*'}|${near ? 'near' : ''}|${accept.minScore}|${run.country ? 'after' : ''}`;
  let ranked = lex.rankCache.get(cacheKey);
  if (ranked !== undefined) return ranked;
  // A name word that is a city with one flagship is that flagship before any look-alike name.
  // An ordinary word («پیشرو» leading, «مورد» case) is a city only when the gazetteer's Persian
  // names write that city so («مسکو») or a country is named next to it.
  // Without a foreign country in the story, only a city the gazetteer's Persian names write
  // («دانشگاه مسکو») is looked for in the world.
  const attested = run.words.some((w) => lex.cities().cityWords.has(w) || lex.concepts.exonyms.has(w));
  ranked = run.hasName
    ? run.hasStrange || attested
      ? flagshipOf(ctx, shape, country, !run.country && (foreign || attested))
      : near && flagshipOf(ctx, shape, near, false)
    : null;
  if (!ranked && (run.hasName || country) && specific)
    ranked = rank(shape, head, candidates(), shapesOf(ctx), accept);
  // A country named elsewhere in the story is a guess at the organisation's: when none of its
  // organisations fits, a long enough name is looked for in the world.
  if (
    !ranked &&
    !run.country &&
    foreign &&
    run.hasName &&
    specific &&
    skeleton >= lex.concepts.accept.minWorldSkeleton
  )
    ranked = rank(shape, head, lex.allOrgs, shapesOf(ctx), accept);
  if (!ranked && run.country && !run.hasName) {
    const code = run.country.code;
    const entry = countryNamed(lex.cities(), shape, code, lex.orgsByCountry.get(code) ?? [], shapesOf(ctx));
    if (entry) ranked = { value: entry, score: 1, runnerUp: 0, rule: 'org.country-named' };
  }
  if (lex.rankCache.size >= RANK_CACHE_SIZE) lex.rankCache.clear();
  lex.rankCache.set(cacheKey, ranked);
  return ranked;
}

const SCHOOL = key('دانشکده');
const IN = key('در');

/**
 * «دانشکده مطالعات مشرق‌زمین و آفریقا در لندن»: a school named by its subject and placed in a
 * foreign city (or followed by a foreign country) is a foreign institution — SOAS — when the
 * city's country has one whose Latin name says the same (rule `org.translated`). Otherwise
 * «دانشکده» stays a unit head (a faculty), so nothing is made of it here.
 */
function schoolAbroad(
  ctx: RecognizerContext,
  t: number,
  covered: Uint8Array,
  mentionFor: MentionFor,
): Mention | null {
  const run = nameAfter(ctx, t, covered);
  if (!run.words.length) return null;
  let near: string[] | null = null;
  let end = run.end;
  if (run.country && run.country.code !== HOME_COUNTRY) near = [run.country.code];
  else if (
    !run.country &&
    ctx.keys[run.end] === IN &&
    ctx.doc.tokens[run.end + 1]?.sentence === ctx.doc.tokens[t]!.sentence
  ) {
    const word = ctx.keys[run.end + 1]!;
    near = countriesOfCity(ctx.lex.cities(), word, persianShape([word], ctx.lex.concepts));
    end = run.end + 2;
  }
  if (!near) return null;
  const m = mentionFor(t, t, 'school', run, near, false);
  if (!m) return null;
  // The span takes in «در لندن»: the place is part of how the text names it.
  const { tFirst: _first, tEnd: _end, start: _start, end: _stop, ...fields } = m;
  return mentionOf(ctx, t, end, fields);
}

/** «دانشگاه‌های», «دانشگاه‌ها»: a list of universities follows («دانشگاه‌های لاهور و کراچی پاکستان»). */
const PLURAL_UNIVERSITIES = new Set([key('دانشگاه‌های'), key('دانشگاه‌ها')]);
const LIST_SEPARATORS = new Set(['،', ',', 'و', '؛']);
/** Words that make «دانشگاه‌های X» some of X's universities: «برخی», «سایر», «همه». */
export const QUANTIFIERS = new Set(
  ['برخی', 'بعضی', 'سایر', 'همه', 'همه‌ی', 'تمام', 'تمامی', 'اکثر', 'بیشتر', 'کلیه', 'چند', 'برترین'].map(key),
);

export function recognizeUnknownOrganizations(ctx: RecognizerContext, known: readonly Mention[]): Mention[] {
  const lex = ctx.lex;
  const covered = new Uint8Array(ctx.keys.length);
  for (const m of known) covered.fill(1, m.tFirst, m.tEnd);
  const countries = new StoryCountries(ctx);
  const out: Mention[] = [];
  const fullForms = new FullForms(ctx);
  for (const m of known) fullForms.add(m);
  let formsSeen = 0;
  const mentionFor: MentionFor = (t, first, head, run, near, unknownToo = true) => {
    const country = near ?? countries.ofDocument();
    const ranked = identify(ctx, head, run, near, country);
    while (formsSeen < out.length) fullForms.add(out[formsSeen++]!);
    const full = fullForms.before(t, run);
    const quoted = run.quoted ? quotedName(ctx, t, run, near ?? country) : null;
    if (quoted)
      return mentionOf(ctx, first, run.end, {
        type: quoted.entry.type,
        rule: quoted.rule,
        ...entryFields(quoted.entry),
      });
    if (full)
      return mentionOf(ctx, first, run.end, {
        type: full.type,
        rule: 'org.short-form',
        ...entryFields(full),
      });
    if (ranked)
      return mentionOf(ctx, first, run.end, {
        type: ranked.value.type,
        rule: ranked.rule ?? (run.hasName ? 'org.transliterated' : 'org.translated'),
        ...entryFields(ranked.value),
        score: ranked.score,
      });
    if (!unknownToo || !(run.hasStrange || run.personal || run.country || run.quoted)) return null;
    const name = normalizedText(ctx, first, run.end);
    return mentionOf(ctx, first, run.end, {
      type: head === 'university' ? 'university' : 'organization',
      rule: 'org.unknown',
      name,
      localId: localOrgId(name),
    });
  };
  for (let t = 0; t < ctx.keys.length; t++) {
    if (covered[t]) continue;
    if (PLURAL_UNIVERSITIES.has(ctx.keys[t]!)) {
      const end = listAfter(ctx, t, covered, countries, mentionFor, out);
      covered.fill(1, t, end);
      t = end - 1;
      continue;
    }
    if (ctx.keys[t] === SCHOOL) {
      const m = schoolAbroad(ctx, t, covered, mentionFor);
      if (m) {
        out.push(m);
        covered.fill(1, t, m.tEnd);
        t = m.tEnd - 1;
      }
      continue;
    }
    const head = lex.unknownHeads.get(ctx.keys[t]!);
    if (!head) continue;
    const run = nameAfter(ctx, t, covered);
    if (!run.words.length) continue;
    // The country after the name, else those of its sentence, else those of the document.
    const near = run.country ? [run.country.code] : countries.ofSentence(ctx.doc.tokens[t]!.sentence);
    const m = mentionFor(t, t, head, run, near);
    if (m) out.push(m);
    covered.fill(1, t, run.end);
    t = run.end - 1;
  }
  return out;
}

/**
 * The mention of the name `run` after the head at t, spanning first … run.end: identified, else an
 * unknown organisation when `unknownToo` and the name is clearly one; null otherwise.
 */
type MentionFor = (
  t: number,
  first: number,
  head: string,
  run: NameRun,
  near: string[] | null,
  unknownToo?: boolean,
) => Mention | null;

/**
 * «دانشگاه‌های لاهور و کراچی پاکستان», «دانشگاه‌های پیشاور پاکستان»: the items of a list after a
 * plural head the gazetteer matched none of, each a name run; the country after the last item is
 * every item's. Only items the gazetteers identify are kept: a plural head is as often followed by
 * a description («دانشگاه‌های کلان‌منطقه‌ای», «غیرصنعتی») as by names. Returns the token after the list.
 */
function listAfter(
  ctx: RecognizerContext,
  plural: number,
  covered: Uint8Array,
  countries: StoryCountries,
  mentionFor: MentionFor,
  out: Mention[],
): number {
  const items: { before: number; run: NameRun }[] = [];
  for (let before = plural; ; ) {
    const run = nameAfter(ctx, before, covered);
    // «دانشگاه‌های آمریکایی و اروپایی» describe, they do not name.
    if (!run.hasName) break;
    items.push({ before, run });
    if (run.country) break;
    const sep = ctx.doc.tokens[run.end];
    if (!sep || !LIST_SEPARATORS.has(sep.normalized)) break;
    before = ctx.doc.tokens[run.end + 1]?.normalized === 'و' ? run.end + 1 : run.end;
  }
  if (!items.length) return plural + 1;
  const last = items[items.length - 1]!.run;
  // «برخی دانشگاه‌های لاهور»: some of a city's universities, unnamed.
  if (items.length === 1 && QUANTIFIERS.has(ctx.keys[plural - 1] ?? '')) return last.end;
  const near = last.country ? [last.country.code] : countries.ofSentence(ctx.doc.tokens[plural]!.sentence);
  for (const { before, run } of items) {
    const m = mentionFor(
      plural,
      before + 1,
      'university',
      { ...run, country: run.country ?? last.country },
      near,
      false,
    );
    if (m) out.push(m);
  }
  return last.end;
}

/**
 * «دانشگاه مینسک» after «دانشگاه علوم پزشکی مینسک»: releases give a partner's full name first and
 * shorten it after, dropping generic words. A name whose words are all in one identified
 * organisation named earlier with the same head, whose other words are all generic, is that
 * organisation. The fuller names are kept once per distinct (id, words) with the first place each
 * occurs, grouped by head word: a long document repeats a few names thousands of times, and
 * scanning every earlier mention for each short form was quadratic.
 */
class FullForms {
  private readonly byHead = new Map<string, Map<string, { tFirst: number; id: string; words: string[] }>>();
  constructor(private readonly ctx: RecognizerContext) {}

  add(m: Mention): void {
    if (!m.canonicalId) return;
    const head = this.ctx.keys[m.tFirst]!;
    const words = this.ctx.keys.slice(m.tFirst + 1, m.tEnd);
    const id = `${m.canonicalId}\u0001${words.join(' ')}`;
    let forms = this.byHead.get(head);
    if (!forms) {
      forms = new Map();
      this.byHead.set(head, forms);
    }
    const seen = forms.get(id);
    if (!seen) forms.set(id, { tFirst: m.tFirst, id: m.canonicalId, words });
    else if (m.tFirst < seen.tFirst) seen.tFirst = m.tFirst;
  }

  /**
   * The one identified organisation whose fuller name, seen before `t` with the same head, holds
   * every word of this run and drops only generic words; null when none or several.
   */
  before(t: number, run: NameRun): OrgEntry | null {
    const forms = this.byHead.get(this.ctx.keys[t]!);
    if (!forms) return null;
    let found: OrgEntry | null = null;
    for (const form of forms.values()) {
      if (form.tFirst >= t || form.words.length <= run.words.length) continue;
      if (!run.words.every((w) => form.words.includes(w))) continue;
      // Only generic words may be dropped: «دانشگاه بلوچستان» is not «دانشگاه سیستان و بلوچستان».
      const extra = form.words.filter((w) => !run.words.includes(w));
      if (persianShape(extra, this.ctx.lex.concepts).skeletons.length) continue;
      const entry = this.ctx.lex.orgById.get(form.id);
      if (!entry || (found && found.id !== entry.id)) return null;
      found = entry;
    }
    return found;
  }
}

/**
 * A quoted name: a Persian name the gazetteer has once the guillemets are dropped, else an acronym
 * read as a word («کایست» KAIST) of the one organisation of the story's countries that has it.
 */
function quotedName(
  ctx: RecognizerContext,
  t: number,
  run: NameRun,
  countries: readonly string[] | null,
): { entry: OrgEntry; rule: string } | null {
  const keys = [ctx.keys[t]!, ...run.words];
  const named = ctx.lex.orgs.longestAt(keys, 0);
  if (named?.end === keys.length) return { entry: named.values[0]!, rule: 'org.quoted' };
  if (run.words.length !== 1 || !countries) return null;
  const entry = acronymOf(ctx.lex.acronyms(), run.words[0]!, countries);
  return entry ? { entry, rule: 'org.acronym' } : null;
}

/** Without a country named in the story, a city is looked for in the world only by a longer name. */
const MIN_WORLD_CITY_SKELETON = 3;

/**
 * «دانشگاه مسکو», «دانشگاه علوم پزشکی مینسک»: the flagship of the city the name word sounds like
 * (cities.ts), within the countries named (the one after the name; else the story's, then the world).
 */
function flagshipOf(
  ctx: RecognizerContext,
  shape: NameShape,
  countries: string[] | null,
  worldToo: boolean,
): (Ranked<OrgEntry> & { rule: string }) | null {
  if (shape.skeletons.length !== 1) return null;
  const index = ctx.lex.cities();
  const found =
    (countries && cityFlagship(index, shape, countries, shapesOf(ctx))) ||
    (worldToo && shape.skeletons[0]!.length >= MIN_WORLD_CITY_SKELETON
      ? cityFlagship(index, shape, null, shapesOf(ctx))
      : null);
  return found ? { value: found.entry, score: found.score, runnerUp: 0, rule: 'org.city-flagship' } : null;
}

function groupBySentence(countries: readonly CountryMention[]): Map<number, CountryMention[]> {
  const out = new Map<number, CountryMention[]>();
  for (const c of countries) {
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  return out;
}
