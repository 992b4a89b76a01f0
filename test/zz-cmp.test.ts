import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { it } from 'vitest';
import { createPipeline, processDocument } from '/work/main/src/pipeline.js';
it('cmp', () => {
  const p = createPipeline();
  const only = process.env.ONLY;
  for (const f of readdirSync('/work/main/corpus').filter((f) => f.endsWith('.txt')).sort()) {
    if (only && !f.startsWith(only)) continue;
    const id = f.replace(/\.txt$/, '');
    const gp = `/work/main/corpus/gold/${id}.json`;
    if (!existsSync(gp)) continue;
    const gold = JSON.parse(readFileSync(gp, 'utf8'));
    const text = readFileSync(`/work/main/corpus/${f}`, 'utf8');
    const r = processDocument({ source: f, docId: id, sha256: '0'.repeat(64), text }, p);
    const fmt = (m: any) => `${m.kind} | ${m.title} | ${m.date?.jalali?.from}..${m.date?.jalali?.to} | loc=${m.location?.organizationId}:${m.location?.text} | org=${m.organizer?.organizationId}/${m.organizer?.unit} | ${m.organizations.join(',')}\n      att: ${m.attendees.map((a: any) => `${a.name ?? '-'}/${a.title}@${a.organizationId}`).join('; ')}\n      dec: ${m.decisions.map((d: any) => `${d.kind}:${d.date?.jalali?.from ?? ''}@${d.location?.organizationId ?? ''}:${d.text.slice(0, 50)}`).join(' || ')}`;
    console.log(`=== ${id}`);
    for (const m of gold.meetings) console.log('  G ' + fmt(m));
    for (const m of r.meetings) console.log('  P ' + fmt(m));
    const gp2 = new Set(gold.entities.filter((e: any) => e.type === 'person').map((e: any) => e.name));
    const pp = new Set(r.entities.filter((e: any) => e.type === 'person').map((e: any) => e.name));
    console.log('  persons G:', [...gp2].join(', '), ' P:', [...pp].join(', '));
  }
});
