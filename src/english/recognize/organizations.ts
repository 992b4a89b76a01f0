// English organisations: the gazetteer's English names and acronyms; acronyms a text defines
// («Sharif University of Technology (SUT)»); «University of X» written «X University» and back;
// elliptic lists after a plural head («Universities of Kurdistan; Kharazmi; Guilan»).
import type { OrgEntry } from '../../recognize/lexicon.js';
import type { Mention } from '../../recognize/types.js';
import { worldAt } from '../../recognize/world.js';
import type { EnContext } from '../context.js';
import { isCapitalized, phraseKey } from '../keys.js';

const UNIVERSITY = 'university';
const MAX_CORE = 5;

function mention(c: EnContext, tFirst: number, tEnd: number, entry: OrgEntry, rule: string): Mention {
  const tokens = c.doc.tokens;
  return {
    type: entry.type,
    rule,
    tFirst,
    tEnd,
    start: tokens[tFirst]!.start,
    end: tokens[tEnd - 1]!.end,
    ...(entry.id ? { canonicalId: entry.id } : {}),
    ...(entry.ror ? { ror: entry.ror } : {}),
    ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
    name: c.doc.original.slice(tokens[tFirst]!.start, tokens[tEnd - 1]!.end),
  };
}

/** English names are written with capitals: a match in lower case is a common word. */
function written(c: EnContext, tFirst: number, tEnd: number, acronym: boolean): boolean {
  const words = c.doc.tokens.slice(tFirst, tEnd).filter((t) => t.kind !== 'punct');
  if (acronym)
    return words.every(
      (t) => /^[A-Z][A-Za-z.&]*$/.test(t.text) && /[A-Z].*[A-Z]|^[A-Z]$/.test(t.text.replace(/['’]s$/, '')),
    );
  return words.some((t) => isCapitalized(t.text));
}

function nameWord(c: EnContext, t: number): boolean {
  const tok = c.doc.tokens[t];
  return !!tok && tok.kind !== 'punct' && (isCapitalized(tok.text) || /^(al|el|de|of|and)$/i.test(tok.text));
}

/** The core lookup of tokens [a, b): «Szeged» → University of Szeged. */
function core(c: EnContext, a: number, b: number, weak: boolean): OrgEntry | null {
  // «al-Zahra» (tokens «al», «Zahra») is the gazetteer's «Alzahra».
  const first = /^(?:al|el)$/i.test(c.doc.tokens[a]!.text) && b > a + 1 ? a + 1 : a;
  if (b <= a || !isCapitalized(c.doc.tokens[first]!.text) || !isCapitalized(c.doc.tokens[b - 1]!.text))
    return null;
  const k = c.keys.slice(a, b).join('');
  return c.en.cores.get(k) ?? (weak ? (c.en.weakCores.get(k) ?? null) : null);
}

export function recognizeOrganizations(c: EnContext): Mention[] {
  const { keys, en } = c;
  const n = keys.length;
  const out: Mention[] = [];
  const taken = new Uint8Array(n);
  const add = (m: Mention) => {
    out.push(m);
    taken.fill(1, m.tFirst, m.tEnd);
  };
  const defined = new Map<string, OrgEntry>();
  for (let t = 0; t < n; ) {
    const m = en.orgs.longestAt(keys, t);
    const acronym = m ? en.acronyms.has(keys.slice(m.first, m.end).join('')) : false;
    if (m && written(c, m.first, m.end, acronym) && !foreignBody(c, m.first, m.values[0]!)) {
      const entry = m.values[0]!;
      add(mention(c, m.first, m.end, entry, acronym ? 'en.org.acronym' : 'en.org.gazetteer'));
      t = m.end;
      continue;
    }
    t++;
  }
  // The generated world gazetteer (tens of thousands of Latin names), through its own index.
  for (let t = 0; t < n; t++) {
    if (taken[t]) continue;
    const w = worldAt(c.rc, c.rc.lex.world, t);
    if (!w || taken.subarray(t, w.tEnd).some(Boolean)) continue;
    add(mention(c, t, w.tEnd, w.entry, 'org.world'));
    t = w.tEnd - 1;
  }
  // «X University» ↔ «University of X».
  for (let t = 0; t < n; t++) {
    if (keys[t] !== UNIVERSITY || taken[t] || !isCapitalized(c.doc.tokens[t]!.text)) continue;
    let found = false;
    if (keys[t + 1] === 'of') {
      for (let e = Math.min(n, t + 2 + MAX_CORE); e > t + 2 && !found; e--) {
        if (taken.subarray(t + 2, e).some(Boolean)) continue;
        const entry = core(c, t + 2, e, false);
        if (entry) {
          add(mention(c, t, e, entry, 'en.org.core'));
          found = true;
        }
      }
    }
    for (let a = Math.max(0, t - MAX_CORE); a < t && !found; a++) {
      if (taken.subarray(a, t).some(Boolean)) continue;
      const entry = core(c, a, t, false);
      if (entry) {
        add(mention(c, a, t + 1, entry, 'en.org.core'));
        found = true;
      }
    }
  }
  // Acronyms the text defines in parentheses after a name.
  for (const m of [...out]) {
    const open = c.doc.tokens[m.tEnd];
    const close = c.doc.tokens[m.tEnd + 2];
    const acr = c.doc.tokens[m.tEnd + 1];
    if (open?.text !== '(' || close?.text !== ')' || !acr || !/^[A-Z][A-Za-z]{1,7}$/.test(acr.text)) continue;
    if (!/[A-Z].*[A-Z]/.test(acr.text) || !m.canonicalId) continue;
    const entry = c.en.triggers.orgById.get(m.canonicalId);
    if (entry) defined.set(keys[m.tEnd + 1]!, entry);
  }
  for (let t = 0; t < n; t++) {
    const entry = defined.get(keys[t]!);
    if (entry && !taken[t] && written(c, t, t + 1, true))
      add(mention(c, t, t + 1, entry, 'en.org.defined-acronym'));
  }
  out.push(...ellipticLists(c, taken));
  return out.sort((a, b) => a.start - b.start);
}

const MINISTER = new Set(['minister', 'ministers']);
const MAX_MINISTRY_WORDS = 8;
/** «Russian», «Iraqi», «Turkish», «Russia's»: a word naming another country than Iran. */
const FOREIGN_ADJECTIVE = /^(?!Iran)[A-Z][a-z]+(?:n|i|ish|ese|ch|['’]s)$/u;

/**
 * «the Iraqi Ministry of Higher Education», «Russia's Minister of Science»: an Iranian ministry's
 * name after another country's adjective is that country's namesake, not the Iranian one.
 */
function foreignBody(c: EnContext, at: number, entry: OrgEntry): boolean {
  if (entry.country !== 'IR' || !phraseKey(entry.en ?? '').startsWith('ministry') || at === 0) return false;
  return FOREIGN_ADJECTIVE.test(c.doc.tokens[at - 1]!.text);
}

/**
 * «Minister of Health and Medical Education», «the science ministers»: the words that name the
 * minister's ministry, read as «Ministry of …» / «… Ministry». They stay inside the office's words
 * (which the linker reads as the office's organisation): the ministry is an entity of its own, but
 * not a mention that splits the office from the name after it. `taken`: tokens other organisations hold.
 */
export function ministersOf(c: EnContext, taken: Uint8Array): Mention[] {
  const { keys, en } = c;
  const out: Mention[] = [];
  for (let t = 0; t < keys.length; t++) {
    if (!MINISTER.has(keys[t]!) || taken[t]) continue;
    let found: { first: number; end: number; entry: OrgEntry } | null = null;
    if (keys[t + 1] === 'of') {
      const tail = ['ministry', ...keys.slice(t + 1, t + 1 + MAX_MINISTRY_WORDS)];
      const m = en.orgs.longestAt(tail, 0);
      if (m && m.end > 2) found = { first: t + 2, end: t + m.end, entry: m.values[0]! };
    }
    // «Science Minister», «health minister»: one or two words before it.
    for (let a = t - 1; !found && a >= Math.max(0, t - 2); a--) {
      if (c.doc.tokens[a]!.kind === 'punct') break;
      const words = [...keys.slice(a, t), 'ministry'];
      const m = en.orgs.longestAt(words, 0);
      if (m?.end === words.length) found = { first: a, end: t, entry: m.values[0]! };
    }
    if (!found || taken.subarray(found.first, found.end).some(Boolean)) continue;
    if (foreignBody(c, Math.min(found.first, t), found.entry)) continue;
    out.push(mention(c, found.first, found.end, found.entry, 'en.org.minister'));
  }
  return out;
}

/** «Universities of Kurdistan; Kharazmi; Guilan», «the universities of Diyala, Kerbala, and Mosul». */
function ellipticLists(c: EnContext, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const tokens = c.doc.tokens;
  for (const head of c.en.pluralHeads.findAll(c.keys)) {
    const sentence = tokens[head.first]!.sentence;
    let end = head.end;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    const semi = tokens.slice(head.end, end).some((t) => t.text === ';');
    const sep = (t: number) =>
      semi
        ? tokens[t]!.text === ';'
        : tokens[t]!.text === ',' || tokens[t]!.text === ';' || c.keys[t] === 'and';
    let t = head.end;
    while (t < end) {
      while (t < end && (sep(t) || c.keys[t] === 'and' || c.keys[t] === 'the')) t++;
      let e = t;
      while (e < end && !sep(e) && (nameWord(c, e) || (!semi ? false : c.keys[e] === 'and'))) e++;
      if (e === t) break;
      // «the universities of Guilan, Science and Technology and Tabriz»: an «and» inside a name.
      if (!semi && c.keys[e] === 'and' && !core(c, t, e, true)) {
        let joined = e + 1;
        while (joined < end && !sep(joined) && nameWord(c, joined)) joined++;
        if (joined > e + 1 && core(c, t, joined, true)) e = joined;
      }
      if (!taken.subarray(t, e).some(Boolean)) {
        const entry = core(c, t, e, true);
        if (entry) {
          out.push(mention(c, t, e, entry, 'en.org.elliptic'));
          taken.fill(1, t, e);
        }
      }
      t = e;
      if (t < end && !sep(t)) break;
    }
  }
  return out;
}

export { phraseKey };
