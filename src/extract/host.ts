// The host of a sentence: the organisation a guest came to («با حضور در X», «وارد X شد», «از X
// بازدید کرد», «به X سفر کرد»). Offices named with a bare «دانشگاه» in that sentence are the host's.
import type { RecognizerContext } from '../recognize/context.js';
import type { OrgEntry } from '../recognize/lexicon.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';

const IN = key('در');
const FROM = key('از');
const TO = key('به');
const PRESENCE = key('حضور');
const ENTERED = key('وارد');
const VISIT = key('بازدید');
/** «به دانشگاه X رفت / آمد / سفر کرد»: travelling to a host. */
const MOTION = [key('رفت'), key('آمد'), key('سفر'), key('عزیمت')];
const AT_PLACE = key('محل');
const THIS = new Set([key('این'), key('همین')]);
const UNIVERSITY = key('دانشگاه');

/** Whether `o` is named as the place a guest came to. */
export function isVisited(ctx: RecognizerContext, o: Mention): boolean {
  const k1 = ctx.keys[o.tFirst - 1];
  const k2 = ctx.keys[o.tFirst - 2];
  // «در محل پژوهشگاه X برگزار شد»: where the event was held hosts it.
  if ((k1 === IN && k2 === PRESENCE) || k1 === ENTERED || (k1 === AT_PLACE && k2 === IN)) return true;
  const after = ctx.keys.slice(o.tEnd, o.tEnd + 8);
  if (k1 === FROM && after.some((k) => k.startsWith(VISIT))) return true;
  return k1 === TO && after.some((k) => MOTION.some((v) => k.startsWith(v)));
}

/** The first organisation of `orgs` (one sentence's, in text order) a guest came to, or null. */
export function visitedIn(ctx: RecognizerContext, orgs: readonly Mention[]): Mention | null {
  return orgs.find((o) => isVisited(ctx, o)) ?? null;
}

export interface BareOrganization {
  /** The organisation meant, or null when the words after the head name one we do not know. */
  id: string | null;
  rule: string;
  /** The token after the phrase. */
  end: number;
}

/**
 * «رئیس دانشگاه»، «ریاست این پژوهشگاه» — an organisation's head word with no name after it means
 * the host of the sentence, the document's own organisation, the last one of that kind named
 * before, or the one of that kind its sentence names later, in that order, when its name starts
 * with that head word («ریاست پژوهشگاه» in a university's story is not the university's). «دانشگاه پلی‌تکنیک
 * سلیمانیه»: more name words follow, so it is an organisation we do not know (id null).
 */
export function bareOrganization(
  ctx: RecognizerContext,
  at: number,
  main: OrgEntry | null,
  orgs: readonly Mention[],
  orgsIn: (sentence: number) => readonly Mention[],
  startsName: (t: number) => boolean,
): BareOrganization | null {
  const thisOne = THIS.has(ctx.keys[at] ?? '');
  const head = thisOne ? at + 1 : at;
  const h = ctx.keys[head] ?? '';
  // «معاون شرکت آب منطقه‌ای …», «مدیرکل دفتر آموزش وزارت نیرو»: the head of another kind of
  // organisation, with its name after it, is one khabar may not know; it is never a bare host.
  const external = !ctx.lex.orgHeads.has(h) && ctx.lex.externalHeads.has(h) && !thisOne;
  if (!ctx.lex.orgHeads.has(h) && !external) return null;
  const end = head + 1;
  const next = ctx.doc.tokens[end];
  const named =
    !thisOne &&
    !!next &&
    next.kind === 'word' &&
    next.sentence === ctx.doc.tokens[head]!.sentence &&
    !ctx.lex.nameStops.has(ctx.keys[end]!) &&
    !ctx.lex.courtesy.has(ctx.keys[end]!) &&
    !startsName(end);
  if (named) return { id: null, rule: 'org.unknown', end };
  if (external) return null;
  const ofKind = (id: string | null | undefined): id is string => {
    const entry = id ? ctx.lex.orgById.get(id) : undefined;
    if (!entry) return false;
    return h === UNIVERSITY ? entry.type === 'university' : key(entry.fa).startsWith(h);
  };
  const host = visitedIn(ctx, orgsIn(ctx.doc.tokens[at]!.sentence))?.canonicalId;
  if (ofKind(host)) return { id: host, rule: 'org.host', end };
  if (ofKind(main?.id)) return { id: main!.id, rule: 'org.document', end };
  const before = orgs.filter((o) => o.tEnd <= at && ofKind(o.canonicalId)).at(-1);
  if (before?.canonicalId) return { id: before.canonicalId, rule: 'org.last-named', end };
  // «ریاست پژوهشگاه، به معرفی پژوهشگاه علوم … پرداخت»: named later in the same sentence.
  const sentence = ctx.doc.tokens[head]!.sentence;
  const later = orgsIn(sentence).find((o) => o.tFirst > head && ofKind(o.canonicalId));
  if (later?.canonicalId) return { id: later.canonicalId, rule: 'org.named-later', end };
  return null;
}
