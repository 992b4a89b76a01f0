import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '/work/main/src/text/index.js';
import { createPipeline } from '/work/main/src/pipeline.js';
import { createContext } from '/work/main/src/recognize/context.js';
import { describeSentences } from '/work/main/src/extract/sentences.js';
it('dbg2', () => {
  const text = readFileSync(process.env.DOC!, 'utf8');
  const doc = analyze(text);
  const ctx = createContext(doc, createPipeline().lexicon);
  const facts = describeSentences(ctx, new Uint8Array(doc.tokens.length));
  for (const f of facts) console.log(f.index, JSON.stringify({ ev: f.events.map(e=>e.kind), h: f.happened, pl: f.planned, an: f.anaphoric, dec: f.decisions.map(d=>d.kind), msg: f.messageOnly, pres: f.presence }), f.sentence.text.slice(0, 80));
});
