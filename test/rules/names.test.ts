// rules/person-names.generated.json's given names (scripts/build-names.ts): first names people bear,
// without the everyday words the registration list also holds.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';

describe('generated given names', () => {
  const given = new Set(loadRules().derivedNames.givenNames);

  it('keeps names that are words about as often as people bear them', () => {
    for (const n of ['کیانوش', 'پرستو', 'احسان', 'میلاد', 'روح اله']) expect(given.has(n), n).toBe(true);
  });

  it('leaves out words far more frequent than the name, rare "names" that are words, and countries', () => {
    for (const w of ['دولت', 'ستاره', 'زمان', 'ماهه', 'اصلی', 'طرحی', 'ایران', 'سوریه', 'ولی'])
      expect(given.has(w), w).toBe(false);
  });
});
