// Persons of a document: one per distinct name, and the offices each holds by apposition
// («دکتر X (رئیس دانشگاه)», «دکتر X، رئیس Y», «رئیس Y، دکتر X», «رئیس Y دکتر X»).
import type { RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import { AND, FIELD_WORDS } from './belonging.js';
import type { Office } from './link.js';

/** Opening an apposition: «دکتر X (رئیس …)», «دکتر X – رئیس … –». */
const OPEN = new Set(['(', '[', '–', '—', '-']);
const COMMA = new Set(['،', ',']);
/** Latin words a foreign name's original spelling may run to. */
const SPELLING_WORDS = 6;
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F.'-]+$/;

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

/** One person per distinct name; a surname-only mention joins the full name that ends with it. */
export function groupPersons(personMentions: readonly Mention[]): {
  persons: Person[];
  /** person mention (by start offset) → index in persons */
  personOf: Map<number, number>;
} {
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
  return { persons, personOf };
}

/** Who holds which office: an office written right after or right before a person's name. */
export function holdOffices(
  ctx: RecognizerContext,
  personMentions: readonly Mention[],
  persons: Person[],
  personOf: Map<number, number>,
  offices: readonly Office[],
): void {
  const officeAt = new Map(offices.map((o) => [o.mention.tFirst, o]));
  const officeEndingAt = new Map<number, Office>();
  for (const o of offices) {
    officeEndingAt.set(o.mention.tEnd, o);
    officeEndingAt.set(o.end, o);
  }
  const personAt = new Set(personMentions.map((m) => m.tFirst));
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
    if (office.mention.tFirst >= m.tEnd) alsoHeld(ctx, office, idx, persons[idx]!, officeAt, personAt);
  }
}

/**
 * «دکتر X، قائم مقام وزیر در امور بین‌الملل و رئیس مرکز همکاری‌های علمی …», «X معاون بین‌الملل
 * و دبیر ستاد … و مدیر پژوهشگاه Y»: offices joined by «و» after a person's office that names no
 * organisation (and the words of its field) are that person's too, unless a name follows one («رئیس دانشگاه و دکتر Y معاون …»
 * is two people; «… و معاون Z، دکتر Y» names Y). An office right after another is the one it
 * serves («قائم مقام وزیر»): its organisation is the person's. The first organisation found
 * gives the person theirs, when their own office named none.
 */
function alsoHeld(
  ctx: RecognizerContext,
  first: Office,
  idx: number,
  p: Person,
  officeAt: Map<number, Office>,
  personAt: Set<number>,
): void {
  // «دکتر X نماینده وزارت علوم و استاندار زنجان»: after an office that names its organisation,
  // «و» goes on to the next person present.
  if (first.organizationIds.length || first.orgMentions.length || first.orgRule) return;
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
}

function takeOrg(p: Person, o: Office): void {
  if (p.organizationId || !o.organizationIds[0]) return;
  p.organizationId = o.organizationIds[0];
  p.orgRule = o.orgRule;
}

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
