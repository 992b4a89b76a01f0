// English linking: who holds which office of which organisation, and which mentions are one
// person. English puts the office after the name («Prof. Mohammad Kafi, President of FUM») or
// before it («Iranian Minister of Health … Seyyed Hasan Ghazizadeh Hashemi», «the Ambassador of
// Tajikistan, Dr. Zahedi»); the organisation follows the office («of FUM») or precedes it («ATU's
// Director»). The result has the shared Linked shape the record builder reads.
import { type Linked, newPerson, type Office, type Person } from '../../extract/link.js';
import type { OrgEntry } from '../../recognize/lexicon.js';
import type { Mention } from '../../recognize/types.js';
import type { EnContext } from '../context.js';
import { isCapitalized, phraseKey } from '../keys.js';

const OF = new Set(['of', 'at', 'in', 'from']);
const MINISTERS = new Set(['minister', 'deputy-minister', 'deputy-minister-international']);
const MINISTRY_OF = phraseKey('Ministry of');
const DELEGATION_REACH = 8;
/** Adjectives between a name and its office («Dr. X, the esteemed Ambassador»). */
const SKIPPABLE = new Set([
  'the',
  'esteemed',
  'respected',
  'honorable',
  'honourable',
  'new',
  'current',
  'former',
]);

interface Ctx {
  c: EnContext;
  orgAt: Map<number, Mention>;
  orgEndingAt: Map<number, Mention>;
}

/** The organisation an office belongs to, by the words around it. */
function officeOrg(x: Ctx, title: Mention, orgs: readonly Mention[]): { id: string; rule: string } | null {
  const { c } = x;
  let at = title.tEnd;
  if (OF.has(c.keys[at] ?? '')) at++;
  if (c.keys[at] === 'the') at++;
  const after = x.orgAt.get(at);
  if (after?.canonicalId && at - title.tEnd <= 2)
    return { id: after.canonicalId, rule: 'en.org.after-office' };
  const before = x.orgEndingAt.get(title.tFirst) ?? x.orgEndingAt.get(title.tFirst - 1);
  if (before?.canonicalId) return { id: before.canonicalId, rule: 'en.org.before-office' };
  if (title.titleId && MINISTERS.has(title.titleId)) {
    // «Minister of Health and Medical Education» → the Ministry of Health and Medical Education.
    const base = c.en.titles.longestAt(c.keys, title.tFirst);
    const node = c.en.orgs.prefix(MINISTRY_OF);
    if (base && c.keys[base.end] === 'of' && node) {
      const m = c.en.orgs.longestAt(c.keys, base.end + 1, c.keys.length, node);
      const id = m?.values[0]?.id;
      if (id) return { id, rule: 'en.org.ministry-of' };
    }
    const ministries = new Set(
      orgs.filter((o) => o.canonicalId && /^ministry\b/i.test(o.name ?? '')).map((o) => o.canonicalId!),
    );
    if (ministries.size === 1) return { id: [...ministries][0]!, rule: 'en.org.the-ministry' };
  }
  return null;
}

/** Tokens [a, b) hold only what may stand between an office and a name: «,», honorifics, «the». */
function gapOk(c: EnContext, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const tok = c.doc.tokens[t]!;
    if (tok.text === ',' || tok.text === '.' || SKIPPABLE.has(c.keys[t]!)) continue;
    const h = c.en.honorifics.longestAt(c.keys, t);
    if (h && h.end <= b) {
      t = h.end - 1;
      continue;
    }
    // «the Italian Ambassador», «Iraqi Cultural Adviser»: a nationality before the office.
    if (b - t <= 2 && isCapitalized(tok.text) && tok.kind === 'word') continue;
    // «Ambassador to Tehran Levan Dzhagaryan».
    if ((c.keys[t] === 'to' || c.keys[t] === 'in') && t + 2 === b && isCapitalized(c.doc.tokens[t + 1]?.text))
      return true;
    return false;
  }
  return b - a <= 4;
}

function officeOf(
  c: EnContext,
  p: Mention,
  titles: readonly Mention[],
): { title: Mention; rule: string } | null {
  const sentence = c.doc.tokens[p.tFirst]!.sentence;
  const same = titles.filter((t) => c.doc.tokens[t.tFirst]!.sentence === sentence);
  const after = same.find(
    (t) => t.tFirst >= p.tEnd && gapOk(c, p.tEnd, t.tFirst) && c.keys[p.tEnd] !== 'and',
  );
  if (after && (after.tFirst === p.tEnd || c.doc.tokens[p.tEnd]!.text === ',' || c.keys[p.tEnd] === 'the'))
    return { title: after, rule: 'en.title.after-name' };
  const before = [...same].reverse().find((t) => t.tEnd <= p.tFirst && gapOk(c, t.tEnd, p.tFirst));
  return before ? { title: before, rule: 'en.title.before-name' } : null;
}

function tokensOf(name: string): string[] {
  return name.split(/\s+/).map(phraseKey).filter(Boolean);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** «Kafi» of «Mohammad Kafi», «Amjad» of «Amjad Hamid Al-Muzaffar», «Lazlo Roo» of «Laszlo Rovo». */
function samePerson(short: string[], full: string[]): boolean {
  if (short.length > full.length) return false;
  const eq = (a: string[], b: string[]) => a.every((w, i) => w === b[i]);
  if (eq(short, full.slice(full.length - short.length)) || eq(short, full.slice(0, short.length)))
    return true;
  return (
    short.length === full.length &&
    short.length >= 2 &&
    short.every((w, i) => w[0] === full[i]![0] && editDistance(w, full[i]!) <= 2)
  );
}

/** The document's own organisation: its most named Iranian university, else its most named one. */
export function mainOrg(c: EnContext, orgs: readonly Mention[]): OrgEntry | null {
  const count = new Map<string, number>();
  for (const o of orgs) if (o.canonicalId) count.set(o.canonicalId, (count.get(o.canonicalId) ?? 0) + 1);
  const entries = [...count.keys()]
    .map((id) => c.en.triggers.orgById.get(id))
    .filter((e): e is OrgEntry => !!e);
  const rank = (e: OrgEntry) => (e.type === 'university' ? 2 : 0) + (e.country === 'IR' ? 1 : 0);
  entries.sort((a, b) => rank(b) - rank(a) || count.get(b.id!)! - count.get(a.id!)!);
  return entries[0] ?? null;
}

/** «a delegation from SISU led by A and comprised of B, C … paid a visit»: A, B, C are of SISU. */
function delegations(c: EnContext, orgAt: Map<number, Mention>): { from: number; to: number; org: string }[] {
  const out: { from: number; to: number; org: string }[] = [];
  for (const g of c.en.groupWords.findAll(c.keys)) {
    let at = g.end;
    if (!OF.has(c.keys[at] ?? '')) continue;
    at++;
    // «a delegation from Shanghai International Studies Univesity (SISU) led by …»: the first
    // organisation named within a few words, the misspelt name's acronym included.
    let org: Mention | undefined;
    for (let t = at; t < at + DELEGATION_REACH && !org; t++) {
      if (c.doc.tokens[t]?.sentence !== c.doc.tokens[g.first]!.sentence) break;
      org = orgAt.get(t);
    }
    if (!org?.canonicalId) continue;
    const sentence = c.doc.tokens[g.first]!;
    const facts = c.en.triggers.happened;
    let to = org.tEnd;
    while (
      to < c.keys.length &&
      c.doc.tokens[to]!.sentence === sentence.sentence &&
      !facts.longestAt(c.keys, to)
    )
      to++;
    out.push({ from: org.tEnd, to, org: org.canonicalId });
  }
  return out;
}

export function linkEnglish(
  c: EnContext,
  orgs: readonly Mention[],
  titles: readonly Mention[],
  personMentions: readonly Mention[],
  main: OrgEntry | null,
): Linked {
  const x: Ctx = {
    c,
    orgAt: new Map(orgs.map((o) => [o.tFirst, o])),
    orgEndingAt: new Map(orgs.map((o) => [o.tEnd, o])),
  };
  const groups = delegations(c, x.orgAt);
  // Clusters: full names first, then the short forms that refer to them.
  const persons: Person[] = [];
  const personOf = new Map<number, number>();
  const keysOf: string[][] = [];
  const ordered = [...personMentions].sort(
    (a, b) => tokensOf(b.name ?? '').length - tokensOf(a.name ?? '').length || a.start - b.start,
  );
  const officeByPerson = new Map<number, { title: Mention; rule: string }>();
  const heldBy = new Map<Mention, number>();
  for (const m of ordered) {
    const words = tokensOf(m.name ?? '');
    const candidates = keysOf.flatMap((full, i) => (samePerson(words, full) ? [i] : []));
    let idx = candidates.length === 1 ? candidates[0]! : -1;
    if (idx < 0) {
      idx = persons.length;
      keysOf.push(words);
      persons.push(newPerson(m));
    }
    const p = persons[idx]!;
    p.mentions.push(m);
    if (!p.honorific && m.honorific) p.honorific = m.honorific;
    personOf.set(m.start, idx);
    const office = officeOf(c, m, titles);
    if (office && !officeByPerson.has(idx)) officeByPerson.set(idx, office);
    // Every office a mention of the person holds is theirs («Dr. Lazlo Roo, Rector of …» again).
    if (office) heldBy.set(office.title, idx);
  }
  const offices: Office[] = [];

  for (const title of titles) {
    const idx = heldBy.get(title);
    let ids: string[] = [];
    let orgRule: string | null = null;
    if (title.plural) {
      const sentence = c.doc.tokens[title.tFirst]!.sentence;
      ids = orgs
        .filter(
          (o) => o.tFirst >= title.tEnd && c.doc.tokens[o.tFirst]!.sentence === sentence && o.canonicalId,
        )
        .map((o) => o.canonicalId!);
      ids = [...new Set(ids)];
      if (ids.length) orgRule = 'en.org.list';
    } else {
      const org = officeOrg(x, title, orgs);
      if (org) {
        ids = [org.id];
        orgRule = org.rule;
      }
    }
    offices.push({
      mention: title,
      title: title.name ?? '',
      plural: !!title.plural,
      kind: title.titleKind ?? 'office',
      organizationIds: ids,
      orgMentions: [],
      unit: null,
      person: idx ?? null,
      end: title.tEnd,
      orgRule,
    });
  }
  persons.forEach((p, idx) => {
    p.mentions.sort((a, b) => a.start - b.start);
    const office = offices.find((o) => o.person === idx);
    p.title = office?.title ?? null;
    p.titleRule = officeByPerson.get(idx)?.rule ?? null;
    const explicit = office?.organizationIds[0] ?? null;
    const first = p.mentions[0]!;
    const group = groups.find((g) => first.tFirst >= g.from && first.tFirst < g.to);
    const outsider = office && (office.kind === 'diplomatic' || office.kind === 'government');
    if (explicit) {
      p.organizationId = explicit;
      p.orgRule = office?.orgRule ?? null;
    } else if (!outsider && (group || main?.id)) {
      p.organizationId = group?.org ?? main?.id ?? null;
      p.orgRule = group ? 'en.org.delegation' : 'en.org.document';
    }
  });
  return { main, orgs: [...orgs], offices, units: [], places: [], persons, personOf };
}
