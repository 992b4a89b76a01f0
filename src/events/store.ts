// The run's meeting reports between reading the records and linking them into events. Linking needs
// only each report's ids, kind, dates, organisations, words and people; the rest (title, place,
// attendees, decisions) is needed again only for the event tables. So each whole report goes to a
// temporary file as one JSON line and is read back when its event's rows are made, and what linking
// needs is kept in a LinkTable (link-table.ts): numbers into one table of distinct strings, in
// columns. The reports held in memory are then a fraction of their size, and the events and their
// rows are exactly those of the whole reports.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkedEvent, TableEvent } from './link.js';
import { LinkTable } from './link-table.js';
import type { ReportedMeeting } from './reports.js';

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
  /** What linking reads of each report, row n for line n of the spill file. */
  readonly links = new LinkTable();

  add(r: ReportedMeeting): void {
    const line = JSON.stringify(r);
    const bytes = Buffer.byteLength(line);
    this.offsets.push(this.offsets[this.offsets.length - 1]! + bytes);
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH) this.flush();
    this.links.add(r);
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

  /** The whole report of row `at`, as it was added. */
  report(at: number): ReportedMeeting {
    this.flush();
    const start = this.offsets[at]!;
    const buf = Buffer.allocUnsafe(this.offsets[at + 1]! - start);
    for (let off = 0; off < buf.length; ) {
      const n = readSync(this.fd, buf, off, buf.length - off, start + off);
      if (n === 0) throw new Error('khabar: the reports spill file ended early');
      off += n;
    }
    return JSON.parse(buf.toString('utf8')) as ReportedMeeting;
  }

  /** An event of rows with its whole reports. */
  event(ev: TableEvent): LinkedEvent {
    return { eventId: ev.eventId, reports: ev.members.map((at) => this.report(at)) };
  }

  /** Closes and deletes the spill file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
