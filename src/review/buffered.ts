// An append-only text file written in 64 KB chunks, so reviewing a large archive keeps memory flat.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export class BufferedText {
  private fd: number | null;
  private buf: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(s: string): void {
    if (!s) return;
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.fd !== null && this.buf.length) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }

  close(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
  }

  /** Closes (best effort) and deletes the file. */
  abort(): void {
    try {
      if (this.fd !== null) closeSync(this.fd);
    } catch {
      // on the way out
    }
    this.fd = null;
    rmSync(this.path, { force: true });
  }
}
