// A meeting as one document reports it, reduced to what linking reports across documents needs:
// its dates, organisations, kind, people and wording. Kept small because the whole run's reports
// are held until the events are linked.
import type { DocumentRecord, Meeting } from '../records/schema.js';

export interface ReportedMeeting {
  docId: string;
  meetingId: string;
  source: string;
  kind: Meeting['kind'];
  title: string | null;
  /** Gregorian and Jalali day range; null when undated. */
  date: { gFrom: string; gTo: string; jFrom: string; jTo: string; precision: string } | null;
  orgs: string[];
  location: { text: string; orgId: string | null } | null;
  attendees: { id: string; name: string | null; office: string | null; orgId: string | null }[];
  decisions: { id: string; kind: Meeting['decisions'][number]['kind']; text: string }[];
  /** Content words of the report (offices, places, units, title, decisions), normalised and sorted. */
  words: string[];
  /** Normalised surnames (last word of each named attendee). */
  people: string[];
}

// Letters that Persian and Arabic write differently, diacritics and joiners: folded before comparing.
// Each maps one character to a fixed text that no other entry folds again, so one pass over the
// text does what a pass per entry did.
const FOLD: [string, string][] = [
  ['يى', 'ی'],
  ['ك', 'ک'],
  ['ۀة', 'ه'],
  ['أإآ', 'ا'],
  ['ؤ', 'و'],
  [String.fromCharCode(...range(0x064b, 0x065f), 0x0670, 0x0640), ''],
  ['\u200C\u200D\u200E\u200F', ' '],
];
const FOLDED = new Map(FOLD.flatMap(([chars, to]) => [...chars].map((c) => [c, to] as const)));
const FOLDABLE = new RegExp(`[${[...FOLDED.keys()].join('')}]`, 'g');
/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits. */
const DIGIT = /[۰-۹٠-٩]/g;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Words too common in releases to tell two events apart. */
const STOP = new Set(
  (
    'و در به از با که این آن را برای تا بر یا هم نیز شد شده است بود های ها می ای دانشگاه دانشگاههای ' +
    'رئیس رییس دکتر آقای خانم مهندس جلسه نشست دیدار سفر بازدید همکاری همکاریهای برگزار کرد کردند ' +
    'حضور روز امروز گذشته سال ماه خود وی ایشان یک دو سه گفت عنوان گزارش خبرنگار روابط عمومی روسای رئوسای ' +
    'شود باشد کردند گفتگو the of and in to a at for with on by'
  ).split(' '),
);

export function normalizeWords(text: string): string[] {
  const t = text
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLDED.get(c) as string)
    .replace(DIGIT, (d) => {
      const c = d.charCodeAt(0);
      return String(c - (c >= 0x06f0 ? 0x06f0 : 0x0660));
    });
  return t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w));
}

/** Entity types whose words describe an event (organisations, people and dates are compared apart). */
export const WORDING_TYPES: ReadonlySet<string> = new Set(['title', 'place', 'unit']);

type Span = { start: number; end: number };

/**
 * Calls `visit` for each of `sorted` (by start) that lies inside one of `spans` (possibly more than
 * once). By binary search: a long document has a hundred thousand entities and thousands of meetings.
 */
function eachInSpans<T extends Span>(
  sorted: readonly T[],
  spans: readonly Span[],
  visit: (x: T) => void,
): void {
  for (const s of spans) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as T).start < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && (sorted[i] as T).start <= s.end; i++)
      if ((sorted[i] as T).end <= s.end) visit(sorted[i] as T);
  }
}

export function reportsOf(record: DocumentRecord): ReportedMeeting[] {
  if (record.meetings.length === 0) return [];
  const wording = record.entities.filter((e) => WORDING_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  return record.meetings.map((m) => {
    const words = new Set<string>();
    const add = (t: string | null | undefined) => {
      if (t) for (const w of normalizeWords(t)) words.add(w);
    };
    add(m.title);
    add(m.location?.text);
    for (const d of m.decisions) add(d.text);
    for (const a of m.attendees) add(a.title);
    eachInSpans(wording, m.evidence, (e) => add(e.text));
    const people = new Set<string>();
    for (const a of m.attendees) {
      const last = a.name ? normalizeWords(a.name).at(-1) : undefined;
      if (last) people.add(last);
    }
    return {
      docId: record.docId,
      meetingId: m.meetingId,
      source: record.source,
      kind: m.kind,
      title: m.title,
      date: m.date
        ? {
            gFrom: m.date.gregorian.from,
            gTo: m.date.gregorian.to,
            jFrom: m.date.jalali.from,
            jTo: m.date.jalali.to,
            precision: m.date.precision,
          }
        : null,
      orgs: [...new Set(m.organizations)].sort(),
      location: m.location ? { text: m.location.text, orgId: m.location.organizationId } : null,
      attendees: m.attendees.map((a) => ({
        id: a.attendeeId,
        name: a.name,
        office: a.title,
        orgId: a.organizationId,
      })),
      decisions: m.decisions.map((d) => ({ id: d.decisionId, kind: d.kind, text: d.text })),
      words: [...words].sort(),
      people: [...people].sort(),
    };
  });
}
