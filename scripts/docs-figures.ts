// `npm run docs:figures`: regenerates every figure of the README between its marker comments —
// the team-corpus accuracy (`khabar eval`), the real-release table (`npm run eval:real`, when
// ../shared is there), the output columns (`docs:columns`), the report screenshots
// (scripts/screenshot-report.ts), the speed figures (`npm run bench`'s saved output) and the test
// time (`npm test`, timed here). `--only eval-team,tests` limits it to some blocks; a block whose
// source is missing (no ../shared, no chromium, no saved bench) is left as it was, and said so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval } from '../src/cli/eval.js';
import type { EvalReport } from '../src/eval/score.js';
import { packageRoot } from '../src/rules/paths.js';
import { withColumns } from './columns-doc.js';
import {
  BLOCKS,
  type BlockName,
  type RealScores,
  renderReal,
  renderScreenshots,
  renderSpeed,
  renderTeam,
  renderTests,
  type Stamp,
  type TestTiming,
  withBlock,
} from './figures.js';

const root = packageRoot();
const cli = join(root, 'dist', 'src', 'cli', 'main.js');

function say(message: string): void {
  process.stderr.write(`docs:figures: ${message}\n`);
}

function node(args: string[], what: string): string {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0 && !(what === 'khabar extract' && r.status === 1))
    throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

function stampNow(): Stamp {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: git.status === 0 ? git.stdout.trim() : 'unknown',
  };
}

/** CPU seconds (user + sys) of this process's waited-for children, from /proc; null elsewhere. */
function childrenCpuS(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, cutime 16 and cstime 17 (1-based), in clock ticks (100/s).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function timeTests(work: string): TestTiming {
  const report = join(work, 'tests.json');
  const load = loadavg()[0] ?? 0;
  const cpu0 = childrenCpuS();
  const t0 = performance.now();
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=json', `--outputFile=${report}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wallS = (performance.now() - t0) / 1000;
  const cpu1 = childrenCpuS();
  if (r.status !== 0)
    throw new Error(`npm test failed (exit ${r.status}): fix it before publishing its time`);
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numTotalTests: number;
    testResults: { name: string; startTime: number; endTime: number }[];
  };
  const slowest = json.testResults
    .map((t): [string, number] => [t.name.slice(root.length + 1), (t.endTime - t.startTime) / 1000])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  return {
    wallS,
    cpuS: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
    load,
    cores: availableParallelism(),
    files: json.testResults.length,
    tests: json.numTotalTests,
    slowest,
  };
}

function main(): void {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : null;
  for (const b of only ?? [])
    if (!(BLOCKS as readonly string[]).includes(b) && b !== 'columns')
      throw new Error(`--only: unknown block ${b} (${[...BLOCKS, 'columns'].join(', ')})`);
  const wanted = (b: BlockName | 'columns') => only === null || only.has(b);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run build first`);

  const readmePath = join(root, 'README.md');
  let readme = readFileSync(readmePath, 'utf8');
  const s = stampNow();
  const work = mkdtempSync(join(tmpdir(), 'khabar-figures-'));
  try {
    const out = join(work, 'out');
    const corpusRun = () => {
      if (!existsSync(join(out, 'records.jsonl'))) {
        say('khabar extract corpus');
        node([cli, 'extract', 'corpus', '--out', out, '--no-cache'], 'khabar extract');
      }
      return join(out, 'records.jsonl');
    };
    const team = () =>
      JSON.parse(
        runEval({ gold: join(root, 'corpus', 'gold'), pred: corpusRun(), json: true }),
      ) as EvalReport;

    if (wanted('columns')) readme = withColumns(readme);
    if (wanted('eval-team'))
      readme = withBlock(
        readme,
        'eval-team',
        renderTeam(runEval({ gold: join(root, 'corpus', 'gold'), pred: corpusRun() }), s),
      );
    if (wanted('eval-real')) {
      if (existsSync(join(root, '..', 'shared', 'data', 'releases'))) {
        say('npm run eval:real');
        const real = JSON.parse(node([join(root, 'dist', 'scripts', 'eval-real.js'), '--json'], 'eval:real'));
        readme = withBlock(readme, 'eval-real', renderReal(team(), real as RealScores, s));
      } else say('eval-real kept as it was: no ../shared/data/releases');
    }
    if (wanted('screenshots')) {
      corpusRun();
      say('screenshots');
      const shot = spawnSync(
        process.execPath,
        [join(root, 'dist', 'scripts', 'screenshot-report.js'), out, '--to', join(root, 'docs')],
        { cwd: root, encoding: 'utf8' },
      );
      if (shot.status === 0) readme = withBlock(readme, 'screenshots', renderScreenshots(s));
      else say(`screenshots kept as they were: ${shot.stderr.trim().split('\n')[0]}`);
    }
    if (wanted('speed')) {
      const bench = join(root, '.bench', 'bench.md');
      if (existsSync(bench)) readme = withBlock(readme, 'speed', renderSpeed(readFileSync(bench, 'utf8'), s));
      else say('speed kept as it was: no .bench/bench.md (npm run bench > .bench/bench.md)');
    }
    if (wanted('tests')) {
      say('npm test (timed)');
      readme = withBlock(readme, 'tests', renderTests(timeTests(work), s));
    }
    writeFileSync(readmePath, readme);
    say(`README.md updated (${s.date}, ${s.commit})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
