// rules/generated/ is what scripts/build-gazetteer.ts makes from ../shared/data: re-running it gives
// the committed bytes, hand-curated entries win, and every entry says where it came from.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, writeGazetteer } from '../../scripts/build-gazetteer.js';
import { loadRules } from '../../src/rules/load.js';
import { bundledRulesDir } from '../../src/rules/paths.js';

const rulesDir = bundledRulesDir();
const dataDir = join(rulesDir, '..', '..', 'shared', 'data');
const FILES = ['organizations.iran.json', 'universities.world.json', 'enrichment.json', 'known-words.json'];

describe.skipIf(!existsSync(join(dataDir, 'ror')))('npm run gazetteer (../shared)', () => {
  it('re-creates the committed files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'khabar-gazetteer-'));
    try {
      writeGazetteer(buildGazetteer(dataDir, rulesDir), dataDir, out);
      for (const f of FILES)
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(
          readFileSync(join(rulesDir, 'generated', f), 'utf8'),
        );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('rules/generated', () => {
  const rules = loadRules();
  // Domains of bodies kept without an id count too: a generated entry must not give them one.
  const hand = new Set(
    [...rules.universities, ...rules.organizations].flatMap((u) => [...(u.id ? [u.id] : []), ...u.domains]),
  );

  it('never redefines a hand-curated organisation', () => {
    for (const g of rules.generated) {
      expect(hand.has(g.id), g.id).toBe(false);
      for (const d of g.domains) expect(hand.has(d), `${g.id} alias ${d}`).toBe(false);
    }
  });

  it('every entry has its provenance and a valid id', () => {
    expect(rules.generated.length).toBeGreaterThan(15_000);
    for (const g of rules.generated) expect(g.sources.length, g.id).toBeGreaterThan(0);
  });

  it('adds ROR and Wikidata ids to hand-curated entries and keeps their own fields', () => {
    expect(rules.universities.filter((u) => u.ror).length).toBeGreaterThan(100);
    const alborz = rules.universities.find((u) => u.id === 'abzums.ac.ir')!;
    expect(alborz).toMatchObject({ fa: 'دانشگاه علوم پزشکی البرز', ror: '03hh69c20', wikidata: 'Q5940463' });
  });

  it('Islamic Azad branches map to the system, not to entries of their own', () => {
    expect(rules.generated.some((g) => /Islamic Azad University/i.test(g.en))).toBe(false);
  });
});
