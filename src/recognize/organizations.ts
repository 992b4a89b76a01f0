// Universities and organisations: gazetteer matches (longest first), branches of university
// systems, elliptic coordinations («دانشگاه‌های صنعتی شریف و امیرکبیر»), «این دانشگاه», and
// e-mail/URL domains.
import { key } from '../text/key.js';
import { isPunct, mentionOf, normalizedText, type RecognizerContext } from './context.js';
import type { KeySet } from './gazetteer-pack.js';
import { entryFields, type OrgEntry, setEntryFields } from './lexicon.js';
import type { MatcherNode } from './matcher.js';
import { retargetShortForms } from './short-forms.js';
import type { Mention } from './types.js';
import { QUANTIFIERS, recognizeUnknownOrganizations } from './unknown-orgs.js';
import { worldAt } from './world.js';

const UNIVERSITY = key('دانشگاه');
const PLURAL_HEADS = new Set([key('دانشگاه‌های'), key('دانشگاه‌ها'), key('دانشگاههای')]);
const THIS = new Set([key('این'), key('همین')]);
const IN = key('در');
const ENTERED = key('وارد');
const FROM = key('از');
const MINISTER = key('وزیر');
const MINISTRY = key('وزارت');
const ITEM_SEPARATORS = new Set(['،', ',', 'و', '؛']);
/** Adjectives a coordinated list shares with its first item («دانشگاه‌های صنعتی شریف و امیرکبیر»). */
const SHARED_ADJECTIVES = [key('صنعتی'), key('علوم پزشکی'), key('آزاد اسلامی')];

function orgMention(
  ctx: RecognizerContext,
  tFirst: number,
  tEnd: number,
  entry: OrgEntry,
  rule: string,
): Mention {
  const fields: Parameters<typeof mentionOf>[3] = { type: entry.type, rule };
  setEntryFields(fields, entry);
  return mentionOf(ctx, tFirst, tEnd, fields);
}

/** «دانشگاه آزاد اسلامی واحد علوم و تحقیقات»: the branch words and up to four name tokens. */
function branchEnd(
  ctx: RecognizerContext,
  entry: OrgEntry,
  at: number,
): { end: number; unit: string } | null {
  if (!entry.branchWords.length) return null;
  const word = ctx.keys[at];
  if (!word || !entry.branchWords.some((w) => key(w) === word)) return null;
  let end = at + 1;
  while (end < ctx.keys.length && end - at <= 4) {
    const tok = ctx.doc.tokens[end]!;
    if (isPunct(tok) || tok.sentence !== ctx.doc.tokens[at]!.sentence) break;
    const k = ctx.keys[end]!;
    if (ctx.lex.nameStops.has(k) && k !== key('و')) break;
    // «و» joins a branch name («علوم و تحقیقات») only between two name words.
    if (k === key('و') && (end + 1 >= ctx.keys.length || ctx.lex.nameStops.has(ctx.keys[end + 1]!))) break;
    if (k === key('و') && end === at + 1) break;
    end++;
  }
  if (ctx.keys[end - 1] === key('و')) end--;
  if (end === at + 1) return null;
  return { end, unit: normalizedText(ctx, at, end) };
}

/** The separator after an item («،», «و», «، و»): the token index after it, or -1. */
function afterSeparator(ctx: RecognizerContext, t: number): number {
  const sep = ctx.doc.tokens[t];
  if (!sep || !ITEM_SEPARATORS.has(sep.normalized)) return -1;
  return ctx.doc.tokens[t + 1]?.normalized === 'و' ? t + 2 : t + 1;
}

/** An item of a list: a known university by its short name, else an organisation with its own head. */
function itemAt(
  ctx: RecognizerContext,
  t: number,
  uni: MatcherNode<OrgEntry>,
  shared: MatcherNode<OrgEntry> | null,
): { end: number; values: OrgEntry[]; shared: boolean } | null {
  const lex = ctx.lex;
  const withShared = shared ? lex.orgs.longestAt(ctx.keys, t, ctx.keys.length, shared) : null;
  if (withShared) return { ...withShared, shared: true };
  const short = lex.orgs.longestAt(ctx.keys, t, ctx.keys.length, uni);
  if (short) return { ...short, shared: false };
  // «دانشگاه‌های تهران، شیراز و پژوهشگاه …»: an item may name its own head.
  if (!lex.orgHeads.has(ctx.keys[t]!) && !lex.unknownHeads.has(ctx.keys[t]!)) return null;
  const own = lex.orgs.longestAt(ctx.keys, t);
  return own ? { ...own, shared: false } : null;
}

const MAX_SKIPPED_ITEM = 4;
const PLURAL_ENDINGS = ['ان', 'ها', 'های', 'هایی', 'ات', 'ین'];

/** «مسئولان», «استادان», «کشورهای»: a plural of an ordinary word, never a university's name. */
function pluralOf(k: string, known: KeySet): boolean {
  return PLURAL_ENDINGS.some(
    (e) => k.length > e.length + 1 && k.endsWith(e) && known.has(k.slice(0, -e.length)),
  );
}

/**
 * «دانشگاه‌های تهران، آیت‌الله حائری میبد، یزد و بیرجند»: an item the gazetteer does not know is
 * passed over when it is a short run of name words (no plural, office or event word) and a known
 * item follows it; returns the start
 * of that next item, or -1.
 */
function skipUnknownItem(ctx: RecognizerContext, t: number, uni: MatcherNode<OrgEntry>): number {
  const { tokens } = ctx.doc;
  const lex = ctx.lex;
  const sentence = tokens[t]?.sentence;
  for (let u = t; u < tokens.length && u - t <= MAX_SKIPPED_ITEM; u++) {
    const tok = tokens[u]!;
    if (tok.sentence !== sentence) return -1;
    if (u > t && ITEM_SEPARATORS.has(tok.normalized)) {
      const next = afterSeparator(ctx, u);
      return next >= 0 && next < tokens.length && itemAt(ctx, next, uni, null) ? next : -1;
    }
    const k = ctx.keys[u]!;
    if (isPunct(tok) || tok.kind !== 'word' || lex.nameStops.has(k) || pluralOf(k, lex.knownWords)) return -1;
    if (lex.titles.longestAt(ctx.keys, u) || lex.events.longestAt(ctx.keys, u)) return -1;
  }
  return -1;
}

/**
 * «دانشگاه‌های علوم پزشکی و شیراز», «دانشگاه‌های صنعتی و علوم پزشکی اصفهان»: an item that is only a
 * kind of university (صنعتی، علوم پزشکی …) takes its city from the next item, whose name ends with
 * one; the university of that kind in that city, when there is one. The item's words stay its span.
 */
function placeLater(
  ctx: RecognizerContext,
  t: number,
  uni: MatcherNode<OrgEntry>,
  shared: MatcherNode<OrgEntry> | null,
): { end: number; values: OrgEntry[]; shared: boolean } | null {
  const kind = SHARED_ADJECTIVES.find((a) =>
    ctx.keys
      .slice(t, t + 2)
      .join('')
      .startsWith(a),
  );
  if (!kind) return null;
  let end = t + 1;
  while (end < t + 3 && ctx.keys.slice(t, end).join('') !== kind) end++;
  if (ctx.keys.slice(t, end).join('') !== kind) return null;
  const next = afterSeparator(ctx, end);
  if (next < 0) return null;
  const item = itemAt(ctx, next, uni, shared);
  if (!item) return null;
  const city = ctx.keys[item.end - 1]!;
  const words = [...ctx.keys.slice(t, end), city];
  const whole = ctx.lex.orgs.longestAt(words, 0, words.length, uni);
  return whole?.end === words.length ? { end, values: whole.values, shared: false } : null;
}

function coordinatedItems(ctx: RecognizerContext, head: number, out: Mention[]): number {
  const lex = ctx.lex;
  const uni = lex.orgs.prefix(UNIVERSITY);
  if (!uni) return head + 1;
  let t = head + 1;
  let shared: MatcherNode<OrgEntry> | null = null;
  let found = 0;
  for (;;) {
    const direct = itemAt(ctx, t, uni, shared);
    const m = direct ?? placeLater(ctx, t, uni, shared);
    if (!m) {
      const next = found ? skipUnknownItem(ctx, t, uni) : -1;
      if (next < 0) break;
      shared = null;
      t = next;
      continue;
    }
    // «دانشگاه‌های صنعتی شریف، فردوسی مشهد و شیراز»: once an item stands without the shared
    // adjective, the adjective no longer carries to the items after it.
    if (shared && !m.shared) shared = null;
    const entry = m.values[0]!;
    // An item that took its city from the next («علوم پزشکی و شیراز») shares no adjective with it.
    if (found === 0 && direct) {
      const adjective = SHARED_ADJECTIVES.find((a) => ctx.keys.slice(t, m.end).join('').startsWith(a));
      if (adjective) shared = lex.orgs.walk(adjective, uni);
    }
    out.push(orgMention(ctx, t, m.end, entry, direct ? 'org.coordinated' : 'org.coordinated-place'));
    found++;
    const next = afterSeparator(ctx, m.end);
    if (next < 0) {
      t = m.end;
      break;
    }
    t = next;
  }
  // «برخی دانشگاه‌های شیراز»: some of a city's universities, not Shiraz University.
  if (found === 1 && QUANTIFIERS.has(ctx.keys[head - 1] ?? '')) out.pop();
  return found ? t : head + 1;
}

const MAX_DOMAIN_LABELS = 6;

function domainOf(ctx: RecognizerContext, host: string): OrgEntry | undefined {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  // Known domains have a few labels; joining every suffix of a crafted «www.www.…» host would be
  // quadratic.
  for (let i = Math.max(0, parts.length - MAX_DOMAIN_LABELS); i + 1 < parts.length; i++) {
    const hit = ctx.lex.domains.get(parts.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

export function recognizeOrganizations(ctx: RecognizerContext): Mention[] {
  const known = recognizeKnownOrganizations(ctx);
  return retargetShortForms(ctx, [...known, ...recognizeUnknownOrganizations(ctx, known)]);
}

/** Words between a body's name and its country: «وزارت بهداشت و درمان جمهوری بلاروس». */
const STATE_WORDS = new Set(['جمهوری', 'فدراسیون', 'پادشاهی', 'کشور', 'دولت', 'و', '،'].map(key));
const MAX_NAME_TAIL = 4;

/**
 * «وزارت علوم عراق», «وزارت بهداشت و درمان جمهوری بلاروس»: an Iranian name followed by a foreign
 * country (after the rest of the body's full name or «جمهوری») is that country's namesake.
 */
export function foreignAfter(ctx: RecognizerContext, entry: OrgEntry, at: number): boolean {
  if (entry.country !== 'IR') return false;
  for (let u = at; u < ctx.keys.length && u - at <= MAX_NAME_TAIL; u++) {
    if (ctx.lex.countries.longestAt(ctx.keys, u)) return true;
    const k = ctx.keys[u]!;
    if (!STATE_WORDS.has(k) && !nameWords(entry).has(k)) return false;
  }
  return false;
}

const NAME_WORDS = new WeakMap<OrgEntry, Set<string>>();

/** The matching keys of the words of an entry's full Persian name. */
function nameWords(entry: OrgEntry): Set<string> {
  let words = NAME_WORDS.get(entry);
  if (!words) {
    words = new Set(entry.fa.split(/[\s\u200c،]+/).map(key));
    NAME_WORDS.set(entry, words);
  }
  return words;
}

function recognizeKnownOrganizations(ctx: RecognizerContext): Mention[] {
  const out: Mention[] = [];
  const ministry = ctx.lex.orgs.prefix(MINISTRY);
  const { tokens } = ctx.doc;
  for (let t = 0; t < tokens.length; ) {
    const tok = tokens[t]!;
    if (tok.kind === 'email' || tok.kind === 'url') {
      const host =
        tok.kind === 'email'
          ? tok.text.slice(tok.text.indexOf('@') + 1)
          : tok.text.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]!;
      const entry = domainOf(ctx, host);
      if (entry) {
        const offset = tok.text.length - host.length;
        out.push({
          type: entry.type,
          rule: tok.kind === 'email' ? 'org.email-domain' : 'org.url-domain',
          ...entryFields(entry),
          tFirst: t,
          tEnd: t + 1,
          start: tok.kind === 'email' ? tok.start + offset : tok.start,
          end: tok.kind === 'email' ? tok.end : tok.end,
        });
      }
      t++;
      continue;
    }
    const k = ctx.keys[t]!;
    if (PLURAL_HEADS.has(k)) {
      t = coordinatedItems(ctx, t, out);
      continue;
    }
    // «وزیر علوم، تحقیقات و فناوری»: the words after «وزیر» name the ministry; the office keeps «وزیر».
    if (k === MINISTER) {
      const tail = ctx.lex.orgs.longestAt(ctx.keys, t + 1, ctx.keys.length, ministry ?? undefined);
      const entry = tail?.values[0];
      if (tail && entry && !foreignAfter(ctx, entry, tail.end)) {
        out.push(orgMention(ctx, t + 1, tail.end, entry, 'org.minister'));
        t = tail.end;
        continue;
      }
    }
    const found = ctx.lex.orgs.longestAt(ctx.keys, t);
    const glued = gluedInAt(ctx, t, found?.end ?? t);
    if (glued) {
      out.push(glued);
      t = glued.tEnd;
      continue;
    }
    // «وزارت علوم عراق»: an Iranian name followed by a foreign country is that country's namesake.
    const m = found && !foreignAfter(ctx, found.values[0]!, found.end) ? found : null;
    const w = worldAt(ctx, ctx.lex.world, t);
    if (w && (!m || w.tEnd > m.end)) {
      out.push(orgMention(ctx, t, w.tEnd, w.entry, 'org.world'));
      t = w.tEnd;
      continue;
    }
    if (m) {
      const entry = m.values[0]!;
      const branch = branchEnd(ctx, entry, m.end);
      const mention = orgMention(
        ctx,
        t,
        branch?.end ?? m.end,
        entry,
        branch ? 'org.branch' : 'org.gazetteer',
      );
      if (branch) mention.unit = branch.unit;
      out.push(mention);
      t = branch ? mention.tEnd : ellipticPartner(ctx, t, mention, out);
      continue;
    }
    t++;
  }
  return out;
}

const GLUED_IN = 'در';
const MAX_GLUED_NAME = 6;

/**
 * «دانشگاه کاشاندر …»: a site that lost the space before «در» glues it to the name's last word. A
 * known name whose last word, without that «در», ends it — the token itself no word of the
 * vocabulary — is the organisation (its name without «در»). `plain` is where the longest known name
 * at `t` ends (`t` when there is none).
 */
function gluedInAt(ctx: RecognizerContext, t: number, plain: number): Mention | null {
  const { tokens } = ctx.doc;
  const { keys, lex } = ctx;
  if (!lex.orgs.prefix(keys[t] ?? '')) return null;
  for (let e = Math.max(t + 1, plain); e < keys.length && e - t <= MAX_GLUED_NAME; e++) {
    const tok = tokens[e]!;
    if (tok.kind !== 'word' || tok.sentence !== tokens[t]!.sentence) return null;
    const k = keys[e]!;
    if (!k.endsWith(GLUED_IN) || k.length < GLUED_IN.length + 3) continue;
    if (lex.knownWords.has(k) || lex.commonWords.has(k)) continue;
    const phrase = [...keys.slice(t, e), k.slice(0, -GLUED_IN.length)];
    const m = lex.orgs.longestAt(phrase, 0);
    if (!m || m.end !== phrase.length) continue;
    const entry = m.values[0]!;
    // Spans are whole tokens (downstream stages re-read them by token), so the span keeps «در».
    return orgMention(ctx, t, e + 1, entry, 'org.glued-in');
  }
  return null;
}

/**
 * «دانشگاه شیراز و اصفهان», «دانشگاه شریف، علامه طباطبایی و خواجه نصیر»: a university named with
 * «دانشگاه» and, after «و» (or a comma list that ends with «و»), the short names of others that
 * share the word. Returns the token to go on from.
 */
function ellipticPartner(ctx: RecognizerContext, t: number, first: Mention, out: Mention[]): number {
  const uni = ctx.lex.orgs.prefix(UNIVERSITY);
  if (!uni || ctx.keys[t] !== UNIVERSITY || first.type !== 'university') return first.tEnd;
  const items: Mention[] = [];
  const seen = new Set<string | null | undefined>([first.canonicalId]);
  let end = first.tEnd;
  for (;;) {
    const sep = ctx.doc.tokens[end]?.normalized;
    if (sep !== 'و' && sep !== '،' && sep !== ',') return first.tEnd;
    const at = ctx.doc.tokens[end + 1]?.normalized === 'و' ? end + 2 : end + 1;
    const m = ctx.lex.orgs.longestAt(ctx.keys, at, ctx.keys.length, uni);
    const entry = m?.values[0];
    if (!m || !entry || entry.type !== 'university' || seen.has(entry.id)) return first.tEnd;
    // «دانشگاه تهران و علوم پزشکی …» must not stop inside a longer name the text goes on with.
    if (ctx.lex.orgs.longestAt(ctx.keys, at)) return first.tEnd;
    seen.add(entry.id);
    items.push(orgMention(ctx, at, m.end, entry, 'org.coordinated'));
    end = m.end;
    // The list is closed by «و»: a comma run without it may be an apposition, not a list.
    if (ctx.doc.tokens[at - 1]?.normalized === 'و') break;
  }
  out.push(...items);
  return end;
}

/**
 * «این دانشگاه»: the university last named in this or the previous sentence («… با حضور در
 * دانشگاه صنعتی اصفهان با رئیس این دانشگاه دیدار کرد»), else the one the document is about.
 * Returned separately because it needs the other organisation mentions and the main organisation.
 */
export function recognizeThisOrganization(
  ctx: RecognizerContext,
  main: OrgEntry | null,
  orgs: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  // Only a university the story is «in» («در X», «وارد X»): a guest list before «این دانشگاه»
  // names visitors, not the place. A delegation's own («هیئتی از دانشگاه X به ریاست A رئیس این
  // دانشگاه») is the one its members' offices refer to.
  const delegationFrom = (o: Mention) =>
    ctx.keys[o.tFirst - 1] === FROM &&
    ctx.lex.delegation
      .findAll(ctx.keys, Math.max(0, o.tFirst - 3), o.tFirst - 1)
      .some((d) => d.end >= o.tFirst - 2);
  const universities = orgs
    .filter(
      (o) =>
        o.type === 'university' &&
        o.canonicalId &&
        (ctx.keys[o.tFirst - 1] === IN || ctx.keys[o.tFirst - 1] === ENTERED || delegationFrom(o)),
    )
    .sort((a, b) => a.tFirst - b.tFirst);
  let last = -1;
  for (let t = 0; t + 1 < ctx.keys.length; t++) {
    while (last + 1 < universities.length && universities[last + 1]!.tEnd <= t) last++;
    if (!THIS.has(ctx.keys[t]!) || ctx.keys[t + 1] !== UNIVERSITY) continue;
    const sentence = ctx.doc.tokens[t]!.sentence;
    const previous = universities[last];
    const near = previous && sentence - ctx.doc.tokens[previous.tFirst]!.sentence <= 1 ? previous : undefined;
    const entry = near?.canonicalId
      ? ctx.lex.orgById.get(near.canonicalId)
      : main?.type === 'university'
        ? main
        : undefined;
    if (entry)
      out.push(orgMention(ctx, t, t + 2, entry, near ? 'org.this-university' : 'org.this-university-main'));
  }
  return out;
}
