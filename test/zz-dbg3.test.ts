import { it } from 'vitest';
import { analyze } from '/work/main/src/text/index.js';
import { createPipeline } from '/work/main/src/pipeline.js';
import { createContext } from '/work/main/src/recognize/context.js';
import { recognizeUnitsAndPlaces } from '/work/main/src/recognize/offices.js';
it('dbg3', () => {
  const doc = analyze(process.env.T!);
  const ctx = createContext(doc, createPipeline().lexicon);
  console.log(doc.tokens.map((t) => `${t.text}/${t.kind}/${ctx.keys[doc.tokens.indexOf(t)]}`).join(' '));
  console.log(recognizeUnitsAndPlaces(ctx).map((m) => `${m.type}:${m.name}`));
});
