// The release's own date: from a dateline, header or byline in the first or last lines of the
// text (records.md: never from the body), else from a metadata hint (JSONL `date`, HTML meta).
import type { DateValue } from '../../records/schema.js';
import { DIGIT_VAL, EXPAND, F_EXPAND, FOLD } from '../../text/chars.js';
import { analyze, normalize, sentences, toNormalizedOffset, words } from '../../text/index.js';
import type { Sentence, TextDoc, Token } from '../../text/types.js';
import { findRawDates, mayStateYear, type RawDate, scanRawDates, scanRawDatesAt } from './grammar.js';
import { recognizeDates } from './index.js';
import { digitsToLatin } from './patterns.js';
import { toOriginal } from './span.js';

/**
 * How many non-empty lines at the top count as the page header (headline, repeated headline,
 * category, news code, dateline: real pages put the dateline as far down as the fifth line), and
 * at the bottom as the footer.
 */
const HEADER_LINES = 6;
const FOOTER_LINES = 2;
/** A line this short is a dateline or byline, not a sentence of the story. */
const SHORT_LINE = 100;
// Words are letters joined by ZWNJ; ZWNJ never stands between words, so a run of them cannot be
// split in many ways (the pattern stays linear on «\u200c\u200c…»).
const PLACE_WORD = '\\p{L}+(?:\\u200c\\p{L}+)*';
const DATELINE_PLACE = new RegExp(
  `^[\\s\\u200c]*${PLACE_WORD}(?: ${PLACE_WORD}){0,2}(?: *[-–—,،] *${PLACE_WORD}(?: ${PLACE_WORD})?)? *[-–—,،:] *$`,
  'u',
);
// «در تاریخ …» is a sentence's «on», not a label. A clock time may stand between label and date.
const CUE_BEFORE =
  /(?:(?<!در[\s\u200c]{1,3})تاریخ(?:[\s\u200c]*(?:انتشار|خبر|درج|ارسال|ثبت))?|منتشر[\s\u200c]*شده(?:[\s\u200c]*در)?|انتشار|مورخ|published|date|posted)[\s\u200c]*[:：\-–]?[\s\u200c]*(?:\S+[\s\u200c]*[،,\-–|]?[\s\u200c]*)?$/iu;
/** «به روز شده در:», «آخرین به‌روزرسانی», «updated»: when the page changed, not when it was published. */
const UPDATE_CUE =
  /(?:به[\s\u200c]*روز[\s\u200c]*(?:شده|رسانی)|بروز[\s\u200c]*(?:شده|رسانی)|ویرایش|updated|modified)[^\n]{0,20}$/iu;
/** How far into a long line a label may stand and still be the page's («کد خبر: ۱۲ تاریخ: …»). */
const CUE_REACH = 40;
/** What follows a dateline's date: a separator, a clock time, a news code, or the line's end. */
const DATELINE_AFTER = /^[\s\u200c]*(?:$|[-–—|:/]|\d|[۰-۹]|ساعت|کد|\()/u;

/**
 * Publication date of the document, or null. A date found in the text is preferred (it has a
 * span); otherwise `hint` is read — ISO Gregorian («2019-01-24», «2019-01-24T10:30:00Z»), Jalali
 * numeric («1397/11/04») or any date phrase the recogniser reads. A DateValue read from the hint
 * is not in the text: its `text` is the hint string and `start` = `end` = 0.
 */
export function findPublishedAt(doc: TextDoc, hint?: string | null): DateValue | null {
  return (
    fromText(doc.original, (start, lineNorm) => ofDocument(doc, start, lineNorm)) ??
    (hint ? fromHint(hint) : null)
  );
}

/**
 * findPublishedAt without an analysed document (a long one is analysed a window at a time): each
 * edge line's date phrases are scanned on their own, which gives what the document's scan gives
 * (see ofDocument).
 */
export function findPublishedAtIn(original: string, hint?: string | null): DateValue | null {
  return fromText(original, () => null) ?? (hint ? fromHint(hint) : null);
}

function edgeLines(original: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of original.split('\n')) {
    if (line.trim() !== '') lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  if (lines.length <= HEADER_LINES + FOOTER_LINES) return lines;
  return [...lines.slice(0, HEADER_LINES), ...lines.slice(-FOOTER_LINES)];
}

/** Only the head of an edge line can hold its dateline: a one-line archive is not read twice. */
const HEAD = 300;
/** A short line that ends in a verb is a sentence of the story («… برگزار شد.»), not a dateline. */
const ENDS_IN_VERB =
  /(?:شد|شدند|گردید|کرد|کردند|است|بود|داشت|داشتند|یافت|یافتند|رسید|held|signed|visited)[.!؟?]?\s*$/u;

/**
 * The best dateline date of the header and footer lines: a cued one («تاریخ انتشار:») over a bare
 * one, the first of equals. Dates of page updates are not publication dates; a bare date opening a
 * long line is a dateline only when a separator or clock time follows it (not «…، نشست شورا …»).
 */
function fromText(
  original: string,
  documentPhrases: (start: number, lineNorm: string) => RawDate[] | null,
): DateValue | null {
  let bestRank = 0;
  let best: DateValue | null = null;
  for (const line of edgeLines(original)) {
    const lineText = original.slice(line.start, line.end);
    const head = lineText.slice(0, HEAD);
    if (!twoDigitSources(head)) continue;
    const lineDoc = lineDocument(head);
    // Only a day with its year stated counts, and a year is written in digits: most header lines
    // (headline, category, menu) and many story lines hold no two digits in a row.
    if (!mayStateYear(lineDoc.norm.text)) continue;
    const short = lineText.trim().length <= SHORT_LINE && !ENDS_IN_VERB.test(lineText);
    // Every date of the line starts where one of its phrases does: in a long line, a phrase in the
    // story ranks 0 wherever it ends, and then so does every date (recognising them is the cost).
    const mayBeat = (r: RawDate) => {
      const span = toOriginal(lineDoc, r.nStart, r.nEnd);
      return span !== null && rankAt(head, span.start, short, null) > bestRank;
    };
    let raws = head.length === lineText.length ? documentPhrases(line.start, lineDoc.norm.text) : null;
    if (raws === null) {
      // In a long line only a phrase starting in the head's first words, where a date can rank,
      // may beat the best: those are looked for first (at those starts only), and the line is
      // scanned whole only when one of them may.
      if (!short) {
        const limit = toNormalizedOffset(lineDoc.norm, storyStart(head) + 1);
        const mayRank = (at: number) => rankAt(head, startOf(lineDoc, at), false, null) > bestRank;
        if (!scanRawDatesAt(lineDoc.norm.text, limit, mayRank).some(mayBeat)) continue;
      }
      raws = scanRawDates(lineDoc.norm.text);
    }
    // Nor is a year stated when no phrase of the line reads one (see mayStateYear).
    if (!raws.some((r) => r.y !== null)) continue;
    if (!raws.some(mayBeat)) continue;
    const dates = recognizeDates(lineDoc, { publishedAt: null }, raws).filter(
      (a) => a.date.precision === 'day' && !a.date.yearInferred,
    );
    for (const a of dates) {
      if (UPDATE_CUE.test(head.slice(0, a.start).slice(-40))) continue;
      const rank = rankAt(head, a.start, short, head.slice(a.end));
      if (rank > bestRank) {
        bestRank = rank;
        best = { ...a.date, start: a.start + line.start, end: a.end + line.start };
      }
    }
    if (bestRank === 2) break;
  }
  return best;
}

/**
 * Where in the original a phrase starting at normalised offset `at` starts, when it has a span
 * (toOriginal: the map's start, less the whitespace and marks the normaliser folded into the edge).
 */
function startOf(doc: TextDoc, at: number): number {
  const o = doc.original;
  let start = doc.norm.map[at]!;
  while (start < o.length && EDGE.test(o[start]!)) start++;
  return start;
}
const EDGE = /[\s\u200c\u200f\u200e]/u;

const BARE = /[\s\u200c\p{P}]/u;
const PLACE_LETTER = /[\p{L}\u200c]/u;
const PLACE_SEPARATOR = /[-–—,،:]/u;

/**
 * The last offset of a long line's head where a date can start and rank above 0 (rankAt, not
 * short): a bare date has only spaces and punctuation before it; a labelled one at most CUE_REACH
 * characters besides spaces; a dateline's place is spaces, then at most five words and two
 * separators (DATELINE_PLACE). Past all three bounds starts the story.
 */
export function storyStart(head: string): number {
  let bare = 0;
  while (bare < head.length) {
    const c = head.codePointAt(bare)!;
    if (!BARE.test(String.fromCodePoint(c))) break;
    bare += c > 0xffff ? 2 : 1;
  }
  let first = 0;
  while (first < head.length && /\s/.test(head[first]!)) first++;
  let cued = Math.min(first + CUE_REACH, head.length);
  while (cued < head.length && /\s/.test(head[cued]!)) cued++;
  let place = 0;
  while (place < head.length && /[\s\u200c]/.test(head[place]!)) place++;
  let words = 0;
  let separators = 0;
  let inWord = false;
  while (place < head.length) {
    const c = head.codePointAt(place)!;
    const ch = String.fromCodePoint(c);
    if (PLACE_LETTER.test(ch)) {
      if (!inWord && ++words > 5) break;
      inWord = true;
    } else if (ch === ' ') inWord = false;
    else if (PLACE_SEPARATOR.test(ch)) {
      if (++separators > 2) break;
      inWord = false;
    } else break;
    place += c > 0xffff ? 2 : 1;
  }
  return Math.max(bare, cued, place);
}

/**
 * How a date starting at `start` of the line's head ranks as the page's date: 2 after a label
 * («تاریخ انتشار:»), 1 as a dateline, 0 in the story. `after` is the head from the date's end;
 * null ranks as if it were a dateline's (what the date's start alone allows).
 */
export function rankAt(head: string, start: number, short: boolean, after: string | null): number {
  const before = head.slice(0, start);
  // Nothing but punctuation before it, or a dateline's place: «Isfahan, …», «تهران - ایرنا - …».
  const place = DATELINE_PLACE.test(before);
  const bare = /^[\s\u200c\p{P}]*$/u.test(before) && (short || after === null || DATELINE_AFTER.test(after));
  // A label inside a long line's story («… روز سه‌شنبه مورخ …») is the sentence's, not the page's.
  const cued = CUE_BEFORE.test(before.slice(-40)) && (short || before.trim().length <= CUE_REACH);
  return cued ? 2 : short || place || bare ? 1 : 0;
}

/**
 * Digits of the normalised text come only from code units that are or fold into a digit (chars.ts:
 * the character map, or an expansion): with fewer than two of those, normalize(text) cannot hold
 * two digits in a row (mayStateYear), and the line need not be normalised at all.
 */
export function twoDigitSources(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n += DIGIT_SOURCES[text.charCodeAt(i)]!;
    if (n >= 2) return true;
  }
  return false;
}

/** How many digits a code unit can become when normalised (at most 2 counted). */
const DIGIT_SOURCES = (() => {
  const out = new Uint8Array(65536);
  const digits = (s: string) => [...s].filter((ch) => DIGIT_VAL[ch.charCodeAt(0)]! >= 0).length;
  for (let c = 0; c < 65536; c++) {
    const f = FOLD[c]!;
    if (DIGIT_VAL[c]! >= 0 || (f > 0 && f < 0xfff0 && DIGIT_VAL[f]! >= 0)) out[c] = 1;
    else if (f === F_EXPAND) out[c] = Math.min(2, digits(EXPAND.get(c) ?? ''));
  }
  return out;
})();

/**
 * analyze(head), its words and sentences made only when asked for: the date recogniser needs them
 * only to attach a clock time, and most lines have none.
 */
function lineDocument(head: string): TextDoc {
  const norm = normalize(head);
  let tokens: Token[] | undefined;
  let sentenceList: Sentence[] | undefined;
  return {
    original: head,
    norm,
    get tokens() {
      tokens ??= words(norm);
      return tokens;
    },
    get sentences() {
      sentenceList ??= sentences(norm, this.tokens);
      return sentenceList;
    },
  };
}

/**
 * The date phrases of a whole line, taken from the document's own (memoised) scan instead of
 * scanning the line again: null unless the document's normalised text holds the line's normalised
 * text exactly, between line breaks. No date rule matches or looks across a line break (the dates
 * test checks the rules for it), so the document's phrases inside the line are the line's own.
 */
function ofDocument(doc: TextDoc, start: number, lineNorm: string): RawDate[] | null {
  const text = doc.norm.text;
  const a = toNormalizedOffset(doc.norm, start);
  const b = a + lineNorm.length;
  if ((a > 0 && text.charCodeAt(a - 1) !== 10) || (b < text.length && text.charCodeAt(b) !== 10)) return null;
  if (!text.startsWith(lineNorm, a)) return null;
  const out: RawDate[] = [];
  for (const r of findRawDates(text))
    if (r.nStart >= a && r.nEnd <= b) out.push({ ...r, nStart: r.nStart - a, nEnd: r.nEnd - a });
  return out;
}

function fromHint(hint: string): DateValue | null {
  const text = hint.trim();
  const latin = digitsToLatin(text);
  const iso = latin.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/);
  // Read the hint with the same recogniser, over a document made of the hint alone.
  const probe = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : latin;
  const probeDoc = analyze(probe);
  const found = recognizeDates(probeDoc, { publishedAt: null }, scanRawDates(probeDoc.norm.text)).find(
    (a) => a.date.precision === 'day' && !a.date.yearInferred,
  );
  if (found === undefined) return null;
  const time = iso?.[4] !== undefined ? `${iso[4]}:${iso[5]}` : (found.date.time ?? null);
  return { ...found.date, text, start: 0, end: 0, time };
}
