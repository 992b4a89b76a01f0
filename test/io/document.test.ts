import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareFile, prepareJsonlLine } from '../../src/io/document.js';
import { utf8 } from './helpers/encode.js';

const meta = { fileSource: 'feeds/news.jsonl', fileDocId: 'feeds/news', line: 7 };

describe('prepareFile', () => {
  it('hashes the raw bytes and keeps the decoded text', () => {
    const bytes = utf8('نشست دانشگاه', true);
    const p = prepareFile(bytes, { source: 'a/b.txt', docId: 'a/b', kind: 'text' });
    expect(p).toEqual({
      ok: true,
      doc: {
        source: 'a/b.txt',
        docId: 'a/b',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        text: 'نشست دانشگاه',
      },
    });
  });

  it('extracts HTML and reports a page without article text as empty', () => {
    const ok = prepareFile(utf8('<title>ت</title><article><p>متن</p></article>'), {
      source: 'p.html',
      docId: 'p',
      kind: 'html',
    });
    expect(ok.ok && ok.doc).toMatchObject({ text: 'متن', title: 'ت', date: null });
    const empty = prepareFile(utf8('<nav>منو</nav>'), { source: 'e.html', docId: 'e', kind: 'html' });
    expect(empty).toMatchObject({ ok: false, error: { source: 'e.html', code: 'empty' } });
  });
});

describe('prepareJsonlLine', () => {
  it('uses the id for source and docId, and passes url/date/title', () => {
    const line = utf8(
      '{"id":"n-12","text":"متن خبر","url":"https://x.ir/1","date":"1397/11/03","title":"تیتر"}',
    );
    const p = prepareJsonlLine(line, meta);
    expect(p.ok && p.doc).toMatchObject({
      source: 'feeds/news.jsonl#n-12',
      docId: 'feeds/news#n-12',
      text: 'متن خبر',
      url: 'https://x.ir/1',
      date: '1397/11/03',
      title: 'تیتر',
      sha256: createHash('sha256').update(line).digest('hex'),
    });
  });

  it('uses the 1-based line number without an id (numeric ids are kept as text)', () => {
    expect(prepareJsonlLine(utf8('{"text":"الف"}'), meta)).toMatchObject({
      ok: true,
      doc: { source: 'feeds/news.jsonl#7' },
    });
    expect(prepareJsonlLine(utf8('{"text":"الف","id":42}'), meta)).toMatchObject({
      ok: true,
      doc: { docId: 'feeds/news#42' },
    });
  });

  it('reports invalid JSON, non-objects and a missing text per line', () => {
    for (const bad of ['{"text": "x"', '[1,2]', '"text"', '{"id":"a"}', '{"text":5}']) {
      expect(prepareJsonlLine(utf8(bad), meta)).toMatchObject({
        ok: false,
        error: { source: 'feeds/news.jsonl#7', code: 'bad-jsonl-line', line: 7 },
      });
    }
    expect(prepareJsonlLine(Uint8Array.of(0x7b, 0xff, 0x7d), meta)).toMatchObject({
      ok: false,
      error: { code: 'bad-jsonl-line' },
    });
  });
});
