// Patterns the analysis finds polynomial (quadratic or worse) that are accepted for now, each with
// why. An entry names the file and the start of the pattern, not a hash, so it survives rules data
// growing an alternation in the middle. Remove an entry when its pattern is fixed.
import type { Collected } from './regexes.js';

interface Accepted {
  file: string;
  startsWith: string;
  why: string;
}

// Found by the first analysis (4 Dec 2026). `npm run bench:linearity -- --only polynomial` times
// each on its attack string; the date grammar's owner has them as open work (see the README).
const FOUND = 'recheck finds it polynomial; accepted until the dates grammar is reworked';
export const ACCEPTED: Accepted[] = [
  // ~0.6 s per 10k characters on «سة» + tabs + «s»: truly quadratic in V8, the worst of the five.
  {
    file: 'src/recognize/dates/grammar.ts',
    startsWith: '(?<!نماز[ \\t\\u00a0\\u200c]{1,3})(?<wd>',
    why: FOUND,
  },
  { file: 'src/recognize/dates/grammar.ts', startsWith: '(?<month>(?:ارد', why: FOUND },
  { file: 'src/recognize/dates/grammar.ts', startsWith: 'سال[ \\t\\u00a0\\u200c]+(?:(?<year>', why: FOUND },
  { file: 'src/recognize/dates/timex.ts', startsWith: '(?<=(?:Wednesday|', why: FOUND },
  {
    file: 'src/recognize/dates/timex.ts',
    startsWith: '(?<![\\p{L}\\p{N}\\p{M}])(?:(?:(?:[0-9۰-۹٠-٩]+(?:[.٫/][0-9۰-۹٠-٩]+)?|',
    why: FOUND,
  },
  // Attack «A@A» repeated: V8 measures it linear (the lookbehind stops every start inside a run).
  {
    file: 'src/recognize/contacts.ts',
    startsWith: '(?<![\\p{L}\\p{N}._%+-])[A-Za-z0-9',
    why: 'recheck: quadratic; bench:linearity: ratio ≈1 in V8 (lookbehind rejects starts inside a run)',
  },
  // Truly quadratic: 35 µs per character on a 10,000-character run without spaces or «@» (0.35 s),
  // a hundred times that at 100k. Open work for the report's owner: start only at a token start.
  {
    file: 'src/write/report/model.ts',
    startsWith: '\\S+@\\S+|https?:',
    why: 'recheck: quadratic, confirmed by bench:linearity; the report only, not the records',
  },
  // Found when the verdicts were recorded again on 5 Dec 2026 (10 s per pattern): the live test's
  // 2 s limit had called them unknown, so they passed unseen. Not yet timed in V8; open work for the
  // owners of the date grammar, the published-date line, English dates and eval.
  ...[
    ['src/recognize/dates/published.ts', '(?:(?<!در[\\s\\u200c]{1,3})تاریخ'],
    ['src/recognize/dates/grammar.ts', '(?<month>(?:September|'],
    ['src/recognize/dates/grammar.ts', '(?:ماه[ \\t\\u00a0\\u200c]+)?(?<month>(?:'],
    ['src/recognize/dates/grammar.ts', '(?<d1>(?:[0-9۰-۹٠-٩]{1,2}'],
    ['src/recognize/dates/timex.ts', '(?<![\\p{L}\\p{N}\\p{M}])(?:(?:(?:در|از|تا|با)'],
    ['src/english/recognize/dates.ts', '\\b(?:(?<wd>wednesday|'],
    ['src/eval/reduced.ts', '\\/+$'],
  ].map(([file, startsWith]) => ({
    file: file!,
    startsWith: startsWith!,
    why: 'recheck (recorded 5 Dec 2026): polynomial; not yet measured by bench:linearity',
  })),
];

export function acceptedPolynomial(rx: Collected): Accepted | undefined {
  return ACCEPTED.find(
    (a) => rx.source.startsWith(a.startsWith) && rx.sites.some((s) => s.startsWith(a.file)),
  );
}
