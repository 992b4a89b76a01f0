// The organisation a document is about: the one the other offices and a bare «دانشگاه» default to.
import type { RecognizerContext } from '../recognize/context.js';
import type { OrgEntry } from '../recognize/lexicon.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import { startsAt } from './belonging.js';

const REPORT = [key('به'), key('گزارش')] as const;

/** The organisation the document is about: its press office, its e-mail domain, else its most named university. */
export function mainOrganization(ctx: RecognizerContext, orgs: readonly Mention[]): OrgEntry | null {
  const byToken = startsAt(orgs);
  const entry = (m: Mention | undefined) =>
    m?.canonicalId ? (ctx.lex.orgById.get(m.canonicalId) ?? null) : null;
  // «به گزارش روابط عمومی / پایگاه اطلاع‌رسانی / دفتر همکاری‌های بین‌المللی دانشگاه X، …»: the
  // office that wrote the release names its organisation before the first comma.
  for (let t = 0; t + 1 < ctx.keys.length; t++) {
    if (ctx.keys[t] !== REPORT[0] || ctx.keys[t + 1] !== REPORT[1]) continue;
    for (let u = t + 2; u < Math.min(ctx.keys.length, t + 10); u++) {
      if (ctx.doc.tokens[u]!.kind === 'punct') break;
      const hit = entry(byToken.get(u));
      if (hit) return hit;
    }
  }
  const domain = orgs.find((m) => m.rule === 'org.email-domain' || m.rule === 'org.url-domain');
  if (domain && entry(domain)) return entry(domain);
  // A Persian release is written by its Iranian side: «تفاهم‌نامه میان دانشگاه X و دانشگاه Y
  // (سلیمانیه)», «بازدید هیئت دانشگاه Z (کربلا) از دانشکده …» — the guest is often named as often as
  // the host (or more: it is introduced, then quoted), so a foreign university counts only when
  // no Iranian one is named.
  const iranian = (m: Mention) => entry(m)?.country === 'IR';
  const home = orgs.some((m) => m.type === 'university' && iranian(m));
  // A story no university is named in is an institute's, an academy's or a ministry's own
  // («پژوهشگاه پلیمر …», «فرهنگستان …»): its most named Iranian organisation.
  const kind = orgs.some((m) => m.type === 'university' && m.canonicalId) ? 'university' : 'organization';
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of orgs) {
    if (m.type !== kind || !m.canonicalId) continue;
    if ((kind === 'organization' || home) && !iranian(m)) continue;
    const c = counts.get(m.canonicalId) ?? { n: 0, first: m.start };
    c.n++;
    counts.set(m.canonicalId, c);
  }
  let best: [string, { n: number; first: number }] | null = null;
  for (const c of counts)
    if (!best || c[1].n > best[1].n || (c[1].n === best[1].n && c[1].first < best[1].first)) best = c;
  return best ? (ctx.lex.orgById.get(best[0]) ?? null) : null;
}
