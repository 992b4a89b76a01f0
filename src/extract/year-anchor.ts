// Officeholders date a text. A release without a publication date that writes «سه‌شنبه ۱۶ آذر»
// and names «حسن روحانی» as president can only be about a 16 Azar that was a Tuesday while he held
// the office: 1395. rules/officeholders.json lists offices and their holders' terms; this module finds
// the holders a text names (through the offices the linker gave its persons, or a full name alone
// where the file allows it) and intersects their terms into the days the text can be about. The date
// recogniser then gives a year-less day a year only when exactly one year fits (dates/index.ts).
import type { RecognizerContext } from '../recognize/context.js';
import { jalaliMonthLength, jalaliToDays } from '../recognize/dates/calendar.js';
import type { YearAnchor } from '../recognize/dates/index.js';
import type { Mention } from '../recognize/types.js';
import type { RuleSet } from '../rules/load.js';
import type { Office as OfficeRule } from '../rules/schema.js';
import { key } from '../text/key.js';
import type { Linked } from './link.js';

interface Holder {
  label: string;
  /** Keys of the full name and its aliases. */
  names: Set<string>;
  surname: string;
  alone: boolean;
  from: number;
  to: number | null;
}

interface CompiledOffice {
  rule: OfficeRule;
  /** Keys of the office's written forms (titles.json), each also with «ی» («رئیس جمهوری»). */
  forms: string[][];
  holders: Holder[];
}

/**
 * Words that make a holder's mention about another time than the office's: a former holder
 * («رئیس‌جمهور سابق», «اسبق», «پیشین», «قبلی»), a late one («مرحوم», «فقید», «شهید»), or a nominee
 * («وزیر پیشنهادی»).
 */
const NOT_IN_OFFICE = new Set(
  ['سابق', 'اسبق', 'پیشین', 'قبلی', 'فقید', 'مرحوم', 'شهید', 'پیشنهادی', 'منتخب'].map(key),
);
/** Tokens looked at after a holder's name or office and before the name, for those words. */
const MARKER_REACH = 4;

const compiled = new WeakMap<RuleSet, CompiledOffice[]>();

/** First (or last, `end`) day of a Jalali bound "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function boundDay(bound: string, end: boolean): number {
  const [y, m, d] = bound.split('-').map(Number) as [number, number | undefined, number | undefined];
  const month = m ?? (end ? 12 : 1);
  const day = d ?? (end ? jalaliMonthLength(y, month) : 1);
  return jalaliToDays({ y, m: month, d: day });
}

function compile(rules: RuleSet): CompiledOffice[] {
  let out = compiled.get(rules);
  if (out) return out;
  const titleForms = new Map(rules.titles.map((t) => [t.id, [t.fa, ...t.names]]));
  const words = (s: string) => s.split(/[\s\u200c]+/u).filter(Boolean);
  out = rules.officeholders.map((rule) => {
    const forms = (titleForms.get(rule.titleId) ?? []).flatMap((f) => {
      const ks = words(f).map(key);
      // «رئیس جمهور» is as often «رئیس جمهوری», «وزیر» never «وزیری» as an office: only multi-word forms.
      return ks.length > 1 ? [ks, [...ks.slice(0, -1), `${ks.at(-1)}${key('ی')}`]] : [ks];
    });
    const holders = rule.holders.map((h) => ({
      label: `${h.name} (${rule.id} ${h.from}…${h.to ?? ''})`,
      names: new Set([h.name, ...h.aliases].map(key)),
      surname: key(h.surname),
      alone: h.alone,
      from: boundDay(h.from, false),
      to: h.to === null ? null : boundDay(h.to, true),
    }));
    return { rule, forms, holders };
  });
  compiled.set(rules, out);
  return out;
}

/** True when a «former / late / nominee» word stands within reach after token `t` (or before, `before`). */
function markedNear(ctx: RecognizerContext, tFirst: number, tEnd: number): boolean {
  for (let t = tEnd; t < Math.min(ctx.keys.length, tEnd + MARKER_REACH); t++)
    if (NOT_IN_OFFICE.has(ctx.keys[t] ?? '')) return true;
  for (let t = Math.max(0, tFirst - MARKER_REACH); t < tFirst; t++)
    if (NOT_IN_OFFICE.has(ctx.keys[t] ?? '')) return true;
  return false;
}

/**
 * The first place a sentence of `sentences` writes the office (any of its forms) not marked as
 * former, as a span.
 */
function officeWritten(
  ctx: RecognizerContext,
  forms: readonly string[][],
  sentences: ReadonlySet<number>,
): Mention | null {
  const keys = ctx.keys;
  const tokens = ctx.doc.tokens;
  for (let t = 0; t < keys.length; t++) {
    if (!sentences.has(tokens[t]!.sentence)) continue;
    for (const f of forms) {
      if (keys[t] !== f[0]) continue;
      let i = 1;
      while (i < f.length && keys[t + i] === f[i]) i++;
      if (i < f.length || markedNear(ctx, t, t + i)) continue;
      const [first, last] = [tokens[t]!, tokens[t + i - 1]!];
      return { type: 'title', start: first.start, end: last.end, tFirst: t, tEnd: t + i, rule: 'office' };
    }
  }
  return null;
}

interface Found {
  holder: Holder;
  mentions: Mention[];
  how: string;
}

/**
 * The holders the text names in their office: a person the linker gave that office (title and,
 * where the office has one, organisation) whose name is the holder's full name, an alias or the
 * surname; or, for a holder marked `alone`, a person with the full name in a sentence that also
 * writes the office. A mention beside «سابق», «مرحوم» … does not count.
 */
function holdersNamed(ctx: RecognizerContext, linked: Linked, offices: CompiledOffice[]): Found[] {
  const found: Found[] = [];
  const add = (holder: Holder, all: Mention[], how: string) => {
    // The name's own mentions (and the office's), not pronouns resolved to the person.
    const mentions = all.filter((m) => m.type === 'title' || key(m.name ?? '').endsWith(holder.surname));
    if (mentions.some((m) => markedNear(ctx, m.tFirst, m.tEnd))) return;
    if (!found.some((f) => f.holder === holder)) found.push({ holder, mentions, how });
  };
  for (const o of linked.offices) {
    if (o.person === null || o.plural) continue;
    const person = linked.persons[o.person];
    if (!person) continue;
    const k = key(person.name);
    for (const office of offices) {
      const { titleId, organizationId } = office.rule;
      if (o.mention.titleId !== titleId) continue;
      if (organizationId !== null && !o.organizationIds.includes(organizationId)) continue;
      if (markedNear(ctx, o.mention.tFirst, o.end)) continue;
      for (const h of office.holders)
        if (h.names.has(k) || h.surname === k) add(h, [...person.mentions, o.mention], 'office');
    }
  }
  for (const office of offices) {
    const alone = office.holders.filter((h) => h.alone);
    if (alone.length === 0) continue;
    for (const person of linked.persons) {
      const h = alone.find((x) => x.names.has(key(person.name)));
      if (h === undefined) continue;
      // The office in a sentence that names the holder: a former president named in a story that
      // mentions today's «رئیس‌جمهور» elsewhere is not dated by his term.
      const named = person.mentions.filter((m) => key(m.name ?? '').endsWith(h.surname));
      const sentences = new Set(named.map((m) => ctx.doc.tokens[m.tFirst]!.sentence));
      const written = officeWritten(ctx, office.forms, sentences);
      if (written) add(h, [...person.mentions, written], 'name');
    }
  }
  return found;
}

/**
 * The days the text can be about by the officeholders it names: the intersection of their terms.
 * null when it names none, or when their terms do not meet (holders of different times: the text
 * is then not about one moment, and no year is given).
 */
export function yearAnchor(ctx: RecognizerContext, linked: Linked, rules: RuleSet): YearAnchor | null {
  const offices = compile(rules);
  if (offices.length === 0 || linked.persons.length === 0) return null;
  const found = holdersNamed(ctx, linked, offices);
  if (found.length === 0) return null;
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  for (const f of found) {
    from = Math.max(from, f.holder.from);
    to = Math.min(to, f.holder.to ?? Number.POSITIVE_INFINITY);
  }
  if (from > to) return null;
  const evidence = found
    .flatMap((f) => f.mentions.map((m) => ({ start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s, i, all) => i === 0 || s.start !== all[i - 1]!.start || s.end !== all[i - 1]!.end);
  return {
    from,
    to: Number.isFinite(to) ? to : null,
    rule: 'year.officeholders',
    note: found.map((f) => `${f.holder.label}, by ${f.how}`).join(' + '),
    evidence,
  };
}
