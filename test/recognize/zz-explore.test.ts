import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createPipeline, processDocument } from '../../src/pipeline.js';
const p = createPipeline();
it('explore', () => {
  const texts = readFileSync('/tmp/ex.txt', 'utf8').split('\n---\n');
  for (const text of texts) {
    const r = processDocument({ source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text }, p);
    console.log('=====', text.slice(0, 100));
    for (const e of r.entities) console.log('  E', e.type, JSON.stringify(e.text), e.rule, e.canonicalId ?? '', e.name ?? '', e.organizationId ?? '', e.unit ?? '', e.honorific ?? '', e.date ? e.date.jalali.from + '..' + e.date.jalali.to : '');
    for (const m of r.meetings) {
      console.log('  M', m.kind, JSON.stringify(m.title), m.date?.jalali.from, m.date?.jalali.to, 'loc=', JSON.stringify(m.location?.text), m.location?.organizationId, 'org=', JSON.stringify(m.organizer), m.organizations.join(','));
      for (const a of m.attendees) console.log('    A', a.name, a.honorific, a.title, a.organizationId, a.mentions.map((s) => text.slice(s.start, s.end)).join('|'));
      for (const d of m.decisions) console.log('    D', d.kind, JSON.stringify(d.text), d.date?.jalali.from, d.date?.jalali.to, d.date?.yearInferred, JSON.stringify(d.location));
    }
    console.log('  W', r.warnings.join(','));
  }
});
