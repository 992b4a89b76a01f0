import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { encodeCp1256, encodeUtf16, utf8 } from './helpers/encode.js';

// Old Persian sites in Windows-1256 write Arabic Yeh (ي) and Kaf (ك); the decoder keeps them as written.
const PERSIAN = 'نشست هم‌اندیشی معاونان بین‌الملل دانشگاه‌ها در تهران برگزار شد.\r\nسطر دوم';
const CP1256_TEXT = 'نشست مشترك دانشگاه علم و صنعت ايران\r\nبرگزار شد';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, keeping CRLF and dropping the BOM', () => {
    for (const bom of [false, true]) {
      const d = decodeBytes(utf8(PERSIAN, bom));
      expect(d).toEqual({ ok: true, text: PERSIAN, encoding: 'utf-8' });
    }
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(encodeUtf16(PERSIAN, 'le'))).toEqual({
      ok: true,
      text: PERSIAN,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(encodeUtf16(PERSIAN, 'be'))).toEqual({
      ok: true,
      text: PERSIAN,
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1256 for Persian bytes that are not UTF-8', () => {
    const d = decodeBytes(encodeCp1256(CP1256_TEXT));
    expect(d).toEqual({ ok: true, text: CP1256_TEXT, encoding: 'windows-1256' });
  });

  it('keeps lone CR line ends', () => {
    const d = decodeBytes(utf8('الف\rب\rج'));
    expect(d.ok && d.text).toBe('الف\rب\rج');
  });

  it('reports empty and white-space-only input as empty', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeBytes(utf8(' \r\n\t '))).toMatchObject({ ok: false, code: 'empty' });
  });

  it('reports NUL bytes as binary', () => {
    expect(decodeBytes(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41))).toMatchObject({
      ok: false,
      code: 'binary',
    });
  });

  it('reports random bytes (not UTF-8, not Persian in 1256) as binary', () => {
    // A deterministic byte soup from the upper half that never forms Persian words.
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = 0x80 + ((x >>> 16) % 0x40) + ((x >>> 24) & 1 ? 0 : 0x01);
    }
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'binary' });
  });

  it('reports text that decodes to control characters as binary', () => {
    const bytes = new Uint8Array(1000).fill(0x01);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'binary' });
  });
});
