// The Iranian gazetteers and the title/unit/honorific lists: they load through the validating loader,
// their ids and name forms do not collide, and their domains agree with the public facts in
// ../shared/data/gazetteer (skipped when that folder is absent).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuleFileError, validateRuleFile } from '../../src/rules/load.js';
import type { RULE_FILES } from '../../src/rules/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULES = join(ROOT, 'rules');
const GAZ = join(ROOT, '..', 'shared', 'data', 'gazetteer');

type FileName = keyof typeof RULE_FILES;
const raw = (file: FileName): unknown => JSON.parse(readFileSync(join(RULES, file), 'utf8'));

const universities = validateRuleFile('universities.iran.json', raw('universities.iran.json'));
const organizations = validateRuleFile('organizations.json', raw('organizations.json'));
const units = validateRuleFile('units.json', raw('units.json'));
const heads = validateRuleFile('heads.json', raw('heads.json'));
const titles = validateRuleFile('titles.json', raw('titles.json'));
const honorifics = validateRuleFile('honorifics.json', raw('honorifics.json'));

/** A stand-in for the matching key: Arabic ی/ک and ۀ folded, ZWNJ, spaces and tatweel removed. */
function localKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه')
    .replace(/ئی/g, 'یی')
    .replace(/\u200c|\u200d|\u0640|\s/g, '');
}

// Prefer the project's key() when it exists, so the test checks collisions the way the matcher sees them.
const keyModule = join(ROOT, 'src', 'text', 'key.ts');
let key: (s: string) => string = localKey;
if (existsSync(keyModule)) {
  const mod = (await import(keyModule)) as Record<string, unknown>;
  const fn = mod.key ?? mod.matchKey ?? mod.toKey;
  if (typeof fn === 'function') {
    key = (s) => {
      const k = (fn as (x: string) => unknown)(s);
      return localKey(typeof k === 'string' ? k : String((k as { text?: string })?.text ?? k));
    };
  }
}

/** Every name form → the entries (label) that use it; forms used by two entries are reported. */
function collisions(entries: { label: string; forms: string[] }[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const { label, forms } of entries) {
    for (const form of new Set(forms.map(key))) {
      const prev = owner.get(form);
      if (prev !== undefined && prev !== label) clashes.push(`${form}: ${prev} / ${label}`);
      else owner.set(form, label);
    }
  }
  return clashes;
}

describe('Iranian gazetteers load and validate', () => {
  it('has at least 150 Iranian universities, every required kind present', () => {
    expect(universities.length).toBeGreaterThanOrEqual(150);
    expect(universities.every((u) => u.country === 'IR')).toBe(true);
    const kinds = new Set(universities.map((u) => u.kind));
    for (const kind of ['comprehensive', 'technology', 'medical', 'system', 'institute', 'art']) {
      expect(kinds, kind).toContain(kind);
    }
    const count = (kind: string) => universities.filter((u) => u.kind === kind).length;
    expect(count('technology')).toBeGreaterThanOrEqual(20);
    expect(count('medical')).toBeGreaterThanOrEqual(40);
    expect(count('comprehensive')).toBeGreaterThanOrEqual(40);
  });

  it('names the systems with branch words and the canonical ids of records.md', () => {
    const byId = new Map(universities.map((u) => [u.id, u]));
    expect(byId.get('iau.ac.ir')?.branchWords).toContain('واحد');
    expect(byId.get('pnu.ac.ir')?.branchWords).toContain('مرکز');
    for (const id of [
      'sharif.edu',
      'aut.ac.ir',
      'iust.ac.ir',
      'kntu.ac.ir',
      'iut.ac.ir',
      'ut.ac.ir',
      'khu.ac.ir',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('sharif.edu')?.domains).toContain('sharif.ac.ir');
    const orgIds = new Set(organizations.map((o) => o.id));
    for (const id of ['msrt.ir', 'sanjesh.org', 'behdasht.gov.ir', 'mfa.gov.ir'])
      expect(orgIds.has(id), id).toBe(true);
    expect(organizations.length).toBeGreaterThanOrEqual(60);
  });

  it('tells apart universities whose names look alike', () => {
    const idOf = (name: string) =>
      universities.find((u) => [u.fa, ...u.names].some((n) => key(n) === key(name)))?.id;
    expect(idOf('دانشگاه صنعتی اصفهان')).toBe('iut.ac.ir');
    expect(idOf('دانشگاه اصفهان')).toBe('ui.ac.ir');
    expect(idOf('دانشگاه علوم پزشکی اصفهان')).toBe('mui.ac.ir');
    expect(idOf('دانشگاه تهران')).toBe('ut.ac.ir');
    expect(idOf('دانشگاه علوم پزشکی تهران')).toBe('tums.ac.ir');
    expect(idOf('پلی‌تکنیک تهران')).toBe('aut.ac.ir');
    expect(idOf('دانشگاه علامه طباطبایی')).toBe('atu.ac.ir');
    expect(idOf('دانشگاه خواجه نصیر')).toBe('kntu.ac.ir');
  });

  it('lists no bare ambiguous word as a name on its own', () => {
    // Person, city and ordinary words that name a university only after «دانشگاه».
    const bare = [
      'شریف',
      'فردوسی',
      'بهشتی',
      'شهید بهشتی',
      'امیرکبیر',
      'علامه',
      'تهران',
      'اصفهان',
      'شیراز',
      'تبریز',
      'رازی',
      // Historical persons: in running text the person, in a list of universities the university.
      'علامه طباطبایی',
      'علامه طباطبائی',
      'خواجه نصیرالدین طوسی',
      'خواجه نصیر',
    ];
    const forms = new Set(universities.flatMap((u) => [u.fa, ...u.names]).map(key));
    for (const word of bare) expect(forms.has(key(word)), word).toBe(false);
  });

  it('gives every university and organisation a distinct id and domain', () => {
    const ids = [...universities, ...organizations].flatMap((e) => (e.id ? [e.id, ...e.domains] : e.domains));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('never gives one name form (Persian or English) to two institutions', () => {
    // The organisation matcher is compiled from the English names too, so they must be distinct as well.
    const lower = (names: string[]) => names.map((n) => n.toLowerCase());
    const entries = [
      ...universities.map((u) => ({
        label: u.id,
        forms: [u.fa, ...u.names, ...lower([u.en, ...u.enNames])],
      })),
      ...organizations.map((o) => ({
        label: o.id ?? o.fa,
        forms: [o.fa, ...o.names, ...lower(o.en ? [o.en] : [])],
      })),
    ];
    expect(collisions(entries)).toEqual([]);
  });

  it('never gives one form to two units, titles, heads or honorifics', () => {
    expect(collisions(units.map((u) => ({ label: u.id, forms: [u.fa, ...u.names] })))).toEqual([]);
    expect(collisions(titles.map((t) => ({ label: t.id, forms: [t.fa, ...t.names, ...t.plurals] })))).toEqual(
      [],
    );
    expect(collisions(heads.map((h) => ({ label: h.id, forms: [h.head] })))).toEqual([]);
    expect(collisions(honorifics.map((h) => ({ label: h.fa, forms: [h.fa, ...h.names] })))).toEqual([]);
    const ids = [...units.map((u) => u.id), ...titles.map((t) => t.id), ...heads.map((h) => h.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps canonical titles free of organisations, and offices have plurals', () => {
    for (const t of titles)
      expect(t.fa, t.id).not.toMatch(/دانشگاه|وزارت(?!\s*$)(?! علوم| بهداشت| امور| آموزش)/);
    const byId = new Map(titles.map((t) => [t.id, t]));
    expect(byId.get('head')?.plurals).toContain('رؤسای');
    expect(byId.get('deputy-international')?.plurals).toContain('معاونان بین‌الملل');
    expect(byId.get('professor')?.kind).toBe('academic');
    // «استادان» is an unnamed group, so ranks have no plurals. «نمایندگانی از دانشگاه‌های X و Y»
    // distributes like «روسای دانشگاه‌های X و Y» (one نماینده each); «نمایندگان سه دانشگاه» names
    // no organisation, so it yields no attendee.
    for (const t of titles.filter((x) => x.kind === 'academic')) {
      expect(t.plurals, t.id).toEqual([]);
    }
    expect(byId.get('representative')?.plurals).toContain('نمایندگانی');
    // One entry per wording: records keep «مدیر کل امور بین‌الملل» apart from «مدیر امور بین‌الملل».
    const officeOf = (form: string) =>
      titles.find((t) => [t.fa, ...t.names, ...t.plurals].some((n) => key(n) === key(form)))?.fa;
    expect(officeOf('مدیر کل امور بین‌الملل')).not.toBe(officeOf('مدیر امور بین‌الملل'));
    expect(officeOf('معاونین بین الملل')).toBe('معاون بین‌الملل');
    expect(officeOf('رییس')).toBe('رئیس');
    expect(byId.get('ambassador')?.kind).toBe('diplomatic');
  });

  it('marks halls and streets as places, faculties as units', () => {
    const type = (head: string) => heads.find((h) => h.head === head)?.type;
    expect(type('سالن')).toBe('place');
    expect(type('تالار')).toBe('place');
    expect(type('خیابان')).toBe('place');
    expect(type('دانشکده')).toBe('unit');
    expect(type('پژوهشکده')).toBe('unit');
    expect(heads.find((h) => h.head === 'گروه')?.maxWords).toBeLessThanOrEqual(3);
  });
});

describe('an analyst edit that breaks an entry', () => {
  it('names the file, the entry and the field', () => {
    const broken = structuredClone(raw('universities.iran.json')) as Record<string, unknown>[];
    broken.push({
      id: 'Example.AC.IR',
      fa: 'دانشگاه نمونه',
      en: 'Example University',
      city: 'Tehran',
      country: 'IR',
    });
    const at = broken.length - 1;
    let error: unknown;
    try {
      validateRuleFile('universities.iran.json', broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    const message = (error as Error).message;
    expect(message).toContain('universities.iran.json');
    expect(message).toContain(`#${at + 1} (Example.AC.IR)`); // 1-based, as the analyst counts
    expect(message).toContain('field id');
  });

  it('reports a title without its canonical form', () => {
    const broken = structuredClone(raw('titles.json')) as Record<string, unknown>[];
    broken[0] = { ...broken[0], fa: '  ' };
    expect(() => validateRuleFile('titles.json', broken)).toThrow(
      /titles\.json, entry #1 \(head\), field fa/,
    );
  });

  it('accepts a new university added by editing the file alone', () => {
    const edited = structuredClone(raw('universities.iran.json')) as Record<string, unknown>[];
    edited.push({
      id: 'example.ac.ir',
      fa: 'دانشگاه نمونه',
      en: 'Example University',
      city: 'Tehran',
      country: 'IR',
    });
    const parsed = validateRuleFile('universities.iran.json', edited);
    expect(parsed.at(-1)).toMatchObject({ id: 'example.ac.ir', names: [], domains: [], kind: 'other' });
  });
});

interface IrRow {
  name: string;
  name_local: string;
  domains: string[];
}
interface HipoRow {
  name: string;
  domains: string[];
}

describe.skipIf(!existsSync(GAZ))('agreement with the public facts in ../shared/data/gazetteer', () => {
  const entryOf = new Map<string, (typeof universities)[number]>();
  for (const u of universities) for (const d of [u.id, ...u.domains]) entryOf.set(d, u);
  // «(ع)», «(عج)», «(ره)» and the like are dropped; hyphens become spaces.
  const nameKey = (s: string) => key(s.replace(/\([^)]*\)/g, ' ').replace(/-/g, ' '));

  it('gives every shared domain the Persian name IR.json gives it', () => {
    const rows = (JSON.parse(readFileSync(join(GAZ, 'IR.json'), 'utf8')) as { universities: IrRow[] })
      .universities;
    const disagree: string[] = [];
    let checked = 0;
    for (const row of rows) {
      for (const d of row.domains) {
        const u = entryOf.get(d);
        if (!u) continue;
        checked++;
        const local = nameKey(row.name_local);
        const forms = [u.fa, ...u.names].map(nameKey);
        // A branch of a system («… واحد X», «… مرکز X») agrees with the system.
        const ok =
          forms.includes(local) ||
          (u.branchWords ?? []).some((w) => forms.some((f) => local.startsWith(f + key(w))));
        if (!ok) disagree.push(`${d}: ${row.name_local} vs ${u.fa}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(disagree).toEqual([]);
  });

  it('keeps the institutions of the Hipo list apart and under a matching English name', () => {
    const rows = JSON.parse(readFileSync(join(GAZ, 'iran_universities_domains.json'), 'utf8')) as HipoRow[];
    const common = new Set(
      'university universities of the and for in institute higher education sciences science technology medical college school faculty iran islamic'.split(
        ' ',
      ),
    );
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/&amp;/g, ' ')
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2 && !common.has(w));
    const disagree: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const mine = new Set(row.domains.map((d) => entryOf.get(d)).filter((u) => u !== undefined));
      expect(mine.size, row.name).toBeLessThanOrEqual(1);
      const [u] = [...mine];
      if (!u) continue;
      checked++;
      const theirs = words(row.name);
      const ours = new Set([u.en, ...u.enNames].flatMap(words));
      // Names agree when they share a distinctive word, or are equal when neither has one
      // ("Iran University of Medical Sciences"); a system's branches agree with the system.
      const same = [u.en, ...u.enNames].some((n) => n.toLowerCase() === row.name.toLowerCase());
      const ok = same || theirs.some((w) => ours.has(w)) || u.branchWords !== undefined;
      if (!ok) disagree.push(`${row.domains.join(',')}: ${row.name} vs ${u.en}`);
    }
    expect(checked).toBeGreaterThan(120);
    expect(disagree).toEqual([]);
  });
});
