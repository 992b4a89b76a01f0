// Offices coordinated in one phrase share what the phrase names once:
//  - a plural office over coordinated fields is one office per field: «معاونین آموزشی و پژوهشی
//    دانشگاه X» = معاون آموزشی + معاون پژوهشی of X; «مدیران فرهنگی و دانشجویی …» likewise;
//  - offices joined by «و» / «،» where only the last names its organisation (and unit) all belong
//    to it: «رئیس و معاون دانشکده فنی دانشگاه X», «معاون آموزشی و معاون پژوهشی دانشگاه X», and
//    plural offices to the last's list: «روسا و معاونان دانشگاه‌های X و Y».
import { normalizedText, type RecognizerContext } from '../recognize/context.js';
import { key } from '../text/key.js';
import type { Office } from './link.js';

const GLUE = new Set([key('و'), '،', ',']);

function isGlue(ctx: RecognizerContext, t: number): boolean {
  return GLUE.has(ctx.keys[t] || ctx.doc.tokens[t]?.normalized || '');
}

/** The field's words cut at «و» / «،»: token ranges, the first possibly empty. */
function pieces(ctx: RecognizerContext, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let t = from; t < to; t++) {
    if (!isGlue(ctx, t)) continue;
    out.push([start, t]);
    start = t + 1;
  }
  out.push([start, to]);
  return out;
}

/**
 * One office per coordinated field of a plural office. `field` is the range of words between the
 * office and its organisation; `own` is the office's name before those words.
 */
export function splitFields(
  ctx: RecognizerContext,
  office: Office,
  own: string,
  field: [number, number],
): Office[] {
  const parts = pieces(ctx, field[0], field[1]);
  if (!office.plural || parts.length < 2 || parts.some(([a, b], i) => i > 0 && a === b)) {
    return [office];
  }
  // «معاونین آموزشی | و پژوهشی»: the first field may be in the office's own name.
  const head = own.split(' ')[0]!;
  return parts.map(([a, b], i) => {
    const words = normalizedText(ctx, a, b);
    const title = i === 0 ? (a === b ? own : `${own} ${words}`) : `${head} ${words}`;
    return { ...office, title };
  });
}

/** Offices joined by «و» / «،» take the organisation (and unit) the last of them names. */
export function shareAlongOffices(ctx: RecognizerContext, offices: Office[]): void {
  const at = new Map(offices.map((o) => [o.mention.tFirst, o]));
  for (let i = offices.length - 1; i >= 0; i--) {
    const o = offices[i]!;
    if (o.organizationIds.length || o.orgMentions.length || o.orgRule) continue;
    if (!isGlue(ctx, o.end)) continue;
    const next = at.get(o.end + 1);
    // «روسا و معاونان دانشگاه‌های X و Y»: plural offices share the list of organisations; a single
    // office does not take one out of a plural's list.
    if (!next?.organizationIds.length || next.plural !== o.plural) continue;
    o.organizationIds = [...next.organizationIds];
    o.orgRule = 'org.office-list';
    o.end = next.end;
    // «مدیر و معاون دفتر همکاری‌ها»: a one-word office heads the unit the next one names.
    if (next.unit && !o.unit && !o.title.includes(' ') && !key(o.title).includes(key(next.unit)))
      o.title = `${o.title} ${next.unit}`;
    if (o.title && o.mention.name !== o.title) o.mention.name = o.title;
    if (next.organizationIds[0]) o.mention.organizationId = next.organizationIds[0];
  }
}

/** Plural endings of a unit's head word («گروه‌های», «دانشکده‌ها»); keys drop the half-space. */
const PLURAL_ENDINGS = [key('های'), key('ها')];
/** Words one unit's name in such a list may run to («ریاضی», «مهندسی شیمی»). */
const UNIT_NAME_WORDS = 3;

/** The singular head word when the token at `t` is a unit head's plural, else null. */
function pluralUnitHead(ctx: RecognizerContext, t: number): string | null {
  return unitHeadOfPlural(ctx, ctx.keys[t] ?? '');
}

/** The singular head word when the word of key `k` is a unit head's plural («گروه‌های»), else null. */
export function unitHeadOfPlural(ctx: RecognizerContext, k: string): string | null {
  for (const ending of PLURAL_ENDINGS) {
    if (!k.endsWith(ending) || k.length <= ending.length) continue;
    const stem = k.slice(0, -ending.length);
    const head = ctx.lex.heads.longestAt([stem], 0);
    if (head?.end === 1 && head.values[0]?.type === 'unit') return head.values[0].head;
  }
  return null;
}

/**
 * «مدیر گروه‌های ریاضی، شیمی و فیزیک»: one office over the plural of a unit's head and a list of
 * two or more units is the office of each unit («مدیر گروه ریاضی» …). The office's titles and the
 * token after the list, or null. `isName(t)`: token `t` may be part of a unit's name.
 */
export function overUnitList(
  ctx: RecognizerContext,
  office: string,
  tEnd: number,
  isName: (t: number) => boolean,
): { titles: string[]; end: number } | null {
  const head = pluralUnitHead(ctx, tEnd);
  if (!head) return null;
  const titles: string[] = [];
  let t = tEnd + 1;
  let end = t;
  for (;;) {
    let u = t;
    while (u < t + UNIT_NAME_WORDS && isName(u) && !isGlue(ctx, u)) u++;
    if (u === t) break;
    titles.push(`${office} ${head} ${normalizedText(ctx, t, u)}`);
    end = u;
    if (!isGlue(ctx, u) || !isName(u + 1)) break;
    t = u + 1;
  }
  return titles.length > 1 ? { titles, end } : null;
}
