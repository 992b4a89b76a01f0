// The development corpus and its gold records must agree with each other and with the contract:
// every gold file parses, names a document that exists, uses only known canonical ids, and states
// dates whose Jalali and Gregorian halves are the same days (computed with jalaali-js).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { type GoldDate, type GoldRecord, GoldRecordSchema } from '../../src/records/gold.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = join(root, 'corpus');
const goldDir = join(corpusDir, 'gold');
const rulesDir = join(root, 'rules');

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.html']);
const GAZETTEER_FILES = ['universities.iran.json', 'universities.foreign.json', 'organizations.json'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** docId → where it was found. A .jsonl line is `<name>#<id>` (its id field, else its 1-based line). */
function corpusDocuments(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const entry of readdirSync(corpusDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const ext = extname(entry.name);
    const name = basename(entry.name, ext);
    if (DOCUMENT_EXTENSIONS.has(ext)) docs.set(name, entry.name);
    if (ext !== '.jsonl') continue;
    const lines = readFileSync(join(corpusDir, entry.name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as { id?: unknown };
      const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : String(i + 1);
      docs.set(`${name}#${id}`, `${entry.name}#${id}`);
    });
  }
  return docs;
}

const goldFileName = (docId: string): string => `${docId.replaceAll('#', '__')}.json`;

function readGold(file: string): GoldRecord {
  return GoldRecordSchema.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
}

/** Every date in a gold record with a readable path for messages. */
function datesOf(gold: GoldRecord): Array<[string, GoldDate]> {
  const out: Array<[string, GoldDate]> = [];
  if (gold.publishedAt) out.push(['publishedAt', gold.publishedAt]);
  gold.entities.forEach((e, i) => {
    if (e.date) out.push([`entities[${i}] «${e.text}»`, e.date]);
  });
  gold.meetings.forEach((m, i) => {
    if (m.date) out.push([`meetings[${i}].date`, m.date]);
    m.decisions.forEach((d, k) => {
      if (d.date) out.push([`meetings[${i}].decisions[${k}].date`, d.date]);
    });
  });
  return out;
}

/** Every canonical id a gold record uses, wherever it appears. */
function idsOf(gold: GoldRecord): string[] {
  const ids: Array<string | null | undefined> = gold.entities.map((e) => e.canonicalId);
  for (const m of gold.meetings) {
    ids.push(...m.organizations, m.location?.organizationId, m.organizer?.organizationId);
    ids.push(...m.attendees.map((a) => a.organizationId));
    ids.push(...m.decisions.map((d) => d.location?.organizationId));
  }
  return ids.filter((id): id is string => typeof id === 'string');
}

function gregorianOf(isoJalali: string): string | null {
  const [jy, jm, jd] = isoJalali.split('-').map(Number) as [number, number, number];
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  const g = toGregorian(jy, jm, jd);
  return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
}

function weekdayOf(isoGregorian: string): string {
  return WEEKDAYS[new Date(`${isoGregorian}T00:00:00Z`).getUTCDay()] as string;
}

const haveCorpus = existsSync(goldDir);
const goldFiles = haveCorpus ? readdirSync(goldDir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(!haveCorpus)('corpus gold', () => {
  const documents = haveCorpus ? corpusDocuments() : new Map<string, string>();

  it('has gold files', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
  });

  it.each(goldFiles)('%s parses with GoldRecordSchema and names its document', (file) => {
    const raw = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const parsed = GoldRecordSchema.safeParse(raw);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 1)).toBe(true);
    if (!parsed.success) return;
    expect(goldFileName(parsed.data.docId)).toBe(file);
    expect(documents.has(parsed.data.docId), `no document in corpus/ for docId ${parsed.data.docId}`).toBe(
      true,
    );
  });

  it('every corpus document has a gold file', () => {
    const missing = [...documents.entries()]
      .filter(([docId]) => !existsSync(join(goldDir, goldFileName(docId))))
      .map(([, source]) => source);
    expect(missing).toEqual([]);
  });

  it("every gold date's Jalali and Gregorian halves are the same days", () => {
    const problems: string[] = [];
    for (const file of goldFiles) {
      const gold = readGold(file);
      for (const [where, date] of datesOf(gold)) {
        const at = `${file} ${where}`;
        for (const end of ['from', 'to'] as const) {
          const expected = gregorianOf(date.jalali[end]);
          if (expected === null) problems.push(`${at}: ${date.jalali[end]} is not a Jalali date`);
          else if (expected !== date.gregorian[end])
            problems.push(
              `${at}: jalali.${end} ${date.jalali[end]} is ${expected}, gold says ${date.gregorian[end]}`,
            );
        }
        if (date.jalali.from > date.jalali.to) problems.push(`${at}: range ends before it starts`);
        if (date.precision === 'day' && date.jalali.from !== date.jalali.to)
          problems.push(`${at}: precision day but from != to`);
        // A stated weekday that contradicts the date is allowed only with the warning records.md asks for.
        if (date.weekday && date.precision === 'day' && weekdayOf(date.gregorian.from) !== date.weekday)
          if (!gold.warnings?.includes('weekday-mismatch'))
            problems.push(
              `${at}: weekday ${date.weekday} contradicts the date and there is no weekday-mismatch warning`,
            );
      }
    }
    expect(problems).toEqual([]);
  });

  it('meeting organisations are sorted and unique', () => {
    const problems: string[] = [];
    for (const file of goldFiles) {
      readGold(file).meetings.forEach((m, i) => {
        const sorted = [...new Set(m.organizations)].sort();
        if (JSON.stringify(sorted) !== JSON.stringify(m.organizations))
          problems.push(`${file} meetings[${i}]: ${m.organizations.join(', ')}`);
      });
    }
    expect(problems).toEqual([]);
  });

  const gazetteersPresent = GAZETTEER_FILES.every((f) => existsSync(join(rulesDir, f)));
  it.skipIf(!gazetteersPresent)('every canonical id used in gold is an id in rules/', () => {
    const known = new Set<string>();
    for (const f of GAZETTEER_FILES) {
      const entries = JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as Array<{ id: string | null }>;
      for (const e of entries) if (e.id) known.add(e.id);
    }
    const unknown = new Set<string>();
    for (const file of goldFiles)
      for (const id of idsOf(readGold(file))) if (!known.has(id)) unknown.add(`${file}: ${id}`);
    expect([...unknown]).toEqual([]);
  });
});
