// Offices and names of the same people, written apart: a release often names its principals by
// office in the headline or lead and by name in the body. See pairOfficesWithNames.
import type { Sentence } from '../text/types.js';
import type { DraftAttendee } from './meetings.js';

/** The sentence the character offset `at` is in. */
function sentenceAt(all: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (all[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Most offices and names a headline-and-body pairing may join. */
const MAX_PAIRS = 3;

/**
 * A release often names the same people twice, by office in the headline or lead and by name in the
 * body: «رئیس پژوهشگاه X و رئیس فرهنگستان Y تفاهم‌نامه امضا کردند … دکتر A و دکتر B این تفاهم‌نامه
 * را امضا کردند», «رئیس دانشگاه X با سفیر Y دیدار کرد … دکتر A در این دیدار گفت …».
 * When the offices of known organisations no named attendee holds and the named attendees with
 * neither office nor organisation are as many (at most three), they are the same people, in the
 * order the story names them, each office before its name.
 */
export function pairOfficesWithNames(sentences: readonly Sentence[], out: DraftAttendee[]): DraftAttendee[] {
  const offices = out.filter((a) => !a.name && a.organizationId && a.rule.startsWith('attendee.office+'));
  const names = out.filter((a) => a.name && !a.title && !a.organizationId);
  if (!offices.length || offices.length !== names.length || offices.length > MAX_PAIRS) return out;
  // «رئیس دانشگاه X و آقای Z دیدار کردند»: named side by side in one sentence, they are two people.
  const inSentences = (a: DraftAttendee) => a.mentions.map((m) => sentenceAt(sentences, m.start));
  const officeSentences = new Set(offices.flatMap(inSentences));
  if (names.some((a) => inSentences(a).some((s) => officeSentences.has(s)))) return out;
  const first = (a: DraftAttendee) => a.mentions[0]?.start ?? 0;
  offices.sort((x, y) => first(x) - first(y));
  names.sort((x, y) => first(x) - first(y));
  // The headline or lead names the office before the body names the person; a name before the
  // office («دکتر A گفت: … رئیس دانشگاه Y نیز گفت») is someone else.
  if (names.some((a, i) => first(a) < first(offices[i]!))) return out;
  names.forEach((a, i) => {
    const o = offices[i]!;
    a.title = o.title;
    a.organizationId = o.organizationId;
    a.mentions = [...a.mentions, ...o.mentions].sort((x, y) => x.start - y.start);
    a.rule += '+title.office-named-apart';
  });
  return out.filter((a) => !offices.includes(a));
}
