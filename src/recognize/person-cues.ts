// Cues around a name that is no honorific's: a foreign surname set off before its office, and a
// name cut where an archived page ends. persons.ts asks them where its rules are unsure.
import { key } from '../text/key.js';
import { isPunct, type RecognizerContext } from './context.js';
import { nameEnd } from './person-names.js';
import { inSet, isCommonWord, isVerbForm, keyIs } from './vocabulary.js';

export const COMMA = new Set(['،', ',']);
export const OPEN_PAREN = new Set(['(', '（']);
export const AND = key('و');

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

/** «چون», «مانند»: «such as» before examples. */
const SUCH_AS = inSet(new Set(['چون', 'مانند', 'همچون', 'نظیر'].map(key)));
/** People in the plural that name no animate «…ان» («افرادی», «چهره‌هایی»), and «اساتید». */
const PEOPLE = new Set(['افرادی', 'کسانی', 'اساتید', 'اساتیدی', 'چهره‌هایی', 'شخصیت‌هایی'].map(key));
const ANIMATE_PLURAL = [key('انی'), key('ان')];
const MAX_ITEM_WORDS = 3;
const PLURAL_HONORIFICS = new Set(['آقایان', 'خانم‌ها', 'دکترها', 'اساتید'].map(key));
/** A plural suffix written apart («فروشی ها») and the copula end a run of name words. */
const NOT_IN_NAME = new Set(['ها', 'های', 'هایی', 'است', 'هست', 'نیست', 'هستند'].map(key));

/** «استادانی», «بازیگرانی», «خوانندگانی»: the plural of a word hazm lists, in «ان» (people). */
function peoplePlural(ctx: RecognizerContext, k: string): boolean {
  if (PEOPLE.has(k)) return true;
  return ANIMATE_PLURAL.some((e) => {
    if (!k.endsWith(e)) return false;
    const stem = k.slice(0, -e.length);
    const known = (w: string) => w.length > 1 && (ctx.lex.knownWords.has(w) || isCommonWord(ctx, w));
    // «خوانندگان» is the plural of «خواننده».
    return known(stem) || (stem.endsWith('گ') && known(`${stem.slice(0, -1)}ه`));
  });
}

/**
 * «استادان بنامی چون هنینگ و بویس», «بازیگرانی همچون شیا لبوف، مگان فاکس»: after people in the
 * plural (and an adjective), «چون/مانند/همچون/نظیر» lists people. Each item is one to three name
 * words up to «،», «و» or a mark, and is a person when none of its words is vocabulary (a foreign
 * name, a surname alone) or it starts with a known given name; the list ends at the first that is
 * not. Returns the items' token spans (after `t`, the «such as» word).
 */
export function examplePeople(ctx: RecognizerContext, t: number): { first: number; end: number }[] {
  const { tokens } = ctx.doc;
  const { keys, lex } = ctx;
  if (!keyIs(ctx, t, SUCH_AS)) return [];
  const sentence = tokens[t]!.sentence;
  // The people right before it, or before one adjective («استادان بنامی چون …»), no mark between.
  const adjective = tokens[t - 1]?.kind === 'word' && tokens[t - 2]?.kind === 'word';
  if (!peoplePlural(ctx, keys[t - 1] ?? '') && !(adjective && peoplePlural(ctx, keys[t - 2]!))) return [];
  const vocabulary = (k: string) => lex.knownWords.has(k) || isCommonWord(ctx, k);
  const nameWord = (i: number) =>
    tokens[i]?.kind === 'word' &&
    tokens[i]!.sentence === sentence &&
    keys[i] !== AND &&
    !NOT_IN_NAME.has(keys[i]!) &&
    !(/ها(ی|یی)?$/.test(keys[i]!) && pluralNoun(ctx, keys[i]!)) &&
    !lex.functionWords.has(keys[i]!) &&
    !isVerbForm(keys[i]!) &&
    !participle(keys[i]!) &&
    !lex.titles.longestAt(keys, i);
  const separated = (i: number) => COMMA.has(tokens[i]?.normalized ?? '') || keys[i] === AND;
  const out: { first: number; end: number }[] = [];
  for (let u = t + 1; ; ) {
    // «افرادی همچون آقایان کدیور و سروش»: a plural honorific before the names is no name's word.
    u = lex.honorifics.longestAt(keys, u)?.end ?? (PLURAL_HONORIFICS.has(keys[u] ?? '') ? u + 1 : u);
    let end = u;
    while (end - u < MAX_ITEM_WORDS && nameWord(end)) end++;
    const words = keys.slice(u, end);
    // Up to a separator, the first or the last word is a foreign one; a closing item (no separator
    // after it) is the run of foreign words alone, so the sentence's own words stay out.
    let ok = words.length > 0 && (!vocabulary(words[0]!) || !vocabulary(words.at(-1)!));
    if (!separated(end)) {
      end = u;
      while (end - u < MAX_ITEM_WORDS && nameWord(end) && !vocabulary(keys[end]!)) end++;
      ok = end > u;
    }
    if (lex.givenNames.has(keys[u] ?? '') && nameWord(u + 1)) {
      end = nameEnd(ctx, u, false);
      ok = end > u + 1;
    }
    if (!ok) break;
    out.push({ first: u, end });
    if (!separated(end)) break;
    u = keys[end + 1] === AND ? end + 2 : end + 1;
  }
  return out;
}

/** «بوده», «رفته», and with the copula glued when half-spaces are lost: «بودهاست». */
function participle(k: string): boolean {
  const bare = k.endsWith('است') ? k.slice(0, -3) : k;
  return bare.endsWith('ه') && isVerbForm(bare.slice(0, -1));
}
