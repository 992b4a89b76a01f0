// Universities and organisations: gazetteer matches (longest first), branches of university
// systems, elliptic coordinations («دانشگاه‌های صنعتی شریف و امیرکبیر»), «این دانشگاه», and
// e-mail/URL domains.
import { key } from '../text/key.js';
import { isPunct, mentionOf, normalizedText, type RecognizerContext } from './context.js';
import { entryFields, type OrgEntry } from './lexicon.js';
import type { MatcherNode } from './matcher.js';
import type { Mention } from './types.js';
import { recognizeUnknownOrganizations } from './unknown-orgs.js';
import { worldAt } from './world.js';

const UNIVERSITY = key('دانشگاه');
const PLURAL_HEADS = new Set([key('دانشگاه‌های'), key('دانشگاه‌ها'), key('دانشگاههای')]);
const THIS = new Set([key('این'), key('همین')]);
const IN = key('در');
const ENTERED = key('وارد');
const MINISTER = key('وزیر');
const MINISTRY = key('وزارت');
const ITEM_SEPARATORS = new Set(['،', ',', 'و', '؛']);
/** Adjectives a coordinated list shares with its first item («دانشگاه‌های صنعتی شریف و امیرکبیر»). */
const SHARED_ADJECTIVES = [key('صنعتی'), key('علوم پزشکی'), key('آزاد اسلامی')];

function orgMention(
  ctx: RecognizerContext,
  tFirst: number,
  tEnd: number,
  entry: OrgEntry,
  rule: string,
): Mention {
  return mentionOf(ctx, tFirst, tEnd, { type: entry.type, rule, ...entryFields(entry) });
}

/** «دانشگاه آزاد اسلامی واحد علوم و تحقیقات»: the branch words and up to four name tokens. */
function branchEnd(
  ctx: RecognizerContext,
  entry: OrgEntry,
  at: number,
): { end: number; unit: string } | null {
  if (!entry.branchWords.length) return null;
  const word = ctx.keys[at];
  if (!word || !entry.branchWords.some((w) => key(w) === word)) return null;
  let end = at + 1;
  while (end < ctx.keys.length && end - at <= 4) {
    const tok = ctx.doc.tokens[end]!;
    if (isPunct(tok) || tok.sentence !== ctx.doc.tokens[at]!.sentence) break;
    const k = ctx.keys[end]!;
    if (ctx.lex.nameStops.has(k) && k !== key('و')) break;
    // «و» joins a branch name («علوم و تحقیقات») only between two name words.
    if (k === key('و') && (end + 1 >= ctx.keys.length || ctx.lex.nameStops.has(ctx.keys[end + 1]!))) break;
    if (k === key('و') && end === at + 1) break;
    end++;
  }
  if (ctx.keys[end - 1] === key('و')) end--;
  if (end === at + 1) return null;
  return { end, unit: normalizedText(ctx, at, end) };
}

function coordinatedItems(ctx: RecognizerContext, head: number, out: Mention[]): number {
  const lex = ctx.lex;
  const uni = lex.orgs.prefix(UNIVERSITY);
  if (!uni) return head + 1;
  let t = head + 1;
  let shared: MatcherNode<OrgEntry> | null = null;
  let found = 0;
  for (;;) {
    const withShared = shared ? lex.orgs.longestAt(ctx.keys, t, ctx.keys.length, shared) : null;
    const m = withShared ?? lex.orgs.longestAt(ctx.keys, t, ctx.keys.length, uni);
    if (!m) break;
    // «دانشگاه‌های صنعتی شریف، فردوسی مشهد و شیراز»: once an item stands without the shared
    // adjective, the adjective no longer carries to the items after it.
    if (shared && !withShared) shared = null;
    const entry = m.values[0]!;
    if (found === 0) {
      const adjective = SHARED_ADJECTIVES.find((a) => ctx.keys.slice(t, m.end).join('').startsWith(a));
      if (adjective) shared = lex.orgs.walk(adjective, uni);
    }
    out.push(orgMention(ctx, t, m.end, entry, 'org.coordinated'));
    found++;
    t = m.end;
    const sep = ctx.doc.tokens[t];
    if (!sep || !ITEM_SEPARATORS.has(sep.normalized)) break;
    t++;
    if (ctx.doc.tokens[t]?.normalized === 'و') t++;
  }
  return found ? t : head + 1;
}

const MAX_DOMAIN_LABELS = 6;

function domainOf(ctx: RecognizerContext, host: string): OrgEntry | undefined {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  // Known domains have a few labels; joining every suffix of a crafted «www.www.…» host would be
  // quadratic.
  for (let i = Math.max(0, parts.length - MAX_DOMAIN_LABELS); i + 1 < parts.length; i++) {
    const hit = ctx.lex.domains.get(parts.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

export function recognizeOrganizations(ctx: RecognizerContext): Mention[] {
  const known = recognizeKnownOrganizations(ctx);
  return [...known, ...recognizeUnknownOrganizations(ctx, known)];
}

function foreignAfter(ctx: RecognizerContext, entry: OrgEntry, at: number): boolean {
  return entry.country === 'IR' && !!ctx.lex.countries.longestAt(ctx.keys, at);
}

function recognizeKnownOrganizations(ctx: RecognizerContext): Mention[] {
  const out: Mention[] = [];
  const ministry = ctx.lex.orgs.prefix(MINISTRY);
  const { tokens } = ctx.doc;
  for (let t = 0; t < tokens.length; ) {
    const tok = tokens[t]!;
    if (tok.kind === 'email' || tok.kind === 'url') {
      const host =
        tok.kind === 'email'
          ? tok.text.slice(tok.text.indexOf('@') + 1)
          : tok.text.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]!;
      const entry = domainOf(ctx, host);
      if (entry) {
        const offset = tok.text.length - host.length;
        out.push({
          type: entry.type,
          rule: tok.kind === 'email' ? 'org.email-domain' : 'org.url-domain',
          ...entryFields(entry),
          tFirst: t,
          tEnd: t + 1,
          start: tok.kind === 'email' ? tok.start + offset : tok.start,
          end: tok.kind === 'email' ? tok.end : tok.end,
        });
      }
      t++;
      continue;
    }
    const k = ctx.keys[t]!;
    if (PLURAL_HEADS.has(k)) {
      t = coordinatedItems(ctx, t, out);
      continue;
    }
    // «وزیر علوم، تحقیقات و فناوری»: the words after «وزیر» name the ministry; the office keeps «وزیر».
    if (k === MINISTER) {
      const tail = ctx.lex.orgs.longestAt(ctx.keys, t + 1, ctx.keys.length, ministry ?? undefined);
      const entry = tail?.values[0];
      if (tail && entry && !foreignAfter(ctx, entry, tail.end)) {
        out.push(orgMention(ctx, t + 1, tail.end, entry, 'org.minister'));
        t = tail.end;
        continue;
      }
    }
    const found = ctx.lex.orgs.longestAt(ctx.keys, t);
    // «وزارت علوم عراق»: an Iranian name followed by a foreign country is that country's namesake.
    const m = found && !foreignAfter(ctx, found.values[0]!, found.end) ? found : null;
    const w = worldAt(ctx, ctx.lex.world, t);
    if (w && (!m || w.tEnd > m.end)) {
      out.push(orgMention(ctx, t, w.tEnd, w.entry, 'org.world'));
      t = w.tEnd;
      continue;
    }
    if (m) {
      const entry = m.values[0]!;
      const branch = branchEnd(ctx, entry, m.end);
      const mention = orgMention(
        ctx,
        t,
        branch?.end ?? m.end,
        entry,
        branch ? 'org.branch' : 'org.gazetteer',
      );
      if (branch) mention.unit = branch.unit;
      out.push(mention);
      t = mention.tEnd;
      continue;
    }
    t++;
  }
  return out;
}

/**
 * «این دانشگاه»: the university last named in this or the previous sentence («… با حضور در
 * دانشگاه صنعتی اصفهان با رئیس این دانشگاه دیدار کرد»), else the one the document is about.
 * Returned separately because it needs the other organisation mentions and the main organisation.
 */
export function recognizeThisOrganization(
  ctx: RecognizerContext,
  main: OrgEntry | null,
  orgs: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  // Only a university the story is «in» («در X», «وارد X»): a guest list before «این دانشگاه»
  // names visitors, not the place.
  const universities = orgs
    .filter(
      (o) =>
        o.type === 'university' &&
        o.canonicalId &&
        (ctx.keys[o.tFirst - 1] === IN || ctx.keys[o.tFirst - 1] === ENTERED),
    )
    .sort((a, b) => a.tFirst - b.tFirst);
  let last = -1;
  for (let t = 0; t + 1 < ctx.keys.length; t++) {
    while (last + 1 < universities.length && universities[last + 1]!.tEnd <= t) last++;
    if (!THIS.has(ctx.keys[t]!) || ctx.keys[t + 1] !== UNIVERSITY) continue;
    const sentence = ctx.doc.tokens[t]!.sentence;
    const previous = universities[last];
    const near = previous && sentence - ctx.doc.tokens[previous.tFirst]!.sentence <= 1 ? previous : undefined;
    const entry = near?.canonicalId
      ? ctx.lex.orgById.get(near.canonicalId)
      : main?.type === 'university'
        ? main
        : undefined;
    if (entry)
      out.push(orgMention(ctx, t, t + 2, entry, near ? 'org.this-university' : 'org.this-university-main'));
  }
  return out;
}
