// People in English releases without an honorific: «Giuseppe Perrone, the Italian Ambassador»,
// «Agoston Szel the President», «Minister Gholami», «Ambassador to Moscow Kazem Jalali». A run of
// capitalised words is a name only next to an office (titles.json's English titles).
import type { RecognizerContext } from './context.js';
import { isNameToken, LATIN_NAME } from './person-names.js';

const MAX_WORDS = 4;
/** Capitalised words that open sentences or name places and times, never a person's name. */
const NOT_NAMES = new Set(
  'The This That These In On At During After Before From With And For Of To By As Its Their His Her Iran Iranian Tehran University Library Center Centre Office Department Faculty School Institute Committee Council Ministry Embassy Campus Academy Hall Building'.split(
    ' ',
  ),
);
/** «the Central Library, the Dean»: a run after an article or «of» names a thing, not a person. */
const BEFORE_THING = new Set(['the', 'of', 'a', 'an']);

function isCap(ctx: RecognizerContext, i: number, sentence: number): boolean {
  const tok = ctx.doc.tokens[i];
  if (!tok || tok.sentence !== sentence || tok.text.length < 2) return false;
  // A capital first (LATIN_NAME's first test), before the expression is run.
  const first = tok.text.charCodeAt(0);
  if (first < 0x41 || first > 0x5a || !LATIN_NAME.test(tok.text)) return false;
  // «TEHRAN», «UT», «MoU»: all capitals are places and acronyms.
  if (tok.text.length > 1 && tok.text === tok.text.toUpperCase()) return false;
  return !NOT_NAMES.has(tok.text) && isNameToken(ctx, i, sentence);
}

/** Does an office end right before token `end` (exclusive)? */
function officeEndsAt(ctx: RecognizerContext, end: number): boolean {
  for (let s = end - 1; s >= 0 && s >= end - 6; s--) {
    const m = ctx.lex.titles.longestAt(ctx.keys, s, end);
    if (m && m.end === end) return true;
  }
  return false;
}

export function latinBareName(ctx: RecognizerContext, t: number): { start: number; end: number } | null {
  const { tokens } = ctx.doc;
  const sentence = tokens[t]?.sentence ?? -1;
  if (!isCap(ctx, t, sentence) || (t > 0 && isCap(ctx, t - 1, sentence))) return null;
  if (BEFORE_THING.has(tokens[t - 1]?.text.toLowerCase() ?? '')) return null;
  let end = t;
  while (end - t < MAX_WORDS && isCap(ctx, end, sentence)) end++;
  if (isCap(ctx, end, sentence)) return null;
  // After an office: «Minister Gholami»; «Ambassador to Moscow Kazem Jalali» (the place is skipped).
  if (officeEndsAt(ctx, t)) return { start: t, end };
  if (tokens[t - 1]?.text === 'to' && officeEndsAt(ctx, t - 1) && end - t >= 3) return { start: t + 1, end };
  if (tokens[t - 2]?.text === 'to' && /^[A-Z]/.test(tokens[t - 1]!.text) && officeEndsAt(ctx, t - 2))
    return { start: t, end };
  // Before an office: «X Y, the (Italian) Ambassador», «X Y the President».
  if (end - t < 2) return null;
  let i = end;
  if (tokens[i]?.normalized === ',' || tokens[i]?.normalized === '،') i++;
  if (tokens[i]?.text.toLowerCase() === 'the') i++;
  for (let j = i; j <= i + 1; j++) if (ctx.lex.titles.longestAt(ctx.keys, j)) return { start: t, end };
  return null;
}
