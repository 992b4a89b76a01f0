// Reads and validates the data files in rules/. I/O happens here once per process; recognisers get
// the validated, compiled result and never touch the disk.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
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
const SMALL_FILES = [...SMALL_BEFORE, ...SMALL_AFTER, ...SMALL_EN] as const;
type SmallFile = (typeof SMALL_FILES)[number];
type SmallRules = { [F in SmallFile]: z.infer<(typeof RULE_FILES)[F]> };

const KNOWN_WORDS = 'generated/known-words.json';
const DERIVED_NAMES = 'person-names.generated.json';
/** Every rule file, in the order the rules hash reads them. */
const HASH_ORDER: readonly FileName[] = [
  ...SMALL_BEFORE,
  ...GENERATED,
  ...SMALL_AFTER,
  KNOWN_WORDS,
  DERIVED_NAMES,
  ...SMALL_EN,
];
/** Every rule file, in the order the snapshot's key reads them. */
const KEY_ORDER: readonly FileName[] = [...GENERATED, KNOWN_WORDS, DERIVED_NAMES, ...[...SMALL_FILES].sort()];

/** What names these rules: both hashes are over every file's name and bytes, each in its own order. */
interface RuleIds {
  /** sha256 of the files in HASH_ORDER. */
  hash: string;
  /** The compiled snapshot's cache key (rules/cache.ts), over the files in KEY_ORDER. */
  key: string;
}

function ruleIds(feed: (hash: Hash, file: FileName) => void): RuleIds {
  const over = (h: Hash, files: readonly FileName[]) => {
    for (const f of files) {
      h.update(f).update('\0');
      feed(h, f);
      h.update('\0');
    }
  };
  const hash = createHash('sha256');
  over(hash, HASH_ORDER);
  return { hash: hash.digest('hex'), key: snapshotKey((h) => over(h, KEY_ORDER)) };
}

const CHUNK = 1 << 16;

/**
 * The ids, the files read a chunk at a time (twice: the two orders differ; from the page cache that is
 * a few ms): with a snapshot cached no file is ever whole in memory.
 * (A 4.4 MB file read whole and freed made glibc raise its trim threshold, so every thread's malloc
 * arena kept up to twice that much freed memory for the rest of the run.)
 */
function streamedRuleIds(dir: string): RuleIds {
  const chunk = Buffer.allocUnsafeSlow(CHUNK);
  return ruleIds((h, file) => {
    const fd = openSync(join(dir, file), 'r');
    try {
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) h.update(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  });
}

/** Every rule file's bytes (to parse them) and the ids of exactly those bytes. */
interface RuleInputs extends RuleIds {
  bytes: ReadonlyMap<FileName, Buffer>;
}

function readRuleInputs(dir: string): RuleInputs {
  const bytes = new Map(HASH_ORDER.map((f) => [f, readFileSync(join(dir, f))] as const));
  return { bytes, ...ruleIds((h, f) => h.update(bytes.get(f)!)) };
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
    return cacheDir ? readSharedSnapshot(cacheDir, streamedRuleIds(dir).key) : null;
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
  // The small files are parsed and validated only when no snapshot of exactly these bytes is cached:
  // on a hit the snapshot holds what zod made of them when it was written (zod on a cold start was
  // most of loadRules' time), and the files are only hashed.
  const parseGenerated = (bytes: (f: FileName) => Buffer): GeneratedOrg[] =>
    GENERATED.flatMap((f) => parse(f, bytes(f)));
  const cacheDir = opts.cacheDir === undefined ? defaultRulesCacheDir() : opts.cacheDir;
  let generated: GeneratedOrg[] | undefined;
  let knownWords: string[] | undefined;
  let derivedNames: DerivedNames | undefined;
  const streamed = cacheDir ? streamedRuleIds(dir) : null;
  const cached = streamed && readSnapshot(cacheDir, streamed.key);
  let hash = streamed?.hash;
  let gazetteer = cached?.gazetteer;
  let files = cached?.rules as SmallRules | undefined;
  if (!gazetteer || !files || !hash) {
    // What is compiled is exactly the bytes hashed here (a file may have changed since).
    const inputs = readRuleInputs(dir);
    const bytes = (f: FileName) => inputs.bytes.get(f)!;
    hash = inputs.hash;
    const validated: Record<string, unknown> = {};
    for (const f of SMALL_FILES) validated[f] = parse(f, bytes(f));
    files = validated as SmallRules;
    generated = parseGenerated(bytes);
    knownWords = parse(KNOWN_WORDS, bytes(KNOWN_WORDS)).words;
    derivedNames = parse(DERIVED_NAMES, bytes(DERIVED_NAMES));
    const packed = packGazetteer(
      compileGazetteer({
        generated,
        orgWords: files['org-words.json'],
        transliteration: files['transliteration.json'],
        knownWords,
        derivedNames,
      }),
      { key: inputs.key, rules: files },
    );
    writeSnapshot(cacheDir, inputs.key, packed);
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
      generated ??= parseGenerated((f) => readFileSync(join(dir, f)));
      return generated;
    },
    gazetteer,
    get knownWords() {
      knownWords ??= parse(KNOWN_WORDS, readFileSync(join(dir, KNOWN_WORDS))).words;
      return knownWords;
    },
    get derivedNames() {
      derivedNames ??= parse(DERIVED_NAMES, readFileSync(join(dir, DERIVED_NAMES)));
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
