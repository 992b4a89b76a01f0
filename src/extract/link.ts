// The document-level linking pass: the organisation a document is about, which organisation each
// office and unit belongs to, who holds which office, and which mentions (surnames, وی، ایشان)
// are the same person.
import { normalizedText, type RecognizerContext } from '../recognize/context.js';
import type { OrgEntry } from '../recognize/lexicon.js';
import { foreignAfter } from '../recognize/organizations.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import { bySentence } from './by-sentence.js';
import { overUnitList, shareAlongOffices, splitFields } from './coordinated.js';
import { attachHolders, skipCourtesy } from './holders.js';
import { bareOrganization } from './host.js';
import { officeNounsAfterNames } from './office-nouns.js';
import { withTerritory } from './territory.js';

const REPORT = [key('به'), key('گزارش')] as const;
/** Opening an apposition: «دکتر X (رئیس …)», «دکتر X – رئیس … –». */
const OPEN = new Set(['(', '[', '–', '—', '-']);
const COMMA = new Set(['،', ',']);
const LIST_SEPARATORS = new Set(['،', ',', 'و']);
const PLURAL_HEADS = new Set([key('دانشگاه‌های'), key('دانشگاه‌ها'), key('دانشگاههای')]);
const MINISTER = key('وزیر');
const MINISTRY = key('وزارت');
const FROM = key('از');
const AND = key('و');
/** How many words an office's field may run before its organisation. */
const FIELD_WORDS = 6;
const PERSIAN_WORD = /^[\u0600-\u06FF]+$/;
const ENGLISH_GLUE = new Set(['of', 'the']);

export interface Office {
  mention: Mention;
  /** Canonical office («معاون بین‌الملل»). */
  title: string;
  plural: boolean;
  kind: string;
  /** The organisations it belongs to: one, or several for a plural office over a list. */
  organizationIds: string[];
  /** Mentions of those organisations (evidence of the link). */
  orgMentions: Mention[];
  unit: string | null;
  /** Index into Linked.persons of the person holding it, when the text says so. */
  person: number | null;
  /** The token after the office phrase (its organisation included). */
  end: number;
  /** How its organisation was found (org.named, org.host, org.document, org.ministry). */
  orgRule: string | null;
}

interface Belonging {
  ids: string[];
  mentions: Mention[];
  unit: Mention | null;
  /** The token after the office phrase. */
  end: number;
  rule: string | null;
  /** Tokens [from, to) naming the office's field before its organisation. */
  field: [number, number];
}

export interface Person {
  name: string;
  honorific: string | null;
  title: string | null;
  organizationId: string | null;
  /** Every mention: name mentions first, then resolved surnames and pronouns, in text order. */
  mentions: Mention[];
  /** The rule that gave the office («title.apposition», «title.office-subject» …), for explanations. */
  titleRule: string | null;
  /** The rule that gave the organisation («org.office», «org.list», «org.delegation» …). */
  orgRule: string | null;
}

/** A person first seen in `m`: office and organisation are found later. */
export function newPerson(m: Mention): Person {
  return {
    name: m.name ?? '',
    honorific: m.honorific ?? null,
    title: null,
    organizationId: null,
    mentions: [],
    titleRule: null,
    orgRule: null,
  };
}

export interface Linked {
  main: OrgEntry | null;
  orgs: Mention[];
  offices: Office[];
  units: Mention[];
  places: Mention[];
  persons: Person[];
  /** person mention (by start offset) → index in persons */
  personOf: Map<number, number>;
}

function startsAt(mentions: readonly Mention[]): Map<number, Mention> {
  const m = new Map<number, Mention>();
  for (const x of mentions) m.set(x.tFirst, x);
  return m;
}

/** The organisation the document is about: its press office, its e-mail domain, else its most named university. */
export function mainOrganization(ctx: RecognizerContext, orgs: readonly Mention[]): OrgEntry | null {
  const byToken = startsAt(orgs);
  const entry = (m: Mention | undefined) =>
    m?.canonicalId ? (ctx.lex.orgById.get(m.canonicalId) ?? null) : null;
  // «به گزارش روابط عمومی / پایگاه اطلاع‌رسانی / دفتر همکاری‌های بین‌المللی دانشگاه X، …»: the
  // office that wrote the release names its organisation before the first comma.
  for (let t = 0; t + 1 < ctx.keys.length; t++) {
    if (ctx.keys[t] !== REPORT[0] || ctx.keys[t + 1] !== REPORT[1]) continue;
    for (let u = t + 2; u < Math.min(ctx.keys.length, t + 10); u++) {
      if (ctx.doc.tokens[u]!.kind === 'punct') break;
      const hit = entry(byToken.get(u));
      if (hit) return hit;
    }
  }
  const domain = orgs.find((m) => m.rule === 'org.email-domain' || m.rule === 'org.url-domain');
  if (domain && entry(domain)) return entry(domain);
  // A Persian release is written by its Iranian side: «تفاهم‌نامه میان دانشگاه X و دانشگاه Y
  // (سلیمانیه)», «بازدید هیئت دانشگاه Z (کربلا) از دانشکده …» — the guest is often named as often as
  // the host (or more: it is introduced, then quoted), so a foreign university counts only when
  // no Iranian one is named.
  const iranian = (m: Mention) => entry(m)?.country === 'IR';
  const home = orgs.some((m) => m.type === 'university' && iranian(m));
  // A story no university is named in is an institute's, an academy's or a ministry's own
  // («پژوهشگاه پلیمر …», «فرهنگستان …»): its most named Iranian organisation.
  const kind = orgs.some((m) => m.type === 'university' && m.canonicalId) ? 'university' : 'organization';
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of orgs) {
    if (m.type !== kind || !m.canonicalId) continue;
    if ((kind === 'organization' || home) && !iranian(m)) continue;
    const c = counts.get(m.canonicalId) ?? { n: 0, first: m.start };
    c.n++;
    counts.set(m.canonicalId, c);
  }
  let best: [string, { n: number; first: number }] | null = null;
  for (const c of counts)
    if (!best || c[1].n > best[1].n || (c[1].n === best[1].n && c[1].first < best[1].first)) best = c;
  return best ? (ctx.lex.orgById.get(best[0]) ?? null) : null;
}

/** The organisations named right after token `t`: one, or a «، / و» list of them. */
function orgsAfter(
  ctx: RecognizerContext,
  t: number,
  byToken: Map<number, Mention>,
  many: boolean,
): Mention[] {
  const out: Mention[] = [];
  let at = t;
  for (;;) {
    const m = byToken.get(at) ?? (out.length ? skippedItem(ctx, at, byToken) : undefined);
    if (!m) break;
    out.push(m);
    if (!many) break;
    at = m.tEnd;
    while (LIST_SEPARATORS.has(ctx.doc.tokens[at]?.normalized ?? '')) at++;
  }
  return out;
}

/** Words an unknown item of a coordinated list may run to (as recognize/organizations skips it). */
const SKIPPED_ITEM_WORDS = 4;

/**
 * «دانشگاه‌های یزد، آیت‌الله حائری میبد، بیرجند …»: the recogniser passes over a list item it
 * does not know when a known item follows; the list goes on at that item (the next one after a
 * separator, a few words on, that the recogniser took as part of the list).
 */
function skippedItem(ctx: RecognizerContext, at: number, byToken: Map<number, Mention>): Mention | undefined {
  for (let u = at + 1; u <= at + SKIPPED_ITEM_WORDS + 1; u++) {
    const tok = ctx.doc.tokens[u - 1];
    if (!tok || tok.sentence !== ctx.doc.tokens[at]?.sentence) return undefined;
    if (!LIST_SEPARATORS.has(tok.normalized)) {
      if (tok.kind !== 'word') return undefined;
      continue;
    }
    const m = byToken.get(u);
    return m?.rule.startsWith('org.coordinated') ? m : undefined;
  }
  return undefined;
}

/**
 * The university an organisation without an id of its own belongs to, when its name ends with that
 * university's: «پارک علم و فناوری دانشگاه تهران», «پژوهشکده … دانشگاه صنعتی شریف», «مرکز رشد
 * دانشگاه …» — an office there is that university's (as units and institutes take their parent's).
 */
function parentUniversity(ctx: RecognizerContext, m: Mention): string | null {
  for (let t = m.tFirst + 1; t < m.tEnd; t++) {
    const hit = ctx.lex.orgs.longestAt(ctx.keys, t, m.tEnd);
    if (hit?.end !== m.tEnd) continue;
    const parent = hit.values.find((e) => e.type === 'university' && e.id);
    if (parent?.id) return parent.id;
  }
  return null;
}

/** Latin words a foreign name's original spelling may run to. */
const SPELLING_WORDS = 6;
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F.'-]+$/;

/**
 * After a foreign name, its original spelling in parentheses («دریا اُرس (Derya Örs)، سفیر …»):
 * the token after it, where the apposition goes on; `t` itself when there is none.
 */
function originalSpelling(ctx: RecognizerContext, t: number): number {
  if (ctx.doc.tokens[t]?.normalized !== '(') return t;
  for (let u = t + 1; u <= t + SPELLING_WORDS + 1; u++) {
    const tok = ctx.doc.tokens[u];
    if (!tok) return t;
    if (tok.normalized === ')') return u > t + 1 ? u + 1 : t;
    if (!LATIN_WORD.test(tok.text)) return t;
  }
  return t;
}

export function link(ctx: RecognizerContext, mentions: readonly Mention[], main: OrgEntry | null): Linked {
  const orgs = mentions.filter((m) => m.type === 'university' || m.type === 'organization');
  const units = mentions.filter((m) => m.type === 'unit');
  const places = mentions.filter((m) => m.type === 'place');
  const personMentions = mentions.filter((m) => m.type === 'person');
  const written = mentions.filter((m) => m.type === 'title');
  const titles = [...written, ...officeNounsAfterNames(ctx, personMentions, written)].sort(
    (a, b) => a.tFirst - b.tFirst,
  );
  const orgAt = startsAt(orgs);
  // Tokens where a person, an office or an honorific starts: a name does not run on there.
  const nameAt = new Set(
    mentions.filter((m) => m.type === 'person' || m.type === 'title').map((m) => m.tFirst),
  );
  const orgsIn = bySentence(ctx, orgs);
  const unitAt = startsAt(units);

  /**
   * After an office or unit: [courtesy] [unit] organisation | «دانشگاه» | «این دانشگاه» → which
   * organisations, and the token after the phrase. A bare «دانشگاه» is the sentence's host (the
   * organisation a guest came to), else the document's own university.
   */
  const belongs = (tEnd: number, many: boolean, keepField = false): Belonging => {
    let at = skipCourtesy(ctx, tEnd);
    const unit = unitAt.get(at) ?? null;
    if (unit) at = skipCourtesy(ctx, unit.tEnd);
    // «نمایندگانی از دانشگاه‌های …», «روسای دانشگاه‌های گیلان، سمنان و رازی»: the coordinated
    // names start after «از» and the plural head.
    if (many && ctx.keys[at] === FROM) at++;
    if (PLURAL_HEADS.has(ctx.keys[at] ?? '')) at++;
    // «مدیر همکاری‌های علمی بین‌المللی دانشگاه X»: the field an office covers may run a few
    // words before its organisation; those words belong to the office.
    const field = at;
    let fieldEnd = field;
    for (let u = at; u < at + FIELD_WORDS; u++) {
      const listed = orgsAfter(ctx, many && PLURAL_HEADS.has(ctx.keys[u] ?? '') ? u + 1 : u, orgAt, many);
      if (listed.length) {
        const ids = listed.flatMap((m) => {
          const id = m.canonicalId ?? parentUniversity(ctx, m);
          return id ? [id] : [];
        });
        return {
          ids,
          mentions: listed,
          unit,
          end: listed.at(-1)!.tEnd,
          rule: 'org.named',
          field: [field, u],
        };
      }
      const bare = bareOrganization(ctx, u, main, orgs, orgsIn, (t) => nameAt.has(t));
      if (bare) {
        const ids = bare.id ? [bare.id] : [];
        return { ids, mentions: [], unit, end: bare.end, rule: bare.rule, field: [field, u] };
      }
      // «معاون مالی و اداری دانشکده …», «رئیس پارک علم و فناوری دانشگاه X»: a field may join two
      // words with «و»; a plural office's fields may be a list («معاونین آموزشی، پژوهشی و …»).
      const glue = many ? LIST_SEPARATORS.has(ctx.keys[u] ?? '') : ctx.keys[u] === AND;
      if (!fieldWord(u) && !(glue && (many || u > field) && fieldWord(u + 1))) break;
      fieldEnd = u + 1;
    }
    // An office written as its abstract noun («مدیریت همکاری‌های علمی …») always names its field.
    if (keepField && fieldEnd > field)
      return { ids: [], mentions: [], unit, end: fieldEnd, rule: null, field: [field, fieldEnd] };
    return { ids: [], mentions: [], unit, end: unit ? unit.tEnd : tEnd, rule: null, field: [field, field] };
  };
  /** A word that may name an office's field: not punctuation, a verb, a stop word or another name. */
  const fieldWord = (t: number): boolean => {
    const tok = ctx.doc.tokens[t];
    if (tok?.kind !== 'word' || nameAt.has(t) || orgAt.has(t) || unitAt.has(t)) return false;
    const k = ctx.keys[t]!;
    // «President of the University of X»: English joins office and organisation with of/the.
    if (ENGLISH_GLUE.has(k)) return true;
    if (!PERSIAN_WORD.test(k)) return false;
    // «بین المللی» written apart: the first half of a compound is not the stop word «بین».
    const compound = ctx.lex.commonWords.has(k + (ctx.keys[t + 1] ?? ''));
    return (compound || !ctx.lex.nameStops.has(k)) && !ctx.lex.courtesy.has(k) && !ctx.lex.quantifiers.has(k);
  };

  /**
   * The offices of each unit in «مدیر گروه‌های ریاضی، شیمی و فیزیک [دانشگاه X]»: of the organisation
   * after the list, else (units belong to someone) the one last named in the sentence, else the story's.
   */
  const unitOffices = (m: Mention, units: { titles: string[]; end: number }): Office[] => {
    const b = belongs(units.end, false);
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
  };

  for (const u of units) {
    const b = belongs(u.tEnd, false);
    if (b.ids[0]) u.organizationId = b.ids[0];
  }

  const offices: Office[] = titles.flatMap((m) => {
    const units =
      m.plural || m.titleKind !== 'office' ? null : overUnitList(ctx, m.name ?? '', m.tEnd, fieldWord);
    if (units) return unitOffices(m, units);
    const b = belongs(m.tEnd, !!m.plural, m.rule === 'title.office-noun');
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
    // «نماینده مردم رشت»: an office over a place, no organisation named — the place is in its title.
    const territory = b.ids.length
      ? null
      : withTerritory(ctx, m.titleId, m.name ?? '', m.tEnd, (t) => nameAt.has(t) || unitAt.has(t));
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
  shareAlongOffices(ctx, offices);
  const officeAt = new Map(offices.map((o) => [o.mention.tFirst, o]));
  const officeEndingAt = new Map<number, Office>();
  for (const o of offices) {
    officeEndingAt.set(o.mention.tEnd, o);
    officeEndingAt.set(o.end, o);
  }

  // Persons: one per distinct name; a surname-only mention joins the full name that ends with it.
  const persons: Person[] = [];
  const personOf = new Map<number, number>();
  const byName = new Map<string, number>();
  const sorted = [...personMentions].sort(
    (a, b) => (b.name ?? '').length - (a.name ?? '').length || a.start - b.start,
  );
  for (const m of sorted) {
    const k = key(m.name ?? '');
    let idx = byName.get(k);
    if (idx === undefined && k.length > 2) {
      // A shorter mention of a name already seen: the surname («ذاکری»), or the family name a
      // Chinese or Arabic name starts with.
      const found = persons.findIndex((p) => {
        const full = key(p.name);
        return full !== k && (full.endsWith(k) || full.startsWith(k));
      });
      if (found >= 0) idx = found;
    }
    if (idx === undefined) {
      idx = persons.length;
      persons.push(newPerson(m));
      byName.set(k, idx);
    }
    const p = persons[idx]!;
    if (!p.honorific && m.honorific) p.honorific = m.honorific;
    p.mentions.push(m);
    personOf.set(m.start, idx);
  }

  const personAt = new Set(personMentions.map((m) => m.tFirst));
  /**
   * «دکتر X، قائم مقام وزیر در امور بین‌الملل و رئیس مرکز همکاری‌های علمی …», «X معاون بین‌الملل
   * و دبیر ستاد … و مدیر پژوهشگاه Y»: offices joined by «و» after a person's office that names no
   * organisation (and the words of its field) are that person's too, unless a name follows one («رئیس دانشگاه و دکتر Y معاون …»
   * is two people; «… و معاون Z، دکتر Y» names Y). An office right after another is the one it
   * serves («قائم مقام وزیر»): its organisation is the person's. The first organisation found
   * gives the person theirs, when their own office named none.
   */
  const takeOrg = (p: Person, o: Office): void => {
    if (p.organizationId || !o.organizationIds[0]) return;
    p.organizationId = o.organizationIds[0];
    p.orgRule = o.orgRule;
  };
  const alsoHeld = (first: Office, idx: number): void => {
    // «دکتر X نماینده وزارت علوم و استاندار زنجان»: after an office that names its organisation,
    // «و» goes on to the next person present.
    if (first.organizationIds.length || first.orgMentions.length || first.orgRule) return;
    const p = persons[idx]!;
    let cur = first;
    for (let u = cur.end; u < cur.end + FIELD_WORDS + 2; u++) {
      const tok = ctx.doc.tokens[u];
      if (tok?.kind !== 'word' || personAt.has(u)) return;
      const served = officeAt.get(u);
      if (served && ctx.keys[u - 1] !== AND) {
        if (!served.plural && served.person === null) takeOrg(p, served);
        u = served.end - 1;
        continue;
      }
      if (ctx.keys[u] !== AND) continue;
      const next = officeAt.get(u + 1);
      if (!next || next.plural || next.person !== null || next.kind === 'academic') return;
      const after = COMMA.has(ctx.doc.tokens[next.end]?.normalized ?? '') ? next.end + 1 : next.end;
      if (personAt.has(after)) return;
      next.person = idx;
      takeOrg(p, next);
      cur = next;
      u = cur.end - 1;
    }
  };

  // Who holds which office: «دکتر X (رئیس دانشگاه)», «دکتر X، رئیس Y», «رئیس Y، دکتر X», «رئیس Y دکتر X».
  for (const m of personMentions) {
    const idx = personOf.get(m.start)!;
    const p = persons[idx]!;
    let at = originalSpelling(ctx, m.tEnd);
    const sep = ctx.doc.tokens[at]?.normalized ?? '';
    if (OPEN.has(sep) || COMMA.has(sep)) at++;
    let office = officeAt.get(at);
    if (!office) {
      let before = m.tFirst;
      if (COMMA.has(ctx.doc.tokens[before - 1]?.normalized ?? '')) before--;
      office = officeEndingAt.get(before);
    }
    if (!office || office.plural || (office.person !== null && office.person !== idx)) continue;
    if (office.kind === 'academic' && p.title) continue;
    office.person = idx;
    if (!p.title || office.kind !== 'academic') {
      p.title = office.title;
      p.titleRule = 'title.apposition';
      if (office.organizationIds[0]) {
        p.organizationId = office.organizationIds[0];
        p.orgRule = office.orgRule;
      } else if (office.orgMentions.length || office.orgRule === 'org.unknown') {
        // «رئیس دانشگاه کوهستان شمالی»: an organisation named that khabar does not know.
        p.orgRule = 'org.unknown';
      }
    }
    if (office.mention.tFirst >= m.tEnd) alsoHeld(office, idx);
  }
  const linked: Linked = { main, orgs, offices, units, places, persons, personOf };
  attachHolders(ctx, linked, personMentions, orgsIn);
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
  return linked;
}

/**
 * وی / ایشان and bare surnames: each joins the nearest person named before it (in this or the
 * two previous sentences). Returns pronoun mentions with the index of their person.
 */
export function resolveReferences(ctx: RecognizerContext, linked: Linked): void {
  const surnames = new Map<string, number>();
  linked.persons.forEach((p, idx) => {
    const last = p.name.split(/\s+/).at(-1);
    if (last && last.length > 2) surnames.set(key(last), idx);
  });
  // Which token starts a named mention of which person; which tokens are inside any name.
  const namedAt = new Map<number, number>();
  for (const [start, idx] of linked.personOf) {
    const m = linked.persons[idx]!.mentions.find((x) => x.start === start);
    if (m) namedAt.set(m.tFirst, idx);
  }
  const covered = new Uint8Array(ctx.keys.length);
  for (const p of linked.persons) for (const m of p.mentions) covered.fill(1, m.tFirst, m.tEnd);
  for (const o of linked.orgs) covered.fill(1, o.tFirst, o.tEnd);
  for (const pl of linked.places) covered.fill(1, pl.tFirst, pl.tEnd);

  // One pass in text order, remembering the person named last and the sentence it was in.
  let last: { idx: number; sentence: number } | null = null;
  for (let t = 0; t < ctx.keys.length; t++) {
    const tok = ctx.doc.tokens[t]!;
    const named = namedAt.get(t);
    if (named !== undefined) {
      last = { idx: named, sentence: tok.sentence };
      continue;
    }
    if (covered[t]) continue;
    const k = ctx.keys[t]!;
    let idx: number | undefined;
    let rule = '';
    if (ctx.lex.pronouns.has(k)) {
      if (last && tok.sentence - last.sentence <= 2) {
        idx = last.idx;
        rule = 'person.pronoun';
      }
    } else if (surnames.has(k) && tok.kind === 'word') {
      idx = surnames.get(k);
      rule = 'person.surname';
    }
    if (idx === undefined) continue;
    const person = linked.persons[idx]!;
    person.mentions.push({
      type: 'person',
      rule,
      tFirst: t,
      tEnd: t + 1,
      start: tok.start,
      end: tok.end,
      name: person.name,
    });
    if (rule === 'person.surname') last = { idx, sentence: tok.sentence };
  }
  for (const p of linked.persons) p.mentions.sort((a, b) => a.start - b.start);
}
