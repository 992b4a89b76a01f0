// An analyst adds a university or a title by editing one data file, and a broken entry is named.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPipeline, processDocument } from '../../src/pipeline.js';
import { loadRules, RuleFileError } from '../../src/rules/load.js';
import { bundledRulesDir } from '../../src/rules/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'khabar-rules-'));
cpSync(bundledRulesDir(), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text =
  'نشست مشترک دانشگاه نوبنیاد فرضی گلستان و دانشگاه صنعتی شریف روز گذشته برگزار شد و دکتر احمدی، راهبر نوآوری باز دانشگاه صنعتی شریف، در آن سخن گفت.';
const run = (rulesDir: string) =>
  processDocument(
    { source: 'x.txt', docId: 'x', sha256: '0'.repeat(64), text },
    createPipeline(loadRules(rulesDir)),
  );

function editJson(file: string, edit: (data: unknown[]) => void) {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown[];
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

describe('rules are data', () => {
  it('a university added to rules/universities.iran.json is recognised, with no code change', () => {
    expect(run(dir).entities.some((e) => e.canonicalId === 'golestan-new.ac.ir')).toBe(false);
    editJson('universities.iran.json', (data) =>
      data.push({
        id: 'golestan-new.ac.ir',
        fa: 'دانشگاه نوبنیاد فرضی گلستان',
        names: [],
        en: 'Hypothetical New University of Golestan',
        city: 'گرگان',
        country: 'IR',
      }),
    );
    const uni = run(dir).entities.find((e) => e.canonicalId === 'golestan-new.ac.ir');
    expect(uni?.text).toBe('دانشگاه نوبنیاد فرضی گلستان');
  });

  it('a title added to rules/titles.json is recognised', () => {
    const before = run(dir)
      .entities.filter((e) => e.type === 'title')
      .map((e) => e.name);
    expect(before).not.toContain('راهبر نوآوری باز');
    editJson('titles.json', (data) => data.push({ id: 'open-innovation-director', fa: 'راهبر نوآوری باز' }));
    const after = run(dir).entities.filter((e) => e.type === 'title');
    const title = after.find((e) => e.name === 'راهبر نوآوری باز');
    expect(title?.organizationId).toBe('sharif.edu');
  });

  it('a broken entry is reported with its file, entry and field', () => {
    const broken = mkdtempSync(join(tmpdir(), 'khabar-broken-'));
    try {
      cpSync(bundledRulesDir(), broken, { recursive: true });
      const path = join(broken, 'universities.foreign.json');
      const data = JSON.parse(readFileSync(path, 'utf8')) as { id: string; country: string }[];
      data[3]!.country = 'Russia';
      writeFileSync(path, JSON.stringify(data));
      let error: unknown;
      try {
        loadRules(broken);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RuleFileError);
      const message = (error as Error).message;
      expect(message).toContain('universities.foreign.json');
      // 1-based: the fourth entry of the file is #4.
      expect(message).toContain(`entry #4 (${data[3]!.id})`);
      expect(message).toContain('field country');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
