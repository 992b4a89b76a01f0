// Reading a .jsonl of JSON objects back as values, memory flat in the length of a line. A line up
// to LONG_LINE bytes is decoded and given to JSON.parse, as readline + JSON.parse did. A longer one
// (the record of a 10 MB document is a 54 MB line, 95 MB as a JS string) is never one string: its
// bytes are split at the object's members and, for a member whose value is an array, at the
// array's elements, and each piece goes to JSON.parse on its own. The structural characters
// ({ } [ ] , : " \) are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so splitting
// bytes there never cuts a character. The value equals JSON.parse of the whole line.
import { closeSync, openSync, readSync } from 'node:fs';

/** Lines longer than this (bytes) are parsed in pieces. */
export const LONG_LINE = 1 << 20;
const READ = 1 << 20;

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === NL || b === CR;

function decode(pieces: readonly Uint8Array[]): string {
  const one = pieces.length === 1 ? (pieces[0] as Uint8Array) : null;
  const buf = one ? Buffer.from(one.buffer, one.byteOffset, one.length) : Buffer.concat(pieces);
  return buf.toString('utf8');
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  // JSON.parse makes "__proto__" an own property, as defineProperty does; assignment would not.
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/**
 * A member whose array is not kept: its elements go to `take`, a batch of up to `batch` at a time,
 * with the members read before it, as they are parsed (a long record's entities: the record is never
 * whole). The member's value in the object is then an empty array.
 */
export interface StreamedMember {
  key: string;
  batch: number;
  take(elements: unknown[], before: Readonly<Record<string, unknown>>): void;
}

/**
 * One long line's object, built from its bytes as they come. Depth 1 is inside the object, depth 2
 * inside a member's array. A piece's bytes are kept only until it is parsed.
 */
export class PieceParser {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private done = false;
  private readonly value: Record<string, unknown> = {};
  /** The current key, member value or array element, as byte pieces. */
  private piece: Uint8Array[] = [];
  /** The current piece has more than whitespace. */
  private content = false;
  /** Where the current member is: before its colon, in its value, or after its array (set). */
  private phase: 'key' | 'value' | 'set' = 'key';
  private key = '';
  private list: unknown[] | null = null;
  /** The current array is the streamed member's: its elements are handed on, not kept. */
  private streaming = false;

  constructor(
    private readonly where: string,
    private readonly streamed: StreamedMember | null = null,
  ) {}

  push(bytes: Uint8Array): void {
    let from = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (isSpace(b)) continue;
      if (this.done) this.fail();
      if (!this.started) {
        if (b !== OPEN_OBJ) this.fail();
        this.started = true;
        this.depth = 1;
        from = i + 1;
        continue;
      }
      if (this.depth === 1 && this.phase === 'key' && b === COLON && this.content) {
        this.piece.push(bytes.subarray(from, i));
        const key = this.parse(this.take());
        if (typeof key !== 'string') this.fail();
        this.key = key;
        this.phase = 'value';
        from = i + 1;
      } else if (this.depth === 1 && this.phase === 'value' && b === OPEN_ARR && !this.content) {
        this.list = [];
        this.streaming = this.streamed?.key === this.key;
        this.seen = 0;
        this.depth = 2;
        from = i + 1;
      } else if (this.depth === 2 && this.list && (b === COMMA || b === CLOSE_ARR)) {
        this.piece.push(bytes.subarray(from, i));
        const had = this.content;
        const text = this.take();
        if (had) {
          this.list.push(this.parse(text));
          this.seen++;
        } else if (b === COMMA || this.seen > 0) this.fail();
        from = i + 1;
        if (
          this.streaming &&
          this.list.length > 0 &&
          (b === CLOSE_ARR || this.list.length >= this.streamed!.batch)
        ) {
          this.streamed!.take(this.list, this.value);
          this.list = [];
        }
        if (b === CLOSE_ARR) {
          setOwn(this.value, this.key, this.list);
          this.list = null;
          this.depth = 1;
          this.phase = 'set';
        }
      } else if (this.depth === 1 && (b === COMMA || b === CLOSE_OBJ)) {
        this.piece.push(bytes.subarray(from, i));
        this.endMember(b === CLOSE_OBJ);
        from = i + 1;
        if (b === CLOSE_OBJ) this.done = true;
      } else {
        if (b === QUOTE) this.inString = true;
        else if (b === OPEN_OBJ || b === OPEN_ARR) this.depth++;
        else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
          this.depth--;
          if (this.depth < (this.list ? 2 : 1)) this.fail();
        }
        if (this.phase === 'set') this.fail();
        this.content = true;
      }
    }
    // A copy: the caller may reuse its buffer.
    if (this.started && !this.done && from < bytes.length)
      this.piece.push(new Uint8Array(bytes.subarray(from)));
  }

  /** The object, once its closing brace was read. */
  end(): Record<string, unknown> {
    if (!this.done || this.inString) this.fail();
    return this.value;
  }

  private endMember(last: boolean): void {
    const had = this.content;
    const text = this.take();
    if (this.phase === 'value') {
      if (!had) this.fail();
      setOwn(this.value, this.key, this.parse(text));
    } else if (this.phase === 'key') {
      // Nothing before the brace is an empty object; anything else is a key without a value.
      if (had || !last || this.members > 0) this.fail();
    }
    this.members++;
    this.phase = 'key';
  }

  private members = 0;
  /** Elements read of the current array (kept or handed on). */
  private seen = 0;

  private take(): string {
    const text = decode(this.piece);
    this.piece = [];
    this.content = false;
    return text;
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new SyntaxError(`${this.where}: ${(err as Error).message}`);
    }
  }

  private fail(): never {
    throw new SyntaxError(`${this.where}: not a JSON object`);
  }
}

/**
 * Every non-blank line of a .jsonl file as its JSON value, with its 1-based line number; a leading BOM
 * is skipped. A long line must hold an object (records, errors); a short one may hold any JSON. With
 * `streamed`, a long line's member of that key is handed on in batches (a short line is kept whole).
 */
export function* jsonlValues(
  path: string,
  streamed: StreamedMember | null = null,
): Generator<{ line: number; value: unknown }> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ);
    let line = 1;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let long: PieceParser | null = null;
    let first = true;
    const finish = (): { line: number; value: unknown } | null => {
      let out: { line: number; value: unknown } | null = null;
      if (long) out = { line, value: long.end() };
      else {
        let text = decode(pending);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text.trim()) out = { line, value: JSON.parse(text) };
      }
      pending = [];
      pendingBytes = 0;
      long = null;
      line++;
      return out;
    };
    for (;;) {
      const n = readSync(fd, buf, 0, READ, null);
      if (n === 0) break;
      let chunk: Uint8Array = buf.subarray(0, n);
      if (first) {
        first = false;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      let from = 0;
      for (let nl = chunk.indexOf(NL); ; nl = chunk.indexOf(NL, from)) {
        const end = nl < 0 ? chunk.length : nl;
        const part = chunk.subarray(from, end);
        if (long) long.push(part);
        else if (part.length) {
          // A copy: the read buffer is reused.
          pending.push(new Uint8Array(part));
          pendingBytes += part.length;
          if (pendingBytes > LONG_LINE) {
            long = new PieceParser(`${path}: line ${line}`, streamed);
            for (const p of pending) long.push(p);
            pending = [];
          }
        }
        if (nl < 0) break;
        const got = finish();
        if (got) yield got;
        from = nl + 1;
      }
    }
    if (long || pendingBytes) {
      const got = finish();
      if (got) yield got;
    }
  } finally {
    closeSync(fd);
  }
}
