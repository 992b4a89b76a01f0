// «دانشگاه سن‌پترزبورگ» after «دانشگاه پلی‌تکنیک سن‌پترزبورگ»: a release names a foreign partner in
// full and then shortens it, dropping generic words. When the short form is another organisation's
// name in the gazetteer (Saint Petersburg State University), it still means the one named in full.
// Only foreign organisations: «دانشگاه تهران» after «دانشگاه علوم پزشکی تهران» is the University of
// Tehran, two Iranian universities a story often names side by side; and only when the short form
// is not the other organisation's official name («دانشگاه استانبول» after «دانشگاه فنی استانبول»
// is Istanbul University).
import { key } from '../text/key.js';
import type { RecognizerContext } from './context.js';
import { entryFields } from './lexicon.js';
import { persianShape } from './transliterate.js';
import type { Mention } from './types.js';

interface FullForm {
  head: string;
  tFirst: number;
  id: string;
  sound: string;
  concepts: ReadonlySet<string>;
}

/**
 * Each known foreign mention whose name, read as its sound and generic words, is an earlier
 * foreign mention's name less some generic words (same head, same sound) becomes that
 * organisation, unless an earlier full form is its own organisation or two others fit.
 */
export function retargetShortForms(ctx: RecognizerContext, mentions: readonly Mention[]): Mention[] {
  const lex = ctx.lex;
  const forms: FullForm[] = [];
  // In text order: the full form must come first.
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.tFirst - mentions[b]!.tFirst);
  const out = [...mentions];
  for (const i of order) out[i] = retarget(mentions[i]!);
  return out;

  function retarget(m: Mention): Mention {
    const entry = m.canonicalId ? lex.orgById.get(m.canonicalId) : undefined;
    if (!entry?.country || entry.country === 'IR' || m.tEnd - m.tFirst < 2) return m;
    const shape = persianShape(ctx.keys.slice(m.tFirst + 1, nameEnd(ctx, m)), lex.concepts);
    const form: FullForm = {
      head: ctx.keys[m.tFirst]!,
      tFirst: m.tFirst,
      id: entry.id!,
      sound: shape.skeletons.join(''),
      concepts: shape.concepts,
    };
    const fuller = new Set<string>();
    for (const f of forms)
      if (
        f.head === form.head &&
        f.sound === form.sound &&
        form.sound &&
        f.concepts.size > form.concepts.size &&
        [...form.concepts].every((c) => f.concepts.has(c))
      )
        fuller.add(f.id);
    forms.push(form);
    // «دانشگاه استانبول» is Istanbul University's own full name, not a shortening of the
    // Istanbul Technical University named before it.
    if (fuller.size !== 1 || fuller.has(form.id) || ownName(ctx, m, entry.fa)) return m;
    const full = lex.orgById.get([...fuller][0]!);
    return full ? { ...m, type: full.type, rule: 'org.short-form', ...entryFields(full) } : m;
  }
}

/** Whether the mention is written as the organisation's official Persian name (not an alias). */
function ownName(ctx: RecognizerContext, m: Mention, fa: string | null | undefined): boolean {
  return !!fa && ctx.keys.slice(m.tFirst, m.tEnd).join('') === key(fa).replace(/\s+/g, '');
}

/** Where the name ends: before a country written after it («دانشگاه … کازان روسیه»). */
function nameEnd(ctx: RecognizerContext, m: Mention): number {
  for (let u = m.tFirst + 2; u < m.tEnd; u++)
    if (ctx.lex.countries.longestAt(ctx.keys, u, m.tEnd)?.end === m.tEnd) return u;
  return m.tEnd;
}
