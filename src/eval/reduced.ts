// Per-document explanations against gold of the REDUCED form (`{doc, persons, meetings[{kind, date,
// organizations, attendees, decisions[{kind, date}]}]}`, the form outside readers write), paired
// exactly as the real-release scorer pairs: meetings by equal date (or, when either has none, by
// organisation Jaccard >= 0.5); attendees by equal organisation and equal name (or both unnamed and
// the same office); decisions by kind, and by date when the gold has one. So each line here is one
// of the scorer's misses or false alarms, with the reason next to it.
import { z } from 'zod';
import type { DocumentRecord } from '../records/schema.js';
import { key } from '../text/key.js';
import {
  type AttendeeView,
  type DecisionView,
  NO_PREDICTION,
  showAttendee,
  showDecision,
  whyAttendeeFalse,
  whyAttendeeMissed,
  whyDecisionFalse,
  whyDecisionMissed,
} from './explain.js';

const ReducedDate = z
  .object({ jalali: z.object({ from: z.string(), to: z.string().optional() }) })
  .nullable();
const ReducedAttendee = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  organizationId: z.string().nullable(),
});
const ReducedMeeting = z.object({
  kind: z.string(),
  date: ReducedDate.optional(),
  organizations: z.array(z.string()).default([]),
  attendees: z.array(ReducedAttendee).default([]),
  decisions: z.array(z.object({ kind: z.string(), date: ReducedDate.optional() })).default([]),
});
export const ReducedGoldSchema = z.object({
  doc: z.string().min(1),
  universities: z.array(z.string()).default([]),
  persons: z.array(z.string()).default([]),
  meetings: z.array(ReducedMeeting).default([]),
});
export type ReducedGold = z.infer<typeof ReducedGoldSchema>;

export interface DocumentExplanation {
  docId: string;
  lines: string[];
}

interface MeetingView {
  kind: string;
  date: string | null;
  orgs: Set<string>;
  attendees: AttendeeView[];
  decisions: DecisionView[];
}

/** An organisation id as the scorer keys it: a web domain, anything else is no id. */
export function idKey(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const k = s
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(k) ? k : null;
}

function dateOf(d: { jalali: { from: string; to?: string | undefined } } | null | undefined): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d.jalali.from)) return null;
  const to = d.jalali.to && /^\d{4}-\d{2}-\d{2}$/.test(d.jalali.to) ? d.jalali.to : d.jalali.from;
  return to === d.jalali.from ? to : `${d.jalali.from}..${to}`;
}

function goldMeetings(g: ReducedGold): MeetingView[] {
  return g.meetings.map((m) => ({
    kind: m.kind,
    date: dateOf(m.date),
    orgs: new Set(m.organizations.map(idKey).filter((x): x is string => x !== null)),
    attendees: m.attendees.map((a) => ({ ...a, organizationId: idKey(a.organizationId) })),
    decisions: m.decisions.map((d) => ({ kind: d.kind, date: dateOf(d.date) })),
  }));
}

function predMeetings(p: DocumentRecord): MeetingView[] {
  return p.meetings.map((m) => ({
    kind: m.kind,
    date: dateOf(m.date),
    orgs: new Set(m.organizations.map(idKey).filter((x): x is string => x !== null)),
    attendees: m.attendees.map((a) => ({
      name: a.name,
      title: a.title,
      organizationId: idKey(a.organizationId),
      rule: a.rule,
    })),
    decisions: m.decisions.map((d) => ({ kind: d.kind, text: d.text, date: dateOf(d.date) })),
  }));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let i = 0;
  for (const x of a) if (b.has(x)) i++;
  return i / (a.size + b.size - i);
}

function pairMeetings(G: MeetingView[], P: MeetingView[]): [number, number][] {
  const cands: { gi: number; pi: number; s: number }[] = [];
  G.forEach((g, gi) => {
    P.forEach((p, pi) => {
      const jac = jaccard(g.orgs, p.orgs);
      if (g.date && p.date) {
        if (g.date === p.date) cands.push({ gi, pi, s: 2 + jac });
      } else if (jac >= 0.5) cands.push({ gi, pi, s: jac });
    });
  });
  cands.sort((a, b) => b.s - a.s || a.gi - b.gi || a.pi - b.pi);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of cands) {
    if (ug.has(c.gi) || up.has(c.pi)) continue;
    ug.add(c.gi);
    up.add(c.pi);
    pairs.push([c.gi, c.pi]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function sameAttendee(g: AttendeeView, p: AttendeeView): boolean {
  if (g.organizationId !== p.organizationId) return false;
  if (g.name && p.name) return key(g.name) === key(p.name);
  return !g.name && !p.name && !!g.title && !!p.title && key(g.title) === key(p.title);
}

/** Indices left unmatched on each side, matched the scorer's greedy way (gold order). */
function leftovers<G, P>(
  G: readonly G[],
  P: readonly P[],
  passes: ((g: G, p: P) => boolean)[],
  order: number[] = G.map((_, i) => i),
): { missed: number[]; falseAlarms: number[] } {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const same of passes)
    for (const gi of order) {
      if (usedG.has(gi)) continue;
      const pi = P.findIndex((p, j) => !usedP.has(j) && same(G[gi]!, p));
      if (pi < 0) continue;
      usedG.add(gi);
      usedP.add(pi);
    }
  return {
    missed: G.map((_, i) => i).filter((i) => !usedG.has(i)),
    falseAlarms: P.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}

function describe(m: MeetingView): string {
  const orgs = m.orgs.size ? `, orgs ${[...m.orgs].join(' ')}` : '';
  return `${m.kind} ${m.date ? `on ${m.date}` : '(no date)'}${orgs}`;
}

function sizes(m: MeetingView): string {
  return ` — with its ${m.attendees.length} attendee(s), ${m.decisions.length} decision(s)`;
}

function whyMeetingMissed(g: MeetingView, unpaired: MeetingView[]): string {
  if (unpaired.length === 0) return 'khabar has no other meeting here';
  const p = unpaired[0]!;
  const why = g.date && p.date ? 'dates differ' : 'organisations overlap under one half';
  return `khabar's unpaired meeting is ${describe(p)} (${why})`;
}

function keyMap(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) if (n) out.set(key(n), n);
  return out;
}

/** Organisations (by id) and persons (by name key), as the scorer compares them document-wide. */
function entityLines(g: ReducedGold, p: DocumentRecord, persons: Map<string, string>, lines: string[]): void {
  const orgs = new Map<string, string>();
  for (const e of p.entities) {
    const id = (e.type === 'university' || e.type === 'organization') && idKey(e.canonicalId);
    if (id && !orgs.has(id)) orgs.set(id, e.text);
  }
  const goldOrgs = new Set(g.universities.map(idKey).filter((x): x is string => x !== null));
  for (const id of goldOrgs) if (!orgs.has(id)) lines.push(`missed organisation: ${id}`);
  for (const [id, text] of orgs)
    if (!goldOrgs.has(id)) lines.push(`false alarm organisation: ${id} («${text}»)`);
  const goldPersons = keyMap(g.persons);
  for (const [k, name] of goldPersons) if (!persons.has(k)) lines.push(`missed person: «${name}»`);
  for (const [k, name] of persons) if (!goldPersons.has(k)) lines.push(`false alarm person: «${name}»`);
}

/** The scorer's misses and false alarms of one document, each with its reason. */
export function explainReduced(g: ReducedGold, p: DocumentRecord | undefined): DocumentExplanation {
  const lines: string[] = [];
  if (!p) return { docId: g.doc, lines: [NO_PREDICTION] };
  const G = goldMeetings(g);
  const P = predMeetings(p);
  const pairs = pairMeetings(G, P);
  const pg = new Set(pairs.map(([gi]) => gi));
  const pp = new Set(pairs.map(([, pi]) => pi));
  const unpairedP = P.filter((_, i) => !pp.has(i));
  G.forEach((m, i) => {
    if (!pg.has(i))
      lines.push(`missed meeting: ${describe(m)}${sizes(m)} — ${whyMeetingMissed(m, unpairedP)}`);
  });
  for (const m of unpairedP) lines.push(`false alarm meeting: ${describe(m)}${sizes(m)}`);

  const persons = keyMap(p.entities.filter((e) => e.type === 'person').map((e) => e.name ?? e.text));
  entityLines(g, p, persons, lines);
  const titles = keyMap(p.entities.filter((e) => e.type === 'title').map((e) => e.name ?? e.text));
  const goldPersons = keyMap(g.persons);
  for (const [gi, pi] of pairs) {
    const gm = G[gi]!;
    const pm = P[pi]!;
    const label = describe(gm);
    if (gm.kind !== pm.kind) lines.push(`wrong meeting kind of the ${label}: khabar says ${pm.kind}`);
    if (gm.date !== pm.date)
      lines.push(`wrong meeting date of the ${label}: khabar says ${pm.date ?? 'none'}`);
    const att = leftovers(gm.attendees, pm.attendees, [sameAttendee]);
    const elsewhere = P.filter((_, j) => j !== pi).flatMap((m) => m.attendees);
    for (const a of att.missed) {
      const ga = gm.attendees[a]!;
      const ctx = { paired: att.falseAlarms.map((j) => pm.attendees[j]!), elsewhere, persons, titles };
      lines.push(`missed attendee of the ${label}: ${showAttendee(ga)} — ${whyAttendeeMissed(ga, ctx)}`);
    }
    for (const a of att.falseAlarms) {
      const pa = pm.attendees[a]!;
      const ctx = { paired: att.missed.map((j) => gm.attendees[j]!), persons: goldPersons };
      lines.push(`false alarm attendee of the ${label}: ${showAttendee(pa)} — ${whyAttendeeFalse(pa, ctx)}`);
    }
    // The scorer takes dated gold decisions first; an undated gold decision takes any of its kind.
    const order = gm.decisions
      .map((_, i) => i)
      .sort((a, b) => +!!gm.decisions[b]!.date - +!!gm.decisions[a]!.date);
    const dec = leftovers(
      gm.decisions,
      pm.decisions,
      [(x, y) => x.kind === y.kind && !!x.date && x.date === y.date, (x, y) => x.kind === y.kind && !x.date],
      order,
    );
    const predLeft = dec.falseAlarms.map((j) => pm.decisions[j]!);
    const goldLeft = dec.missed.map((j) => gm.decisions[j]!);
    for (const d of goldLeft)
      lines.push(`missed decision of the ${label}: ${showDecision(d)} — ${whyDecisionMissed(d, predLeft)}`);
    for (const d of predLeft)
      lines.push(
        `false alarm decision of the ${label}: ${showDecision(d)} — ${whyDecisionFalse(d, goldLeft)}`,
      );
  }
  return { docId: g.doc, lines };
}
