// Later mentions of a person already named: pronouns (وی، ایشان) and bare surnames.
import type { RecognizerContext } from '../recognize/context.js';
import { key } from '../text/key.js';
import type { Linked } from './link.js';

/**
 * وی / ایشان and bare surnames: each joins the nearest person named before it (in this or the
 * two previous sentences), added to that person's mentions.
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
