// A group of phrase matchers walked in one pass gives each matcher exactly its own findAll: on
// generated keys and token runs (several matchers sharing first letters, keys spanning tokens,
// empty tokens), and on the real releases with the lexicon describeSentences reads them with.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceMatcherList } from '../../src/extract/sentences.js';
import { createPipeline } from '../../src/pipeline.js';
import { createContext } from '../../src/recognize/context.js';
import { MatcherGroup, PhraseMatcher } from '../../src/recognize/matcher.js';
import { analyze } from '../../src/text/index.js';
import { runs } from '../fc.js';

// A small alphabet so that keys share first units and run across tokens.
const unit = fc.constantFrom('ا', 'ب', 'پ', 'ت', 'a', 'b', '\u06cc');
const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const token = fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constant('') });

describe('MatcherGroup', () => {
  it('finds what each matcher finds alone, on generated keys and tokens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(token, { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (entries, keys, a, b) => {
          const matchers = entries.map((es, i) => {
            const m = new PhraseMatcher<string>();
            for (const parts of es) m.add(parts.join(''), `${i}:${parts.join('+')}`);
            return m;
          });
          const from = keys.length ? a % (keys.length + 1) : 0;
          const to = from + (keys.length - from ? b % (keys.length - from + 1) : 0);
          const group = new MatcherGroup(matchers);
          expect(group.findAll(keys, from, to)).toEqual(matchers.map((m) => m.findAll(keys, from, to)));
          expect(group.findAll(keys)).toEqual(matchers.map((m) => m.findAll(keys)));
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('follows an entry added after the first lookup', () => {
    const m = new PhraseMatcher<string>();
    m.add('ab', 'ab');
    const group = new MatcherGroup([m] as const);
    expect(group.findAll(['x', 'a', 'b'])).toEqual([m.findAll(['x', 'a', 'b'])]);
    m.add('x', 'x');
    expect(group.findAll(['x', 'a', 'b'])[0]).toHaveLength(2);
    expect(group.findAll(['x', 'a', 'b'])).toEqual([m.findAll(['x', 'a', 'b'])]);
  });

  it('finds what the sentence lexicon finds, sentence by sentence, in the real releases', () => {
    const { lexicon: lex } = createPipeline();
    const matchers = sentenceMatcherList(lex);
    const group = new MatcherGroup(matchers);
    const dir = '../shared/data/releases/docs';
    let found = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const ctx = createContext(analyze(readFileSync(`${dir}/${f}`, 'utf8')), lex);
      for (const s of ctx.doc.sentences) {
        const each = group.findAll(ctx.keys, s.firstToken, s.endToken);
        expect(each).toEqual(matchers.map((m) => m.findAll(ctx.keys, s.firstToken, s.endToken)));
        found += each.reduce((n, ms) => n + ms.length, 0);
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
