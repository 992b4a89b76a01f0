// How an EvalReport reads: a plain-text table for people, JSON for machines.
import { keepLine, type Topic } from './explain.js';
import type { Accuracy, Prf } from './metrics.js';
import { ENTITY_DIMENSIONS, type EvalReport, MEETING_ACCURACIES, MEETING_SETS } from './score.js';

const ENTITY_LABEL: Record<(typeof ENTITY_DIMENSIONS)[number], string> = {
  organizations: 'universities + organisations',
  persons: 'persons',
  titles: 'titles (offices)',
  dates: 'dates (day/range)',
  contacts: 'contacts',
};

function num(x: number): string {
  return x.toFixed(3);
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join('  ')
    .trimEnd();
}

function prfRow(label: string, p: Prf): string[] {
  return [label, num(p.precision), num(p.recall), num(p.f1), String(p.tp), String(p.fp), String(p.fn)];
}

function accRow(label: string, a: Accuracy): string[] {
  return [label, a.total === 0 ? '–' : num(a.accuracy), `${a.correct}/${a.total}`];
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths)),
  ];
}

/** The report as text: scores, then one section per document that has anything to say. */
export function formatText(report: EvalReport): string {
  const d = report.documents;
  const lines: string[] = [];
  lines.push(
    `khabar eval: ${d.gold} gold document(s), ${d.predicted} with a prediction` +
      (d.missing.length ? `, ${d.missing.length} missing (scored as all missed)` : '') +
      (d.unscored.length ? `; ${d.unscored.length} predicted document(s) without gold not scored` : ''),
    '',
  );
  const prfHeader = ['dimension', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  lines.push(
    ...table(prfHeader, [
      ...ENTITY_DIMENSIONS.map((k) => prfRow(ENTITY_LABEL[k], report.entities[k])),
      prfRow('meeting detection', report.meetings.detection),
      ...MEETING_SETS.map((k) => prfRow(`meeting ${k}`, report.meetings[k])),
      prfRow('weekday-mismatch warning', report.weekdayMismatch),
    ]),
    '',
    ...table(
      ['accuracy on paired meetings', 'accuracy', 'correct'],
      [
        ...MEETING_ACCURACIES.map((k) => accRow(`meeting ${k}`, report.meetings[k])),
        accRow('publication date (per document)', report.publishedAt),
      ],
    ),
  );
  for (const doc of report.perDocument) {
    const items = [...doc.misses, ...doc.falseAlarms, ...doc.wrong];
    if (items.length === 0) continue;
    lines.push('', `## ${doc.docId}`);
    for (const s of items) lines.push(`- ${s}`);
  }
  if (d.unscored.length) lines.push('', `not scored (no gold): ${d.unscored.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Only the per-document lines (gold items missed, predicted items not in the gold, values that
 * differ), kept to the topics asked for; documents with nothing left are not shown.
 */
export function formatMisses(
  docs: readonly { docId: string; lines: readonly string[] }[],
  topics: ReadonlySet<Topic> | null,
): string {
  const out: string[] = [];
  let shown = 0;
  let total = 0;
  for (const d of docs) {
    const lines = d.lines.filter((l) => keepLine(l, topics));
    if (lines.length === 0) continue;
    shown++;
    total += lines.length;
    out.push(`## ${d.docId}`, ...lines.map((l) => `- ${l}`), '');
  }
  const what = topics ? [...topics].join(', ') : 'everything';
  out.push(`${total} line(s) in ${shown} of ${docs.length} document(s) (${what})`);
  return `${out.join('\n')}\n`;
}
