// Cues around a name that is no honorific's: a foreign surname set off before its office, and a
// name cut where an archived page ends. persons.ts asks them where its rules are unsure.
import { key } from '../text/key.js';
import { isPunct, type RecognizerContext } from './context.js';
import { isCommonWord } from './person-names.js';

const COMMA = new Set(['،', ',']);
const OPEN_PAREN = new Set(['(', '（']);

/**
 * Archived pages are often cut mid-word («… دکتر علی اکب»): a name whose last word ends the text,
 * with no mark after it, and is no known name word is a cut name, and no name can be given for it.
 */
export function cutAtTextEnd(ctx: RecognizerContext, tEnd: number): boolean {
  const last = ctx.doc.tokens[tEnd - 1];
  if (!last || tEnd !== ctx.doc.tokens.length || ctx.doc.original.slice(last.end).trim() !== '') return false;
  const k = ctx.keys[tEnd - 1]!;
  const { lex } = ctx;
  if (
    last.kind !== 'word' ||
    k.length < 3 ||
    lex.givenNames.has(k) ||
    lex.surnames.has(k) ||
    lex.knownWords.has(k)
  )
    return false;
  // …and one or two letters more make it a name word or an honorific («اکب» → «اکبر», «دکت» → «دکتر»).
  const whole = (w: string) => lex.givenNames.has(w) || !!lex.honorifics.longestAt([w], 0);
  return PERSIAN_LETTERS.some((a) => whole(k + a) || PERSIAN_LETTERS.some((b) => whole(k + a + b)));
}

const PERSIAN_LETTERS = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];

/**
 * «… که ایوانف، رئیس بخش …»: a foreign surname alone, set off from its office by a comma or «(»,
 * where a noun phrase cannot run into it (after a function word or a mark). The word may be one
 * hazm lists (it lists many proper names) but no everyday word, and the office is one person's.
 */
export function foreignSurnameAlone(ctx: RecognizerContext, t: number): boolean {
  const { tokens } = ctx.doc;
  const { keys, lex } = ctx;
  const k = keys[t]!;
  const mark = tokens[t + 1]?.normalized ?? '';
  if (!COMMA.has(mark) && !OPEN_PAREN.has(mark)) return false;
  if (k.length < 4 || lex.givenNames.has(k) || lex.functionWords.has(k) || isCommonWord(ctx, k)) return false;
  const prev = tokens[t - 1];
  if (prev && prev.sentence === tokens[t]!.sentence && !isPunct(prev) && !lex.functionWords.has(keys[t - 1]!))
    return false;
  // «این سئوال، وزیر …», «از اسکندریه، وزیر …»: a noun after a demonstrative, a place after a
  // preposition; «دراین‌حال، …»: a phrase glued together.
  if (NOT_BEFORE_SURNAME.has(keys[t - 1] ?? '') || gluedPhrase(ctx, k) || pluralNoun(ctx, k)) return false;
  const office = lex.titles.longestAt(keys, t + 2);
  return !!office?.values.some((v) => !v.plural);
}

const NOT_BEFORE_SURNAME = new Set(['این', 'آن', 'همین', 'همان', 'از', 'در', 'به', 'تا'].map(key));

const PLURALS = ['ان', 'ها', 'های', 'ات', 'ین'].map(key);

/** «جوانان», «دانشجویان»: the plural of a word hazm lists, never one person's surname. */
function pluralNoun(ctx: RecognizerContext, k: string): boolean {
  return PLURALS.some((e) => {
    const base = k.slice(0, -e.length);
    return k.endsWith(e) && base.length > 1 && (ctx.lex.knownWords.has(base) || isCommonWord(ctx, base));
  });
}

/** «دراینحال», «بااین‌همه»: a function word glued to an everyday word (or to another and one). */
function gluedPhrase(ctx: RecognizerContext, k: string): boolean {
  const fw = ctx.lex.functionWords;
  for (let i = 2; i + 2 <= k.length; i++) {
    if (!fw.has(k.slice(0, i))) continue;
    const rest = k.slice(i);
    if (isCommonWord(ctx, rest)) return true;
    for (let j = 2; j + 2 <= rest.length; j++)
      if (fw.has(rest.slice(0, j)) && isCommonWord(ctx, rest.slice(j))) return true;
  }
  return false;
}
