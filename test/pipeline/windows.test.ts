// A very long document is processed a window of whole lines at a time (src/text/windows.ts,
// processDocument): these tests force windows on short documents, so they say what windowing does
// to a record, not how fast or how small it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, type InputDocument, processDocument } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/records/schema.js';
import { analyze } from '../../src/text/index.js';
import { analyzeWindow, windowsOf } from '../../src/text/windows.js';
import { plainChunks, type Utf8Parts } from '../../src/write/bytes.js';
import { EncodedLists, RecordWithEncodedLists, serializeRecord } from '../../src/write/serialize.js';

const pipeline = createPipeline();

// Releases of our own, one line each: a headline sentence, who met whom, when, and what was agreed.
const RELEASES = [
  'نشست مشترک دانشگاه صنعتی شریف و دانشگاه تهران روز دوشنبه ۱۲ آبان ۱۴۰۱ در سالن جلسات دانشگاه صنعتی شریف با حضور دکتر علی محمدی رئیس دانشگاه صنعتی شریف و دکتر رضا کریمی معاون پژوهشی دانشگاه تهران برگزار شد. در این نشست مقرر شد دوره‌های مشترک کارشناسی ارشد راه‌اندازی شود.',
  'تفاهم‌نامه همکاری دانشگاه فردوسی مشهد و دانشگاه شیراز روز چهارشنبه ۳ اسفند ۱۴۰۰ امضا شد. دکتر مریم احمدی رئیس دانشگاه شیراز و دکتر حسن رضایی رئیس دانشگاه فردوسی مشهد این تفاهم‌نامه را امضا کردند.',
  'دیدار رئیس دانشگاه اصفهان با هیئت دانشگاه تبریز روز یکشنبه ۲۰ مهر ۱۳۹۹ برگزار شد. دکتر سعید نوری رئیس دانشگاه اصفهان در این دیدار بر تبادل استاد و دانشجو تأکید کرد.',
  'همایش ملی آموزش مهندسی روز سه‌شنبه ۸ خرداد ۱۴۰۲ در دانشگاه صنعتی امیرکبیر برگزار شد. دکتر زهرا حسینی معاون آموزشی دانشگاه صنعتی امیرکبیر گزارشی از برنامه‌های دانشگاه ارائه کرد.',
  'نشست شورای همکاری دانشگاه علم و صنعت ایران و دانشگاه گیلان روز پنجشنبه ۱۴ دی ۱۳۹۸ برگزار شد. در پایان مقرر شد کارگروه مشترک پژوهشی تشکیل شود.',
  'دکتر محمد جعفری رئیس دانشگاه تربیت مدرس روز شنبه ۶ بهمن ۱۴۰۰ از دانشگاه صنعتی اصفهان بازدید کرد. ایشان گفت همکاری دو دانشگاه در حوزه انتقال فناوری گسترش می‌یابد.',
];

function run(text: string, opts?: Parameters<typeof processDocument>[2]): DocumentRecord {
  const input: InputDocument = { source: 'dump.txt', docId: 'dump', sha256: '0'.repeat(64), text };
  return processDocument(input, pipeline, opts);
}

/** Windows of one line each: every document longer than nothing is windowed. */
const EVERY_LINE = { longDocumentChars: 0, windowChars: 1 };

/** A record's entities and meetings with each window's offsets, ids and sentences as its own. */
function shifted(parts: { record: DocumentRecord; start: number; sentences: number }[]): DocumentRecord[] {
  return parts.map(({ record, start, sentences }) => ({
    ...record,
    entities: record.entities.map((e) => ({
      ...e,
      start: e.start + start,
      end: e.end + start,
      sentence: e.sentence + sentences,
      ...(e.date ? { date: { ...e.date, start: e.date.start + start, end: e.date.end + start } } : {}),
    })),
  }));
}

describe('windowsOf', () => {
  it('covers the text with consecutive windows of whole lines', () => {
    const line = fc.stringMatching(/^[ab ]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (lines, tail, size) => {
          const text = lines.join('\n') + (tail ? '\n' : '');
          const ws = windowsOf(text, size);
          let at = 0;
          for (const [i, w] of ws.entries()) {
            expect(w.start).toBe(at);
            expect(w.end).toBeGreaterThan(w.start);
            const last = i === ws.length - 1;
            if (!last) expect(text[w.end - 1]).toBe('\n');
            // Longer than the size only when its first `size` characters end no line.
            if (w.end - w.start > size)
              expect(text.slice(w.start, w.start + size).includes('\n')).toBe(false);
            at = w.end;
          }
          expect(at).toBe(text.length);
        },
      ),
    );
  });
});

describe('analyzeWindow', () => {
  it('gives the words and sentences the whole text has in the window, at original offsets', () => {
    const text = RELEASES.join('\n');
    const whole = analyze(text);
    for (const w of windowsOf(text, 300)) {
      const doc = analyzeWindow(text, w.start, w.end);
      const inside = whole.tokens.filter((t) => t.start >= w.start && t.end <= w.end);
      expect(doc.tokens.map((t) => [t.start, t.end, t.text, t.normalized, t.kind])).toEqual(
        inside.map((t) => [t.start, t.end, t.text, t.normalized, t.kind]),
      );
      const sentences = whole.sentences.filter((s) => s.start >= w.start && s.end <= w.end);
      expect(doc.sentences.map((s) => [s.start, s.end, s.text])).toEqual(
        sentences.map((s) => [s.start, s.end, s.text]),
      );
    }
  });
});

describe('processDocument in windows', () => {
  it('gives the whole document’s record when no release refers to another', () => {
    const text = RELEASES.join('\n');
    const whole = run(text);
    expect(whole.entities.length).toBeGreaterThan(30);
    expect(whole.meetings.length).toBeGreaterThanOrEqual(RELEASES.length - 1);
    expect(run(text, EVERY_LINE)).toEqual(whole);
    expect(run(text, { longDocumentChars: 0, windowChars: 700 })).toEqual(whole);
  });

  it('is each window processed as a document of its own, at the window’s offsets and ids', () => {
    // «این دانشگاه» is each release's own university: whole, the dump's main one would be read.
    const releases = [
      `${RELEASES[2]} ایشان افزود این دانشگاه آماده همکاری است.`,
      `${RELEASES[5]} وی گفت این دانشگاه در حوزه انتقال فناوری پیشگام است.`,
    ];
    const text = releases.join('\n');
    const windowed = run(text, EVERY_LINE);
    let start = 0;
    let sentences = 0;
    const parts = releases.map((r) => {
      const record = run(r + (start === 0 ? '\n' : ''));
      const part = { record, start, sentences };
      start += r.length + 1;
      sentences += analyze(r).sentences.length;
      return part;
    });
    const alone = shifted(parts);
    const entities = alone.flatMap((r) => r.entities).map((e, i) => ({ ...e, entityId: `e${i + 1}` }));
    expect(windowed.entities).toEqual(entities);
    expect(windowed.meetings.map((m) => m.meetingId)).toEqual(windowed.meetings.map((_, i) => `m${i + 1}`));
    expect(windowed.meetings.map((m) => m.organizations)).toEqual(
      alone.flatMap((r) => r.meetings.map((m) => m.organizations)),
    );
    const refs = windowed.entities.filter((e) => e.text === 'این دانشگاه').map((e) => e.canonicalId);
    expect(refs).toHaveLength(2);
    expect(refs[0]).not.toBe(refs[1]);
  });

  it('numbers attendees and decisions on across windows, and every span is its text', () => {
    const text = [...RELEASES, ...RELEASES].join('\n');
    const r = run(text, EVERY_LINE);
    expect(r.entities.map((e) => e.entityId)).toEqual(r.entities.map((_, i) => `e${i + 1}`));
    for (const e of r.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    const sentences = r.entities.map((e) => e.sentence);
    expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
    const attendees = r.meetings.flatMap((m) => m.attendees.map((a) => a.attendeeId));
    expect(attendees).toEqual(attendees.map((_, i) => `a${i + 1}`));
    const decisions = r.meetings.flatMap((m) => m.decisions.map((d) => d.decisionId));
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions).toEqual(decisions.map((_, i) => `d${i + 1}`));
    for (const m of r.meetings) for (const s of m.evidence) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('writes, just over the threshold, the bytes the same document gives processed whole', () => {
    // The worker's path (lists encoded and deflated window by window) against the whole document's,
    // with the threshold lowered to one character under the document's length.
    const text = RELEASES.join('\n');
    const whole = serializeRecord(run(text), 'dump.txt');
    const lists = new EncodedLists('dump', 'dump.txt');
    const record = run(text, { longDocumentChars: text.length - 1, windowChars: 700, lists });
    expect(lists.used).toBe(true);
    const windowed = serializeRecord(new RecordWithEncodedLists(record, lists), 'dump.txt');
    if (!whole.ok || !windowed.ok) throw new Error('invalid record');
    expect(windowed.out.counts).toEqual(whole.out.counts);
    expect(windowed.out.counts.meetings).toBeGreaterThan(3);
    expect(windowed.out.bytes.parts).toEqual(whole.out.bytes.parts);
    const plain = (b: Utf8Parts) => Buffer.concat([...plainChunks(b)]);
    expect(plain(windowed.out.bytes).equals(plain(whole.out.bytes))).toBe(true);
    // At the threshold itself the document is processed whole and the sink stays unused.
    const unused = new EncodedLists('dump', 'dump.txt');
    expect(run(text, { longDocumentChars: text.length, windowChars: 700, lists: unused })).toEqual(run(text));
    expect(unused.used).toBe(false);
  });

  it('writes the same bytes whether its entities and meetings were encoded window by window or kept', () => {
    const text = [...RELEASES, ...RELEASES].join('\n');
    const kept = serializeRecord(run(text, EVERY_LINE), 'dump.txt');
    const lists = new EncodedLists('dump', 'dump.txt');
    const record = run(text, { ...EVERY_LINE, lists });
    expect(record.entities).toEqual([]);
    expect(record.meetings).toEqual([]);
    expect(lists.counts.entities).toBeGreaterThan(60);
    expect(lists.counts.meetings).toBeGreaterThan(6);
    expect(lists.counts.attendees).toBeGreaterThan(6);
    expect(lists.counts.decisions).toBeGreaterThan(1);
    const encoded = serializeRecord(new RecordWithEncodedLists(record, lists), 'dump.txt');
    if (!kept.ok || !encoded.ok) throw new Error('invalid record');
    expect(encoded.out.bytes.parts).toEqual(kept.out.bytes.parts);
    // Encoded as made, the bytes are deflated (they wait in the worker); inflated, they are the same.
    expect(encoded.out.bytes.inflated).toBeDefined();
    const plain = (b: Utf8Parts) => Buffer.concat([...plainChunks(b)]);
    expect(plain(encoded.out.bytes).equals(plain(kept.out.bytes))).toBe(true);
    expect(encoded.out.counts).toEqual(kept.out.counts);
    // A document processed whole keeps its lists: nothing goes to the sink.
    const unused = new EncodedLists('one', 'one.txt');
    const whole = run(RELEASES[0]!, { lists: unused });
    expect(whole.entities.length).toBeGreaterThan(0);
    expect(whole.meetings.length).toBeGreaterThan(0);
    expect(unused.used).toBe(false);
  });
});
