// Offices coordinated in one phrase share what the phrase names once:
//  - a plural office over coordinated fields is one office per field: «معاونین آموزشی و پژوهشی
//    دانشگاه X» = معاون آموزشی + معاون پژوهشی of X; «مدیران فرهنگی و دانشجویی …» likewise;
//  - offices joined by «و» / «،» where only the last names its organisation (and unit) all belong
//    to it: «رئیس و معاون دانشکده فنی دانشگاه X», «معاون آموزشی و معاون پژوهشی دانشگاه X».
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
    if (o.organizationIds.length || o.orgMentions.length || o.orgRule || o.plural) continue;
    if (!isGlue(ctx, o.end)) continue;
    const next = at.get(o.end + 1);
    if (!next?.organizationIds.length || next.plural) continue;
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
