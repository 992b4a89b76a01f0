// The per-document function: text layer → recognisers → extractors → record. Pure: the same
// input and rules give the same record; no I/O here (src/io and src/cli do that).
import type { DocumentRecord } from './records/schema.js';
import { loadRules, type RuleSet } from './rules/load.js';

export interface InputDocument {
  /** Path relative to the input root ("2019/iust.txt", "feed.jsonl#12"). */
  source: string;
  docId: string;
  /** sha256 hex of the raw input bytes. */
  sha256: string;
  /** The decoded (for HTML: extracted article) text; every offset in the record is into it. */
  text: string;
  /** Page title (HTML <title>/<h1>, JSONL `title`), kept out of `text`. */
  title?: string | null;
  url?: string | null;
  /** A publication date given outside the text (JSONL `date`, HTML meta), e.g. "1397/11/03" or ISO. */
  date?: string | null;
}

export interface Pipeline {
  rules: RuleSet;
}

export function createPipeline(rules: RuleSet = loadRules()): Pipeline {
  return { rules };
}

export declare function processDocument(input: InputDocument, pipeline: Pipeline): DocumentRecord;
