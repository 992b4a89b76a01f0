// Reading an output .jsonl back (records.jsonl, errors.jsonl): line by line, streamed, a leading BOM
// and blank lines skipped, each text with its 1-based line number for error messages.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* jsonlTexts(path: string): AsyncGenerator<{ line: number; text: string }> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim()) yield { line, text };
  }
}
