// The one overlap policy (longest, then earliest, then priority) on hand-made annotations, and
// the phrase matcher every gazetteer compiles into (longest match over matching keys, split and
// joined spellings alike, never ending inside a token).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/recognize/matcher.js';
import { resolveOverlaps } from '../../src/recognize/overlap.js';
import type { Annotation } from '../../src/recognize/types.js';
import { runs } from '../fc.js';
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

  it('keeps what the policy read plainly keeps (sort the annotations, take each that is still free), ties included', () => {
    // The policy as first written: a stable sort of the annotations themselves, then a greedy pass.
    const plain = (as: readonly Annotation[]): Annotation[] => {
      const ranked = [...as].sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) || a.start - b.start || (b.priority ?? 0) - (a.priority ?? 0),
      );
      const taken = new Set<number>();
      const kept: Annotation[] = [];
      for (const a of ranked) {
        if (a.end <= a.start) continue;
        let free = true;
        for (let i = a.start; i < a.end; i++) if (taken.has(i)) free = false;
        if (!free) continue;
        for (let i = a.start; i < a.end; i++) taken.add(i);
        kept.push(a);
      }
      return kept.sort((a, b) => a.start - b.start || a.end - b.end);
    };
    // Few positions and priorities, so that equal lengths, starts and priorities are common.
    const one = fc
      .tuple(fc.nat(12), fc.nat(5), fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }))
      .map(([s, len, p]) => ann(s, s + len, 'r', p));
    fc.assert(
      fc.property(fc.array(one, { maxLength: 25 }), fc.constantFrom(0, 7, 3_000_000), (as, shift) => {
        // Shifted: a window far into a long text.
        const named = as.map((a, i) => ({ ...a, start: a.start + shift, end: a.end + shift, rule: `r${i}` }));
        expect(resolveOverlaps(named)).toEqual(plain(named));
      }),
      { numRuns: runs(600) },
    );
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
  it('finds the longest match a plain look-up of the joined keys finds (units inside and beyond the root table)', () => {
    // Persian and Latin letters (the root's table), a Syriac and a CJK one (the root's edges searched).
    const unit = fc.constantFrom('ا', 'ب', 'ی', 'a', 'b', '\u0710', '\u4e2d');
    const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    const token = fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constant('') });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(token, { maxLength: 12 }), (keys, tokens) => {
        const m = new PhraseMatcher<number>();
        keys.forEach((k, i) => {
          m.add(k, i);
        });
        for (let first = 0; first < tokens.length; first++) {
          let plain: { first: number; end: number; values: number[] } | null = null;
          for (let end = first + 1; end <= tokens.length && tokens[end - 1] !== ''; end++) {
            const joined = tokens.slice(first, end).join('');
            const values = keys.flatMap((k, i) => (k === joined ? [i] : []));
            if (values.length) plain = { first, end, values };
          }
          expect(m.longestAt(tokens, first)).toEqual(plain);
        }
      }),
      { numRuns: runs(400) },
    );
  });

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

  it('keeps every value of a key in the order added, and takes entries added after a lookup', () => {
    const m = new PhraseMatcher<number>();
    m.add('الف', 1);
    m.add('ب', 2);
    m.add('الف', 3);
    expect(m.longestAt(['الف'], 0)?.values).toEqual([1, 3]);
    m.add('الفب', 4);
    m.add('الف', 5);
    expect(m.longestAt(['الف'], 0)?.values).toEqual([1, 3, 5]);
    expect(m.longestAt(['الف', 'ب'], 0)).toEqual({ first: 0, end: 2, values: [4] });
    expect(m.longestAt(['ب'], 0)?.values).toEqual([2]);
    expect(m.size).toBe(5);
  });

  it('agrees with a plain set lookup on random gazetteers and token runs', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'د', 'ه', '\u0628', '\ud83d\ude00');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 8 }), (entries, keys) => {
        const m = new PhraseMatcher<string>();
        for (const e of entries) m.add(e, e);
        const set = new Set(entries);
        for (let first = 0; first < keys.length; first++) {
          let want: number | null = null;
          for (let end = first + 1; end <= keys.length; end++)
            if (set.has(keys.slice(first, end).join(''))) want = end;
          expect(m.longestAt(keys, first)?.end ?? null).toBe(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compiles a gazetteer of 60,000 entries and finds each of them', () => {
    const m = new PhraseMatcher<number>();
    const name = (i: number) => `دانشگاه${(i * 7919).toString(36)}${String.fromCharCode(0x0627 + (i % 30))}`;
    for (let i = 0; i < 60_000; i++) m.add(name(i), i);
    for (let i = 0; i < 60_000; i += 997) expect(m.longestAt([name(i)], 0)?.values).toContain(i);
    expect(m.longestAt(['دانشگاه'], 0)).toBeNull();
    expect(m.prefix('دانشگاه')).not.toBeNull();
  });
});
