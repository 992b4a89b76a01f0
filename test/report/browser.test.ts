// The review page in a real browser (Debian's chromium): it loads from disk with no console error and no
// request, highlights sit on the right words, evidence links land on their span, filters filter, and a
// hostile document runs nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyReview } from '../../src/review/apply.js';
import { readVerdicts } from '../../src/review/verdict.js';
import { writeReport } from '../../src/write/report/index.js';
import { readCsv } from '../io/helpers/csv.js';
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
  const text = fixture.texts.get(seed.source)!;
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
    expect(await page.locator('[data-count="documents"] b').textContent()).toBe('۴');
    expect(await page.locator('#chart-months rect.bar').count()).toBeGreaterThan(0);
    // seed: aut–iust–sharif (3 edges); English visit: sharif–ut (1 edge).
    expect(await page.locator('#chart-network line.edge').count()).toBe(4);
    const edge = page.locator('#chart-network line.edge[data-a="sharif.edu"][data-b="ut.ac.ir"]');
    expect(await edge.getAttribute('data-weight')).toBe('1');
    await edge.dispatchEvent('mouseenter');
    expect(await page.locator('#network-info').textContent()).toContain('Tehran, 12 May 2020');
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
    expect(
      await orgs.locator('[data-org]').evaluateAll((els) => els.map((e) => e.getAttribute('data-org'))),
    ).toEqual(m.organizations);
    // By Persian name, the domain secondary.
    expect(await orgs.nth(0).textContent()).toBe('دانشگاه صنعتی امیرکبیرaut.ac.ir');
    await orgs.nth(0).click();
    expect(await flashedText(page)).toBe('دانشگاه صنعتی امیرکبیر');
    const card = (await page.locator('.card[data-meeting="m1"]').textContent()) ?? '';
    // Jalali the Persian way, Gregorian beside; the decision's inferred year is a note, not a flag.
    expect(card).toContain('چهارشنبه ۳ بهمن ۱۳۹۷ (۲۳ ژانویه ۲۰۱۹)');
    expect(card).toContain('۱ اسفند ۱۳۹۷ تا ۱۵ اسفند ۱۳۹۷');
    expect(card).toContain('سال از بافت خبر');
    expect(await page.locator('.card[data-meeting="m1"] .badge.warn').count()).toBe(0);
  });

  it('shows the warnings of a doubtful meeting on its card', async () => {
    await openDocument(page, 'doubtful/conference');
    const card = page.locator('.card[data-meeting="m1"]');
    expect(await card.getAttribute('class')).toContain('low');
    const text = (await card.textContent()) ?? '';
    // Both days named: the text's Saturday and the day's own Monday.
    expect(await card.locator('[data-flag="weekday-mismatch"]').textContent()).toBe(
      'روز هفته ناهمخوان: متن «شنبه» نوشته، اما ۵ اسفند ۱۳۹۸ (۲۴ فوریه ۲۰۲۰) دوشنبه است.',
    );
    expect(text).toContain('اطمینان کم');
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
    // A fix typed by an editor is shown as text too.
    await page.click('.card[data-meeting="m1"] h3 .mid');
    await page.keyboard.press('f');
    await page.fill('form.fixform input[name="title"]', HOSTILE_PAYLOADS[0]!);
    await page.press('form.fixform input[name="title"]', 'Enter');
    expect(await page.locator('.card[data-meeting="m1"] .vstate').first().textContent()).toContain(
      HOSTILE_PAYLOADS[0],
    );
    const heading = (await page.locator('.doc-head h2').textContent()) ?? '';
    expect(heading).toContain('</script><img src=x onerror="window.__pwned=1">');
    expect(heading).toContain('U+202E');
    await page.evaluate(() => {
      location.hash = '';
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it("is in Persian: labels, digits, headlines, and search by khabar's matching key", async () => {
    await page.evaluate(() => {
      location.hash = '';
    });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fa',
      'rtl',
    ]);
    expect(await page.locator('#documents h2').textContent()).toContain('اسناد');
    // Documents by headline (title or first line), the file name under it.
    const row = page.locator('#doc-list tr[data-docid="en/sharif-visit"] td').first();
    expect(await row.locator('a.hl').textContent()).toMatch(/^Tehran, 12 May 2020\. A delegation/);
    expect(await row.locator('.small').textContent()).toBe('en/sharif-visit.txt');
    // The seed writes «رییس»; Arabic yeh, hamza and a half-space still find it.
    await page.fill('#f-q', 'رئيس\u200cدانشگاه');
    await expect.poll(() => listedDocIds(page)).toEqual([seed.docId]);
    await page.click('#f-clear');
  });

  it('shows the document list without scrolling on 1400×1000 and on a 1366×768 laptop', async () => {
    for (const viewport of [
      { width: 1400, height: 1000 },
      { width: 1366, height: 768 },
    ]) {
      const small = await openReport(browser, join(dir, 'report.html'), viewport);
      const bottoms = await small.page.$$eval('#doc-list tr', (rows) =>
        rows.map((r) => r.getBoundingClientRect().bottom),
      );
      expect(bottoms).toHaveLength(fixture.records.length);
      for (const b of bottoms) expect(b).toBeLessThanOrEqual(viewport.height);
      await small.page.context().close();
    }
  });

  it('turns keys and clicks into a verdicts file that `review apply` folds into the CSVs', async () => {
    const editor = await openReport(browser, join(dir, 'report.html'));
    const p = editor.page;
    await openDocument(p, seed.docId);
    await p.keyboard.press('ArrowDown'); // the meeting
    await p.keyboard.press('c'); // correct, then on to attendee a1
    await p.keyboard.press('x'); // wrong, then on to decision d1
    await p.keyboard.press('f');
    await p.selectOption('form.fixform select[name="kind"]', 'agreement');
    await p.fill('form.fixform input[name="date"]', '۱۳۹۷-۱۲-۱۰');
    await p.press('form.fixform input[name="date"]', 'Enter');
    await p.click('[data-entity="e1"] .vb-correct');
    // Missed: select words in the text (offsets come from the page, not from searching).
    const missed = 'معاون پژوهشی دانشگاه صنعتی اصفهان';
    const at = text.indexOf(missed);
    await p.evaluate(
      ([start, end]) => {
        const point = (o: number): [Node, number] => {
          for (const seg of Array.from(document.querySelectorAll<HTMLElement>('#text [data-s]'))) {
            const s = Number(seg.dataset.s);
            if (o >= s && o < Number(seg.dataset.e)) return [seg.firstChild!, o - s];
          }
          throw new Error(`no segment at ${o}`);
        };
        const r = document.createRange();
        r.setStart(...point(start!));
        r.setEnd(...point(end! - 1));
        r.setEnd(r.endContainer, r.endOffset + 1);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      },
      [at, at + missed.length],
    );
    await p.waitForSelector('[data-missed="m1/a"]:not([disabled])');
    // M goes to the first thing the words can be (an attendee of m1); Enter adds it.
    await p.keyboard.press('m');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-missed'))).toBe('m1/a');
    await p.keyboard.press('Enter');
    const states = () =>
      p.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('#cards .ri')).map(
          (e) => `${e.dataset.target}:${e.dataset.rid}:${e.className.match(/v-(\w+)/)?.[1] ?? '-'}`,
        ),
      );
    const judged = (await states()).filter((x) => !x.endsWith(':-'));
    expect(judged).toEqual([
      'meeting:m1:correct',
      'attendee:m1/a1:wrong',
      'decision:m1/d1:fixed',
      'entity:e1:correct',
    ]);
    expect(await p.locator('#missed-list li').textContent()).toContain(missed);
    // A reload keeps every verdict.
    await p.reload();
    await p.waitForSelector('html[data-ready="1"]');
    await p.waitForSelector('#cards');
    expect((await states()).filter((x) => !x.endsWith(':-'))).toEqual(judged);
    expect(await p.locator('#missed-list li').count()).toBe(1);
    expect(await p.locator('#export').textContent()).toBe('دریافت داوری‌ها (۵)');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^verdicts-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const file = join(dir, 'verdicts.jsonl');
    await download.saveAs(file);
    const verdicts = readVerdicts(file);
    expect(verdicts.map((v) => [v.target, v.id, v.verdict])).toEqual([
      ['meeting', 'm1', 'correct'],
      ['attendee', 'm1/a1', 'wrong'],
      ['decision', 'm1/d1', 'fixed'],
      ['entity', 'e1', 'correct'],
      ['missed', 'm1/a', 'fixed'],
    ]);
    expect(verdicts[2]!.fix).toEqual({ kind: 'agreement', date: '1397-12-10' });
    expect(verdicts[4]).toMatchObject({
      text: missed,
      start: at,
      end: at + missed.length,
      sha256: seed.sha256,
    });
    expect(verdicts[1]).toMatchObject({
      text: 'دکتر ذاکری',
      start: seed.meetings[0]!.attendees[0]!.mentions[0]!.start,
    });

    await applyReview(dir, verdicts);
    const rows = (table: string) => {
      const [head, ...body] = readCsv(readFileSync(join(dir, 'reviewed', `${table}.csv`), 'utf8'));
      return body
        .map((r) => Object.fromEntries(r.map((c, k) => [head![k], c])))
        .filter((r) => r.doc_id === seed.docId);
    };
    expect(rows('attendees').map((r) => [r.attendee_id, r.person_name, r.mention_spans, r.review])).toEqual([
      ['a2', missed, `${at}-${at + missed.length}`, 'added'],
    ]);
    expect(rows('decisions')[0]).toMatchObject({
      decision_id: 'd1',
      decision_kind: 'agreement',
      review: 'fixed',
    });
    expect(Object.values(rows('decisions')[0]!)).toContain('2019-03-01');
    expect(rows('meetings').map((r) => r.review)).toEqual(['correct']);
    expect(rows('entities').map((r) => r.review)).toEqual([
      'correct',
      'unreviewed',
      'unreviewed',
      'unreviewed',
      'unreviewed',
    ]);
    expect(editor.problems).toEqual([]);
    expect(networkRequests(editor).filter((u) => !u.startsWith('blob:'))).toEqual([]);
    await p.context().close();
  });

  it('keeps verdicts given on another version of a document apart, and says so', async () => {
    const other = await openReport(browser, join(dir, 'report.html'));
    const p = other.page;
    const old = {
      docId: seed.docId,
      sha256: 'f'.repeat(64),
      target: 'meeting',
      id: 'm1',
      verdict: 'wrong',
      at: '2026-01-01T00:00:00.000Z',
    };
    await p.evaluate((v) => {
      localStorage.setItem('khabar.verdicts.v1', JSON.stringify({ old: v }));
    }, old);
    await p.reload();
    await p.waitForSelector('html[data-ready="1"]');
    await openDocument(p, seed.docId);
    expect(await p.locator('#stale').textContent()).toBe('داوری‌ها بر نسخه‌ای دیگر از این سند: ۱');
    expect(await p.locator('.card[data-meeting="m1"] h3').getAttribute('class')).not.toContain('v-wrong');
    // Still exported, so `review apply` can report it instead of losing it.
    expect(await p.locator('#export').textContent()).toBe('دریافت داوری‌ها (۱)');
    await p.context().close();
  });

  it('switches to English and remembers it', async () => {
    const other = await openReport(browser, join(dir, 'report.html'));
    const p = other.page;
    await Promise.all([p.waitForEvent('load'), p.click('#lang')]);
    await p.waitForSelector('html[data-ready="1"]');
    expect(await p.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    await p.reload();
    await p.waitForSelector('html[data-ready="1"]');
    expect(await p.locator('header h1').textContent()).toBe('khabar review report');
    expect(await p.locator('[data-count="documents"] b').textContent()).toBe('4');
    await p.context().close();
  });

  it('logged no console error and made no network request', () => {
    expect(opened.problems).toEqual([]);
    expect(networkRequests(opened)).toEqual([]);
    expect(opened.requests.length).toBeGreaterThan(0);
  });
});
