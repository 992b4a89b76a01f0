// compromise is loaded on the first English document, never for Persian ones: a Persian run pays
// nothing for the English path.
import { describe, expect, it } from 'vitest';
import { compromiseLoaded } from '../../src/english/nlp.js';
import { createPipeline, processDocument } from '../../src/pipeline.js';

const pipeline = createPipeline();
const doc = (text: string) => ({ source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text });

describe('loading compromise', () => {
  it('a Persian document does not load it; the first English one does', () => {
    const fa = processDocument(
      doc('نشست مشترک دانشگاه صنعتی شریف و دانشگاه تهران روز گذشته برگزار شد.'),
      pipeline,
    );
    expect(fa.language).toBe('fa');
    expect(compromiseLoaded()).toBe(false);
    const en = processDocument(
      doc('A joint meeting of Sharif University of Technology and the University of Tehran was held.'),
      pipeline,
    );
    expect(en.language).toBe('en');
    expect(compromiseLoaded()).toBe(true);
  });
});
