// UTF-8 text that went through Latin-1 or Windows-1252 somewhere upstream: «دکتر» arrives as
// «Ø¯Ú©ØªØ±». Every Persian letter became two characters, a lead in U+00C0–U+00FF and a continuation
// in U+0080–U+00BF (or the Windows-1252 letters that stand for those bytes: € ‚ ƒ „ … Œ …). Mapping
// each character back to its byte and decoding as UTF-8 undoes it exactly — when every character
// maps to a byte and the bytes are valid UTF-8. When they are not (a byte was lost or replaced on the
// way), the text cannot be trusted as Persian and is reported instead of being read as gibberish.

/** Windows-1252's characters for bytes 0x80–0x9F (the five undefined ones stay C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b, b);
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A character that stands for a UTF-8 continuation byte 0x80–0xBF once mapped back. */
function isContinuation(c: number): boolean {
  const b = BYTE_OF.get(c);
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

export type Mojibake =
  | { kind: 'clean' }
  | { kind: 'repaired'; text: string }
  | { kind: 'broken'; message: string };

/** Minimum lead+continuation pairs before a text is judged (a «Ã©» in a French name is not enough). */
const MIN_PAIRS = 8;

export function detectMojibake(text: string): Mojibake {
  let pairs = 0;
  let arabic = 0;
  let first = -1;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    // Leads of 2-byte (C2–DF) and 3-byte (E0–EF) sequences: Arabic script is D8–DB, ZWNJ E2 80 8C.
    else if (c >= 0xc2 && c <= 0xef && isContinuation(text.charCodeAt(i + 1))) {
      if (first < 0) first = i;
      pairs++;
      i++;
    }
  }
  // Real Persian text beside it means the text is not mojibake as a whole (a quoted «Ã©» in a release).
  if (pairs < MIN_PAIRS || arabic > pairs) return { kind: 'clean' };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text.charCodeAt(i));
    if (b === undefined)
      return {
        kind: 'broken',
        message: `looks like UTF-8 read as Latin-1/Windows-1252 (${pairs} garbled pairs such as «${text.slice(first, first + 12)}») but character ${i} (U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}) has no byte to map back to`,
      };
    bytes[i] = b;
  }
  try {
    return { kind: 'repaired', text: strictUtf8.decode(bytes) };
  } catch {
    return {
      kind: 'broken',
      message: `looks like UTF-8 read as Latin-1/Windows-1252 (${pairs} garbled pairs such as «${text.slice(first, first + 12)}») but mapped back it is not valid UTF-8: some bytes were lost upstream`,
    };
  }
}
