// Attendees of a meeting: the persons named in its sentences, and the offices named there that no
// named person holds, each with its organisation.
import { normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import { unitHeadOfPlural } from './coordinated.js';
import type { DraftDecision } from './decisions.js';
import { isLeading } from './holders.js';
import type { Office } from './link.js';
import { isEventSentence, type MeetingScope, sentenceOf } from './meeting-scope.js';
import type { DraftAttendee } from './meetings.js';
import { pairOfficesWithNames } from './pairing.js';

const BY = key('توسط');

/**
 * The mentions (sorted by start, as resolveReferences leaves them) in sentences [range[0], range[1]):
 * a contiguous run, found by halving — a person named in every section of a long document would
 * otherwise be scanned once per meeting.
 */
function mentionsIn(c: MeetingScope, mentions: readonly Mention[], range: [number, number]): Mention[] {
  const firstAt = (sentence: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sentenceOf(c, mentions[mid]!) < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return mentions.slice(firstAt(range[0]), firstAt(range[1]));
}

/**
 * Whether a named attendee's title is office `o`: the same words, or — for an office over a place —
 * the same office without its place («مهران فاطمی استاندار» is the headline's «استاندار یزد»;
 * «نماینده ولی‌فقیه» is not «نماینده مردم زنجان»).
 */
function sameTitle(ctx: RecognizerContext, title: string, o: Office): boolean {
  if (key(title) === key(o.title)) return true;
  if (o.orgRule !== 'org.none-territory') return false;
  const words = title.split(/\s+/).map(key);
  const bare = ctx.lex.titles.longestAt(words, 0);
  return bare?.end === words.length && bare.values.some((v) => v.id === o.mention.titleId);
}

/** The words of the organisation a singular office (not a diplomat's or a minister's) names when it has no id. */
function idlessOrganization(ctx: RecognizerContext, o: Office): string | null {
  const [first, last] = [o.orgMentions[0], o.orgMentions.at(-1)];
  // A diplomat's or a minister's title is the office alone («رایزن علمی», not «… سفارت ایران»).
  if (o.kind !== 'office' || o.plural || !first || !last) return null;
  if (o.orgMentions.some((m) => m.canonicalId)) return null;
  return normalizedText(ctx, first.tFirst, last.tEnd);
}

/**
 * An office over the plural of a unit's head word («رئیس دانشکده‌های …»), or a plural office over
 * the bare head word («روسای دانشکده‌ها» titled «رئیس دانشکده»): no one unit's.
 */
function overUnitKind(ctx: RecognizerContext, title: string, plural: boolean): boolean {
  const words = title.split(/\s+/).slice(1).map(key);
  if (words.some((k) => unitHeadOfPlural(ctx, k) !== null)) return true;
  if (!plural || words.length !== 1) return false;
  const head = ctx.lex.heads.longestAt(words, 0);
  return head?.end === 1 && head.values[0]?.type === 'unit';
}

/** A meeting's sentences and what in them does not count toward its attendees. */
interface Reading {
  c: MeetingScope;
  range: [number, number];
  /** Inside a decision's own words: what is decided, not who decided it. */
  inDecision: (m: { start: number; end: number }) => boolean;
  /** Named only as the sender of a message read out. */
  messageOnly: (m: Mention) => boolean;
}

/**
 * The attendees of the meeting read from sentences `range`: persons, then offices no named person
 * holds. An organisation named only by the office of someone absent goes to `involved`.
 */
export function attendeesOf(
  c: MeetingScope,
  range: [number, number],
  decisions: readonly DraftDecision[],
  involved: Set<string>,
): DraftAttendee[] {
  const inDecision = (m: { start: number; end: number }) =>
    decisions.some((d) => m.start >= d.start && m.end <= d.end);
  // In «پیام وزیر توسط دکتر X قرائت شد» the sender is absent but the reader is present.
  const messageOnly = (m: Mention) =>
    c.facts[sentenceOf(c, m)]!.messageOnly &&
    !c.ctx.keys.slice(Math.max(0, m.tFirst - 3), m.tFirst).includes(BY);
  const r: Reading = { c, range, inDecision, messageOnly };
  const { out, byPerson } = personAttendees(r);
  officeAttendees(r, out, byPerson, involved);
  for (const a of out) a.mentions.sort((x, y) => x.start - y.start);
  return pairOfficesWithNames(c.ctx.doc.sentences, out).sort(
    (x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0),
  );
}

/** The persons named in the meeting's own sentences, outside its decisions and not as a message's sender. */
function personAttendees(r: Reading): { out: DraftAttendee[]; byPerson: Map<number, DraftAttendee> } {
  const { c, range, inDecision, messageOnly } = r;
  const { linked } = c;
  const candidates = new Set<number>();
  for (let sentence = range[0]; sentence < range[1]; sentence++)
    for (const p of c.personsIn(sentence)) candidates.add(p.idx);
  const out: DraftAttendee[] = [];
  const byPerson = new Map<number, DraftAttendee>();
  for (const idx of [...candidates].sort((a, b) => a - b)) {
    const p = linked.persons[idx]!;
    const own = mentionsIn(c, p.mentions, range);
    const named = own.filter((m) => m.rule !== 'person.pronoun' && !inDecision(m));
    if (!named.length || named.every(messageOnly)) continue;
    const a: DraftAttendee = {
      name: p.name,
      honorific: p.honorific,
      title: p.title,
      organizationId: p.organizationId,
      mentions: own.map(({ start, end }) => ({ start, end })),
      rule: ['attendee.person', p.titleRule, p.orgRule].filter(Boolean).join('+'),
    };
    byPerson.set(idx, a);
    out.push(a);
  }
  return { out, byPerson };
}

/**
 * The offices named in the meeting's own sentences: a mention more of the person holding one, else
 * an attendee of its own (one per organisation of a plural office), added to `out`.
 */
function officeAttendees(
  r: Reading,
  out: DraftAttendee[],
  byPerson: Map<number, DraftAttendee>,
  involved: Set<string>,
): void {
  const { c, range, inDecision, messageOnly } = r;
  const inRange = (m: Mention) => {
    const s = sentenceOf(c, m);
    return s >= range[0] && s < range[1];
  };
  const offices: Office[] = [];
  for (let sentence = range[0]; sentence < range[1]; sentence++) offices.push(...c.officesIn(sentence));
  const unnamed = new Map<string, DraftAttendee>();
  // «مشاور وزیر علوم», «قائم مقام وزیر»: an office right after another is whom that one serves,
  // not someone present.
  for (const o of offices) {
    const m = o.mention;
    if (!inRange(m) || inDecision(m) || messageOnly(m) || o.kind === 'academic') continue;
    if (o.person === null && c.officeEnds.has(m.tFirst)) continue;
    // «رئیس دانشگاه به همراه معاونین …»: the deputies, the managers — a group, no one office each.
    if (o.plural && o.mention.titleId && c.ctx.lex.several.has(o.mention.titleId) && !o.title.includes(' '))
      continue;
    // «روسای بیمارستان‌های دانشگاه», «مدیران گروه‌های آموزشی»: the heads of a kind of unit, no unit
    // named — a group, as unnamed staff are.
    if (overUnitKind(c.ctx, o.title, o.plural)) continue;
    if (o.person !== null) {
      const holder = byPerson.get(o.person);
      holder?.mentions.push({ start: m.start, end: m.end });
      continue;
    }
    const orgIds: (string | null)[] = o.plural ? o.organizationIds : [o.organizationIds[0] ?? null];
    for (const orgId of orgIds) {
      // An office of no known organisation is an attendee only when it stands alone (a diplomat,
      // a minister); «رئیس» or «کارشناس» with no organisation is too vague to count.
      const f = c.facts[sentenceOf(c, m)]!;
      const leading = isLeading(c.ctx, m.tFirst);
      const present = f.presence || isEventSentence(f) || leading;
      // «استاندار سمنان نیز … گفت»: an official over a place who speaks in the story's sentences
      // was there, as an office of an organisation that leads its sentence is.
      const seated = o.orgRule === 'org.none-territory' && leading;
      // «با حضور رئیس سازمان انرژی اتمی»: an office of an organisation with no id, named where the
      // sentence says who was there; its title keeps the organisation's words, the only name it has.
      const unknownOrg = orgId === null ? idlessOrganization(c.ctx, o) : null;
      const named = !!unknownOrg && (f.presence || isEventSentence(f));
      if (orgId === null && !named && (o.kind === 'office' || !(f.presence || isEventSentence(f) || seated)))
        continue;
      // Not a present person, but still an organisation the story's meeting involves.
      if (!present) {
        if (orgId) involved.add(orgId);
        continue;
      }
      const holder = out.find(
        (a) => a.name && a.title && a.organizationId === orgId && sameTitle(c.ctx, a.title, o),
      );
      if (holder) {
        holder.mentions.push({ start: m.start, end: m.end });
        continue;
      }
      const title = named ? `${o.title} ${unknownOrg}` : o.title;
      const k = `${key(title)}@${orgId}`;
      const seen = unnamed.get(k);
      if (seen) seen.mentions.push({ start: m.start, end: m.end });
      else {
        const a: DraftAttendee = {
          name: null,
          honorific: null,
          title,
          organizationId: orgId,
          mentions: [{ start: m.start, end: m.end }],
          rule: [o.plural ? 'attendee.office-plural' : 'attendee.office', named ? 'org.no-id' : o.orgRule]
            .filter(Boolean)
            .join('+'),
        };
        unnamed.set(k, a);
        out.push(a);
      }
    }
  }
}
