// Formal forms of light verbs derived from the plain phrases of a trigger list.
import { describe, expect, it } from 'vitest';
import { withFormalVerbs } from '../../src/recognize/verb-forms.js';

const FORMS = { کرد: ['نمود'], شد: ['گردید'], شده: ['گردیده'] };

describe('withFormalVerbs', () => {
  it('adds each phrase with its light verb in the formal form, keeping the plain one first', () => {
    expect(withFormalVerbs(['دیدار کرد', 'برگزار شد'], FORMS)).toEqual([
      'دیدار کرد',
      'دیدار نمود',
      'برگزار شد',
      'برگزار گردید',
    ]);
  });

  it('replaces every light verb of a phrase, in every combination', () => {
    expect(withFormalVerbs(['برگزار شده است'], FORMS)).toEqual(['برگزار شده است', 'برگزار گردیده است']);
    expect(withFormalVerbs(['دیدار شد و کرد'], FORMS)).toHaveLength(4);
  });

  it('leaves phrases with no light verb alone and drops duplicates', () => {
    expect(withFormalVerbs(['با حضور', 'دیدار کرد', 'دیدار نمود'], FORMS)).toEqual([
      'با حضور',
      'دیدار کرد',
      'دیدار نمود',
    ]);
  });
});
