// `npm run eval:real`: the real-releases check (dev only). Extracts ../shared/data/releases/docs
// with the built CLI into a temporary folder and scores it with ../shared/eval/score.mjs, overall
// and per language (Persian = ids not starting «rJ», English = «rJ…»), each language scored on its
// own gold subset. Texts and gold are read in place, never copied into the repository.
//
//   npm run eval:real [-- --out DIR] [-- --per-doc] [-- --misses [TOPICS]] [-- --doc ID]
//
// --misses lists, per document, the gold items missed and the predicted items not in the gold, each
// with its reason, paired as the scorer pairs them (src/eval/reduced.ts); TOPICS is a comma list of
// meetings, attendees, decisions, entities. --doc ID keeps that list to one document.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readRecords } from '../src/cli/eval.js';
import { parseTopics, type Topic } from '../src/eval/explain.js';
import { formatMisses } from '../src/eval/format.js';
import { explainReduced, ReducedGoldSchema } from '../src/eval/reduced.js';
import type { DocumentRecord } from '../src/records/schema.js';
import { packageRoot } from '../src/rules/paths.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}
interface ScoreJson {
  metrics: Record<string, Counts>;
  meetingDateAccuracy: number;
  publishedAtAccuracy: number;
  documents: { gold: number; predicted: number };
  overall: number;
}
interface Options {
  out: string | undefined;
  perDoc: boolean;
  misses: Set<Topic> | null | undefined;
  doc: string | undefined;
  /** --json: the scorer's JSON for all, Persian and English, instead of the tables (docs:figures). */
  json: boolean;
}

/** English releases carry ids starting «rJ» (../shared/data/releases/README.md). */
function languageOfDoc(id: string): 'fa' | 'en' {
  return id.startsWith('rJ') ? 'en' : 'fa';
}

function fail(message: string): never {
  process.stderr.write(`eval:real: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { out: undefined, perDoc: false, misses: undefined, doc: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = argv[++i] ?? fail('--out needs a folder');
    else if (a === '--per-doc') o.perDoc = true;
    else if (a === '--json') o.json = true;
    else if (a === '--doc') o.doc = argv[++i] ?? fail('--doc needs a document id');
    else if (a === '--misses') {
      const next = argv[i + 1];
      const value = next !== undefined && !next.startsWith('--') ? argv[++i]! : true;
      try {
        o.misses = parseTopics(value);
      } catch (e) {
        fail(`--misses: ${(e as Error).message}`);
      }
    } else
      fail(
        `unknown argument ${a}\nusage: eval:real [--out DIR] [--per-doc] [--misses [TOPICS]] [--doc ID] [--json]`,
      );
  }
  if (o.doc !== undefined && o.misses === undefined) o.misses = null;
  return o;
}

function run(args: string[], what: string): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A gold folder holding only the documents of one language (symlinks to the shared files). */
function goldSubset(goldDir: string, into: string, lang: 'fa' | 'en'): string {
  mkdirSync(into, { recursive: true });
  for (const f of readdirSync(goldDir))
    if (f.endsWith('.json') && languageOfDoc(f) === lang) symlinkSync(join(goldDir, f), join(into, f));
  return into;
}

function score(
  scorer: string,
  gold: string,
  pred: string,
  perDoc: boolean,
): { text: string; json: ScoreJson } {
  const out = run(
    [scorer, '--gold', gold, '--pred', pred, '--json', ...(perDoc ? ['--per-doc'] : [])],
    'scorer',
  );
  const lines = out.trimEnd().split('\n');
  // The scorer prints its table, then one JSON line, then `overall F1=…`.
  const jsonAt = lines.findIndex((l) => l.startsWith('{"metrics"'));
  if (jsonAt < 0) fail(`unexpected scorer output:\n${out}`);
  return { text: lines.slice(0, jsonAt).join('\n'), json: JSON.parse(lines[jsonAt]!) as ScoreJson };
}

const ROWS: [string, string][] = [
  ['universities / organisations', 'universities'],
  ['persons', 'persons'],
  ['dates (day/range)', 'dates'],
  ['contacts', 'contacts'],
  ['meetings (detection)', 'meetings'],
  ['meeting organisations', 'organizations'],
  ['attendees', 'attendees'],
  ['decisions', 'decisions'],
];

function f3(x: number): string {
  return x.toFixed(3);
}

/** F1 per dimension side by side: all documents, Persian, English. */
function languageTable(cols: [string, ScoreJson][]): string {
  const head = `${'F1'.padEnd(30)}${cols.map(([n, s]) => `${n} (${s.documents.gold})`.padStart(14)).join('')}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const [label, k] of ROWS)
    lines.push(`${label.padEnd(30)}${cols.map(([, s]) => f3(s.metrics[k]!.f1).padStart(14)).join('')}`);
  lines.push(
    `${'meeting-date accuracy'.padEnd(30)}${cols.map(([, s]) => f3(s.meetingDateAccuracy).padStart(14)).join('')}`,
  );
  lines.push(
    `${'publication date right'.padEnd(30)}${cols.map(([, s]) => f3(s.publishedAtAccuracy).padStart(14)).join('')}`,
  );
  lines.push(`${'overall (scorer)'.padEnd(30)}${cols.map(([, s]) => f3(s.overall).padStart(14)).join('')}`);
  return lines.join('\n');
}

/** The scorer's misses and false alarms per document, with reasons (gold read in place). */
function missesReport(goldDir: string, predFile: string, opts: Options): string {
  const bySource = new Map<string, DocumentRecord>();
  for (const r of readRecords(predFile)) bySource.set(basename(r.source).replace(/\.[^.]*$/, ''), r);
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const docs = files
    .map((f) => {
      const parsed = ReducedGoldSchema.safeParse(JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
      if (!parsed.success) fail(`${f}: not a gold record of the reduced form: ${parsed.error.message}`);
      return parsed.data;
    })
    .filter((g) => opts.doc === undefined || g.doc === opts.doc);
  if (docs.length === 0) fail(`--doc: no gold document "${opts.doc}"`);
  return formatMisses(
    docs.map((g) => explainReduced(g, bySource.get(g.doc))),
    opts.misses ?? null,
  );
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const root = packageRoot();
  const shared = join(root, '..', 'shared');
  const docs = join(shared, 'data', 'releases', 'docs');
  const gold = join(shared, 'data', 'releases', 'gold');
  const scorer = join(shared, 'eval', 'score.mjs');
  for (const p of [docs, gold, scorer])
    if (!existsSync(p))
      fail(
        `${p} is missing. This is a developers' script: it needs the team's ../shared folder (real releases and their scorer) next to the repository.`,
      );
  const cli = join(root, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(cli)) fail(`${cli} is missing; run \`npm run build\` first.`);

  const work = mkdtempSync(join(tmpdir(), 'khabar-eval-real-'));
  const out = opts.out ? resolve(opts.out) : join(work, 'out');
  try {
    run([cli, 'extract', docs, '--out', out, '--no-report', '--no-cache'], 'khabar extract');
    const pred = join(out, 'records.jsonl');
    const all = score(scorer, gold, pred, opts.perDoc);
    const fa = score(scorer, goldSubset(gold, join(work, 'gold-fa'), 'fa'), pred, false).json;
    const en = score(scorer, goldSubset(gold, join(work, 'gold-en'), 'en'), pred, false).json;
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ all: all.json, fa, en })}\n`);
      return;
    }
    process.stdout.write(`Real releases (${docs}), all documents:\n\n${all.text}\n\n`);
    process.stdout.write(
      `${languageTable([
        ['all', all.json],
        ['Persian', fa],
        ['English', en],
      ])}\n`,
    );
    if (opts.misses !== undefined) process.stdout.write(`\n${missesReport(gold, pred, opts)}`);
    if (opts.out) process.stdout.write(`\nrecords: ${pred}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
