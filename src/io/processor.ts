// The real processor for workers: khabar's pipeline, rules loaded once per worker.
import { createPipeline, processDocument } from '../pipeline.js';
import { EncodedLists, RecordWithEncodedLists } from '../write/serialize.js';
import type { Processor } from './protocol.js';

export function createProcessor(): Processor {
  const pipeline = createPipeline();
  return {
    rulesHash: pipeline.rules.hash,
    process: (input) => {
      // A long document's entities and meetings are encoded as its windows are processed, not held
      // as objects.
      const lists = new EncodedLists(input.docId, input.source);
      const record = processDocument(input, pipeline, { lists });
      return lists.used ? new RecordWithEncodedLists(record, lists) : record;
    },
  };
}
