// The report's network picture is drawn from the cooperation graph itself: this is the part of the
// graph the page needs (edges with their events, and which meetings report each event), collected
// while the report streams the records by.
import { linkEvents } from '../events/link.js';
import { type ReportedMeeting, reportsOf } from '../events/reports.js';
import type { DocumentRecord } from '../records/schema.js';
import { unidentifiedOrg } from '../write/organisations.js';
import { buildCooperationGraph, eventSummaries } from './graph.js';

export interface NetworkView {
  /** One per edge of the graph: the two organisations and the ids of the events they shared. */
  edges: { a: string; b: string; ev: string[] }[];
  /** Event id → its reports as `docId + "\u0000" + meetingId`. */
  reports: Record<string, string[]>;
}

/** Builds the graph from the records added to it (compact summaries are kept, not the records). */
export class NetworkViewBuilder {
  private readonly reports: ReportedMeeting[] = [];

  add(record: DocumentRecord): void {
    this.reports.push(...reportsOf(record));
  }

  view(): NetworkView {
    const events = linkEvents(this.reports);
    const graph = buildCooperationGraph(eventSummaries(events), () => unidentifiedOrg(null));
    const reports: Record<string, string[]> = {};
    for (const ev of events) reports[ev.eventId] = ev.reports.map((r) => `${r.docId}\u0000${r.meetingId}`);
    return {
      edges: graph.mapEdges((_k, a, source, target) => ({ a: source, b: target, ev: a.event_ids })),
      reports,
    };
  }
}
