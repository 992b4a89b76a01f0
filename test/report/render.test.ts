import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/records/schema.js';
import { key } from '../../src/text/key.js';
import {
  headline,
  meetingWarnings,
  renderReport,
  scriptJson,
  summarize,
  weekdayMismatch,
  writeReport,
} from '../../src/write/report/index.js';
import type { KeyRun } from '../../src/write/report/keytable.js';
import { BIDI_OVERRIDE, buildFixture, HOSTILE_PAYLOADS, SEED_DATE, writeFixture } from './fixture.js';

/** The JSON data blocks of a page, by id. */
function blocks(html: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const m of html.matchAll(/<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/g)) {
    out.set(m[1]!, JSON.parse(m[2]!));
  }
  return out;
}

/** Content of the one executable script (no type attribute). */
function appScript(html: string): string {
  const m = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html);
  if (!m) throw new Error('no app script');
  return m[1]!;
}

const fixture = buildFixture();
const html = renderReport(fixture);

describe('scriptJson', () => {
  it('never lets a text close its script element or open a comment', () => {
    const nasty = '</script><!--<script>a</SCRIPT >\u2028\u2029&amp;';
    const out = scriptJson({ t: nasty });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ t: nasty });
  });
});

describe('renderReport', () => {
  it('embeds every record and text exactly, hostile ones included', () => {
    const data = blocks(html);
    fixture.records.forEach((record, i) => {
      expect(data.get(`r${i}`)).toEqual(record);
      expect(data.get(`t${i}`)).toBe(fixture.texts.get(record.source));
    });
    expect(data.get('k-errors')).toEqual(fixture.errors);
    expect(data.get('k-run')).toEqual(fixture.run);
  });

  it('has no markup from the data: the only script elements are the data blocks and the app', () => {
    const docs = fixture.records.length;
    // Per document: record and text; then index, errors, run, key table; then the app.
    expect(html.match(/<script/gi)).toHaveLength(2 * docs + 4 + 1);
    expect(html.match(/<\/script/gi)).toHaveLength(2 * docs + 4 + 1);
    expect(/<img|<a /i.exec(html)?.[0]).toBeUndefined();
    const outsideData = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/g, '');
    expect(/onerror|__pwned/i.exec(outsideData)?.[0]).toBeUndefined();
    for (const p of HOSTILE_PAYLOADS) expect(html.includes(p)).toBe(false);
    expect(html.includes(BIDI_OVERRIDE)).toBe(false);
  });

  it('keeps highlight offsets: every embedded span slices its text out of the embedded text', () => {
    const data = blocks(html);
    fixture.records.forEach((_, i) => {
      const rec = data.get(`r${i}`) as DocumentRecord;
      const text = data.get(`t${i}`) as string;
      for (const e of rec.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const m of rec.meetings)
        if (m.date) expect(text.slice(m.date.start, m.date.end)).toBe(m.date.text);
    });
    const seed = data.get('r0') as DocumentRecord;
    const seedText = data.get('t0') as string;
    const date = seed.meetings[0]!.date!;
    expect(seedText.slice(date.start, date.end)).toBe(SEED_DATE);
  });

  it('allows only its own script, by hash, and loads nothing from the network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(appScript(html), 'utf8').digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain('font-src data:');
    const code = html
      .replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/g, '')
      .replace(/url\(data:[^)]*\)/g, 'url(data:)')
      // The SVG namespace is a name, not a request.
      .replaceAll('http://www.w3.org/2000/svg', '');
    expect(/https?:|\/\/[a-z]/i.exec(code)?.[0]).toBeUndefined();
    expect(/url\((?!data:)/.exec(code)?.[0]).toBeUndefined();
    expect(appScript(html)).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
    );
  });

  it('carries a script that parses (so a syntax slip shows even where chromium is missing)', () => {
    // Compiled, never called: only the parser runs.
    expect(() => new Function(appScript(html))).not.toThrow();
  });

  it('inlines the Vazirmatn font and stays light', () => {
    expect(html).toMatch(/@font-face\{font-family:Vazirmatn;src:url\(data:font\/woff2;base64,/);
    const empty = renderReport({ records: [], errors: [], run: null, texts: new Map() });
    // Most of it is the font (~150 KB); the script ~70 KB, the key table ~10 KB.
    expect(empty.length).toBeLessThan(240_000);
  });

  it('is Persian first: lang="fa" dir="rtl"', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fa" dir="rtl">/);
  });

  it('names organisations from the rules data, and unknown ids by their words', () => {
    const index = blocks(html).get('k-index') as {
      names: Record<string, [string, string | null, string | null]>;
    };
    expect(index.names['sharif.edu']).toEqual([
      'دانشگاه صنعتی شریف',
      'Sharif University of Technology',
      'IR',
    ]);
    expect(index.names['kntu.ac.ir']?.[0]).toBe('دانشگاه صنعتی خواجه نصیرالدین طوسی');
    // Not in rules/: the words the document used for it.
    expect(index.names['"><img src=x onerror=window.__pwned=1>']).toEqual([
      '<script>window.__pwned=1</script>',
      null,
      null,
    ]);
  });

  it("gives the page khabar's matching key, character for character", () => {
    const runs = blocks(html).get('k-key') as KeyRun[];
    const fold = new Map<number, string>();
    for (const [a, b, f] of runs)
      for (let c = a; c <= b; c++) fold.set(c, typeof f === 'number' ? String.fromCharCode(c + f) : f);
    for (let c = 0; c < 65536; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if ((fold.get(c) ?? ch) !== key(ch)) throw new Error(`U+${c.toString(16)}: page and key() differ`);
    }
    const pageKey = (x: string) => [...x].map((ch) => fold.get(ch.charCodeAt(0)) ?? ch).join('');
    expect(pageKey('رييس دانشگاه')).toBe(pageKey('رئیس‌دانشگاه'));
  });

  it('flags only what an editor should look at', () => {
    const data = blocks(html);
    const index = data.get('k-index') as {
      docs: { id: string; w: string[]; tx: string }[];
      universities: string[];
    };
    // The seed's decision year is inferred from the story: normal, not a flag.
    expect(index.docs.map((d) => d.w)).toEqual([
      [],
      [],
      ['low-confidence', 'weekday-mismatch'],
      ['attendee-without-org', 'meeting-without-date'],
    ]);
    const m = fixture.records[0]!.meetings[0]!;
    expect(meetingWarnings({ ...m, organizations: [] })).toEqual(['org-unidentified']);
    const unknown = { ...fixture.records[0]!.entities[0]!, canonicalId: undefined };
    expect(meetingWarnings(m, [unknown])).toEqual(['org-unidentified']);
    expect(index.universities).toEqual(['aut.ac.ir', 'iust.ac.ir', 'iut.ac.ir', 'sharif.edu', 'ut.ac.ir']);
    const seed = fixture.records[0]!;
    const error = { source: seed.source, code: 'timeout', message: 'slow' };
    expect(summarize(seed, [error], 'ok').w).toContain('error');
    expect(summarize(seed, [], 'missing').w).toContain('text-missing');
    const shifted = renderReport({
      ...fixture,
      texts: new Map([[seed.source, ` ${fixture.texts.get(seed.source)}`]]),
    });
    const shiftedIndex = blocks(shifted).get('k-index') as { docs: { tx: string; w: string[] }[] };
    expect(shiftedIndex.docs[0]!.tx).toBe('mismatch');
    expect(shiftedIndex.docs[0]!.w).toContain('text-mismatch');
    expect(shiftedIndex.docs[1]!.tx).toBe('missing');
  });

  it('names a document by its title, else its first line of prose', () => {
    const r = { ...fixture.records[0]!, title: null };
    expect(headline(r, '77491031 ut5@iust.ac.ir\n\nبه دعوت معاونت بین الملل دانشگاه')).toBe(
      'به دعوت معاونت بین الملل دانشگاه',
    );
    expect(headline(r, 'خانه | اخبار | تماس | درباره\n۱۲:۳۰\nدیدار رئیس دانشگاه با سفیر')).toBe(
      'دیدار رئیس دانشگاه با سفیر',
    );
    expect(headline(r, '12')).toBe('12');
    expect(headline({ ...r, title: ' عنوان خبر ' }, 'متن')).toBe('عنوان خبر');
  });

  it('checks a stated weekday against the day', () => {
    const date = fixture.records[0]!.meetings[0]!.date!;
    expect(weekdayMismatch(date)).toBe(false);
    expect(weekdayMismatch({ ...date, weekday: 'friday' })).toBe(true);
    expect(weekdayMismatch({ ...date, weekday: null })).toBe(false);
  });
});

describe('writeReport', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('streams the output folder into report.html atomically, with texts from loadText', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-report-'));
    dirs.push(dir);
    writeFixture(dir);
    const asked: string[] = [];
    const path = await writeReport(dir, {
      loadText: async (source) => {
        asked.push(source);
        return fixture.texts.get(source) ?? null;
      },
    });
    expect(path).toBe(join(dir, 'report.html'));
    expect(asked).toEqual(fixture.records.map((r) => r.source));
    expect(readdirSync(dir).filter((n) => n.startsWith('.khabar-tmp'))).toEqual([]);
    expect(readFileSync(path, 'utf8') === html).toBe(true);
  });

  it('lists an invalid records.jsonl line as an error and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-report-'));
    dirs.push(dir);
    writeFixture(dir);
    const lines = readFileSync(join(dir, 'records.jsonl'), 'utf8');
    writeFileSync(join(dir, 'records.jsonl'), `{"source":"bad.txt","docId":""}\nnot json\n${lines}`);
    const path = await writeReport(dir, { loadText: async () => null });
    const data = blocks(readFileSync(path, 'utf8'));
    const errors = data.get('k-errors') as { source: string; code: string }[];
    expect(errors.filter((e) => e.code === 'invalid-record').map((e) => e.source)).toEqual([
      'bad.txt',
      'records.jsonl#2',
    ]);
    expect((data.get('k-index') as { docs: unknown[] }).docs).toHaveLength(fixture.records.length);
  });

  it('writes a report for a folder with no records at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-report-'));
    dirs.push(dir);
    const path = await writeReport(dir, { loadText: async () => null });
    expect(existsSync(path)).toBe(true);
    expect((blocks(readFileSync(path, 'utf8')).get('k-index') as { docs: unknown[] }).docs).toEqual([]);
  });
});
