// `npm run bench:gazetteer`: what the generated gazetteers (rules/generated/) cost. Start-up = load
// and validate the rules + compile the lexicon; per document = processDocument over the team corpus
// (and ../shared's real releases when present). Each figure is the median of alternating runs with
// and without the generated files (a copy of rules/ whose generated lists are empty), so the
// machine's load hits both sides alike.
// usage: node dist/scripts/bench-gazetteer.js [--rounds 7]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline, type Pipeline, processDocument } from '../src/pipeline.js';
import { loadRules } from '../src/rules/load.js';
import { bundledRulesDir } from '../src/rules/paths.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const rulesDir = bundledRulesDir();

function withoutGenerated(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-rules-'));
  cpSync(rulesDir, dir, { recursive: true });
  for (const f of ['organizations.iran.json', 'universities.world.json', 'enrichment.json'])
    writeFileSync(join(dir, 'generated', f), '[]\n');
  const known = JSON.parse(readFileSync(join(dir, 'generated', 'known-words.json'), 'utf8'));
  writeFileSync(join(dir, 'generated', 'known-words.json'), JSON.stringify({ ...known, words: [] }));
  return dir;
}

function texts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function startup(dir: string): { ms: number; pipeline: Pipeline } {
  const t0 = performance.now();
  const pipeline = createPipeline(loadRules(dir));
  return { ms: performance.now() - t0, pipeline };
}

function perDoc(pipeline: Pipeline, docs: string[]): number {
  const t0 = performance.now();
  docs.forEach((text, i) => {
    processDocument({ source: `${i}.txt`, docId: String(i), sha256: '0'.repeat(64), text }, pipeline);
  });
  return (performance.now() - t0) / docs.length;
}

const bare = withoutGenerated();
try {
  const sets = [
    { name: 'team corpus', docs: texts(join(rulesDir, '..', 'corpus')) },
    {
      name: 'real releases (../shared)',
      docs: texts(join(rulesDir, '..', '..', 'shared', 'data', 'releases', 'docs')),
    },
  ].filter((s) => s.docs.length);
  const side = () => ({
    start: [] as number[],
    doc: sets.map(() => [] as number[]),
    warm: sets.map(() => [] as number[]),
  });
  const m = { with: side(), without: side() };
  for (let r = 0; r < rounds; r++) {
    for (const [side, dir] of [
      ['with', rulesDir],
      ['without', bare],
    ] as const) {
      const s = startup(dir);
      m[side].start.push(s.ms);
      // A fresh pipeline: the first pass pays for the lazily built name shapes and finds no name
      // in the ranking cache (the conservative figure); the second pass finds them all there.
      sets.forEach((set, i) => {
        m[side].doc[i]!.push(perDoc(s.pipeline, set.docs));
        m[side].warm[i]!.push(perDoc(s.pipeline, set.docs));
      });
    }
  }
  const f = (x: number) => x.toFixed(1);
  const lines = [
    `| (median of ${rounds} alternating runs) | without rules/generated | with rules/generated |`,
    '|---|---:|---:|',
    `| start-up: load + validate + compile (ms) | ${f(median(m.without.start))} | ${f(median(m.with.start))} |`,
    ...sets.flatMap((s, i) => [
      `| per document, ${s.name} (${s.docs.length} docs), first pass (ms) | ${f(median(m.without.doc[i]!))} | ${f(median(m.with.doc[i]!))} |`,
      `| per document, ${s.name}, second pass (ms) | ${f(median(m.without.warm[i]!))} | ${f(median(m.with.warm[i]!))} |`,
    ]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(bare, { recursive: true, force: true });
}
