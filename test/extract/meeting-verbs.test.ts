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

describe('light verbs in their formal forms («نمود», «گردید»)', () => {
  // Formal releases write «دیدار نمود» for «دیدار کرد» and «برگزار گردیده است» for «برگزار شده
  // است»; the trigger lists give the plain form only.
  it('«… دیدار نمود» reports a meeting that took place, on its day', () => {
    const r = run(
      release(
        DATELINE,
        'دکتر یوسف امینی رئیس دانشگاه تبریز روز دوشنبه ۱۶ آبان ۱۴۰۱ با رئیس دانشگاه بولونیا دیدار نمود.',
      ),
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]!.date?.jalali.from).toBe('1401-08-16');
  });

  it('«… بازدید نمودند» and «… برگزار گردیده است» report events too', () => {
    const visit = run(
      release(DATELINE, 'هیئتی از دانشگاه بولونیا روز ۱۶ آبان ۱۴۰۱ از دانشگاه تبریز بازدید نمودند.'),
    );
    expect(visit.meetings.map((m) => m.kind)).toEqual(['visit']);
    const held = run(
      release(DATELINE, 'نشست مشترک دانشگاه تبریز و دانشگاه بولونیا روز ۱۶ آبان ۱۴۰۱ برگزار گردیده است.'),
    );
    expect(held.meetings.map((m) => m.kind)).toEqual(['meeting']);
  });

  it('«حضور پیدا کرد» and «انجام پذیرفت» say an event took place as «حضور یافت» and «انجام شد» do', () => {
    const came = run(
      release(DATELINE, 'رئیس دانشگاه بولونیا روز ۱۶ آبان ۱۴۰۱ در دانشگاه تبریز حضور پیدا کرد.'),
    );
    expect(came.meetings.map((m) => m.kind)).toEqual(['visit']);
    const done = run(
      release(DATELINE, 'دیدار رئیس دانشگاه تبریز و رئیس دانشگاه بولونیا روز ۱۶ آبان ۱۴۰۱ انجام پذیرفت.'),
    );
    expect(done.meetings.map((m) => m.kind)).toEqual(['meeting']);
  });

  it('a formal future («برگزار خواهد گردید») is planned, not held', () => {
    const r = run(
      release(DATELINE, 'نشست مشترک دانشگاه تبریز و دانشگاه بولونیا روز ۲۵ آبان ۱۴۰۱ برگزار خواهد گردید.'),
    );
    expect(r.meetings).toHaveLength(0);
  });
});

describe('a verb of discussion framed by an event («در نشست X و Y … بررسی شد»)', () => {
  it('reports the event when nothing else in the story does', () => {
    const r = run(
      release(
        DATELINE,
        'در نشست مشترک دانشگاه تبریز و دانشگاه بولونیا، راه‌های توسعه همکاری‌های دو دانشگاه مورد بررسی قرار گرفت.',
        'در دیدار رئیس دانشگاه تبریز با سفیر ایتالیا نیز بر گسترش تبادل دانشجو تأکید شد.',
      ),
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]!.kind).toBe('meeting');
    expect(r.meetings[0]!.organizations).toEqual(['tabrizu.ac.ir', 'unibo.it']);
  });

  it('leaves the event to the sentence that reports it, with its kind', () => {
    const r = run(
      release(
        DATELINE,
        'در نشست مشترک دانشگاه تبریز و دانشگاه بولونیا بر توسعه همکاری‌ها تأکید شد.',
        'هیئتی از دانشگاه بولونیا روز ۱۶ آبان ۱۴۰۱ از دانشگاه تبریز بازدید کرد.',
      ),
    );
    expect(r.meetings.map((m) => m.kind)).toEqual(['visit']);
    expect(r.meetings[0]!.date?.jalali.from).toBe('1401-08-16');
  });

  it('is no event when it lies ahead («… بررسی خواهد شد»)', () => {
    const r = run(
      release(DATELINE, 'در نشست آینده دانشگاه تبریز و دانشگاه بولونیا، راه‌های همکاری بررسی خواهد شد.'),
    );
    expect(r.meetings).toHaveLength(0);
  });
});
