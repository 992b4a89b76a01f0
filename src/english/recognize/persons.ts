// English person names, without honorific or office:
//  - an honorific and the capitalised words after it («Prof. ZHANG Feng», «Dr Najmeh Shobeiri»);
//  - compromise's people, when they are not part of an organisation or an office;
//  - an office and the name after it («Minister Gholami», «Ambassador to Tehran Levan Dzhagaryan»);
//  - two or more capitalised words before «, <office>» («Abdolmajid Eskandari, Director General»).
import type { Mention } from '../../recognize/types.js';
import { type EnContext, tokenFrom } from '../context.js';
import { isCapitalized } from '../keys.js';

const MAX_NAME = 5;
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'le', 'la']);
/** «Ambassador to Tehran Levan Dzhagaryan»: the office's place comes before the name. */
const PLACE_PREPOSITIONS = new Set(['to', 'in']);

export interface NameContext {
  /** Tokens inside organisations and offices: never part of a name. */
  blocked: Uint8Array;
}

function nameToken(c: EnContext, t: number, blocked: Uint8Array): boolean {
  const tok = c.doc.tokens[t];
  if (tok?.kind !== 'word' || blocked[t] || tok.text.length < 2) return false;
  const k = c.keys[t]!;
  if (c.en.nameStops.has(k) || c.en.gregorianMonths.has(k) || c.en.weekdays.has(k)) return false;
  if (c.en.honorifics.longestAt(c.keys, t)) return false;
  return isCapitalized(tok.text) || (PARTICLES.has(k) && isCapitalized(c.doc.tokens[t + 1]?.text));
}

/** End of the name starting at `t` (exclusive); `t` when no name starts there. */
export function nameEnd(c: EnContext, t: number, blocked: Uint8Array): number {
  let e = t;
  const sentence = c.doc.tokens[t]?.sentence;
  while (
    e < c.keys.length &&
    e - t < MAX_NAME &&
    c.doc.tokens[e]!.sentence === sentence &&
    nameToken(c, e, blocked)
  )
    e++;
  // A name does not end on a particle.
  while (e > t && PARTICLES.has(c.keys[e - 1]!)) e--;
  return e;
}

/** «Dr Rahimi’s resignation»: the possessive ending is not part of the name. */
const POSSESSIVE = /['’]s$/;

function person(c: EnContext, a: number, b: number, rule: string, honorific?: string): Mention {
  const tokens = c.doc.tokens;
  const last = tokens[b - 1]!;
  const end = POSSESSIVE.test(last.text) && last.text.length > 3 ? last.end - 2 : last.end;
  const name = c.doc.original.slice(tokens[a]!.start, end).replace(/\s+/g, ' ');
  return {
    type: 'person',
    rule,
    tFirst: a,
    tEnd: b,
    start: tokens[a]!.start,
    end,
    name,
    ...(honorific ? { honorific } : {}),
  };
}

export function recognizePersons(c: EnContext, titles: readonly Mention[], blocked: Uint8Array): Mention[] {
  const { keys } = c;
  const out: Mention[] = [];
  const taken = new Uint8Array(keys.length);
  const add = (m: Mention) => {
    if (taken.subarray(m.tFirst, m.tEnd).some(Boolean)) return;
    out.push(m);
    taken.fill(1, m.tFirst, m.tEnd);
  };
  // Honorific + name.
  for (let t = 0; t < keys.length; t++) {
    const h = c.en.honorifics.longestAt(keys, t);
    if (!h || !isCapitalized(c.doc.tokens[t]!.text)) continue;
    let at = h.end;
    while (c.doc.tokens[at]?.text === '.') at++;
    // «H.E. Minister Gholami»: an office between honorific and name.
    const office = titles.find((m) => m.tFirst === at);
    if (office) at = office.tEnd;
    const e = nameEnd(c, at, blocked);
    if (e > at) add(person(c, at, e, 'en.person.honorific', h.values[0]!));
    t = Math.max(t, e - 1);
  }
  // Office + name.
  for (const m of titles) {
    let at = m.tEnd;
    if (PLACE_PREPOSITIONS.has(keys[at] ?? '') && isCapitalized(c.doc.tokens[at + 1]?.text)) {
      const e = nameEnd(c, at + 2, blocked);
      if (e - (at + 2) >= 2) at += 2;
    }
    if (c.doc.tokens[at]?.sentence !== c.doc.tokens[m.tFirst]!.sentence) continue;
    const e = nameEnd(c, at, blocked);
    if (e > at && (e - at >= 2 || at === m.tEnd)) add(person(c, at, e, 'en.person.after-office'));
  }
  // «Firstname Lastname, <office>».
  for (const m of titles) {
    let at = m.tFirst;
    // «…, the Polish Ambassador»: a nationality and «the» before the office.
    if (
      isCapitalized(c.doc.tokens[at - 1]?.text) &&
      c.doc.tokens[at - 1]?.kind === 'word' &&
      !blocked[at - 1]
    )
      at--;
    const article = keys[at - 1] === 'the';
    if (article) at--;
    // «Agoston Szel the President of …»: «the» alone may stand for the comma.
    const comma = c.doc.tokens[at - 1]?.text === ',' ? at - 1 : article ? at : -1;
    if (comma < 0) continue;
    let s = comma;
    while (s > 0 && comma - s < MAX_NAME && nameToken(c, s - 1, blocked)) s--;
    if (comma - s >= 2 && nameEnd(c, s, blocked) === comma)
      add(person(c, s, comma, 'en.person.before-office'));
  }
  // compromise's people.
  for (const p of c.nlp.people) {
    const a = tokenFrom(c, p.offset.start);
    const end = p.offset.start + p.offset.length;
    let b = a;
    while (b < keys.length && c.doc.tokens[b]!.start < end) b++;
    let s = a;
    while (s < b && !nameToken(c, s, blocked)) s++;
    const e = nameEnd(c, s, blocked);
    // One word alone is a person only with an honorific (found above) or as a surname reference;
    // nor is «al-Andalusia» or «al-Zahra», a particle and one word (a place or an institution).
    let words = 0;
    for (let t = s; t < e; t++) if (c.doc.tokens[t]!.kind === 'word' && !PARTICLES.has(keys[t]!)) words++;
    if (words >= 2 && e <= b) add(person(c, s, e, 'en.person.compromise'));
  }
  return out.sort((x, y) => x.start - y.start);
}
