// The real processor for workers: khabar's pipeline, rules loaded once per worker.
import { createPipeline, processDocument } from '../pipeline.js';
import { EncodedEntities, RecordWithEncodedEntities } from '../write/serialize.js';
import type { Processor } from './protocol.js';

export function createProcessor(): Processor {
  const pipeline = createPipeline();
  return {
    rulesHash: pipeline.rules.hash,
    process: (input) => {
      // A long document's entities are encoded as its windows are processed, not held as objects.
      const entities = new EncodedEntities(input.docId);
      const record = processDocument(input, pipeline, { entities });
      return entities.used ? new RecordWithEncodedEntities(record, entities) : record;
    },
  };
}
