// The cooperation graph as files: GEXF (Gephi) through graphology-gexf, GraphML (Cytoscape, yEd,
// networkx, igraph) written here — no well-kept GraphML writer exists for graphology, and the format
// is a small XML vocabulary — and the node/edge tables. Every list attribute is a space-separated
// string in the XML formats (event ids hold no spaces); nulls are left out, as both formats expect.
import gexf from 'graphology-gexf';
import type { Row } from '../write/rows.js';
import type { CooperationGraph, EdgeAttributes, NodeAttributes } from './graph.js';

export function networkRows(graph: CooperationGraph): { network_nodes: Row[]; network_edges: Row[] } {
  const network_nodes: Row[] = graph.mapNodes((id, a) => ({
    org_id: id,
    identified: a.identified,
    name_fa: a.name_fa,
    name_en: a.name_en,
    org_kind: a.org_kind,
    country: a.country,
    ror_id: a.ror_id,
    wikidata_id: a.wikidata_id,
    event_count: a.event_count,
    degree: graph.degree(id),
  }));
  const network_edges: Row[] = graph.mapEdges((_key, a, source, target) => ({
    source_org_id: source,
    target_org_id: target,
    weight: a.weight,
    first_date: a.first_date,
    last_date: a.last_date,
    event_ids: a.event_ids,
  }));
  return { network_nodes, network_edges };
}

type Flat = Record<string, string | number | boolean>;

function flatten(attrs: object): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(' ') : (v as string | number | boolean);
  }
  return out;
}

export function toGexf(graph: CooperationGraph): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (key: string, a: NodeAttributes) => {
      const { label, ...rest } = a;
      return { label, attributes: flatten({ org_id: key, ...rest }) };
    },
    formatEdge: (_key: string, a: EdgeAttributes) => {
      const { weight, ...rest } = a;
      return { weight, attributes: flatten(rest) };
    },
  });
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates halves and U+FFFE/FFFF.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'boolean';
}

const NODE_KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'identified', for: 'node', name: 'identified', type: 'boolean' },
  { id: 'name_fa', for: 'node', name: 'name_fa', type: 'string' },
  { id: 'name_en', for: 'node', name: 'name_en', type: 'string' },
  { id: 'org_kind', for: 'node', name: 'org_kind', type: 'string' },
  { id: 'country', for: 'node', name: 'country', type: 'string' },
  { id: 'ror_id', for: 'node', name: 'ror_id', type: 'string' },
  { id: 'wikidata_id', for: 'node', name: 'wikidata_id', type: 'string' },
  { id: 'event_count', for: 'node', name: 'event_count', type: 'int' },
];
const EDGE_KEYS: Key[] = [
  { id: 'weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'first_date', for: 'edge', name: 'first_date', type: 'string' },
  { id: 'last_date', for: 'edge', name: 'last_date', type: 'string' },
  { id: 'event_ids', for: 'edge', name: 'event_ids', type: 'string' },
];

function data(keys: readonly Key[], attrs: object, indent: string): string {
  const flat = flatten(attrs);
  let out = '';
  for (const k of keys) {
    const v = flat[k.name];
    if (v === undefined) continue;
    out += `${indent}<data key="${k.id}">${xmlEscape(String(v))}</data>\n`;
  }
  return out;
}

export function toGraphml(graph: CooperationGraph): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of [...NODE_KEYS, ...EDGE_KEYS])
    out += `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  out += '  <graph id="cooperation" edgedefault="undirected">\n';
  graph.forEachNode((id, a) => {
    out += `    <node id="${xmlEscape(id)}">\n${data(NODE_KEYS, a, '      ')}    </node>\n`;
  });
  graph.forEachEdge((key, a, source, target) => {
    out +=
      `    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n` +
      `${data(EDGE_KEYS, a, '      ')}    </edge>\n`;
  });
  return `${out}  </graph>\n</graphml>\n`;
}
