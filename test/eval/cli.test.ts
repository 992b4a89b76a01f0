import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError, readGoldDir, readRecords, runEval } from '../../src/cli/eval.js';
import { NO_MEETING, predictionFrom, SEED } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'khabar-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(name: string, gold: Record<string, unknown>, records: unknown[]) {
  const goldDir = join(dir, name, 'gold');
  const pred = join(dir, name, 'records.jsonl');
  mkdirSync(goldDir, { recursive: true });
  for (const [f, g] of Object.entries(gold)) writeFileSync(join(goldDir, f), JSON.stringify(g));
  writeFileSync(pred, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return { goldDir, pred };
}

describe('khabar eval inputs', () => {
  it('scores a folder of gold files against records.jsonl', () => {
    const { goldDir, pred } = setup('ok', { 'seed.json': SEED, 'appointment.json': NO_MEETING }, [
      predictionFrom(SEED),
      predictionFrom(NO_MEETING),
    ]);
    expect(readGoldDir(goldDir).map((g) => g.docId)).toEqual(['appointment', 'seed']);
    expect(readRecords(pred)).toHaveLength(2);
    const report = JSON.parse(runEval({ gold: goldDir, pred, json: true }));
    expect(report.meetings.detection.f1).toBe(1);
    expect(runEval({ gold: goldDir, pred, doc: 'seed' })).toContain('1 gold document(s)');
  });

  it('names the gold file that does not validate', () => {
    const { goldDir, pred } = setup(
      'bad-gold',
      { 'broken.json': { ...SEED, meetings: [{ kind: 'party' }] } },
      [],
    );
    expect(() => runEval({ gold: goldDir, pred })).toThrow(/broken\.json: not a valid gold record/);
  });

  it('names the line of records.jsonl that does not validate', () => {
    const { goldDir, pred } = setup('bad-pred', { 'seed.json': SEED }, [
      predictionFrom(SEED),
      { docId: 'x' },
    ]);
    expect(() => runEval({ gold: goldDir, pred })).toThrow(/records\.jsonl:2: not a valid DocumentRecord/);
  });

  it('treats a missing folder or an unknown --doc as a usage error', () => {
    const { goldDir, pred } = setup('usage', { 'seed.json': SEED }, [predictionFrom(SEED)]);
    const usage = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof EvalInputError && e.usage;
      }
      return false;
    };
    expect(usage(() => runEval({ gold: join(dir, 'nowhere'), pred }))).toBe(true);
    expect(usage(() => runEval({ gold: goldDir, pred, doc: 'nope' }))).toBe(true);
  });
});
