// Every regular expression in src/ and rules/ must run in (near) linear time on text crafted against
// it, and the whole pipeline must survive the same text quickly. A catastrophic pattern takes
// seconds to hours on these inputs; a linear one takes a few milliseconds.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { adversarialInputs } from './adversarial.js';
import { collect, measure, ROOT } from './regexes.js';

/** Per regex, per input. A linear scan of 64k characters takes well under 50 ms even on a busy CI core. */
const REGEX_BOUND_MS = 400;
const PIPELINE_BOUND_MS = 15_000;

// Text that reaches the patterns built lazily inside functions (relative days, parts of months,
// clock times): the corpus releases plus sentences written for the rarer rules.
const WARM_UP = [
  ...fg.sync('corpus/*.txt', { cwd: ROOT }).map((f) => readFileSync(`${ROOT}${f}`, 'utf8')),
  'این نشست فردا و پس‌فردا ساعت ۱۰ و نیم صبح تا ساعت ۱۲:۳۰ برگزار می‌شود؛ دیروز و امروز نیز جلسه بود.',
  'در اوایل بهمن ماه امسال، نیمه دوم اسفند سال گذشته و دهه سوم دی ۱۴۰۱ و اواخر آذر سال آینده دیدار شد.',
  'همایش در ۱۲ مه ۲۰۲۳ و سوم بهمن ماه 1397 و دوشنبه ۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰ و 15/08/1402 و ۰۲-۰۸-۱۵ برگزار شد.',
  'تماس: تلفن ۰۲۱-۷۷۴۹۱۰۳۱ و +۹۸ (۲۱) ۶۶۱۶۴۰۰۰ و info@iust.ac.ir و http://www.iust.ac.ir/fa.',
  'The meeting was held on 12 December 2023 at 14:30 in Tehran by Dr. Smith.',
];

const inventory = await collect(async () => {
  const { createPipeline, processDocument } = await import('../../src/pipeline.js');
  const { analyze } = await import('../../src/text/index.js');
  const { recognizeTemporal } = await import('../../src/recognize/dates/timex.js');
  const { findTimes } = await import('../../src/recognize/dates/grammar.js');
  const pipeline = createPipeline();
  WARM_UP.forEach((text, i) => {
    processDocument({ source: `warm-${i}`, docId: `warm-${i}`, sha256: '0'.repeat(64), text }, pipeline);
    recognizeTemporal(analyze(text));
    findTimes(analyze(text).norm.text);
  });
});

// The same shapes at 200 to 64k characters: a regex climbs to the next size only while it stays fast.
const SIZES = [200, 2_000, 16_000, 64_000];
const BY_SIZE = SIZES.map((n) => adversarialInputs(n));
const SHAPES = (BY_SIZE[0] ?? []).map((input, i) => ({
  name: input.name,
  texts: BY_SIZE.map((inputs) => inputs[i]?.text ?? ''),
}));

const timings: Array<{ label: string; shape: string; ms: number; chars: number; projected: boolean }> = [];
afterAll(() => {
  const top = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 12);
  console.info(
    `slowest regex runs:\n${top
      .map(
        (t) =>
          `  ${t.ms.toFixed(1)} ms  ${t.chars} chars  ${t.projected ? '(stopped: growth) ' : ''}${t.shape}  ${t.label}`,
      )
      .join('\n')}`,
  );
});

describe('regex inventory', () => {
  it('finds the regexes of src/ and rules/', () => {
    console.info(
      `regex safety: ${inventory.files.length} source files, ${inventory.literalCount} literals, ` +
        `${inventory.constructorSites.length} RegExp call sites, ${inventory.exportedCount} exported patterns, ` +
        `${inventory.rulesCount} rule patterns → ${inventory.regexes.length} distinct regexes`,
    );
    expect(inventory.literalCount).toBeGreaterThan(0);
    expect(inventory.constructorSites.length).toBeGreaterThan(0);
  });

  it('has seen every RegExp call site build its pattern (so the dynamic ones are tested too)', () => {
    const missed = inventory.constructorSites.filter((s) => !inventory.constructorSitesRun.has(s.where));
    expect(missed.map((s) => s.where)).toEqual([]);
  });
});

describe('every regex is linear on adversarial input', () => {
  for (const rx of inventory.regexes) {
    const site = rx.sites[0] ?? '?';
    const label = `${site}${rx.sites.length > 1 ? ` (+${rx.sites.length - 1} more)` : ''}`;
    const short = rx.source.length > 60 ? `${rx.source.slice(0, 60)}…` : rx.source;
    it(`${label} /${short}/${rx.flags}`, () => {
      const re = new RegExp(rx.source, rx.flags);
      const slow: string[] = [];
      for (const shape of SHAPES) {
        const m = measure(re, shape.texts, REGEX_BOUND_MS);
        timings.push({ label: `${label} /${short}/${rx.flags}`, shape: shape.name, ...m });
        if (m.projected || m.ms > REGEX_BOUND_MS)
          slow.push(
            `${m.ms.toFixed(0)} ms on "${shape.name}" at ${m.chars} chars${m.projected ? ' (growing superlinearly; larger sizes skipped)' : ''}`,
          );
      }
      expect(slow, `/${rx.source}/${rx.flags} at ${rx.sites.join(', ')}`).toEqual([]);
    });
  }
});

describe('the whole pipeline on adversarial input', async () => {
  const { createPipeline, processDocument } = await import('../../src/pipeline.js');
  const { analyze } = await import('../../src/text/index.js');
  const { DocumentRecordSchema } = await import('../../src/records/schema.js');
  const pipeline = createPipeline();
  for (const input of adversarialInputs(300_000)) {
    it(`${input.name} (${input.text.length} chars)`, () => {
      const t0 = performance.now();
      const doc = analyze(input.text);
      const record = processDocument(
        { source: 'adversarial.txt', docId: 'adversarial', sha256: '0'.repeat(64), text: input.text },
        pipeline,
      );
      const ms = performance.now() - t0;
      expect(doc.norm.map.length).toBe(doc.norm.text.length + 1);
      DocumentRecordSchema.parse(record);
      expect(ms).toBeLessThan(PIPELINE_BOUND_MS);
    });
  }
});

describe('a dateline crafted against DATELINE_PLACE (published.ts:14)', async () => {
  const { createPipeline, processDocument } = await import('../../src/pipeline.js');
  const pipeline = createPipeline();
  // 130 ZWNJ before a date on the first line took ~10 s of backtracking in DATELINE_PLACE before
  // the place word was made unambiguous (and minutes at 200 ZWNJ).
  it('finishes quickly', () => {
    const text = `${'\u200c'.repeat(130)} ۱۴۰۲/۰۸/۱۵\nمتن خبر.`;
    const t0 = performance.now();
    processDocument({ source: 'dateline.txt', docId: 'dateline', sha256: '0'.repeat(64), text }, pipeline);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
