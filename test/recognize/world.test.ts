// The world gazetteer's Latin names in English text: full names match, prose does not.
import { describe, expect, it } from 'vitest';
import { capitalCharacter, startsCapitalised } from '../../src/recognize/world.js';
import { run } from './helpers.js';

const ids = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'university' || e.type === 'organization')
    .map((e) => `${e.text} → ${e.canonicalId ?? '-'} (${e.rule})`);

describe('world gazetteer (rules/generated)', () => {
  it('matches full names of universities outside the hand-curated list', () => {
    expect(ids('A delegation from Glasgow Caledonian University visited the campus on Monday.')).toEqual([
      'Glasgow Caledonian University → gcu.ac.uk (org.world)',
    ]);
    expect(ids('She studied at the Universidad de Alicante before moving to Shiraz.')).toEqual([
      'Universidad de Alicante → ua.es (org.world)',
    ]);
  });

  it('carries the ROR and Wikidata ids when the sources give them', () => {
    const e = run('Representatives of Semmelweis University attended the meeting.').entities.find(
      (x) => x.canonicalId === 'semmelweis.hu',
    );
    expect(e?.ror).toMatch(/^0[a-z0-9]{6}[0-9]{2}$/);
  });

  it('does not match lower-case prose, generic names or single words', () => {
    for (const text of [
      'Students of the state university of the region met the open university staff.',
      'The National University and the State University signed nothing.',
      'Semmelweis was a physician; Alicante is a city.',
    ])
      expect(ids(text), text).toEqual([]);
  });

  it('reads a capital first character as capitalCharacter does, for every code unit, asked once or again', () => {
    const wrong: number[] = [];
    for (let round = 0; round < 2; round++)
      for (let c = 0; c < 0x10000; c++)
        if (startsCapitalised(`${String.fromCharCode(c)}a`) !== capitalCharacter(c)) wrong.push(c);
    expect(wrong).toEqual([]);
    for (const text of [
      'Ångström',
      'éa',
      '۱۲',
      'دانشگاه',
      '\u{1d400}x',
      '\u{1d41a}x',
      '\u{10400}x',
      '\u{10428}x',
    ])
      expect(startsCapitalised(text)).toBe(capitalCharacter(text.codePointAt(0)!));
    expect(startsCapitalised('\u{10400}x')).toBe(true);
    expect(startsCapitalised('دانشگاه')).toBe(false);
  });
});
