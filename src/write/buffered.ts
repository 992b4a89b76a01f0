// A file appended to in buffered writes: text is flushed to disk once FLUSH_AT characters are
// pending, bytes (a worker's UTF-8 output) once FLUSH_AT bytes are.
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
  private bytes: Buffer | null = null;
  private used = 0;
  constructor(readonly tmpPath: string) {
    this.fd = openSync(tmpPath, 'w');
  }
  write(s: string): void {
    if (!s) return;
    this.flushBytes();
    if (s.length > FLUSH_AT) {
      // A long string (tens of MB) is written in pieces, so that neither a joined copy nor its whole
      // UTF-8 encoding is ever made.
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
  /** Appends bytes as they are (views over a worker's chunks: copied, never kept). */
  writeBytes(views: readonly Uint8Array[]): void {
    this.flushText();
    for (const v of views) {
      if (v.length === 0) continue;
      if (this.used + v.length > FLUSH_AT) this.flushBytes();
      if (v.length >= FLUSH_AT) {
        writeSync(this.fd, v);
        continue;
      }
      this.bytes ??= Buffer.allocUnsafe(FLUSH_AT);
      this.bytes.set(v, this.used);
      this.used += v.length;
    }
  }
  flush(): void {
    this.flushText();
    this.flushBytes();
  }
  /** Flushes and closes; again, does nothing (the number may belong to another file by then). */
  close(): void {
    if (this.fd < 0) return;
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
  }
  private flushText(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  private flushBytes(): void {
    if (this.used && this.bytes) writeSync(this.fd, this.bytes, 0, this.used);
    this.used = 0;
  }
}
