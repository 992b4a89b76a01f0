// The shape of a Persian (or Latin) personal name in the token stream: where a name that starts at a
// given token ends, and which words can be part of one. persons.ts decides where names start.
import { key } from '../text/key.js';
import { isPunct, type RecognizerContext } from './context.js';
import {
  COMMON,
  COMMON_WORD,
  countryAt,
  eventAt,
  FUNCTION,
  GIVEN,
  happenedAt,
  honorificAt,
  inSet,
  KNOWN,
  keyIs,
  NAME_STOP,
  orgAt,
  PRONOUN,
  pairIs,
  SEYED_WORD,
  SEYED_WORDS,
  SURNAME,
  titleAt,
  VERB,
} from './vocabulary.js';

export const SEYED = SEYED_WORDS;
export const LATIN_NAME = /^[A-Z][a-zA-Z'’.-]*$/;
const MAX_NAME_TOKENS = 4;
export const CONNECTORS = new Set([key('بن'), key('بنت'), key('ابن')]);
const ARTICLE = key('ال');
/** «خامنه‌ای», «اژه‌ای»: a Persian surname's ending (the key of «ه‌ای»). */
const PERSIAN_NISBA = key('های');

// Each test below is asked of the same token many times (as a name's first word, as the word after
// another's, as a foreign name's word …), and its answer depends only on the token and its
// neighbours: remembered per token, two bits a test (0 not asked, 1 no, 2 yes), in the context.
const FACT_NAME_TOKEN = 0;
const FACT_NAME_LIKE = 2;
const FACT_GIVEN_APART = 4;
export const FACT_FOREIGN_WORD = 6;
export const FACT_UNKNOWN_OR_SURNAME = 8;

/** The facts of the context's tokens (made on first use). */
export function factsOf(ctx: RecognizerContext): Uint16Array {
  ctx.nameFacts ??= new Uint16Array(ctx.doc.tokens.length);
  return ctx.nameFacts;
}

/** 0 when the test at `at` was not asked of token t yet, 1 when it said no, 2 yes. */
export function factAt(facts: Uint16Array, t: number, at: number): number {
  return (facts[t]! >> at) & 3;
}

export function remember(facts: Uint16Array, t: number, at: number, yes: boolean): boolean {
  facts[t]! |= (yes ? 2 : 1) << at;
  return yes;
}

type WordTest = (ctx: RecognizerContext, t: number, sentence: number) => boolean;

/** `test`'s answer for word token t of `sentence` (no for any other token), asked once per document. */
export function wordFact(
  ctx: RecognizerContext,
  t: number,
  sentence: number,
  at: number,
  test: WordTest,
): boolean {
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word' || tok.sentence !== sentence) return false;
  const facts = factsOf(ctx);
  const known = factAt(facts, t, at);
  return known ? known === 2 : remember(facts, t, at, test(ctx, t, sentence));
}

export function isNameToken(ctx: RecognizerContext, t: number, sentence: number): boolean {
  return wordFact(ctx, t, sentence, FACT_NAME_TOKEN, nameWord);
}

/** isNameToken for a word token in its own sentence. */
function nameWord(ctx: RecognizerContext, t: number): boolean {
  if (!ctx.keys[t] || keyIs(ctx, t, NAME_STOP) || keyIs(ctx, t, PRONOUN)) return false;
  if (titleAt(ctx, t) || orgAt(ctx, t) || honorificAt(ctx, t)) return false;
  return !eventAt(ctx, t) && !happenedAt(ctx, t);
}

/** Punctuation, an office or the sentence end right after a name: it closes the name. */
function closedByMark(ctx: RecognizerContext, end: number, sentence: number): boolean {
  const tok = ctx.doc.tokens[end];
  return !tok || isPunct(tok) || tok.sentence !== sentence || !!titleAt(ctx, end);
}

/** «خود» and the object marker «را» follow noun phrases far more often than names. */
const NOT_CLOSING = new Set([key('خود'), key('را')]);
/**
 * A function word right after a name also closes it («آقای X Y روز …», «دکتر X Y نیز …»); a verb
 * does not, as a noun before it is more often its own («X حمله کرد», «X واگذار شد»), nor do «خود» and
 * «را» («X برنامه کار خود را …», «X حمله سایبری را …»).
 */
function closedByWord(ctx: RecognizerContext, end: number): boolean {
  return (
    (keyIs(ctx, end, NAME_STOP) || keyIs(ctx, end, FUNCTION)) &&
    !keyIs(ctx, end, VERB) &&
    !NOT_CLOSING.has(ctx.keys[end] ?? '')
  );
}

/** A word inside a foreign name: a name token that is neither a verb nor a function word. */
function foreignNameWord(ctx: RecognizerContext, t: number, sentence: number): boolean {
  return (
    isNameToken(ctx, t, sentence) && !keyIs(ctx, t, FUNCTION) && !keyIs(ctx, t, VERB) && !countryAt(ctx, t)
  );
}

/**
 * The end of a name starting at `from`: [سید] given-names* surname [surname-part]*. When the first
 * word is not a known given name (foreign names, rare names) the name runs to a closing punctuation
 * mark or office if that comes within three words, else it is the first word alone.
 */
export function nameEnd(ctx: RecognizerContext, from: number, latin: boolean, honorific = false): number {
  const sentence = ctx.doc.tokens[from]?.sentence ?? -1;
  if (!isNameToken(ctx, from, sentence)) return from;
  if (latin) {
    let end = from;
    while (
      end - from < MAX_NAME_TOKENS &&
      LATIN_NAME.test(ctx.doc.tokens[end]?.text ?? '') &&
      (end === from || isNameToken(ctx, end, sentence))
    )
      end++;
    return end;
  }
  let t = from;
  if (keyIs(ctx, t, SEYED_WORD)) t++;
  let given = 0;
  for (; t < ctx.keys.length && given < 3 && isNameToken(ctx, t, sentence); given++) {
    // A given name written apart («روح اله», «غلام حسین») is one given name.
    const apart = givenApart(ctx, t, sentence);
    if (apart) t += 2;
    else if (keyIs(ctx, t, GIVEN)) t++;
    else break;
  }
  if (given > 0) {
    // The last given-name word may itself be the surname («دکتر محمد» … or «حسن» as a surname),
    // so after two of them an everyday word is not the name's («رضا بهرام یک گل»), unless it
    // starts a surname written apart («علی رضا نیک بخت»).
    if (!isNameToken(ctx, t, sentence) || ctx.doc.tokens[t]!.kind !== 'word') return t;
    const k = ctx.keys[t]!;
    // «محمد بن سلمان», «محمدعلی آل هاشم»: a connector or clan word and a name follow.
    if ((CONNECTORS.has(k) || k === ARTICLE) && isNameToken(ctx, t + 1, sentence))
      return surnameLoop(ctx, t, sentence, honorific);
    if (
      given >= 2 &&
      !keyIs(ctx, t, SURNAME) &&
      !ctx.lex.surnameParts.has(k) &&
      !pairIs(ctx, t, t + 1, SURNAME) &&
      (keyIs(ctx, t, COMMON) || keyIs(ctx, t, VERB))
    )
      return t;
    t++;
  } else {
    if (!isNameToken(ctx, t, sentence)) return from;
    // Several unknown words are one name only when punctuation or an office closes them.
    let end = t + 1;
    // …and none is a verb with «می» («X الگوبرداری می‌کنیم.»); a bare stem may be a name («عثمان مرد»).
    while (end - t < 3 && isNameToken(ctx, end, sentence) && !continuousVerb(ctx, end)) end++;
    if (end > t + 1 && closedByMark(ctx, end, sentence)) t = end;
    else if (!keyIs(ctx, t, SURNAME) && !ctx.keys[t]!.endsWith(PERSIAN_NISBA)) {
      // A foreign name («آقای اتو گراف روز …», «دکتر صباح واجد نیز …»): its words are often everyday
      // nouns, but it ends at a function word or verb. A known Iranian surname opens no such run
      // («آقای خاتمی نقش …»), nor a Persian «…ه‌ای» surname («آیت الله خامنه‌ای خطاب به …»): its
      // further words are found by surnameTail.
      end = foreignRunEnd(ctx, t, sentence);
      t = end > t + 1 && (closedByMark(ctx, end, sentence) || closedByWord(ctx, end)) ? end : t + 1;
    } else t++;
  }
  return surnameLoop(ctx, t, sentence, honorific);
}

/** Nobiliary particles of European names: «فون», «فان», «دو», «دا», «دل» … */
const PARTICLES = new Set(['فون', 'فان', 'ون', 'دو', 'دی', 'دا', 'د', 'دل', 'دلا', 'لا', 'لو'].map(key));
const HYPHENS = new Set(['-', '‐', '–']);
const SECOND_PARTICLES = new Set(['در', 'دن', 'دِر'].map(key));

/**
 * Up to three words of a foreign name from `t`; a particle and the word after it count as one
 * («میکائیل بارون فون اونگرن»), and a hyphen joins two words into one («اونگرن- اشترنبرگ»). The
 * word after a particle or hyphen is one no vocabulary has, so «دو» stays «two» before a noun.
 */
/** After a particle («فون», «فون در») or a hyphen at `t` and the foreign word after it: the end, else 0. */
function particleAt(ctx: RecognizerContext, t: number, sentence: number): number {
  const foreign = (i: number) =>
    foreignNameWord(ctx, i, sentence) && !keyIs(ctx, i, KNOWN) && !keyIs(ctx, i, COMMON_WORD);
  const k = ctx.keys[t]!;
  const { tokens } = ctx.doc;
  // The hyphen is glued to the word before it («اونگرن- »); « - » between spaces separates items.
  if (HYPHENS.has(tokens[t]?.normalized ?? '') && tokens[t - 1]?.end === tokens[t]!.start && foreign(t + 1))
    return t + 2;
  // An Iranian surname ends the name («مهدی مهدوی دو تن»).
  if (!PARTICLES.has(k) || keyIs(ctx, t - 1, SURNAME)) return 0;
  if (foreign(t + 1)) return t + 2;
  return SECOND_PARTICLES.has(ctx.keys[t + 1]!) && foreign(t + 2) ? t + 3 : 0;
}

function foreignRunEnd(ctx: RecognizerContext, t: number, sentence: number): number {
  const foreignAfter = (i: number) =>
    foreignNameWord(ctx, i, sentence) && !keyIs(ctx, i, KNOWN) && !keyIs(ctx, i, COMMON_WORD);
  let end = t + 1;
  for (let words = 1; ; ) {
    if (HYPHENS.has(ctx.doc.tokens[end]?.normalized ?? '') && foreignAfter(end + 1)) end += 2;
    else if (words >= 3) break;
    else if (PARTICLES.has(ctx.keys[end]!) && foreignAfter(end + 1)) {
      end += 2;
      words++;
    } else if (
      PARTICLES.has(ctx.keys[end]!) &&
      SECOND_PARTICLES.has(ctx.keys[end + 1]!) &&
      foreignAfter(end + 2)
    ) {
      // «فون در لاین», «فان دن برگ»
      end += 3;
      words++;
    } else if (foreignNameWord(ctx, end, sentence)) {
      end++;
      words++;
    } else break;
  }
  return end;
}

/** Surname parts and Arabic connectors from `from` on, then the surname's tail. */
function surnameLoop(ctx: RecognizerContext, from: number, sentence: number, honorific: boolean): number {
  let t = from;
  for (;;) {
    const k = ctx.keys[t] ?? '';
    if (t >= ctx.keys.length || ctx.doc.tokens[t]!.sentence !== sentence) break;
    if (ctx.lex.surnameParts.has(k)) t++;
    // «… فون اونگرن- اشترنبرگ»: a particle or a hyphen and a foreign word go on with the name.
    else if (particleAt(ctx, t, sentence)) t = particleAt(ctx, t, sentence);
    // Arabic names: «خیرالدین بن عمر», «هدی جاسم الربیعی», a clan «آل هاشم», «آل سعود».
    else if ((CONNECTORS.has(k) || k === ARTICLE) && isNameToken(ctx, t + 1, sentence)) t += 2;
    else if (
      k.startsWith(ARTICLE) &&
      k.length > 4 &&
      isNameToken(ctx, t, sentence) &&
      !keyIs(ctx, t, GIVEN) &&
      // «الگوبرداری», «الکترونیک» start with the letters of the article but are words.
      !keyIs(ctx, t, KNOWN) &&
      !keyIs(ctx, t, COMMON_WORD)
    )
      t++;
    else break;
  }
  return surnameTail(ctx, t, sentence, honorific);
}

/** The second halves of given names written apart besides given names: «روح اله», «حسام الدین». */
const GIVEN_SECOND = inSet(new Set(['الله', 'اله', 'الدین'].map(key)));
const AYAT = key('آیت');

/**
 * Two tokens at `t` that are one given name written apart («روح اله», «غلام حسین»), the first not
 * one alone, the second «الله»/«الدین» or a given name («راه خدا» is listed as a name too).
 */
export function givenApart(ctx: RecognizerContext, t: number, sentence: number): boolean {
  if (ctx.doc.tokens[t]?.sentence !== sentence) return givenApartOf(ctx, t, sentence);
  const facts = factsOf(ctx);
  const known = factAt(facts, t, FACT_GIVEN_APART);
  return known ? known === 2 : remember(facts, t, FACT_GIVEN_APART, givenApartOf(ctx, t, sentence));
}

function givenApartOf(ctx: RecognizerContext, t: number, sentence: number): boolean {
  const first = ctx.keys[t]!;
  const second = ctx.keys[t + 1];
  // Cheap tests first: the word book's, then the name token's (tries).
  if (!second || keyIs(ctx, t, GIVEN)) return false;
  if (!keyIs(ctx, t + 1, GIVEN_SECOND) && !keyIs(ctx, t + 1, GIVEN)) return false;
  if (!isNameToken(ctx, t + 1, sentence)) return false;
  // «آیت اله» is the rank (also in a university's name: «دانشگاه آیت اله حائری میبد»), not «آیت‌الله» the name.
  if (first === AYAT) return false;
  return pairIs(ctx, t, t + 1, GIVEN);
}

/** A verb with «می»/«نمی» at t («می‌کنیم», «نمی‌داند»): no name word reads so. */
function continuousVerb(ctx: RecognizerContext, t: number): boolean {
  const k = ctx.keys[t]!;
  return (k.startsWith('می') || k.startsWith('نمی')) && keyIs(ctx, t, VERB);
}
const PERSIAN_WORD = /^[\u0600-\u06FF\u200C]+$/;

/**
 * Words after a surname that are still the name (at most two): a compound surname written apart
 * («قاسمی آذر», «شاه محمدی»: the two words join to a known surname), a given name + a surname part
 * («حسن زاده»), a known surname, or a Persian word that is neither everyday vocabulary nor a verb
 * («نیلی احمدآبادی», «صادقی سمرجانی», «دهقان منشادی»). A person's name is the fullest form given.
 */
function surnameTail(ctx: RecognizerContext, from: number, sentence: number, honorific = false): number {
  const { keys, lex } = ctx;
  let t = from;
  for (let extra = 0; extra < 2 && t < keys.length; extra++) {
    if (!isNameToken(ctx, t, sentence) || !PERSIAN_WORD.test(ctx.doc.tokens[t]!.normalized)) break;
    if (pairIs(ctx, t - 1, t, SURNAME)) t++;
    // A compound surname written apart after the name: «سیدضیاءالدین میر حسینی», «حاجی میر اسماعیل».
    else if (apartSurname(ctx, t, sentence)) {
      t += 2;
      extra++;
    }
    // An everyday compound written apart («دانش آموخته») is a word after the name, as it is glued.
    else if (keys[t + 1] && pairIs(ctx, t, t + 1, COMMON)) break;
    else if (keyIs(ctx, t, GIVEN)) {
      // A given name after the surname starts another name, unless it is a surname too and the
      // person's office or a mark follows («مجید صمدزاده صابر، رئیس …»).
      if (lex.surnameParts.has(keys[t + 1] ?? '')) t += 2;
      else if (keyIs(ctx, t, SURNAME) && (appositionAfter(ctx, t + 1) || isPunct(ctx.doc.tokens[t + 1]))) t++;
      else break;
    } else if (keyIs(ctx, t, VERB) || lightVerbAfter(ctx, t)) break;
    else if (keyIs(ctx, t, SURNAME) || !keyIs(ctx, t, COMMON_WORD)) t++;
    // After an honorific, an everyday noun right before the person's office (or «(»/«،» and the
    // office) is the name's last word («دکتر علی رضایی مهرآباد (استاد …)»: a place in a surname).
    else if (honorific && t === from + extra && !keyIs(ctx, t, FUNCTION) && appositionAfter(ctx, t + 1)) {
      t++;
      break;
    } else break;
  }
  return t;
}

/** Verbs that make compound verbs with the noun before them: «دلگیر باشد», «واگذار شده», «ارزیابی کنیم». */
const LIGHT_STEMS = new Set(
  [
    'کرد',
    'کن',
    'شد',
    'شو',
    'نمود',
    'نما',
    'داشت',
    'دار',
    'داد',
    'ده',
    'گرفت',
    'گیر',
    'بود',
    'باش',
    'گردید',
    'گرد',
  ].map(key),
);
const LIGHT_ENDINGS = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند', 'ه', 'ن'];

/** A light verb at `t` («کرد», «می‌کنیم», «نداشتم», «شده», «باشد»): the word before it is its noun. */
function lightVerbAfter(ctx: RecognizerContext, t: number): boolean {
  const k = ctx.keys[t + 1];
  if (!k) return false;
  for (const pre of ['نمی', 'می', 'ن', 'ب', ''])
    if (k.startsWith(pre))
      for (const end of LIGHT_ENDINGS) {
        const stem = k.slice(pre.length, k.length - end.length);
        if (k.endsWith(end) && stem.length > 1 && LIGHT_STEMS.has(stem)) return true;
      }
  return false;
}

/** «X (استاد …)», «X، رئیس …», «X رئیس …»: an office or its opening mark right after a name. */
function appositionAfter(ctx: RecognizerContext, t: number): boolean {
  const mark = ctx.doc.tokens[t]?.normalized ?? '';
  const at = mark === '(' || mark === '،' || mark === ',' || mark === ':' ? t + 1 : t;
  return !!titleAt(ctx, at);
}

/** «میر حسینی» at t: joins to a known surname, or «میر» + a name word. Cheap set tests first. */
function apartSurname(ctx: RecognizerContext, t: number, sentence: number): boolean {
  const { keys, lex } = ctx;
  const k = keys[t]!;
  const joined = pairIs(ctx, t, t + 1, SURNAME);
  if (!joined && !lex.surnamePrefixes.has(k)) return false;
  return isNameToken(ctx, t + 1, sentence) && (joined || isNameLike(ctx, t + 1, sentence));
}

/** A word that can be part of a name in running text: not a stop word, office, verb or everyday word. */
export function isNameLike(ctx: RecognizerContext, t: number, sentence: number): boolean {
  return wordFact(ctx, t, sentence, FACT_NAME_LIKE, nameLikeWord);
}

// The word book's tests first: most tokens are everyday words, and isNameToken walks several tries.
function nameLikeWord(ctx: RecognizerContext, t: number, sentence: number): boolean {
  const known = keyIs(ctx, t, GIVEN) || keyIs(ctx, t, SURNAME) || keyIs(ctx, t, SEYED_WORD);
  if (!known && keyIs(ctx, t, COMMON_WORD)) return false;
  if (!PERSIAN_WORD.test(ctx.doc.tokens[t]!.normalized)) return false;
  if (!known && pairIs(ctx, t, t + 1, COMMON)) return false;
  return !keyIs(ctx, t, VERB) && isNameToken(ctx, t, sentence);
}

/**
 * The end of a name whose first word is glued to its honorific («دکترامیر گل رو»): the glued word
 * is a given name (then a surname follows) or the surname; further surname words as usual.
 */
export function gluedNameEnd(ctx: RecognizerContext, t: number, restKey: string): number {
  const sentence = ctx.doc.tokens[t]!.sentence;
  let end = t + 1;
  if (ctx.lex.givenNames.has(restKey) && isNameToken(ctx, end, sentence) && isNameLike(ctx, end, sentence))
    end++;
  return surnameTail(ctx, end, sentence, true);
}
