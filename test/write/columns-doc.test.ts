import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withColumns } from '../../scripts/columns-doc.js';
import { ALL_TABLES, columnsOf } from '../../src/records/tables.js';

describe('README column reference', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('is the one generated from the zod table schemas (npm run docs:columns)', () => {
    expect(withColumns(readme)).toBe(readme);
  });

  it('documents every column of every table', () => {
    for (const t of ALL_TABLES) {
      expect(readme).toContain(`#### ${t}.csv / ${t}.parquet`);
      for (const c of columnsOf(t)) expect(readme).toContain(`| \`${c}\` |`);
    }
  });
});
