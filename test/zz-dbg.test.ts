import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createPipeline, processDocument } from '/work/main/src/pipeline.js';
it('dbg', () => {
  const file = process.env.DOC ?? '/work/main/corpus/000_e90f60ff8dbf379b.txt';
  const text = readFileSync(file, 'utf8');
  const r = processDocument({ source: 'x', docId: 'x', sha256: '0'.repeat(64), text }, createPipeline());
  for (const e of r.entities) console.log(e.type, e.rule, JSON.stringify(e.text), e.canonicalId ?? '', e.name ?? '', e.organizationId ?? '', e.date ? JSON.stringify(e.date.jalali) : '');
  console.log(JSON.stringify(r.meetings.map(m=>({...m, evidence: undefined})), null, 1));
  console.log(r.warnings, r.publishedAt?.jalali);
});
