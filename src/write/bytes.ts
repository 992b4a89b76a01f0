// UTF-8 output built in pieces: what a worker hands the main thread for one document. The text is
// encoded as it is made, a bounded piece at a time, into chunks that each own their ArrayBuffer, so
// the chunks can be transferred to the main thread (no copy) and a long document's record is never one
// string of tens of MB nor one buffer of them. Several parts (the record line, then each table's CSV)
// share the chunks; `parts` says how many bytes each has.

/** Characters gathered before they are encoded into a chunk. */
const PIECE = 1 << 16;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export interface Utf8Parts {
  /** The bytes, in order; each chunk's buffer is its own (transferable). */
  chunks: Uint8Array[];
  /** Byte length of each part, in writing order; they add up to the chunks' total. */
  parts: number[];
}

export class Utf8Builder {
  private readonly chunks: Uint8Array[] = [];
  private readonly parts: number[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  /** Char offsets in the pending text where a part ended. */
  private ends: number[] = [];
  /** Bytes of the current part already in chunks. */
  private partBytes = 0;

  /** Appends text to the current part. */
  write(s: string): void {
    if (!s) return;
    this.pending.push(s);
    this.pendingChars += s.length;
    if (this.pendingChars >= PIECE) this.encode(false);
  }

  /** Ends the current part (possibly empty). */
  endPart(): void {
    this.ends.push(this.pendingChars);
  }

  /** Appends bytes already encoded (another builder's whole output) to the current part. */
  writeBytes(bytes: Utf8Parts): void {
    this.encode(true);
    for (const c of bytes.chunks) {
      this.chunks.push(c);
      this.partBytes += c.length;
    }
  }

  /** Everything written; text written after the last endPart would belong to no part. */
  finish(): Utf8Parts {
    this.encode(true);
    if (this.partBytes > 0) throw new Error('Utf8Builder: text written after the last part ended');
    return { chunks: this.chunks, parts: this.parts };
  }

  private encode(all: boolean): void {
    let text = this.pending.length === 1 ? (this.pending[0] as string) : this.pending.join('');
    let carry = '';
    // A pair's two halves are never encoded apart (each alone would become U+FFFD); at a part's end
    // a lone half is what was written, and is encoded as such.
    const lastEnd = this.ends.length ? (this.ends[this.ends.length - 1] as number) : 0;
    if (!all && text.length > lastEnd && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    // Each part's text is encoded on its own: a pair split between two parts is two lone halves.
    const segments: string[] = [];
    let from = 0;
    for (const end of this.ends) {
      segments.push(text.slice(from, end));
      from = end;
    }
    segments.push(text.slice(from));
    const sizes = segments.map((t) => Buffer.byteLength(t));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > 0) {
      const chunk = Buffer.allocUnsafeSlow(total);
      let at = 0;
      for (const t of segments) at += chunk.write(t, at);
      this.chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    }
    for (let i = 0; i < this.ends.length; i++) {
      this.parts.push(this.partBytes + (sizes[i] as number));
      this.partBytes = 0;
    }
    this.partBytes += sizes[sizes.length - 1] as number;
    this.ends = [];
    this.pending = carry ? [carry] : [];
    this.pendingChars = carry.length;
  }
}

/** Each part's bytes as views over the chunks (no copy). */
export function partViews(bytes: Utf8Parts): Uint8Array[][] {
  const out: Uint8Array[][] = [];
  let c = 0;
  let at = 0;
  for (const size of bytes.parts) {
    const views: Uint8Array[] = [];
    let left = size;
    while (left > 0) {
      const chunk = bytes.chunks[c] as Uint8Array;
      const n = Math.min(left, chunk.length - at);
      views.push(chunk.subarray(at, at + n));
      left -= n;
      at += n;
      if (at === chunk.length) {
        c++;
        at = 0;
      }
    }
    out.push(views);
  }
  return out;
}

/** One part decoded (tests, --explain, the queue). */
export function partText(bytes: Utf8Parts, part: number): string {
  const views = partViews(bytes)[part] ?? [];
  return Buffer.concat(views).toString('utf8');
}

/** The distinct buffers under the chunks: a postMessage transfer list. */
export function transferList(bytes: Utf8Parts): ArrayBuffer[] {
  return [...new Set(bytes.chunks.map((c) => c.buffer as ArrayBuffer))];
}
