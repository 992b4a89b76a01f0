// Reads and validates the data files in rules/. I/O happens here once per process; recognisers get
// the validated, compiled result and never touch the disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { compileGazetteer } from '../recognize/gazetteer.js';
import { Gazetteer, packGazetteer } from '../recognize/gazetteer-pack.js';
import { readPack } from '../recognize/packed.js';
import {
  defaultRulesCacheDir,
  readSharedSnapshot,
  readSnapshot,
  type SharedSnapshot,
  snapshotKey,
  writeSnapshot,
} from './cache.js';
import { bundledRulesDir } from './paths.js';
import {
  type Country,
  type DerivedNames,
  type EnDates,
  type EnHonorific,
  type Enrichment,
  type EnTitle,
  type EnTriggers,
  type GeneratedOrg,
  type Head,
  type Honorific,
  type Office,
  type Organization,
  type OrgWords,
  type PersonNames,
  RULE_FILES,
  type Title,
  type Transliteration,
  type Triggers,
  type Unit,
  type University,
} from './schema.js';

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: { entry: string; field: string; message: string }[],
  ) {
    // One line per issue, each naming file, 1-based entry and field: what an analyst needs to fix it.
    super(issues.map((i) => `${file}, entry ${i.entry}, field ${i.field}: ${i.message}`).join('\n'));
    this.name = 'RuleFileError';
  }
}

export interface RuleSet {
  dir: string;
  /** sha256 over every rule file's bytes, in file-name order: part of the cache key. */
  hash: string;
  universities: University[];
  organizations: Organization[];
  /**
   * rules/generated/: Iranian institutions and the world's universities, built by `npm run gazetteer`,
   * as validated entries. Read on first use only: the matchers use `gazetteer`.
   */
  readonly generated: GeneratedOrg[];
  /** The same entries compiled and packed (recognize/gazetteer.ts), from the cache when the rules are unchanged. */
  gazetteer: Gazetteer;
  orgWords: OrgWords;
  countries: Country[];
  transliteration: Transliteration;
  /** Ordinary Persian words (hazm): an unknown organisation's name is not made of them alone (read on first use). */
  readonly knownWords: string[];
  units: Unit[];
  heads: Head[];
  titles: Title[];
  honorifics: Honorific[];
  triggers: Triggers;
  personNames: PersonNames;
  /** Read on first use: the matchers use their keys in `gazetteer`. */
  readonly derivedNames: DerivedNames;
  /** Offices and their holders' terms: they date a day the text gives without its year. */
  officeholders: Office[];
  /** The English path's words (rules/en/); its offices use the ids of `titles`. */
  english: { titles: EnTitle[]; honorifics: EnHonorific[]; triggers: EnTriggers; dates: EnDates };
}

type FileName = keyof typeof RULE_FILES;

/** Validates one file's parsed JSON; errors name the file, the entry (index and its id/fa) and the field. */
export function validateRuleFile<F extends FileName>(
  file: F,
  data: unknown,
): z.infer<(typeof RULE_FILES)[F]> {
  const result = RULE_FILES[file].safeParse(data);
  if (result.success) return result.data as z.infer<(typeof RULE_FILES)[F]>;
  const issues = result.error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    let entry = '(file)';
    let fieldPath = issue.path;
    const [, second, ...nested] = issue.path;
    if (typeof first === 'string' && typeof second === 'number' && data && typeof data === 'object') {
      // Object files (triggers.json): the entry is the list and its 1-based number («events #2»).
      const list = (data as Record<string, unknown>)[first];
      const raw = Array.isArray(list) ? (list[second] as { id?: unknown } | undefined) : undefined;
      // 1-based, as an analyst counts entries in the file.
      entry = `${first} #${second + 1}${raw && typeof raw.id === 'string' ? ` (${raw.id})` : ''}`;
      fieldPath = nested;
    } else if (typeof first === 'number' && Array.isArray(data)) {
      const raw = data[first] as { id?: unknown; fa?: unknown } | undefined;
      const label = raw && (typeof raw.id === 'string' ? raw.id : typeof raw.fa === 'string' ? raw.fa : '');
      entry = label ? `#${first + 1} (${label})` : `#${first + 1}`;
      fieldPath = rest;
    }
    return { entry, field: fieldPath.length ? fieldPath.join('.') : '(entry)', message: issue.message };
  });
  throw new RuleFileError(file, issues);
}

/**
 * Adds the generated ROR/Wikidata ids and alias domains to hand-curated entries. What an entry
 * states itself is kept: generated facts only fill gaps.
 */
function enrich<T extends { id: string | null; domains: string[]; ror?: string; wikidata?: string }>(
  entries: T[],
  enrichment: Enrichment[],
): T[] {
  const byId = new Map(enrichment.map((e) => [e.id, e]));
  const taken = new Set(entries.flatMap((e) => [...(e.id ? [e.id] : []), ...e.domains]));
  return entries.map((entry) => {
    const e = entry.id ? byId.get(entry.id) : undefined;
    if (!e) return entry;
    const domains = e.domains.filter((d) => !taken.has(d));
    return {
      ...entry,
      domains: [...entry.domains, ...domains],
      ...(entry.ror || !e.ror ? {} : { ror: e.ror }),
      ...(entry.wikidata || !e.wikidata ? {} : { wikidata: e.wikidata }),
    };
  });
}

export interface LoadOptions {
  /** Folder of compiled gazetteers (rules/cache.ts); null: compile in memory. */
  cacheDir?: string | null;
}

const GENERATED = ['generated/organizations.iran.json', 'generated/universities.world.json'] as const;
/** The hand-written and small generated files, in the order they are hashed (before, between and after the large ones). */
const SMALL_BEFORE = [
  'universities.iran.json',
  'universities.foreign.json',
  'organizations.json',
  'units.json',
  'heads.json',
  'titles.json',
  'honorifics.json',
  'triggers.json',
  'person-names.json',
] as const;
const SMALL_AFTER = [
  'generated/enrichment.json',
  'org-words.json',
  'countries.json',
  'transliteration.json',
  'officeholders.json',
] as const;
const SMALL_EN = ['en/titles.json', 'en/honorifics.json', 'en/triggers.json', 'en/dates.json'] as const;
type SmallFile = (typeof SMALL_BEFORE)[number] | (typeof SMALL_AFTER)[number] | (typeof SMALL_EN)[number];
type SmallRules = { [F in SmallFile]: z.infer<(typeof RULE_FILES)[F]> };

/** Every rule file's bytes, read in one fixed order: the rules hash and the snapshot's key are over them. */
interface RuleInputs {
  small: Map<SmallFile, Buffer>;
  generatedBytes: Buffer[];
  knownWordsBytes: Buffer;
  derivedNamesBytes: Buffer;
  /** sha256 of every file's name and bytes, in reading order. */
  hash: string;
  /** The compiled snapshot's cache key (rules/cache.ts). */
  key: string;
}

function readRuleInputs(dir: string): RuleInputs {
  const hash = createHash('sha256');
  const bytesOf = (file: FileName): Buffer => {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update('\0').update(bytes).update('\0');
    return bytes;
  };
  const small = new Map<SmallFile, Buffer>();
  for (const f of SMALL_BEFORE) small.set(f, bytesOf(f));
  const generatedBytes = GENERATED.map((f) => bytesOf(f));
  for (const f of SMALL_AFTER) small.set(f, bytesOf(f));
  const knownWordsBytes = bytesOf('generated/known-words.json');
  const derivedNamesBytes = bytesOf('person-names.generated.json');
  for (const f of SMALL_EN) small.set(f, bytesOf(f));
  const key = snapshotKey([
    ...GENERATED.map((f, i) => [f, generatedBytes[i]!] as [string, Buffer]),
    ['generated/known-words.json', knownWordsBytes],
    ['person-names.generated.json', derivedNamesBytes],
    ...[...small].sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
  return { small, generatedBytes, knownWordsBytes, derivedNamesBytes, hash: hash.digest('hex'), key };
}

/**
 * The cached snapshot of these rules read into shared memory, for a run to hand its workers
 * (`useSharedSnapshot` in rules/cache.ts); null when none is cached yet (the first worker compiles it).
 */
export function sharedRulesSnapshot(
  dir: string = bundledRulesDir(),
  opts: LoadOptions = {},
): SharedSnapshot | null {
  const cacheDir = opts.cacheDir === undefined ? defaultRulesCacheDir() : opts.cacheDir;
  try {
    return cacheDir ? readSharedSnapshot(cacheDir, readRuleInputs(dir).key) : null;
  } catch {
    // An optimisation only: a rule file that cannot be read is reported by the workers' loadRules.
    return null;
  }
}

export function loadRules(dir: string = bundledRulesDir(), opts: LoadOptions = {}): RuleSet {
  const parse = <F extends FileName>(file: F, bytes: Buffer): z.infer<(typeof RULE_FILES)[F]> => {
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new RuleFileError(file, [{ entry: '(file)', field: '(json)', message: (err as Error).message }]);
    }
    return validateRuleFile(file, data);
  };
  // Every file's bytes first. The small files are parsed and validated only when no snapshot of
  // exactly these bytes is cached: on a hit the snapshot holds what zod made of them when it was
  // written (zod on a cold start was most of loadRules' time).
  const { small, generatedBytes, knownWordsBytes, derivedNamesBytes, hash, key } = readRuleInputs(dir);
  const parseGenerated = (bytes: readonly Buffer[]): GeneratedOrg[] =>
    GENERATED.flatMap((f, i) => parse(f, bytes[i]!));
  const cacheDir = opts.cacheDir === undefined ? defaultRulesCacheDir() : opts.cacheDir;
  let generated: GeneratedOrg[] | undefined;
  let knownWords: string[] | undefined;
  let derivedNames: DerivedNames | undefined;
  const cached = readSnapshot(cacheDir, key);
  let gazetteer = cached?.gazetteer;
  let files = cached?.rules as SmallRules | undefined;
  if (!gazetteer || !files) {
    const validated: Record<string, unknown> = {};
    for (const [f, bytes] of small) validated[f] = parse(f, bytes);
    files = validated as SmallRules;
    generated = parseGenerated(generatedBytes);
    knownWords = parse('generated/known-words.json', knownWordsBytes).words;
    derivedNames = parse('person-names.generated.json', derivedNamesBytes);
    const packed = packGazetteer(
      compileGazetteer({
        generated,
        orgWords: files['org-words.json'],
        transliteration: files['transliteration.json'],
        knownWords,
        derivedNames,
      }),
      { key, rules: files },
    );
    writeSnapshot(cacheDir, key, packed);
    gazetteer = new Gazetteer(readPack(packed));
  }
  const iran = files['universities.iran.json'];
  const foreign = files['universities.foreign.json'];
  const organizations = files['organizations.json'];
  const units = files['units.json'];
  const heads = files['heads.json'];
  const titles = files['titles.json'];
  const honorifics = files['honorifics.json'];
  const triggers = files['triggers.json'];
  const personNames = files['person-names.json'];
  const enrichment = files['generated/enrichment.json'];
  const orgWords = files['org-words.json'];
  const countries = files['countries.json'];
  const transliteration = files['transliteration.json'];
  const universities = enrich([...iran, ...foreign], enrichment);
  const enTitles = files['en/titles.json'];
  const titleIds = new Set(titles.map((t) => t.id));
  const unknown = enTitles.flatMap((t, i) =>
    titleIds.has(t.id)
      ? []
      : [{ entry: `#${i} (${t.id})`, field: 'id', message: 'not a title id of titles.json' }],
  );
  if (unknown.length) throw new RuleFileError('en/titles.json', unknown);
  const officeholders = files['officeholders.json'];
  const badOffices = officeholders.flatMap((o, i) =>
    titleIds.has(o.titleId)
      ? []
      : [{ entry: `#${i + 1} (${o.id})`, field: 'titleId', message: 'not a title id of titles.json' }],
  );
  if (badOffices.length) throw new RuleFileError('officeholders.json', badOffices);
  const english = {
    titles: enTitles,
    honorifics: files['en/honorifics.json'],
    triggers: files['en/triggers.json'],
    dates: files['en/dates.json'],
  };
  return {
    dir,
    hash,
    universities,
    organizations: enrich(organizations, enrichment),
    get generated() {
      generated ??= parseGenerated(GENERATED.map((f) => readFileSync(join(dir, f))));
      return generated;
    },
    gazetteer,
    get knownWords() {
      knownWords ??= parse(
        'generated/known-words.json',
        readFileSync(join(dir, 'generated/known-words.json')),
      ).words;
      return knownWords;
    },
    get derivedNames() {
      derivedNames ??= parse(
        'person-names.generated.json',
        readFileSync(join(dir, 'person-names.generated.json')),
      );
      return derivedNames;
    },
    orgWords,
    countries,
    transliteration,
    units,
    heads,
    titles,
    honorifics,
    triggers,
    personNames,
    officeholders,
    english,
  };
}
