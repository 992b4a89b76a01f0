// Offices whose name includes a place: «نماینده مردم تفت و میبد در مجلس شورای اسلامی» (titles
// with `territory` in rules/titles.json). With no organisation to name them by, readers write the
// place into the office's title; this finds where those place words end.
import { normalizedText, type RecognizerContext } from '../recognize/context.js';
import { nameEnd } from '../recognize/offices.js';

const PERSIAN_WORD = /^[\u0600-\u06FF]+$/;
/** Places are short names: «رشت», «تفت و میبد», «کهگیلویه و بویراحمد». */
const PLACE_WORDS = 3;

/**
 * The title with its place, and the token after it, when the office at [tFirst, tEnd) is an
 * office over a place and a place follows; `taken(t)` says a token starts another name.
 */
export function withTerritory(
  ctx: RecognizerContext,
  titleId: string | undefined,
  title: string,
  tEnd: number,
  taken: (t: number) => boolean,
): { title: string; end: number } | null {
  if (!titleId || !ctx.lex.territorial.has(titleId)) return null;
  let at = tEnd;
  while (ctx.lex.courtesy.has(ctx.keys[at] ?? '')) at++;
  const from = at;
  // A place is a short open-class name: it stops at a verb, a stop word, another name or office.
  let end = nameEnd(ctx, from, PLACE_WORDS, false);
  for (let t = from; t < end; t++) if (taken(t) || !PERSIAN_WORD.test(ctx.keys[t]!)) end = Math.min(end, t);
  if (end === from) return null;
  const seat = ctx.lex.seats.longestAt(ctx.keys, end);
  if (seat?.values.includes(titleId)) end = seat.end;
  return { title: `${title} ${normalizedText(ctx, from, end)}`, end };
}
