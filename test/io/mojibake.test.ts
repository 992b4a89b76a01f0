import { describe, expect, it } from 'vitest';
import { prepareFile, prepareJsonlLine } from '../../src/io/document.js';
import { detectMojibake } from '../../src/io/mojibake.js';

/** What a Latin-1 / Windows-1252 reader makes of UTF-8 bytes. */
function garble(text: string, codepage: 'latin1' | 'windows-1252'): string {
  const bytes = Buffer.from(text, 'utf8');
  // TextDecoder's 'latin1' label is Windows-1252 (WHATWG); Buffer's is true ISO-8859-1.
  return codepage === 'latin1' ? bytes.toString('latin1') : new TextDecoder(codepage).decode(bytes);
}

const PERSIAN =
  'دکتر علی محمدی، رئیس دانشگاه تهران، در نشست شورای دانشگاه گفت: این طرح‌ها تا پایان سال اجرا می‌شود.';

describe('mojibake (UTF-8 read as Latin-1 / Windows-1252)', () => {
  it('repairs Windows-1252 mojibake exactly, ZWNJ included', () => {
    const bad = garble(PERSIAN, 'windows-1252');
    expect(bad.startsWith('Ø¯Ú©ØªØ±')).toBe(true);
    expect(detectMojibake(bad)).toEqual({ kind: 'repaired', text: PERSIAN });
  });

  it('repairs Latin-1 mojibake exactly (C1 controls stand for 0x80–0x9F)', () => {
    expect(detectMojibake(garble(PERSIAN, 'latin1'))).toEqual({ kind: 'repaired', text: PERSIAN });
  });

  it('reports mojibake that lost bytes on the way instead of reading it as text', () => {
    const bad = garble(PERSIAN, 'windows-1252');
    // A byte dropped (the second byte of «ک»): the round trip is no longer valid UTF-8.
    const broken = bad.slice(0, 3) + bad.slice(4);
    const r = detectMojibake(broken);
    expect(r.kind).toBe('broken');
    expect(r.kind === 'broken' && r.message).toMatch(/Latin-1\/Windows-1252/);
    // A character no single byte stands for.
    expect(detectMojibake(`${bad} 😂`).kind).toBe('broken');
  });

  it('leaves Persian text, English with a few accents, and Persian quoting a garbled word alone', () => {
    expect(detectMojibake(PERSIAN)).toEqual({ kind: 'clean' });
    expect(detectMojibake('Café, naïve, Ångström and Müller met in Zürich. Â£5 paid.')).toEqual({
      kind: 'clean',
    });
    expect(
      detectMojibake(`${PERSIAN} (در فایل به شکل «${garble('دکتر', 'windows-1252')}» آمده بود)`),
    ).toEqual({
      kind: 'clean',
    });
  });
});

describe('mojibake in input files and feeds', () => {
  const bad = garble(PERSIAN, 'windows-1252');
  it('a .txt file is read repaired; an unrepairable one is reported as `mojibake`', () => {
    const ok = prepareFile(Buffer.from(bad, 'utf8'), { source: 'a.txt', docId: 'a', kind: 'text' });
    expect(ok.ok && ok.doc.text).toBe(PERSIAN);
    const broken = prepareFile(Buffer.from(`${bad.slice(0, 3)}${bad.slice(4)}`, 'utf8'), {
      source: 'b.txt',
      docId: 'b',
      kind: 'text',
    });
    expect(!broken.ok && broken.error.code).toBe('mojibake');
  });

  it('a .jsonl line: text and title repaired', () => {
    const line = Buffer.from(
      JSON.stringify({ id: 'x', text: bad, title: garble('دیدار رئیس دانشگاه تهران', 'windows-1252') }),
    );
    const r = prepareJsonlLine(line, { fileSource: 'f.jsonl', fileDocId: 'f', line: 1 });
    expect(r.ok && r.doc.text).toBe(PERSIAN);
    expect(r.ok && r.doc.title).toBe('دیدار رئیس دانشگاه تهران');
  });
});
