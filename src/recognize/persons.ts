// People: honorific + name («دکتر محمد ذاکری»), and names without an honorific when the context
// marks them as names (a known given name next to an office: «رئیس دانشگاه، محمد مقیمی»,
// «محمد مقیمی (رئیس دانشگاه)»; any name right before an office or a speech verb). An office alone
// is never a person, and a name that names a hall, complex or prize («مجتمع فناوری دکتر X») is none.
import { key } from '../text/key.js';
import { PRESENT_STEMS } from '../text/verbs.js';
import { isPunct, mentionOf, normalizedText, type RecognizerContext } from './context.js';
import { cutAtTextEnd, examplePeople, foreignSurnameAlone } from './person-cues.js';
import {
  CONNECTORS,
  FACT_FOREIGN_WORD,
  FACT_UNKNOWN_OR_SURNAME,
  factAt,
  factsOf,
  givenApart,
  gluedNameEnd,
  isCommonWord,
  isNameLike,
  isNameToken,
  isVerbForm,
  LATIN_NAME,
  nameEnd,
  remember,
  SEYED,
} from './person-names.js';
import { latinBareName } from './persons-latin.js';
import type { Mention } from './types.js';

const OPEN_PAREN = new Set(['(', '（']);
const COMMA = new Set(['،', ',']);
const AND = key('و');
/** «آل» of a clan name («آل احمد», «آل هاشم»). */
const CLAN = key('آل');
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
    // 1b. an honorific glued to the name («دکترامیر …», «آقای دكترالماسوندي»).
    const glued = gluedHonorific(ctx, h);
    if (glued) {
      const end = gluedNameEnd(ctx, h, key(glued.rest));
      const tok = tokens[h]!;
      const name = ctx.doc.norm.text.slice(tok.nStart + glued.honorific.length, tokens[end - 1]!.nEnd);
      if (!namesAThing(ctx, t))
        out.push(
          mentionOf(ctx, t, end, {
            type: 'person',
            rule: 'person.glued-honorific',
            name,
            honorific: glued.honorific,
          }),
        );
      t = end;
      continue;
    }
    // 1c. a name in guillemets after its honorific: «دکتر «کیم سو هیون»».
    const quoted = honorifics.length ? quotedName(ctx, h, true) : null;
    if (quoted) {
      if (!namesAThing(ctx, t))
        out.push(
          mentionOf(ctx, t, quoted.end, {
            type: 'person',
            rule: 'person.honorific',
            name: normalizedText(ctx, h + 1, quoted.end - 1),
            honorific: mainHonorific(honorifics),
          }),
        );
      t = quoted.end;
      continue;
    }
    if (honorifics.length) {
      const end = nameEnd(ctx, h, latin || LATIN_NAME.test(tokens[h]?.text ?? ''), true);
      if (end > h && namesAThing(ctx, t)) {
        t = end;
        continue;
      }
      if (end > h) {
        out.push(personMention(ctx, t, h, end, mainHonorific(honorifics), 'person.honorific'));
        t = end;
        continue;
      }
      t = h;
      continue;
    }
    // 1d. a full name in guillemets («وزیر «حسن کاظمی‌نژاد» را به سمت … منصوب کرد»).
    const inQuotes = quotedName(ctx, t, false);
    if (inQuotes && !namesAThing(ctx, t)) {
      out.push(
        mentionOf(ctx, t + 1, inQuotes.end - 1, {
          type: 'person',
          rule: 'person.quoted',
          name: normalizedText(ctx, t + 1, inQuotes.end - 1),
        }),
      );
      t = inQuotes.end;
      continue;
    }
    // 1e. people given as examples: «استادانی چون هنینگ و بویس».
    const examples = examplePeople(ctx, t);
    if (examples.length) {
      for (const x of examples)
        out.push(personMention(ctx, x.first, x.first, x.end, undefined, 'person.example'));
      t = examples.at(-1)!.end;
      continue;
    }
    // 2. a known given name in a name context: after an office (+ organisation) and a comma, or
    // followed by «(office» / «، office»; or followed by a surname.
    const given = givenName(ctx, t);
    if (given) {
      out.push(personMention(ctx, t, t, given.end, undefined, given.rule));
      t = given.end;
      continue;
    }
    // 3. no honorific, no known given name: a name right before an office («سلطانی رئیس دانشگاه»,
    // «الکسی ماسلوف، رئیس انستیتو») or, opening a sentence, before a speech verb («X افزود:»).
    const bare = bareName(ctx, t) ?? foreignBareName(ctx, t) ?? bareSurname(ctx, t);
    if (bare) {
      out.push(personMention(ctx, t, t, bare.end, undefined, bare.rule));
      t = bare.end;
      continue;
    }
    const en = latinBareName(ctx, t);
    if (en) {
      out.push(personMention(ctx, en.start, en.start, en.end, undefined, 'person.name-title'));
      t = en.end;
      continue;
    }
    t++;
  }
  return out.filter((m) => !cutAtTextEnd(ctx, m.tEnd));
}

/** A name opening with a known given name (or «سید» + one) at `t`, when its context makes it one. */
function givenName(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { keys, lex } = ctx;
  const { tokens } = ctx.doc;
  const sentence = tokens[t]?.sentence ?? -1;
  if (!lex.givenNames.has(keys[t]!) && !SEYED.has(keys[t]!) && !givenApart(ctx, t, sentence)) return null;
  if (lex.notNames.longestAt(keys, t)) return null;
  const end = nameEnd(ctx, t, false);
  if (end - t < 2) return null;
  const next = tokens[end];
  const officeAfter =
    next &&
    (OPEN_PAREN.has(next.normalized) || COMMA.has(next.normalized)) &&
    tokens[end + 1] &&
    lex.titles.longestAt(keys, end + 1);
  const officeRightAfter = next && lex.titles.longestAt(keys, end);
  // «حسن نیت», «حسن نظر»: a given name before an everyday word is a phrase, not a person;
  // «پروانه گرفت»: nor is one before a verb. Near an office the context outweighs the phrase,
  // except for a generated given name that is an everyday word too («دانشگاه معین استان»).
  const first = SEYED.has(keys[t]!) ? t + 1 : t;
  const apart = givenApart(ctx, first, sentence);
  const k1 = apart ? keys[first]! + keys[first + 1]! : (keys[first] ?? '');
  const k2 = keys[first + (apart ? 2 : 1)] ?? '';
  const wordlike = !lex.curatedGiven.has(k1) && lex.commonWords.has(k1);
  const beforeVerb = (isVerbForm(k2) || presentForm(k2)) && !lex.surnames.has(k2);
  const phrase =
    beforeVerb ||
    (!lex.givenNames.has(k2) &&
      !CONNECTORS.has(k2) &&
      k2 !== CLAN &&
      !lex.surnames.has(k2) &&
      (isCommonWord(ctx, k2) || lex.commonWords.has(k1 + k2)));
  if (!beforeVerb && !(phrase && wordlike)) {
    if (officeAfter || officeRightAfter) return { end, rule: 'person.name-office' };
    if (precededByOffice(ctx, t)) return { end, rule: 'person.office-name' };
  }
  // Without an office nearby, a given name that is not also a common word, followed by a
  // surname, is still a name («علی لاریجانی گفت»), unless a saint's or street's word precedes it.
  const last = keys[end - 1]!;
  const plain =
    !phrase &&
    !lex.ambiguousGiven.has(k1) &&
    !NOT_A_PERSON_BEFORE.has(keys[t - 1] ?? '') &&
    // Two well-known given names are no full name («علی حسن»), unless the last is a surname too;
    // a rare given name last is a surname as often («حسین مردعلی»).
    (!lex.curatedGiven.has(last) || lex.surnames.has(last));
  return plain ? { end, rule: 'person.given-surname' } : null;
}

const MAX_BARE = 3;

function bareName(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const sentence = tokens[t]?.sentence ?? -1;
  if (!isNameLike(ctx, t, sentence) || (t > 0 && isNameLike(ctx, t - 1, sentence))) return null;
  let end = t + 1;
  while (end - t < MAX_BARE + 1 && isNameLike(ctx, end, sentence)) end++;
  if (end - t > MAX_BARE) return null;
  // One word alone is a name only if it is a known surname or reads as one (a nisba «…ی»).
  const k = ctx.keys[t]!;
  if (end - t === 1 && foreignSurnameAlone(ctx, t)) return { end, rule: 'person.name-title' };
  if (
    end - t === 1 &&
    !(ctx.lex.surnames.has(k) ? !ctx.lex.commonWords.has(k) : k.length > 3 && k.endsWith('ی'))
  )
    return null;
  // One word right after an office is the office's adjective («معاون اجرایی رئیس …»).
  if (end - t === 1 && t > 0 && ctx.lex.titles.longestAt(ctx.keys, t - 1)) return null;
  if (officeAfter(ctx, end)) return { end, rule: 'person.name-title' };
  const opens = t === 0 || tokens[t - 1]!.sentence !== sentence;
  if (opens && ctx.lex.speechVerbs.longestAt(ctx.keys, end)) return { end, rule: 'person.speaker' };
  return null;
}

/** An office right after `end`, or after a comma there. */
function officeAfter(ctx: RecognizerContext, end: number): boolean {
  const next = ctx.doc.tokens[end];
  const titleAt = (i: number) => !!ctx.lex.titles.longestAt(ctx.keys, i);
  return !!next && (titleAt(end) || (COMMA.has(next.normalized) && titleAt(end + 1)));
}

/**
 * A surname alone right before an office, where a noun phrase cannot be running on into it: after
 * a function word, a conjunction or a mark («بین جلیلی رئیس دانشگاه»). bareName takes surnames that
 * are no everyday words; this one also those that are, when they read as the nisba of a given name
 * («جلیلی», «حسینی»). After a noun such a word is that noun's adjective.
 */
function bareSurname(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const { keys, lex } = ctx;
  const tok = tokens[t];
  const k = keys[t] ?? '';
  if (tok?.kind !== 'word' || k.length < 4 || !/^[\u0600-\u06FF]+$/.test(tok.normalized)) return null;
  const base = k.slice(0, -1);
  if (!k.endsWith('ی') || !lex.surnames.has(k) || !lex.givenNames.has(base)) return null;
  if (lex.functionWords.has(k) || lex.givenNames.has(k)) return null;
  if (!isNameToken(ctx, t, tok.sentence)) return null;
  const prev = tokens[t - 1];
  const opens = !prev || prev.sentence !== tok.sentence;
  if (!opens && !isPunct(prev) && !lex.functionWords.has(keys[t - 1]!)) return null;
  // The office right after it, and one person's («تمامی دبیران …» is a plural's quantifier).
  const office = lex.titles.longestAt(keys, t + 1);
  return office?.values.some((v) => !v.plural) ? { end: t + 1, rule: 'person.name-title' } : null;
}

/** «مجتمع فناوری دکتر X», «جایزه «دکتر X»», «سالن شهید X»: the name before `t` names a thing. */
function namesAThing(ctx: RecognizerContext, t: number): boolean {
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

/** Honorifics that sites glue to the name when a space is lost. */
const GLUEABLE = ['دکتر', 'مهندس', 'پروفسور'];

function gluedHonorific(ctx: RecognizerContext, t: number): { honorific: string; rest: string } | null {
  // t can be one past the last token: a text that ends in honorifics («دکتر دکتر»).
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word') return null;
  for (const h of GLUEABLE) {
    if (!tok.normalized.startsWith(h)) continue;
    const rest = tok.normalized.slice(h.length);
    // «دکترا», «دکتری», «مهندسی», «مهندسین» are words; a name is longer and not vocabulary.
    const k = key(rest);
    const known = ctx.lex.givenNames.has(k) || ctx.lex.surnames.has(k);
    if (rest.length < 3 || rest.startsWith('\u200c') || (!known && isCommonWord(ctx, k))) return null;
    if (!/^[\u0600-\u06FF]+$/.test(rest)) return null;
    return { honorific: h, rest };
  }
  return null;
}

/** The honorific kept is the most specific academic/religious one («دکتر» over «آقای»). */
function mainHonorific(honorifics: string[]): string | undefined {
  return honorifics.find((x) => x !== 'آقای' && x !== 'خانم' && x !== 'جناب آقای') ?? honorifics[0];
}

const MAX_QUOTED = 4;

/**
 * Words in guillemets at `open` that are a name; `end` is past the closing mark. After an honorific
 * any 1–4 name words are; without one, 2–4 words that read as a full name: a given name first and a
 * known surname or a word that is not everyday vocabulary last («حسن کاظمی‌نژاد»), so that quoted
 * titles of events and books («نقش دانشگاه», «فعل‌های فارسی دری») stay what they are.
 */
function quotedName(ctx: RecognizerContext, open: number, honorific: boolean): { end: number } | null {
  const { tokens } = ctx.doc;
  if (tokens[open]?.normalized !== '«') return null;
  const sentence = tokens[open]!.sentence;
  let close = open + 1;
  while (close - open - 1 < MAX_QUOTED && isNameToken(ctx, close, sentence)) close++;
  const words = close - open - 1;
  if (tokens[close]?.normalized !== '»' || words < (honorific ? 1 : 2)) return null;
  if (honorific) return { end: close + 1 };
  const first = ctx.keys[open + 1]!;
  const last = ctx.keys[close - 1]!;
  const surname = ctx.lex.surnames.has(last) || ctx.lex.surnames.has(ctx.keys[close - 2]! + last);
  if (!givenLike(ctx, first) || (isCommonWord(ctx, last) && !surname)) return null;
  for (let i = open + 1; i < close; i++)
    if (ctx.lex.functionWords.has(ctx.keys[i]!) || isVerbForm(ctx.keys[i]!)) return null;
  return { end: close + 1 };
}

const ALLAH = [key('الله'), key('اله')];

/** A known given name, «سید», or a compound with «الله» glued («حشمتاله», «عزتالله»). */
function givenLike(ctx: RecognizerContext, k: string): boolean {
  if (ctx.lex.givenNames.has(k) || SEYED.has(k)) return true;
  return ALLAH.some((a) => k.length > a.length + 1 && k.endsWith(a));
}

const APPOSITION = new Set(['،', ',', ':', '(', '（']);

/**
 * A foreign or rare full name without an honorific whose first words are everyday words
 * («سیدنی», «الکسی», «بهمن»): 2–3 words, none a function word or verb, the last a known surname or a
 * word no vocabulary has («الکسی ماسلوف»), in a name's place — before an office (also after «،»,
 * «:» or «(»), opening a sentence before a speech verb, or between an office and a comma
 * («سفیر برزیل، آندره وراس گیمارائس، …»). It starts after punctuation or a function word, so the
 * end of a noun phrase before an office («هیئت علمی رئیس …») is none.
 */
function foreignBareName(ctx: RecognizerContext, t: number): { end: number; rule: string } | null {
  const { tokens } = ctx.doc;
  const { keys, lex } = ctx;
  const sentence = tokens[t]?.sentence ?? -1;
  const opens = t === 0 || tokens[t - 1]!.sentence !== sentence;
  const prev = keys[t - 1] ?? '';
  if (!opens && !isPunct(tokens[t - 1]) && !lex.nameStops.has(prev) && !lex.functionWords.has(prev))
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
    !isCommonWord(ctx, keys[t]!) &&
    foreignWord(ctx, t + 1, sentence) &&
    !lex.functionWords.has(keys[t + 1]!) &&
    foreignWord(ctx, t + 2, sentence) &&
    unknownOrSurname(ctx, t + 2) &&
    !lex.knownWords.has(keys[t + 2]!) &&
    precededByOffice(ctx, t)
  )
    return { end: t + 3, rule: 'person.office-name' };
  for (; end - t >= 2; end--) {
    const next = tokens[end];
    const titleAt = (i: number) => lex.titles.longestAt(keys, i);
    if (next && APPOSITION.has(next.normalized) && titleAt(end + 1))
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
    if (!lex.surnames.has(keys[t]!) && (lex.knownWords.has(keys[t]!) || isCommonWord(ctx, keys[t]!)))
      continue;
    if (next && titleAt(end)) return { end, rule: 'person.name-title' };
    if (opens && lex.speechVerbs.longestAt(keys, end)) return { end, rule: 'person.speaker' };
  }
  return null;
}

function unknownOrSurname(ctx: RecognizerContext, t: number): boolean {
  const facts = factsOf(ctx);
  const known = factAt(facts, t, FACT_UNKNOWN_OR_SURNAME);
  return known ? known === 2 : remember(facts, t, FACT_UNKNOWN_OR_SURNAME, unknownOrSurnameAt(ctx, t));
}

function unknownOrSurnameAt(ctx: RecognizerContext, t: number): boolean {
  const { keys, lex } = ctx;
  const k = keys[t]!;
  if (isSubjunctive(k)) return false;
  if (lex.surnames.has(k) && !lex.commonWords.has(k)) return true;
  if (lex.surnames.has(k + (keys[t + 1] ?? '')) || lex.surnames.has((keys[t - 1] ?? '') + k)) return true;
  return !lex.knownWords.has(k) && !isCommonWord(ctx, k);
}

function foreignWord(ctx: RecognizerContext, t: number, sentence: number): boolean {
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word' || tok.sentence !== sentence) return false;
  const facts = factsOf(ctx);
  const known = factAt(facts, t, FACT_FOREIGN_WORD);
  return known ? known === 2 : remember(facts, t, FACT_FOREIGN_WORD, foreignWordAt(ctx, t, sentence));
}

function foreignWordAt(ctx: RecognizerContext, t: number, sentence: number): boolean {
  if (!/^[\u0600-\u06FF\u200C]+$/.test(ctx.doc.tokens[t]!.normalized)) return false;
  const k = ctx.keys[t]!;
  // «به سرپرستی X»: an office noun with «ی» is the office's abstract noun, not a name.
  if (k.endsWith('ی') && ctx.lex.titles.longestAt([k.slice(0, -1)], 0)) return false;
  return !ctx.lex.functionWords.has(k) && !isVerbForm(k) && isNameToken(ctx, t, sentence);
}

const PERSON_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
/**
 * A present stem + a person ending other than «ی» («دارم», «گیرند»): a verb. «ی» is left out, as
 * stem + «ی» is a frequent surname shape («نوازی», «بخشی»).
 */
function presentForm(k: string): boolean {
  return isSubjunctive(k) && !k.endsWith('ی');
}
/** A present stem + a person ending without «می» («شود», «باشند»): a subjunctive verb, not a name. */
function isSubjunctive(k: string): boolean {
  return PERSON_ENDINGS.some(
    (e) => k.length > e.length + 1 && k.endsWith(e) && PRESENT_STEMS.has(k.slice(0, -e.length)),
  );
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
