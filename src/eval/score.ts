// The corpus scorer behind `khabar eval`: gold records against predicted records, micro-averaged
// over documents. Pure; reading files is the CLI's job. Every comparison of text goes through the
// matching key, so spelling variants (ي/ی، ZWNJ, spaces) never count as errors.
//
// What counts as the same thing (documented here because the numbers mean nothing without it):
// - universities + organisations: canonicalId; an organisation without one by key(text).
// - persons: key(name ?? text). titles: key(name ?? text) (a predicted title carries the office in
//   `name`, gold writes it in `text`). dates: entities of day/range precision, by jalali from..to.
//   contacts: e-mails lower-cased; phones as digits with +98/0098/leading 0 removed.
// - meetings: within a document, gold and predicted meetings are paired one-to-one, greedily by a
//   similarity (same jalali start date 1, organisation Jaccard 0..1, same title key 1, attendee
//   Jaccard 0..0.5, same kind 0.5). A pair needs at least one content signal (date, organisation,
//   title or attendee); kind alone does not pair. Unpaired predictions are false alarms, unpaired
//   gold meetings misses.
// - kind/date/title/location/organizer are accuracies over paired meetings. date: jalali from and to
//   equal (both null is correct). title: key, both null correct. location: organizationId when gold
//   has one, else key(text). organizer: organizationId.
// - organisations, attendees and decisions are P/R/F1 over ALL meetings: paired meetings compare
//   their lists, and the lists of an unpaired meeting count as missed (gold) or false alarms (pred),
//   so a document with no prediction loses everything it holds.
// - attendees pair one-to-one: first by key(name) when both sides have a name, then the rest by
//   key(title) + organizationId (an unnamed gold office matches a prediction of that office of that
//   organisation, named or not).
// - decisions pair one-to-one when kind is equal, dates are equal (both null counts as equal), and the
//   Dice coefficient of their word-key sets is >= 0.5. A leftover gold and predicted decision with
//   that text overlap but another kind or date count as a miss and a false alarm, explained as one
//   "wrong" line.
import type { GoldRecord } from '../records/gold.js';
import type { DocumentRecord } from '../records/schema.js';
import { key } from '../text/key.js';
import { NO_PREDICTION, showAttendee, whyAttendeeFalse, whyAttendeeMissed } from './explain.js';
import {
  type Accuracy,
  accuracy,
  addCounts,
  type Counts,
  diffSets,
  emptyCounts,
  jaccard,
  type Prf,
  prf,
} from './metrics.js';

export const ENTITY_DIMENSIONS = ['organizations', 'persons', 'titles', 'dates', 'contacts'] as const;
export type EntityDimension = (typeof ENTITY_DIMENSIONS)[number];

export const MEETING_ACCURACIES = ['kind', 'date', 'title', 'location', 'organizer'] as const;
export type MeetingAccuracy = (typeof MEETING_ACCURACIES)[number];

export const MEETING_SETS = ['organizations', 'attendees', 'decisions'] as const;
export type MeetingSet = (typeof MEETING_SETS)[number];

export interface DocumentReport {
  docId: string;
  /** false when the prediction file has no record for this gold document. */
  predicted: boolean;
  /** Things gold holds that the prediction lacks, as sentences an editor reads. */
  misses: string[];
  /** Things the prediction claims that gold does not hold. */
  falseAlarms: string[];
  /** Values that differ on meetings present in both. */
  wrong: string[];
}

export interface EvalReport {
  documents: {
    gold: number;
    predicted: number;
    /** gold documents with no prediction (scored as all missed). */
    missing: string[];
    /** predicted documents with no gold (not scored). */
    unscored: string[];
  };
  entities: Record<EntityDimension, Prf>;
  meetings: { detection: Prf } & Record<MeetingAccuracy, Accuracy> & Record<MeetingSet, Prf>;
  /** The weekday-mismatch warning as a document-level detection task. */
  weekdayMismatch: Prf;
  /** publishedAt (jalali from..to; both none is correct), over gold documents that state it or null. */
  publishedAt: Accuracy;
  perDocument: DocumentReport[];
}

// The parts of gold and predicted records the scorer reads, so both types fit.
interface DateLike {
  jalali: { from: string; to: string };
  precision: string;
}
interface EntityLike {
  type: string;
  text: string;
  canonicalId?: string | undefined;
  name?: string | undefined;
  date?: DateLike | undefined;
}
interface AttendeeLike {
  name: string | null;
  title: string | null;
  organizationId: string | null;
  rule?: string | undefined;
}
interface DecisionLike {
  kind: string;
  text: string;
  date?: DateLike | null | undefined;
}
interface MeetingLike {
  kind: string;
  title: string | null;
  date: DateLike | null;
  location: { text: string; organizationId: string | null } | null;
  organizer: { organizationId: string | null } | null;
  organizations: readonly string[];
  attendees: readonly AttendeeLike[];
  decisions: readonly DecisionLike[];
}
interface RecordLike {
  contacts: { emails: readonly string[]; phones: readonly string[] };
  entities: readonly EntityLike[];
  meetings: readonly MeetingLike[];
  warnings?: readonly string[] | undefined;
}

const WEEKDAY_MISMATCH = 'weekday-mismatch';

/** Score predicted records against gold, one gold record per document (matched by docId). */
export function scoreCorpus(gold: readonly GoldRecord[], pred: readonly DocumentRecord[]): EvalReport {
  const predById = new Map<string, DocumentRecord>();
  for (const p of pred) if (!predById.has(p.docId)) predById.set(p.docId, p);
  const goldIds = new Set(gold.map((g) => g.docId));

  const entityCounts = Object.fromEntries(ENTITY_DIMENSIONS.map((d) => [d, emptyCounts()])) as Record<
    EntityDimension,
    Counts
  >;
  const detection = emptyCounts();
  const acc = Object.fromEntries(MEETING_ACCURACIES.map((d) => [d, { correct: 0, total: 0 }])) as Record<
    MeetingAccuracy,
    { correct: number; total: number }
  >;
  const sets = Object.fromEntries(MEETING_SETS.map((d) => [d, emptyCounts()])) as Record<MeetingSet, Counts>;
  const weekday = emptyCounts();
  const published = { correct: 0, total: 0 };
  const perDocument: DocumentReport[] = [];

  for (const g of [...gold].sort((a, b) => a.docId.localeCompare(b.docId))) {
    const p = predById.get(g.docId);
    const doc: DocumentReport = {
      docId: g.docId,
      predicted: p !== undefined,
      misses: [],
      falseAlarms: [],
      wrong: [],
    };
    const predRecord: RecordLike = p ?? { contacts: { emails: [], phones: [] }, entities: [], meetings: [] };
    if (!p) doc.misses.push(NO_PREDICTION);

    for (const dim of ENTITY_DIMENSIONS) {
      const gk = entityKeys(dim, g);
      const pk = entityKeys(dim, predRecord);
      const d = diffSets(gk.keys(), pk.keys());
      addCounts(entityCounts[dim], d.counts);
      for (const k of d.missed) doc.misses.push(`missed ${DIMENSION_NOUN[dim]}: ${gk.get(k)}`);
      for (const k of d.falseAlarms) doc.falseAlarms.push(`false alarm ${DIMENSION_NOUN[dim]}: ${pk.get(k)}`);
    }

    const wGold = (g.warnings ?? []).some((w) => w.startsWith(WEEKDAY_MISMATCH));
    const wPred = (predRecord.warnings ?? []).some((w) => w.startsWith(WEEKDAY_MISMATCH));
    if (wGold && wPred) weekday.tp++;
    else if (wGold) {
      weekday.fn++;
      doc.misses.push('missed warning: the stated weekday contradicts the date');
    } else if (wPred) {
      weekday.fp++;
      doc.falseAlarms.push('false alarm warning: weekday-mismatch');
    }

    // An absent publishedAt in gold means the annotator did not say; null means the text has none.
    if (g.publishedAt !== undefined) {
      const got = p?.publishedAt ?? null;
      published.total++;
      if (p && sameDate(g.publishedAt, got)) published.correct++;
      else if (p)
        doc.wrong.push(`publication date is ${showMaybeDate(got)}, expected ${showMaybeDate(g.publishedAt)}`);
    }

    const names = {
      predPersons: namesOf(predRecord, 'person'),
      predTitles: namesOf(predRecord, 'title'),
      goldPersons: namesOf(g, 'person'),
    };
    scoreMeetings(g.meetings, predRecord.meetings, doc, detection, acc, sets, names);
    perDocument.push(doc);
  }

  const unscored = [...predById.keys()].filter((id) => !goldIds.has(id)).sort();
  const missing = perDocument.filter((d) => !d.predicted).map((d) => d.docId);
  const meetings = {
    detection: prf(detection),
    ...(Object.fromEntries(
      MEETING_ACCURACIES.map((d) => [d, accuracy(acc[d].correct, acc[d].total)]),
    ) as Record<MeetingAccuracy, Accuracy>),
    ...(Object.fromEntries(MEETING_SETS.map((d) => [d, prf(sets[d])])) as Record<MeetingSet, Prf>),
  };
  return {
    documents: { gold: gold.length, predicted: gold.length - missing.length, missing, unscored },
    entities: Object.fromEntries(ENTITY_DIMENSIONS.map((d) => [d, prf(entityCounts[d])])) as Record<
      EntityDimension,
      Prf
    >,
    meetings,
    weekdayMismatch: prf(weekday),
    publishedAt: accuracy(published.correct, published.total),
    perDocument,
  };
}

const DIMENSION_NOUN: Record<EntityDimension, string> = {
  organizations: 'university/organisation',
  persons: 'person',
  titles: 'title',
  dates: 'date',
  contacts: 'contact',
};

/** The document-level set of one dimension: matching key → how an editor would read it. */
export function entityKeys(dim: EntityDimension, r: RecordLike): Map<string, string> {
  const out = new Map<string, string>();
  const put = (k: string, shown: string) => {
    if (k && !out.has(k)) out.set(k, shown);
  };
  if (dim === 'contacts') {
    for (const e of r.contacts.emails) put(`email:${e.trim().toLowerCase()}`, e.trim().toLowerCase());
    for (const ph of r.contacts.phones) put(`phone:${phoneKey(ph)}`, ph);
    return out;
  }
  for (const e of r.entities) {
    if (dim === 'organizations' && (e.type === 'university' || e.type === 'organization')) {
      if (e.canonicalId) put(`id:${e.canonicalId.toLowerCase()}`, `${e.text} (${e.canonicalId})`);
      else put(`text:${key(e.text)}`, e.text);
    } else if (dim === 'persons' && e.type === 'person') {
      put(key(e.name ?? e.text), e.name ?? e.text);
    } else if (dim === 'titles' && e.type === 'title') {
      put(key(e.name ?? e.text), e.name ?? e.text);
    } else if (dim === 'dates' && e.type === 'date' && e.date && isDayFact(e.date)) {
      put(dateKey(e.date), `${showDate(e.date)} («${e.text}»)`);
    }
  }
  return out;
}

function isDayFact(d: DateLike): boolean {
  return d.precision === 'day' || d.precision === 'range';
}

function dateKey(d: DateLike): string {
  return `${d.jalali.from}..${d.jalali.to}`;
}

export function showDate(d: DateLike): string {
  return d.jalali.from === d.jalali.to ? d.jalali.from : `${d.jalali.from}..${d.jalali.to}`;
}

const NON_LATIN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/** Phones as records.md writes them: digits only; +98 / 0098 / a leading 0 are the same number. */
export function phoneKey(phone: string): string {
  const digits = phone
    .replace(NON_LATIN_DIGITS, (c) => String((c.charCodeAt(0) & 0xf) % 10))
    .replace(/\D/g, '');
  return digits.replace(/^(?:0098|98(?=\d{10}$)|0)/, '');
}

function sameDate(a: DateLike | null | undefined, b: DateLike | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.jalali.from === b.jalali.from && a.jalali.to === b.jalali.to;
}

function sameTitle(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return key(a) === key(b);
}

export function describeMeeting(m: MeetingLike): string {
  const title = m.title ? ` «${m.title}»` : '';
  const date = m.date ? ` on ${showDate(m.date)}` : ' (no date)';
  return `${m.kind}${title}${date}`;
}

function describeDecision(d: DecisionLike): string {
  const date = d.date ? ` on ${showDate(d.date)}` : '';
  return `${d.kind}${date}: «${d.text}»`;
}

function attendeeLooseKeys(m: MeetingLike): string[] {
  return m.attendees.flatMap((a) => {
    const ks = [`t:${key(a.title ?? '')}@${a.organizationId ?? ''}`];
    if (a.name) ks.push(`n:${key(a.name)}`);
    return ks;
  });
}

/** How alike two meetings are, or null when nothing but the kind could pair them. */
export function meetingSimilarity(g: MeetingLike, p: MeetingLike): number | null {
  const date = g.date !== null && p.date !== null && g.date.jalali.from === p.date.jalali.from ? 1 : 0;
  const orgs = jaccard(g.organizations, p.organizations);
  const title = g.title !== null && p.title !== null && key(g.title) === key(p.title) ? 1 : 0;
  const people = jaccard(attendeeLooseKeys(g), attendeeLooseKeys(p));
  if (date === 0 && orgs === 0 && title === 0 && people === 0) return null;
  return date + orgs + title + 0.5 * people + (g.kind === p.kind ? 0.5 : 0);
}

/** Greedy one-to-one pairing by score, ties broken by gold then prediction order. */
function pairGreedy(
  nGold: number,
  nPred: number,
  score: (gi: number, pi: number) => number | null,
): [number, number][] {
  const cands: { gi: number; pi: number; s: number }[] = [];
  for (let gi = 0; gi < nGold; gi++)
    for (let pi = 0; pi < nPred; pi++) {
      const s = score(gi, pi);
      if (s !== null) cands.push({ gi, pi, s });
    }
  cands.sort((a, b) => b.s - a.s || a.gi - b.gi || a.pi - b.pi);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of cands) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push([c.gi, c.pi]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Key → text of the persons or offices a record names anywhere (for the reasons of a miss). */
function namesOf(r: RecordLike, type: 'person' | 'title'): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of r.entities) if (e.type === type) out.set(key(e.name ?? e.text), e.name ?? e.text);
  return out;
}

interface Names {
  predPersons: ReadonlyMap<string, string>;
  predTitles: ReadonlyMap<string, string>;
  goldPersons: ReadonlyMap<string, string>;
}

function scoreMeetings(
  gold: readonly MeetingLike[],
  pred: readonly MeetingLike[],
  doc: DocumentReport,
  detection: Counts,
  acc: Record<MeetingAccuracy, { correct: number; total: number }>,
  sets: Record<MeetingSet, Counts>,
  names: Names,
): void {
  const pairs = pairGreedy(gold.length, pred.length, (gi, pi) => meetingSimilarity(gold[gi]!, pred[pi]!));
  const pairedG = new Set(pairs.map(([gi]) => gi));
  const pairedP = new Set(pairs.map(([, pi]) => pi));
  detection.tp += pairs.length;

  gold.forEach((g, gi) => {
    if (pairedG.has(gi)) return;
    detection.fn++;
    sets.organizations.fn += new Set(g.organizations).size;
    sets.attendees.fn += g.attendees.length;
    sets.decisions.fn += g.decisions.length;
    doc.misses.push(`missed meeting: ${describeMeeting(g)}${listSize(g)}`);
  });
  pred.forEach((p, pi) => {
    if (pairedP.has(pi)) return;
    detection.fp++;
    sets.organizations.fp += new Set(p.organizations).size;
    sets.attendees.fp += p.attendees.length;
    sets.decisions.fp += p.decisions.length;
    doc.falseAlarms.push(`false alarm meeting: ${describeMeeting(p)}${listSize(p)}`);
  });

  for (const [gi, pi] of pairs) {
    const g = gold[gi]!;
    const p = pred[pi]!;
    const label = `the ${describeMeeting(g)}`;
    const check = (dim: MeetingAccuracy, ok: boolean, got: string, want: string) => {
      acc[dim].total++;
      if (ok) acc[dim].correct++;
      else doc.wrong.push(`${label}: ${dim} is ${got}, expected ${want}`);
    };
    check('kind', g.kind === p.kind, p.kind, g.kind);
    check('date', sameDate(g.date, p.date), showMaybeDate(p.date), showMaybeDate(g.date));
    check('title', sameTitle(g.title, p.title), quote(p.title), quote(g.title));
    check(
      'location',
      sameLocation(g.location, p.location),
      showLocation(p.location),
      showLocation(g.location),
    );
    check(
      'organizer',
      (g.organizer?.organizationId ?? null) === (p.organizer?.organizationId ?? null),
      p.organizer?.organizationId ?? 'none',
      g.organizer?.organizationId ?? 'none',
    );

    const orgs = diffSets(g.organizations, p.organizations);
    addCounts(sets.organizations, orgs.counts);
    for (const o of orgs.missed) doc.misses.push(`missed organisation of ${label}: ${o}`);
    for (const o of orgs.falseAlarms) doc.falseAlarms.push(`false alarm organisation of ${label}: ${o}`);

    const att = matchAttendees(g.attendees, p.attendees);
    addCounts(sets.attendees, att.counts);
    const elsewhere = pred.filter((_, i) => i !== pi).flatMap((m) => m.attendees);
    const missedCtx = {
      paired: att.falseAlarms,
      elsewhere,
      persons: names.predPersons,
      titles: names.predTitles,
    };
    for (const a of att.missed)
      doc.misses.push(`missed attendee of ${label}: ${showAttendee(a)} — ${whyAttendeeMissed(a, missedCtx)}`);
    const falseCtx = { paired: att.missed, persons: names.goldPersons };
    for (const a of att.falseAlarms)
      doc.falseAlarms.push(
        `false alarm attendee of ${label}: ${showAttendee(a)} — ${whyAttendeeFalse(a, falseCtx)}`,
      );

    const dec = matchDecisions(g.decisions, p.decisions);
    addCounts(sets.decisions, dec.counts);
    // A decision found with the wrong kind or date still counts as a miss and a false alarm, but an
    // editor reads it better as one line saying what differs.
    const near = pairGreedy(dec.missed.length, dec.falseAlarms.length, (gi, pi) => {
      const o = textOverlap(dec.missed[gi]!.text, dec.falseAlarms[pi]!.text);
      return o >= DECISION_TEXT_OVERLAP ? o : null;
    });
    const nearG = new Set(near.map(([gi]) => gi));
    const nearP = new Set(near.map(([, pi]) => pi));
    for (const [gi, pi] of near) {
      const gd = dec.missed[gi]!;
      const pd = dec.falseAlarms[pi]!;
      const diffs: string[] = [];
      if (gd.kind !== pd.kind) diffs.push(`kind is ${pd.kind}, expected ${gd.kind}`);
      if (!sameDate(gd.date, pd.date))
        diffs.push(`date is ${showMaybeDate(pd.date ?? null)}, expected ${showMaybeDate(gd.date ?? null)}`);
      doc.wrong.push(`decision of ${label} «${gd.text}»: ${diffs.join('; ')} (a miss and a false alarm)`);
    }
    dec.missed.forEach((d, i) => {
      if (!nearG.has(i)) doc.misses.push(`missed decision of ${label}: ${describeDecision(d)}`);
    });
    dec.falseAlarms.forEach((d, i) => {
      if (!nearP.has(i)) doc.falseAlarms.push(`false alarm decision of ${label}: ${describeDecision(d)}`);
    });
  }
}

function listSize(m: MeetingLike): string {
  const parts: string[] = [];
  if (m.attendees.length) parts.push(`${m.attendees.length} attendee(s)`);
  if (m.organizations.length) parts.push(`${m.organizations.length} organisation(s)`);
  if (m.decisions.length) parts.push(`${m.decisions.length} decision(s)`);
  return parts.length ? ` — with its ${parts.join(', ')}` : '';
}

function quote(s: string | null): string {
  return s === null ? 'none' : `«${s}»`;
}

function showMaybeDate(d: DateLike | null): string {
  return d ? showDate(d) : 'none';
}

function sameLocation(g: MeetingLike['location'], p: MeetingLike['location']): boolean {
  if (!g || !p) return !g && !p;
  if (g.organizationId !== null) return g.organizationId === p.organizationId;
  return key(g.text) === key(p.text);
}

function showLocation(l: MeetingLike['location']): string {
  if (!l) return 'none';
  return l.organizationId ? `«${l.text}» (${l.organizationId})` : `«${l.text}»`;
}

export interface Matched<T> {
  counts: Counts;
  missed: T[];
  falseAlarms: T[];
}

function matchInOrder<G, P>(gold: readonly G[], pred: readonly P[], passes: ((g: G, p: P) => boolean)[]) {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const same of passes)
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = pred.findIndex((p, i) => !usedP.has(i) && same(g, p));
      if (pi < 0) return;
      usedG.add(gi);
      usedP.add(pi);
    });
  return {
    counts: { tp: usedG.size, fp: pred.length - usedP.size, fn: gold.length - usedG.size },
    missed: gold.filter((_, i) => !usedG.has(i)),
    falseAlarms: pred.filter((_, i) => !usedP.has(i)),
  };
}

/**
 * Attendees pair one-to-one: first by name key when both are named, then by office key +
 * organisation for the rest (so an office found without its holder's name still counts).
 */
export function matchAttendees(
  gold: readonly AttendeeLike[],
  pred: readonly AttendeeLike[],
): Matched<AttendeeLike> {
  return matchInOrder(gold, pred, [
    (g, p) => g.name !== null && p.name !== null && key(g.name) === key(p.name),
    (g, p) =>
      !(g.name !== null && p.name !== null) &&
      key(g.title ?? '') === key(p.title ?? '') &&
      g.organizationId === p.organizationId,
  ]);
}

const WORD_SPLIT = /[\s\u200c\p{P}\p{S}]+/u;

function wordKeys(text: string): Set<string> {
  return new Set(
    text
      .split(WORD_SPLIT)
      .map((w) => key(w))
      .filter((w) => w.length > 0),
  );
}

/** Dice coefficient of the two texts' word-key sets. */
export function textOverlap(a: string, b: string): number {
  const wa = wordKeys(a);
  const wb = wordKeys(b);
  if (wa.size + wb.size === 0) return 1;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return (2 * inter) / (wa.size + wb.size);
}

export const DECISION_TEXT_OVERLAP = 0.5;

/** Decisions pair one-to-one on equal kind, equal date (or both none) and text overlap >= 0.5. */
export function matchDecisions(
  gold: readonly DecisionLike[],
  pred: readonly DecisionLike[],
): Matched<DecisionLike> {
  const pairs = pairGreedy(gold.length, pred.length, (gi, pi) => {
    const g = gold[gi]!;
    const p = pred[pi]!;
    if (g.kind !== p.kind || !sameDate(g.date, p.date)) return null;
    const o = textOverlap(g.text, p.text);
    return o >= DECISION_TEXT_OVERLAP ? o : null;
  });
  const usedG = new Set(pairs.map(([gi]) => gi));
  const usedP = new Set(pairs.map(([, pi]) => pi));
  return {
    counts: { tp: pairs.length, fp: pred.length - usedP.size, fn: gold.length - usedG.size },
    missed: gold.filter((_, i) => !usedG.has(i)),
    falseAlarms: pred.filter((_, i) => !usedP.has(i)),
  };
}
