// Names without an honorific: a run of name words right before an office or a speech verb, a
// surname alone before one office, and foreign names set off by apposition. persons.ts asks these
// readings after the honorific and given-name ones.
import { key } from '../text/key.js';
import { isPunct, type RecognizerContext } from './context.js';
import { AND, COMMA, foreignSurnameAlone } from './person-cues.js';
import {
  FACT_FOREIGN_WORD,
  FACT_UNKNOWN_OR_SURNAME,
  factAt,
  factsOf,
  isNameLike,
  isNameToken,
  remember,
  wordFact,
} from './person-names.js';
import {
  COMMON,
  COMMON_WORD,
  FUNCTION,
  GIVEN,
  GIVEN_NISBA,
  KNOWN,
  keyIs,
  NAME_STOP,
  OFFICE_NOUN,
  pairIs,
  SUBJUNCTIVE,
  SURNAME,
  speechVerbAt,
  titleAt,
  VERB,
} from './vocabulary.js';

const MAX_BARE = 3;

/** Up to three name words with no honorific, when an office or a speech verb follows them. */
export function bareName(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const sentence = tokens[t]?.sentence ?? -1;
  if (!isNameLike(ctx, t, sentence) || (t > 0 && isNameLike(ctx, t - 1, sentence))) return null;
  let end = t + 1;
  while (end - t < MAX_BARE + 1 && isNameLike(ctx, end, sentence)) end++;
  if (end - t > MAX_BARE) return null;
  // One word alone is a name only if it is a known surname or reads as one (a nisba «…ی»).
  const k = ctx.keys[t]!;
  if (end - t === 1 && foreignSurnameAlone(ctx, t)) return { end, rule: 'person.name-title' };
  if (end - t === 1 && !(keyIs(ctx, t, SURNAME) ? !keyIs(ctx, t, COMMON) : k.length > 3 && k.endsWith('ی')))
    return null;
  // One word right after an office is the office's adjective («معاون اجرایی رئیس …»).
  if (end - t === 1 && t > 0 && titleAt(ctx, t - 1)) return null;
  if (officeAfter(ctx, end)) return { end, rule: 'person.name-title' };
  const opens = t === 0 || tokens[t - 1]!.sentence !== sentence;
  if (opens && speechVerbAt(ctx, end)) return { end, rule: 'person.speaker' };
  return null;
}

/** An office right after `end`, or after a comma there. */
function officeAfter(ctx: RecognizerContext, end: number): boolean {
  const next = ctx.doc.tokens[end];
  return !!next && (!!titleAt(ctx, end) || (COMMA.has(next.normalized) && !!titleAt(ctx, end + 1)));
}

/**
 * A surname alone right before an office, where a noun phrase cannot be running on into it: after
 * a function word, a conjunction or a mark («بین جلیلی رئیس دانشگاه»). bareName takes surnames that
 * are no everyday words; this one also those that are, when they read as the nisba of a given name
 * («جلیلی», «حسینی»). After a noun such a word is that noun's adjective.
 */
export function bareSurname(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const tok = tokens[t];
  const k = ctx.keys[t] ?? '';
  // The word book's tests first, the letters' test after.
  if (tok?.kind !== 'word' || k.length < 4 || !keyIs(ctx, t, GIVEN_NISBA)) return null;
  if (!/^[\u0600-\u06FF]+$/.test(tok.normalized)) return null;
  if (keyIs(ctx, t, FUNCTION) || keyIs(ctx, t, GIVEN)) return null;
  if (!isNameToken(ctx, t, tok.sentence)) return null;
  const prev = tokens[t - 1];
  const opens = !prev || prev.sentence !== tok.sentence;
  if (!opens && !isPunct(prev) && !keyIs(ctx, t - 1, FUNCTION)) return null;
  // The office right after it, and one person's («تمامی دبیران …» is a plural's quantifier).
  const office = titleAt(ctx, t + 1);
  return office?.values.some((v) => !v.plural) ? { end: t + 1, rule: 'person.name-title' } : null;
}

/** «مجتمع فناوری دکتر X», «جایزه «دکتر X»», «سالن شهید X»: the name before `t` names a thing. */
export function namesAThing(ctx: RecognizerContext, t: number): boolean {
  const sentence = ctx.doc.tokens[t]?.sentence;
  for (let back = t - 1; back >= 0 && back >= t - 3; back--) {
    const tok = ctx.doc.tokens[back]!;
    if (tok.sentence !== sentence) return false;
    if (tok.normalized === '«') continue;
    // «مدیر پردیس و دکتر X»: a conjunction starts another noun phrase, a person's own.
    if (isPunct(tok) || ctx.keys[back] === AND) return false;
    if (ctx.lex.namedAfter.longestAt(ctx.keys, back)) return true;
  }
  return false;
}

/** «رئیس دانشگاه تهران، محمد مقیمی» / «معاون پژوهشی دانشگاه محمد رضایی»: an office shortly before. */
export function precededByOffice(ctx: RecognizerContext, t: number): boolean {
  const sentence = ctx.doc.tokens[t]!.sentence;
  for (let back = t - 1; back >= 0 && back >= t - 8; back--) {
    const tok = ctx.doc.tokens[back]!;
    if (tok.sentence !== sentence) return false;
    if (titleAt(ctx, back)) return true;
    if (tok.kind === 'punct' && !COMMA.has(tok.normalized)) return false;
  }
  return false;
}

/** Honorifics that sites glue to the name when a space is lost. */

const APPOSITION = new Set(['،', ',', ':', '(', '（']);

/**
 * A foreign or rare full name without an honorific whose first words are everyday words
 * («سیدنی», «الکسی», «بهمن»): 2–3 words, none a function word or verb, the last a known surname or a
 * word no vocabulary has («الکسی ماسلوف»), in a name's place — before an office (also after «،»,
 * «:» or «(»), opening a sentence before a speech verb, or between an office and a comma
 * («سفیر برزیل، آندره وراس گیمارائس، …»). It starts after punctuation or a function word, so the
 * end of a noun phrase before an office («هیئت علمی رئیس …») is none.
 */
export function foreignBareName(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const sentence = tokens[t]?.sentence ?? -1;
  const opens = t === 0 || tokens[t - 1]!.sentence !== sentence;
  if (!opens && !isPunct(tokens[t - 1]) && !keyIs(ctx, t - 1, NAME_STOP) && !keyIs(ctx, t - 1, FUNCTION))
    return null;
  if (!foreignWord(ctx, t, sentence)) return null;
  // Only the first word may be vocabulary; the others are surnames or words no vocabulary has
  // («بهمن نقی پور»: «نقی» + «پور» is a surname), so «گفته مسعود X», «تبیین شود» are none.
  let end = t + 1;
  while (end - t < MAX_BARE && foreignWord(ctx, end, sentence) && unknownOrSurname(ctx, end)) end++;
  // Between an office and a comma («سفیر برزیل، آندره وراس گیمارائس، …») a middle word may read as
  // vocabulary when a word no vocabulary has follows it: the name's last word is foreign.
  if (
    end === t + 1 &&
    COMMA.has(tokens[t - 1]?.normalized ?? '') &&
    COMMA.has(tokens[t + 3]?.normalized ?? '') &&
    !keyIs(ctx, t, COMMON_WORD) &&
    foreignWord(ctx, t + 1, sentence) &&
    !keyIs(ctx, t + 1, FUNCTION) &&
    foreignWord(ctx, t + 2, sentence) &&
    unknownOrSurname(ctx, t + 2) &&
    !keyIs(ctx, t + 2, KNOWN) &&
    precededByOffice(ctx, t)
  )
    return { end: t + 3, rule: 'person.office-name' };
  for (; end - t >= 2; end--) {
    const next = tokens[end];
    if (next && APPOSITION.has(next.normalized) && titleAt(ctx, end + 1))
      return { end, rule: 'person.name-title' };
    if (
      next &&
      COMMA.has(next.normalized) &&
      COMMA.has(tokens[t - 1]?.normalized ?? '') &&
      precededByOffice(ctx, t)
    )
      return { end, rule: 'person.office-name' };
    // «به گزارش …، X Y …»: the subject of a news lead, when no word of it is vocabulary.
    if (unknownOrSurname(ctx, t) && afterLeadSource(ctx, t)) return { end, rule: 'person.lead' };
    // Without an apposition mark, an everyday first word must at least be a surname too («بهمن»):
    // «گزارش X رئیس …», «مورد ترور …» are phrases.
    if (!keyIs(ctx, t, SURNAME) && (keyIs(ctx, t, KNOWN) || keyIs(ctx, t, COMMON_WORD))) continue;
    if (next && titleAt(ctx, end)) return { end, rule: 'person.name-title' };
    if (opens && speechVerbAt(ctx, end)) return { end, rule: 'person.speaker' };
  }
  return null;
}

function unknownOrSurname(ctx: RecognizerContext, t: number): boolean {
  const facts = factsOf(ctx);
  const known = factAt(facts, t, FACT_UNKNOWN_OR_SURNAME);
  return known ? known === 2 : remember(facts, t, FACT_UNKNOWN_OR_SURNAME, unknownOrSurnameAt(ctx, t));
}

function unknownOrSurnameAt(ctx: RecognizerContext, t: number): boolean {
  if (keyIs(ctx, t, SUBJUNCTIVE)) return false;
  if (keyIs(ctx, t, SURNAME) && !keyIs(ctx, t, COMMON)) return true;
  if (pairIs(ctx, t, t + 1, SURNAME) || pairIs(ctx, t - 1, t, SURNAME)) return true;
  return !keyIs(ctx, t, KNOWN) && !keyIs(ctx, t, COMMON_WORD);
}

function foreignWord(ctx: RecognizerContext, t: number, sentence: number): boolean {
  return wordFact(ctx, t, sentence, FACT_FOREIGN_WORD, foreignWordAt);
}

function foreignWordAt(ctx: RecognizerContext, t: number, sentence: number): boolean {
  // «به سرپرستی X»: an office noun with «ی» is the office's abstract noun, not a name.
  if (keyIs(ctx, t, OFFICE_NOUN) || keyIs(ctx, t, FUNCTION) || keyIs(ctx, t, VERB)) return false;
  return /^[\u0600-\u06FF\u200C]+$/.test(ctx.doc.tokens[t]!.normalized) && isNameToken(ctx, t, sentence);
}

const REPORT = [key('به'), key('گزارش')];

/** Token `t` opens the clause after a lead's source: «به گزارش روابط عمومی دانشگاه …، |X». */
function afterLeadSource(ctx: RecognizerContext, t: number): boolean {
  if (!COMMA.has(ctx.doc.tokens[t - 1]?.normalized ?? '')) return false;
  const first = ctx.doc.sentences[ctx.doc.tokens[t]!.sentence]?.firstToken ?? -1;
  if (ctx.keys[first] !== REPORT[0] || ctx.keys[first + 1] !== REPORT[1]) return false;
  // The comma closes the source: no other comma between «به گزارش» and it.
  for (let i = first + 2; i < t - 1; i++) if (COMMA.has(ctx.doc.tokens[i]!.normalized)) return false;
  return true;
}
