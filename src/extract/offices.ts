// Offices from the titles the recogniser found: each with its organisation (named after it, a
// ministry after «وزیر», a place for a representative), the unit it heads and the field it covers.
import { normalizedText } from '../recognize/context.js';
import { foreignAfter } from '../recognize/organizations.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import {
  AND,
  belongs,
  ENGLISH_GLUE,
  FIELD_WORDS,
  fieldWord,
  LIST_SEPARATORS,
  type LinkScope,
} from './belonging.js';
import { overUnitList, splitFields } from './coordinated.js';
import type { Office } from './link.js';
import { withTerritory } from './territory.js';

const MINISTER = key('وزیر');
const MINISTRY = key('وزارت');

/** The offices the titles name, in title order (a title over a list of units or fields gives several). */
export function officesOf(scope: LinkScope, titles: readonly Mention[]): Office[] {
  const { ctx } = scope;
  return titles.flatMap((m) => {
    const units =
      m.plural || m.titleKind !== 'office'
        ? null
        : overUnitList(ctx, m.name ?? '', m.tEnd, (t) => fieldWord(scope, t));
    if (units) return unitOffices(scope, m, units);
    const b = belongs(scope, m.tEnd, !!m.plural, m.rule === 'title.office-noun');
    // «وزیر علوم»، «معاون آموزشی وزیر علوم»: the words after «وزیر» name the ministry («وزارت علوم»).
    if (!b.ids.length && key(m.name ?? '').includes(MINISTER)) {
      const ministry = ctx.lex.orgs.longestAt(
        ctx.keys,
        m.tEnd,
        ctx.keys.length,
        ctx.lex.orgs.prefix(MINISTRY) ?? undefined,
      );
      // «معاون اول وزیر علوم ازبکستان»: a country after the ministry's words makes it that country's.
      const entry = ministry?.values[0];
      const id = entry && !foreignAfter(ctx, entry, ministry.end) ? entry.id : null;
      if (id) {
        b.ids.push(id);
        b.rule = 'org.ministry';
      }
    }
    // «وزیر آموزش عالی و علم لهستان», «رایزن بازرگانی این کشور»: a foreign minister's or a
    // diplomat's office, with no organisation khabar can name, is named by its field.
    const foreignOfficial = key(m.name ?? '').includes(MINISTER) || m.titleKind === 'diplomatic';
    const field = foreignOfficial && !b.ids.length ? fieldBeforeCountry(scope, m.tEnd) : null;
    if (field) {
      b.field = [m.tEnd, field];
      b.end = field;
    }
    // «نماینده مردم رشت»: an office over a place, no organisation named — the place is in its title.
    const territory = b.ids.length
      ? null
      : withTerritory(
          ctx,
          m.titleId,
          m.name ?? '',
          m.tEnd,
          (t) => scope.nameAt.has(t) || scope.unitAt.has(t),
        );
    if (territory) {
      m.name = territory.title;
      b.end = territory.end;
      b.mentions = [];
      b.rule = 'org.none-territory';
    }
    if (b.ids[0]) m.organizationId = b.ids[0];
    // «مدیرکل دفتر برنامه‌ریزی آموزش عالی»: a one-word office includes the unit it heads.
    if (b.unit?.name && m.name && !m.name.includes(' ') && !key(m.name).includes(key(b.unit.name))) {
      m.name = `${m.name} ${b.unit.name}`;
    }
    const [from, to] = b.field;
    const own = m.name ?? '';
    const coordinated = !!m.plural && ctx.keys.slice(from, to).some((k) => LIST_SEPARATORS.has(k));
    if (m.name && to > from && !coordinated && !ENGLISH_GLUE.has(ctx.keys[from]!))
      m.name = `${m.name} ${normalizedText(ctx, from, to)}`;
    const office: Office = {
      mention: m,
      title: m.name ?? '',
      plural: !!m.plural,
      kind: m.titleKind ?? 'office',
      organizationIds: [...new Set(b.ids)],
      orgMentions: b.mentions,
      unit: b.unit?.name ?? null,
      person: null,
      end: b.end,
      orgRule: b.rule,
    };
    return splitFields(ctx, office, own, b.field);
  });
}

/** Words a country's name may start with («کشور عراق», «جمهوری خلق چین», «پادشاهی تایلند»). */
const STATE_WORDS = new Set(['کشور', 'جمهوری', 'پادشاهی', 'فدراسیون'].map(key));
const COUNTRY = key('کشور');
const DEMONSTRATIVES = new Set([key('این'), key('آن')]);

/**
 * «وزیر آموزش عالی کشور عراق»، «رایزن بازرگانی این کشور»: the end of the field words from `t`
 * when a country follows them, else null.
 */
function fieldBeforeCountry(scope: LinkScope, t: number): number | null {
  const { ctx } = scope;
  const isCountry = (u: number) =>
    !!ctx.lex.countries.longestAt(ctx.keys, u) ||
    STATE_WORDS.has(ctx.keys[u] ?? '') ||
    // «… این کشور»: the country the story has named.
    (DEMONSTRATIVES.has(ctx.keys[u] ?? '') && ctx.keys[u + 1] === COUNTRY);
  for (let u = t; u < t + FIELD_WORDS; u++) {
    if (isCountry(u)) return u > t ? u : null;
    const glue = ctx.keys[u] === AND && u > t && fieldWord(scope, u + 1);
    if (!fieldWord(scope, u) && !glue) return null;
  }
  return null;
}

/**
 * The offices of each unit in «مدیر گروه‌های ریاضی، شیمی و فیزیک [دانشگاه X]»: of the organisation
 * after the list, else (units belong to someone) the one last named in the sentence, else the story's.
 */
function unitOffices(scope: LinkScope, m: Mention, units: { titles: string[]; end: number }): Office[] {
  const { ctx, main, orgsIn } = scope;
  const b = belongs(scope, units.end, false);
  let rule = b.rule;
  if (!b.ids.length && !b.mentions.length && !rule) {
    const before = orgsIn(ctx.doc.tokens[m.tFirst]!.sentence)
      .filter((x) => x.canonicalId && x.tEnd <= m.tFirst)
      .at(-1);
    const id = before?.canonicalId ?? main?.id;
    if (id) {
      b.ids.push(id);
      rule = before ? 'org.sentence' : 'org.document';
    }
  }
  return units.titles.map((title) => ({
    mention: m,
    title,
    plural: true,
    kind: 'office',
    organizationIds: b.ids,
    orgMentions: b.mentions,
    unit: null,
    person: null,
    end: b.mentions.length || b.rule ? b.end : units.end,
    orgRule: rule,
  }));
}
