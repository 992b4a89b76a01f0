// Meetings: one per distinct event that took place. The first sentence that reports an event
// (an event noun and a «happened» verb) opens a meeting; later sentences enrich it unless they
// report another event (another day, or another kind of event introduced as a new step).
// Segmenting sentences into events is event-segments.ts; choosing a meeting's attendees, attendees.ts.
import { isPunct, normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import type { DateValue, Location, MeetingKind, Organizer, Span } from '../records/schema.js';
import { key } from '../text/key.js';
import { attendeesOf } from './attendees.js';
import { bySentence } from './by-sentence.js';
import { type DraftDecision, extractDecisions } from './decisions.js';
import { eventStarts, firstDayDate, kindOf } from './event-segments.js';
import { forwardOf } from './future.js';
import type { Linked } from './link.js';
import { isEventSentence, type MeetingScope } from './meeting-scope.js';
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

const UNIVERSITY = key('دانشگاه');
const THIS = key('این');
const TITLE_LEADS = new Set([
  key('با عنوان'),
  key('با موضوع'),
  key('تحت عنوان'),
  key('عنوان'),
  key('موضوع'),
  key('با'),
  key('تحت'),
]);

function organizerOf(c: MeetingScope, eventSentences: readonly SentenceFacts[]): Organizer | null {
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
function titleOf(c: MeetingScope, eventSentences: readonly SentenceFacts[]): string | null {
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

export function extractMeetings(
  ctx: RecognizerContext,
  linked: Linked,
  dates: readonly Mention[],
  facts: readonly SentenceFacts[],
): DraftMeeting[] {
  const persons = linked.persons.flatMap((p, idx) => p.mentions.map((m) => ({ tFirst: m.tFirst, idx })));
  const c: MeetingScope = {
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
    const date = dateMention?.date ?? null;
    for (const d of decisions) if (d.date) d.date = forwardOf(d.date, date);
    return {
      kind: kindOf(c, s.kind, i === 0 ? own.filter((f) => f.index < s.start) : []),
      title: titleOf(c, eventSentences),
      date,
      location,
      organizer,
      organizations: [...orgIds].sort(),
      attendees,
      decisions,
      evidence: evidenceOf(ctx, eventSentences, decisions),
      confidence: confidenceOf(date, orgIds.size, attendees.length, lead.planned, !!location),
      sentences: range,
    };
  });
}

/** The sentences of the event and of its decisions, in text order. */
function evidenceOf(
  ctx: RecognizerContext,
  eventSentences: readonly SentenceFacts[],
  decisions: readonly DraftDecision[],
): Span[] {
  const sentences = new Set<number>(eventSentences.map((f) => f.index));
  for (const d of decisions) sentences.add(ctx.doc.tokens[d.tFirst]!.sentence);
  return [...sentences]
    .sort((a, b) => a - b)
    .map((idx) => ({ start: ctx.doc.sentences[idx]!.start, end: ctx.doc.sentences[idx]!.end }));
}

/** How complete the meeting is: a reported event, plus its date, organisations, attendees and place. */
function confidenceOf(
  date: DateValue | null,
  organizations: number,
  attendees: number,
  planned: boolean,
  located: boolean,
): number {
  const confidence =
    0.35 +
    (date ? 0.2 : 0) +
    (organizations ? 0.15 : 0) +
    (attendees ? 0.15 : 0) +
    (planned ? 0 : 0.1) +
    (located ? 0.05 : 0);
  return Math.min(1, Math.round(confidence * 100) / 100);
}
