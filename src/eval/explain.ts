// Why an attendee or a decision was missed or claimed wrongly, in words a rule writer reads at once
// ("khabar found the person but gave org X"). Pure and independent of how the gold and prediction
// were paired: both scorers (khabar eval's and the real-release one) pair first, then ask here.
import { key } from '../text/key.js';

export const NO_PREDICTION = 'no prediction for this document: everything in it counts as missed';

export interface AttendeeView {
  name: string | null;
  title: string | null;
  organizationId: string | null;
  /** khabar's rule ids (predictions only). */
  rule?: string | undefined;
}

export interface DecisionView {
  kind: string;
  /** Gold of the reduced form has no text. */
  text?: string | undefined;
  /** jalali from..to, or null. */
  date: string | null;
}

/** What the prediction holds around one gold meeting. */
export interface AttendeeContext {
  /** Attendees of the predicted meeting paired with this gold meeting (none when unpaired). */
  paired: readonly AttendeeView[];
  /** Attendees of the document's other predicted meetings. */
  elsewhere: readonly AttendeeView[];
  /** Key → text of every person and office (title) the prediction recognised in the document. */
  persons: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
}

/** What the gold holds around one predicted meeting. */
export interface GoldContext {
  /** Gold attendees of the paired gold meeting (none when unpaired). */
  paired: readonly AttendeeView[];
  /** Key → text of every person the gold names in the document. */
  persons: ReadonlyMap<string, string>;
}

/** «name», title, org id — the fields the scorer compares. */
export function showAttendee(a: AttendeeView): string {
  const parts = [
    a.name ? `«${a.name}»` : 'no name',
    a.title ?? 'no title',
    `org ${a.organizationId ?? 'none'}`,
  ];
  return parts.join(', ');
}

function showRule(a: AttendeeView): string {
  return a.rule ? ` [rule ${a.rule}]` : '';
}

function k(s: string | null | undefined): string {
  return s ? key(s) : '';
}

/** A name the other contains (a cut name, or one run on into the next words). */
function overlapping(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && a !== b && (a.includes(b) || b.includes(a));
}

function findName(list: readonly AttendeeView[], name: string): AttendeeView | undefined {
  return list.find((p) => p.name !== null && key(p.name) === name);
}

function findNear<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  for (const [kk, v] of map) if (overlapping(kk, name)) return v;
  return undefined;
}

/** Why a gold attendee has no match in the prediction. */
export function whyAttendeeMissed(g: AttendeeView, ctx: AttendeeContext): string {
  if (g.name) {
    const n = key(g.name);
    const same = findName(ctx.paired, n);
    if (same) {
      if (same.organizationId !== g.organizationId)
        return `khabar found the person but gave org ${same.organizationId ?? 'none'}${showRule(same)}`;
      return `khabar found the person with the same organisation but paired them elsewhere${showRule(same)}`;
    }
    const cut = ctx.paired.find((p) => p.name !== null && overlapping(key(p.name), n));
    if (cut)
      return `khabar made «${cut.name}» of the name (${key(cut.name!).length < n.length ? 'cut' : 'run on'}), org ${cut.organizationId ?? 'none'}${showRule(cut)}`;
    const other = findName(ctx.elsewhere, n);
    if (other) return `khabar made them an attendee of another meeting${showRule(other)}`;
    if (ctx.persons.has(n)) return 'khabar recognised the person but did not make them an attendee';
    const near = findNear(ctx.persons, n);
    if (near !== undefined) return `khabar recognised only «${near}» and did not make it an attendee`;
    return 'khabar did not recognise the person';
  }
  const t = k(g.title);
  const office = ctx.paired.find((p) => t !== '' && k(p.title) === t);
  if (office) {
    if (office.organizationId !== g.organizationId)
      return `khabar found the office but gave org ${office.organizationId ?? 'none'}${showRule(office)}`;
    if (office.name)
      return `khabar gave the office a holder, «${office.name}», the gold names none${showRule(office)}`;
  }
  const atOrg = ctx.paired.find((p) => p.name === null && p.organizationId === g.organizationId && p.title);
  if (atOrg) return `khabar has the office of that organisation as «${atOrg.title}»${showRule(atOrg)}`;
  if (t !== '' && ctx.titles.has(t)) return 'khabar recognised the office but did not make it an attendee';
  return 'khabar did not recognise the office';
}

/** Why a predicted attendee has no match in the gold. */
export function whyAttendeeFalse(p: AttendeeView, ctx: GoldContext): string {
  if (p.name) {
    const n = key(p.name);
    const same = findName(ctx.paired, n);
    if (same)
      return `the gold has them with org ${same.organizationId ?? 'none'}, not ${p.organizationId ?? 'none'}${showRule(p)}`;
    const cut = ctx.paired.find((g) => g.name !== null && overlapping(key(g.name), n));
    if (cut) return `the gold writes the name «${cut.name}»${showRule(p)}`;
    if (ctx.persons.has(n))
      return `the gold names the person but not as present (mentioned only?)${showRule(p)}`;
    const near = findNear(ctx.persons, n);
    if (near !== undefined) return `the gold names «${near}»${showRule(p)}`;
    return `the gold names no such person${showRule(p)}`;
  }
  const t = k(p.title);
  const office = ctx.paired.find((g) => g.name === null && t !== '' && k(g.title) === t);
  if (office) return `the gold has the office with org ${office.organizationId ?? 'none'}${showRule(p)}`;
  return `the gold has no such office here${showRule(p)}`;
}

export function showDecision(d: DecisionView): string {
  const date = d.date ? `, dated ${d.date}` : ', no date';
  return `${d.kind}${date}${d.text ? `: «${d.text}»` : ''}`;
}

/** Why a gold decision has no match among the paired meeting's predicted decisions. */
export function whyDecisionMissed(g: DecisionView, pred: readonly DecisionView[]): string {
  if (pred.length === 0) return 'khabar found no decision in this meeting';
  const sameKind = pred.filter((p) => p.kind === g.kind);
  if (sameKind.length > 0 && g.date) return `khabar's ${g.kind} is dated ${sameKind[0]!.date ?? 'none'}`;
  const kinds = [...new Set(pred.map((p) => p.kind))].join(', ');
  return `khabar's decisions here are ${kinds}`;
}

/** Why a predicted decision has no match among the paired gold meeting's decisions. */
export function whyDecisionFalse(p: DecisionView, gold: readonly DecisionView[]): string {
  if (gold.length === 0) return 'the gold has no decision in this meeting';
  const sameKind = gold.filter((g) => g.kind === p.kind);
  if (sameKind.length === 0)
    return `the gold's decisions here are ${[...new Set(gold.map((g) => g.kind))].join(', ')}`;
  return `the gold has fewer ${p.kind} decisions here (one per decided action)`;
}

export const TOPICS = ['meetings', 'attendees', 'decisions', 'entities'] as const;
export type Topic = (typeof TOPICS)[number];

/** Which part of the record a per-document line is about (for --misses filters). */
export function topicOf(line: string): Topic {
  if (/^(?:missed|false alarm) attendee/.test(line)) return 'attendees';
  if (/^(?:(?:missed|false alarm) )?decision/.test(line)) return 'decisions';
  if (/^(?:missed|false alarm) (?:meeting|organisation of)|^wrong meeting|^the /.test(line))
    return 'meetings';
  return 'entities';
}

/** Whether a per-document line passes a topic filter (null = no filter). */
export function keepLine(line: string, topics: ReadonlySet<Topic> | null): boolean {
  return topics === null || line.startsWith('no prediction') || topics.has(topicOf(line));
}

/** `--misses` value: a comma list of topics; none given = all. Unknown topics are an error. */
export function parseTopics(value: string | boolean | undefined): Set<Topic> | null {
  if (value === undefined || value === false) return null;
  if (value === true || value === '') return new Set(TOPICS);
  const out = new Set<Topic>();
  for (const t of value.split(',').map((s) => s.trim())) {
    if (!(TOPICS as readonly string[]).includes(t))
      throw new Error(`unknown topic "${t}" (one of ${TOPICS.join(', ')})`);
    out.add(t as Topic);
  }
  return out;
}
