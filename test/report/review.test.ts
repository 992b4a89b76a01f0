// Verdicts as data: the contract's validation (file, line, field), their application to records
// (wrong removed, fixes applied, missed added, stale ones reported), `review apply` on an output
// folder (reviewed/ written, the run's files untouched) and `review stats`.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { register } from '../../src/cli/review.js';
import { applyReview } from '../../src/review/apply.js';
import { mergeVerdicts } from '../../src/review/merge.js';
import { formatStats, reviewStats } from '../../src/review/stats.js';
import { parseVerdicts, type Verdict, VerdictFileError, VerdictSchema } from '../../src/review/verdict.js';
import { readCsv } from '../io/helpers/csv.js';
import { buildFixture, writeFixture } from './fixture.js';

const fixture = buildFixture();
const seed = fixture.records[0]!;
const text = fixture.texts.get(seed.source)!;
const AT = '2026-12-04T10:00:00.000Z';

function v(over: Partial<Verdict> & Pick<Verdict, 'target' | 'id' | 'verdict'>): Verdict {
  return VerdictSchema.parse({ docId: seed.docId, sha256: seed.sha256, at: AT, ...over });
}
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'khabar-review-'));
  dirs.push(d);
  return d;
}
/** Rows of a CSV as objects by column name: the tests never depend on column order. */
function csv(path: string): Record<string, string>[] {
  const [head, ...rows] = readCsv(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(r.map((c, i) => [head![i], c])));
}
const missedName = 'دکتر ذاکری';
const missedSpan = { start: text.indexOf(missedName), end: text.indexOf(missedName) + missedName.length };
const verdicts: Verdict[] = [
  v({
    target: 'meeting',
    id: 'm1',
    verdict: 'correct',
    start: seed.meetings[0]!.evidence[0]!.start,
    end: seed.meetings[0]!.evidence[0]!.end,
  }),
  v({ target: 'attendee', id: 'm1/a1', verdict: 'wrong' }),
  v({ target: 'decision', id: 'm1/d1', verdict: 'fixed', fix: { kind: 'agreement', date: '1397-12-10' } }),
  v({ target: 'entity', id: 'e1', verdict: 'fixed', fix: { organization: 'sharif.edu' } }),
  v({ target: 'entity', id: 'e2', verdict: 'wrong' }),
  v({
    target: 'missed',
    id: 'm1/a',
    verdict: 'fixed',
    fix: { title: 'رئیس' },
    text: missedName,
    ...missedSpan,
  }),
];

describe('the verdict format', () => {
  it('reads JSON Lines and names file, line and field of every bad line', () => {
    const good = JSON.stringify(verdicts[0]);
    const lines = [
      good,
      '',
      '{not json',
      JSON.stringify({ ...verdicts[0], verdict: 'maybe' }),
      JSON.stringify({ ...verdicts[0], id: 'a1' }),
      JSON.stringify({ ...verdicts[0], verdict: 'fixed' }),
      JSON.stringify({ ...verdicts[5], start: undefined, end: undefined, text: undefined }),
      JSON.stringify({ ...verdicts[2], fix: { kind: 'party' } }),
      JSON.stringify({ ...verdicts[2], fix: { date: '2019-03-01' } }),
      JSON.stringify({ ...verdicts[0], sha256: 'abc', extra: 1 }),
    ].join('\n');
    let err: VerdictFileError | undefined;
    try {
      parseVerdicts(lines, 'v.jsonl');
    } catch (e) {
      err = e as VerdictFileError;
    }
    expect(err).toBeInstanceOf(VerdictFileError);
    const at = (line: number) => err!.issues.filter((i) => i.line === line).map((i) => i.field);
    expect(at(1)).toEqual([]);
    expect(at(3)).toEqual(['(line)']);
    expect(at(4)).toEqual(['verdict']);
    expect(at(5)).toEqual(['id']);
    expect(at(6)).toEqual(['fix']);
    expect(at(7)).toEqual(['start']);
    expect(at(8)).toEqual(['fix']);
    expect(at(9)).toEqual(['fix.date']);
    expect(at(10).sort()).toEqual(['(verdict)', 'sha256']);
    expect(err!.message).toContain('v.jsonl, line 4, field verdict:');
    expect(parseVerdicts(`\uFEFF${good}\r\n`, 'ok.jsonl')).toEqual([verdicts[0]]);
  });
});

describe('mergeVerdicts', () => {
  it('removes wrong items, applies fixes, adds missed items and marks every item', () => {
    const { record, applied, unapplied, removed } = mergeVerdicts(seed, verdicts);
    expect(unapplied).toEqual([]);
    expect(applied).toHaveLength(verdicts.length);
    expect(removed).toBe(2);
    const m = record.meetings[0]!;
    expect(m.review).toBe('correct');
    expect(m.attendees.map((a) => [a.attendeeId, a.name, a.title, a.review])).toEqual([
      ['a2', missedName, 'رئیس', 'added'],
    ]);
    expect(m.attendees[0]!.mentions).toEqual([missedSpan]);
    const d = m.decisions[0]!;
    expect([d.kind, d.review, d.date?.jalali.from, d.date?.gregorian.from, d.date?.text]).toEqual([
      'agreement',
      'fixed',
      '1397-12-10',
      '2019-03-01',
      'نیمه اول اسفند ماه',
    ]);
    expect(record.entities.find((e) => e.entityId === 'e1')).toMatchObject({
      canonicalId: 'sharif.edu',
      review: 'fixed',
    });
    expect(record.entities.some((e) => e.entityId === 'e2')).toBe(false);
    expect(record.entities.find((e) => e.entityId === 'e3')!.review).toBe('unreviewed');
    // The input record is not touched.
    expect(seed.meetings[0]!.attendees).toHaveLength(1);
  });

  it('reports, never applies, verdicts on a changed document, a moved item or inside a wrong meeting', () => {
    const changed = { ...verdicts[1]!, sha256: 'f'.repeat(64) };
    const moved = v({ target: 'attendee', id: 'm1/a1', verdict: 'correct', start: 0, end: 3 });
    const gone = v({ target: 'decision', id: 'm1/d9', verdict: 'correct' });
    expect(mergeVerdicts(seed, [changed, gone]).unapplied.map((u) => u.reason)).toEqual([
      'document-changed',
      'item-not-found',
    ]);
    const r = mergeVerdicts(seed, [moved]);
    expect(r.unapplied.map((u) => u.reason)).toEqual(['item-moved']);
    expect(r.record.meetings[0]!.attendees[0]!.review).toBe('unreviewed');
    const inside = mergeVerdicts(seed, [
      v({ target: 'meeting', id: 'm1', verdict: 'wrong' }),
      v({ target: 'decision', id: 'm1/d1', verdict: 'correct' }),
      verdicts[5]!,
    ]);
    expect(inside.record.meetings).toEqual([]);
    expect(inside.unapplied.map((u) => u.reason).sort()).toEqual(['meeting-removed', 'meeting-removed']);
  });
});

describe('review apply and stats on an output folder', () => {
  it('writes reviewed/ with a review column and leaves the run’s files as they were', async () => {
    const dir = tmp();
    writeFixture(dir, fixture);
    writeFileSync(join(dir, 'attendees.csv'), 'the run’s own table\r\n');
    const before = new Map(
      readdirSync(dir).map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
    );
    const stale = { ...verdicts[0]!, docId: 'gone/doc' };
    const s = await applyReview(dir, [...verdicts, stale]);
    expect(s).toMatchObject({ documents: 4, reviewedDocuments: 1, applied: 6, removed: 2 });
    expect(s.unapplied).toEqual([{ reason: 'document-not-found', count: 1 }]);
    for (const [f, h] of before)
      expect(
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
        f,
      ).toBe(h);
    const out = join(dir, 'reviewed');
    expect(readdirSync(out).sort()).toEqual(
      [
        'attendees.csv',
        'decisions.csv',
        'document_flags.csv',
        'documents.csv',
        'entities.csv',
        'meetings.csv',
        'records.jsonl',
        'review.json',
        'unapplied.jsonl',
      ].sort(),
    );
    const attendees = csv(join(out, 'attendees.csv')).filter((r) => r.doc_id === seed.docId);
    expect(attendees.map((r) => [r.attendee_id, r.person_name, r.review])).toEqual([
      ['a2', missedName, 'added'],
    ]);
    const decisions = csv(join(out, 'decisions.csv'));
    expect(decisions.find((r) => r.doc_id === seed.docId)).toMatchObject({
      decision_kind: 'agreement',
      review: 'fixed',
    });
    const meetings = csv(join(out, 'meetings.csv'));
    expect(meetings.map((r) => r.review)).toEqual(['correct', 'unreviewed', 'unreviewed', 'unreviewed']);
    const entities = csv(join(out, 'entities.csv')).filter((r) => r.doc_id === seed.docId);
    expect(entities.map((r) => r.review)).toEqual(['fixed', 'unreviewed', 'unreviewed', 'unreviewed']);
    expect(readFileSync(join(out, 'unapplied.jsonl'), 'utf8')).toContain('"reason":"document-not-found"');
    const first = readFileSync(join(out, 'records.jsonl'), 'utf8');
    await applyReview(dir, [...verdicts, stale]);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe(first);
  });

  it('prints precision per kind, counting only verdicts on unchanged documents', async () => {
    const dir = tmp();
    writeFixture(dir, fixture);
    const s = await reviewStats(
      [...verdicts, { ...verdicts[0]!, docId: 'en/sharif-visit', sha256: 'f'.repeat(64) }],
      dir,
    );
    const by = Object.fromEntries(s.kinds.map((k) => [k.kind, k]));
    expect(by.meeting).toMatchObject({ judged: 1, correct: 1, precision: 1, total: 4 });
    expect(by.attendee).toMatchObject({ judged: 1, wrong: 1, precision: 0, missed: 1 });
    expect(by.entity).toMatchObject({ judged: 2, fixed: 1, wrong: 1, precision: 0, found: 0.5 });
    expect(s.stale).toBe(1);
    expect(formatStats(s)).toMatch(/meeting\s+1\s+1\s+0\s+0\s+100\.0%/);
  });

  it('runs as `khabar review apply|stats`, and a bad verdicts file exits 1 naming the line', async () => {
    const dir = tmp();
    writeFixture(dir, fixture);
    const file = join(dir, 'verdicts.jsonl');
    writeFileSync(file, verdicts.map((x) => `${JSON.stringify(x)}\n`).join(''));
    const out: string[] = [];
    const err: string[] = [];
    const so = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    const se = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err.push(String(s));
      return true;
    });
    const run = async (...args: string[]) => {
      const program = new Command().exitOverride();
      register(program);
      await program.parseAsync(['node', 'khabar', ...args]);
    };
    try {
      await run('review', 'apply', '--out', dir, '--verdicts', file);
      expect(err.join('')).toContain('6 verdicts applied on 1 of 4 documents');
      await run('review', 'stats', '--out', dir, '--verdicts', file);
      expect(out.join('')).toMatch(/^kind\s+judged/);
      writeFileSync(file, `${JSON.stringify(verdicts[0])}\n{"docId":"x"}\n`);
      await run('review', 'stats', '--verdicts', file);
      expect(process.exitCode).toBe(1);
      expect(err.join('')).toContain(`${file}, line 2, field sha256`);
    } finally {
      so.mockRestore();
      se.mockRestore();
      process.exitCode = 0;
    }
  });
});
