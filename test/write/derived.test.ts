// The run-level outputs, read back: every Parquet file with an independent reader (hyparquet)
// against its CSV twin, the types in the Parquet schema, and organisations.csv.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { linkEvents } from '../../src/events/link.js';
import type { LinkTable } from '../../src/events/link-table.js';
import { reportsOf } from '../../src/events/reports.js';
import { type EventRows, eventRows } from '../../src/events/rows.js';
import { ALL_TABLES, columnInfo, type TableName } from '../../src/records/tables.js';
import { loadRules } from '../../src/rules/load.js';
import { csvHeader, defuse, LIST_SEPARATOR, tableCsv } from '../../src/write/csv.js';
import { bundledDirectory, derivedFileNames, deriveRunOutputs, RunDeriver } from '../../src/write/derive.js';
import { type OrgDirectory, orgDirectory } from '../../src/write/organisations.js';
import { recordOf } from '../events/fixtures.js';
import { readCsv } from '../io/helpers/csv.js';
import { sampleRecord } from './helpers.js';

const agency = recordOf('b-agency');
const records = [
  ...(['a-sharif', 'b-agency', 'c-deputies', 'd-housing'] as const).map(recordOf),
  // A third outlet calls the meeting a visit: listed in event_conflicts.
  {
    ...agency,
    docId: 'e-visit',
    source: 'e-visit.txt',
    meetings: agency.meetings.map((m) => ({ ...m, kind: 'visit' as const })),
  },
  sampleRecord({ url: 'https://iust.ac.ir/n/1', warnings: ['year-inferred'] }),
  // An organisation the gazetteers do not know: a local unknown.
  sampleRecord({
    docId: 'local',
    source: 'local.txt',
    entities: [
      {
        entityId: 'e1',
        type: 'organization',
        text: 'پژوهشگاه نمونه',
        start: 0,
        end: 14,
        sentence: 0,
        localId: 'local:0a1b2c3d4e',
        rule: 'test',
      },
      // Known only to the generated world gazetteer (rules/generated, from ROR).
      {
        entityId: 'e2',
        type: 'university',
        text: 'First Pavlov State Medical University of St. Petersburg',
        start: 20,
        end: 75,
        sentence: 0,
        canonicalId: '1spbgmu.ru',
        rule: 'test',
      },
    ],
    meetings: [],
  }),
];

async function derive(documentCsv: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-derive-'));
  const derived = await deriveRunOutputs(records, {
    directory: orgDirectory(loadRules()),
    path: (name) => join(dir, name),
    documentCsv,
  });
  return { dir, derived };
}

/** A Parquet value as the CSV writes it. */
function asCsv(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return String(defuse(v.join(LIST_SEPARATOR)));
  if (typeof v === 'string') return String(defuse(v));
  return String(defuse(v as number | boolean));
}

describe('deriveRunOutputs', () => {
  it('writes every table as CSV and Parquet, and the two graph files', async () => {
    const { derived } = await derive(true);
    expect([...derived.files].sort()).toEqual(derivedFileNames(true).sort());
  });

  it('gives Parquet files that an independent reader reads back equal to the CSVs, with real types', async () => {
    const { dir } = await derive(true);
    for (const t of ALL_TABLES as TableName[]) {
      const csv = readCsv(readFileSync(join(dir, `${t}.csv`), 'utf8'));
      const file = await asyncBufferFromFile(join(dir, `${t}.parquet`));
      const rows = await parquetReadObjects({ file });
      const columns = columnInfo(t);
      expect(csv[0], t).toEqual(columns.map((c) => c.name));
      expect(rows.length, t).toBe(csv.length - 1);
      expect(rows.length, `${t} has rows to compare`).toBeGreaterThan(0);
      rows.forEach((r, i) => {
        expect(
          columns.map((c) => asCsv(r[c.name])),
          `${t} row ${i + 1}`,
        ).toEqual(csv[i + 1]);
      });
      const schema = parquetSchema(await parquetMetadataAsync(file));
      for (const c of columns) {
        const node = schema.children.find((n) => n.element.name === c.name);
        const el = node?.element;
        if (c.type === 'date') expect(el?.converted_type, `${t}.${c.name}`).toBe('DATE');
        if (c.type === 'integer') expect(el?.type, `${t}.${c.name}`).toBe('INT32');
        if (c.type === 'boolean') expect(el?.type, `${t}.${c.name}`).toBe('BOOLEAN');
        if (c.type === 'list') expect(el?.converted_type, `${t}.${c.name}`).toBe('LIST');
        if (c.type === 'string') expect(el?.converted_type, `${t}.${c.name}`).toBe('UTF8');
        expect(el?.repetition_type, `${t}.${c.name}`).toBe(c.nullable ? 'OPTIONAL' : 'REQUIRED');
      }
    }
  });

  it('writes the event tables event by event, equal to the whole tables made at once', async () => {
    const { dir } = await derive(false);
    const whole = eventRows(linkEvents(records.flatMap(reportsOf)));
    for (const t of Object.keys(whole) as (keyof EventRows)[]) {
      expect(whole[t].length, `${t} has rows`).toBeGreaterThan(0);
      expect(readFileSync(join(dir, `${t}.csv`), 'utf8'), t).toBe(csvHeader(t) + tableCsv(t, whole[t]));
    }
  });

  it("gives the same files when a record's entities come a batch at a time before the rest of it, and with the run's directory of its ids only", async () => {
    const deriveWith = (
      feed: (d: RunDeriver, r: (typeof records)[number]) => void,
      directory: (ids: readonly string[]) => OrgDirectory,
    ) => {
      const dir = mkdtempSync(join(tmpdir(), 'khabar-derive-'));
      const deriver = new RunDeriver({ path: (name) => join(dir, name), documentCsv: true });
      for (const r of records) feed(deriver, r);
      const derived = deriver.finish(directory);
      // What linking read of each meeting report (its words come from the entities in its evidence).
      const links = (deriver as unknown as { reports: { links: LinkTable } }).reports.links;
      const views = Array.from({ length: links.size }, (_, i) => links.view(i));
      return { dir, derived, views };
    };
    const whole = deriveWith(
      (d, r) => d.add(r),
      () => orgDirectory(loadRules()),
    );
    let asked: readonly string[] = [];
    const pieces = deriveWith(
      (d, r) => {
        // Uneven batches, one of them empty, as a long record's reading hands them over.
        for (let at = 0, size = 1; at <= r.entities.length; at += size, size++)
          d.addEntities(r.docId, r.entities.slice(at, at + size));
        d.add({ ...r, entities: [] });
      },
      (ids) => {
        asked = ids;
        return bundledDirectory(ids);
      },
    );
    // Hand-curated, generated (world gazetteer) and local ids alike.
    expect(asked).toEqual(expect.arrayContaining(['sharif.edu', '1spbgmu.ru', 'local:0a1b2c3d4e']));
    expect(pieces.derived).toEqual(whole.derived);
    expect(pieces.views).toEqual(whole.views);
    expect(JSON.stringify(whole.views)).toContain('words":["');
    for (const f of whole.derived.files)
      expect(readFileSync(join(pieces.dir, f)).equals(readFileSync(join(whole.dir, f))), f).toBe(true);
  });

  it('is byte-identical when run twice', async () => {
    const one = await derive(false);
    const two = await derive(false);
    for (const f of one.derived.files)
      expect(readFileSync(join(two.dir, f)).equals(readFileSync(join(one.dir, f))), f).toBe(true);
  });

  it('lists identified organisations with the gazetteer’s names and local unknowns by their wording', async () => {
    const { dir } = await derive(false);
    const [header, ...rows] = readCsv(readFileSync(join(dir, 'organisations.csv'), 'utf8'));
    const byId = new Map(
      rows.map((r) => [r[0], Object.fromEntries((header ?? []).map((h, i) => [h, r[i]]))]),
    );
    expect(byId.get('sharif.edu')).toMatchObject({
      identified: 'true',
      name_fa: 'دانشگاه صنعتی شریف',
      name_en: 'Sharif University of Technology',
      org_kind: 'university',
      university_type: 'technology',
      country: 'IR',
      city: 'Tehran',
      meeting_count: '5',
      // a-sharif, b-agency and e-visit are one event.
      event_count: '3',
    });
    expect(byId.get('msrt.ir')).toBeUndefined();
    expect(byId.get('1spbgmu.ru')).toMatchObject({
      identified: 'true',
      name_en: 'First Pavlov State Medical University of St. Petersburg',
      org_kind: 'university',
      country: 'RU',
      ror_id: '04g525b43',
      wikidata_id: 'Q1056886',
    });
    expect(byId.get('local:0a1b2c3d4e')).toMatchObject({
      identified: 'false',
      name_fa: 'پژوهشگاه نمونه',
      name_en: '',
      mention_count: '1',
      document_count: '1',
    });
  });
});
