// People: honorific + name («دکتر محمد ذاکری»), and names without an honorific when the context
// marks them as names (a known given name next to an office: «رئیس دانشگاه، محمد مقیمی»,
// «محمد مقیمی (رئیس دانشگاه)»). An office alone is never a person.
import { key } from '../text/key.js';
import { isPunct, mentionOf, normalizedText, type RecognizerContext } from './context.js';
import type { Mention } from './types.js';

const SEYED = new Set([key('سید'), key('سیده'), key('میر')]);
const OPEN_PAREN = new Set(['(', '（']);
const COMMA = new Set(['،', ',']);
const LATIN_NAME = /^[A-Z][a-zA-Z'’.-]*$/;
const MAX_NAME_TOKENS = 4;
const CONNECTORS = new Set([key('بن'), key('بنت'), key('ابن')]);
const ARTICLE = key('ال');
/** Words before a given name that make it a saint or a street, not a person in the news. */
const NOT_A_PERSON_BEFORE = new Set([
  key('امام'),
  key('حضرت'),
  key('پیامبر'),
  key('خیابان'),
  key('بلوار'),
  key('میدان'),
  key('کوچه'),
]);

function isNameToken(ctx: RecognizerContext, t: number, sentence: number): boolean {
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word' || tok.sentence !== sentence) return false;
  const k = ctx.keys[t]!;
  if (!k || ctx.lex.nameStops.has(k) || ctx.lex.pronouns.has(k)) return false;
  if (ctx.lex.titles.longestAt(ctx.keys, t) || ctx.lex.orgs.longestAt(ctx.keys, t)) return false;
  if (ctx.lex.honorifics.longestAt(ctx.keys, t)) return false;
  if (ctx.lex.events.longestAt(ctx.keys, t) || ctx.lex.happened.longestAt(ctx.keys, t)) return false;
  return true;
}

/** Punctuation, an office or the sentence end right after a name: it closes the name. */
function closedByMark(ctx: RecognizerContext, end: number, sentence: number): boolean {
  const tok = ctx.doc.tokens[end];
  return !tok || isPunct(tok) || tok.sentence !== sentence || !!ctx.lex.titles.longestAt(ctx.keys, end);
}

/**
 * The end of a name starting at `from`: [سید] given-names* surname [surname-part]*. When the first
 * word is not a known given name (foreign names, rare names) the name runs to a closing punctuation
 * mark or office if that comes within three words, else it is the first word alone.
 */
export function nameEnd(ctx: RecognizerContext, from: number, latin: boolean): number {
  const sentence = ctx.doc.tokens[from]?.sentence ?? -1;
  if (!isNameToken(ctx, from, sentence)) return from;
  if (latin) {
    let end = from;
    while (end - from < MAX_NAME_TOKENS && LATIN_NAME.test(ctx.doc.tokens[end]?.text ?? '')) end++;
    return end;
  }
  let t = from;
  if (SEYED.has(ctx.keys[t]!)) t++;
  let given = 0;
  while (
    t < ctx.keys.length &&
    given < 3 &&
    ctx.lex.givenNames.has(ctx.keys[t]!) &&
    isNameToken(ctx, t, sentence)
  ) {
    t++;
    given++;
  }
  if (given > 0) {
    // The last given-name word may itself be the surname («دکتر محمد» … or «حسن» as a surname).
    if (!isNameToken(ctx, t, sentence) || ctx.doc.tokens[t]!.kind !== 'word') return t;
    t++;
  } else {
    if (!isNameToken(ctx, t, sentence)) return from;
    // Several unknown words are one name only when punctuation or an office closes them.
    let end = t + 1;
    while (end - t < 3 && isNameToken(ctx, end, sentence)) end++;
    t = end > t + 1 && closedByMark(ctx, end, sentence) ? end : t + 1;
  }
  for (;;) {
    const k = ctx.keys[t] ?? '';
    if (t >= ctx.keys.length || ctx.doc.tokens[t]!.sentence !== sentence) break;
    if (ctx.lex.surnameParts.has(k)) t++;
    // Arabic names: «خیرالدین بن عمر», «هدی جاسم الربیعی».
    else if (CONNECTORS.has(k) && isNameToken(ctx, t + 1, sentence)) t += 2;
    else if (
      k.startsWith(ARTICLE) &&
      k.length > 4 &&
      isNameToken(ctx, t, sentence) &&
      !ctx.lex.givenNames.has(k)
    )
      t++;
    else break;
  }
  return t;
}

function personMention(
  ctx: RecognizerContext,
  first: number,
  nameFrom: number,
  end: number,
  honorific: string | undefined,
  rule: string,
): Mention {
  return mentionOf(ctx, first, end, {
    type: 'person',
    rule,
    name: normalizedText(ctx, nameFrom, end),
    ...(honorific ? { honorific } : {}),
  });
}

export function recognizePersons(ctx: RecognizerContext, latin = false): Mention[] {
  const out: Mention[] = [];
  const { tokens } = ctx.doc;
  for (let t = 0; t < tokens.length; ) {
    // 1. honorific(s) + name: «جناب آقای دکتر سید محمد حسینی»
    let h = t;
    const honorifics: string[] = [];
    for (
      let m = ctx.lex.honorifics.longestAt(ctx.keys, h);
      m;
      m = ctx.lex.honorifics.longestAt(ctx.keys, h)
    ) {
      honorifics.push(m.values[0]!);
      h = m.end;
      // «Dr. X», «Prof. X»: the abbreviation's full stop belongs to the honorific.
      if (tokens[h]?.normalized === '.' && /^[A-Za-z]+$/.test(tokens[h - 1]?.text ?? '')) h++;
    }
    if (honorifics.length) {
      const end = nameEnd(ctx, h, latin || LATIN_NAME.test(tokens[h]?.text ?? ''));
      if (end > h) {
        // The honorific kept is the most specific academic/religious one («دکتر» over «آقای»).
        const honorific =
          honorifics.find((x) => x !== 'آقای' && x !== 'خانم' && x !== 'جناب آقای') ?? honorifics[0];
        out.push(personMention(ctx, t, h, end, honorific, 'person.honorific'));
        t = end;
        continue;
      }
      t = h;
      continue;
    }
    // 2. a known given name in a name context: after an office (+ organisation) and a comma, or
    // followed by «(office» / «، office».
    if (ctx.lex.givenNames.has(ctx.keys[t]!) || SEYED.has(ctx.keys[t]!)) {
      const end = nameEnd(ctx, t, false);
      const next = tokens[end];
      const after = tokens[end + 1];
      const officeAfter =
        next &&
        (OPEN_PAREN.has(next.normalized) || COMMA.has(next.normalized)) &&
        after &&
        ctx.lex.titles.longestAt(ctx.keys, end + 1);
      const officeRightAfter = next && ctx.lex.titles.longestAt(ctx.keys, end);
      const context =
        officeAfter || officeRightAfter
          ? 'person.name-office'
          : precededByOffice(ctx, t)
            ? 'person.office-name'
            : null;
      // Without an office nearby, a given name that is not also a common word, followed by a
      // surname, is still a name («علی لاریجانی گفت»), unless a saint's or street's word precedes it.
      const plain =
        !context &&
        end - t >= 2 &&
        !ctx.lex.ambiguousGiven.has(ctx.keys[t]!) &&
        !NOT_A_PERSON_BEFORE.has(ctx.keys[t - 1] ?? '') &&
        !ctx.lex.givenNames.has(ctx.keys[end - 1]!);
      if (end - t >= 2 && (context || plain)) {
        out.push(personMention(ctx, t, t, end, undefined, context ?? 'person.given-surname'));
        t = end;
        continue;
      }
    }
    t++;
  }
  return out;
}

/** «رئیس دانشگاه تهران، محمد مقیمی» / «معاون پژوهشی دانشگاه محمد رضایی»: an office shortly before. */
function precededByOffice(ctx: RecognizerContext, t: number): boolean {
  const sentence = ctx.doc.tokens[t]!.sentence;
  for (let back = t - 1; back >= 0 && back >= t - 8; back--) {
    const tok = ctx.doc.tokens[back]!;
    if (tok.sentence !== sentence) return false;
    if (ctx.lex.titles.longestAt(ctx.keys, back)) return true;
    if (tok.kind === 'punct' && !COMMA.has(tok.normalized)) return false;
  }
  return false;
}
