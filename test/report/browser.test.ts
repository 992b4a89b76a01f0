// The review page in a real browser (Debian's chromium): it loads from disk with no console error and no
// request, highlights sit on the right words, evidence links land on their span, filters filter, and a
// hostile document runs nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/write/report/index.js';
import {
  browserSkipReason,
  entityText,
  flashedInView,
  flashedText,
  launchBrowser,
  listedDocIds,
  networkRequests,
  type OpenedReport,
  openDocument,
  openReport,
} from './browser.js';
import { buildFixture, HOSTILE_PAYLOADS, SEED_DATE, writeFixture } from './fixture.js';

const skip = browserSkipReason();
if (skip) console.warn(`skipping the report's browser tests: ${skip}`);

describe.skipIf(skip !== null)('report.html in chromium', () => {
  const fixture = buildFixture();
  const seed = fixture.records[0]!;
  let dir = '';
  let browser: Browser;
  let opened: OpenedReport;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-report-browser-'));
    writeFixture(dir, fixture);
    const path = await writeReport(dir, { loadText: async (s) => fixture.texts.get(s) ?? null });
    browser = await launchBrowser();
    opened = await openReport(browser, path);
    page = opened.page;
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the overview with doubtful documents first and the errors with their reasons', async () => {
    const ids = await listedDocIds(page);
    expect(ids[0]).toBe('doubtful/conference');
    expect(new Set(ids)).toEqual(new Set(fixture.records.map((r) => r.docId)));
    const errors = await page.$$eval('#error-list tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('bad-html');
    expect(errors[0]).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('[data-count="documents"] b').textContent()).toBe('4');
    expect(await page.locator('#chart-months rect.bar').count()).toBeGreaterThan(0);
    // seed: aut–iust–sharif (3 edges); English visit: sharif–ut (1 edge).
    expect(await page.locator('#chart-network line.edge').count()).toBe(4);
    const edge = page.locator('#chart-network line.edge[data-a="sharif.edu"][data-b="ut.ac.ir"]');
    expect(await edge.getAttribute('data-weight')).toBe('1');
    await edge.dispatchEvent('mouseenter');
    expect(await page.locator('#network-info').textContent()).toContain('en/sharif-visit');
  });

  it('filters by meeting kind, university, Jalali date range, flag and text', async () => {
    await page.selectOption('#f-k', 'visit');
    expect(await listedDocIds(page)).toEqual(['en/sharif-visit']);
    await page.selectOption('#f-k', '');
    await page.selectOption('#f-u', 'aut.ac.ir');
    expect(await listedDocIds(page)).toEqual([seed.docId]);
    await page.selectOption('#f-u', '');
    await page.fill('#f-from', '1397-11');
    await page.fill('#f-to', '1397-11');
    expect(await listedDocIds(page)).toEqual([seed.docId]);
    await page.fill('#f-from', '');
    await page.fill('#f-to', '');
    await page.selectOption('#f-w', 'low-confidence');
    expect(await listedDocIds(page)).toEqual(['doubtful/conference']);
    await page.selectOption('#f-w', '');
    // Persian digits in the query still find the seed's Latin «1397».
    await page.fill('#f-q', 'بهمن ماه ۱۳۹۷');
    await expect.poll(() => listedDocIds(page)).toEqual([seed.docId]);
    await page.click('#f-clear');
    expect(await listedDocIds(page)).toHaveLength(fixture.records.length);
  });

  it('puts each highlight on its words, with canonical id, dates and rule in the tooltip', async () => {
    await openDocument(page, seed.docId);
    for (const e of seed.entities) expect(await entityText(page, e.entityId)).toBe(e.text);
    const dateEntity = seed.entities.find((e) => e.type === 'date')!;
    const tip = await page
      .locator(`#text [data-ents~="${dateEntity.entityId}"]`)
      .first()
      .getAttribute('title');
    expect(tip).toContain('1397-11-03');
    expect(tip).toContain('2019-01-23');
    expect(tip).toContain('rule: test.date');
    const uni = await page.locator('#text [data-ents~="e1"]').first().getAttribute('title');
    expect(uni).toContain('iust.ac.ir');
    expect(await page.locator('#text [data-ents~="e1"]').first().getAttribute('class')).toContain(
      't-university',
    );
  });

  it("lands on «سوم بهمن ماه 1397» when the seed meeting's date is clicked", async () => {
    await openDocument(page, seed.docId);
    // Scroll the text away first, so landing on the date is the link's doing.
    await page.evaluate(() => {
      const pane = document.getElementById('text')!;
      pane.scrollTop = pane.scrollHeight;
    });
    await page.click('.card[data-meeting="m1"] button[data-field="date"]');
    expect(await flashedText(page)).toContain(SEED_DATE);
    expect(await page.locator('#text .flash').count()).toBeGreaterThan(0);
    await expect.poll(() => flashedInView(page), { timeout: 5000 }).toBe(true);
  });

  it('links every field of a card to its evidence', async () => {
    await openDocument(page, seed.docId);
    const m = seed.meetings[0]!;
    const text = fixture.texts.get(seed.source)!;
    await page.click('.card[data-meeting="m1"] button[data-field="location"]');
    expect(await flashedText(page)).toBe(text.slice(m.location!.start, m.location!.end));
    await page.click('.card[data-meeting="m1"] [data-attendee="a1"] button[data-field="attendee"]');
    expect(await flashedText(page)).toBe('دکتر ذاکریدکتر ذاکری');
    await page.click('.card[data-meeting="m1"] [data-decision="d1"] button[data-field="decision"]');
    expect(await flashedText(page)).toBe(m.decisions[0]!.text);
    await page.click('.card[data-meeting="m1"] [data-decision="d1"] button[data-field="decision-date"]');
    expect(await flashedText(page)).toBe('نیمه اول اسفند ماه');
    const orgs = page.locator('.card[data-meeting="m1"] button[data-field="org"]');
    expect(await orgs.allTextContents()).toEqual(m.organizations);
    await orgs.nth(0).click();
    expect(await flashedText(page)).toBe('دانشگاه صنعتی امیرکبیر');
    const card = (await page.locator('.card[data-meeting="m1"]').textContent()) ?? '';
    expect(card).toContain('year inferred');
    expect(card).toContain('2019-01-23');
  });

  it('shows the warnings of a doubtful meeting on its card', async () => {
    await openDocument(page, 'doubtful/conference');
    const card = page.locator('.card[data-meeting="m1"]');
    expect(await card.getAttribute('class')).toContain('low');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('weekday mismatch');
    expect(text).toContain('low confidence');
  });

  it('renders a hostile document as text and runs nothing', async () => {
    const hostile = fixture.records[3]!;
    await openDocument(page, hostile.docId);
    await page.click('.card[data-meeting="m1"] button[data-field="title"]');
    await page.click('.card[data-meeting="m1"] button[data-field="attendee"]');
    await page.locator('#text').hover();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const shown = (await page.locator('#text').textContent()) ?? '';
    for (const p of HOSTILE_PAYLOADS) expect(shown).toContain(p);
    expect(shown).not.toContain('\u202E');
    expect(await page.locator('#text .ctl').count()).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(1);
    const heading = (await page.locator('.doc-head h2').textContent()) ?? '';
    expect(heading).toContain('<script>window.__pwned=1</script>');
    await page.evaluate(() => {
      location.hash = '';
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('logged no console error and made no network request', () => {
    expect(opened.problems).toEqual([]);
    expect(networkRequests(opened)).toEqual([]);
    expect(opened.requests.length).toBeGreaterThan(0);
  });
});
