// The real processor for workers: khabar's pipeline, rules loaded once per worker.
import { createPipeline, processDocument } from '../pipeline.js';
import type { Processor } from './protocol.js';

export function createProcessor(): Processor {
  const pipeline = createPipeline();
  return { rulesHash: pipeline.rules.hash, process: (input) => processDocument(input, pipeline) };
}
