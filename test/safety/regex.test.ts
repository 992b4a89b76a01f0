// Every regular expression khabar compiles — literals in src/, patterns built at run time (from
// rules data too), exported pattern strings, patterns in rules/*.json — is analysed statically for
// ReDoS (recheck; see redos.ts). No timing here: how fast a pattern runs on a busy machine says
// nothing reliable. Linearity is measured, not asserted, by `npm run bench:linearity`.
// The crafted inputs stay as correctness tests: the pipeline finishes on them with valid records.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../scripts/adversarial.js';
import {
  analyse,
  keyOf,
  LIVE_TIMEOUT_MS,
  loadVerdicts,
  RECORD_TIMEOUT_MS,
  saveVerdicts,
  type Verdict,
} from './redos.js';
import { acceptedPolynomial } from './redos-accepted.js';
import { collect, ROOT } from './regexes.js';

/** `REDOS_RECORD=1`: analyse what is not recorded (or was unknown) with the full limit; rewrite the file. */
const RECORD = process.env.REDOS_RECORD === '1';

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

const recorded = loadVerdicts();
const seen = new Map<string, Verdict>();
const live: string[] = [];

afterAll(() => {
  const count = new Map<string, number>();
  for (const v of seen.values()) {
    const k = v.complexity ?? `unknown (${v.error})`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  console.info(
    `ReDoS analysis of ${seen.size} patterns: ${[...count].map(([k, n]) => `${n} ${k}`).join(', ')}`,
  );
  if (RECORD) saveVerdicts(seen);
  else if (live.length)
    console.info(
      `${live.length} pattern(s) analysed live (not in redos-verdicts.json); record them with \`npm run redos:record\``,
    );
});

describe('regex inventory', () => {
  it('finds the regexes of src/ and rules/', () => {
    console.info(
      `regex inventory: ${inventory.files.length} source files, ${inventory.literalCount} literals, ` +
        `${inventory.constructorSites.length} RegExp call sites, ${inventory.exportedCount} exported patterns, ` +
        `${inventory.rulesCount} rule patterns → ${inventory.regexes.length} distinct regexes`,
    );
    expect(inventory.literalCount).toBeGreaterThan(0);
    expect(inventory.constructorSites.length).toBeGreaterThan(0);
  });

  it('has seen every RegExp call site build its pattern (so the dynamic ones are analysed too)', () => {
    const missed = inventory.constructorSites.filter((s) => !inventory.constructorSitesRun.has(s.where));
    expect(missed.map((s) => s.where)).toEqual([]);
  });
});

describe('no regex can backtrack catastrophically (static analysis)', () => {
  for (const rx of inventory.regexes) {
    const site = rx.sites[0] ?? '?';
    const label = `${site}${rx.sites.length > 1 ? ` (+${rx.sites.length - 1} more)` : ''}`;
    const short = rx.source.length > 60 ? `${rx.source.slice(0, 60)}…` : rx.source;
    it(`${label} /${short}/${rx.flags}`, async () => {
      const key = keyOf(rx.source, rx.flags);
      let v = recorded[key];
      // Recording retries what timed out before: a verdict only ever gets more precise.
      if (!v || (RECORD && v.status === 'unknown')) {
        const fresh = await analyse(rx.source, rx.flags, RECORD ? RECORD_TIMEOUT_MS : LIVE_TIMEOUT_MS);
        if (!v || fresh.status !== 'unknown') v = fresh;
        if (!RECORD) live.push(key);
      }
      seen.set(key, v);
      const where = `/${rx.source}/${rx.flags} at ${rx.sites.join(', ')}`;
      expect(v.complexity, `exponential backtracking in ${where}`).not.toBe('exponential');
      if (v.complexity === 'polynomial') {
        const accepted = acceptedPolynomial(rx);
        expect(
          accepted,
          `degree-${v.degree} backtracking in ${where}; attack: ${JSON.stringify(v.attack)}`,
        ).toBeDefined();
      }
    }, 60_000);
  }
});

describe('the whole pipeline on adversarial input (finishes, valid records)', async () => {
  const { createPipeline, processDocument } = await import('../../src/pipeline.js');
  const { analyze } = await import('../../src/text/index.js');
  const { DocumentRecordSchema } = await import('../../src/records/schema.js');
  const pipeline = createPipeline();
  // Large enough that every run of a shape is many times longer than any pattern; the
  // superlinear cases are found by the analysis above and measured by the bench.
  for (const input of adversarialInputs(20_000)) {
    it(`${input.name} (${input.text.length} chars)`, () => {
      const doc = analyze(input.text);
      const record = processDocument(
        { source: 'adversarial.txt', docId: 'adversarial', sha256: '0'.repeat(64), text: input.text },
        pipeline,
      );
      expect(doc.norm.map.length).toBe(doc.norm.text.length + 1);
      DocumentRecordSchema.parse(record);
    });
  }

  // 130 ZWNJ before a date on the first line took ~10 s of backtracking in DATELINE_PLACE before
  // the place word was made unambiguous (and minutes at 200 ZWNJ); now it is one more input.
  it('a dateline crafted against DATELINE_PLACE', () => {
    const text = `${'\u200c'.repeat(130)} ۱۴۰۲/۰۸/۱۵\nمتن خبر.`;
    const record = processDocument(
      { source: 'dateline.txt', docId: 'dateline', sha256: '0'.repeat(64), text },
      pipeline,
    );
    DocumentRecordSchema.parse(record);
  });
});
