// Reads and validates the data files in rules/. I/O happens here once per process; recognisers get
// the validated, compiled result and never touch the disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
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
  /** rules/generated/: Iranian institutions and the world's universities, built by `npm run gazetteer`. */
  generated: GeneratedOrg[];
  orgWords: OrgWords;
  countries: Country[];
  transliteration: Transliteration;
  /** Ordinary Persian words (hazm): an unknown organisation's name is not made of them alone. */
  knownWords: string[];
  units: Unit[];
  heads: Head[];
  titles: Title[];
  honorifics: Honorific[];
  triggers: Triggers;
  personNames: PersonNames;
  derivedNames: DerivedNames;
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

export function loadRules(dir: string = bundledRulesDir()): RuleSet {
  const hash = createHash('sha256');
  const read = <F extends FileName>(file: F): z.infer<(typeof RULE_FILES)[F]> => {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    hash.update(file).update('\0').update(bytes).update('\0');
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new RuleFileError(file, [{ entry: '(file)', field: '(json)', message: (err as Error).message }]);
    }
    return validateRuleFile(file, data);
  };
  const iran = read('universities.iran.json');
  const foreign = read('universities.foreign.json');
  const organizations = read('organizations.json');
  const units = read('units.json');
  const heads = read('heads.json');
  const titles = read('titles.json');
  const honorifics = read('honorifics.json');
  const triggers = read('triggers.json');
  const personNames = read('person-names.json');
  const generated = [
    ...read('generated/organizations.iran.json'),
    ...read('generated/universities.world.json'),
  ];
  const enrichment = read('generated/enrichment.json');
  const orgWords = read('org-words.json');
  const countries = read('countries.json');
  const transliteration = read('transliteration.json');
  const knownWords = read('generated/known-words.json').words;
  const universities = enrich([...iran, ...foreign], enrichment);
  const derivedNames = read('person-names.generated.json');
  const enTitles = read('en/titles.json');
  const titleIds = new Set(titles.map((t) => t.id));
  const unknown = enTitles.flatMap((t, i) =>
    titleIds.has(t.id)
      ? []
      : [{ entry: `#${i} (${t.id})`, field: 'id', message: 'not a title id of titles.json' }],
  );
  if (unknown.length) throw new RuleFileError('en/titles.json', unknown);
  const english = {
    titles: enTitles,
    honorifics: read('en/honorifics.json'),
    triggers: read('en/triggers.json'),
    dates: read('en/dates.json'),
  };
  return {
    dir,
    hash: hash.digest('hex'),
    universities,
    organizations: enrich(organizations, enrichment),
    generated,
    orgWords,
    countries,
    transliteration,
    knownWords,
    units,
    heads,
    titles,
    honorifics,
    triggers,
    personNames,
    derivedNames,
    english,
  };
}
