// English offices, mapped onto the ids of titles.json. An office phrase runs on over a capitalised
// «of/for …» complement («Director of International Scientific Cooperation & International
// Campus»), stopping at an organisation («… of FUM»), a comma, an honorific or a person's name.
import type { Mention } from '../../recognize/types.js';
import type { EnContext } from '../context.js';
import { isCapitalized } from '../keys.js';

const COMPLEMENT = new Set(['of', 'for']);
const CONNECTORS = new Set(['and', 'of', 'for', 'to', 'the', 'in', 'on']);
const MAX_COMPLEMENT = 12;

/**
 * `stops` marks tokens where an office phrase may not run on: organisations, person names
 * compromise found, honorifics.
 */
export function recognizeTitles(c: EnContext, stops: Uint8Array): Mention[] {
  const { keys, doc } = c;
  const out: Mention[] = [];
  for (let t = 0; t < keys.length; ) {
    const m = c.en.titles.longestAt(keys, t);
    if (!m || stops[t]) {
      t++;
      continue;
    }
    const entry = m.values.find((v) => !v.plural) ?? m.values[0]!;
    let end = m.end;
    if (COMPLEMENT.has(keys[end] ?? '')) {
      let e = end + 1;
      let last = end;
      while (e < keys.length && e - end <= MAX_COMPLEMENT && !stops[e]) {
        const tok = doc.tokens[e]!;
        if (tok.sentence !== doc.tokens[t]!.sentence) break;
        if (tok.kind !== 'punct' && isCapitalized(tok.text)) last = e + 1;
        else if (!(CONNECTORS.has(keys[e]!) || tok.text === '&')) break;
        e++;
      }
      end = last;
    }
    const text = doc.original.slice(doc.tokens[t]!.start, doc.tokens[end - 1]!.end).replace(/\s+/g, ' ');
    out.push({
      type: 'title',
      rule: entry.plural ? 'en.title.plural' : end > m.end ? 'en.title.complement' : 'en.title.gazetteer',
      tFirst: t,
      tEnd: end,
      start: doc.tokens[t]!.start,
      end: doc.tokens[end - 1]!.end,
      name: entry.plural ? entry.en : text,
      plural: entry.plural,
      titleKind: entry.kind,
      titleId: entry.id,
    });
    t = end;
  }
  return out;
}
