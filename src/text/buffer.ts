// A growable run of UTF-16 code units, each with the original span [s, e) it came from.

export class MappedBuffer {
  c: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  n = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.c = new Uint16Array(cap);
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
  }

  push(code: number, s: number, e: number): void {
    if (this.n === this.c.length) this.grow();
    const n = this.n;
    this.c[n] = code;
    this.s[n] = s;
    this.e[n] = e;
    this.n = n + 1;
  }

  /** Make room for `extra` more units. */
  reserve(extra: number): void {
    if (this.n + extra > this.c.length) this.grow(this.n + extra);
  }

  private grow(min = 0): void {
    const cap = Math.max(min, this.c.length * 2);
    const c = new Uint16Array(cap);
    c.set(this.c);
    this.c = c;
    const s = new Int32Array(cap);
    s.set(this.s);
    this.s = s;
    const e = new Int32Array(cap);
    e.set(this.e);
    this.e = e;
  }

  toString(): string {
    return codesToString(this.c, 0, this.n);
  }
}

// ignoreBOM: a leading U+FEFF is text here, not a byte-order mark to strip.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * String from code units. Large runs without surrogates go through TextDecoder (one native copy);
 * otherwise fromCharCode in chunks (apply has an argument limit), which keeps lone surrogates as
 * they are where TextDecoder would replace them.
 */
export function codesToString(c: Uint16Array, from: number, to: number): string {
  if (to - from <= 8192) return String.fromCharCode.apply(null, c.subarray(from, to) as unknown as number[]);
  let surrogates = false;
  for (let i = from; i < to; i++) {
    const x = c[i]!;
    if (x >= 0xd800 && x <= 0xdfff) {
      surrogates = true;
      break;
    }
  }
  if (!surrogates) return utf16.decode(c.subarray(from, to));
  const parts: string[] = [];
  for (let i = from; i < to; i += 8192) {
    parts.push(String.fromCharCode.apply(null, c.subarray(i, Math.min(to, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** Code units of a string. */
export function stringToCodes(text: string): Uint16Array {
  const c = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) c[i] = text.charCodeAt(i);
  return c;
}
