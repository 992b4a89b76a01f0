// A file appended to in buffered writes, flushed to disk once FLUSH_AT characters are pending.
import { closeSync, openSync, writeSync } from 'node:fs';

// Small on purpose: strings held across young-generation collections are promoted, and at 1 MB per
// file the main thread's old generation grew by ~100 MB before its first full collection.
const FLUSH_AT = 1 << 16;

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
