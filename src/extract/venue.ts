// Where an event was held when the text names no hall and no «در <organisation>»: the office of
// someone («در دفتر رئیس دانشگاه», «در دفتر دکتر X معاون پژوهشی وزارت علوم») or an organisation
// referred back to («در این پژوهشگاه برگزار شد»).
import { isPunct, normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import type { Location, MeetingKind } from '../records/schema.js';
import { key } from '../text/key.js';
import type { DraftDecision } from './decisions.js';
import { bareOrganization, visitedIn } from './host.js';
import type { Linked, Office } from './link.js';
import type { SentenceFacts } from './sentences.js';

/** What the meeting extractor knows of a document, as far as places go. */
export interface VenueCtx {
  ctx: RecognizerContext;
  linked: Linked;
  orgsIn: (sentence: number) => readonly Mention[];
  placesIn: (sentence: number) => readonly Mention[];
  unitsIn: (sentence: number) => readonly Mention[];
  officesIn: (sentence: number) => readonly Office[];
}

const IN = key('در');
const AT_PLACE = key('محل');
const OFFICE_ROOM = key('دفتر');
const THIS = new Set([key('این'), key('همین')]);
const THIS_ONE = key('این');
const UNIVERSITY = key('دانشگاه');
/** «در دفتر آقای دکتر X، معاون …»: how far after «دفتر» its holder's organisation may be named. */
const OFFICE_REACH = 12;

/** «در X» or «در محل X»: token `t` is where something took place. */
export function isIn(ctx: RecognizerContext, t: number): boolean {
  const k1 = ctx.keys[t - 1];
  return k1 === IN || (k1 === AT_PLACE && ctx.keys[t - 2] === IN);
}

function location(ctx: RecognizerContext, from: number, to: number, organizationId: string | null): Location {
  return {
    text: normalizedText(ctx, from, to),
    organizationId,
    start: ctx.doc.tokens[from]!.start,
    end: ctx.doc.tokens[to - 1]!.end,
  };
}

/**
 * «در دفتر رئیس دانشگاه حضور یافت», «در دفتر دکتر صالحی معاون پژوهشی وزارت علوم برگزار شد»: a
 * meeting in someone's office is held at that person's organisation — the first organisation named
 * after «دفتر», else the organisation of the first office named there.
 */
export function officeRoom(
  ctx: RecognizerContext,
  sentence: { firstToken: number; endToken: number },
  orgs: readonly Mention[],
  offices: readonly Office[],
): Location | null {
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    if (ctx.keys[t] !== OFFICE_ROOM || !isIn(ctx, t)) continue;
    const reach = Math.min(sentence.endToken, t + 1 + OFFICE_REACH);
    const org = orgs.find((o) => o.tFirst > t && o.tFirst < reach && o.canonicalId);
    const office = offices.find(
      (o) => o.mention.tFirst > t && o.mention.tFirst < reach && o.organizationIds.length === 1,
    );
    if (org && (!office || org.tFirst <= office.end)) return location(ctx, t, org.tEnd, org.canonicalId!);
    if (office) return location(ctx, t, office.end, office.organizationIds[0]!);
  }
  return null;
}

/** «که روز سه‌شنبه در این پژوهشگاه برگزار شد»: the organisation «این <head>» refers back to. */
export function referredBack(
  ctx: RecognizerContext,
  sentence: { firstToken: number; endToken: number },
  linked: Linked,
  orgsIn: (sentence: number) => readonly Mention[],
): Location | null {
  for (let t = sentence.firstToken; t < sentence.endToken - 1; t++) {
    if (!THIS.has(ctx.keys[t]!) || !isIn(ctx, t)) continue;
    const bare = bareOrganization(ctx, t, linked.main, linked.orgs, orgsIn, () => false);
    if (bare?.id) return location(ctx, t, bare.end, bare.id);
  }
  return null;
}

const FROM = key('از');
const LEADS = new Set([key('سرپرستی'), key('ریاست')]);
/** «در رأس هیئتی …»: the office named before leads the delegation. */
const HEADS = new Set([key('رأس'), key('راس')]);
/** «هیئت رئیسه», «هیئت امنای …», «هیئت علمی»: a board or a staff, not visitors (prefixes: «رئیسه‌ی»). */
const BOARDS = new Set(
  [
    'رئیسه',
    'رییسه',
    'امنا',
    'امناء',
    'علمی',
    'مدیره',
    'داوران',
    'تحریریه',
    'ممیزه',
    'اجرایی',
    'موسس',
    'مؤسس',
    'نظارت',
    'دولت',
  ].map(key),
);
/** «هیئتی از دانشگاه X به سرپرستی دکتر A، رئیس …»: how far before an office its «به سرپرستی» may stand. */
const LEADER_REACH = 8;

/**
 * «هیئتی از چین با دکتر X، رئیس دانشگاه تهران دیدار کردند», «رئیس دانشگاه اصفهان در دیدار هیئت
 * تاجیکی …», «سفیر آلمان با رئیس دانشگاه … دیدار کرد»: a delegation or an envoy is received by the
 * host, so with no place named, the host is the organisation of the receiving office — the first
 * office of the sentence that is neither the guests' (the delegation's «از X», an envoy's) nor the
 * delegation's leader.
 */
export function receivingHost(
  ctx: RecognizerContext,
  sentence: { firstToken: number; endToken: number },
  orgs: readonly Mention[],
  offices: readonly Office[],
): Location | null {
  const guests = new Set<string>();
  let guested = false;
  for (const d of ctx.lex.delegation.findAll(ctx.keys, sentence.firstToken, sentence.endToken)) {
    const next = ctx.keys[d.end] ?? '';
    if ([...BOARDS].some((b) => next.startsWith(b))) continue;
    guested = true;
    if (HEADS.has(ctx.keys[d.first - 1] ?? '')) {
      const leader = offices.filter((o) => o.end <= d.first).at(-1);
      for (const id of leader?.organizationIds ?? []) guests.add(id);
    }
    const from = ctx.keys.slice(d.end, d.end + 3).indexOf(FROM);
    const org = from < 0 ? undefined : orgs.find((o) => o.tFirst === d.end + from + 1);
    if (org?.canonicalId) guests.add(org.canonicalId);
  }
  for (const o of offices) {
    if (o.kind !== 'diplomatic') continue;
    guested = true;
    for (const id of o.organizationIds) guests.add(id);
  }
  if (!guested) return null;
  const host = offices.find((o) => {
    if (o.kind === 'diplomatic' || o.organizationIds.length !== 1 || guests.has(o.organizationIds[0]!))
      return false;
    const from = Math.max(sentence.firstToken, o.mention.tFirst - LEADER_REACH);
    return !ctx.keys.slice(from, o.mention.tFirst).some((k) => LEADS.has(k));
  });
  return host ? location(ctx, host.mention.tFirst, host.end, host.organizationIds[0]!) : null;
}

/** The organisation a guest came to, in the first of `sentences` that names one. */
export function visitedOrg(c: VenueCtx, sentences: readonly SentenceFacts[]): Mention | null {
  for (const f of sentences) {
    const o = visitedIn(c.ctx, c.orgsIn(f.index));
    if (o) return o;
  }
  return null;
}

/** Where the event was held: a hall or unit one is «in», someone's office, «در X», «در این X», the
 * organisation a guest came to, else the host that received a delegation or an envoy. */
export function locationOf(
  c: VenueCtx,
  kind: MeetingKind,
  eventSentences: readonly SentenceFacts[],
  own: readonly SentenceFacts[],
  host: string | null,
  decisions: readonly DraftDecision[],
): Location | null {
  const { ctx, linked } = c;
  // «مقرر شد نشست بعدی در دانشگاه X برگزار شود»: a place inside a decided clause is the place of
  // what was decided, not of the meeting.
  const decided = (m: { start: number; end: number }) =>
    decisions.some((d) => m.start >= d.start && m.end <= d.end);
  if (eventSentences.some((f) => f.online) && kind !== 'visit') return null;
  // A hall, or a unit one is «in» («در دفتر ریاست», «در ساختمان پژوهشکده»): event sentences first.
  const venues = (f: SentenceFacts) =>
    [...c.placesIn(f.index), ...c.unitsIn(f.index).filter((u) => isIn(ctx, u.tFirst))].sort(
      (a, b) => a.start - b.start,
    );
  // Past the report, a sentence that speaks of no event places nothing of it («… در مرکز شهرستان
  // مورد استفاده قرار گیرد»).
  const lead = eventSentences[0]?.index ?? 0;
  const others = own.filter(
    (x) => !eventSentences.includes(x) && (x.index < lead || x.events.length > 0 || x.anaphoric),
  );
  for (const f of [...eventSentences, ...others]) {
    const place = venues(f).find((v) => !decided(v));
    if (!place) continue;
    // «سالن جلسات ریاست دانشگاه علم و صنعت ایران»: the hall and the organisation that owns it.
    const org = c.orgsIn(f.index).find((o) => o.tFirst >= place.tEnd && o.tFirst - place.tEnd <= 2);
    const joined = org && !ctx.doc.tokens.slice(place.tEnd, org.tFirst).some((t) => isPunct(t));
    const bare = !joined && ctx.keys[place.tEnd] === UNIVERSITY;
    const thisOne = !joined && ctx.keys[place.tEnd] === THIS_ONE && ctx.keys[place.tEnd + 1] === UNIVERSITY;
    const end = joined ? org.tEnd : bare ? place.tEnd + 1 : thisOne ? place.tEnd + 2 : place.tEnd;
    return {
      text: normalizedText(ctx, place.tFirst, end),
      organizationId: joined ? (org.canonicalId ?? null) : (host ?? linked.main?.id ?? null),
      start: place.start,
      end: ctx.doc.tokens[end - 1]!.end,
    };
  }
  for (const f of eventSentences) {
    const room = officeRoom(ctx, f.sentence, c.orgsIn(f.index), c.officesIn(f.index));
    if (room && !decided(room)) return room;
  }
  for (const f of eventSentences) {
    for (const o of c.orgsIn(f.index)) {
      if (isIn(ctx, o.tFirst) && !decided(o)) {
        return {
          text: normalizedText(ctx, o.tFirst, o.tEnd),
          organizationId: o.canonicalId ?? null,
          start: o.start,
          end: o.end,
        };
      }
    }
  }
  for (const f of eventSentences) {
    const back = referredBack(ctx, f.sentence, linked, c.orgsIn);
    if (back && !decided(back)) return back;
  }
  const visited = kind === 'visit' ? visitedOrg(c, eventSentences) : null;
  if (visited) {
    return {
      text: normalizedText(ctx, visited.tFirst, visited.tEnd),
      organizationId: visited.canonicalId ?? null,
      start: visited.start,
      end: visited.end,
    };
  }
  for (const f of [...eventSentences, ...own.filter((x) => !eventSentences.includes(x))]) {
    if (!f.events.length) continue;
    const host = receivingHost(ctx, f.sentence, c.orgsIn(f.index), c.officesIn(f.index));
    if (host) return host;
  }
  return null;
}
