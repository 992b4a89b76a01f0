// The one overlap policy (longest, then earliest, then priority) on hand-made annotations, and
// the phrase matcher every gazetteer compiles into (longest match over matching keys, split and
// joined spellings alike, never ending inside a token).
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/recognize/matcher.js';
import { resolveOverlaps } from '../../src/recognize/overlap.js';
import type { Annotation } from '../../src/recognize/types.js';
import { contextOf, key } from './helpers.js';

const ann = (start: number, end: number, rule: string, priority?: number): Annotation => ({
  type: 'organization',
  start,
  end,
  rule,
  ...(priority === undefined ? {} : { priority }),
});
const rules = (as: Annotation[]) => resolveOverlaps(as).map((a) => a.rule);

describe('resolveOverlaps', () => {
  it('the longest span wins over anything it overlaps', () => {
    expect(rules([ann(0, 8, 'short'), ann(0, 20, 'long'), ann(15, 25, 'tail')])).toEqual(['long']);
  });

  it('between equally long spans the earliest wins', () => {
    expect(rules([ann(5, 15, 'later'), ann(0, 10, 'earlier')])).toEqual(['earlier']);
  });

  it('on the same span the higher priority wins, whatever the input order', () => {
    expect(rules([ann(0, 10, 'low', 1), ann(0, 10, 'high', 5)])).toEqual(['high']);
    expect(rules([ann(0, 10, 'high', 5), ann(0, 10, 'low', 1)])).toEqual(['high']);
    expect(rules([ann(0, 10, 'none'), ann(0, 10, 'some', 1)])).toEqual(['some']);
  });

  it('length beats priority', () => {
    expect(rules([ann(0, 10, 'priority', 100), ann(0, 11, 'longer')])).toEqual(['longer']);
  });

  it('spans that do not overlap all survive, in text order; touching spans do not overlap', () => {
    expect(rules([ann(10, 20, 'b'), ann(0, 10, 'a'), ann(30, 31, 'c')])).toEqual(['a', 'b', 'c']);
  });

  it('a shorter span survives a longer one it does not touch, and empty spans are dropped', () => {
    expect(
      rules([ann(0, 30, 'long'), ann(29, 40, 'overlapping'), ann(30, 35, 'after'), ann(50, 50, 'empty')]),
    ).toEqual(['long', 'after']);
    expect(rules([ann(7, 7, 'empty')])).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = [ann(5, 15, 'x'), ann(0, 10, 'y')];
    const copy = structuredClone(input);
    resolveOverlaps(input);
    expect(input).toEqual(copy);
  });
});

function matcherOf(...phrases: string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const p of phrases) m.add(key(p), p);
  return m;
}

/** The phrases found in `text`, as their surface text. */
function found(m: PhraseMatcher<string>, text: string): string[] {
  const ctx = contextOf(text);
  return m.findAll(ctx.keys).map((x) => {
    const first = ctx.doc.tokens[x.first]!;
    const last = ctx.doc.tokens[x.end - 1]!;
    return `${text.slice(first.start, last.end)}=${x.values[0]}`;
  });
}

describe('PhraseMatcher', () => {
  const unis = matcherOf('دانشگاه اصفهان', 'دانشگاه صنعتی اصفهان', 'دانشگاه علوم پزشکی اصفهان', 'صنعتی');

  it('takes the longest entry at a position', () => {
    expect(found(unis, 'دانشگاه علوم پزشکی اصفهان')).toEqual([
      'دانشگاه علوم پزشکی اصفهان=دانشگاه علوم پزشکی اصفهان',
    ]);
    expect(found(unis, 'دانشگاه صنعتی اصفهان')).toEqual(['دانشگاه صنعتی اصفهان=دانشگاه صنعتی اصفهان']);
    expect(found(unis, 'دانشگاه اصفهان و دانشگاه صنعتی اصفهان')).toEqual([
      'دانشگاه اصفهان=دانشگاه اصفهان',
      'دانشگاه صنعتی اصفهان=دانشگاه صنعتی اصفهان',
    ]);
  });

  it('falls back to a shorter entry inside a longer prefix that does not complete', () => {
    // «دانشگاه صنعتی» is not an entry: nothing at «دانشگاه», then «صنعتی» alone.
    expect(found(unis, 'دانشگاه صنعتی کرمان')).toEqual(['صنعتی=صنعتی']);
  });

  it('matches split, joined, ZWNJ and Arabic-letter spellings of one entry', () => {
    const m = matcherOf('امیرکبیر', 'تفاهم‌نامه', 'دانشگاه صنعتی شریف');
    expect(found(m, 'امیر کبیر')).toEqual(['امیر کبیر=امیرکبیر']);
    expect(found(m, 'امیرکبیر')).toEqual(['امیرکبیر=امیرکبیر']);
    expect(found(m, 'تفاهم نامه')).toEqual(['تفاهم نامه=تفاهم‌نامه']);
    expect(found(m, 'تفاهمنامه')).toEqual(['تفاهمنامه=تفاهم‌نامه']);
    expect(found(m, 'دانشگاه‌صنعتی شريف')).toEqual(['دانشگاه‌صنعتی شريف=دانشگاه صنعتی شریف']);
    expect(found(matcherOf('امیر کبیر'), 'امیرکبیر')).toEqual(['امیرکبیر=امیر کبیر']);
  });

  it('never ends inside a token', () => {
    const m = matcherOf('شریف', 'دانشگاه تهر');
    expect(found(m, 'آقای شریفی')).toEqual([]);
    expect(found(m, 'دانشگاه تهران')).toEqual([]);
  });

  it('never runs across punctuation', () => {
    expect(found(unis, 'دانشگاه. اصفهان')).toEqual([]);
  });

  it('continues from a prefix node for elliptic forms («دانشگاه‌های تهران …»)', () => {
    const m = matcherOf('دانشگاه تهران');
    const ctx = contextOf('تهران');
    const hit = m.longestAt(ctx.keys, 0, ctx.keys.length, m.prefix(key('دانشگاه')) ?? undefined);
    expect(hit?.values).toEqual(['دانشگاه تهران']);
    expect(m.longestAt(ctx.keys, 0)).toBeNull();
  });

  it('respects the limit token', () => {
    const ctx = contextOf('دانشگاه صنعتی اصفهان');
    expect(unis.longestAt(ctx.keys, 0, 2)).toBeNull();
    expect(unis.longestAt(ctx.keys, 0, 3)?.end).toBe(3);
  });
});
