// Test-side encoders for the encodings khabar decodes (Node can decode Windows-1256 but not encode it).

const cp1256Table = (() => {
  const dec = new TextDecoder('windows-1256');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (!map.has(ch)) map.set(ch, b);
  }
  return map;
})();

export function encodeCp1256(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const b = cp1256Table.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: U+${ch.codePointAt(0)?.toString(16)}`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = bom ? `\ufeff${text}` : text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const hi = u >> 8;
    const lo = u & 0xff;
    out[2 * i] = endian === 'le' ? lo : hi;
    out[2 * i + 1] = endian === 'le' ? hi : lo;
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
