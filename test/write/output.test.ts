import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputWriter } from '../../src/write/output.js';
import { serializeRecord } from '../../src/write/serialize.js';
import { sampleRecord } from './helpers.js';

function serialized() {
  const s = serializeRecord(sampleRecord(), 'x');
  if (!s.ok) throw new Error('invalid sample');
  return s.out;
}

describe('OutputWriter', () => {
  it('writes to temporaries and renames everything into place on commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-out-'));
    const w = new OutputWriter(dir);
    w.addDocument(serialized());
    w.addError({ source: 'b.txt', code: 'empty', message: 'the file is empty' });
    expect(existsSync(join(dir, 'records.jsonl'))).toBe(false);
    w.commit({ version: 'test' });
    expect(readdirSync(dir).sort()).toEqual([
      'attendees.csv',
      'decisions.csv',
      'document_flags.csv',
      'documents.csv',
      'entities.csv',
      'errors.jsonl',
      'meetings.csv',
      'records.jsonl',
      'run.json',
    ]);
    expect(readFileSync(join(dir, 'records.jsonl'), 'utf8').split('\n')).toHaveLength(2);
    expect(readFileSync(join(dir, 'meetings.csv'), 'utf8').startsWith('\ufeffdoc_id,meeting_id,')).toBe(true);
    expect(w.counts).toEqual({ records: 1, meetings: 1, attendees: 2, decisions: 1, entities: 4, errors: 1 });
  });

  it('leaves the previous output untouched on abort, and a new run removes stale temporaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-out-'));
    writeFileSync(join(dir, 'records.jsonl'), 'previous\n');
    const w = new OutputWriter(dir);
    w.addDocument(serialized());
    w.abort();
    expect(readFileSync(join(dir, 'records.jsonl'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
    // A killed run cannot clean up: its temporaries are removed by the next run.
    writeFileSync(join(dir, '.khabar-tmp-123-records.jsonl'), 'half');
    new OutputWriter(dir).abort();
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
  });
});
