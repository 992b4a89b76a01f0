// Which organisation an office or a unit belongs to: the organisations named after it (one, or a
// list for a plural office), else a bare «دانشگاه» read as the host or the document's own, and the
// words of the field the office covers on the way there.
import type { RecognizerContext } from '../recognize/context.js';
import type { OrgEntry } from '../recognize/lexicon.js';
import type { Mention } from '../recognize/types.js';
import { key } from '../text/key.js';
import { skipCourtesy } from './holders.js';
import { bareOrganization } from './host.js';

export const LIST_SEPARATORS = new Set(['،', ',', 'و']);
export const AND = key('و');
/** How many words an office's field may run before its organisation. */
export const FIELD_WORDS = 6;
/** «President of the University of X»: English joins office and organisation with of/the. */
export const ENGLISH_GLUE = new Set(['of', 'the']);
const PLURAL_HEADS = new Set([key('دانشگاه‌های'), key('دانشگاه‌ها'), key('دانشگاههای')]);
const FROM = key('از');
const PERSIAN_WORD = /^[\u0600-\u06FF]+$/;
/** Words an unknown item of a coordinated list may run to (as recognize/organizations skips it). */
const SKIPPED_ITEM_WORDS = 4;

/** The document's mentions, indexed once, that every belonging lookup of one document reads. */
export interface LinkScope {
  ctx: RecognizerContext;
  main: OrgEntry | null;
  orgs: readonly Mention[];
  orgsIn: (sentence: number) => readonly Mention[];
  orgAt: Map<number, Mention>;
  unitAt: Map<number, Mention>;
  /** Tokens where a person, an office or an honorific starts: a name does not run on there. */
  nameAt: Set<number>;
}

export interface Belonging {
  ids: string[];
  mentions: Mention[];
  unit: Mention | null;
  /** The token after the office phrase. */
  end: number;
  rule: string | null;
  /** Tokens [from, to) naming the office's field before its organisation. */
  field: [number, number];
}

export function startsAt(mentions: readonly Mention[]): Map<number, Mention> {
  const m = new Map<number, Mention>();
  for (const x of mentions) m.set(x.tFirst, x);
  return m;
}

/**
 * After an office or unit: [courtesy] [unit] organisation | «دانشگاه» | «این دانشگاه» → which
 * organisations, and the token after the phrase. A bare «دانشگاه» is the sentence's host (the
 * organisation a guest came to), else the document's own university.
 */
export function belongs(scope: LinkScope, tEnd: number, many: boolean, keepField = false): Belonging {
  const { ctx, main, orgs, orgsIn, orgAt, unitAt, nameAt } = scope;
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
    if (!fieldWord(scope, u) && !(glue && (many || u > field) && fieldWord(scope, u + 1))) break;
    fieldEnd = u + 1;
  }
  // An office written as its abstract noun («مدیریت همکاری‌های علمی …») always names its field.
  if (keepField && fieldEnd > field)
    return { ids: [], mentions: [], unit, end: fieldEnd, rule: null, field: [field, fieldEnd] };
  return { ids: [], mentions: [], unit, end: unit ? unit.tEnd : tEnd, rule: null, field: [field, field] };
}

/** A word that may name an office's field: not punctuation, a verb, a stop word or another name. */
export function fieldWord(scope: LinkScope, t: number): boolean {
  const { ctx, nameAt, orgAt, unitAt } = scope;
  const tok = ctx.doc.tokens[t];
  if (tok?.kind !== 'word' || nameAt.has(t) || orgAt.has(t) || unitAt.has(t)) return false;
  const k = ctx.keys[t]!;
  if (ENGLISH_GLUE.has(k)) return true;
  if (!PERSIAN_WORD.test(k)) return false;
  // «بین المللی» written apart: the first half of a compound is not the stop word «بین».
  const compound = ctx.lex.commonWords.has(k + (ctx.keys[t + 1] ?? ''));
  return (compound || !ctx.lex.nameStops.has(k)) && !ctx.lex.courtesy.has(k) && !ctx.lex.quantifiers.has(k);
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
