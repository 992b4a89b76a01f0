// `npm run gazetteer`: builds rules/generated/*.json from the public facts in ../shared/data
// (Hipo's world list of universities, IR.json, ROR records). Re-runnable and deterministic: the same
// inputs give byte-identical files. Hand-curated files (universities.*.json, organizations.json)
// win: a generated entry whose domain they know becomes an enrichment (ROR id, Wikidata id, alias
// domains) of their entry, and generated names they already use are left out.
// usage: node dist/scripts/build-gazetteer.js [--data ../shared/data] [--out rules/generated]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledRulesDir } from '../src/rules/paths.js';
import {
  type Enrichment,
  EnrichmentSchema,
  type GeneratedOrg,
  GeneratedOrgSchema,
  KnownWordsSchema,
  OrganizationSchema,
  OrgWordsSchema,
  UniversitySchema,
} from '../src/rules/schema.js';
import { key } from '../src/text/key.js';

interface Hipo {
  name: string;
  domains: string[];
  web_pages: string[];
  alpha_two_code: string;
}
interface IrJson {
  name: string;
  name_local: string;
  domains: string[];
  type: string;
  city: string;
  website?: string;
}
interface Ror {
  ror: string;
  status: string;
  types: string[];
  country: string;
  city: string | null;
  domains: string[];
  website: string | null;
  wikidata: string | null;
  relationships: { type: string; ror: string }[];
  names: { value: string; lang: string | null; types: string[] }[];
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}'’&]+$/u;
const PERSIAN = /[\u0600-\u06ff]/;

/** Branches of university systems: they take the system's id (the batch convention of the gold). */
export const SYSTEMS: { id: string; en: RegExp; fa: RegExp }[] = [
  { id: 'iau.ac.ir', en: /\bIslamic Azad University\b/i, fa: /آزاد اسلامی/ },
  { id: 'pnu.ac.ir', en: /\bPayame? Noor\b/i, fa: /پیام ?نور/ },
  { id: 'tvu.ac.ir', en: /\bTechnical and Vocational University\b/i, fa: /فنی و حرفه/ },
  { id: 'uast.ac.ir', en: /\bUniversity of Applied Science and Technology\b/i, fa: /علمی.?کاربردی/ },
];

function host(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const h = new URL(url.includes('://') ? url : `http://${url}`).hostname.toLowerCase();
    // Language subdomains («en.gubkin.ru») are the same site.
    const d = h.replace(/^www\d?\./, '').replace(/^(en|eng|english)\.(?=[^.]+\.[^.]+)/, '');
    return DOMAIN.test(d) ? d : null;
  } catch {
    return null;
  }
}

const clean = (s: string) => s.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

function rorType(types: string[]): 'university' | 'organization' {
  return types.some((t) => t.toLowerCase() === 'education') ? 'university' : 'organization';
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

interface Draft extends Omit<GeneratedOrg, 'domains' | 'names' | 'enNames' | 'acronyms' | 'sources'> {
  domains: Set<string>;
  names: Set<string>;
  enNames: Set<string>;
  acronyms: Set<string>;
  sources: Set<string>;
}

function readHandCurated(rulesDir: string) {
  const read = (f: string) => JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as unknown[];
  const unis = [...read('universities.iran.json'), ...read('universities.foreign.json')].map((u) =>
    UniversitySchema.parse(u),
  );
  const orgs = read('organizations.json').map((o) => OrganizationSchema.parse(o));
  /** every domain (id or alias) → the hand-curated id */
  const domains = new Map<string, string>();
  const nameKeys = new Set<string>();
  for (const u of unis) {
    for (const d of [u.id, ...u.domains]) domains.set(d, u.id);
    for (const n of [u.fa, ...u.names, u.en, ...u.enNames]) nameKeys.add(key(n));
  }
  /** domains of bodies the hand-curated files recognise but give no id (records.md conventions) */
  const withoutId = new Set<string>();
  for (const o of orgs) {
    if (o.id) for (const d of [o.id, ...o.domains]) domains.set(d, o.id);
    else for (const d of o.domains) withoutId.add(d);
    for (const n of [o.fa, ...o.names, ...(o.en ? [o.en] : [])]) nameKeys.add(key(n));
  }
  return { domains, withoutId, nameKeys };
}

export function buildGazetteer(dataDir: string, rulesDir: string) {
  const hipoPath = join(dataDir, 'gazetteer/world_universities_and_domains.json');
  const irPath = join(dataDir, 'gazetteer/IR.json');
  const rorPath = join(dataDir, 'ror/ror-records-latest.jsonl');
  const hipo = JSON.parse(readFileSync(hipoPath, 'utf8')) as Hipo[];
  const ir = (JSON.parse(readFileSync(irPath, 'utf8')) as { universities: IrJson[] }).universities;
  const ror = readFileSync(rorPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Ror);
  const hand = readHandCurated(rulesDir);
  const words = OrgWordsSchema.parse(JSON.parse(readFileSync(join(rulesDir, 'org-words.json'), 'utf8')));
  const faHeads = new Set(words.faHeads.map(key));
  const unitHeads = new Map(Object.entries(words.faUnitHeads).map(([h, n]) => [key(h), n]));
  const faNot = new Set(words.faNotOrganizations.map(key));
  const latinNot = new Set(words.latinNotOrganizations);
  /** A Persian name is kept when it reads as an organisation's name: a head word and a name. */
  const faName = (n: string) => {
    const w = n.split(/\s+/);
    const head = key(w[0]!);
    return w.length >= Math.max(2, unitHeads.get(head) ?? 0) && faHeads.has(head) && !faNot.has(head);
  };
  const company = (en: string) =>
    en
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => latinNot.has(w));

  const drafts = new Map<string, Draft>();
  /** any domain of a draft → its id, so records from different sources meet on a shared domain */
  const byDomain = new Map<string, string>();
  const byCountryName = new Map<string, string>();
  /** alias domains already given to a hand-curated entry → its id */
  const enrichedDomain = new Map<string, string>();
  const enrich = new Map<
    string,
    { domains: Set<string>; ror?: string; wikidata?: string; sources: Set<string> }
  >();
  const enrichOf = (id: string) => {
    let e = enrich.get(id);
    if (!e) {
      e = { domains: new Set(), sources: new Set() };
      enrich.set(id, e);
    }
    return e;
  };

  const place = (
    ids: (string | null)[],
    make: () => Omit<Draft, 'id' | 'domains' | 'names' | 'enNames' | 'acronyms' | 'sources'>,
    fill: (d: Draft | null, enrichment: ReturnType<typeof enrichOf> | null) => void,
    source: string,
    enName: string,
    faName?: string,
    mergeByName = true,
  ) => {
    const all = [...new Set(ids.filter((d): d is string => !!d))];
    // A body the hand-curated files deliberately leave without an id must not get one from a source.
    if (!all.length || all.some((d) => hand.withoutId.has(d))) return;
    const system = SYSTEMS.find((s) => s.en.test(enName) || (faName && s.fa.test(faName)));
    const handId = system?.id ?? all.map((d) => hand.domains.get(d) ?? enrichedDomain.get(d)).find(Boolean);
    if (handId) {
      // Known to the hand-curated files (or a branch of a system): only ids and domains are added.
      const e = enrichOf(handId);
      for (const d of all) {
        if (hand.domains.has(d)) continue;
        e.domains.add(d);
        enrichedDomain.set(d, handId);
      }
      e.sources.add(source);
      // A branch's ROR or Wikidata id is not its system's.
      if (!system || all.includes(system.id)) fill(null, e);
      return;
    }
    // Same institution when a domain is shared, or (for a later source) the same name in the same
    // country: Hipo and ROR often give one university two hosts.
    const country = make().country;
    const byName = mergeByName ? byCountryName.get(`${country}|${key(enName)}`) : undefined;
    const existing = all.map((d) => byDomain.get(d)).find(Boolean) ?? byName;
    let draft = existing ? drafts.get(existing)! : undefined;
    if (!draft) {
      draft = {
        id: all[0]!,
        ...make(),
        domains: new Set(),
        names: new Set(),
        enNames: new Set(),
        acronyms: new Set(),
        sources: new Set(),
      };
      drafts.set(draft.id, draft);
      const nameKey = `${country}|${key(enName)}`;
      if (!byCountryName.has(nameKey)) byCountryName.set(nameKey, draft.id);
    }
    for (const d of all) {
      if (d !== draft.id) draft.domains.add(d);
      if (!byDomain.has(d)) byDomain.set(d, draft.id);
    }
    draft.sources.add(source);
    fill(draft, null);
  };

  // ROR first: it carries ids and Persian names; Hipo and IR.json then join on a shared domain.
  const sortedRor = [...ror].sort((a, b) => (a.ror < b.ror ? -1 : 1));
  for (const r of sortedRor) {
    if (r.status !== 'active') continue;
    const type = rorType(r.types);
    const isCompany = r.types.some((t) => t.toLowerCase() === 'company');
    if (r.country !== 'IR' && type !== 'university') continue;
    const display = r.names.find((n) => n.types.includes('ror_display'))?.value ?? r.names[0]?.value;
    if (!display) continue;
    if (r.country === 'IR' && (isCompany || company(display))) continue;
    const fa = r.names
      .filter((n) => n.lang === 'fa')
      .map((n) => clean(n.value))
      .filter(faName);
    place(
      [host(r.website), ...r.domains.map((d) => host(d))],
      () => ({
        type,
        en: clean(display),
        country: r.country,
        ...(r.city ? { city: r.city } : {}),
      }),
      (d, e) => {
        const target = d ?? e!;
        if (!target.ror) target.ror = r.ror;
        if (r.wikidata && !target.wikidata) target.wikidata = r.wikidata;
        if (!d) return;
        for (const n of r.names) {
          const v = clean(n.value);
          if (n.types.includes('acronym')) d.acronyms.add(v);
          else if (n.lang === 'fa' || PERSIAN.test(v)) {
            if (n.lang === 'fa' && faName(v)) d.names.add(v);
          } else if (LATIN.test(v) && v !== d.en) d.enNames.add(v);
        }
        if (!d.fa && fa[0]) d.fa = fa[0];
      },
      `ror:${r.ror}`,
      display,
      fa[0],
      false,
    );
  }
  for (const u of ir) {
    place(
      [host(u.website), ...u.domains.map((d) => host(d))],
      () => ({ type: 'university', en: clean(u.name), country: 'IR', city: u.city }),
      (d) => {
        if (!d) return;
        const fa = clean(u.name_local);
        if (!faName(fa)) return;
        if (!d.fa) d.fa = fa;
        else d.names.add(fa);
        if (clean(u.name) !== d.en) d.enNames.add(clean(u.name));
      },
      'ir.json',
      u.name,
      u.name_local,
    );
  }
  hipo.forEach((h, i) => {
    place(
      [host(h.web_pages[0]), ...h.domains.map((d) => host(d))],
      () => ({ type: 'university', en: clean(h.name), country: h.alpha_two_code.toUpperCase() }),
      (d) => {
        if (d && clean(h.name) !== d.en) d.enNames.add(clean(h.name));
      },
      `hipo#${i + 1}`,
      h.name,
    );
  });

  // Names the hand-curated files use stay theirs; a draft left without any name is dropped.
  const iran: GeneratedOrg[] = [];
  const world: GeneratedOrg[] = [];
  let dropped = 0;
  for (const id of [...drafts.keys()].sort()) {
    const d = drafts.get(id)!;
    const keep = (n: string) => !hand.nameKeys.has(key(n));
    const fa = [...new Set([d.fa, ...d.names])].filter((n): n is string => !!n && keep(n));
    const en = [...new Set([d.en, ...d.enNames])].filter(keep);
    if (!fa.length && !en.length) {
      dropped++;
      continue;
    }
    const entry = GeneratedOrgSchema.parse({
      id: d.id,
      domains: [...d.domains].sort(),
      type: d.type,
      ...(fa[0] ? { fa: fa[0] } : {}),
      names: [...new Set(fa.slice(1))].sort(),
      en: en[0] ?? d.en,
      enNames: [...new Set(en.slice(1))].sort(),
      acronyms: [...d.acronyms].sort(),
      ...(d.city ? { city: d.city } : {}),
      country: d.country,
      ...(d.ror ? { ror: d.ror } : {}),
      ...(d.wikidata ? { wikidata: d.wikidata } : {}),
      sources: [...d.sources].sort(),
    });
    (d.country === 'IR' ? iran : world).push(entry);
  }
  const enrichment: Enrichment[] = [...enrich.keys()].sort().map((id) => {
    const e = enrich.get(id)!;
    return EnrichmentSchema.parse({
      id,
      // A domain two sources give to two institutions (Hipo's Marmara lists Muğla's mu.edu.tr)
      // stays with the entry whose own domain it is.
      domains: [...e.domains].filter((d) => !byDomain.has(d)).sort(),
      ...(e.ror ? { ror: e.ror } : {}),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      sources: [...e.sources].sort(),
    });
  });
  const inputs = [hipoPath, irPath, rorPath].map((p) => ({
    file: p.slice(dataDir.length + 1),
    sha256: sha256(p),
  }));
  return { iran, world, enrichment, inputs, dropped };
}

/**
 * hazm's words that its corpus saw at least once: ordinary Persian words. An unknown organisation's
 * name made of them («دانشگاه برگزار …») is not a name unless a country follows it.
 */
const MIN_FREQUENCY = 1;
function commonWords(dataDir: string) {
  const path = join(dataDir, 'lexicon/hazm/words.dat');
  const words = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freq] = line.split('\t');
    if (word && Number(freq) >= MIN_FREQUENCY) words.add(key(word));
  }
  return KnownWordsSchema.parse({
    source: `hazm words.dat (MIT), sha256 ${sha256(path)}`,
    minFrequency: MIN_FREQUENCY,
    words: [...words].sort(),
  });
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** One entry per line: diffs between runs stay readable, and the files stay valid JSON. */
function jsonLines(list: unknown[]): string {
  return `[\n${list.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

function main(): void {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rulesDir = bundledRulesDir();
  const dataDir = resolve(arg('--data') ?? join(rulesDir, '..', '..', 'shared', 'data'));
  const outDir = resolve(arg('--out') ?? join(rulesDir, 'generated'));
  const r = buildGazetteer(dataDir, rulesDir);
  writeGazetteer(r, dataDir, outDir);
  process.stderr.write(
    `gazetteer: ${r.iran.length} Iranian, ${r.world.length} world, ${r.enrichment.length} enrichments → ${outDir}\n`,
  );
}

/** Writes the generated files (atomically) and their README into `outDir`. */
export function writeGazetteer(r: ReturnType<typeof buildGazetteer>, dataDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeAtomic(join(outDir, 'organizations.iran.json'), jsonLines(r.iran));
  writeAtomic(join(outDir, 'universities.world.json'), jsonLines(r.world));
  writeAtomic(join(outDir, 'enrichment.json'), jsonLines(r.enrichment));
  const common = commonWords(dataDir);
  writeAtomic(join(outDir, 'known-words.json'), `${JSON.stringify(common)}\n`);
  const lines = [
    '# rules/generated: written by `npm run gazetteer` (scripts/build-gazetteer.ts) — do not edit',
    '',
    'Edit the hand-curated files in rules/ instead; they win over anything here, and the script',
    'leaves out every domain and name they already have. Each entry lists its `sources`:',
    '`ror:<id>` (ROR record), `hipo#<n>` (n-th entry of Hipo’s world list), `ir.json` (IR.json).',
    '',
    '| input | sha256 |',
    '|---|---|',
    ...r.inputs.map((i) => `| \`${i.file}\` | \`${i.sha256}\` |`),
    '',
    '| file | entries |',
    '|---|---|',
    `| \`organizations.iran.json\` | ${r.iran.length} (Iranian institutions the hand-curated files lack) |`,
    `| \`universities.world.json\` | ${r.world.length} (universities outside Iran) |`,
    `| \`enrichment.json\` | ${r.enrichment.length} (ROR/Wikidata ids and alias domains of hand-curated entries) |`,
    `| \`known-words.json\` | ${common.words.length} hazm words with frequency ≥ ${MIN_FREQUENCY} (an unknown organisation's name is not made of them) |`,
    '',
    `Left out: ${r.dropped} records whose every name a hand-curated entry already uses.`,
    '',
  ];
  writeAtomic(join(outDir, 'README.md'), lines.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
