// The cooperation network: organisations are nodes, and two organisations are joined when they took
// part in the same event, weighted by how many events, with the first and last day and the event ids.
// Built with graphology (the graph model Gephi-minded JS tools share); serialised to GEXF, GraphML
// and node/edge tables, and drawn by the report, all from this one graph.
import { UndirectedGraph } from 'graphology';
import type { Linkable, LinkedEvent } from '../events/link.js';
import type { OrgInfo } from '../write/organisations.js';

export interface NodeAttributes {
  label: string;
  identified: boolean;
  name_fa: string | null;
  name_en: string | null;
  org_kind: string | null;
  country: string | null;
  ror_id: string | null;
  wikidata_id: string | null;
  event_count: number;
}

export interface EdgeAttributes {
  weight: number;
  first_date: string | null;
  last_date: string | null;
  event_ids: string[];
}

export type CooperationGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** What the graph needs to know about an event. */
export interface EventSummary {
  eventId: string;
  orgIds: readonly string[];
  /** Gregorian first and last day; null when undated. */
  from: string | null;
  to: string | null;
}

export type OrgLookup = (id: string) => OrgInfo & { identified: boolean };

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/**
 * The cooperation graph, an event at a time (each summary can go once added). Nodes and edges are
 * added to the graph in sorted order, so every serialisation is byte-stable.
 */
export class CooperationGraphBuilder {
  private readonly orgEvents = new Map<string, number>();
  private readonly edges = new Map<string, EdgeAttributes & { a: string; b: string }>();

  add(ev: EventSummary): void {
    const { orgEvents, edges } = this;
    const orgs = [...new Set(ev.orgIds)].sort();
    for (const o of orgs) orgEvents.set(o, (orgEvents.get(o) ?? 0) + 1);
    for (let i = 0; i < orgs.length; i++)
      for (let j = i + 1; j < orgs.length; j++) {
        const a = orgs[i] as string;
        const b = orgs[j] as string;
        const k = `${a}\u0000${b}`;
        let e = edges.get(k);
        if (!e) {
          e = { a, b, weight: 0, first_date: null, last_date: null, event_ids: [] };
          edges.set(k, e);
        }
        e.weight++;
        e.first_date = earlier(e.first_date, ev.from);
        e.last_date = later(e.last_date, ev.to);
        e.event_ids.push(ev.eventId);
      }
  }

  build(lookup: OrgLookup): CooperationGraph {
    const { orgEvents, edges } = this;
    const graph: CooperationGraph = new UndirectedGraph({ allowSelfLoops: false });
    for (const id of [...orgEvents.keys()].sort()) {
      const info = lookup(id);
      graph.addNode(id, {
        label: info.name_en ?? info.name_fa ?? id,
        identified: info.identified,
        name_fa: info.name_fa,
        name_en: info.name_en,
        org_kind: info.org_kind,
        country: info.country,
        ror_id: info.ror_id,
        wikidata_id: info.wikidata_id,
        event_count: orgEvents.get(id) ?? 0,
      });
    }
    for (const k of [...edges.keys()].sort()) {
      const { a, b, ...attrs } = edges.get(k) as EdgeAttributes & { a: string; b: string };
      graph.addUndirectedEdgeWithKey(`${a}--${b}`, a, b, {
        ...attrs,
        event_ids: [...attrs.event_ids].sort(),
      });
    }
    return graph;
  }
}

export function buildCooperationGraph(events: Iterable<EventSummary>, lookup: OrgLookup): CooperationGraph {
  const builder = new CooperationGraphBuilder();
  for (const ev of events) builder.add(ev);
  return builder.build(lookup);
}

/** What the graph reads of one event: its organisations (every report's, in order) and its first and last day. */
export function eventSummary(ev: {
  eventId: string;
  reports: readonly Pick<Linkable, 'date' | 'orgs'>[];
}): EventSummary {
  let from: string | null = null;
  let to: string | null = null;
  for (const r of ev.reports) {
    from = earlier(from, r.date?.gFrom ?? null);
    to = later(to, r.date?.gTo ?? null);
  }
  return { eventId: ev.eventId, orgIds: ev.reports.flatMap((r) => r.orgs), from, to };
}

export function eventSummaries(events: readonly LinkedEvent<Linkable>[]): EventSummary[] {
  return events.map(eventSummary);
}
