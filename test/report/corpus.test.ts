// The report of the bundled corpus, as `khabar extract` writes it, in a real browser: it loads from
// disk with no console error and no request, the seed's highlights sit on their words, the seed
// meeting's date link lands on «سوم بهمن ماه 1397», filters filter, and a hostile release (added
// to a copy of the corpus) runs nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/records/schema.js';
import { buildProject, ROOT } from '../io/helpers/build.js';
import {
  browserSkipReason,
  entityText,
  flashedText,
  launchBrowser,
  listedDocIds,
  networkRequests,
  type OpenedReport,
  openDocument,
  openReport,
} from './browser.js';
import { HOSTILE_PAYLOADS } from './fixture.js';

const SEED = '000_e90f60ff8dbf379b';
const skip = browserSkipReason();
if (skip) console.warn(`skipping the corpus report's browser tests: ${skip}`);

describe.skipIf(skip !== null)('report.html of the bundled corpus in chromium', () => {
  let work = '';
  let browser: Browser;
  let opened: OpenedReport;
  let page: Page;
  let records: DocumentRecord[] = [];

  beforeAll(async () => {
    const build = buildProject();
    work = mkdtempSync(join(tmpdir(), 'khabar-report-corpus-'));
    const input = join(work, 'corpus');
    cpSync(join(ROOT, 'corpus'), input, { recursive: true });
    rmSync(join(input, 'gold'), { recursive: true, force: true });
    writeFileSync(
      join(input, 'zz_hostile.txt'),
      `نشست مشترک دانشگاه تهران و دانشگاه صنعتی شریف روز ۱۲ آبان ۱۴۰۲ برگزار شد.\n${HOSTILE_PAYLOADS.join('\n')}\n\u202Egnp.exe\n`,
    );
    const out = join(work, 'out');
    const r = spawnSync(process.execPath, [build.mainJs, 'extract', input, '--out', out, '--jobs', '2'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    records = readFileSync(join(out, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as DocumentRecord);
    browser = await launchBrowser();
    opened = await openReport(browser, join(out, 'report.html'));
    page = opened.page;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('lists every document of the run', async () => {
    const total = (await page.locator('[data-count="documents"] b').textContent()) ?? '';
    // Persian digits.
    expect(Number(total.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))).toBe(records.length);
  });

  it("puts the seed's highlights on their words", async () => {
    await openDocument(page, SEED);
    const seed = records.find((r) => r.docId === SEED)!;
    for (const e of seed.entities) expect(await entityText(page, e.entityId)).toBe(e.text);
    const iust = seed.entities.find((e) => e.canonicalId === 'iust.ac.ir' && e.rule === 'org.gazetteer')!;
    expect(await entityText(page, iust.entityId)).toBe('دانشگاه علم و صنعت ایران');
  });

  it("lands on «سوم بهمن ماه 1397» when the seed meeting's date is clicked", async () => {
    await openDocument(page, SEED);
    await page.evaluate(() => {
      const pane = document.getElementById('text')!;
      pane.scrollTop = pane.scrollHeight;
    });
    await page.click('.card[data-meeting="m1"] button[data-field="date"]');
    expect(await flashedText(page)).toContain('سوم بهمن ماه 1397');
  });

  it('filters by meeting kind and by university', async () => {
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.selectOption('#f-k', 'signing');
    const signings = records.filter((r) => r.meetings.some((m) => m.kind === 'signing')).map((r) => r.docId);
    expect(new Set(await listedDocIds(page))).toEqual(new Set(signings.slice(0, 50)));
    await page.selectOption('#f-k', '');
    await page.selectOption('#f-u', 'kntu.ac.ir');
    const ids = await listedDocIds(page);
    expect(ids).toContain(SEED);
    for (const id of ids) {
      const r = records.find((x) => x.docId === id)!;
      expect(r.meetings.some((m) => m.organizations.includes('kntu.ac.ir'))).toBe(true);
    }
    await page.click('#f-clear');
  });

  it('renders the hostile release as text and runs nothing', async () => {
    await openDocument(page, 'zz_hostile');
    await page.locator('#text').hover();
    const shown = (await page.locator('#text').textContent()) ?? '';
    for (const p of HOSTILE_PAYLOADS) expect(shown).toContain(p);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('logged no console error and made no network request', () => {
    expect(opened.problems).toEqual([]);
    expect(networkRequests(opened)).toEqual([]);
  });
});
