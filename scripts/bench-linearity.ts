// How time grows with the length of crafted input: nanoseconds per character at 10k, 100k and 1M
// characters, and the ratios between steps (≈1 linear, ≈10 quadratic). Measured here, never
// asserted in tests: a busy machine changes the times, not the ratios' meaning.
//   1. the text layer (analyze) and the whole pipeline on every shape of scripts/adversarial.ts;
//   2. each pattern the static analysis found polynomial (test/safety/redos-verdicts.json) on the
//      attack string recheck gave as its witness.
// A step that would take longer than --budget-s (projected quadratically from the last one) is
// skipped and shown as "-".   node dist/scripts/bench-linearity.js [--sizes 10000,100000,1000000]
//   [--only REGEX] [--budget-s 20] [--no-pipeline]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPipeline, processDocument } from '../src/pipeline.js';
import { analyze } from '../src/text/index.js';
import { adversarialShapes } from './adversarial.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    only: { type: 'string' },
    'budget-s': { type: 'string', default: '20' },
    'no-pipeline': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const BUDGET_MS = Number(values['budget-s']) * 1000;
const only = values.only ? new RegExp(values.only, 'u') : null;

interface Row {
  name: string;
  /** ns per character at each size; null when skipped. */
  nsPerChar: Array<number | null>;
}

/** Best of `reps` runs (the least disturbed by other processes). */
function time(fn: () => void, reps: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Runs `run(text)` for texts of growing size; stops when the next step would pass the budget. */
function measure(name: string, textAt: (n: number) => string, run: (text: string) => void): Row {
  const row: Row = { name, nsPerChar: [] };
  let lastMs = 0;
  let lastN = 0;
  for (const n of SIZES) {
    if (lastN && lastMs * (n / lastN) ** 2 > BUDGET_MS) {
      row.nsPerChar.push(null);
      continue;
    }
    const text = textAt(n);
    const ms = time(() => run(text), n <= 100_000 ? 3 : 1);
    row.nsPerChar.push((ms * 1e6) / text.length);
    lastMs = ms;
    lastN = n;
  }
  return row;
}

function fmt(rows: Row[], title: string): string {
  const head = `${title}\n${['ns/char', ...SIZES.map((n) => `@${n}`), ...SIZES.slice(1).map((n, i) => `${n}/${SIZES[i]}`)].join('\t')}`;
  const lines = rows.map((r) => {
    const ratios = r.nsPerChar
      .slice(1)
      .map((v, i) => (v !== null && r.nsPerChar[i] ? (v / r.nsPerChar[i]!).toFixed(2) : '-'));
    return [r.name, ...r.nsPerChar.map((v) => (v === null ? '-' : v.toFixed(1))), ...ratios].join('\t');
  });
  return [head, ...lines].join('\n');
}

function shapes(): Array<{ name: string; at: (n: number) => string }> {
  return adversarialShapes().filter((s) => !only || only.test(s.name));
}

interface Verdict {
  source: string;
  flags: string;
  complexity?: string;
  attack?: { pumps: Array<{ prefix: string; pump: string }>; suffix: string };
}

function attackRows(): Row[] {
  const file = fileURLToPath(new URL('../../test/safety/redos-verdicts.json', import.meta.url));
  const verdicts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Verdict>;
  const rows: Row[] = [];
  for (const v of Object.values(verdicts)) {
    const attack = v.attack;
    if (!attack) continue;
    const name = `${v.complexity} /${v.source.slice(0, 50)}${v.source.length > 50 ? '…' : ''}/${v.flags}`;
    if (only && !only.test(name)) continue;
    const re = new RegExp(v.source, `${v.flags}g`);
    const pumpLen = attack.pumps.reduce((s, p) => s + p.pump.length, 0) || 1;
    const at = (n: number) =>
      attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(n / pumpLen))).join('') + attack.suffix;
    rows.push(
      measure(name, at, (text) => {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[0].length === 0) re.lastIndex++;
      }),
    );
  }
  return rows;
}

const textRows = shapes().map((s) => measure(s.name, s.at, (t) => analyze(t)));
console.log(fmt(textRows, 'text layer (analyze) on crafted shapes'));
if (!values['no-pipeline']) {
  const pipeline = createPipeline();
  const pipeRows = shapes().map((s) =>
    measure(s.name, s.at, (text) =>
      processDocument({ source: 'x', docId: 'x', sha256: '0'.repeat(64), text }, pipeline),
    ),
  );
  console.log(`\n${fmt(pipeRows, 'whole pipeline (processDocument) on crafted shapes')}`);
}
console.log(
  `\n${fmt(attackRows(), 'patterns found polynomial by the static analysis, on their attack strings')}`,
);
