// Real-browser helpers for report tests: Debian's chromium driven by playwright-core (no browser
// download is possible here). Reusable by any test that opens a report.html.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/chromium.js';

/** Why browser tests must be skipped, or null when chromium is there. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `${CHROMIUM_PATH} is missing: install it with \`apt-get install chromium\` (.ci/run does) to run the browser tests`;
}

export const launchBrowser = launchChromium;

export interface OpenedReport {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Every URL the page requested (file: and data: only, if all is well). */
  requests: string[];
}

/** Opens a report from disk and waits until its script has built the page. */
export async function openReport(
  browser: Browser,
  reportPath: string,
  viewport = { width: 1400, height: 900 },
): Promise<OpenedReport> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(reportPath).href);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 15_000 });
  return { page, problems, requests };
}

/** Requests that left the file (anything but file: and data: URLs). */
export function networkRequests(opened: OpenedReport): string[] {
  return opened.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
}

/** Opens a document's view by its docId, from the overview's list (clears filters first). */
export async function openDocument(page: Page, docId: string): Promise<void> {
  const index = await page.evaluate((id) => {
    const rows = Array.from(
      document.querySelectorAll<HTMLElement>('script[id^="r"][type="application/json"]'),
    );
    for (const r of rows) {
      const rec = JSON.parse(r.textContent ?? 'null') as { docId?: string } | null;
      if (rec?.docId === id) return Number(r.id.slice(1));
    }
    return -1;
  }, docId);
  if (index < 0) throw new Error(`no document ${docId} in the report`);
  await page.evaluate((i) => {
    location.hash = `#doc/${i}`;
  }, index);
  await page.waitForSelector('#text');
}

/** Text of the highlighted segments carrying an entity id, in document order, joined. */
export function entityText(page: Page, entityId: string): Promise<string> {
  return page.evaluate((id) => {
    const segs = Array.from(document.querySelectorAll<HTMLElement>('#text [data-ents]'));
    return segs
      .filter((s) => (s.dataset.ents ?? '').split(' ').includes(id))
      .map((s) => s.textContent)
      .join('');
  }, entityId);
}

/** Text of the segments currently flashed (the evidence of the last clicked field). */
export function flashedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('#text .hit'))
      .map((s) => s.textContent)
      .join(''),
  );
}

/** Whether the first flashed segment is inside the visible part of the text pane and the window. */
export function flashedInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const seg = document.querySelector<HTMLElement>('#text .hit');
    const pane = document.getElementById('text');
    if (!seg || !pane) return false;
    const r = seg.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return r.top >= p.top && r.bottom <= p.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

/** docIds listed on the current page of the overview's document list. */
export function listedDocIds(page: Page): Promise<string[]> {
  return page.$$eval('#doc-list tr[data-docid]', (rows) =>
    rows.map((r) => (r as HTMLElement).dataset.docid ?? ''),
  );
}
