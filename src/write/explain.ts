// `khabar extract --explain`: one JSON line per entity on stdout — which rule produced which span.
import type { DocumentRecord } from '../records/schema.js';

export interface ExplainLine {
  source: string;
  entityId: string;
  type: string;
  text: string;
  start: number;
  end: number;
  rule: string;
  canonicalId?: string;
  localId?: string;
  score?: number;
}

export function explainLines(record: Pick<DocumentRecord, 'source' | 'entities'>): string {
  let out = '';
  for (const e of record.entities) {
    const line: ExplainLine = {
      source: record.source,
      entityId: e.entityId,
      type: e.type,
      text: e.text,
      start: e.start,
      end: e.end,
      rule: e.rule,
      ...(e.canonicalId ? { canonicalId: e.canonicalId } : {}),
      ...(e.localId ? { localId: e.localId } : {}),
      ...(e.score !== undefined ? { score: e.score } : {}),
    };
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}
