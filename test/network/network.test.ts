// The cooperation network: built from events, read back from GEXF (graphology-gexf's parser) and
// GraphML (a W3C DOM parser), with hostile names escaped.
import { DOMParser } from '@xmldom/xmldom';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildCooperationGraph, type EventSummary, type OrgLookup } from '../../src/network/graph.js';
import { NetworkViewBuilder } from '../../src/network/view.js';
import { networkRows, toGexf, toGraphml, xmlEscape } from '../../src/network/write.js';
import { recordOf } from '../events/fixtures.js';

const lookup: OrgLookup = (id) => ({
  identified: id !== 'local-1',
  name_fa: id === 'local-1' ? 'پژوهشکده <آزمایشی> & «نمونه»\u0001' : `دانشگاه ${id}`,
  name_en: id === 'local-1' ? null : `University "${id}"`,
  org_kind: 'university',
  university_type: null,
  country: 'IR',
  city: null,
  ror_id: id === 'ut.ac.ir' ? 'https://ror.org/05vf56z40' : null,
  wikidata_id: null,
});

const events: EventSummary[] = [
  { eventId: 'ev-3', orgIds: ['ut.ac.ir', 'sharif.edu'], from: '2023-10-10', to: '2023-10-10' },
  { eventId: 'ev-1', orgIds: ['sharif.edu', 'ut.ac.ir', 'local-1'], from: '2022-01-05', to: '2022-01-06' },
  { eventId: 'ev-2', orgIds: ['ut.ac.ir'], from: null, to: null },
  { eventId: 'ev-4', orgIds: ['sharif.edu', 'ut.ac.ir'], from: null, to: null },
];

describe('cooperation network', () => {
  const graph = buildCooperationGraph(events, lookup);

  it('joins organisations of the same event, weighted by events, with first and last day and ids', () => {
    const { network_nodes, network_edges } = networkRows(graph);
    expect(network_nodes.map((n) => [n.org_id, n.event_count, n.degree])).toEqual([
      ['local-1', 1, 2],
      ['sharif.edu', 3, 2],
      ['ut.ac.ir', 4, 2],
    ]);
    expect(network_edges).toContainEqual({
      source_org_id: 'sharif.edu',
      target_org_id: 'ut.ac.ir',
      weight: 3,
      first_date: '2022-01-05',
      last_date: '2023-10-10',
      event_ids: ['ev-1', 'ev-3', 'ev-4'],
    });
    expect(network_edges).toHaveLength(3);
  });

  it('writes GEXF that graphology-gexf reads back to the same graph', () => {
    const xml = toGexf(graph);
    const back = gexf.parse(UndirectedGraph, xml);
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    const e = back.edge('sharif.edu', 'ut.ac.ir');
    expect(e && back.getEdgeAttribute(e, 'weight')).toBe(3);
    expect(e && back.getEdgeAttribute(e, 'event_ids')).toBe('ev-1 ev-3 ev-4');
    expect(back.getNodeAttribute('ut.ac.ir', 'ror_id')).toBe('https://ror.org/05vf56z40');
    expect(back.getNodeAttribute('sharif.edu', 'label')).toBe('University "sharif.edu"');
  });

  it('writes well-formed GraphML with typed keys and escaped text', () => {
    const xml = toGraphml(graph);
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
    }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('node').length).toBe(3);
    expect(doc.getElementsByTagName('edge').length).toBe(3);
    const keys = Array.from({ length: doc.getElementsByTagName('key').length }, (_, i) =>
      doc.getElementsByTagName('key').item(i),
    );
    expect(keys.find((k) => k?.getAttribute('id') === 'weight')?.getAttribute('attr.type')).toBe('int');
    const local = Array.from({ length: 3 }, (_, i) => doc.getElementsByTagName('node').item(i)).find(
      (n) => n?.getAttribute('id') === 'local-1',
    );
    const data = local?.getElementsByTagName('data');
    const nameFa = Array.from({ length: data?.length ?? 0 }, (_, i) => data?.item(i)).find(
      (d) => d?.getAttribute('key') === 'name_fa',
    );
    // The control character is replaced (XML 1.0 cannot carry it); the rest survives escaping.
    expect(nameFa?.textContent).toBe('پژوهشکده <آزمایشی> & «نمونه»\uFFFD');
    expect(xmlEscape(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });

  it('is the same bytes whatever order the events come in', () => {
    const again = buildCooperationGraph([...events].reverse(), lookup);
    expect(toGraphml(again)).toBe(toGraphml(graph));
    expect(toGexf(again)).toBe(toGexf(graph));
  });
});

describe('the report’s view of the graph', () => {
  it('has one edge event for a meeting two outlets reported, and lists both reports of it', () => {
    const b = new NetworkViewBuilder();
    for (const id of ['a-sharif', 'b-agency', 'c-deputies'] as const) b.add(recordOf(id));
    const view = b.view();
    expect(view.edges).toHaveLength(1);
    const edge = view.edges[0];
    expect([edge?.a, edge?.b]).toEqual(['sharif.edu', 'ut.ac.ir']);
    // Two events: the presidents' meeting (two outlets) and the deputies' meeting.
    expect(edge?.ev).toHaveLength(2);
    const reports = Object.values(view.reports).sort((x, y) => y.length - x.length);
    expect(reports[0]).toEqual(['a-sharif\u0000m1', 'b-agency\u0000m1']);
    expect(reports[1]).toEqual(['c-deputies\u0000m1']);
  });
});
