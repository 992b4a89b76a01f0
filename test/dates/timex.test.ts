import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreHengam } from '../../src/eval/ner-hengam.js';
import { recognizeTemporal } from '../../src/recognize/dates/timex.js';
import { makeDoc } from './doc.js';

function spans(text: string): string[] {
  const doc = makeDoc(text);
  return recognizeTemporal(doc).map((s) => doc.original.slice(s.start, s.end));
}

describe('temporal expressions (durations, times, sets)', () => {
  const cases: [string, string[]][] = [
    ['جلسه سه ساعت طول کشید', ['سه ساعت']],
    ['نشست ساعت ۱۰ صبح آغاز شد', ['ساعت ۱۰ صبح']],
    ['ساعت ۱۴:۳۰ روز ۱۲ آبان ۱۴۰۱', ['ساعت ۱۴:۳۰', '۱۲ آبان ۱۴۰۱']],
    ['او دو سال پیش فارغ‌التحصیل شد', ['دو سال پیش']],
    ['هر سال برگزار می‌شود', ['هر سال']],
    ['از ۷ شعبان تا ۲۳ رمضان', ['از ۷ شعبان تا ۲۳ رمضان']],
    ['دوشنبه صبح به جلسه رفتم', ['دوشنبه', 'صبح']],
    ['امروز و فردا تعطیل است', ['امروز', 'فردا']],
    ['در هفته جاری سفر می‌کنم', ['در هفته جاری']],
    ['قیمت ۲۰۰ هزار دلار است', []],
    ['ریزش بهمن در جاده', []],
    ['رجب اردوغان سخن گفت', []],
    ['چند ماهی برای حوض خریدم', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(spans(text)).toEqual(expected));
  }
});

const GOLD = fileURLToPath(new URL('../../../shared/data/ner/hengam_gold/Gold.txt', import.meta.url));

describe.skipIf(!existsSync(GOLD))('HengamGold', () => {
  it('scores above the published rule-based tagger (0.818 strict F1)', () => {
    const r = scoreHengam(GOLD, (text) => recognizeTemporal(makeDoc(text)));
    console.log(
      `HengamGold (${r.sentences} sentences): strict P ${r.strict.p.toFixed(3)} R ${r.strict.r.toFixed(3)} F1 ${r.strict.f1.toFixed(3)}; overlap P ${r.overlap.p.toFixed(3)} R ${r.overlap.r.toFixed(3)} F1 ${r.overlap.f1.toFixed(3)}`,
    );
    expect(r.sentences).toBe(200);
    expect(r.strict.f1).toBeGreaterThan(0.818);
  });
});
