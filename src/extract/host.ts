// The host of a sentence: the organisation a guest came to («با حضور در X», «وارد X شد», «از X
// بازدید کرد», «به X سفر کرد»). Offices named with a bare «دانشگاه» in that sentence are the host's.
import type { RecognizerContext } from '../recognize/context.js';
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

/** Whether `o` is named as the place a guest came to. */
export function isVisited(ctx: RecognizerContext, o: Mention): boolean {
  const k1 = ctx.keys[o.tFirst - 1];
  const k2 = ctx.keys[o.tFirst - 2];
  if ((k1 === IN && k2 === PRESENCE) || k1 === ENTERED) return true;
  const after = ctx.keys.slice(o.tEnd, o.tEnd + 8);
  if (k1 === FROM && after.some((k) => k.startsWith(VISIT))) return true;
  return k1 === TO && after.some((k) => MOTION.some((v) => k.startsWith(v)));
}

/** The first organisation of `orgs` (one sentence's, in text order) a guest came to, or null. */
export function visitedIn(ctx: RecognizerContext, orgs: readonly Mention[]): Mention | null {
  return orgs.find((o) => isVisited(ctx, o)) ?? null;
}
