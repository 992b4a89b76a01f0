// `npm run eval:ner`: the outside check. Runs the whole khabar pipeline on each sentence of
// third-party Persian NER corpora (read in place from ../shared/data/ner, never copied) and scores
// its university, person and date spans against their gold; HengamGold's dates via ner-hengam.ts.
// Label mapping and match criteria: src/eval/ner.ts. Markdown table on stdout; --json for machines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONLL_SEPARATOR, type ConllFormat, parseConll, sampleEvenly } from '../src/eval/conll.js';
import {
  addSpanCounts,
  emptySpanCounts,
  NER_DIMENSIONS,
  type NerDimension,
  type SpanCounts,
  type SpanScore,
  sentenceCounts,
  spanScore,
  type TypedSpan,
} from '../src/eval/ner.js';
import { scoreHengam } from '../src/eval/ner-hengam.js';
import { createPipeline, processDocument } from '../src/pipeline.js';
import { recognizeTemporal } from '../src/recognize/dates/timex.js';
import { packageRoot } from '../src/rules/paths.js';
import { analyze } from '../src/text/index.js';

interface CorpusSpec {
  name: string;
  file: string;
  format: ConllFormat;
  dims: NerDimension[];
}

// One held-out split each. Arman: one of its three test folds (the folds are its cross-validation).
const CORPORA: CorpusSpec[] = [
  {
    name: 'PEYMA (test)',
    file: 'peyma/test.txt',
    format: 'peyma',
    dims: ['universities', 'persons', 'dates'],
  },
  {
    name: 'ParsTwiNER (test)',
    file: 'parstwiner/test.txt',
    format: 'parstwiner',
    dims: ['universities', 'persons'],
  },
  {
    name: 'Arman (test_fold3)',
    file: 'arman/test_fold3.txt',
    format: 'arman',
    dims: ['universities', 'persons'],
  },
];

interface Row {
  corpus: string;
  dimension: string;
  criterion: 'overlap' | 'exact';
  precision: number;
  recall: number;
  f1: number;
  /** Gold spans. */
  n: number;
  /** The counts behind the scores, when this script computed them. */
  counts?: SpanScore;
}

function row(corpus: string, dimension: string, criterion: Row['criterion'], score: SpanScore): Row {
  const { precision, recall, f1, gold } = score;
  return { corpus, dimension, criterion, precision, recall, f1, n: gold, counts: score };
}

interface CorpusRun {
  corpus: string;
  sentences: number;
  scored: number;
  skippedLines: number;
  failed: number;
  seconds: number;
}

function parseArgs(argv: string[]): { json: boolean; max: number } {
  let json = false;
  let max = 3000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--max-sentences') max = Number(argv[++i]);
    else {
      process.stderr.write(`eval-ner: unknown argument ${a}\nusage: eval-ner [--json] [--max-sentences N]\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(max) || max < 1) {
    process.stderr.write('eval-ner: --max-sentences needs a positive integer\n');
    process.exit(2);
  }
  return { json, max };
}

const pipeline = createPipeline();

function recognise(text: string): TypedSpan[] {
  const record = processDocument({ source: 'x', docId: 'x', sha256: '0'.repeat(64), text }, pipeline);
  return record.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, name: e.name }));
}

function runCorpus(dataDir: string, spec: CorpusSpec, max: number): { rows: Row[]; run: CorpusRun } {
  const t0 = performance.now();
  const parsed = parseConll(readFileSync(join(dataDir, spec.file), 'utf8'), CONLL_SEPARATOR[spec.format]);
  const sample = sampleEvenly(parsed.sentences, max);
  const totals = new Map<string, SpanCounts>();
  let failed = 0;
  for (const s of sample) {
    let predicted: TypedSpan[] = [];
    try {
      predicted = recognise(s.text);
    } catch {
      // A sentence the pipeline cannot process scores as "nothing found"; the count is reported.
      failed++;
    }
    const counts = sentenceCounts(s, predicted, spec.dims);
    for (const dim of spec.dims)
      for (const crit of ['overlap', 'exact'] as const) {
        const k = `${dim}|${crit}`;
        if (!totals.has(k)) totals.set(k, emptySpanCounts());
        addSpanCounts(totals.get(k)!, counts[dim]![crit]);
      }
  }
  const rows: Row[] = [];
  for (const dim of NER_DIMENSIONS)
    for (const crit of ['overlap', 'exact'] as const) {
      const c = totals.get(`${dim}|${crit}`);
      if (c) rows.push(row(spec.name, dim, crit, spanScore(c)));
    }
  return {
    rows,
    run: {
      corpus: spec.name,
      sentences: parsed.sentences.length,
      scored: sample.length,
      skippedLines: parsed.skippedLines,
      failed,
      seconds: (performance.now() - t0) / 1000,
    },
  };
}

function dateRecogniser(text: string): { start: number; end: number }[] {
  return recognise(text).filter((e) => e.type === 'date');
}

function f3(x: number): string {
  return x.toFixed(3);
}

function markdown(rows: Row[], runs: CorpusRun[], hengam: Row[]): string {
  const lines = ['| corpus | dimension | P | R | F1 | n |', '|---|---|---:|---:|---:|---:|'];
  for (const r of [...rows, ...hengam])
    lines.push(
      `| ${r.corpus} | ${r.dimension} (${r.criterion}) | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${r.n} |`,
    );
  lines.push('');
  for (const run of runs) {
    const sampled =
      run.scored < run.sentences ? `, one in ${Math.ceil(run.sentences / run.scored)} scored` : '';
    const failed = run.failed ? `; ${run.failed} sentence(s) failed in the pipeline and scored as empty` : '';
    lines.push(
      `- ${run.corpus}: ${run.scored} of ${run.sentences} sentences${sampled}${failed} (${run.seconds.toFixed(1)} s)`,
    );
  }
  if (hengam.length)
    lines.push(
      '- HengamGold: its 200 sentences; DAT and TIM spans scored together, untyped, predicted spans snapped to tokens (src/eval/ner-hengam.ts).',
    );
  lines.push(
    '- n = gold spans. universities: gold ORG/FAC/LOC spans with the word «دانشگاه» followed by a name;',
    '  a predicted university is correct when it overlaps a gold ORG/FAC span. overlap = shares a character;',
    '  exact = same start and end.',
  );
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { json, max } = parseArgs(process.argv.slice(2));
  const dataDir = join(packageRoot(), '..', 'shared', 'data', 'ner');
  if (!existsSync(dataDir)) {
    process.stdout.write(`eval-ner: ${dataDir} is missing; nothing scored.\n`);
    return;
  }
  const rows: Row[] = [];
  const runs: CorpusRun[] = [];
  for (const spec of CORPORA) {
    if (!existsSync(join(dataDir, spec.file))) {
      process.stderr.write(`eval-ner: ${spec.file} is missing; ${spec.name} not scored\n`);
      continue;
    }
    const r = runCorpus(dataDir, spec, max);
    rows.push(...r.rows);
    runs.push(r.run);
  }
  const hengamRows: Row[] = [];
  const hengamPath = join(dataDir, 'hengam_gold', 'Gold.txt');
  if (existsSync(hengamPath)) {
    // HengamGold labels every temporal expression (times, durations, recurrences), which is what
    // the temporal tagger finds; the pipeline's date entities are only the calendar dates.
    const tagger = scoreHengam(hengamPath, (text) => recognizeTemporal(analyze(text)));
    const entities = scoreHengam(hengamPath, dateRecogniser);
    hengamRows.push(
      row('HengamGold', 'temporal tagger', 'exact', tagger.strict),
      row('HengamGold', 'temporal tagger', 'overlap', tagger.overlap),
      row('HengamGold', 'date entities only', 'exact', entities.strict),
      row('HengamGold', 'date entities only', 'overlap', entities.overlap),
    );
  }
  if (json) process.stdout.write(`${JSON.stringify({ rows: [...rows, ...hengamRows], runs }, null, 2)}\n`);
  else process.stdout.write(markdown(rows, runs, hengamRows));
}

main();
