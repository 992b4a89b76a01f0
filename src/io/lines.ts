// A .jsonl file → its lines as bytes, streamed, so a feed of any size is never held whole. A line
// longer than `maxLineBytes` is not buffered: only its number and size come out.
import { createReadStream } from 'node:fs';

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without the line break (and without a UTF-8 BOM on line 1); null when too long. */
  bytes: Uint8Array | null;
  size: number;
}

export async function* readLines(path: string, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  const finish = (): RawLine => {
    line++;
    let bytes: Uint8Array | null = null;
    if (!overflow) {
      // A fresh copy: a slice of the stream's chunk would drag the whole chunk along in postMessage.
      const joined = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        joined.set(p, at);
        at += p.length;
      }
      let end = joined.length;
      if (end > 0 && joined[end - 1] === 0x0d) end--;
      let start = 0;
      if (line === 1 && joined[0] === 0xef && joined[1] === 0xbb && joined[2] === 0xbf) start = 3;
      bytes = start === 0 && end === joined.length ? joined : joined.slice(start, end);
    }
    const out = { line, bytes, size };
    parts = [];
    size = 0;
    overflow = false;
    return out;
  };
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      size += piece.length;
      if (size > maxLineBytes) {
        overflow = true;
        parts = [];
      } else if (piece.length) {
        parts.push(piece);
      }
      if (nl === -1) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length) yield finish();
}
