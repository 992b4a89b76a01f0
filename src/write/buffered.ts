// A file appended to in buffered writes, flushed to disk once FLUSH_AT characters are pending.
import { closeSync, openSync, writeSync } from 'node:fs';

// Small on purpose: strings held across young-generation collections are promoted, and at 1 MB per
// file the main thread's old generation grew by ~100 MB before its first full collection.
const FLUSH_AT = 1 << 16;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Appends to a new file (truncated on open); `close` flushes. */
export class BufferedFile {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  constructor(readonly tmpPath: string) {
    this.fd = openSync(tmpPath, 'w');
  }
  write(s: string): void {
    if (!s) return;
    if (s.length > FLUSH_AT) {
      // A long document's record or CSV (tens of MB): written in pieces, so that neither a joined
      // copy nor its whole UTF-8 encoding is ever made.
      this.flush();
      for (let at = 0; at < s.length; ) {
        let end = Math.min(s.length, at + FLUSH_AT);
        // Never between the two halves of a surrogate pair: each half alone would become U+FFFD.
        if (end < s.length && isHighSurrogate(s.charCodeAt(end - 1))) end--;
        writeSync(this.fd, s.slice(at, end));
        at = end;
      }
      return;
    }
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }
  flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
