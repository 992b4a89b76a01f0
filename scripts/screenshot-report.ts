// Screenshots of an output folder's report.html for the README:
//   node dist/scripts/screenshot-report.js OUTDIR [--doc DOCID] [--to docs]
// Writes report-overview.png (the Persian overview at 1400×1000) and report-document.png (a document
// being reviewed: a few verdicts given with the keyboard, its first meeting's date shown in the
// text). The browser profile is fresh, so the page is in Persian and holds no earlier verdicts.
// Needs Debian's chromium at /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir || outDir.startsWith('--')) {
    process.stderr.write('usage: screenshot-report OUTDIR [--doc DOCID] [--to DIR]\n');
    process.exit(2);
  }
  const to = resolve(option(args, '--to') ?? 'docs');
  const wanted = option(args, '--doc');
  mkdirSync(to, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(resolve(outDir, 'report.html')).href);
    await page.waitForSelector('html[data-ready="1"]');
    await page.screenshot({ path: join(to, 'report-overview.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    // The wanted document, else the first (in input order) whose meeting has attendees and decisions.
    // Evaluated as source text: this project compiles without DOM types.
    const index = await page.evaluate<number>(`(() => {
      const wanted = ${JSON.stringify(wanted ?? null)};
      for (const b of document.querySelectorAll('script[type="application/json"][id^="r"]')) {
        const rec = JSON.parse(b.textContent || 'null');
        const full = (m) => m.attendees.length > 1 && m.decisions.length > 0;
        if (rec && (wanted ? rec.docId === wanted : rec.meetings.some(full))) return Number(b.id.slice(1));
      }
      return -1;
    })()`);
    if (index < 0)
      throw new Error(wanted ? `no document ${wanted} in the report` : 'no document with a meeting');
    await page.evaluate(`location.hash = '#doc/${index}'`);
    await page.waitForSelector('#text');
    // An editor at work: the meeting and its first attendee judged correct, the next one wrong.
    for (const key of ['ArrowDown', 'c', 'c', 'x']) await page.keyboard.press(key);
    const date = page.locator('.card button[data-field="date"]:not([disabled])').first();
    if (await date.count()) await date.click();
    await page.waitForTimeout(1800);
    await page.screenshot({ path: join(to, 'report-document.png') });
    process.stderr.write(
      `screenshots → ${join(to, 'report-overview.png')}, ${join(to, 'report-document.png')}\n`,
    );
  } finally {
    await browser.close();
  }
}

await main();
