// English decisions: the clause after «agreed to / it was decided / decided that …», one decision
// per decided item. A list after a colon gives one item each («the following issues have been
// agreed: Arrangement of …, Establishment of …, Extension of …»); «, which is to be signed during
// the visit of …» adds a follow-up. An item that plans a meeting or visit is a next_meeting; one
// that sets someone a task («establishment of», «prepare») is an action.
import type { DraftDecision } from '../../extract/decisions.js';
import type { SentenceFacts } from '../../extract/sentences.js';
import type { Mention } from '../../recognize/types.js';
import type { DecisionKind } from '../../records/schema.js';
import type { EnContext } from '../context.js';
import { isCapitalized } from '../keys.js';

export type EnDecision = DraftDecision;

const LEADING = new Set(['that', 'to', 'the', 'on', 'upon', 'and', 'also']);

function trim(c: EnContext, a: number, b: number): [number, number] {
  while (a < b && (c.doc.tokens[a]!.kind === 'punct' || LEADING.has(c.keys[a]!))) a++;
  while (b > a && c.doc.tokens[b - 1]!.kind === 'punct') b--;
  return [a, b];
}

/** Splits a decided region into items: a colon list by «, Capitalised …», else at «;» and «, which». */
function items(c: EnContext, a: number, b: number, orgStarts: Set<number>): [number, number][] {
  const tokens = c.doc.tokens;
  const colon = tokens[a]?.text === ':' || tokens[a - 1]?.text === ':';
  const cuts: number[] = [];
  for (let t = a + 1; t < b - 1; t++) {
    const tok = tokens[t]!;
    if (tok.text === ';') cuts.push(t);
    else if (tok.text === ',' && c.keys[t + 1] === 'which') cuts.push(t);
    else if (colon && tok.text === ',' && isCapitalized(tokens[t + 1]?.text) && !orgStarts.has(t + 1))
      cuts.push(t);
  }
  const out: [number, number][] = [];
  let from = a;
  for (const cut of [...cuts, b]) {
    const [x, y] = trim(c, from, cut);
    if (y - x >= 2) out.push([x, y]);
    from = cut + 1;
  }
  return out;
}

function kindOf(c: EnContext, [a, b]: [number, number], opener: DecisionKind): DecisionKind {
  const lex = c.rc.lex;
  if (opener === 'other') return 'other';
  const events = lex.events.findAll(c.keys, a, b).filter((m) => m.values[0]!.kind !== null);
  const hold = c.keys.slice(a, b).some((k) => lex.holdVerbs.has(k));
  if (lex.followUp.findAll(c.keys, a, b).length || (events.length && hold)) return 'next_meeting';
  if (c.en.actionWords.findAll(c.keys, a, Math.min(b, a + 3)).length) return 'action';
  return opener;
}

export function extractDecisions(
  c: EnContext,
  f: SentenceFacts,
  dates: readonly Mention[],
  orgs: readonly Mention[],
): EnDecision[] {
  const out: EnDecision[] = [];
  const orgStarts = new Set(orgs.map((o) => o.tFirst));
  f.decisions.forEach((opener, i) => {
    const next = f.decisions[i + 1]?.tFirst ?? f.sentence.endToken;
    // «… was approved»: the approved thing comes before the opener.
    const region: [number, number] =
      opener.kind === 'other' ? trim(c, f.sentence.firstToken, opener.tFirst) : [opener.tEnd, next];
    for (const item of items(c, region[0], region[1], orgStarts)) {
      const span = { start: c.doc.tokens[item[0]]!.start, end: c.doc.tokens[item[1] - 1]!.end };
      const inside = (m: Mention) => m.start >= span.start && m.end <= span.end;
      const at = orgs.find((o) => inside(o) && ['at', 'in', 'to'].includes(c.keys[o.tFirst - 1] ?? ''));
      const kind = kindOf(c, item, opener.kind);
      out.push({
        kind,
        rule: kind === opener.kind ? opener.rule : `${opener.rule}+${kind}`,
        tFirst: item[0],
        tEnd: item[1],
        ...span,
        text: c.doc.original.slice(span.start, span.end).replace(/\s+/g, ' '),
        date:
          dates.find(
            (d) =>
              inside(d) &&
              (d.date?.precision === 'day' || d.date?.precision === 'range' || d.date?.precision === 'month'),
          )?.date ?? null,
        location: at ? { text: at.name ?? '', organizationId: at.canonicalId ?? null } : null,
      });
    }
  });
  return out;
}
