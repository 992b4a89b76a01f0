// `khabar review stats`: how often khabar was right, per kind of item, from an editor's verdicts.
// precision = correct / judged (an item that needed a fix counts as not right); "found" counts a
// fixed item as right (khabar found it, a field was off). Missed items are the editor's additions.
// With the output folder, only verdicts on documents unchanged since they were given count, and the
// share of items judged is shown beside.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DocumentRecordSchema } from '../records/schema.js';
import { OUTPUT_FILES } from '../write/output.js';
import { latestVerdicts, missedKind, type Verdict } from './verdict.js';

export const STAT_KINDS = ['meeting', 'attendee', 'decision', 'entity'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export interface KindStats {
  kind: StatKind;
  correct: number;
  fixed: number;
  wrong: number;
  missed: number;
  judged: number;
  /** correct / judged; null when nothing was judged. */
  precision: number | null;
  /** (correct + fixed) / judged. */
  found: number | null;
  /** Items of this kind in the output (only with the output folder). */
  total: number | null;
}

export interface ReviewStats {
  verdicts: number;
  documents: number;
  kinds: KindStats[];
  /** Verdicts left out: their document changed or is not in the output. */
  stale: number;
}

function missedAs(v: Verdict): StatKind {
  const k = missedKind(v.id);
  return k === 'missed-attendee' ? 'attendee' : k === 'missed-decision' ? 'decision' : 'entity';
}

/** sha256 and item counts of every document in the output folder. */
async function outputIndex(outDir: string) {
  const path = join(outDir, OUTPUT_FILES.records);
  if (!existsSync(path)) throw new Error(`${path} not found: is ${outDir} a khabar output folder?`);
  const sha = new Map<string, string>();
  const totals: Record<StatKind, number> = { meeting: 0, attendee: 0, decision: 0, entity: 0 };
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    const r = DocumentRecordSchema.parse(JSON.parse(raw.replace(/^\uFEFF/, '')));
    sha.set(r.docId, r.sha256);
    totals.meeting += r.meetings.length;
    for (const m of r.meetings) {
      totals.attendee += m.attendees.length;
      totals.decision += m.decisions.length;
    }
    totals.entity += r.entities.length;
  }
  return { sha, totals };
}

export async function reviewStats(verdicts: readonly Verdict[], outDir?: string): Promise<ReviewStats> {
  const index = outDir ? await outputIndex(outDir) : null;
  const latest = latestVerdicts(verdicts);
  const counted = index ? latest.filter((v) => index.sha.get(v.docId) === v.sha256) : latest;
  const kinds = STAT_KINDS.map((kind): KindStats => {
    const own = counted.filter((v) => v.target === kind);
    const correct = own.filter((v) => v.verdict === 'correct').length;
    const fixed = own.filter((v) => v.verdict === 'fixed').length;
    const wrong = own.filter((v) => v.verdict === 'wrong').length;
    const judged = correct + fixed + wrong;
    return {
      kind,
      correct,
      fixed,
      wrong,
      missed: counted.filter((v) => v.target === 'missed' && missedAs(v) === kind).length,
      judged,
      precision: judged ? correct / judged : null,
      found: judged ? (correct + fixed) / judged : null,
      total: index ? index.totals[kind] : null,
    };
  });
  return {
    verdicts: counted.length,
    documents: new Set(counted.map((v) => v.docId)).size,
    kinds,
    stale: latest.length - counted.length,
  };
}

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

/** The table `khabar review stats` prints. */
export function formatStats(s: ReviewStats): string {
  const head = ['kind', 'judged', 'correct', 'fixed', 'wrong', 'precision', 'found', 'missed', 'of items'];
  const rows = s.kinds.map((k) => [
    k.kind,
    String(k.judged),
    String(k.correct),
    String(k.fixed),
    String(k.wrong),
    pct(k.precision),
    pct(k.found),
    String(k.missed),
    k.total === null ? '—' : `${k.judged}/${k.total}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const out = [line(head), ...rows.map(line)];
  out.push('');
  out.push(`${s.verdicts} verdicts on ${s.documents} documents`);
  if (s.stale) out.push(`${s.stale} verdicts left out: their document changed or is not in the output`);
  out.push(
    'precision = correct / judged; found = (correct + fixed) / judged; missed = items the editor added',
  );
  return `${out.join('\n')}\n`;
}
