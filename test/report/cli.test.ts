import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { createSourceLoader, rebuildReport, register } from '../../src/cli/report.js';
import { prepareFile } from '../../src/io/document.js';
import { type DocumentRecord, DocumentRecordSchema } from '../../src/records/schema.js';

const root = mkdtempSync(join(tmpdir(), 'khabar-report-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const input = join(root, 'in');
mkdirSync(join(input, 'sub'), { recursive: true });
const plain = 'نشست مشترک دانشگاه‌ها در تاریخ سوم بهمن ۱۳۹۷ برگزار شد.\n';
writeFileSync(join(input, 'a.txt'), `\uFEFF${plain}`);
const page =
  '<html><head><title>خبر</title></head><body><nav>منو</nav><article><p>دیدار رؤسای دانشگاه‌ها</p>' +
  '<p>در این دیدار مقرر شد همکاری ادامه یابد.</p></article></body></html>';
writeFileSync(join(input, 'sub', 'b.html'), page);
writeFileSync(
  join(input, 'feed.jsonl'),
  `${JSON.stringify({ id: 'n1', text: 'خبر اول' })}\n\n${JSON.stringify({ text: 'خبر دوم </script>' })}\n`,
);
const htmlText = (() => {
  const p = prepareFile(Buffer.from(page), { source: 'sub/b.html', docId: 'sub/b', kind: 'html' });
  if (!p.ok) throw new Error('fixture html did not parse');
  return p.doc.text;
})();

const expected = new Map([
  ['a.txt', plain],
  // Out of feed order on purpose: the loader must go back to the top of the feed.
  ['feed.jsonl#3', 'خبر دوم </script>'],
  ['feed.jsonl#n1', 'خبر اول'],
  ['sub/b.html', htmlText],
]);

function record(source: string): DocumentRecord {
  return DocumentRecordSchema.parse({
    schemaVersion: 1,
    docId: source.replace(/\.[a-z]+$/, ''),
    source,
    sha256: '0'.repeat(64),
    language: 'fa',
    publishedAt: null,
    contacts: { emails: [], phones: [] },
    entities: [],
    meetings: [],
    warnings: [],
  });
}

function outputFolder(name: string): string {
  const out = join(root, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'records.jsonl'),
    [...expected.keys()].map((s) => `${JSON.stringify(record(s))}\n`).join(''),
  );
  writeFileSync(join(out, 'errors.jsonl'), '');
  writeFileSync(join(out, 'run.json'), JSON.stringify({ version: 'test', inputs: ['in'] }));
  return out;
}

function texts(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json" id="t\d+">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
}

describe('createSourceLoader', () => {
  it('re-reads text files, HTML articles and feed lines exactly as extract read them', async () => {
    const loader = await createSourceLoader(['in'], root);
    try {
      for (const [source, text] of expected) expect(await loader.loadText(source)).toBe(text);
      expect(await loader.loadText('feed.jsonl#n1')).toBe('خبر اول');
      expect(await loader.loadText('feed.jsonl#nope')).toBeNull();
      expect(await loader.loadText('missing.txt')).toBeNull();
    } finally {
      await loader.close();
    }
  });
});

describe('khabar report', () => {
  it('rebuilds report.html from run.json inputs', async () => {
    const out = outputFolder('out1');
    const { path, inputs } = await rebuildReport(out, { cwd: root });
    expect(inputs).toEqual(['in']);
    expect(texts(readFileSync(path, 'utf8'))).toEqual([...expected.values()]);
  });

  it('is a sub-command: khabar report --out DIR --cwd ROOT', async () => {
    const out = outputFolder('out2');
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(['report', '--out', out, '--cwd', root], { from: 'user' });
    expect(texts(readFileSync(join(out, 'report.html'), 'utf8'))).toEqual([...expected.values()]);
  });

  it('takes --inputs when the sources moved', async () => {
    const out = outputFolder('out3');
    await rebuildReport(out, { inputs: [input] });
    expect(texts(readFileSync(join(out, 'report.html'), 'utf8'))).toEqual([...expected.values()]);
  });
});
