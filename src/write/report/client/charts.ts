// The overview's pictures: meetings per Jalali month and the universities that met, both filtered with the list.
export const CHARTS = String.raw`
/** A network label: the name without the leading «دانشگاه» (every node is one). */
function shortName(id) {
  var n = orgName(id);
  return n === id ? id : n.replace(/^دانشگاه\s+/, '').replace(/^University of\s+/, '');
}
/** The meetings of the listed documents that pass the meeting filters. */
function listedMeetings() {
  var out = [];
  state.list.forEach(function (i) {
    DOCS[i].m.forEach(function (m) { if (meetingOk(m)) out.push({ i: i, m: m }); });
  });
  return out;
}
function renderCharts() {
  var ms = listedMeetings();
  renderMonths(ms);
  renderNetwork(ms);
}
function meetingLink(x) {
  var d = DOCS[x.i];
  var label = (x.m.jf ? dayWords(x.m.jf, JMONTHS, 'day') + ' \u00b7 ' : '') + N('kind', x.m.k) + ' \u00b7 ';
  return h('li', {}, [h('a', { href: '#doc/' + x.i }, [label, bdi(x.m.t || d.hl || d.id)])]);
}
function showInfo(box, title, items) {
  box.textContent = '';
  box.classList.remove('muted');
  box.appendChild(h('div', {}, h('b', { text: title })));
  var ul = h('ul', {});
  items.slice(0, 12).forEach(function (x) { ul.appendChild(meetingLink(x)); });
  if (items.length > 12) ul.appendChild(h('li', { cls: 'muted', text: '\u2026 ' + (LANG === 'fa' ? 'و ' + num(items.length - 12) + ' نشست دیگر' : 'and ' + (items.length - 12) + ' more') }));
  box.appendChild(ul);
}

function renderMonths(ms) {
  ui.monthSvg.textContent = '';
  var byKey = {};
  var keys = [];
  ms.forEach(function (x) {
    if (!x.m.jf) return;
    var k = x.m.jf.slice(0, 7);
    if (!byKey[k]) { byKey[k] = []; keys.push(k); }
    byKey[k].push(x);
  });
  if (!keys.length) { ui.monthSvg.appendChild(h('p', { cls: 'muted', text: T('noDated') })); return; }
  keys.sort();
  var y = Number(keys[0].slice(0, 4)), mo = Number(keys[0].slice(5, 7));
  var last = keys[keys.length - 1];
  var slots = [];
  while (slots.length < 1200) {
    var key = y + '-' + pad2(mo);
    slots.push(key);
    if (key >= last) break;
    if (++mo > 12) { mo = 1; y++; }
  }
  var byYear = slots.length > 120;
  if (byYear) {
    var ys = {};
    slots = [];
    keys.forEach(function (k) { var yy = k.slice(0, 4); if (!ys[yy]) { ys[yy] = []; } ys[yy] = ys[yy].concat(byKey[k]); });
    for (var yy = Number(keys[0].slice(0, 4)); yy <= Number(last.slice(0, 4)); yy++) slots.push(String(yy));
    byKey = ys;
  }
  var W = 640, H = 220, PADL = 34, B = 40, PADT = 10;
  var bw = (W - PADL - 6) / slots.length;
  var max = 1;
  slots.forEach(function (k) { if (byKey[k] && byKey[k].length > max) max = byKey[k].length; });
  var svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': T('monthsTitle') });
  [0, Math.ceil(max / 2), max].forEach(function (v) {
    var yv = H - B - (H - B - PADT) * v / max;
    svg.appendChild(s('line', { x1: PADL, x2: W, y1: yv, y2: yv, stroke: '#e5e7eb' }));
    svg.appendChild(s('text', { x: PADL - 4, y: yv + 4, 'text-anchor': 'end', text: num(v) }));
  });
  var step = Math.max(1, Math.ceil(48 / bw));
  slots.forEach(function (k, j) {
    var items = byKey[k] || [];
    var x = PADL + j * bw;
    var bh = (H - B - PADT) * items.length / max;
    var label = byYear ? num(k) : dayWords(k + '-01', JMONTHS, 'month');
    if (items.length) {
      var bar = s('rect', { cls: 'bar', x: x + bw * 0.1, y: H - B - bh, width: Math.max(1, bw * 0.8), height: bh, 'data-key': k },
        s('title', { text: label + ': ' + num(items.length) + ' ' + T('meetings') }));
      bar.addEventListener('mouseenter', function () { showInfo(ui.monthInfo, label + ': ' + num(items.length) + ' ' + T('meetings'), items); });
      bar.addEventListener('click', function () { ui.setMonth(k); });
      svg.appendChild(bar);
    }
    if (j % step === 0) {
      svg.appendChild(s('text', { x: x + bw / 2, y: H - B + 14, 'text-anchor': 'middle', text: byYear ? num(k) : num(k.slice(2)) }));
    }
  });
  ui.monthSvg.appendChild(svg);
}

function renderNetwork(ms) {
  ui.netSvg.textContent = '';
  // Drawn from the run's cooperation graph (src/network): an edge's weight is the number of events
  // (one visit told by three outlets counts once) among the listed meetings; universities only.
  var NET = INDEX.network || { edges: [], reports: {} };
  var listed = {};
  ms.forEach(function (x) { listed[DOCS[x.i].id + '\u0000' + x.m.id] = x; });
  var nodeMeetings = {}, nodeEvents = {}, edges = {};
  NET.edges.forEach(function (g) {
    if (!isUniversity(g.a) || !isUniversity(g.b)) return;
    var e = { a: g.a, b: g.b, ms: [], n: 0 };
    g.ev.forEach(function (ev) {
      var seen = (NET.reports[ev] || []).map(function (k) { return listed[k]; }).filter(Boolean);
      if (!seen.length) return;
      e.n++;
      e.ms = e.ms.concat(seen);
      [g.a, g.b].forEach(function (u) {
        (nodeEvents[u] = nodeEvents[u] || {})[ev] = true;
        nodeMeetings[u] = nodeMeetings[u] || [];
        seen.forEach(function (x) { if (nodeMeetings[u].indexOf(x) < 0) nodeMeetings[u].push(x); });
      });
    });
    if (e.n) edges[g.a + '\u0000' + g.b] = e;
  });
  var eventsOf = function (n) { return Object.keys(nodeEvents[n]).length; };
  var nodes = Object.keys(nodeEvents).sort(function (a, b) {
    return eventsOf(b) - eventsOf(a) || (a < b ? -1 : 1);
  });
  if (!nodes.length) { ui.netSvg.appendChild(h('p', { cls: 'muted', text: T('noNet') })); return; }
  var hidden = nodes.length - MAX_NODES;
  nodes = nodes.slice(0, MAX_NODES);
  // Labels run outward along the radius, so neighbours on the ring never overlap.
  var R = 140, W = 2 * (R + 120), H = W, cx = W / 2, cy = H / 2;
  var pos = {};
  nodes.forEach(function (n, k) {
    var t = -Math.PI / 2 + 2 * Math.PI * k / nodes.length;
    pos[n] = { x: cx + R * Math.cos(t), y: cy + R * Math.sin(t), t: t };
  });
  var svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': T('netTitle') });
  Object.keys(edges).forEach(function (key) {
    var e = edges[key];
    if (!pos[e.a] || !pos[e.b]) return;
    var title = orgName(e.a) + ' \u2014 ' + orgName(e.b) + ': ' + num(e.n) + ' ' + T('events');
    var line = s('line', { cls: 'edge', x1: pos[e.a].x, y1: pos[e.a].y, x2: pos[e.b].x, y2: pos[e.b].y,
      'stroke-width': 1 + 2 * Math.log2(e.n + 1), 'data-a': e.a, 'data-b': e.b, 'data-weight': e.n }, s('title', { text: title }));
    line.addEventListener('mouseenter', function () { showInfo(ui.netInfo, title, e.ms); });
    svg.appendChild(line);
  });
  nodes.forEach(function (n) {
    var p = pos[n];
    var count = eventsOf(n);
    var title = orgName(n) + ' (' + n + '): ' + num(count) + ' ' + T('events');
    var c = s('circle', { cls: 'node', cx: p.x, cy: p.y, r: 4 + 2 * Math.sqrt(count), 'data-id': n }, s('title', { text: title }));
    c.addEventListener('mouseenter', function () { showInfo(ui.netInfo, title, nodeMeetings[n]); });
    c.addEventListener('click', function () { ui.setUniversity(n); });
    svg.appendChild(c);
    var right = Math.cos(p.t) >= -1e-9;
    var deg = p.t * 180 / Math.PI + (right ? 0 : 180);
    var lx = cx + (R + 12 + Math.sqrt(count) * 2) * Math.cos(p.t), ly = cy + (R + 12 + Math.sqrt(count) * 2) * Math.sin(p.t);
    svg.appendChild(s('text', { cls: 'lbl', x: lx, y: ly + 4, 'text-anchor': right ? 'start' : 'end',
      transform: 'rotate(' + deg.toFixed(2) + ' ' + lx.toFixed(2) + ' ' + ly.toFixed(2) + ')', text: shortName(n) }));
  });
  ui.netSvg.appendChild(svg);
  if (hidden > 0) ui.netSvg.appendChild(h('p', { cls: 'muted small', text: LANG === 'fa' ? num(MAX_NODES) + ' دانشگاه با بیشترین نشست نشان داده شده؛ ' + num(hidden) + ' دانشگاه دیگر پنهان است (پالایش کنید).' : 'Showing the ' + MAX_NODES + ' universities with the most meetings; ' + hidden + ' more are hidden (filter to see them).' }));
}

`;
