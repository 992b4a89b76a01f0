// Event segmentation: which sentences open a new event (another day, or another kind of event
// introduced as a new step), what kind each is, and the day it took place.
import type { Mention } from '../recognize/types.js';
import type { DateValue, MeetingKind } from '../records/schema.js';
import { key } from '../text/key.js';
import { type DraftDecision, extractDecisions } from './decisions.js';
import { isEventSentence, type MeetingScope } from './meeting-scope.js';
import type { SentenceFacts } from './sentences.js';

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
/** Words that may stand before a date at the head of a clause: the time of day it names. */
const DAY_TIME = new Set(['روز', 'صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'امروز', 'در', 'مورخ', '،'].map(key));

/**
 * A signing word that reports a signing: not a participle naming an agreement signed before
 * («اجرای تفاهم‌نامه منعقد شده بین دو طرف»), which «شده» followed by a word other than an auxiliary
 * marks («امضا شده است» is finite).
 */
function signsAt(c: MeetingScope, t: number): boolean {
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
function framed(c: MeetingScope, tFirst: number): boolean {
  let t = tFirst - 1;
  if (DEMONSTRATIVES.has(c.ctx.keys[t] ?? '')) t--;
  if (c.ctx.keys[t] === HOLDING) t--;
  return c.ctx.keys[t] === MARGIN;
}

/** The kind a sentence reports, by the precedence of records.md; a signing needs a signing verb. */
function sentenceKind(c: MeetingScope, f: SentenceFacts): MeetingKind | null {
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
export function kindOf(c: MeetingScope, lead: MeetingKind, headline: readonly SentenceFacts[]): MeetingKind {
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
export function firstDayDate(
  c: MeetingScope,
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
function opensClause(c: MeetingScope, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!DAY_TIME.has(c.ctx.keys[t]!)) return false;
  return true;
}

/** Splits the document's sentences into events: returns the index of each event's first sentence. */
export function eventStarts(c: MeetingScope): { start: number; kind: MeetingKind }[] {
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
