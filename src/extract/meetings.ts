// Meetings: one per distinct event that took place. The first sentence that reports an event
// (an event noun and a «happened» verb) opens a meeting; later sentences enrich it unless they
// report another event (another day, or another kind of event introduced as a new step).
import { isPunct, normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import type { DateValue, Location, MeetingKind, Organizer, Span } from '../records/schema.js';
import { key } from '../text/key.js';
import { bySentence } from './by-sentence.js';
import { type DraftDecision, extractDecisions } from './decisions.js';
import { forwardOf } from './future.js';
import { isLeading } from './holders.js';
import type { Linked, Office } from './link.js';
import { pairOfficesWithNames } from './pairing.js';
import type { SentenceFacts } from './sentences.js';
import { locationOf, visitedOrg } from './venue.js';

export interface DraftAttendee {
  name: string | null;
  honorific: string | null;
  title: string | null;
  organizationId: string | null;
  mentions: Span[];
  rule: string;
}

export interface DraftMeeting {
  kind: MeetingKind;
  title: string | null;
  date: DateValue | null;
  location: Location | null;
  organizer: Organizer | null;
  organizations: string[];
  attendees: DraftAttendee[];
  decisions: DraftDecision[];
  evidence: Span[];
  confidence: number;
  /** Sentence indexes [first, end) the meeting was read from. */
  sentences: [number, number];
}

const PRECEDENCE: MeetingKind[] = ['signing', 'conference', 'workshop', 'visit', 'meeting', 'other'];
const SIGNING_VERB = [key('امضا'), key('امضاء'), key('منعقد'), key('انعقاد'), key('signed'), key('signing')];
const DONE = key('شده');
const AUXILIARY = new Set(['است', 'بود', 'اند', 'بودند', 'باشد', 'بوده'].map(key));
const MARGIN = key('حاشیه');
const HOLDING = key('برگزاری');
const DEMONSTRATIVES = new Set([key('این'), key('آن')]);
const IN = key('در');
const PRESENCE = key('حضور');
const ENTERED = key('وارد');
const BY = key('توسط');
const UNIVERSITY = key('دانشگاه');
const THIS = key('این');
/** Words that may stand before a date at the head of a clause: the time of day it names. */
const DAY_TIME = new Set(['روز', 'صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'امروز', 'در', 'مورخ', '،'].map(key));
const TITLE_LEADS = new Set([
  key('با عنوان'),
  key('با موضوع'),
  key('تحت عنوان'),
  key('عنوان'),
  key('موضوع'),
  key('با'),
  key('تحت'),
]);

interface Ctx {
  ctx: RecognizerContext;
  linked: Linked;
  dates: readonly Mention[];
  facts: readonly SentenceFacts[];
  orgsIn: (sentence: number) => readonly Mention[];
  datesIn: (sentence: number) => readonly Mention[];
  placesIn: (sentence: number) => readonly Mention[];
  unitsIn: (sentence: number) => readonly Mention[];
  officesIn: (sentence: number) => readonly Office[];
  /** Mentions of persons per sentence, with the person's index. */
  personsIn: (sentence: number) => readonly { tFirst: number; idx: number }[];
  /** Where each office of the document ends (token index): made once, not once per meeting. */
  officeEnds: ReadonlySet<number>;
}

function sentenceOf(c: Ctx, m: { tFirst: number }): number {
  return c.ctx.doc.tokens[m.tFirst]!.sentence;
}

function isEventSentence(f: SentenceFacts): boolean {
  return f.events.length > 0 && f.happened >= 0 && !f.announcement;
}

/**
 * A signing word that reports a signing: not a participle naming an agreement signed before
 * («اجرای تفاهم‌نامه منعقد شده بین دو طرف»), which «شده» followed by a word other than an auxiliary
 * marks («امضا شده است» is finite).
 */
function signsAt(c: Ctx, t: number): boolean {
  const { keys } = c.ctx;
  if (!SIGNING_VERB.some((v) => keys[t]!.startsWith(v))) return false;
  if (keys[t + 1] !== DONE) return true;
  const next = c.ctx.doc.tokens[t + 2];
  return next?.kind !== 'word' || AUXILIARY.has(keys[t + 2]!);
}

/**
 * «در حاشیه اجلاس وزیران … دیدار کرد»: an event named after «در حاشیه (برگزاری) (این)» frames the
 * one the sentence reports.
 */
function framed(c: Ctx, tFirst: number): boolean {
  let t = tFirst - 1;
  if (DEMONSTRATIVES.has(c.ctx.keys[t] ?? '')) t--;
  if (c.ctx.keys[t] === HOLDING) t--;
  return c.ctx.keys[t] === MARGIN;
}

/** The kind a sentence reports, by the precedence of records.md; a signing needs a signing verb. */
function sentenceKind(c: Ctx, f: SentenceFacts): MeetingKind | null {
  const { firstToken, endToken } = f.sentence;
  let signed = false;
  for (let t = firstToken; t < endToken && !signed; t++) signed = signsAt(c, t);
  // Only an event the narrative reaches before its verb replaces the frame: «در حاشیه بازدید X گفت:
  // قرار است مراسمی …» reports the visit, the ceremony is what was said.
  const frames = f.events.some((e) => framed(c, e.tFirst));
  const reported = frames ? f.events.filter((e) => !framed(c, e.tFirst) && e.tFirst <= f.happened) : [];
  const events = reported.length ? reported : f.events;
  const kinds = new Set(events.map((e) => e.kind).filter((k) => k !== 'signing' || signed));
  // A guest who comes to the host («با حضور در دانشگاه X», «وارد دانشگاه X شد») is visiting it.
  for (const o of c.orgsIn(f.index)) {
    const k1 = c.ctx.keys[o.tFirst - 1];
    const k2 = c.ctx.keys[o.tFirst - 2];
    if ((k1 === IN && k2 === PRESENCE) || k1 === ENTERED) kinds.add('visit');
  }
  return PRECEDENCE.find((k) => kinds.has(k)) ?? null;
}

/**
 * records.md: an agreement signed as the headline event makes the event a signing. A story whose
 * headline is the signing («انعقاد تفاهم‌نامه همکاری دانشگاه X با Y») over a lead that reports the
 * meeting or visit is a signing; a signing the body adds («در پایان این دیدار تفاهم‌نامه‌ای امضا
 * شد») closes the visit and leaves its kind.
 */
function kindOf(c: Ctx, lead: MeetingKind, headline: readonly SentenceFacts[]): MeetingKind {
  const signs = (f: SentenceFacts) => !f.planned && !f.announcement && sentenceKind(c, f) === 'signing';
  return headline.some(signs) ? 'signing' : lead;
}

function sameDay(a: DateValue | null, b: DateValue | null): boolean {
  return !a || !b || a.jalali.from === b.jalali.from;
}

/**
 * The first day or range date of a sentence that is not a decision's own date. A date that opens
 * the decided clause, with only words of the time of day before it («روز سه‌شنبه ۲۵ اردیبهشت X با
 * برگزاری … موافقت کرد»), says when the sentence's event took place, not when the decision is due.
 */
function firstDayDate(
  c: Ctx,
  sentence: number,
  exclude: readonly DraftDecision[],
  future?: SentenceFacts,
): Mention | undefined {
  return c
    .datesIn(sentence)
    .find(
      (d) =>
        (d.date?.precision === 'day' || d.date?.precision === 'range') &&
        !exclude.some((x) => d.start >= x.start && d.end <= x.end && !opensClause(c, x.tFirst, d.tFirst)) &&
        !(future && announced(future, d.tEnd)),
    );
}

/** The next verb phrase after token `at` is a future one, with nothing that happened between. */
function announced(f: SentenceFacts, at: number): boolean {
  const plan = f.plans.find((p) => p >= at);
  return plan !== undefined && !f.happenings.some((h) => h >= at && h < plan);
}

/** Only words of the time of day («روز», «صبح», «عصر» …) between tokens `from` and `to`. */
function opensClause(c: Ctx, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!DAY_TIME.has(c.ctx.keys[t]!)) return false;
  return true;
}

/** Splits the document's sentences into events: returns the index of each event's first sentence. */
function eventStarts(c: Ctx): { start: number; kind: MeetingKind }[] {
  const starts: { start: number; kind: MeetingKind; date: DateValue | null }[] = [];
  for (const f of c.facts) {
    // «در این نشست …» with no event reported before: the story (or the cut-off part of the page)
    // took the event as known; it did take place.
    const known = !starts.length && f.anaphoric && f.events.length > 0 && !f.planned && !f.announcement;
    if (!isEventSentence(f) && !known) continue;
    const kind = sentenceKind(c, f);
    if (!kind) continue;
    const decisionsHere = f.decisions.length
      ? extractDecisions(c.ctx, f, c.datesIn(f.index), c.orgsIn(f.index), c.placesIn(f.index))
      : [];
    const date = firstDayDate(c, f.index, decisionsHere)?.date ?? null;
    const current = starts.at(-1);
    if (!current) {
      starts.push({ start: f.index, kind, date });
      continue;
    }
    const refersBack = f.anaphoric && !f.nextEvent;
    const anotherDay = !sameDay(current.date, date);
    const anotherStep = kind !== current.kind && kind !== 'signing' && f.nextEvent;
    if (!refersBack && (anotherDay || anotherStep)) starts.push({ start: f.index, kind, date });
    else if (!current.date && date) current.date = date;
  }
  return starts;
}

function organizerOf(c: Ctx, eventSentences: readonly SentenceFacts[]): Organizer | null {
  const { ctx, linked } = c;
  for (const f of eventSentences) {
    const marker = ctx.lex.organizer.findAll(ctx.keys, f.sentence.firstToken, f.sentence.endToken)[0];
    if (!marker) continue;
    let at = marker.end;
    const unit = c.unitsIn(f.index).find((u) => u.tFirst === at);
    if (unit) at = unit.tEnd;
    // A unit the gazetteer does not list («مدیریت همکاری‌های … دانشگاه X»): the organisation
    // within a few words, with no punctuation between, still organises.
    let org = c.orgsIn(f.index).find((o) => o.tFirst === at);
    if (!org && !unit) {
      org = c
        .orgsIn(f.index)
        .find(
          (o) =>
            o.tFirst > at &&
            o.tFirst - at <= 6 &&
            !ctx.doc.tokens.slice(at, o.tFirst).some((t) => isPunct(t)),
        );
    }
    const bare =
      !org && (ctx.keys[at] === UNIVERSITY || (ctx.keys[at] === THIS && ctx.keys[at + 1] === UNIVERSITY));
    const orgId = org?.canonicalId ?? (bare ? (linked.main?.id ?? null) : (unit?.organizationId ?? null));
    if (!unit && !org) continue;
    const end = org ? org.tEnd : bare ? at + (ctx.keys[at] === THIS ? 2 : 1) : at;
    const unitName = unit?.name ?? (org && org.tFirst > at ? normalizedText(ctx, at, org.tFirst) : null);
    return { organizationId: orgId, unit: unitName, text: normalizedText(ctx, marker.end, end) };
  }
  return null;
}

/** «نشست «…»», «همایش ملی «…»», «وبینار با عنوان «…»»: the event's own name. */
function titleOf(c: Ctx, eventSentences: readonly SentenceFacts[]): string | null {
  const { ctx } = c;
  for (const f of eventSentences) {
    for (const e of f.events) {
      let t = e.tEnd;
      for (
        let skip = 0;
        skip < 3 && t < f.sentence.endToken && ctx.doc.tokens[t]!.normalized !== '«';
        skip++
      ) {
        const k = ctx.keys[t] ?? '';
        if (isPunct(ctx.doc.tokens[t]) && !TITLE_LEADS.has(k)) break;
        t++;
      }
      if (ctx.doc.tokens[t]?.normalized !== '«') continue;
      let close = t + 1;
      while (close < f.sentence.endToken && ctx.doc.tokens[close]!.normalized !== '»') close++;
      if (close >= f.sentence.endToken || close === t + 1) continue;
      return normalizedText(ctx, t + 1, close);
    }
  }
  return null;
}

/**
 * The mentions (sorted by start, as resolveReferences leaves them) in sentences [range[0], range[1]):
 * a contiguous run, found by halving — a person named in every section of a long document would
 * otherwise be scanned once per meeting.
 */
function mentionsIn(c: Ctx, mentions: readonly Mention[], range: [number, number]): Mention[] {
  const firstAt = (sentence: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sentenceOf(c, mentions[mid]!) < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return mentions.slice(firstAt(range[0]), firstAt(range[1]));
}

/**
 * Whether a named attendee's title is office `o`: the same words, or — for an office over a place —
 * the same office without its place («مهران فاطمی استاندار» is the headline's «استاندار یزد»;
 * «نماینده ولی‌فقیه» is not «نماینده مردم زنجان»).
 */
function sameTitle(ctx: RecognizerContext, title: string, o: Office): boolean {
  if (key(title) === key(o.title)) return true;
  if (o.orgRule !== 'org.none-territory') return false;
  const words = title.split(/\s+/).map(key);
  const bare = ctx.lex.titles.longestAt(words, 0);
  return bare?.end === words.length && bare.values.some((v) => v.id === o.mention.titleId);
}

/** The words of the organisation a singular office (not a diplomat's or a minister's) names when it has no id. */
function idlessOrganization(ctx: RecognizerContext, o: Office): string | null {
  const [first, last] = [o.orgMentions[0], o.orgMentions.at(-1)];
  // A diplomat's or a minister's title is the office alone («رایزن علمی», not «… سفارت ایران»).
  if (o.kind !== 'office' || o.plural || !first || !last) return null;
  if (o.orgMentions.some((m) => m.canonicalId)) return null;
  return normalizedText(ctx, first.tFirst, last.tEnd);
}

function attendeesOf(
  c: Ctx,
  range: [number, number],
  decisions: readonly DraftDecision[],
  involved: Set<string>,
): DraftAttendee[] {
  const { linked } = c;
  const inRange = (m: Mention) => {
    const s = sentenceOf(c, m);
    return s >= range[0] && s < range[1];
  };
  const inDecision = (m: { start: number; end: number }) =>
    decisions.some((d) => m.start >= d.start && m.end <= d.end);
  // Only the persons and offices named in the meeting's own sentences are candidates.
  const candidates = new Set<number>();
  const offices: Office[] = [];
  for (let sentence = range[0]; sentence < range[1]; sentence++) {
    for (const p of c.personsIn(sentence)) candidates.add(p.idx);
    offices.push(...c.officesIn(sentence));
  }
  // In «پیام وزیر توسط دکتر X قرائت شد» the sender is absent but the reader is present.
  const messageOnly = (m: Mention) =>
    c.facts[sentenceOf(c, m)]!.messageOnly &&
    !c.ctx.keys.slice(Math.max(0, m.tFirst - 3), m.tFirst).includes(BY);
  const out: DraftAttendee[] = [];
  const byPerson = new Map<number, DraftAttendee>();
  for (const idx of [...candidates].sort((a, b) => a - b)) {
    const p = linked.persons[idx]!;
    const own = mentionsIn(c, p.mentions, range);
    const named = own.filter((m) => m.rule !== 'person.pronoun' && !inDecision(m));
    if (!named.length || named.every(messageOnly)) continue;
    const a: DraftAttendee = {
      name: p.name,
      honorific: p.honorific,
      title: p.title,
      organizationId: p.organizationId,
      mentions: own.map(({ start, end }) => ({ start, end })),
      rule: ['attendee.person', p.titleRule, p.orgRule].filter(Boolean).join('+'),
    };
    byPerson.set(idx, a);
    out.push(a);
  }
  const unnamed = new Map<string, DraftAttendee>();
  // «مشاور وزیر علوم», «قائم مقام وزیر»: an office right after another is whom that one serves,
  // not someone present.
  for (const o of offices) {
    const m = o.mention;
    if (!inRange(m) || inDecision(m) || messageOnly(m) || o.kind === 'academic') continue;
    if (o.person === null && c.officeEnds.has(m.tFirst)) continue;
    // «رئیس دانشگاه به همراه معاونین …»: the deputies, the managers — a group, no one office each.
    if (o.plural && o.mention.titleId && c.ctx.lex.several.has(o.mention.titleId) && !o.title.includes(' '))
      continue;
    if (o.person !== null) {
      const holder = byPerson.get(o.person);
      holder?.mentions.push({ start: m.start, end: m.end });
      continue;
    }
    const orgIds: (string | null)[] = o.plural ? o.organizationIds : [o.organizationIds[0] ?? null];
    for (const orgId of orgIds) {
      // An office of no known organisation is an attendee only when it stands alone (a diplomat,
      // a minister); «رئیس» or «کارشناس» with no organisation is too vague to count.
      const f = c.facts[sentenceOf(c, m)]!;
      const leading = isLeading(c.ctx, m.tFirst);
      const present = f.presence || isEventSentence(f) || leading;
      // «استاندار سمنان نیز … گفت»: an official over a place who speaks in the story's sentences
      // was there, as an office of an organisation that leads its sentence is.
      const seated = o.orgRule === 'org.none-territory' && leading;
      // «با حضور رئیس سازمان انرژی اتمی»: an office of an organisation with no id, named where the
      // sentence says who was there; its title keeps the organisation's words, the only name it has.
      const unknownOrg = orgId === null ? idlessOrganization(c.ctx, o) : null;
      const named = !!unknownOrg && (f.presence || isEventSentence(f));
      if (orgId === null && !named && (o.kind === 'office' || !(f.presence || isEventSentence(f) || seated)))
        continue;
      // Not a present person, but still an organisation the story's meeting involves.
      if (!present) {
        if (orgId) involved.add(orgId);
        continue;
      }
      const holder = out.find(
        (a) => a.name && a.title && a.organizationId === orgId && sameTitle(c.ctx, a.title, o),
      );
      if (holder) {
        holder.mentions.push({ start: m.start, end: m.end });
        continue;
      }
      const title = named ? `${o.title} ${unknownOrg}` : o.title;
      const k = `${key(title)}@${orgId}`;
      const seen = unnamed.get(k);
      if (seen) seen.mentions.push({ start: m.start, end: m.end });
      else {
        const a: DraftAttendee = {
          name: null,
          honorific: null,
          title,
          organizationId: orgId,
          mentions: [{ start: m.start, end: m.end }],
          rule: [o.plural ? 'attendee.office-plural' : 'attendee.office', named ? 'org.no-id' : o.orgRule]
            .filter(Boolean)
            .join('+'),
        };
        unnamed.set(k, a);
        out.push(a);
      }
    }
  }
  for (const a of out) a.mentions.sort((x, y) => x.start - y.start);
  return pairOfficesWithNames(c.ctx.doc.sentences, out).sort(
    (x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0),
  );
}

export function extractMeetings(
  ctx: RecognizerContext,
  linked: Linked,
  dates: readonly Mention[],
  facts: readonly SentenceFacts[],
): DraftMeeting[] {
  const persons = linked.persons.flatMap((p, idx) => p.mentions.map((m) => ({ tFirst: m.tFirst, idx })));
  const c: Ctx = {
    ctx,
    linked,
    dates,
    facts,
    orgsIn: bySentence(ctx, linked.orgs),
    datesIn: bySentence(ctx, dates),
    placesIn: bySentence(ctx, linked.places),
    unitsIn: bySentence(ctx, linked.units),
    officesIn: bySentence(
      ctx,
      linked.offices.map((o) => ({ ...o, tFirst: o.mention.tFirst })),
    ),
    personsIn: bySentence(ctx, persons),
    officeEnds: new Set(linked.offices.map((o) => o.mention.tEnd)),
  };
  const starts = eventStarts(c);
  return starts.map((s, i) => {
    // The first event also owns the sentences before it (headline, opening lines).
    const range: [number, number] = [i === 0 ? 0 : s.start, starts[i + 1]?.start ?? facts.length];
    const own = facts.slice(range[0], range[1]);
    const decisions = own.flatMap((f) =>
      extractDecisions(ctx, f, c.datesIn(f.index), c.orgsIn(f.index), c.placesIn(f.index)),
    );
    const eventSentences = own.filter(
      (f) => f.index === s.start || (isEventSentence(f) && !f.decisions.length),
    );
    const lead = facts[s.start]!;
    // Past the lead sentence, a date whose clause goes on in the future tense («… که از ۵ تا ۷ اکتبر
    // برگزار می‌شود», «امروز سند … امضا خواهد شد») dates what is announced, not the event reported.
    const dated = (f: SentenceFacts) => firstDayDate(c, f.index, decisions, f);
    const dateMention =
      firstDayDate(c, lead.index, decisions) ??
      eventSentences.map(dated).find(Boolean) ??
      // Then the opening lines, and later sentences that speak of an event: «دانشگاه X در تاریخ …
      // تاسیس گردیده» after the report is the partner's history.
      own
        .map((f) => (f.index < lead.index || f.events.length || f.anaphoric ? dated(f) : undefined))
        .find(Boolean);
    const organizer = organizerOf(c, eventSentences);
    const host = visitedOrg(c, eventSentences)?.canonicalId ?? organizer?.organizationId ?? null;
    const location = locationOf(c, s.kind, eventSentences, own, host, decisions);
    const orgIds = new Set<string>();
    const attendees = attendeesOf(c, range, decisions, orgIds);
    for (const f of eventSentences) {
      if (f.messageOnly) continue;
      for (const o of c.orgsIn(f.index)) {
        if (decisions.some((d) => o.start >= d.start && o.end <= d.end)) continue;
        if (o.canonicalId) orgIds.add(o.canonicalId);
      }
    }
    for (const a of attendees) if (a.organizationId) orgIds.add(a.organizationId);
    if (organizer?.organizationId) orgIds.add(organizer.organizationId);
    if (location?.organizationId) orgIds.add(location.organizationId);
    const evidenceSentences = new Set<number>(eventSentences.map((f) => f.index));
    for (const d of decisions) evidenceSentences.add(ctx.doc.tokens[d.tFirst]!.sentence);
    const evidence = [...evidenceSentences]
      .sort((a, b) => a - b)
      .map((idx) => ({ start: ctx.doc.sentences[idx]!.start, end: ctx.doc.sentences[idx]!.end }));
    const date = dateMention?.date ?? null;
    for (const d of decisions) if (d.date) d.date = forwardOf(d.date, date);
    const confidence =
      0.35 +
      (date ? 0.2 : 0) +
      (orgIds.size ? 0.15 : 0) +
      (attendees.length ? 0.15 : 0) +
      (lead.planned ? 0 : 0.1) +
      (location ? 0.05 : 0);
    return {
      kind: kindOf(c, s.kind, i === 0 ? own.filter((f) => f.index < s.start) : []),
      title: titleOf(c, eventSentences),
      date,
      location,
      organizer,
      organizations: [...orgIds].sort(),
      attendees,
      decisions,
      evidence,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
      sentences: range,
    };
  });
}
