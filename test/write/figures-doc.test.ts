// The README's generated figures (scripts/docs-figures.ts) are in the shape the generator gives —
// numbers, dates and commit ids aside, which change with every run. A hand-edited table, a block
// pasted from an older format or a lost marker fails here; `npm run docs:figures` fixes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  type RealScores,
  readBlock,
  renderReal,
  renderScreenshots,
  renderSpeed,
  renderTeam,
  renderTests,
  type ScoreJson,
  shapeOf,
  withBlock,
} from '../../scripts/figures.js';
import { readGoldDir } from '../../src/cli/eval.js';
import { formatText } from '../../src/eval/format.js';
import { type EvalReport, scoreCorpus } from '../../src/eval/score.js';
import { ROOT } from '../io/helpers/build.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const stamp = { date: '2026-01-02', commit: 'abcdef1' };

describe('the README figures', () => {
  it('has every block exactly once, between its markers', () => {
    for (const name of BLOCKS) expect(() => readBlock(readme, name), name).not.toThrow();
    // withBlock round-trips: regenerating a block changes only that block.
    const again = withBlock(readme, 'tests', readBlock(readme, 'tests'));
    expect(again).toBe(readme);
  });

  it("team corpus: khabar eval's tables as printed", () => {
    // Scored with no predictions: every number differs, the shape does not.
    const report = scoreCorpus(readGoldDir(join(ROOT, 'corpus', 'gold')), []);
    expect(shapeOf(readBlock(readme, 'eval-team'))).toBe(shapeOf(renderTeam(formatText(report), stamp)));
  });

  it('real releases: the side-by-side F1 table', () => {
    const score = (n: number): ScoreJson => ({
      metrics: Object.fromEntries(
        ['universities', 'persons', 'dates', 'meetings', 'organizations', 'attendees', 'decisions'].map(
          (k) => [k, { f1: 0.5 }],
        ),
      ),
      meetingDateAccuracy: 0.5,
      publishedAtAccuracy: 0.5,
      documents: { gold: n },
      overall: 0.5,
    });
    const prf = { f1: 0.25 };
    const team = {
      entities: { organizations: prf, persons: prf, dates: prf },
      meetings: { detection: prf, organizations: prf, attendees: prf, decisions: prf, date: { accuracy: 1 } },
      publishedAt: { accuracy: 1 },
    } as unknown as EvalReport;
    const real: RealScores = { all: score(9), fa: score(8), en: score(1) };
    expect(shapeOf(readBlock(readme, 'eval-real'))).toBe(shapeOf(renderReal(team, real, stamp)));
  });

  it('test time, screenshots and speed', () => {
    const tests = renderTests(
      {
        wallS: 1,
        cpuS: 2,
        load: 3,
        cores: 2,
        files: 4,
        tests: 5,
        slowest: [
          ['test/a.test.ts', 1],
          ['test/b.test.ts', 2],
          ['test/c.test.ts', 3],
        ],
      },
      stamp,
    );
    const mask = (s: string) => shapeOf(s).replace(/`test\/[^`]+`/g, '<file>');
    expect(mask(readBlock(readme, 'tests'))).toBe(mask(tests));
    expect(shapeOf(readBlock(readme, 'screenshots'))).toBe(shapeOf(renderScreenshots(stamp)));
    for (const png of ['report-overview.png', 'report-document.png'])
      expect(
        readFileSync(join(ROOT, 'docs', png))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    // The bench's own Markdown, with the stamp line the generator adds; or not saved yet.
    const speed = readBlock(readme, 'speed');
    if (speed !== '(no bench saved yet)')
      expect(shapeOf(speed.slice(speed.lastIndexOf('\n(')))).toBe(shapeOf(renderSpeed('', stamp)));
  });
});
