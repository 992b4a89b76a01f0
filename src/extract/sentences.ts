// What each sentence says, in the terms the event extractor needs: event nouns, whether something
// happened or is planned, decision openers, presence and message-only markers.
import type { RecognizerContext } from '../recognize/context.js';
import type { Lexicon } from '../recognize/lexicon.js';
import { MatcherGroup, type PhraseMatch } from '../recognize/matcher.js';
import type { MeetingKind } from '../records/schema.js';
import { key } from '../text/key.js';
import type { Sentence } from '../text/types.js';

export interface EventNoun {
  kind: MeetingKind;
  tFirst: number;
  tEnd: number;
}

export interface DecisionOpener {
  kind: 'next_meeting' | 'agreement' | 'action' | 'other';
  rule: string;
  tFirst: number;
  tEnd: number;
}

export interface SentenceFacts {
  index: number;
  sentence: Sentence;
  events: EventNoun[];
  /** First token of a «happened» phrase before any decision opener, or -1. */
  happened: number;
  planned: boolean;
  /** First tokens of the sentence's future phrases («برگزار می‌شود», «خواهد شد»), in order. */
  plans: number[];
  /** First tokens of the sentence's «happened» phrases, in order. */
  happenings: number[];
  /** A call or registration: it announces an event, none took place. */
  announcement: boolean;
  /** The sentence refers back to an event already reported («در این نشست», «در پایان»). */
  anaphoric: boolean;
  /** The sentence moves on to another event («روز بعد», «در ادامه سفر»). */
  nextEvent: boolean;
  decisions: DecisionOpener[];
  followUp: PhraseMatch<string>[];
  presence: boolean;
  messageOnly: boolean;
  online: boolean;
}

const ANAPHORA_WINDOW = 4;
const AND = key('و');
/** «در دیدار با …», «طی دیدار با …», «در حاشیه نشست …»: an event that frames what was said. */
/** A past finite verb («کرد», «کردند», «نمود», «داشت» …): the tense an elided light verb takes. */
const PAST_VERB = /(کرد|کردند|نمود|نمودند|داشت|داشتند|شد|شدند|گردید|گردیدند|گرفت|گرفتند|رسید|رسیدند)$/;

const FRAMES = new Set([key('در'), key('طی'), key('حاشیه'), key('جریان'), key('ضمن')]);

/** The matchers every sentence is read with, in the order describeSentences reads their matches. */
export function sentenceMatcherList(lex: Lexicon) {
  return [
    lex.events,
    lex.decisions,
    lex.planned,
    lex.happened,
    lex.anaphora,
    lex.announcement,
    lex.nextEvent,
    lex.followUp,
    lex.presence,
    lex.messageOnly,
    lex.online,
  ] as const;
}

/** Those matchers walked together (one pass over a sentence's tokens). */
function sentenceMatchers(lex: Lexicon) {
  return new MatcherGroup(sentenceMatcherList(lex));
}
const groups = new WeakMap<Lexicon, ReturnType<typeof sentenceMatchers>>();

/**
 * `named` marks tokens inside names (organisations, units, halls): an event noun there («سالن
 * همایش‌ها», «مرکز همایش‌های …») names a building, not an event.
 */
export function describeSentences(ctx: RecognizerContext, named: Uint8Array): SentenceFacts[] {
  const { lex } = ctx;
  // «در حاشیه بازدید X گفت: قرار است …»: what is planned after the speech verb is what was said;
  // the frame event took place. Planned words before it («… خواهد گفت») make it future.
  const spoken = <V, W>(verb: PhraseMatch<V> | undefined, plans: PhraseMatch<W>[]) =>
    verb && !plans.some((p) => p.first < verb.first) ? verb : undefined;
  // «… دیدار و با وی … را بررسی کرد»: the event verb's light verb is the sentence's last verb.
  const elided = <V>(ms: PhraseMatch<V>[], to: number): PhraseMatch<V> | undefined => {
    let last = to - 1;
    while (last > 0 && ctx.doc.tokens[last]!.kind !== 'word') last--;
    if (!PAST_VERB.test(ctx.keys[last] ?? '')) return undefined;
    return ms.find((m) => ctx.keys[m.end] === AND);
  };
  // Words inside «…» are a name or someone's speech: they neither date nor place the narrative
  // («نشست «بررسی چالش‌های آموزش مجازی»» is not online).
  const quoted = new Uint8Array(ctx.doc.tokens.length);
  let depth = 0;
  ctx.doc.tokens.forEach((t, i) => {
    if (t.normalized === '»') depth = Math.max(0, depth - 1);
    if (depth > 0) quoted[i] = 1;
    if (t.normalized === '«') depth++;
    if (i + 1 < ctx.doc.tokens.length && ctx.doc.tokens[i + 1]!.sentence !== t.sentence) depth = 0;
  });
  let group = groups.get(lex);
  if (group === undefined) {
    group = sentenceMatchers(lex);
    groups.set(lex, group);
  }
  const matchers = group;
  // «در نشست X و Y … بررسی شد»: where a verb of discussion follows «در <event>», the first token of
  // that verb, per sentence (-1 when none).
  const discussedAt: number[] = [];
  const facts = ctx.doc.sentences.map((sentence, index) => {
    const from = sentence.firstToken;
    const to = sentence.endToken;
    const [
      eventMatches,
      decisionMatches,
      plannedMatches,
      happenedMatches,
      anaphoraMatches,
      announcementMatches,
      nextEventMatches,
      followUpMatches,
      presenceMatches,
      messageOnlyMatches,
      onlineMatches,
    ] = matchers.findAll(ctx.keys, from, to);
    const events: EventNoun[] = [];
    for (const m of eventMatches) {
      const kind = m.values[0]!.kind;
      if (kind && !named[m.first]) events.push({ kind, tFirst: m.first, tEnd: m.end });
    }
    const decisions: DecisionOpener[] = decisionMatches
      .filter((m) => !named[m.first])
      .map((m) => ({
        kind: m.values[0]!.kind,
        rule: m.values[0]!.id,
        tFirst: m.first,
        tEnd: m.end,
      }));
    const limit = decisions[0]?.tFirst ?? to;
    // Words inside names do not speak («دانشگاه پیام نور» sends no message).
    const isFree = <V>(m: PhraseMatch<V>) => !named[m.first] && !quoted[m.first];
    const free = <V>(ms: PhraseMatch<V>[]) => ms.filter(isFree);
    const plans = free(plannedMatches);
    const planned = plans.length > 0;
    // «در دیدار با سفیر … تأکید کرد»: a speech verb after «در <event>» reports an event that
    // took place, unless the sentence speaks of the future.
    const framed = events.some((e) => FRAMES.has(ctx.keys[e.tFirst - 1] ?? ''));
    const happenings = free(happenedMatches);
    const happenedMatch =
      happenings.find((m) => m.first < limit) ??
      (framed ? spoken(free(lex.reported.findAll(ctx.keys, from, to))[0], plans) : undefined) ??
      (planned ? undefined : elided(free(lex.elidedHappened.findAll(ctx.keys, from, limit)), to));
    const discussion = framed ? spoken(free(lex.discussed.findAll(ctx.keys, from, to))[0], plans) : undefined;
    discussedAt[index] = discussion ? discussion.first : -1;
    return {
      index,
      sentence,
      events,
      happened: happenedMatch ? happenedMatch.first : -1,
      planned,
      plans: plans.map((m) => m.first),
      happenings: happenings.map((m) => m.first),
      announcement: announcementMatches.some(isFree),
      anaphoric: anaphoraMatches.some((m) => isFree(m) && m.first - from < ANAPHORA_WINDOW),
      nextEvent: nextEventMatches.some(isFree),
      decisions,
      followUp: free(followUpMatches),
      presence: presenceMatches.some(isFree),
      messageOnly: messageOnlyMatches.some(isFree),
      online: onlineMatches.some(isFree),
    };
  });
  // A verb of discussion tells what an event was about; it reports the event only when no sentence
  // of the story says one took place (else the story's own report dates it and gives its kind).
  if (!facts.some((f) => f.events.length > 0 && f.happened >= 0 && !f.announcement))
    for (const f of facts)
      if (f.happened < 0 && discussedAt[f.index]! >= 0) f.happened = discussedAt[f.index]!;
  return facts;
}
