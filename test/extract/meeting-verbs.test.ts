// An event whose light verb the release leaves out before «و»: «با X دیدار و با وی … را بررسی
// کرد» reports a meeting that took place; the same words planned («… دیدار و … بررسی خواهد کرد»)
// do not. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ آبان ۱۴۰۱';

describe('an event verb left out before «و»', () => {
  it('took place when the sentence ends with a past verb', () => {
    const r = run(
      release(
        DATELINE,
        'دکتر یوسف امینی سفیر ایران در ایتالیا، روز ۱۸ آبان ۱۴۰۱ با دکتر ماریو روسی رئیس دانشگاه بولونیا در محل این دانشگاه دیدار و با وی ابعاد همکاری‌های علمی را بررسی کرد.',
      ),
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]!.kind).toBe('meeting');
    expect(r.meetings[0]!.organizations).toContain('unibo.it');
  });

  it('is no event when the sentence speaks of the future', () => {
    const r = run(
      release(
        DATELINE,
        'دکتر یوسف امینی سفیر ایران در ایتالیا، هفته آینده با رئیس دانشگاه بولونیا دیدار و با وی ابعاد همکاری‌های علمی را بررسی خواهد کرد.',
      ),
    );
    expect(r.meetings).toHaveLength(0);
  });
});

describe('a speech verb framed by an event («در حاشیه بازدید X گفت»)', () => {
  it('reports the event as held even when what was said is planned («… گفت: قرار است …»)', () => {
    const r = run(
      release(
        DATELINE,
        'دکتر یوسف امینی در حاشیه بازدید سفیر ایتالیا از دانشگاه تبریز گفت: قرار است همکاری دو کشور در حوزه انرژی گسترش یابد.',
      ),
    );
    expect(r.meetings.map((m) => m.kind)).toEqual(['visit']);
  });

  it('but not when the frame itself lies ahead («… خواهد گفت»)', () => {
    const r = run(
      release(DATELINE, 'قرار است دکتر یوسف امینی در حاشیه بازدید سفیر ایتالیا از دانشگاه تبریز سخن بگوید.'),
    );
    expect(r.meetings).toHaveLength(0);
  });
});
