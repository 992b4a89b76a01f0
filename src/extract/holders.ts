// Who holds an office, and which organisation a person belongs to, beyond plain apposition:
//  - an office standing as a sentence's subject names the person who was the subject just before
//    («X … گفت. رئیس دانشگاه Y افزود …»), or, in a headline, the person the story then names;
//  - the same office of the same organisation is the same person throughout the story;
//  - a list of people with their offices shares an organisation: an office without one takes the
//    organisation of the item before it, or of the item after it («X، مدیر … و Y، مدیر … دانشگاه Z»);
//  - a delegation's members («هیئتی از دانشگاه X به سرپرستی …») and a leader's companions («… به
//    همراه دکتر A و دکتر B») belong to the delegation's or the leader's organisation;
//  - an office with no organisation at all belongs to the one last named in its sentence, else to
//    the document's own.
import type { RecognizerContext } from '../recognize/context.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import type { Linked, Office, Person } from './link.js';

const FROM = key('از');
const AND = key('و');
const REPORT = [key('به'), key('گزارش')] as const;
/** Words that may open a sentence before its subject («سپس دکتر X …», «در ادامه رئیس …»). */
const LEAD_WORDS = new Set(['سپس', 'همچنین', 'در', 'ادامه', 'پایان', 'ابتدا', 'نیز'].map(key));
/** Tokens that join the items of a list of people. */
const LIST_GLUE = new Set(['،', ',', key('و'), key('همچنین'), key('نیز'), ')']);
/** Sentences back an office-as-subject may look for the person it names. */
const SUBJECT_WINDOW = 2;

export function skipCourtesy(ctx: RecognizerContext, t: number): number {
  while (ctx.lex.courtesy.has(ctx.keys[t] ?? '')) t++;
  return t;
}

const sentenceOf = (ctx: RecognizerContext, t: number): number => ctx.doc.tokens[t]!.sentence;

/** Punctuation that closes a source prefix («به گزارش ایسنا،», «به گزارش مهر؛», «ایلنا:»). */
const PREFIX_END = new Set(['،', ',', ':', '؛', ';']);
/** Dashes and slashes of a dateline («اصفهان - خبرگزاری مهر»، «ایسنا/خوزستان»). */
const DASHES = new Set(['-', '–', '—']);
const SLASH = '/';

/**
 * Where the main clause starts after a source prefix that closes with no punctuation: the news
 * agency or organisation reporting («به گزارش ایرنا قائم مقام …»), or a dateline («تبریز - ایرنا -
 * …»، «پیام خوزستان - ایسنا/خوزستان رئیس …»), with its «/province» and closing dash. `from`
 * otherwise.
 */
function afterSource(ctx: RecognizerContext, from: number, t: number): number {
  const k = ctx.keys;
  let at = from;
  if (k[at] === REPORT[0] && k[at + 1] === REPORT[1]) at += 2;
  else {
    // A dateline's place is one or two words before its dash.
    const dash = [at + 1, at + 2].find((u) => DASHES.has(ctx.doc.tokens[u]?.normalized ?? ''));
    if (dash === undefined) return from;
    at = dash + 1;
  }
  const source = ctx.lex.orgs.longestAt(k, at, t);
  if (!source) return from;
  at = source.end;
  if (ctx.doc.tokens[at]?.normalized === SLASH && at + 2 <= t) at += 2;
  while (at < t && DASHES.has(ctx.doc.tokens[at]?.normalized ?? '')) at++;
  return at <= t ? at : from;
}

/**
 * Whether token `t` opens its sentence's main clause: at the start, after a «به گزارش …،» or a
 * short source prefix («ایلنا:», «به گزارش مهر؛», «تبریز - ایرنا -»), and after a connective
 * («سپس», «در ادامه»).
 */
export function isLeading(ctx: RecognizerContext, t: number): boolean {
  const sentence = ctx.doc.sentences[sentenceOf(ctx, t)]!;
  let from = sentence.firstToken;
  let closed = false;
  for (let u = from; u < Math.min(t, from + 14); u++) {
    if (!PREFIX_END.has(ctx.doc.tokens[u]!.normalized)) continue;
    const report = ctx.keys[from] === REPORT[0] && ctx.keys[from + 1] === REPORT[1];
    if (report || u - from <= 5) {
      from = u + 1;
      closed = true;
    }
    break;
  }
  if (!closed) from = afterSource(ctx, from, t);
  while (from < t && LEAD_WORDS.has(ctx.keys[from] ?? '')) from++;
  return from === t;
}

/** The office names its organisation, known or not («رئیس دانشگاه پلی‌تکنیک سلیمانیه»). */
function hasOwnOrg(o: Office): boolean {
  return o.organizationIds.length > 0 || o.orgMentions.length > 0 || o.orgRule === 'org.unknown';
}

function assign(p: Person, o: Office, idx: number, titleRule: string): void {
  o.person = idx;
  p.title = o.title;
  p.titleRule = titleRule;
  if (o.organizationIds[0]) {
    p.organizationId = o.organizationIds[0];
    p.orgRule = o.orgRule;
  }
}

/** «X … گفت. رئیس دانشگاه Y افزود»; a headline «رئیس دانشگاه Y:» before the story names X. */
function officeSubjects(ctx: RecognizerContext, linked: Linked, names: readonly Mention[]): void {
  const ordered = [...names].sort((a, b) => a.tFirst - b.tFirst);
  for (const o of linked.offices) {
    if (o.person !== null || o.plural || o.kind === 'academic' || !o.organizationIds.length) continue;
    if (!isLeading(ctx, o.mention.tFirst)) continue;
    const s = sentenceOf(ctx, o.mention.tFirst);
    const before = ordered.filter((m) => m.tEnd <= o.mention.tFirst).at(-1);
    let pick: Mention | undefined;
    if (before) {
      if (s - sentenceOf(ctx, before.tFirst) <= SUBJECT_WINDOW) pick = before;
    } else {
      pick = ordered.find((m) => sentenceOf(ctx, m.tFirst) - s <= SUBJECT_WINDOW + 1);
    }
    if (!pick || !isLeading(ctx, pick.tFirst)) continue;
    const idx = linked.personOf.get(pick.start);
    if (idx === undefined) continue;
    const p = linked.persons[idx]!;
    if (p.title || (p.organizationId && p.organizationId !== o.organizationIds[0])) continue;
    assign(p, o, idx, 'title.office-subject');
  }
}

/** The same office of the same organisation, held by one named person, is that person everywhere. */
function sameOffice(linked: Linked): void {
  for (const o of linked.offices) {
    if (o.person !== null || o.plural || !o.organizationIds[0]) continue;
    const holders = linked.persons.flatMap((p, idx) =>
      p.title && key(p.title) === key(o.title) && p.organizationId === o.organizationIds[0] ? [idx] : [],
    );
    if (holders.length === 1) o.person = holders[0]!;
  }
}

interface Item {
  idx: number;
  tFirst: number;
  end: number;
  office: Office | null;
}

/** Each named person with the office written right after the name, in text order. */
function items(linked: Linked, names: readonly Mention[]): Item[] {
  const officeAfter = new Map<string, Office>();
  for (const o of linked.offices)
    if (o.person !== null) officeAfter.set(`${o.person}@${o.mention.tFirst}`, o);
  return [...names]
    .sort((a, b) => a.tFirst - b.tFirst)
    .flatMap((m) => {
      const idx = linked.personOf.get(m.start);
      if (idx === undefined) return [];
      const office = officeAfter.get(`${idx}@${m.tEnd}`) ?? officeAfter.get(`${idx}@${m.tEnd + 1}`) ?? null;
      return [{ idx, tFirst: m.tFirst, end: office ? office.end : m.tEnd, office }];
    });
}

/** Runs of items joined only by «،» / «و» / «همچنین» in one sentence. */
function lists(ctx: RecognizerContext, all: readonly Item[]): Item[][] {
  const out: Item[][] = [];
  for (const it of all) {
    const run = out.at(-1);
    const prev = run?.at(-1);
    const joined =
      !!prev &&
      sentenceOf(ctx, prev.tFirst) === sentenceOf(ctx, it.tFirst) &&
      it.tFirst >= prev.end &&
      it.tFirst - prev.end <= 3 &&
      ctx.doc.tokens
        .slice(prev.end, it.tFirst)
        .every((t, i) => LIST_GLUE.has(ctx.keys[prev.end + i] || t.normalized));
    if (joined) run!.push(it);
    else out.push([it]);
  }
  return out;
}

/** The organisation a list's members come with: a delegation's («هیئتی از X …») or a leader's. */
function seedOf(
  ctx: RecognizerContext,
  linked: Linked,
  first: Item,
  orgs: readonly Mention[],
): [string, string] | null {
  const { tFirst } = first;
  const sentence = ctx.doc.sentences[sentenceOf(ctx, tFirst)]!;
  // «… به همراه / با همراهی دکتر A …»: the companions of the person or office just before.
  for (let t = Math.max(sentence.firstToken, tFirst - 3); t < tFirst; t++) {
    const c = ctx.lex.companions.longestAt(ctx.keys, t);
    if (!c || c.end !== tFirst) continue;
    const leaderOffice = linked.offices
      .filter((o) => o.end <= t && o.end >= t - 1 && sentenceOf(ctx, o.mention.tFirst) === sentenceOf(ctx, t))
      .at(-1);
    const leader =
      leaderOffice?.person !== null && leaderOffice?.person !== undefined
        ? linked.persons[leaderOffice.person]!.organizationId
        : (leaderOffice?.organizationIds[0] ?? null);
    if (leader) return [leader, 'org.companion'];
    return null;
  }
  // «هیئتی [بلندپایه] از دانشگاه X [به سرپرستی | متشکل از | شامل] A …».
  for (const d of ctx.lex.delegation.findAll(ctx.keys, sentence.firstToken, tFirst)) {
    const from = ctx.keys.slice(d.end, d.end + 3).indexOf(FROM);
    if (from < 0) continue;
    const org = orgs.find((o) => o.tFirst === d.end + from + 1);
    if (org?.canonicalId && tFirst - org.tEnd <= 4) return [org.canonicalId, 'org.delegation'];
  }
  return null;
}

/** Offices without an organisation take their list's; companions and delegates their leader's. */
function shareInLists(
  ctx: RecognizerContext,
  linked: Linked,
  names: readonly Mention[],
  orgsIn: (sentence: number) => readonly Mention[],
): void {
  for (const run of lists(ctx, items(linked, names))) {
    const seed = seedOf(ctx, linked, run[0]!, orgsIn(sentenceOf(ctx, run[0]!.tFirst)));
    let carry: string | null = seed?.[0] ?? null;
    run.forEach((it, i) => {
      const p = linked.persons[it.idx]!;
      if (it.office && hasOwnOrg(it.office)) {
        carry = it.office.organizationIds[0] ?? null;
        return;
      }
      // An ambassador or a consul in the list serves a country, a governor or an MP a province,
      // not the list's organisation.
      if (p.organizationId || it.office?.kind === 'diplomatic' || it.office?.kind === 'government') return;
      if (it.office) {
        const later = run.slice(i + 1).find((x) => x.office && hasOwnOrg(x.office))?.office
          ?.organizationIds[0];
        const id = carry ?? later ?? null;
        if (id) {
          p.organizationId = id;
          p.orgRule = carry ? (seed && carry === seed[0] ? seed[1] : 'org.list') : 'org.list-shared';
        }
      } else if (seed) {
        p.organizationId = seed[0];
        p.orgRule = seed[1];
      }
    });
  }
}

/** Tokens that may follow «از <organisation>» when it says where the people before come from. */
const AFTER_FROM = new Set([
  '،',
  ',',
  '.',
  ')',
  ':',
  key('و'),
  key('نیز'),
  key('هم'),
  key('در'),
  key('با'),
  key('حضور'),
]);

/**
 * «مهندس A و مهندس B از دانشگاه X …», «دکتر C از گروه فیزیک دانشگاه Y»: people listed, then «از»
 * and an organisation (or a unit of one), come from it — unless the clause goes on to say they
 * visited or thanked it («از دانشگاه X بازدید / تقدیر کرد»), which the word after it tells.
 */
function fromOrganization(
  ctx: RecognizerContext,
  linked: Linked,
  names: readonly Mention[],
  orgsIn: (sentence: number) => readonly Mention[],
): void {
  const unitAt = new Map(linked.units.map((u) => [u.tFirst, u]));
  for (const run of lists(ctx, items(linked, names))) {
    const last = run.at(-1)!;
    if (ctx.keys[last.end] !== FROM) continue;
    const s = sentenceOf(ctx, last.end);
    const unit = unitAt.get(last.end + 1);
    const org = orgsIn(s).find((o) => o.tFirst === (unit ? unit.tEnd : last.end + 1));
    const id = org?.canonicalId ?? unit?.organizationId ?? null;
    const end = org ? org.tEnd : unit?.tEnd;
    if (!id || end === undefined) continue;
    const next = ctx.doc.tokens[end];
    if (next && !AFTER_FROM.has(ctx.keys[end] || next.normalized) && !linked.personOf.has(next.start))
      continue;
    for (const it of run) {
      const p = linked.persons[it.idx]!;
      if (p.organizationId || (it.office && hasOwnOrg(it.office))) continue;
      p.organizationId = id;
      p.orgRule = 'org.from';
    }
  }
}

/** Words after an office's field may run before they name another organisation. */
const FIELD_RUN = 8;

/**
 * Whether the words from `t` (the rest of the office phrase of `o`) name a unit of the story's own
 * organisation: «مدیرگروه روابط بین‌الملل،», «مدیر مرکز رشد پلیمر که …», «ریاست دانشکدگان فنی،» —
 * a unit head in the office or its words, and no head word of another organisation
 * («رئیس بخش اداری وزارت صنایع», «رئیس انجمن آموزش مهندسی ایران»), up to punctuation, a stop word
 * or the next name.
 */
function namesOwnUnit(ctx: RecognizerContext, linked: Linked, o: Office, t: number): boolean {
  const named = new Set(linked.persons.flatMap((p) => p.mentions.map((m) => m.tFirst)));
  let unit = o.title.split(/\s+/).some((w) => ctx.lex.ownUnitHeads.has(key(w)));
  for (let u = t; u < t + FIELD_RUN; u++) {
    const tok = ctx.doc.tokens[u];
    const k = ctx.keys[u] ?? '';
    if (tok?.kind !== 'word' || named.has(u)) break;
    if (ctx.lex.externalHeads.has(k)) return false;
    if (ctx.lex.ownUnitHeads.has(k)) unit = true;
    else if (ctx.lex.nameStops.has(k) && k !== AND) break;
  }
  return unit;
}

/**
 * «دکتر X (معاون آموزشی)» after «از سوی دانشگاه فردوسی …»: an office with no organisation of its
 * own belongs to the organisation last named in the sentence, else to the document's own.
 * «رئیس انجمن آموزش مهندسی ایران»: words after the office name an organisation we do not know, so
 * it is not the document's.
 */
function sentenceFallback(
  ctx: RecognizerContext,
  linked: Linked,
  orgsIn: (sentence: number) => readonly Mention[],
): void {
  const servesNext = new Set(linked.offices.map((o) => o.mention.tFirst));
  for (const o of linked.offices) {
    if (o.person === null || o.kind !== 'office' || hasOwnOrg(o)) continue;
    const p = linked.persons[o.person]!;
    if (p.organizationId || p.title !== o.title) continue;
    // After the whole office phrase: «رئیس پردیس هنرهای زیبا،» heads a unit of the document's own
    // organisation when no other is named (units belong to some organisation; the story's is the one).
    const after = skipCourtesy(ctx, o.unit ? o.end : o.mention.tEnd);
    // «معاون اول وزیر علوم ازبکستان»: an office serving the office after it has that one's
    // organisation, or none — not the sentence's.
    if (servesNext.has(after)) continue;
    const next = ctx.doc.tokens[after];
    const word = next?.kind === 'word' && !ctx.lex.nameStops.has(ctx.keys[after]!);
    if (word && !namesOwnUnit(ctx, linked, o, after)) continue;
    const t = o.mention.tFirst;
    const holderAt =
      p.mentions.find(
        (m) => m.tEnd === t || m.tEnd + 1 === t || m.tFirst === o.end || m.tFirst === o.end + 1,
      ) ?? o.mention;
    const before = orgsIn(sentenceOf(ctx, o.mention.tFirst))
      .filter((x) => x.canonicalId && x.tEnd <= holderAt.tFirst)
      .at(-1);
    p.organizationId = before?.canonicalId ?? linked.main?.id ?? null;
    p.orgRule = before ? 'org.sentence' : 'org.document';
  }
}

export function attachHolders(
  ctx: RecognizerContext,
  linked: Linked,
  names: readonly Mention[],
  orgsIn: (sentence: number) => readonly Mention[],
): void {
  officeSubjects(ctx, linked, names);
  sameOffice(linked);
  shareInLists(ctx, linked, names, orgsIn);
  fromOrganization(ctx, linked, names, orgsIn);
  sentenceFallback(ctx, linked, orgsIn);
}
