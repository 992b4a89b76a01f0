// What linking reads of every report of a run, in columns: ids, kinds and dates as numbers into one
// table of distinct strings, the organisations, words and people of all reports in three pools of
// numbers. As objects (a view per report with its date object and three arrays) that was ~430 bytes
// a report, the largest part of the run-level stage's memory, growing with the archive; here it is
// ~100. Once every report is in, `freeze` renumbers the strings in their sorted order, so comparing
// two numbers answers what comparing their strings did (equal, before, after) and the linking
// tests (link.ts) read numbers without making a string or an array.
import type { Linkable } from './link.js';

/** An Int32Array that grows as it is pushed to. */
export class Ints {
  values = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }

  /** Lets the unused end go (nothing is pushed after). */
  trim(): void {
    this.values = this.values.slice(0, this.length);
  }
}

/** One list per report (organisations, words or people): its items' string numbers, report after report. */
export class LinkLists {
  readonly items = new Ints();
  /** Where report i's items end in `items` (they start where report i - 1's end). */
  readonly ends = new Ints();

  push(list: readonly number[]): void {
    for (const v of list) this.items.push(v);
    this.ends.push(this.items.length);
  }

  start(i: number): number {
    return i === 0 ? 0 : (this.ends.values[i - 1] as number);
  }

  end(i: number): number {
    return this.ends.values[i] as number;
  }
}

/** Indexes of `texts` in the order `<` sorts the texts; a stable sort keeps equal ones in index order. */
export function sortedIndexes(texts: readonly string[]): number[] {
  return texts
    .map((_, i) => i)
    .sort((a, b) => {
      const x = texts[a] as string;
      const y = texts[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

const NONE = -1;
const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export class LinkTable {
  private readonly numbers = new Map<string, number>();
  private strings: string[] = [];
  private readonly docIds = new Ints();
  private readonly meetingIds = new Ints();
  private readonly kinds = new Ints();
  private readonly precisions = new Ints();
  private readonly gFroms = new Ints();
  private readonly gTos = new Ints();
  readonly orgs = new LinkLists();
  readonly words = new LinkLists();
  readonly people = new LinkLists();
  /** Day numbers of the reports dated to the day or a range of days (NaN for the others), once frozen. */
  private fromDays = new Float64Array(0);
  private toDays = new Float64Array(0);
  private frozen = false;
  size = 0;

  /** A table of `reports`, frozen. */
  static of(reports: readonly Linkable[]): LinkTable {
    const table = new LinkTable();
    for (const r of reports) table.add(r);
    table.freeze();
    return table;
  }

  private number(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.numbers.set(s, n);
    }
    return n;
  }

  add(r: Linkable): void {
    if (this.frozen) throw new Error('LinkTable: add after freeze');
    const n = (s: string) => this.number(s);
    this.docIds.push(n(r.docId));
    this.meetingIds.push(n(r.meetingId));
    this.kinds.push(n(r.kind));
    this.precisions.push(r.date ? n(r.date.precision) : NONE);
    this.gFroms.push(r.date ? n(r.date.gFrom) : NONE);
    this.gTos.push(r.date ? n(r.date.gTo) : NONE);
    this.orgs.push(r.orgs.map(n));
    this.words.push(r.words.map(n));
    this.people.push(r.people.map(n));
    this.size++;
  }

  /** Renumbers the strings in sorted order (as `<` sorts them); no report can be added after. */
  freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    const { strings } = this;
    const sorted = sortedIndexes(strings);
    const rank = new Int32Array(strings.length);
    sorted.forEach((old, r) => {
      rank[old] = r;
    });
    this.strings = sorted.map((old) => strings[old] as string);
    this.numbers.clear();
    for (const col of [this.docIds, this.meetingIds, this.kinds, this.precisions, this.gFroms, this.gTos])
      for (let i = 0; i < col.length; i++) {
        const v = col.values[i] as number;
        if (v !== NONE) col.values[i] = rank[v] as number;
      }
    for (const lists of [this.orgs, this.words, this.people]) {
      const { items } = lists;
      for (let i = 0; i < items.length; i++) items.values[i] = rank[items.values[i] as number] as number;
    }
    for (const col of [this.docIds, this.meetingIds, this.kinds, this.precisions, this.gFroms, this.gTos])
      col.trim();
    for (const lists of [this.orgs, this.words, this.people]) {
      lists.items.trim();
      lists.ends.trim();
    }
    this.fromDays = new Float64Array(this.size);
    this.toDays = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const dated = this.linkDated(i);
      this.fromDays[i] = dated ? dayNumber(this.text(this.gFroms.values[i] as number)) : Number.NaN;
      this.toDays[i] = dated ? dayNumber(this.text(this.gTos.values[i] as number)) : Number.NaN;
    }
  }

  private text(n: number): string {
    return this.strings[n] as string;
  }

  docNumber(i: number): number {
    return this.docIds.values[i] as number;
  }

  docId(i: number): string {
    return this.text(this.docIds.values[i] as number);
  }

  meetingId(i: number): string {
    return this.text(this.meetingIds.values[i] as number);
  }

  kind(i: number): Linkable['kind'] {
    return this.text(this.kinds.values[i] as number) as Linkable['kind'];
  }

  /** Dated to the day or a range of days: only those place an event precisely enough to link on. */
  linkDated(i: number): boolean {
    const p = this.precisions.values[i] as number;
    if (p === NONE) return false;
    const precision = this.text(p);
    return precision === 'day' || precision === 'range';
  }

  /** The Gregorian first and last day's numbers in the frozen order (compare as their strings do). */
  gFromNumber(i: number): number {
    return this.gFroms.values[i] as number;
  }

  gToNumber(i: number): number {
    return this.gTos.values[i] as number;
  }

  fromDay(i: number): number {
    return this.fromDays[i] as number;
  }

  toDay(i: number): number {
    return this.toDays[i] as number;
  }

  /** Report i's dates (without the Jalali days), or null when it is undated. */
  date(i: number): Linkable['date'] {
    const p = this.precisions.values[i] as number;
    if (p === NONE) return null;
    return {
      gFrom: this.text(this.gFroms.values[i] as number),
      gTo: this.text(this.gTos.values[i] as number),
      precision: this.text(p),
    };
  }

  /** Report i's list of organisations, words or people, as strings. */
  list(lists: LinkLists, i: number): string[] {
    const out: string[] = [];
    for (let k = lists.start(i); k < lists.end(i); k++) out.push(this.text(lists.items.values[k] as number));
    return out;
  }

  /** Report i as the object it was added as (its date without the Jalali days). */
  view(i: number): Linkable {
    return {
      docId: this.docId(i),
      meetingId: this.meetingId(i),
      kind: this.kind(i),
      date: this.date(i),
      orgs: this.list(this.orgs, i),
      words: this.list(this.words, i),
      people: this.list(this.people, i),
    };
  }
}
