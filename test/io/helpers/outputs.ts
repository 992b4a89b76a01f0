// The data files of an output folder (run.json and report.html left out: timings and the page vary).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivedFileNames } from '../../../src/write/derive.js';
import { OUTPUT_FILES } from '../../../src/write/output.js';

export const DATA_FILES: string[] = [...Object.values(OUTPUT_FILES), ...derivedFileNames()];

/** Every data file of `out`, by name (binary files as base64). */
export function readOutputs(out: string): Record<string, string> {
  return Object.fromEntries(
    DATA_FILES.map((f) => [f, readFileSync(join(out, f), /\.(csv|jsonl)$/.test(f) ? 'utf8' : 'base64')]),
  );
}
