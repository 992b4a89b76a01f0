// The compiled gazetteer (src/recognize/gazetteer.ts), its packed form (gazetteer-pack.ts) and its
// cache (src/rules/cache.ts): what the matchers read from it is what they derived from the validated
// entries before, the packed look-ups give exactly what Maps and Sets of the same columns give, a
// rules change misses the cache and takes effect, and a broken entry is still named by file, entry
// and field.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { phraseKey } from '../../src/english/keys.js';
import { coresOf } from '../../src/english/lexicon.js';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { compileGazetteer, type GazetteerColumns } from '../../src/recognize/gazetteer.js';
import { Gazetteer, packGazetteer } from '../../src/recognize/gazetteer-pack.js';
import { readPack } from '../../src/recognize/packed.js';
import { compileConcepts, latinShape } from '../../src/recognize/transliterate.js';
import { buildWorldIndex, latinFold } from '../../src/recognize/world.js';
import { useSharedSnapshot } from '../../src/rules/cache.js';
import { loadRules, RuleFileError, sharedRulesSnapshot } from '../../src/rules/load.js';
import { bundledRulesDir } from '../../src/rules/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'khabar-gazetteer-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Entry i's values of a list column. */
const listOf = (list: readonly string[], start: readonly number[], i: number) =>
  list.slice(start[i]!, start[i + 1]!);
const latinNamesOf = (s: GazetteerColumns, i: number) => [s.en[i]!, ...listOf(s.enNames, s.enStart, i)];

const rules = loadRules(bundledRulesDir(), { cacheDir: null });
const columns = compileGazetteer({
  generated: rules.generated,
  orgWords: rules.orgWords,
  transliteration: rules.transliteration,
  knownWords: rules.knownWords,
  derivedNames: rules.derivedNames,
});

describe('compiled gazetteer', () => {
  const gz = columns;
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
    const packed = rules.gazetteer;
    const sets = packed.conceptSets.map((c) => new Set(c));
    generated.forEach((g, i) => {
      const want = [g.en, ...g.enNames].map((n) => latinShape(n, concepts));
      expect(packed.shapes(i, sets), g.id).toEqual(want);
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

describe('the packed gazetteer', () => {
  const packed = rules.gazetteer;
  const n = columns.size;
  const all = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

  it('gives every column and list of every entry', () => {
    expect(packed.size).toBe(n);
    expect(packed.conceptSets).toEqual(columns.conceptSets);
    expect(all((i) => packed.id(i))).toEqual(columns.id);
    expect(all((i) => (packed.isUniversity(i) ? 'u' : 'o')).join('')).toBe(columns.type);
    expect(all((i) => packed.fa(i))).toEqual(columns.fa);
    expect(all((i) => packed.en(i))).toEqual(columns.en);
    expect(all((i) => packed.country(i))).toEqual(columns.country);
    expect(all((i) => packed.city(i))).toEqual(columns.city);
    expect(all((i) => packed.ror(i))).toEqual(columns.ror);
    expect(all((i) => packed.wikidata(i))).toEqual(columns.wikidata);
    expect(all((i) => packed.list('domains', i))).toEqual(
      all((i) => listOf(columns.domains, columns.domainStart, i)),
    );
    expect(all((i) => packed.list('faNames', i))).toEqual(
      all((i) => listOf(columns.faNames, columns.faStart, i)),
    );
    expect(all((i) => packed.list('acronyms', i))).toEqual(
      all((i) => listOf(columns.acronyms, columns.acronymStart, i)),
    );
    expect(all((i) => packed.latinNames(i))).toEqual(all((i) => latinNamesOf(columns, i)));
    for (const kind of ['strong', 'weak'] as const) {
      const got: (string | number)[] = [];
      packed.forEachCore(kind, (k, i) => got.push(k, i));
      expect(got).toEqual(kind === 'strong' ? columns.strongCores : columns.weakCores);
    }
  });

  // What the lexicon and the organisation directory built from the columns before: Maps filled in
  // entry order with «set only if absent», and Sets of the word lists.
  const firstOf = (pairs: Iterable<[string, number]>) => {
    const m = new Map<string, number>();
    for (const [k, v] of pairs) if (!m.has(k)) m.set(k, v);
    return m;
  };
  const byId = firstOf(columns.id.map((id, i) => [id, i]));
  const byDomain = firstOf(
    columns.id.flatMap((id, i) => [
      [id, i] as [string, number],
      ...listOf(columns.domains, columns.domainStart, i).map((d) => [d, i] as [string, number]),
    ]),
  );
  const world = new Map(columns.world.keys.map((k, j) => [k, columns.world.entries[j]!]));
  const maps: [string, Map<string, number>, (k: string) => number][] = [
    ['ids', byId, (k) => packed.indexOfId(k)],
    ['domains', byDomain, (k) => packed.indexOfDomain(k)],
    ['world', world, (k) => packed.world.entries.get(k)],
  ];
  const sets: [string, Set<string>, (k: string) => boolean][] = [
    ['world first words', new Set(columns.world.firstWords), (k) => packed.world.firstWords.has(k)],
    ['known words', new Set(columns.words.knownKeys), (k) => packed.knownKeys.has(k)],
    ['surnames', new Set(columns.words.surnameKeys), (k) => packed.surnameKeys.has(k)],
    ['common words', new Set(columns.words.commonKeys), (k) => packed.commonKeys.has(k)],
    ['function words', new Set(columns.words.functionKeys), (k) => packed.functionKeys.has(k)],
  ];
  const keys = [...maps.flatMap(([, m]) => [...m.keys()]), ...sets.flatMap(([, s]) => [...s])];

  it('finds every key of the Maps and Sets the columns make, with the same entry', () => {
    for (const [name, map, get] of maps) for (const [k, v] of map) expect(get(k), `${name}: ${k}`).toBe(v);
    for (const [name, set, has] of sets) for (const k of set) expect(has(k), `${name}: ${k}`).toBe(true);
    expect(packed.world.entries.size).toBe(world.size);
    expect(packed.world.maxWords).toBe(columns.world.maxWords);
  });

  it('answers any other string as the Maps and Sets do', () => {
    const near = fc
      .tuple(fc.constantFrom(...keys), fc.nat(40), fc.string({ unit: 'binary', maxLength: 3 }))
      .map(([k, cut, tail]) => k.slice(0, cut % (k.length + 1)) + tail);
    const codeUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    });
    const any = fc.oneof(near, codeUnits, fc.string({ unit: 'binary', maxLength: 12 }), fc.string());
    fc.assert(
      fc.property(
        any,
        (k) =>
          maps.every(([, map, get]) => get(k) === (map.get(k) ?? -1)) &&
          sets.every(([, set, has]) => has(k) === set.has(k)),
      ),
      { numRuns: 3000 },
    );
  });

  it('is rejected when its bytes are not a whole pack', () => {
    const bytes = packGazetteer(columns, { key: 'k' });
    expect(() => new Gazetteer(readPack(bytes.subarray(0, bytes.length - 100)))).toThrow(/truncated/);
    expect(() => readPack(Buffer.from('{"format":5}'))).toThrow(/not a khabar pack/);
    expect(new Gazetteer(readPack(bytes)).id(3)).toBe(columns.id[3]);
  });
});

describe('the cache of compiled gazetteers', () => {
  const dir = join(tmp, 'rules');
  cpSync(bundledRulesDir(), dir, { recursive: true });
  const cacheDir = join(tmp, 'cache');
  const snapshots = () => readdirSync(cacheDir).filter((n) => n.endsWith('.bin'));
  const world = join(dir, 'generated', 'universities.world.json');

  it('is written once and read back the same', () => {
    const first = loadRules(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    const second = loadRules(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    // Read back from the file: the same entries (a whole-Buffer toEqual would take minutes).
    const column = (r: typeof first) => Array.from({ length: r.gazetteer.size }, (_, i) => r.gazetteer.en(i));
    expect(second.gazetteer.size).toBe(first.gazetteer.size);
    expect(column(second)).toEqual(column(first));
    expect(second.gazetteer.shapes(7, [])).toEqual(first.gazetteer.shapes(7, []));
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

  it("is read from a run's shared copy when one is given, not from the file", () => {
    const shared = sharedRulesSnapshot(dir, { cacheDir });
    expect(shared?.bytes).toBeInstanceOf(SharedArrayBuffer);
    const expected = loadRules(dir, { cacheDir });
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const file = readFileSync(path);
    rmSync(path);
    try {
      useSharedSnapshot(shared);
      const fromShared = loadRules(dir, { cacheDir });
      // A hit: nothing compiled, so nothing written again.
      expect(snapshots()).toHaveLength(0);
      expect(fromShared.gazetteer.size).toBe(expected.gazetteer.size);
      expect(fromShared.gazetteer.en(5)).toBe(expected.gazetteer.en(5));
      // Another rule set's copy is not used: these rules are compiled (and cached) again.
      useSharedSnapshot({ key: 'another', bytes: shared!.bytes });
      expect(loadRules(dir, { cacheDir }).gazetteer.size).toBe(expected.gazetteer.size);
      expect(snapshots()).toHaveLength(1);
    } finally {
      useSharedSnapshot(null);
      writeFileSync(path, file);
    }
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
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, 1000));
    expect(loadRules(dir, { cacheDir }).gazetteer.size).toBeGreaterThan(15_000);
    // Another rule set's snapshot under this name: its head names another key.
    writeFileSync(path, packGazetteer(columns, { key: 'another', rules: {} }));
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
