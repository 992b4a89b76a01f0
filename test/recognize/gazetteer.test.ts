// The compiled gazetteer (src/recognize/gazetteer.ts) and its cache (src/rules/cache.ts): what the
// matchers read from it is what they derived from the validated entries before, a rules change
// misses the cache and takes effect, and a broken entry is still named by file, entry and field.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phraseKey } from '../../src/english/keys.js';
import { coresOf } from '../../src/english/lexicon.js';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { latinNamesOf, listOf, shapesFromSnapshot } from '../../src/recognize/gazetteer.js';
import { compileConcepts, latinShape } from '../../src/recognize/transliterate.js';
import { buildWorldIndex, latinFold } from '../../src/recognize/world.js';
import { loadRules, RuleFileError } from '../../src/rules/load.js';
import { bundledRulesDir } from '../../src/rules/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'khabar-gazetteer-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compiled gazetteer', () => {
  const rules = loadRules(bundledRulesDir(), { cacheDir: null });
  const gz = rules.gazetteer;
  const generated = rules.generated;

  it('has every generated entry, in file order, with its fields', () => {
    expect(gz.size).toBe(generated.length);
    expect(gz.size).toBeGreaterThan(15_000);
    const column = <T>(f: (g: (typeof generated)[number]) => T) => generated.map(f);
    expect(gz.id).toEqual(column((g) => g.id));
    expect(gz.type).toBe(column((g) => (g.type === 'university' ? 'u' : 'o')).join(''));
    expect(gz.fa).toEqual(column((g) => g.fa ?? null));
    expect(gz.en).toEqual(column((g) => g.en));
    expect(gz.country).toEqual(column((g) => g.country));
    expect(gz.city).toEqual(column((g) => g.city ?? null));
    expect(gz.ror).toEqual(column((g) => g.ror ?? null));
    expect(gz.wikidata).toEqual(column((g) => g.wikidata ?? null));
    const lists = (list: string[], start: number[]) => generated.map((_, i) => listOf(list, start, i));
    expect(lists(gz.domains, gz.domainStart)).toEqual(column((g) => g.domains));
    expect(lists(gz.faNames, gz.faStart)).toEqual(
      column((g) => [...new Set(g.fa ? [g.fa, ...g.names] : g.names)]),
    );
    expect(generated.map((_, i) => latinNamesOf(gz, i))).toEqual(column((g) => [g.en, ...g.enNames]));
  });

  it('holds the world index that buildWorldIndex makes from the entries', () => {
    const index = buildWorldIndex(
      generated.flatMap((g) =>
        [...new Set([g.en, ...g.enNames])].map((name) => ({ name, entry: g as never })),
      ),
      {
        heads: new Set(rules.orgWords.latinHeads.map(latinFold)),
        generic: new Set(rules.orgWords.latinGeneric.map(latinFold)),
      },
    );
    expect(gz.world.keys).toEqual([...index.byKey.keys()]);
    expect(gz.world.entries.map((i) => gz.id[i])).toEqual(
      [...index.byKey.values()].map((e) => (e as { id: string }).id),
    );
    expect(gz.world.firstWords).toEqual([...index.firstWords]);
    expect(gz.world.maxWords).toBe(index.maxWords);
  });

  it('holds the shapes latinShape gives each Latin name', () => {
    const concepts = compileConcepts(rules.transliteration);
    const sets = gz.conceptSets.map((c) => new Set(c));
    generated.forEach((g, i) => {
      const want = [g.en, ...g.enNames].map((n) => latinShape(n, concepts));
      expect(shapesFromSnapshot(gz, sets, i), g.id).toEqual(want);
    });
  });

  it('holds the English cores of each Latin name, in order', () => {
    const strong: (string | number)[] = [];
    const weak: (string | number)[] = [];
    generated.forEach((g, i) => {
      for (const name of new Set([g.en, ...g.enNames])) {
        const cores = coresOf(name);
        for (const core of cores.strong) strong.push(phraseKey(core), i);
        for (const core of cores.weak) weak.push(phraseKey(core), i);
      }
    });
    expect(gz.strongCores).toEqual(strong);
    expect(gz.weakCores).toEqual(weak);
  });
});

describe('the cache of compiled gazetteers', () => {
  const dir = join(tmp, 'rules');
  cpSync(bundledRulesDir(), dir, { recursive: true });
  const cacheDir = join(tmp, 'cache');
  const snapshots = () => readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
  const world = join(dir, 'generated', 'universities.world.json');

  it('is written once and read back the same', () => {
    const first = loadRules(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    const second = loadRules(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    expect(second.gazetteer).toEqual(first.gazetteer);
    expect(second.hash).toBe(first.hash);
  });

  it('gives the small rule files exactly as zod validated them', () => {
    const fresh = loadRules(dir, { cacheDir: null });
    const cached = loadRules(dir, { cacheDir });
    const { gazetteer: _a, ...freshRules } = fresh;
    const { gazetteer: _b, ...cachedRules } = cached;
    // Strict: no key or undefined value lost on the way through JSON.
    expect(cachedRules).toStrictEqual(freshRules);
  });

  it('misses when a hand-written file changes, and its errors are reported', () => {
    const titles = join(dir, 'titles.json');
    const good = readFileSync(titles, 'utf8');
    const data = JSON.parse(good) as { fa: unknown }[];
    data[1]!.fa = 42;
    writeFileSync(titles, JSON.stringify(data));
    try {
      expect(() => loadRules(dir, { cacheDir })).toThrow(/titles\.json, entry #2 .*field fa/);
    } finally {
      writeFileSync(titles, good);
    }
    expect(loadRules(dir, { cacheDir }).titles).toEqual(loadRules(dir, { cacheDir: null }).titles);
  });

  it('is ignored when the file is not a snapshot of these rules', () => {
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, 1000));
    expect(loadRules(dir, { cacheDir }).gazetteer.size).toBeGreaterThan(15_000);
    writeFileSync(path, JSON.stringify({ ...JSON.parse(good), key: 'another' }));
    expect(loadRules(dir, { cacheDir }).gazetteer.size).toBeGreaterThan(15_000);
  });

  it('misses when an entry is added, and the entry takes effect', () => {
    const text = 'A delegation of the Hypothetical Lakeside University of Examplia visited the campus.';
    const run = () =>
      processDocument(
        { source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text },
        createPipeline(loadRules(dir, { cacheDir })),
      ).entities.filter((e) => e.canonicalId === 'lakeside.example.edu');
    expect(run()).toHaveLength(0);
    const data = JSON.parse(readFileSync(world, 'utf8')) as unknown[];
    data.push({
      id: 'lakeside.example.edu',
      type: 'university',
      en: 'Hypothetical Lakeside University of Examplia',
      country: 'US',
      sources: ['test'],
    });
    writeFileSync(world, JSON.stringify(data));
    const before = snapshots().length;
    expect(run()).toHaveLength(1);
    expect(snapshots().length).toBe(before + 1);
  });

  it('never hides a broken entry: it is named by file, 1-based entry and field', () => {
    const data = JSON.parse(readFileSync(world, 'utf8')) as { country: string }[];
    data[2]!.country = 'Germany';
    writeFileSync(world, JSON.stringify(data));
    let error: unknown;
    try {
      loadRules(dir, { cacheDir });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as Error).message).toMatch(
      /generated\/universities\.world\.json, entry #3 \([^)]+\), field country/,
    );
  });
});
