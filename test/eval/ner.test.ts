import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONLL_SEPARATOR, normalizeTag, parseConll, sampleEvenly } from '../../src/eval/conll.js';
import { namesUniversity, sentenceCounts, spanScore } from '../../src/eval/ner.js';

function spansOk(text: string, spans: { start: number; end: number; text: string }[]) {
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('NER file readers', () => {
  it('reads PEYMA: "|" separator split at the last one, B_/I_ tags, tokens with spaces', () => {
    const sample = [
      'رئیس|O',
      'دانشگاه|B_ORG',
      'علوم پزشکی|I_ORG',
      'ایلام|I_ORG',
      '||O',
      'گفت|O',
      '',
      '',
      'دیروز|B_DAT',
      '',
    ].join('\n');
    const { sentences, skippedLines } = parseConll(sample, CONLL_SEPARATOR.peyma);
    expect(skippedLines).toBe(0);
    expect(sentences).toHaveLength(2);
    const s = sentences[0]!;
    expect(s.text).toBe('رئیس دانشگاه علوم پزشکی ایلام | گفت');
    expect(s.spans).toEqual([{ label: 'ORG', start: 5, end: 29, text: 'دانشگاه علوم پزشکی ایلام' }]);
    for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[1]!.spans).toEqual([{ label: 'DAT', start: 0, end: 5, text: 'دیروز' }]);
  });

  it('reads ParsTwiNER: TAB separator; an orphan I- starts a new entity', () => {
    const sample = 'محققان\tO\nدانشگاه\tI-ORG\nراتگرز\tI-ORG\nو\tO\nعلی\tB-PER\nرضایی\tI-PER\nتهران\tI-LOC\n';
    const { sentences } = parseConll(sample, CONLL_SEPARATOR.parstwiner);
    const s = sentences[0]!;
    expect(s.spans.map((x) => [x.label, x.text])).toEqual([
      ['ORG', 'دانشگاه راتگرز'],
      ['PER', 'علی رضایی'],
      ['LOC', 'تهران'],
    ]);
    spansOk(s.text, s.spans);
  });

  it('reads Arman: space separator, lower-case classes mapped (pers → PER, event → EVE)', () => {
    const sample =
      'دکتر O\nمحمدرضا B-pers\nتاجیک I-pers\nدر O\nدانشگاه B-fac\nتبریز I-fac\nهمایش B-event\n\n';
    const { sentences } = parseConll(sample, CONLL_SEPARATOR.arman);
    expect(sentences[0]!.spans.map((x) => [x.label, x.text])).toEqual([
      ['PER', 'محمدرضا تاجیک'],
      ['FAC', 'دانشگاه تبریز'],
      ['EVE', 'همایش'],
    ]);
  });

  it('reads HengamGold: BOM and CRLF dropped; malformed lines skipped and counted', () => {
    const sample =
      '\uFEFFساعت\tB-TIM\r\nپنج\tI-TIM\r\nسه\tB-DAT\r\nشنبه\tI-DAT\r\nبدون‌برچسب\r\nشدO\tX\r\n\r\nامروز\tB-DAT\r\n';
    const { sentences, skippedLines } = parseConll(sample, CONLL_SEPARATOR.hengam);
    expect(skippedLines).toBe(2);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.text).toBe('ساعت پنج سه شنبه');
    expect(sentences[0]!.spans.map((x) => [x.label, x.text])).toEqual([
      ['TIM', 'ساعت پنج'],
      ['DAT', 'سه شنبه'],
    ]);
  });

  it('normalises tag spellings', () => {
    expect(normalizeTag('B_DAT')).toBe('B-DAT');
    expect(normalizeTag('i-pers')).toBe('I-PER');
    expect(normalizeTag('O')).toBe('O');
    expect(normalizeTag('I-DATO')).toBe('I-DATO');
    expect(normalizeTag('OB-ORG')).toBeNull();
    expect(normalizeTag('$ارگان')).toBeNull();
  });

  it('samples every k-th item deterministically', () => {
    expect(sampleEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
    expect(sampleEvenly([1, 2], 3)).toEqual([1, 2]);
  });

  it.skipIf(!existsSync('../shared/data/ner/peyma/test.txt'))(
    'reads the real PEYMA test split as documented',
    () => {
      const { sentences } = parseConll(readFileSync('../shared/data/ner/peyma/test.txt', 'utf8'), '|');
      expect(sentences).toHaveLength(1026);
      expect(sentences.reduce((n, s) => n + s.tokens.length, 0)).toBe(32176);
      expect(sentences.flatMap((s) => s.spans).filter((x) => x.label === 'DAT')).toHaveLength(208);
    },
  );
});

describe('NER span scoring', () => {
  it('recognises a named university, not plural or adjectival uses', () => {
    expect(namesUniversity('دانشگاه تهران')).toBe(true);
    expect(namesUniversity('انجمن اسلامی دانشجویان دانشگاه يasouj'.replace('يasouj', 'یاسوج'))).toBe(true);
    expect(namesUniversity('دانشگاه‌های سراسر کشور')).toBe(false);
    expect(namesUniversity('جهاد دانشگاهی')).toBe(false);
    expect(namesUniversity('دانشگاه')).toBe(false);
  });

  it('counts overlap and exact matches per dimension', () => {
    const { sentences } = parseConll(
      'دکتر\tO\nعلی\tB-PER\nرضایی\tI-PER\nرئیس\tO\nدانشگاه\tB-ORG\nصنعتی\tI-ORG\nشریف\tI-ORG\nو\tO\nسازمان\tB-ORG\nسنجش\tI-ORG\n',
      '\t',
    );
    const s = sentences[0]!;
    const at = (t: string) => s.text.indexOf(t);
    const pred = [
      { type: 'person', start: at('دکتر'), end: at('رضایی') + 5, name: 'علی رضايی' }, // cut to the name
      { type: 'university', start: at('دانشگاه'), end: at('شریف') + 4 }, // exact
      { type: 'university', start: at('سازمان'), end: at('سنجش') + 4 }, // an organisation, not a university
      { type: 'person', start: at('سنجش'), end: at('سنجش') + 4 }, // a wrong person
    ];
    const c = sentenceCounts(s, pred, ['universities', 'persons']);
    expect(c.universities).toEqual({
      overlap: { gold: 1, goldFound: 1, pred: 2, predCorrect: 2 },
      exact: { gold: 1, goldFound: 1, pred: 2, predCorrect: 1 },
    });
    expect(c.persons).toEqual({
      overlap: { gold: 1, goldFound: 1, pred: 2, predCorrect: 1 },
      exact: { gold: 1, goldFound: 1, pred: 2, predCorrect: 1 },
    });
    expect(spanScore(c.persons!.overlap)).toMatchObject({ precision: 0.5, recall: 1 });
  });
});
