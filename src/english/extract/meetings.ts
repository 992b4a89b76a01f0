// English events: the same DraftMeeting records the Persian extractor makes. A sentence reports an
// event when it has an event word and a «happened» phrase that no «will / is to be» makes future;
// the first such sentence opens a meeting, a later one opens another only on another day.

import type { Linked } from '../../extract/link.js';
import type { DraftAttendee, DraftMeeting } from '../../extract/meetings.js';
import { describeSentences, type SentenceFacts } from '../../extract/sentences.js';
import type { Mention } from '../../recognize/types.js';
import type { DateValue, Location, MeetingKind } from '../../records/schema.js';
import type { EnContext } from '../context.js';
import { textOf } from '../context.js';
import { phraseKey } from '../keys.js';
import { type EnDecision, extractDecisions } from './decisions.js';

const PRECEDENCE: MeetingKind[] = ['signing', 'conference', 'workshop', 'visit', 'meeting', 'other'];
const SIGNED = new Set(['signed', 'signing', 'sign', 'signs'].map(phraseKey));
/** How far before a «happened» word a «will / is to be» makes it future. */
const PLANNED_REACH = 4;
const VISIT_VERBS = new Set(['visited', 'visit', 'visits', 'toured'].map(phraseKey));
const HOSTED = phraseKey('hosted');

interface Ctx {
  c: EnContext;
  facts: SentenceFacts[];
  linked: Linked;
  orgsIn: Mention[][];
  datesIn: Mention[][];
  happened: boolean[];
}

function byS(c: EnContext, ms: readonly Mention[]): Mention[][] {
  const out: Mention[][] = c.doc.sentences.map(() => []);
  for (const m of ms) out[c.doc.tokens[m.tFirst]!.sentence]?.push(m);
  return out;
}

/** A «happened» phrase that is not made future by a planned word just before it. */
function tookPlace(c: EnContext, f: SentenceFacts): boolean {
  const { firstToken, endToken } = f.sentence;
  const lex = c.rc.lex;
  const limit = f.decisions[0]?.tFirst ?? endToken;
  const planned = lex.planned.findAll(c.keys, firstToken, endToken);
  return lex.happened
    .findAll(c.keys, firstToken, limit)
    .some((h) => !planned.some((p) => p.end <= h.first && h.first - p.end < PLANNED_REACH));
}

function kindsOf(x: Ctx, f: SentenceFacts): Set<MeetingKind> {
  const keys = x.c.keys.slice(f.sentence.firstToken, f.sentence.endToken);
  const signed = keys.some((k) => SIGNED.has(k));
  return new Set(f.events.map((e) => e.kind).filter((k) => k !== 'signing' || signed));
}

function dayDate(x: Ctx, s: number, exclude: (m: Mention) => boolean): Mention | undefined {
  return x.datesIn[s]!.find(
    (d) => (d.date?.precision === 'day' || d.date?.precision === 'range') && !exclude(d),
  );
}

function orgLocation(x: Ctx, o: Mention): Location {
  return {
    text: textOf(x.c, o.tFirst, o.tEnd),
    organizationId: o.canonicalId ?? null,
    start: o.start,
    end: o.end,
  };
}

/** «held at X», «in X», «X hosted», «visited X», «paid a visit to X»; a visit defaults to the document's organisation. */
function locationOf(x: Ctx, kind: MeetingKind, sentences: readonly SentenceFacts[]): Location | null {
  const { c } = x;
  const online = sentences.some((f) => f.online);
  for (const f of sentences) {
    for (const o of x.orgsIn[f.index]!) {
      let at = o.tFirst - 1;
      if (c.keys[at] === 'the') at--;
      const venue = [1, 2, 3].some((n) => {
        const m = c.en.venue.longestAt(c.keys, at - n + 1);
        return m && m.end === at + 1;
      });
      if (venue && !online) return orgLocation(x, o);
      if (c.keys[o.tEnd] === HOSTED) return orgLocation(x, o);
    }
  }
  if (kind !== 'visit') return null;
  for (const f of sentences) {
    for (const o of x.orgsIn[f.index]!) {
      const before = c.keys.slice(Math.max(f.sentence.firstToken, o.tFirst - 6), o.tFirst);
      if (before.some((k) => VISIT_VERBS.has(k))) return orgLocation(x, o);
    }
  }
  const main = x.linked.orgs.find((o) => o.canonicalId && o.canonicalId === x.linked.main?.id);
  return main ? orgLocation(x, main) : null;
}

function attendeesOf(x: Ctx, range: [number, number], decisions: readonly EnDecision[]): DraftAttendee[] {
  const { linked, c } = x;
  const sentenceOf = (m: Mention) => c.doc.tokens[m.tFirst]!.sentence;
  const inRange = (m: Mention) => sentenceOf(m) >= range[0] && sentenceOf(m) < range[1];
  const inDecision = (m: Mention) => decisions.some((d) => m.start >= d.start && m.end <= d.end);
  const messageOnly = (m: Mention) => x.facts[sentenceOf(m)]!.messageOnly;
  const out: DraftAttendee[] = [];
  linked.persons.forEach((p) => {
    const here = p.mentions.filter((m) => inRange(m) && !inDecision(m));
    if (!here.length || here.every(messageOnly)) return;
    out.push({
      name: p.name,
      honorific: p.honorific,
      title: p.title,
      organizationId: p.organizationId,
      mentions: p.mentions.filter(inRange).map(({ start, end }) => ({ start, end })),
      rule: ['en.attendee.person', p.titleRule, p.orgRule].filter(Boolean).join('+'),
    });
  });
  const seen = new Map<string, DraftAttendee>();
  for (const o of linked.offices) {
    const m = o.mention;
    if (o.person !== null || !inRange(m) || inDecision(m) || o.kind === 'academic') continue;
    const f = x.facts[sentenceOf(m)]!;
    // «the office of the President», «the visit of the Minister»: an office named, not present.
    if (c.keys[m.tFirst - 1] === 'of' || (c.keys[m.tFirst - 1] === 'the' && c.keys[m.tFirst - 2] === 'of'))
      continue;
    if (!(x.happened[f.index] || f.presence) || f.messageOnly) continue;
    for (const orgId of o.organizationIds) {
      const k = `${m.titleId}@${orgId}`;
      const a = seen.get(k);
      if (a) {
        a.mentions.push({ start: m.start, end: m.end });
        continue;
      }
      const attendee: DraftAttendee = {
        name: null,
        honorific: null,
        title: o.title,
        organizationId: orgId,
        mentions: [{ start: m.start, end: m.end }],
        rule: [o.plural ? 'en.attendee.office-plural' : 'en.attendee.office', o.orgRule]
          .filter(Boolean)
          .join('+'),
      };
      seen.set(k, attendee);
      out.push(attendee);
    }
  }
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

export function extractEnglishMeetings(
  c: EnContext,
  linked: Linked,
  dates: readonly Mention[],
  named: Uint8Array,
  publishedAt: DateValue | null,
): DraftMeeting[] {
  const facts = describeSentences(c.rc, named);
  const x: Ctx = {
    c,
    facts,
    linked,
    orgsIn: byS(c, linked.orgs),
    datesIn: byS(c, dates),
    happened: facts.map((f) => tookPlace(c, f)),
  };
  // The dateline's date, and the same day restated on its line («date 2018-03-03 TEHRAN, Mar. 03»).
  const datelineLine = publishedAt ? c.doc.original.slice(0, publishedAt.end).lastIndexOf('\n') + 1 : -1;
  const isDateline = (d: Mention) =>
    !!publishedAt &&
    publishedAt.end > publishedAt.start &&
    d.date?.jalali.from === publishedAt.jalali.from &&
    d.start >= datelineLine &&
    !c.doc.original.slice(datelineLine, d.start).includes('\n');
  const isEvent = (f: SentenceFacts) => f.events.length > 0 && x.happened[f.index]! && !f.announcement;
  const starts: { start: number; date: DateValue | null }[] = [];
  for (const f of facts) {
    if (!isEvent(f) || !kindsOf(x, f).size) continue;
    const date = dayDate(x, f.index, isDateline)?.date ?? null;
    const current = starts.at(-1);
    if (!current) starts.push({ start: f.index, date });
    else if (current.date && date && date.jalali.from !== current.date.jalali.from && !f.anaphoric)
      starts.push({ start: f.index, date });
    else if (!current.date && date) current.date = date;
  }
  return starts.map((s, i) => {
    const range: [number, number] = [i === 0 ? 0 : s.start, starts[i + 1]?.start ?? facts.length];
    const own = facts.slice(range[0], range[1]);
    const decisions = own.flatMap((f) => extractDecisions(c, f, x.datesIn[f.index]!, x.orgsIn[f.index]!));
    const inDecision = (m: Mention) => decisions.some((d) => m.start >= d.start && m.end <= d.end);
    const eventSentences = own.filter((f) => isEvent(f) && !f.decisions.length);
    const lead = facts[s.start]!;
    const kinds = kindsOf(x, lead);
    if (eventSentences.some((f) => kindsOf(x, f).has('visit'))) kinds.add('visit');
    const kind = PRECEDENCE.find((k) => kinds.has(k)) ?? 'meeting';
    const exclude = (d: Mention) => isDateline(d) || inDecision(d);
    const dateMention =
      dayDate(x, lead.index, exclude) ??
      eventSentences.map((f) => dayDate(x, f.index, exclude)).find(Boolean) ??
      own.map((f) => dayDate(x, f.index, exclude)).find(Boolean);
    const location = locationOf(x, kind, eventSentences);
    const attendees = attendeesOf(x, range, decisions);
    const orgIds = new Set<string>();
    for (const f of own) {
      if (!(isEvent(f) || f.anaphoric) || f.messageOnly) continue;
      for (const o of x.orgsIn[f.index]!) if (o.canonicalId && !inDecision(o)) orgIds.add(o.canonicalId);
    }
    for (const a of attendees) if (a.organizationId) orgIds.add(a.organizationId);
    if (location?.organizationId) orgIds.add(location.organizationId);
    const evidence = [
      ...new Set([
        ...eventSentences.map((f) => f.index),
        ...decisions.map((d) => c.doc.tokens[d.tFirst]!.sentence),
      ]),
    ]
      .sort((a, b) => a - b)
      .map((idx) => ({ start: c.doc.sentences[idx]!.start, end: c.doc.sentences[idx]!.end }));
    const date = dateMention?.date ?? null;
    const confidence =
      0.35 +
      (date ? 0.2 : 0) +
      (orgIds.size ? 0.15 : 0) +
      (attendees.length ? 0.15 : 0) +
      0.1 +
      (location ? 0.05 : 0);
    return {
      kind,
      title: titleOf(c, eventSentences.length ? eventSentences : [lead]),
      date,
      location,
      organizer: null,
      organizations: [...orgIds].sort(),
      attendees,
      decisions,
      evidence,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
      sentences: range,
    };
  });
}

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);
const MAX_QUOTED = 200;

/** The first quotation of 3 to 200 characters: offsets of its opening and closing marks. */
function quoted(text: string): { open: number; close: number } | null {
  for (let i = 0; i < text.length; i++) {
    if (!OPEN_QUOTES.has(text[i]!)) continue;
    let j = i + 1;
    while (j < text.length && j - i <= MAX_QUOTED + 1 && !CLOSE_QUOTES.has(text[j]!)) j++;
    if (j < text.length && CLOSE_QUOTES.has(text[j]!) && j - i - 1 >= 3 && j - i - 1 <= MAX_QUOTED)
      return { open: i, close: j };
    if (j < text.length && CLOSE_QUOTES.has(text[j]!)) i = j;
  }
  return null;
}

/** The event's own name: quoted words right after an event word («Workshop on "Internationalisation …"»). */
function titleOf(c: EnContext, sentences: readonly SentenceFacts[]): string | null {
  for (const f of sentences) {
    const { start, end } = f.sentence;
    const text = c.doc.original.slice(start, end);
    const q = quoted(text);
    if (!q) continue;
    // The quoted words name the event when an event word stands within a few words of them.
    const before = text.slice(Math.max(0, q.open - 40), q.open + 1);
    const after = text.slice(q.close + 1, q.close + 31);
    const near = f.events.some((e) => {
      const w = c.doc.original.slice(c.doc.tokens[e.tFirst]!.start, c.doc.tokens[e.tEnd - 1]!.end);
      return before.includes(w) || after.includes(w);
    });
    const inner = text.slice(q.open + 1, q.close);
    if (near) return inner.trim();
  }
  return null;
}
