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

/** Splits [a, b) at «و» / «،» that follow a verb. */
function actions(ctx: RecognizerContext, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (let t = a + 1; t < b - 1; t++) {
    if (SEPARATORS.has(ctx.keys[t] ?? '') && VERB_END.test(ctx.keys[t - 1] ?? '')) {
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
): DraftDecision {
  const span = { start: ctx.doc.tokens[a]!.start, end: ctx.doc.tokens[b - 1]!.end };
  const followUp = hasFollowUp(ctx, a, b);
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
  // «مقرر شد طرفین …», «… بین دو دانشگاه …»: an action both parties take is an agreement.
  const mutual = kind === 'action' && ctx.lex.mutual.findAll(ctx.keys, a, b).length > 0;
  return {
    kind: followUp && kind !== 'other' ? 'next_meeting' : mutual ? 'agreement' : kind,
    rule: followUp && kind !== 'other' ? `${rule}+follow-up` : mutual ? `${rule}+mutual` : rule,
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
    for (const action of actions(ctx, region[0], region[1])) {
      out.push(draft(ctx, action, opener.kind, opener.rule, dates, orgs, places));
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

/** «نشست بعدی», «اعزام هیئت», or any event noun followed by «بعدی / آتی / آینده». */
function hasFollowUp(ctx: RecognizerContext, a: number, b: number): boolean {
  if (ctx.lex.followUp.findAll(ctx.keys, a, b).length) return true;
  const events = ctx.lex.events.findAll(ctx.keys, a, b).filter((m) => m.values[0]!.kind !== null);
  if (events.some((m) => ctx.lex.followUpMarkers.has(ctx.keys[m.end] ?? ''))) return true;
  // «همایش مشترکی … برگزار کنند», «… تشکیل جلسه دهد»: deciding to hold an event plans a meeting.
  return events.length > 0 && ctx.keys.slice(a, b).some((k) => ctx.lex.holdVerbs.has(k));
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

/** Start of the clause that ends at `end`: after the last comma or anaphoric opener before it. */
function clauseStart(ctx: RecognizerContext, first: number, end: number): number {
  let start = first;
  for (let t = first; t < end; t++) if (ctx.doc.tokens[t]!.normalized === '،') start = t + 1;
  const anaphora = ctx.lex.anaphora.longestAt(ctx.keys, start, end);
  return anaphora ? anaphora.end : start;
}
