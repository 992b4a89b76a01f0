// Checks the foreign-universities gazetteer: schema, size, unambiguous Persian names, and agreement
// with the public Hipo university↔domain list where that list knows the domain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRuleFile } from '../../src/rules/load.js';
import { bundledRulesDir } from '../../src/rules/paths.js';
import type { University } from '../../src/rules/schema.js';

const rulesDir = bundledRulesDir();
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const foreign = validateRuleFile(
  'universities.foreign.json',
  readJson(join(rulesDir, 'universities.foreign.json')),
);

/** Folds at least what the matching key folds (spaces, ZWNJ, Arabic yeh/kaf): equal keys match the same words. */
const nameKey = (s: string): string =>
  s
    .replace(/[\s\u200c]/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک');
const persianForms = (u: University): string[] => [u.fa, ...u.names];
const domainsOf = (u: University): string[] => [u.id, ...u.domains];
const englishForms = (u: University): string[] => [u.en, ...u.enNames];

/** Words that make a Persian form an institution's name rather than a bare city or person. */
const HEAD_WORD = /(^|\s)(دانشگاه|مؤسسه|موسسه|انستیتو|کالج)(\s|$)/;

describe('rules/universities.foreign.json', () => {
  it('validates against UniversitySchema and lists at least 100 universities', () => {
    expect(foreign.length).toBeGreaterThanOrEqual(100);
  });

  it('gives every university a unique id and never lists a domain under two universities', () => {
    const owner = new Map<string, string>();
    for (const u of foreign) {
      for (const d of domainsOf(u)) {
        expect(owner.get(d) ?? u.id, `${d} listed by ${u.id} and ${owner.get(d)}`).toBe(u.id);
        owner.set(d, u.id);
      }
      expect(u.domains, `${u.id} repeats its id in domains`).not.toContain(u.id);
    }
    expect(new Set(foreign.map((u) => u.id)).size).toBe(foreign.length);
  });

  it('never lets two universities share a Persian name form', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const u of foreign) {
      for (const key of new Set(persianForms(u).map(nameKey))) {
        const other = owner.get(key);
        if (other) clashes.push(`${key}: ${other} / ${u.id}`);
        owner.set(key, u.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lets two universities share an English name or acronym', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const u of foreign) {
      for (const key of new Set(englishForms(u).map((n) => n.toLowerCase()))) {
        const other = owner.get(key);
        if (other) clashes.push(`${key}: ${other} / ${u.id}`);
        owner.set(key, u.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes Persian names in Persian letters, each with a head word and clean spacing', () => {
    const bad: string[] = [];
    for (const u of foreign) {
      for (const form of persianForms(u)) {
        const problems = [
          /[يك]/.test(form) && 'Arabic yeh/kaf',
          /[A-Za-z]/.test(form) && 'Latin letters',
          /[\u064B-\u0652]/.test(form) && 'diacritics',
          !HEAD_WORD.test(form) && 'no head word',
          /\s\u200c|\u200c\s|^\u200c|\u200c$|\s{2,}/.test(form) && 'stray ZWNJ or space',
          form !== form.trim() && 'untrimmed',
        ].filter(Boolean);
        if (problems.length) bad.push(`${u.id} «${form}»: ${problems.join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has at least 8 countries with 3 or more universities', () => {
    const perCountry = new Map<string, number>();
    for (const u of foreign) perCountry.set(u.country, (perCountry.get(u.country) ?? 0) + 1);
    expect([...perCountry.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(8);
  });

  const iranPath = join(rulesDir, 'universities.iran.json');
  it.skipIf(!existsSync(iranPath))(
    'does not clash with the Iranian universities (domains, Persian and English names)',
    () => {
      const iran = validateRuleFile('universities.iran.json', readJson(iranPath));
      const iranDomains = new Set(iran.flatMap(domainsOf));
      const iranNames = new Set(iran.flatMap(persianForms).map(nameKey));
      expect(foreign.flatMap(domainsOf).filter((d) => iranDomains.has(d))).toEqual([]);
      expect(foreign.flatMap(persianForms).filter((n) => iranNames.has(nameKey(n)))).toEqual([]);
      const iranEnglish = new Set(iran.flatMap(englishForms).map((n) => n.toLowerCase()));
      expect(foreign.flatMap(englishForms).filter((n) => iranEnglish.has(n.toLowerCase()))).toEqual([]);
    },
  );

  interface HipoRow {
    name: string;
    domains: string[];
    alpha_two_code: string;
  }
  const samplePath = join(
    rulesDir,
    '..',
    '..',
    'shared',
    'data',
    'gazetteer',
    'world_universities_sample.json',
  );
  const sample = existsSync(samplePath) ? (readJson(samplePath) as HipoRow[]) : null;

  describe.skipIf(!sample)('agrees with the Hipo university-domains list (../shared)', () => {
    const rows = sample ?? [];
    const rowByDomain = new Map<string, HipoRow>();
    for (const row of rows) for (const d of row.domains) rowByDomain.set(d, row);

    // Words every university name has; what is left names the institution.
    const GENERIC = new Set(
      'university universite universita universitat universiteit universidad universidade universiti universitas state national institute technology technical of the and de di des science sciences research federal college school academy for'.split(
        ' ',
      ),
    );
    const distinctive = (name: string): string[] =>
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/ı/g, 'i')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3 && !GENERIC.has(w));

    it('puts each listed domain in the same country as Hipo does', () => {
      const wrong = foreign.flatMap((u) =>
        domainsOf(u)
          .map((d) => rowByDomain.get(d))
          .filter((row): row is HipoRow => row !== undefined && row.alpha_two_code !== u.country)
          .map((row) => `${u.id}: ours ${u.country}, Hipo ${row.alpha_two_code} (${row.name})`),
      );
      expect(wrong).toEqual([]);
    });

    it('names the same institution as Hipo for each listed domain', () => {
      // Spellings differ (Dohuk/Duhok, Kerbala/Karbala), so a shared 5-letter stem is enough.
      const mismatched: string[] = [];
      for (const u of foreign) {
        const ours = [u.en, ...u.enNames].flatMap(distinctive).map((w) => w.slice(0, 5));
        for (const d of domainsOf(u)) {
          const row = rowByDomain.get(d);
          if (!row) continue;
          const theirs = distinctive(row.name);
          if (theirs.length && !theirs.some((w) => ours.includes(w.slice(0, 5))))
            mismatched.push(`${u.id}: "${u.en}" vs Hipo "${row.name}"`);
        }
      }
      expect(mismatched).toEqual([]);
    });

    it('never splits one Hipo institution across two of our entries', () => {
      const entryOfRow = new Map<HipoRow, string>();
      const split: string[] = [];
      for (const u of foreign) {
        for (const d of domainsOf(u)) {
          const row = rowByDomain.get(d);
          if (!row) continue;
          const other = entryOfRow.get(row);
          if (other && other !== u.id) split.push(`${row.name}: ${other} / ${u.id}`);
          entryOfRow.set(row, u.id);
        }
      }
      expect(split).toEqual([]);
    });

    it('checks most entries against Hipo (the list covers their countries)', () => {
      const checked = foreign.filter((u) => domainsOf(u).some((d) => rowByDomain.has(d))).length;
      expect(checked).toBeGreaterThanOrEqual(150);
    });
  });
});
