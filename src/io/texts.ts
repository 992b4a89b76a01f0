// Source → the decoded text a run read for it, for writers that show the text next to the records
// (report.html). Files are re-read and decoded exactly as the worker did; a .jsonl feed is indexed
// once (byte range of each line by its source) so a feed of any size is never held whole.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { prepareFile, prepareJsonlLine } from './document.js';
import { readLines } from './lines.js';
import type { InputFile } from './list.js';

export type TextLoader = (source: string) => Promise<string | null>;

interface LineRef {
  offset: number;
  length: number;
  line: number;
}

export function createTextLoader(files: readonly InputFile[], maxBytes: number): TextLoader {
  const bySource = new Map(files.map((f) => [f.source, f]));
  const feeds = new Map<string, Promise<Map<string, LineRef>>>();

  const indexFeed = async (file: InputFile): Promise<Map<string, LineRef>> => {
    const index = new Map<string, LineRef>();
    let offset = 0;
    for await (const raw of readLines(file.abs, maxBytes)) {
      // readLines drops the CR and a first-line BOM; recover the exact byte range of the content.
      const start = offset + (raw.line === 1 && raw.bytes && raw.size - raw.bytes.length >= 3 ? 3 : 0);
      if (raw.bytes) {
        const p = prepareJsonlLine(raw.bytes, {
          fileSource: file.source,
          fileDocId: file.docId,
          line: raw.line,
        });
        if (p.ok) index.set(p.doc.source, { offset: start, length: raw.bytes.length, line: raw.line });
      }
      offset += raw.size + 1;
    }
    return index;
  };

  return async (source) => {
    try {
      const file = bySource.get(source);
      if (file && file.kind !== 'jsonl') {
        if (statSync(file.abs).size > maxBytes) return null;
        const p = prepareFile(readFileSync(file.abs), {
          source: file.source,
          docId: file.docId,
          kind: file.kind,
        });
        return p.ok ? p.doc.text : null;
      }
      const at = source.indexOf('.jsonl#');
      if (at < 0) return null;
      const feed = bySource.get(source.slice(0, at + '.jsonl'.length));
      if (!feed) return null;
      let index = feeds.get(feed.source);
      if (!index) {
        // Records come in source order, so only the current feed's index is needed at a time.
        feeds.clear();
        index = indexFeed(feed);
        feeds.set(feed.source, index);
      }
      const ref = (await index).get(source);
      if (!ref) return null;
      const bytes = Buffer.alloc(ref.length);
      const fd = openSync(feed.abs, 'r');
      try {
        readSync(fd, bytes, 0, ref.length, ref.offset);
      } finally {
        closeSync(fd);
      }
      const p = prepareJsonlLine(bytes, { fileSource: feed.source, fileDocId: feed.docId, line: ref.line });
      return p.ok ? p.doc.text : null;
    } catch {
      return null;
    }
  };
}
