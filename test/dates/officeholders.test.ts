// A day written without its year, in a text with no publication date and no other dated phrase,
// takes the one year the terms of the officeholders the text names leave for it (on its stated
// weekday); otherwise it stays without a year, as before. Sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { boundDay } from '../../src/extract/year-anchor.js';
import { jalaliToDays } from '../../src/recognize/dates/calendar.js';
import type { DocumentRecord, Entity } from '../../src/records/schema.js';
import { validateRuleFile } from '../../src/rules/load.js';
import { explainLines } from '../../src/write/explain.js';
import { pipeline, run } from '../recognize/helpers.js';

const dates = (r: DocumentRecord): Entity[] => r.entities.filter((e) => e.type === 'date');
const days = (r: DocumentRecord) => dates(r).map((e) => e.date?.jalali.from);

const ROUHANI = 'حجت‌الاسلام حسن روحانی رئیس‌جمهور در دانشگاه شیراز حضور یافت و با رئیس این دانشگاه دیدار کرد.';

describe('year from the officeholders a text names', () => {
  it('gives the one year the president’s term and the weekday leave (16 Azar is a Tuesday in 1395 only)', () => {
    const r = run(`${ROUHANI}\nاین دیدار صبح سه‌شنبه ۱۶ آذر در دفتر ریاست دانشگاه انجام شد.`);
    const [d] = dates(r);
    expect(d?.date?.jalali).toEqual({ from: '1395-09-16', to: '1395-09-16' });
    expect(d?.date?.yearInferred).toBe(true);
    expect(d?.rule).toBe('date.dmy-words+year.officeholders');
    expect(d?.date?.yearFrom?.rule).toBe('year.officeholders');
    expect(d?.date?.yearFrom?.note).toContain('حسن روحانی');
    // The evidence is the holder's name in the text.
    const text = `${ROUHANI}\nاین دیدار صبح سه‌شنبه ۱۶ آذر در دفتر ریاست دانشگاه انجام شد.`;
    const spans = d?.date?.yearFrom?.evidence.map((s) => text.slice(s.start, s.end)) ?? [];
    expect(spans.some((s) => s.includes('حسن روحانی'))).toBe(true);
    expect(r.warnings).toContain('year-inferred');
  });

  it('reads the weekday before «مصادف با» / «همزمان با»', () => {
    const r = run(`${ROUHANI}\nاین دیدار روز سه‌شنبه مصادف با ۱۶ آذر انجام شد.`);
    expect(dates(r)[0]?.date?.weekday).toBe('tuesday');
    expect(days(r)).toEqual(['1395-09-16']);
  });

  it('gives the other year-less days of the text the same year', () => {
    const r = run(
      `${ROUHANI}\nاین دیدار سه‌شنبه ۱۶ آذر انجام شد و مراسم ۱۶ آذر نیز در همین دانشگاه برگزار شد.`,
    );
    expect(days(r)).toEqual(['1395-09-16', '1395-09-16']);
    expect(dates(r)[1]?.date?.yearFrom?.rule).toBe('year.officeholders+year.nearest-date');
  });

  it('dates a range without a weekday when the terms leave one year (فرجی‌دانا, minister 1392-08…1393-05)', () => {
    const r = run(
      `${ROUHANI}\nدکتر رضا فرجی‌دانا وزیر علوم، تحقیقات و فناوری نیز از ۱۰ تا ۱۲ آذر در این دانشگاه بود.`,
    );
    const [d] = dates(r);
    expect(d?.date?.precision).toBe('range');
    expect(d?.date?.jalali).toEqual({ from: '1392-09-10', to: '1392-09-12' });
  });

  it('names the rule in --explain', () => {
    const r = run(`${ROUHANI}\nاین دیدار صبح سه‌شنبه ۱۶ آذر در دفتر ریاست دانشگاه انجام شد.`);
    const lines = explainLines(r)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; rule: string });
    expect(lines.find((l) => l.type === 'date')?.rule).toBe('date.dmy-words+year.officeholders');
  });

  it('gives no year when the weekday fits two years of the term (20 Aban, Monday: 1392 and 1398)', () => {
    const r = run(`${ROUHANI}\nاین دیدار دوشنبه ۲۰ آبان انجام شد.`);
    expect(dates(r)).toEqual([]);
    expect(r.warnings).not.toContain('year-inferred');
  });

  it('narrows by several offices: the president and the minister of science together leave 1398', () => {
    const r = run(
      `${ROUHANI}\nدکتر منصور غلامی وزیر علوم، تحقیقات و فناوری نیز در این دیدار حضور داشت.\nاین دیدار دوشنبه ۲۰ آبان انجام شد.`,
    );
    expect(days(r)).toEqual(['1398-08-20']);
    expect(dates(r)[0]?.date?.yearFrom?.note).toContain('منصور غلامی');
  });

  it('reads a surname beside its office (دکتر فرهادی، وزیر علوم: 1393…1396, Tuesday 16 Azar: 1395)', () => {
    const r = run(
      'دکتر فرهادی وزیر علوم، تحقیقات و فناوری روز سه‌شنبه ۱۶ آذر از دانشگاه صنعتی اصفهان بازدید کرد.',
    );
    expect(days(r)).toEqual(['1395-09-16']);
  });

  it('reads a university president by the organisation of the office (IUST: ذاکری; Sunday 15 Mehr: 1397)', () => {
    const r = run(
      'دکتر ذاکری رئیس دانشگاه علم و صنعت ایران روز یکشنبه ۱۵ مهر با هیئتی از دانشگاه بغداد دیدار کرد.',
    );
    expect(days(r)).toEqual(['1397-07-15']);
    expect(dates(r)[0]?.date?.yearFrom?.note).toContain('president-iust');
  });

  it('does not take a namesake who heads another organisation', () => {
    const r = run('دکتر ذاکری رئیس دانشگاه تبریز روز یکشنبه ۱۵ مهر با هیئتی از دانشگاه بغداد دیدار کرد.');
    expect(dates(r)).toEqual([]);
  });

  it('gives no year when the holders named did not serve at one time', () => {
    const r = run(
      `${ROUHANI}\nدکتر محمدمهدی زاهدی وزیر علوم، تحقیقات و فناوری نیز در این دیدار حضور داشت.\nاین دیدار سه‌شنبه ۱۶ آذر انجام شد.`,
    );
    expect(dates(r)).toEqual([]);
  });

  it('does not count a former holder («رئیس‌جمهور سابق»)', () => {
    const r = run(
      'حسن روحانی رئیس‌جمهور سابق روز سه‌شنبه ۱۶ آذر در دانشگاه شیراز سخنرانی کرد و با رئیس این دانشگاه دیدار کرد.',
    );
    expect(dates(r)).toEqual([]);
  });

  it('needs the office written beside a name alone, in the same sentence', () => {
    const r = run('حسن روحانی روز سه‌شنبه ۱۶ آذر در دانشگاه شیراز سخنرانی کرد.');
    expect(dates(r)).toEqual([]);
    // Today's president named elsewhere does not date a former one.
    const r2 = run(
      'سید محمد خاتمی روز سه‌شنبه ۱۶ آذر در دانشگاه شیراز سخنرانی کرد.\nرئیس‌جمهور نیز پیامی به این مراسم فرستاد.',
    );
    expect(dates(r2)).toEqual([]);
  });

  it('leaves a text with a year of its own as it was', () => {
    const r = run(`${ROUHANI}\nاین دیدار سه‌شنبه ۱۶ آذر ۱۴۰۰ انجام شد و مراسم ۱۸ آذر نیز برگزار شد.`);
    expect(days(r)).toEqual(['1400-09-16', '1400-09-18']);
    for (const d of dates(r)) {
      expect(d.date?.yearFrom).toBeUndefined();
      expect(d.rule).not.toContain('officeholders');
    }
  });

  it('leaves a text with a publication date as it was', () => {
    const r = run(`شیراز – ۲۰ آذر ۱۳۹۹\n${ROUHANI}\nاین دیدار سه‌شنبه ۱۶ آذر انجام شد.`);
    const day = dates(r).find((d) => d.text.includes('۱۶ آذر'));
    expect(day?.date?.jalali.from).toBe('1399-09-16');
    expect(day?.date?.yearFrom).toBeUndefined();
  });
});

describe('rules/officeholders.json', () => {
  it('widens a month or a year to its first and last day', () => {
    expect(boundDay('1392-05-12', false)).toBe(jalaliToDays({ y: 1392, m: 5, d: 12 }));
    expect(boundDay('1392-05', false)).toBe(jalaliToDays({ y: 1392, m: 5, d: 1 }));
    expect(boundDay('1392-05', true)).toBe(jalaliToDays({ y: 1392, m: 5, d: 31 }));
    expect(boundDay('1397', true)).toBe(jalaliToDays({ y: 1397, m: 12, d: 29 }));
  });

  it('every office names a title of titles.json and every holder has a source and a term in order', () => {
    const titles = new Set(pipeline.rules.titles.map((t) => t.id));
    for (const o of pipeline.rules.officeholders) {
      expect(titles.has(o.titleId), o.id).toBe(true);
      for (const h of o.holders) {
        expect(h.source, h.name).toMatch(/\S/);
        if (h.to !== null) expect(boundDay(h.to, true)).toBeGreaterThanOrEqual(boundDay(h.from, false));
      }
    }
  });

  it('names the file, the entry and the field of a bad entry', () => {
    const entry = {
      id: 'minister-x',
      titleId: 'minister',
      organizationId: null,
      holders: [{ name: 'الف ب', surname: 'ب', from: '1400-13', to: null, source: 'x' }],
    };
    expect(() => validateRuleFile('officeholders.json', [entry])).toThrow(
      /officeholders\.json, entry #1 \(minister-x\), field holders\.0\.from: a Jalali/,
    );
    const reversed = { ...entry, holders: [{ ...entry.holders[0], from: '1400', to: '1399' }] };
    expect(() => validateRuleFile('officeholders.json', [reversed])).toThrow(
      /field holders\.0\.to: to is before from/,
    );
  });
});
