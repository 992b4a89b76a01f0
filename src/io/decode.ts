// Bytes → text. Detection order: a byte-order mark decides; otherwise NUL bytes mean binary, valid
// UTF-8 is UTF-8, and anything else is tried as Windows-1256 (old Persian sites) and kept only if it
// reads as Arabic-script text. Offsets downstream are into the decoded string (BOM removed).

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: 'empty' | 'binary'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1256 = new TextDecoder('windows-1256');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Share of characters that may be control characters or U+FFFD before the text counts as garbage. */
const MAX_GARBAGE_RATIO = 0.05;
/** How much of a long text the garbage check samples (from the start); enough to judge, cheap on 20 MB. */
const SAMPLE_CHARS = 1 << 16;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'the file is empty' };
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    // A BOM promises UTF-8; invalid sequences after it are replaced rather than guessed at.
    text = new TextDecoder('utf-8').decode(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = utf16le.decode(bytes);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = utf16be.decode(bytes);
  } else {
    if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'NUL bytes: not a text file' };
    const asUtf8 = tryUtf8(bytes);
    if (asUtf8 !== null) {
      text = asUtf8;
      encoding = 'utf-8';
    } else {
      text = cp1256.decode(bytes);
      encoding = 'windows-1256';
      if (!looksArabicScript(text)) {
        return { ok: false, code: 'binary', message: 'neither UTF-8 nor Windows-1256 Persian text' };
      }
    }
  }
  if (text.trim().length === 0)
    return { ok: false, code: 'empty', message: 'the file holds only white space' };
  if (isGarbage(text)) {
    return {
      ok: false,
      code: 'binary',
      message: `decodes (${encoding}) to mostly control or replacement characters`,
    };
  }
  return { ok: true, text, encoding };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Of the non-ASCII letters, most must be Arabic-script: random bytes decoded as cp1256 are not. */
function looksArabicScript(text: string): boolean {
  let arabic = 0;
  let other = 0;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x0600 && c <= 0x06ff) || c === 0x200c || c === 0x200d || c === 0xab || c === 0xbb) arabic++;
    else other++;
  }
  return arabic > 0 && arabic >= 4 * other;
}

function isGarbage(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd)
      bad++;
  }
  return bad > n * MAX_GARBAGE_RATIO;
}
