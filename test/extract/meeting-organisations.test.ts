// The organisations of a meeting as Persian releases name its body: «نشست شورای دانشگاه X» is X's
// council meeting, even where a unit's name («شورای دانشگاه») ends in the word that starts X's.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { entitiesOf, release, run } from '../recognize/helpers.js';

const DATELINE = 'ارومیه – ۲۰ آبان ۱۴۰۱';

describe('meeting organisations: a council named with its university', () => {
  it('«نشست شورای دانشگاه تبریز» is a meeting of the university', () => {
    const r = run(release(DATELINE, 'نشست شورای دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ برگزار شد.'));
    expect(r.meetings[0]?.organizations).toEqual(['tabrizu.ac.ir']);
    expect(entitiesOf(r, 'university').map((e) => e.text)).toEqual(['دانشگاه تبریز']);
  });

  it('two councils in one sentence are both universities’', () => {
    const r = run(
      release(
        DATELINE,
        'نشست مشترک شورای دانشگاه ارومیه و شورای دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ در ارومیه برگزار شد.',
      ),
    );
    expect(r.meetings[0]?.organizations).toEqual(['tabrizu.ac.ir', 'urmia.ac.ir']);
  });

  it('the council with no university named is still a unit of the story’s', () => {
    const r = run(release(DATELINE, 'نشست شورای دانشگاه روز ۱۸ آبان ۱۴۰۱ در دانشگاه ارومیه برگزار شد.'));
    expect(entitiesOf(r, 'unit').map((e) => e.text)).toEqual(['شورای دانشگاه']);
  });
});
