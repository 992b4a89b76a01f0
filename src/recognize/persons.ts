// People: honorific + name («دکتر محمد ذاکری»), and names without an honorific when the context
// marks them as names (a known given name next to an office: «رئیس دانشگاه، محمد مقیمی»,
// «محمد مقیمی (رئیس دانشگاه)»; any name right before an office or a speech verb). An office alone
// is never a person, and a name that names a hall, complex or prize («مجتمع فناوری دکتر X») is none.
import { key } from '../text/key.js';
import { mentionOf, normalizedText, type RecognizerContext } from './context.js';
import { COMMA, cutAtTextEnd, examplePeople, OPEN_PAREN } from './person-cues.js';
import {
  CONNECTORS,
  givenApart,
  gluedNameEnd,
  isNameToken,
  LATIN_NAME,
  nameEnd,
  SEYED,
} from './person-names.js';
import { bareName, bareSurname, foreignBareName, namesAThing, precededByOffice } from './persons-bare.js';
import { latinBareName } from './persons-latin.js';
import type { Mention } from './types.js';
import {
  COMMON,
  COMMON_WORD,
  FUNCTION,
  GIVEN,
  honorificAt,
  isCommonWord,
  keyIs,
  pairIs,
  SEYED_WORD,
  SUBJUNCTIVE,
  SURNAME,
  titleAt,
  VERB,
} from './vocabulary.js';

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

const NO_HONORIFICS: string[] = [];

export function recognizePersons(ctx: RecognizerContext, latin = false): Mention[] {
  const out: Mention[] = [];
  const { tokens } = ctx.doc;
  for (let t = 0; t < tokens.length; ) {
    // 1. honorific(s) + name: «جناب آقای دکتر سید محمد حسینی»
    let h = t;
    // Most tokens have none: one shared empty list until the first.
    let honorifics = NO_HONORIFICS;
    for (let m = honorificAt(ctx, h); m; m = honorificAt(ctx, h)) {
      if (honorifics === NO_HONORIFICS) honorifics = [];
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
  if (!keyIs(ctx, t, GIVEN) && !keyIs(ctx, t, SEYED_WORD) && !givenApart(ctx, t, sentence)) return null;
  if (lex.notNames.longestAt(keys, t)) return null;
  const end = nameEnd(ctx, t, false);
  if (end - t < 2) return null;
  const next = tokens[end];
  const officeAfter =
    next &&
    (OPEN_PAREN.has(next.normalized) || COMMA.has(next.normalized)) &&
    tokens[end + 1] &&
    titleAt(ctx, end + 1);
  const officeRightAfter = next && titleAt(ctx, end);
  // «حسن نیت», «حسن نظر»: a given name before an everyday word is a phrase, not a person;
  // «پروانه گرفت»: nor is one before a verb. Near an office the context outweighs the phrase,
  // except for a generated given name that is an everyday word too («دانشگاه معین استان»).
  const first = keyIs(ctx, t, SEYED_WORD) ? t + 1 : t;
  const apart = givenApart(ctx, first, sentence);
  const k1 = apart ? keys[first]! + keys[first + 1]! : (keys[first] ?? '');
  // The word after the given name, k2 (tests by its token, i2).
  const i2 = first + (apart ? 2 : 1);
  const k2 = keys[i2] ?? '';
  const wordlike = !lex.curatedGiven.has(k1) && (apart ? lex.commonWords.has(k1) : keyIs(ctx, first, COMMON));
  const beforeVerb =
    (keyIs(ctx, i2, VERB) || (keyIs(ctx, i2, SUBJUNCTIVE) && !k2.endsWith('ی'))) && !keyIs(ctx, i2, SURNAME);
  const phrase =
    beforeVerb ||
    (!keyIs(ctx, i2, GIVEN) &&
      !CONNECTORS.has(k2) &&
      k2 !== CLAN &&
      !keyIs(ctx, i2, SURNAME) &&
      (keyIs(ctx, i2, COMMON_WORD) ||
        (apart ? lex.commonWords.has(k1 + k2) : pairIs(ctx, first, i2, COMMON))));
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
    (!lex.curatedGiven.has(last) || keyIs(ctx, end - 1, SURNAME));
  return plain ? { end, rule: 'person.given-surname' } : null;
}

const GLUEABLE = ['دکتر', 'مهندس', 'پروفسور'];
/** Their first code units: a word beginning with none of them is asked no more. */
const GLUE_FIRST = new Set(GLUEABLE.map((h) => h.charCodeAt(0)));

function gluedHonorific(ctx: RecognizerContext, t: number): { honorific: string; rest: string } | null {
  // t can be one past the last token: a text that ends in honorifics («دکتر دکتر»).
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word' || !GLUE_FIRST.has(tok.normalized.charCodeAt(0))) return null;
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
  const surname = keyIs(ctx, close - 1, SURNAME) || pairIs(ctx, close - 2, close - 1, SURNAME);
  if (!givenLike(ctx, first) || (keyIs(ctx, close - 1, COMMON_WORD) && !surname)) return null;
  for (let i = open + 1; i < close; i++) if (keyIs(ctx, i, FUNCTION) || keyIs(ctx, i, VERB)) return null;
  return { end: close + 1 };
}

const ALLAH = [key('الله'), key('اله')];

/** A known given name, «سید», or a compound with «الله» glued («حشمتاله», «عزتالله»). */
function givenLike(ctx: RecognizerContext, k: string): boolean {
  if (ctx.lex.givenNames.has(k) || SEYED.has(k)) return true;
  return ALLAH.some((a) => k.length > a.length + 1 && k.endsWith(a));
}
