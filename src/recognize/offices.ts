// Offices and titles (رئیس، معاون بین‌الملل، سفیر …), units (معاونت بین‌الملل، دانشکده …) and
// places named by a head word (سالن …، تالار …). Which organisation an office belongs to is
// decided later, in extract/link, once organisations are known.
import { key } from '../text/key.js';
import { isPunct, mentionOf, normalizedText, type RecognizerContext } from './context.js';
import type { Mention } from './types.js';

const AND = key('و');
const LIGHT_VERBS = new Set(
  [
    'دارد',
    'دارند',
    'داشت',
    'است',
    'بود',
    'شد',
    'شدند',
    'کرد',
    'کردند',
    'گرفت',
    'گرفتند',
    'یافت',
    'داد',
    'دادند',
  ].map(key),
);
/** A verb ends a name: «می‌/نمی‌» prefixes and common finite endings. */
const VERB = /^(ن?می\u200c|(کرد|کردند|شد|شدند|است|بود|بودند|داشت|داشتند|نمود|گفت|افزود)$)/;

export function recognizeTitles(ctx: RecognizerContext): Mention[] {
  const out: Mention[] = [];
  for (let t = 0; t < ctx.keys.length; ) {
    let m = ctx.lex.titles.longestAt(ctx.keys, t);
    if (!m) {
      t++;
      continue;
    }
    // «رئیس پژوهشگاه دانش‌های بنیادی»: the office «رئیس پژوهشگاه» would swallow the head word of
    // the organisation it belongs to; the office stops where a longer organisation name starts.
    for (let u = t + 1; u < m.end; u++) {
      const org = ctx.lex.orgs.longestAt(ctx.keys, u);
      if (!org || org.end <= m.end) continue;
      const shorter = ctx.lex.titles.longestAt(ctx.keys, t, u);
      if (shorter) m = shorter;
      break;
    }
    // «رئیس دانشکده مهندسی عمران», «رئیس دفتر همکاری‌های بین‌المللی»: an office that ends with a
    // unit's head word runs over the unit's name.
    let unitEnd = withUnitEnd(ctx, m.end);
    // «رئیس مرکز تحقیقات کردستان‌شناسی», «مدیر دفتر ریاست»: otherwise the office «رئیس مرکز» /
    // «مدیر دفتر» stops where a longer unit starts, so the unit's whole name stays one.
    for (let u = t + 1; u < m.end && unitEnd === m.end; u++) {
      if (unitEndAt(ctx, u) <= m.end) continue;
      const shorter = ctx.lex.titles.longestAt(ctx.keys, t, u);
      if (shorter) {
        m = shorter;
        unitEnd = withUnitEnd(ctx, m.end);
      }
      break;
    }
    const entry = m.values.find((v) => !v.plural) ?? m.values[0]!;
    out.push(
      mentionOf(ctx, t, unitEnd, {
        type: 'title',
        rule: entry.plural ? 'title.plural' : unitEnd > m.end ? 'title.with-unit' : 'title.gazetteer',
        name: unitEnd > m.end ? `${entry.fa} ${normalizedText(ctx, m.end, unitEnd)}` : entry.fa,
        plural: entry.plural,
        titleKind: entry.kind,
        titleId: entry.id,
      }),
    );
    t = unitEnd;
  }
  return out;
}

/** The end of an office ending at `end` run over the unit it names by its head word, or `end`. */
function withUnitEnd(ctx: RecognizerContext, end: number): number {
  const head = ctx.lex.heads.longestAt(ctx.keys, end - 1);
  return head?.values[0]?.type === 'unit' && head.end === end
    ? nameEnd(ctx, end, head.values[0].maxWords, false)
    : end;
}

/** Where a unit starting at `t` ends: a gazetteer unit, or a unit head with its name; `t` if none. */
function unitEndAt(ctx: RecognizerContext, t: number): number {
  const unit = ctx.lex.units.longestAt(ctx.keys, t);
  if (unit) return unit.end;
  const head = ctx.lex.heads.longestAt(ctx.keys, t);
  if (head?.values[0]?.type !== 'unit') return t;
  const end = nameEnd(ctx, head.end, head.values[0].maxWords, false);
  return end > head.end ? end : t;
}

/** Words that end an open-class name («دانشکده مهندسی برق» stops before «دانشگاه»). */
export function nameEnd(ctx: RecognizerContext, from: number, maxWords: number, place: boolean): number {
  const { tokens } = ctx.doc;
  let end = from;
  while (end < tokens.length && end - from < maxWords) {
    const tok = tokens[end]!;
    const k = ctx.keys[end]!;
    if (isPunct(tok) || tok.sentence !== tokens[from]!.sentence || tok.kind !== 'word') break;
    if (VERB.test(tok.normalized)) break;
    // «… قرار دارد», «… برگزار شد»: the word before a light verb belongs to the predicate.
    if (LIGHT_VERBS.has(ctx.keys[end + 1] ?? '')) break;
    // «ساختمان پژوهشکده», «سالن دانشکده»: a unit's head word may name a hall.
    // A stop word that is the first half of a compound written apart («بین الملل») is not one.
    const compound = ctx.lex.commonWords.has(k + (ctx.keys[end + 1] ?? ''));
    if (
      k !== AND &&
      !compound &&
      ctx.lex.nameStops.has(k) &&
      !(place && ctx.lex.heads.longestAt(ctx.keys, end))
    )
      break;
    // A hall may be named after an office («سالن جلسات ریاست»); a unit's name stops at one.
    if (ctx.lex.orgs.longestAt(ctx.keys, end) || (!place && ctx.lex.titles.longestAt(ctx.keys, end))) break;
    // «دفتر آقای دکتر X»: a person's office is not a unit named after them (halls are: «سالن شهید X»).
    if (!place && ctx.lex.honorifics.longestAt(ctx.keys, end)) break;
    if (ctx.lex.events.longestAt(ctx.keys, end) || ctx.lex.happened.longestAt(ctx.keys, end)) break;
    end++;
  }
  while (end > from && ctx.keys[end - 1] === AND) end--;
  return end;
}

export function recognizeUnitsAndPlaces(ctx: RecognizerContext): Mention[] {
  const out: Mention[] = [];
  for (let t = 0; t < ctx.keys.length; ) {
    const unit = ctx.lex.units.longestAt(ctx.keys, t);
    // «شورای دانشگاه تبریز»: a unit whose last word starts the name of an organisation is that
    // organisation's unit; the organisation's name is the one to keep.
    const org = unit && ctx.lex.orgs.longestAt(ctx.keys, unit.end - 1);
    if (unit && !(org && org.end > unit.end)) {
      out.push(
        mentionOf(ctx, t, unit.end, { type: 'unit', rule: 'unit.gazetteer', name: unit.values[0]!.fa }),
      );
      t = unit.end;
      continue;
    }
    const head = ctx.lex.heads.longestAt(ctx.keys, t);
    if (head) {
      const h = head.values[0]!;
      const end = nameEnd(ctx, head.end, h.maxWords, h.type === 'place');
      // A multi-word head is a name by itself («سالن جلسات»); a one-word head needs a name after it.
      if (end > head.end || (h.type === 'place' && head.end - t > 1)) {
        out.push(
          mentionOf(ctx, t, end, {
            type: h.type,
            rule: `${h.type}.head.${h.id}`,
            name: normalizedText(ctx, t, end),
          }),
        );
        t = end;
        continue;
      }
    }
    t++;
  }
  return out;
}
