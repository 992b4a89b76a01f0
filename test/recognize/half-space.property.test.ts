// Half-spaces (U+200C) are dropped by some sites and written as spaces by others. Property: over
// the team corpus, removing every ZWNJ, replacing each by a space, or any mix of the three forms
// per occurrence, changes no entity's type, canonical id, span (mapped back to the original) or
// person name (by the matching key).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { key } from '../../src/text/key.js';
import { pipeline } from './helpers.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const ZWNJ = '\u200c';
const docs = readdirSync(CORPUS)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(CORPUS, f), 'utf8') }))
  .filter((d) => d.text.includes(ZWNJ));

type Form = 'keep' | 'drop' | 'space';

/** The text with each ZWNJ written in its chosen form, and a map from original to new offsets. */
function rewrite(text: string, form: (i: number) => Form): { text: string; at: Int32Array } {
  const at = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length;
    const ch = text[i]!;
    if (ch !== ZWNJ) out += ch;
    else {
      const f = form(n++);
      if (f === 'keep') out += ch;
      else if (f === 'space') out += ' ';
    }
  }
  at[text.length] = out.length;
  return { text: out, at };
}

function entities(text: string, at?: Int32Array): string[] {
  const r = processDocument({ source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text }, pipeline);
  return r.entities
    .map((e) => {
      const start = at ? at[e.start]! : e.start;
      const end = at ? at[e.end]! : e.end;
      const name = e.type === 'person' ? key(e.name ?? e.text) : '';
      return `${e.type} ${e.canonicalId ?? '-'} ${start}-${end} ${name}`;
    })
    .sort();
}

describe('half-spaces: glued, spaced and half-spaced text give the same entities', () => {
  it('the team corpus has documents with half-spaces to test on', () => {
    expect(docs.length).toBeGreaterThan(20);
  });

  for (const form of ['drop', 'space'] as const)
    it(`every ZWNJ ${form === 'drop' ? 'removed' : 'replaced by a space'}`, () => {
      for (const d of docs) {
        const { text, at } = rewrite(d.text, () => form);
        expect(entities(text), d.file).toEqual(entities(d.text, at));
      }
    });

  it('any mix of the three forms, occurrence by occurrence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.array(fc.constantFrom<Form>('keep', 'drop', 'space'), { minLength: 1, maxLength: 64 }),
        (d, forms) => {
          const { text, at } = rewrite(d.text, (i) => forms[i % forms.length]!);
          expect(entities(text), d.file).toEqual(entities(d.text, at));
        },
      ),
      { numRuns: 30 },
    );
  });
});
