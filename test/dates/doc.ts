// The document the date/contact tests read: the real text layer's analyze() when it exists,
// else an identity TextDoc (normalised text = original) so the recognisers can be tested alone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDoc } from '../../src/text/types.js';

type Analyze = (original: string) => TextDoc;

const textIndex = fileURLToPath(new URL('../../src/text/index.ts', import.meta.url));
let analyzeImpl: Analyze | null = null;
if (existsSync(textIndex)) {
  const mod = (await import('../../src/text/index.js')) as { analyze?: Analyze };
  analyzeImpl = mod.analyze ?? null;
}

export const usingRealTextLayer = analyzeImpl !== null;

function identityDoc(original: string): TextDoc {
  const map = new Int32Array(original.length + 1).map((_, i) => i);
  const sentences: TextDoc['sentences'] = [];
  for (const m of original.matchAll(/[^.!؟?\n]+[.!؟?]?/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    sentences.push({ start, end, text: m[0], nStart: start, nEnd: end, firstToken: 0, endToken: 0 });
  }
  return { original, norm: { original, text: original, map }, sentences, tokens: [] };
}

export function makeDoc(original: string): TextDoc {
  return analyzeImpl ? analyzeImpl(original) : identityDoc(original);
}
