// The run's meeting reports between reading the records and linking them into events. Linking needs
// only each report's ids, kind, dates, organisations, words and people; the rest (title, place,
// attendees, decisions) is needed again only for the event tables. So each whole report goes to a
// temporary file as one JSON line and is read back when its event's rows are made, and what linking
// needs is kept with its strings interned: the same word, organisation or date in thousands of
// reports is one string. The reports held in memory are then a fraction of their size, and the
// events and their rows are exactly those of the whole reports.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkedEvent } from './link.js';
import type { ReportedMeeting } from './reports.js';

/** What linking reads of a report (link.ts, network/graph.ts eventSummaries), and where the whole one is. */
export type LinkView = Pick<
  ReportedMeeting,
  'docId' | 'meetingId' | 'kind' | 'date' | 'orgs' | 'words' | 'people'
> & {
  /** Its line in the spill file. */
  readonly at: number;
};

/** Bytes written to the spill file at once. */
const FLUSH = 1 << 16;

export class ReportStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'khabar-reports-'));
  private readonly fd = openSync(join(this.dir, 'reports.jsonl'), 'w+');
  /** Byte offset of line n in the file: [offsets[n], offsets[n + 1]). */
  private readonly offsets: number[] = [0];
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private readonly strings = new Map<string, string>();
  readonly views: LinkView[] = [];

  private intern(s: string): string {
    const seen = this.strings.get(s);
    if (seen !== undefined) return seen;
    this.strings.set(s, s);
    return s;
  }

  add(r: ReportedMeeting): void {
    const line = JSON.stringify(r);
    const bytes = Buffer.byteLength(line);
    this.offsets.push(this.offsets[this.offsets.length - 1]! + bytes);
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH) this.flush();
    const i = (s: string) => this.intern(s);
    this.views.push({
      docId: r.docId,
      meetingId: r.meetingId,
      kind: r.kind,
      date: r.date && {
        gFrom: i(r.date.gFrom),
        gTo: i(r.date.gTo),
        jFrom: i(r.date.jFrom),
        jTo: i(r.date.jTo),
        precision: i(r.date.precision),
      },
      orgs: r.orgs.map(i),
      words: r.words.map(i),
      people: r.people.map(i),
      at: this.views.length,
    });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''));
    for (let off = 0; off < buf.length; )
      off += writeSync(this.fd, buf, off, buf.length - off, this.written + off);
    this.written += buf.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The whole report of `view`, as it was added. */
  report(view: LinkView): ReportedMeeting {
    this.flush();
    const start = this.offsets[view.at]!;
    const buf = Buffer.allocUnsafe(this.offsets[view.at + 1]! - start);
    for (let off = 0; off < buf.length; ) {
      const n = readSync(this.fd, buf, off, buf.length - off, start + off);
      if (n === 0) throw new Error('khabar: the reports spill file ended early');
      off += n;
    }
    return JSON.parse(buf.toString('utf8')) as ReportedMeeting;
  }

  /** An event of views with its whole reports. */
  event(ev: LinkedEvent<LinkView>): LinkedEvent {
    return { eventId: ev.eventId, reports: ev.reports.map((v) => this.report(v)) };
  }

  /** Closes and deletes the spill file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
