// UTF-8 output built in pieces: what a worker hands the main thread for one document. The text is
// encoded as it is made, a bounded piece at a time, into chunks that each own their ArrayBuffer, so
// the chunks can be transferred to the main thread (no copy) and a long document's record is never one
// string of tens of MB nor one buffer of them. Several parts (the record line, then each table's CSV)
// share the chunks; `parts` says how many bytes each has.
//
// A long document's chunks are deflated as they are made (`deflate`): its 84 MB of JSON and CSV
// (10 MB document) are held as ~14 MB until the main thread writes them, a chunk inflated at a time.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Characters gathered before they are encoded into a chunk. */
const PIECE = 1 << 16;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export interface Utf8Parts {
  /** The bytes, in order; each chunk's buffer is its own (transferable). */
  chunks: Uint8Array[];
  /** Byte length of each part, in writing order; they add up to the chunks' total (inflated). */
  parts: number[];
  /** Present when some chunks are deflated (raw deflate): each chunk's inflated length, -1 if stored as is. */
  inflated?: number[];
}

/** Options of a Utf8Builder. */
export interface Utf8BuilderOptions {
  /** Deflate each chunk as it is made (level 1): for long documents, whose bytes wait in memory. */
  deflate?: boolean;
}

export class Utf8Builder {
  private readonly chunks: Uint8Array[] = [];
  /** Each chunk's inflated length, -1 for a chunk stored as is (kept only once one is deflated). */
  private inflated: number[] | null = null;
  private readonly parts: number[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  /** How many pending pieces there were when each part ended. */
  private ends: number[] = [];
  /** Bytes of the current part already in chunks. */
  private partBytes = 0;

  constructor(private readonly opts: Utf8BuilderOptions = {}) {}

  /** Appends text to the current part. */
  write(s: string): void {
    if (!s) return;
    const last = this.pending.length - 1;
    // A pair's two halves are never encoded apart (each alone would become U+FFFD): a piece that
    // ends in a high half takes the next piece of its part with it.
    if (
      last >= 0 &&
      this.openPiece(last) &&
      isHighSurrogate((this.pending[last] as string).charCodeAt((this.pending[last] as string).length - 1))
    )
      this.pending[last] += s;
    else this.pending.push(s);
    this.pendingChars += s.length;
    if (this.pendingChars >= PIECE) this.encode(false);
  }

  /** Ends the current part (possibly empty). */
  endPart(): void {
    this.ends.push(this.pending.length);
  }

  /** Appends bytes already encoded (another builder's whole output) to the current part. */
  writeBytes(bytes: Utf8Parts): void {
    this.encode(true);
    for (const [i, c] of bytes.chunks.entries()) {
      const size = bytes.inflated?.[i] ?? -1;
      this.push(c, size);
      this.partBytes += size < 0 ? c.length : size;
    }
  }

  /** Everything written; text written after the last endPart would belong to no part. */
  finish(): Utf8Parts {
    this.encode(true);
    if (this.partBytes > 0) throw new Error('Utf8Builder: text written after the last part ended');
    return this.inflated
      ? { chunks: this.chunks, parts: this.parts, inflated: this.inflated }
      : { chunks: this.chunks, parts: this.parts };
  }

  /** Whether pending piece `i` is in the part still being written (no part ended after it). */
  private openPiece(i: number): boolean {
    return this.ends.length === 0 || (this.ends[this.ends.length - 1] as number) <= i;
  }

  /** Adds a chunk, deflated (its inflated length `size`) or stored as is (-1). */
  private push(chunk: Uint8Array, size: number): void {
    if (size >= 0 && !this.inflated) this.inflated = this.chunks.map(() => -1);
    this.chunks.push(chunk);
    this.inflated?.push(size);
  }

  private encode(all: boolean): void {
    const pending = this.pending;
    let carry = '';
    // A high half at the end of the open part waits for its low half; at a part's end a lone half
    // is what was written, and is encoded as such.
    const last = pending.length - 1;
    if (!all && last >= 0 && this.openPiece(last)) {
      const t = pending[last] as string;
      if (isHighSurrogate(t.charCodeAt(t.length - 1))) {
        carry = t.slice(-1);
        pending[last] = t.slice(0, -1);
      }
    }
    // Each piece is encoded on its own (a pair split between two parts is two lone halves; within
    // a part, write() kept pairs in one piece), into the worker's scratch buffer, then copied once.
    const buf = scratch(3 * this.pendingChars);
    let at = 0;
    let from = 0;
    let piece = 0;
    for (const end of this.ends) {
      for (; piece < end; piece++) at += buf.write(pending[piece] as string, at);
      this.parts.push(this.partBytes + at - from);
      this.partBytes = 0;
      from = at;
    }
    for (; piece < pending.length; piece++) at += buf.write(pending[piece] as string, at);
    this.partBytes += at - from;
    if (at > 0) {
      const bytes = buf.subarray(0, at);
      if (this.opts.deflate) this.push(owned(deflateRawSync(bytes, { level: 1 })), at);
      else {
        const chunk = Buffer.allocUnsafeSlow(at);
        bytes.copy(chunk);
        this.push(new Uint8Array(chunk.buffer, chunk.byteOffset, at), -1);
      }
    }
    this.ends = [];
    this.pending = carry ? [carry] : [];
    this.pendingChars = carry.length;
  }
}

/** Scratch kept between documents up to this size; a larger need gets a buffer of its own. */
const SCRATCH_KEPT = 1 << 22;
let kept = Buffer.allocUnsafeSlow(1 << 16);

/**
 * A buffer of at least `size` bytes, valid until the next call: encode() writes a batch of text
 * into it and copies the bytes out before anything else runs.
 */
function scratch(size: number): Buffer {
  if (size <= kept.length) return kept;
  if (size > SCRATCH_KEPT) return Buffer.allocUnsafeSlow(size);
  let n = kept.length;
  while (n < size) n *= 2;
  kept = Buffer.allocUnsafeSlow(n);
  return kept;
}

/** `b` in a buffer of its own (zlib's output may be a view into a larger one): transferable. */
function owned(b: Buffer): Uint8Array {
  if (b.byteOffset === 0 && b.buffer.byteLength === b.length) return new Uint8Array(b.buffer, 0, b.length);
  const copy = new Uint8Array(b.length);
  copy.set(b);
  return copy;
}

/** The chunks' bytes as they were written, one chunk inflated at a time. */
export function* plainChunks(bytes: Utf8Parts): Generator<Uint8Array> {
  for (const [i, c] of bytes.chunks.entries()) {
    const size = bytes.inflated?.[i] ?? -1;
    yield size < 0 ? c : inflateRawSync(c);
  }
}

/**
 * Each piece of each part, in order: [part index, bytes] — views over the chunks, a deflated chunk
 * inflated only when its pieces are asked for (a long document is never inflated whole).
 */
export function* partPieces(bytes: Utf8Parts): Generator<[number, Uint8Array]> {
  let part = 0;
  let left = bytes.parts[0] ?? 0;
  for (const chunk of plainChunks(bytes)) {
    let at = 0;
    while (at < chunk.length) {
      while (left === 0 && part < bytes.parts.length - 1) left = bytes.parts[++part] as number;
      const n = Math.min(left, chunk.length - at);
      if (n === 0) throw new Error('Utf8Parts: chunks longer than their parts');
      yield [part, chunk.subarray(at, at + n)];
      left -= n;
      at += n;
    }
  }
}

/** Each part's bytes as views over the chunks (inflated ones copied). */
export function partViews(bytes: Utf8Parts): Uint8Array[][] {
  const out: Uint8Array[][] = bytes.parts.map(() => []);
  for (const [part, view] of partPieces(bytes)) out[part]?.push(view);
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
