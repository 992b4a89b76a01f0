// Decisions: the clause after «مقرر شد / قرار شد / توافق شد …» (or before «تصویب شد»), split into
// one decision per decided action, with the date and place of a next meeting when stated.
import { isPunct, normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import type { DateValue, DecisionKind } from '../records/schema.js';
import { key } from '../text/key.js';
import type { SentenceFacts } from './sentences.js';

export interface DraftDecision {
  kind: DecisionKind;
  rule: string;
  tFirst: number;
  tEnd: number;
  start: number;
  end: number;
  text: string;
  date: DateValue | null;
  location: { text: string; organizationId: string | null } | null;
}

const AND = key('و');
const AGREE = key('موافقت');
const WHILE = key('ضمن');
const WITH = key('با');
const LEADING = new Set([key('که'), key('تا'), ':', key('نیز'), key('همچنین')]);
const SEPARATORS = new Set([key('و'), '،', ',', '؛']);
const IN = key('در');
const AT_PLACE = key('محل');
/** A finite or subjunctive verb ends an action: what follows «و» is then a new action. */
const VERB_END =
  /(شود|شوند|گردد|گردند|کند|کنند|نماید|نمایند|یابد|یابند|گیرد|گیرند|دهد|دهند|باشد|باشند|رسد|برسد|آید|بیاید|شد|شدند|گردید|گردیدند|کرد|کردند|نمود|نمودند|رسید|رسیدند|گرفت|گرفتند|یافت|یافتند|داد|دادند)$/;

function trim(ctx: RecognizerContext, a: number, b: number): [number, number] {
  while (a < b && (isPunct(ctx.doc.tokens[a]) || LEADING.has(ctx.keys[a]!))) a++;
  while (b > a && isPunct(ctx.doc.tokens[b - 1])) b--;
  return [a, b];
}

/** Past participles that close a clause before «و» («… تاسیس شده و نمایندگان …»). */
const PARTICIPLE = new Set(['شده', 'گردیده', 'نموده', 'کرده', 'یافته', 'داشته', 'داده'].map(key));

/** A verb's complement: a task, an event or holding one («پیگیری», «افتتاح», «برگزار»). */
function isComplement(ctx: RecognizerContext, k: string): boolean {
  return ctx.lex.taskVerbs.has(k) || ctx.lex.eventVerbs.has(k) || ctx.lex.holdVerbs.has(k);
}

/**
 * Whether the action ends before «و» at `t`: after a finite verb or a participle, or after holding
 * an event with its verb left out when a new clause follows («نشست‌هایی … برگزار و ضمن …، گزارشی
 * تهیه شود» — not «تهیه و ارائه شود», one action with two verbs).
 */
function endsAction(ctx: RecognizerContext, t: number): boolean {
  const before = ctx.keys[t - 1] ?? '';
  if (VERB_END.test(before)) return true;
  if (ctx.keys[t] !== AND) return false;
  // «… احصاء شده و ضمن پیشنهاد راهکارها، … پیگیری گردد»: «ضمن» goes on with the same action.
  if (PARTICIPLE.has(before)) return ctx.keys[t + 1] !== WHILE;
  return ctx.lex.holdVerbs.has(before) && !isComplement(ctx, ctx.keys[t + 1] ?? '');
}

/**
 * Splits [a, b) at «و» / «،» that end an action. In a list of verbal nouns agreed to («با تشکیل
 * کارگروه … و برگزاری جلسات …»), «و» before another verbal noun starts another action — not
 * «تدوین و ارائه برنامه», two verbs of one object.
 */
function actions(ctx: RecognizerContext, a: number, b: number, nouns = false): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (let t = a + 1; t < b - 1; t++) {
    const nextNoun =
      nouns &&
      ctx.keys[t] === AND &&
      isComplement(ctx, ctx.keys[t + 1] ?? '') &&
      !isComplement(ctx, ctx.keys[t - 1] ?? '');
    if (nextNoun || (SEPARATORS.has(ctx.keys[t] ?? '') && endsAction(ctx, t))) {
      out.push(trim(ctx, from, t));
      from = t + 1;
    }
  }
  out.push(trim(ctx, from, b));
  return out.filter(([x, y]) => y - x >= 2);
}

function inside(m: { start: number; end: number }, a: { start: number; end: number }): boolean {
  return m.start >= a.start && m.end <= a.end;
}

function draft(
  ctx: RecognizerContext,
  [a, b]: [number, number],
  kind: DecisionKind,
  rule: string,
  dates: readonly Mention[],
  orgs: readonly Mention[],
  places: readonly Mention[],
  agreeing = false,
): DraftDecision {
  const span = { start: ctx.doc.tokens[a]!.start, end: ctx.doc.tokens[b - 1]!.end };
  const followUp = plansEvent(ctx, a, b);
  // «صورت‌های مالی سال ۱۴۰۰» names a year as a topic; only a relative year («سال آینده») dates a decision.
  const date =
    dates.find(
      (d) =>
        inside(d, span) &&
        (d.date?.precision !== 'year' ||
          (d.date.yearInferred && !ctx.lex.vagueTime.has(ctx.keys[d.tFirst - 1] ?? ''))),
    )?.date ?? null;
  const atOrg = orgs.find(
    (o) =>
      inside(o, span) &&
      (ctx.keys[o.tFirst - 1] === IN ||
        (ctx.keys[o.tFirst - 1] === AT_PLACE && ctx.keys[o.tFirst - 2] === IN)),
  );
  const place = places.find((p) => inside(p, span));
  const location = atOrg
    ? { text: normalizedText(ctx, atOrg.tFirst, atOrg.tEnd), organizationId: atOrg.canonicalId ?? null }
    : place
      ? { text: normalizedText(ctx, place.tFirst, place.tEnd), organizationId: place.organizationId ?? null }
      : null;
  const mutual = isMutual(ctx, a, b, kind, agreeing);
  // A planned event is a next meeting; a series of them («نشست‌هایی … برگزار شود») too, unless both
  // parties agree to hold it («توافق شد دو دانشگاه … وبینارهایی … برگزار کنند»): their agreement.
  // Agreeing to hold them («با برگزاری جلسات منظم موافقت شد») plans them as a decision to does.
  const nextMeeting =
    followUp === 'event'
      ? kind !== 'other'
      : followUp === 'series' && (kind === 'action' || (kind === 'other' && agreeing)) && !mutual;
  return {
    kind: nextMeeting ? 'next_meeting' : mutual ? 'agreement' : kind,
    rule: nextMeeting ? `${rule}+follow-up` : mutual ? `${rule}+mutual` : rule,
    tFirst: a,
    tEnd: b,
    ...span,
    text: normalizedText(ctx, a, b),
    date,
    location,
  };
}

export function extractDecisions(
  ctx: RecognizerContext,
  facts: SentenceFacts,
  dates: readonly Mention[],
  orgs: readonly Mention[],
  places: readonly Mention[],
): DraftDecision[] {
  const { firstToken, endToken } = facts.sentence;
  const out: DraftDecision[] = [];
  facts.decisions.forEach((opener, i) => {
    const next = facts.decisions[i + 1]?.tFirst ?? endToken;
    // «مقرر شد …» opens its clause; «… تصویب شد», «… توافق کردند» close it (verb last).
    const after = trim(ctx, opener.tEnd, next);
    const region: [number, number] =
      opener.kind === 'other' || after[1] - after[0] < 2
        ? trim(ctx, clauseStart(ctx, firstToken, opener.tFirst), opener.tFirst)
        : after;
    // «موافقت شد» is a board's approval, or both sides agreeing when the clause names both.
    const agreeing = ctx.keys.slice(opener.tFirst, opener.tEnd).includes(AGREE);
    const agreedTo =
      agreeing && region[1] === opener.tFirst ? agreedWith(ctx, firstToken, opener.tFirst) : -1;
    if (agreedTo >= 0 && agreedTo < region[0]) region[0] = agreedTo;
    for (const action of actions(ctx, region[0], region[1], agreedTo >= 0)) {
      out.push(draft(ctx, action, opener.kind, opener.rule, dates, orgs, places, agreeing));
    }
  });
  // «نشست بعدی … برگزار خواهد شد»: a planned follow-up without «مقرر شد».
  const followUpAt =
    facts.followUp.find((f) => isFollowUpMeeting(ctx, f.first))?.first ??
    structuralFollowUp(ctx, firstToken, endToken);
  if (!facts.decisions.length && facts.planned && followUpAt !== undefined) {
    const region = trim(ctx, clauseStart(ctx, firstToken, followUpAt), endToken);
    if (region[1] - region[0] >= 2)
      out.push(draft(ctx, region, 'next_meeting', 'decision.planned-follow-up', dates, orgs, places));
  }
  return out;
}

/**
 * Both parties: «مقرر شد طرفین …», «دو دانشگاه … » as the subject of an action make it an
 * agreement («با همکاری طرفین … پیگیری گردد» stays a task); «موافقت شد» over «… دوجانبه …» too.
 */
function isMutual(
  ctx: RecognizerContext,
  a: number,
  b: number,
  kind: DecisionKind,
  agreeing: boolean,
): boolean {
  if (kind === 'action') {
    if (ctx.lex.mutual.longestAt(ctx.keys, a, b) !== null) return true;
    // «X با Y … همکاری داشته باشد»: done together with another party.
    const verb = mainComplement(ctx, a, b);
    return verb !== null && ctx.lex.jointVerbs.has(verb) && ctx.keys.slice(a, b).includes(WITH);
  }
  return kind === 'other' && agreeing && ctx.lex.mutual.findAll(ctx.keys, a, b).length > 0;
}

/** The complement of the verb an action ends with («… پیگیری شود» → «پیگیری»), or null. */
function mainComplement(ctx: RecognizerContext, a: number, b: number): string | null {
  for (let t = b - 1; t > a && t >= b - 3; t--) {
    if (!VERB_END.test(ctx.keys[t] ?? '')) continue;
    // «همکاری داشته باشد», «ترتیب داده شود»: past through a participle to the complement.
    const c = PARTICIPLE.has(ctx.keys[t - 1] ?? '') && t - 2 >= a ? t - 2 : t - 1;
    return c >= a ? ctx.keys[c]! : null;
  }
  return null;
}

/**
 * Whether a decided action plans an event: its verb is one («… افتتاح شود»), or it names a
 * follow-up — unless its verb is a task and the follow-up only its object («امضای تفاهم‌نامه …
 * پیگیری شود»); a follow-up it happens in («در جلسات بعدی … بررسی شود») still counts.
 */
function plansEvent(ctx: RecognizerContext, a: number, b: number): Planned {
  const verb = mainComplement(ctx, a, b);
  if (verb !== null && ctx.lex.eventVerbs.has(verb)) return 'event';
  const planned = hasFollowUp(ctx, a, b);
  if (planned === null || verb === null || !ctx.lex.taskVerbs.has(verb)) return planned;
  return ctx.lex.followUp.findAll(ctx.keys, a, b).some((m) => ctx.keys[m.first - 1] === IN) ? 'event' : null;
}

/** What a decided action plans: one event, a series of them, or none. */
type Planned = 'event' | 'series' | null;

/** «نشست بعدی», «اعزام هیئت», or any event noun followed by «بعدی / آتی / آینده». */
function hasFollowUp(ctx: RecognizerContext, a: number, b: number): Planned {
  if (ctx.lex.followUp.findAll(ctx.keys, a, b).length) return 'event';
  const events = ctx.lex.events.findAll(ctx.keys, a, b).filter((m) => m.values[0]!.kind !== null);
  if (events.some((m) => ctx.lex.followUpMarkers.has(ctx.keys[m.end] ?? ''))) return 'event';
  // «همایش مشترکی … برگزار کنند», «… تشکیل جلسه دهد», «نشست‌هایی … برگزار [شود]»: deciding to
  // hold an event plans a meeting.
  const keys = ctx.keys.slice(a, b);
  if (!keys.some((k) => ctx.lex.holdVerbs.has(k))) return null;
  if (events.length > 0) return 'event';
  return keys.some((k) => isEventForm(ctx, k)) ? 'series' : null;
}

/** Plural and indefinite endings of nouns («نشست‌هایی», «جلسات», «همایشی»). */
const NOUN_ENDINGS = ['هایی', 'های', 'ها', 'اتی', 'ات', 'ی'].map(key);

/** A plural or indefinite form of an event noun («نشست‌هایی», «جلساتی»). */
function isEventForm(ctx: RecognizerContext, k: string): boolean {
  for (const end of NOUN_ENDINGS) {
    if (!k.endsWith(end) || k.length - end.length < 3) continue;
    const stem = k.slice(0, -end.length);
    // «جلسات»: the Arabic plural drops the final «ه» of «جلسه».
    for (const s of end.startsWith('ا') ? [stem, `${stem}ه`] : [stem]) {
      const m = ctx.lex.events.longestAt([s], 0);
      if (m && m.values[0]!.kind !== null) return true;
    }
  }
  return false;
}

/** Follow-up nouns that name a meeting by themselves («نشست بعدی»), not «سفر» or «بازدید» alone. */
function isFollowUpMeeting(ctx: RecognizerContext, t: number): boolean {
  const m = ctx.lex.followUp.longestAt(ctx.keys, t);
  return !!m && m.end - m.first >= 2;
}

function structuralFollowUp(ctx: RecognizerContext, a: number, b: number): number | undefined {
  return ctx.lex.events
    .findAll(ctx.keys, a, b)
    .find((m) => m.values[0]!.kind !== null && ctx.lex.followUpMarkers.has(ctx.keys[m.end] ?? ''))?.first;
}

/** «با حضور», «با هدف»: «با» that does not introduce what was agreed to. */
const NOT_AGREED = new Set(['حضور', 'شرکت', 'هدف', 'توجه', 'عنوان', 'موضوع', 'محوریت', 'استناد'].map(key));

/**
 * «با تشکیل کنسرسیوم … و برگزاری جلسات منظم، برای تدوین … موافقت شد»: what «موافقت شد» agrees to
 * is its «با» phrase, commas and all — the last «با» before it with no verb between. -1 if none.
 */
function agreedWith(ctx: RecognizerContext, first: number, opener: number): number {
  for (let t = opener - 1; t >= first; t--) {
    if (VERB_END.test(ctx.keys[t] ?? '') || PARTICIPLE.has(ctx.keys[t] ?? '')) return -1;
    if (ctx.keys[t] === WITH && !NOT_AGREED.has(ctx.keys[t + 1] ?? '')) return t;
  }
  return -1;
}

/** Start of the clause that ends at `end`: after the last comma or anaphoric opener before it. */
function clauseStart(ctx: RecognizerContext, first: number, end: number): number {
  let start = first;
  for (let t = first; t < end; t++) if (ctx.doc.tokens[t]!.normalized === '،') start = t + 1;
  const anaphora = ctx.lex.anaphora.longestAt(ctx.keys, start, end);
  return anaphora ? anaphora.end : start;
}
