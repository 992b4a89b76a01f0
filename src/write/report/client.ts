// The page's script: plain JavaScript, run by the browser, allowed by its hash in the page's policy.
// Rules it keeps: data is only ever put into the DOM with textContent/setAttribute (never innerHTML),
// bidi control characters are shown as visible marks instead of being obeyed, and a document's record
// and text are parsed only when that document is opened (or when the search box needs the texts).
// Kept as a string because it ships inside report.html; it avoids backquotes and dollar-brace so it can
// live in a template literal.
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var SVGNS = 'http://www.w3.org/2000/svg';
var KINDS = ['meeting', 'visit', 'signing', 'conference', 'workshop', 'other'];
var TYPES = ['university', 'organization', 'unit', 'person', 'title', 'date', 'place', 'email'];
var MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
var FLAGS = [['any', 'any flag'], ['weekday-mismatch', 'weekday mismatch'], ['year-inferred', 'year inferred'],
  ['low-confidence', 'low confidence (< 0.6)'], ['error', 'processing error'], ['text-mismatch', 'text changed since the run'],
  ['text-missing', 'text unavailable'], ['none', 'no flags']];
var LOW = 0.6;
var PAGE = 50;
var MAX_NODES = 30;
var CTL = /[\u202A-\u202E\u2066-\u2069]/g;
var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function byId(id) { return document.getElementById(id); }
function readJson(id) {
  var n = byId(id);
  if (!n) return null;
  try { return JSON.parse(n.textContent); } catch (e) { return null; }
}
/** Bidi overrides and isolates would reorder what follows them: show them, never obey them. */
function visible(s) {
  return String(s == null ? '' : s).replace(CTL, function (c) {
    return '\u27e8U+' + c.charCodeAt(0).toString(16).toUpperCase() + '\u27e9';
  });
}
function append(el, kids) {
  if (kids == null || kids === false) return;
  if (!Array.isArray(kids)) kids = [kids];
  kids.forEach(function (c) {
    if (c == null || c === false) return;
    if (Array.isArray(c)) { append(el, c); return; }
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(visible(c)) : c);
  });
}
function h(tag, props, kids) {
  var el = document.createElement(tag);
  setProps(el, props);
  append(el, kids);
  return el;
}
function s(tag, props, kids) {
  var el = document.createElementNS(SVGNS, tag);
  setProps(el, props);
  append(el, kids);
  return el;
}
function setProps(el, props) {
  if (!props) return;
  Object.keys(props).forEach(function (k) {
    var v = props[k];
    if (v == null || v === false) return;
    if (k === 'text') el.textContent = visible(v);
    else if (k === 'cls') el.setAttribute('class', v);
    else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : visible(v));
  });
}
function bdi(text, cls) { return h('bdi', { cls: cls, dir: 'auto', text: text }); }
function badge(text, cls, title) { return h('span', { cls: 'badge' + (cls ? ' ' + cls : ''), title: title, text: text }); }
function pad2(n) { n = String(n); return n.length < 2 ? '0' + n : n; }
function faDigits(x) {
  return String(x).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x06f0 + Number(d)); });
}
function jalaliWords(iso, precision) {
  var p = String(iso).split('-');
  var month = MONTHS[Number(p[1]) - 1] || p[1];
  if (precision === 'month') return month + ' ' + faDigits(p[0]);
  return faDigits(Number(p[2])) + ' ' + month + ' ' + faDigits(p[0]);
}
function range(a, b) { return a === b ? a : a + ' \u2192 ' + b; }
/** [Jalali ISO, Persian words, the rest]: the words are isolated when shown, so bidi cannot reorder them. */
function dateParts(d) {
  var words = d.precision === 'month' ? jalaliWords(d.jalali.from, 'month')
    : d.jalali.from === d.jalali.to ? jalaliWords(d.jalali.from)
    : jalaliWords(d.jalali.from) + ' \u2013 ' + jalaliWords(d.jalali.to);
  var rest = ' \u00b7 Gregorian ' + range(d.gregorian.from, d.gregorian.to);
  if (d.weekday) rest += ' \u00b7 ' + d.weekday;
  if (d.time) rest += ' \u00b7 ' + d.time;
  if (d.precision !== 'day') rest += ' \u00b7 ' + d.precision;
  if (d.calendar !== 'jalali') rest += ' \u00b7 written ' + d.calendar;
  if (d.yearInferred) rest += ' \u00b7 year inferred';
  return ['Jalali ' + range(d.jalali.from, d.jalali.to) + ' (', words, ')' + rest];
}
function describeDate(d) { return d ? dateParts(d).join('') : ''; }
function dateNode(d) { var p = dateParts(d); return [p[0], bdi(p[1]), p[2]]; }
/** Search matches across the spellings Persian texts mix: Arabic yeh/kaf, digits, ZWNJ, diacritics. */
function norm(x) {
  return String(x)
    .replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9')
    .replace(/[\u06f0-\u06f9]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x06f0 + 48); })
    .replace(/[\u0660-\u0669]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x0660 + 48); })
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u200c\u200d\u200e\u200f\s]+/g, ' ')
    .toLowerCase();
}
function flagLabel(w) {
  for (var k = 0; k < FLAGS.length; k++) if (FLAGS[k][0] === w) return FLAGS[k][1];
  return w;
}
function flagBadge(w) {
  var bad = w === 'error' || w === 'text-mismatch' || w === 'text-missing';
  return badge(flagLabel(w), bad ? 'bad' : 'warn', w);
}

var INDEX = readJson('k-index') || { docs: [], universities: [] };
var DOCS = INDEX.docs || [];
var ERRORS = readJson('k-errors') || [];
var RUN = readJson('k-run') || {};
var UNIV = {};
(INDEX.universities || []).forEach(function (u) { UNIV[u] = true; });
var anyUniv = (INDEX.universities || []).length > 0;
function isUniversity(id) { return anyUniv ? UNIV[id] === true : true; }

function rank(d) {
  var r = 0;
  if (d.w.indexOf('error') >= 0 || d.w.indexOf('text-mismatch') >= 0 || d.w.indexOf('text-missing') >= 0) r += 4;
  if (d.w.indexOf('low-confidence') >= 0) r += 2;
  if (d.w.length) r += 1;
  return r;
}
/** Doubtful documents first, then input order. */
var ORDER = DOCS.map(function (_, i) { return i; }).sort(function (a, b) {
  return rank(DOCS[b]) - rank(DOCS[a]) || a - b;
});

var state = { f: { u: '', k: '', from: null, to: null, w: '', q: '' }, page: 0, errPage: 0, list: ORDER.slice() };
var NTEXT = [];
function searchText(i) {
  if (NTEXT[i] === undefined) {
    var t = readJson('t' + i);
    NTEXT[i] = norm((DOCS[i].ti || '') + ' ' + DOCS[i].id + ' ' + (t == null ? '' : t));
  }
  return NTEXT[i];
}
function meetingFilterOn() { var f = state.f; return !!(f.k || f.from || f.to); }
function meetingOk(m) {
  var f = state.f;
  if (f.k && m.k !== f.k) return false;
  if (f.u && m.o.indexOf(f.u) < 0) return false;
  if (f.from && (!m.jt || m.jt < f.from)) return false;
  if (f.to && (!m.jf || m.jf > f.to)) return false;
  return true;
}
function docOk(i) {
  var d = DOCS[i];
  var f = state.f;
  if (meetingFilterOn()) {
    if (!d.m.some(meetingOk)) return false;
  } else if (f.u && d.u.indexOf(f.u) < 0 && !d.m.some(meetingOk)) {
    return false;
  }
  if (f.w === 'any' && !d.w.length) return false;
  if (f.w === 'none' && d.w.length) return false;
  if (f.w && f.w !== 'any' && f.w !== 'none' && d.w.indexOf(f.w) < 0) return false;
  if (f.q && searchText(i).indexOf(f.q) < 0) return false;
  return true;
}
function parseJalali(value, end) {
  var x = norm(value).trim().replace(/[\/.]/g, '-');
  if (!x) return '';
  var m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(x);
  if (!m) return null;
  return m[1] + '-' + (m[2] ? pad2(m[2]) : end ? '12' : '01') + '-' + (m[3] ? pad2(m[3]) : end ? '31' : '01');
}

// ---------- overview ----------
var ui = {};
function total(key) { return DOCS.reduce(function (n, d) { return n + (typeof key === 'function' ? key(d) : d[key]); }, 0); }

function buildOverview() {
  var root = h('div', { id: 'overview' });
  var counts = [
    ['documents', DOCS.length],
    ['meetings', total(function (d) { return d.m.length; })],
    ['attendees', total('na')],
    ['decisions', total('nd')],
    ['entities', total('ne')],
    ['flagged documents', DOCS.filter(function (d) { return d.w.length > 0; }).length],
    ['errors', ERRORS.length],
  ];
  root.appendChild(h('div', { cls: 'counts', id: 'counts' }, counts.map(function (c) {
    return h('div', { cls: 'count', 'data-count': c[0] }, [h('b', { text: c[1] }), c[0]]);
  })));
  root.appendChild(buildFilters());
  ui.monthSvg = h('div', { id: 'chart-months' });
  ui.monthInfo = h('div', { cls: 'hover-info muted' }, 'Hover a bar for its count; click it to filter by that month.');
  ui.netSvg = h('div', { id: 'chart-network' });
  ui.netInfo = h('div', { cls: 'hover-info muted', id: 'network-info' }, 'Hover a line or a university to see its meetings.');
  root.appendChild(h('div', { cls: 'charts' }, [
    h('section', { cls: 'panel' }, [h('h2', { text: 'Meetings per month (Jalali)' }), ui.monthSvg, ui.monthInfo]),
    h('section', { cls: 'panel' }, [h('h2', { text: 'Universities that met' }), ui.netSvg, ui.netInfo]),
  ]));
  ui.listInfo = h('span', { cls: 'muted small', id: 'list-info' });
  ui.listBody = h('tbody', { id: 'doc-list' });
  ui.pager = h('div', { cls: 'pager' });
  root.appendChild(h('section', { cls: 'panel', id: 'documents' }, [
    h('h2', {}, ['Documents ', ui.listInfo]),
    h('table', {}, [h('thead', {}, h('tr', {}, [
      h('th', { text: 'document' }), h('th', { text: 'meetings' }), h('th', { text: 'dates (Jalali)' }), h('th', { text: 'flags' }),
    ])), ui.listBody]),
    ui.pager,
  ]));
  ui.errBody = h('tbody', { id: 'error-list' });
  ui.errPager = h('div', { cls: 'pager' });
  root.appendChild(h('section', { cls: 'panel', id: 'errors' }, [
    h('h2', { text: 'Documents that could not be processed (errors.jsonl): ' + ERRORS.length }),
    ERRORS.length ? h('table', {}, [h('thead', {}, h('tr', {}, [
      h('th', { text: 'source' }), h('th', { text: 'code' }), h('th', { text: 'reason' }), h('th', { text: 'line' }),
    ])), ui.errBody]) : h('p', { cls: 'muted', text: 'None.' }),
    ui.errPager,
  ]));
  return root;
}

function select(id, label, options, onchange) {
  var el = h('select', { id: id, onchange: function () { onchange(el.value); } },
    options.map(function (o) { return h('option', { value: o[0], text: o[1] }); }));
  return h('label', {}, [label, el]);
}
function buildFilters() {
  var orgCount = {};
  DOCS.forEach(function (d) {
    var seen = {};
    d.m.forEach(function (m) { m.o.forEach(function (o) { seen[o] = true; }); });
    d.u.forEach(function (u) { seen[u] = true; });
    Object.keys(seen).forEach(function (o) { orgCount[o] = (orgCount[o] || 0) + 1; });
  });
  var orgs = Object.keys(orgCount).sort(function (a, b) {
    return (isUniversity(b) - isUniversity(a)) || orgCount[b] - orgCount[a] || (a < b ? -1 : 1);
  });
  var from = h('input', { id: 'f-from', placeholder: 'e.g. 1397-11', size: 10 });
  var to = h('input', { id: 'f-to', placeholder: 'e.g. 1398-06', size: 10 });
  var q = h('input', { id: 'f-q', cls: 'q', type: 'search', placeholder: 'search the texts' });
  function dates() {
    var a = parseJalali(from.value, false);
    var b = parseJalali(to.value, true);
    from.style.borderColor = a === null ? '#b91c1c' : '';
    to.style.borderColor = b === null ? '#b91c1c' : '';
    state.f.from = a || null;
    state.f.to = b || null;
    refresh();
  }
  from.addEventListener('input', dates);
  to.addEventListener('input', dates);
  var timer = 0;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.f.q = norm(q.value).trim(); refresh(); }, 200);
  });
  ui.setMonth = function (key) {
    from.value = key;
    to.value = key;
    dates();
  };
  ui.setUniversity = function (id) {
    var sel = byId('f-u');
    sel.value = id;
    state.f.u = id;
    refresh();
  };
  var clear = h('button', { cls: 'btn', type: 'button', id: 'f-clear', text: 'clear filters' });
  clear.addEventListener('click', function () {
    ['f-u', 'f-k', 'f-w'].forEach(function (id) { byId(id).value = ''; });
    from.value = to.value = q.value = '';
    from.style.borderColor = to.style.borderColor = '';
    state.f = { u: '', k: '', from: null, to: null, w: '', q: '' };
    refresh();
  });
  return h('section', { cls: 'panel' }, [h('h2', { text: 'Filters' }), h('div', { cls: 'filters' }, [
    select('f-u', 'university / organisation', [['', 'all']].concat(orgs.map(function (o) {
      return [o, o + ' (' + orgCount[o] + ')'];
    })), function (v) { state.f.u = v; refresh(); }),
    select('f-k', 'meeting kind', [['', 'all']].concat(KINDS.map(function (k) { return [k, k]; })),
      function (v) { state.f.k = v; refresh(); }),
    h('label', {}, ['Jalali from', from]),
    h('label', {}, ['Jalali to', to]),
    select('f-w', 'flag', [['', 'all documents']].concat(FLAGS, otherFlags()), function (v) { state.f.w = v; refresh(); }),
    h('label', {}, ['search', q]),
    clear,
  ])]);
}

/** Warnings the pipeline writes that this page has no label for are still filterable. */
function otherFlags() {
  var known = {};
  FLAGS.forEach(function (f) { known[f[0]] = true; });
  var out = [];
  DOCS.forEach(function (d) {
    d.w.forEach(function (w) { if (!known[w]) { known[w] = true; out.push([w, w]); } });
  });
  return out.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
}

function refresh() {
  state.list = ORDER.filter(docOk);
  state.page = 0;
  renderList();
  renderCharts();
}

function pager(el, page, count, size, go) {
  el.textContent = '';
  var pages = Math.max(1, Math.ceil(count / size));
  if (pages <= 1) return;
  el.appendChild(h('button', { cls: 'btn', type: 'button', text: '\u2190 previous', disabled: page <= 0, onclick: function () { go(page - 1); } }));
  el.appendChild(h('span', { cls: 'muted', text: 'page ' + (page + 1) + ' of ' + pages }));
  el.appendChild(h('button', { cls: 'btn', type: 'button', text: 'next \u2192', disabled: page >= pages - 1, onclick: function () { go(page + 1); } }));
}

function renderList() {
  var list = state.list;
  ui.listInfo.textContent = list.length === DOCS.length ? '(' + DOCS.length + ')' :
    '(' + list.length + ' of ' + DOCS.length + ' match the filters)';
  ui.listBody.textContent = '';
  var start = state.page * PAGE;
  list.slice(start, start + PAGE).forEach(function (i) {
    var d = DOCS[i];
    var kinds = {};
    d.m.forEach(function (m) { kinds[m.k] = (kinds[m.k] || 0) + 1; });
    var dates = d.m.filter(function (m) { return m.jf; }).map(function (m) { return range(m.jf, m.jt); });
    var row = h('tr', { cls: 'doc-row', 'data-doc': i, 'data-docid': d.id }, [
      h('td', {}, [h('a', { href: '#doc/' + i }, bdi(d.id)), d.ti ? h('div', { cls: 'small muted' }, bdi(d.ti)) : null]),
      h('td', {}, d.m.length ? Object.keys(kinds).map(function (k) { return badge(k + (kinds[k] > 1 ? ' \u00d7' + kinds[k] : ''), 'kind'); }) : h('span', { cls: 'muted', text: '\u2014' })),
      h('td', { cls: 'small', text: dates.join(', ') || '\u2014' }),
      h('td', {}, d.w.map(flagBadge)),
    ]);
    row.addEventListener('click', function (ev) {
      if (ev.target.tagName !== 'A') location.hash = '#doc/' + i;
    });
    ui.listBody.appendChild(row);
  });
  pager(ui.pager, state.page, list.length, PAGE, function (p) { state.page = p; renderList(); });
}

function renderErrors() {
  if (!ERRORS.length) return;
  ui.errBody.textContent = '';
  var start = state.errPage * PAGE;
  ERRORS.slice(start, start + PAGE).forEach(function (e) {
    ui.errBody.appendChild(h('tr', { 'data-source': e.source }, [
      h('td', {}, bdi(e.source)), h('td', {}, badge(e.code, 'bad')), h('td', {}, bdi(e.message)),
      h('td', { text: e.line == null ? '' : e.line }),
    ]));
  });
  pager(ui.errPager, state.errPage, ERRORS.length, PAGE, function (p) { state.errPage = p; renderErrors(); });
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
  var label = d.id + ' \u00b7 ' + x.m.id + (x.m.jf ? ' \u00b7 ' + x.m.jf : '') + (x.m.t ? ' \u00b7 ' : '');
  return h('li', {}, [h('a', { href: '#doc/' + x.i }, [label, x.m.t ? bdi(x.m.t) : null])]);
}
function showInfo(box, title, items) {
  box.textContent = '';
  box.classList.remove('muted');
  box.appendChild(h('div', {}, h('b', { text: title })));
  var ul = h('ul', {});
  items.slice(0, 12).forEach(function (x) { ul.appendChild(meetingLink(x)); });
  if (items.length > 12) ul.appendChild(h('li', { cls: 'muted', text: '\u2026 and ' + (items.length - 12) + ' more' }));
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
  if (!keys.length) { ui.monthSvg.appendChild(h('p', { cls: 'muted', text: 'No dated meetings.' })); return; }
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
  var W = 640, H = 220, L = 34, B = 40, T = 10;
  var bw = (W - L - 6) / slots.length;
  var max = 1;
  slots.forEach(function (k) { if (byKey[k] && byKey[k].length > max) max = byKey[k].length; });
  var svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'meetings per month' });
  [0, Math.ceil(max / 2), max].forEach(function (v) {
    var yv = H - B - (H - B - T) * v / max;
    svg.appendChild(s('line', { x1: L, x2: W, y1: yv, y2: yv, stroke: '#e5e7eb' }));
    svg.appendChild(s('text', { x: L - 4, y: yv + 4, 'text-anchor': 'end', text: v }));
  });
  var step = Math.max(1, Math.ceil(48 / bw));
  slots.forEach(function (k, j) {
    var items = byKey[k] || [];
    var x = L + j * bw;
    var bh = (H - B - T) * items.length / max;
    var label = byYear ? k : k + ' (' + MONTHS[Number(k.slice(5, 7)) - 1] + ' ' + faDigits(k.slice(0, 4)) + ')';
    if (items.length) {
      var bar = s('rect', { cls: 'bar', x: x + bw * 0.1, y: H - B - bh, width: Math.max(1, bw * 0.8), height: bh, 'data-key': k },
        s('title', { text: label + ': ' + items.length + (items.length === 1 ? ' meeting' : ' meetings') }));
      bar.addEventListener('mouseenter', function () { showInfo(ui.monthInfo, label + ': ' + items.length + ' meetings', items); });
      bar.addEventListener('click', function () { ui.setMonth(k); });
      svg.appendChild(bar);
    }
    if (j % step === 0) {
      svg.appendChild(s('text', { x: x + bw / 2, y: H - B + 14, 'text-anchor': 'middle', text: k }));
    }
  });
  ui.monthSvg.appendChild(svg);
}

function renderNetwork(ms) {
  ui.netSvg.textContent = '';
  var nodeMeetings = {};
  var edges = {};
  ms.forEach(function (x) {
    var us = x.m.o.filter(isUniversity).filter(function (u, k, a) { return a.indexOf(u) === k; }).sort();
    if (us.length < 2) return;
    us.forEach(function (u) { (nodeMeetings[u] = nodeMeetings[u] || []).push(x); });
    for (var a = 0; a < us.length; a++) {
      for (var b = a + 1; b < us.length; b++) {
        var key = us[a] + '\u0000' + us[b];
        (edges[key] = edges[key] || { a: us[a], b: us[b], ms: [] }).ms.push(x);
      }
    }
  });
  var nodes = Object.keys(nodeMeetings).sort(function (a, b) {
    return nodeMeetings[b].length - nodeMeetings[a].length || (a < b ? -1 : 1);
  });
  if (!nodes.length) { ui.netSvg.appendChild(h('p', { cls: 'muted', text: 'No meeting with two or more universities.' })); return; }
  var hidden = nodes.length - MAX_NODES;
  nodes = nodes.slice(0, MAX_NODES);
  // Labels run outward along the radius, so neighbours on the ring never overlap.
  var R = 140, W = 2 * (R + 120), H = W, cx = W / 2, cy = H / 2;
  var pos = {};
  nodes.forEach(function (n, k) {
    var t = -Math.PI / 2 + 2 * Math.PI * k / nodes.length;
    pos[n] = { x: cx + R * Math.cos(t), y: cy + R * Math.sin(t), t: t };
  });
  var svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'network of universities that met' });
  Object.keys(edges).forEach(function (key) {
    var e = edges[key];
    if (!pos[e.a] || !pos[e.b]) return;
    var title = e.a + ' \u2014 ' + e.b + ': ' + e.ms.length + (e.ms.length === 1 ? ' shared meeting' : ' shared meetings');
    var line = s('line', { cls: 'edge', x1: pos[e.a].x, y1: pos[e.a].y, x2: pos[e.b].x, y2: pos[e.b].y,
      'stroke-width': 1 + 2 * Math.log2(e.ms.length + 1), 'data-a': e.a, 'data-b': e.b, 'data-weight': e.ms.length }, s('title', { text: title }));
    line.addEventListener('mouseenter', function () { showInfo(ui.netInfo, title, e.ms); });
    svg.appendChild(line);
  });
  nodes.forEach(function (n) {
    var p = pos[n];
    var count = nodeMeetings[n].length;
    var title = n + ': ' + count + (count === 1 ? ' meeting' : ' meetings') + ' with other universities';
    var c = s('circle', { cls: 'node', cx: p.x, cy: p.y, r: 4 + 2 * Math.sqrt(count), 'data-id': n }, s('title', { text: title }));
    c.addEventListener('mouseenter', function () { showInfo(ui.netInfo, title, nodeMeetings[n]); });
    c.addEventListener('click', function () { ui.setUniversity(n); });
    svg.appendChild(c);
    var right = Math.cos(p.t) >= -1e-9;
    var deg = p.t * 180 / Math.PI + (right ? 0 : 180);
    var lx = cx + (R + 12 + Math.sqrt(count) * 2) * Math.cos(p.t), ly = cy + (R + 12 + Math.sqrt(count) * 2) * Math.sin(p.t);
    svg.appendChild(s('text', { cls: 'lbl', x: lx, y: ly + 4, 'text-anchor': right ? 'start' : 'end',
      transform: 'rotate(' + deg.toFixed(2) + ' ' + lx.toFixed(2) + ' ' + ly.toFixed(2) + ')', text: n }));
  });
  ui.netSvg.appendChild(svg);
  if (hidden > 0) ui.netSvg.appendChild(h('p', { cls: 'muted small', text: 'Showing the ' + MAX_NODES + ' universities with the most meetings; ' + hidden + ' more are hidden (filter to see them).' }));
}

// ---------- one document ----------
var view = { segs: [], starts: [], ends: [], current: [], pane: null, contacts: 0 };

function entityTip(e) {
  var lines = [e.type + ': \u00ab' + e.text + '\u00bb'];
  if (e.canonicalId) lines.push('canonical id: ' + e.canonicalId);
  if (e.name) lines.push('name: ' + e.name + (e.honorific ? ' (' + e.honorific + ')' : ''));
  if (e.organizationId) lines.push('organisation: ' + e.organizationId);
  if (e.unit) lines.push('unit: ' + e.unit);
  if (e.date) lines.push(describeDate(e.date));
  if (e.rule) lines.push('rule: ' + e.rule);
  return lines.join('\n');
}
function appendText(el, piece) {
  var last = 0;
  piece.replace(CTL, function (c, at) {
    if (at > last) el.appendChild(document.createTextNode(piece.slice(last, at)));
    el.appendChild(h('span', { cls: 'ctl', title: 'bidi control character, shown instead of applied',
      text: 'U+' + c.charCodeAt(0).toString(16).toUpperCase() }));
    last = at + c.length;
    return c;
  });
  if (last < piece.length) el.appendChild(document.createTextNode(piece.slice(last)));
}
function goodSpan(sp, n) { return sp && typeof sp.start === 'number' && sp.start < sp.end && sp.end <= n; }

/** Every span a card can point at, per meeting and field, computed before the text is cut. */
function meetingSpans(rec, text, m) {
  var inEvidence = function (sp) { return m.evidence.some(function (e) { return sp.start >= e.start && sp.end <= e.end; }); };
  var byOrg = function (id) {
    var spans = rec.entities.filter(function (e) { return e.canonicalId === id; });
    return spans.filter(inEvidence).concat(spans.filter(function (x) { return !inEvidence(x); }));
  };
  var organizer = [];
  if (m.organizer && m.organizer.text) {
    m.evidence.forEach(function (e) {
      var at = text.indexOf(m.organizer.text, e.start);
      if (at >= 0 && at + m.organizer.text.length <= e.end) organizer.push({ start: at, end: at + m.organizer.text.length });
    });
    if (!organizer.length && m.organizer.organizationId) organizer = byOrg(m.organizer.organizationId);
  }
  return {
    evidence: m.evidence,
    date: m.date ? [m.date] : [],
    location: m.location ? [m.location] : [],
    organizer: organizer,
    org: function (id) { return byOrg(id); },
    orgs: m.organizations.map(byOrg),
    attendees: m.attendees.map(function (a) { return a.mentions; }),
    decisions: m.decisions.map(function (d) { return [d]; }),
    decisionDates: m.decisions.map(function (d) { return d.date ? [d.date] : []; }),
  };
}
function allSpans(fs) {
  return [].concat(fs.evidence, fs.date, fs.location, fs.organizer,
    [].concat.apply([], fs.orgs), [].concat.apply([], fs.attendees), [].concat.apply([], fs.decisions),
    [].concat.apply([], fs.decisionDates));
}

function buildText(pane, text, rec, fields) {
  var n = text.length;
  var marks = [];
  rec.entities.forEach(function (e) { if (goodSpan(e, n)) marks.push({ s: e.start, e: e.end, type: e.type, ent: e }); });
  // Contacts carry no offsets: mark where they are written as reported (phones are normalised, so only
  // the ones written without separators are found).
  rec.contacts.emails.concat(rec.contacts.phones).forEach(function (c) {
    if (!c || c.length < 5) return;
    if (text.indexOf(c) >= 0) view.contacts++;
    for (var at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + c.length)) {
      marks.push({ s: at, e: at + c.length, type: 'email', ent: { type: 'contact', text: c, rule: 'contacts' } });
    }
  });
  var cuts = {};
  cuts[0] = true; cuts[n] = true;
  marks.forEach(function (m) { cuts[m.s] = true; cuts[m.e] = true; });
  fields.forEach(function (fs) { allSpans(fs).forEach(function (sp) { if (goodSpan(sp, n)) { cuts[sp.start] = true; cuts[sp.end] = true; } }); });
  for (var k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) { cuts[k] = true; cuts[k + 1] = true; }
  var pts = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
  marks.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
  var mi = 0, active = [];
  var dir = rec.language === 'en' ? 'ltr' : 'auto';
  var p = h('p', { dir: dir });
  pane.appendChild(p);
  view.segs = []; view.starts = []; view.ends = [];
  for (var j = 0; j + 1 < pts.length; j++) {
    var a = pts[j], b = pts[j + 1];
    var piece = text.slice(a, b);
    if (piece === '\n') { p = h('p', { dir: dir }); pane.appendChild(p); continue; }
    while (mi < marks.length && marks[mi].s <= a) active.push(marks[mi++]);
    active = active.filter(function (m) { return m.e > a; });
    var seg = h('span', { 'data-s': a, 'data-e': b });
    if (active.length) {
      var inner = active.reduce(function (x, y) { return y.e - y.s < x.e - x.s ? y : x; });
      seg.setAttribute('class', 'ent t-' + inner.type);
      seg.setAttribute('data-type', inner.type);
      var ids = active.map(function (m) { return m.ent.entityId; }).filter(Boolean);
      if (ids.length) seg.setAttribute('data-ents', ids.join(' '));
      seg.setAttribute('title', visible(active.map(function (m) { return entityTip(m.ent); }).join('\n\n')));
    }
    appendText(seg, piece);
    p.appendChild(seg);
    view.segs.push(seg); view.starts.push(a); view.ends.push(b);
  }
}

function segmentsIn(sp) {
  var lo = 0, hi = view.starts.length;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (view.starts[mid] < sp.start) lo = mid + 1; else hi = mid; }
  var out = [];
  for (var k = lo; k < view.segs.length && view.ends[k] <= sp.end; k++) out.push(view.segs[k]);
  return out;
}
function flash(spans) {
  view.current.forEach(function (x) { x.classList.remove('hit', 'flash'); });
  view.current = [];
  spans.forEach(function (sp) { if (sp) view.current = view.current.concat(segmentsIn(sp)); });
  if (!view.current.length) return;
  view.current.forEach(function (x) { x.classList.add('hit'); });
  void view.pane.offsetWidth; // restart the animation when the same span is clicked twice
  view.current.forEach(function (x) { x.classList.add('flash'); });
  view.current[0].scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}
function evLink(label, spans, field, textOk) {
  spans = (spans || []).filter(function (sp) { return goodSpan(sp, Infinity); });
  var ok = textOk && spans.length > 0;
  var b = h('button', { cls: 'ev', type: 'button', 'data-field': field, disabled: !ok,
    title: ok ? 'show the evidence in the text' : 'no evidence span in the text' }, label);
  b.addEventListener('click', function () { flash(spans); });
  return b;
}
function orgLabel(id, text) { return id ? (text ? [bdi(text), ' \u2192 ' + id] : id) : text ? bdi(text) : '\u2014'; }

function meetingCard(rec, m, fs, sum, textOk) {
  var low = m.confidence < LOW;
  var row = function (label, value) { return [h('dt', { text: label }), h('dd', {}, value)]; };
  var dl = h('dl', {});
  append(dl, row('kind', evLink(m.kind, fs.evidence, 'kind', textOk)));
  append(dl, row('title', m.title ? evLink(bdi(m.title), fs.evidence, 'title', textOk) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('date', m.date ? evLink(dateNode(m.date), fs.date, 'date', textOk) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('place', m.location ? evLink(orgLabel(m.location.organizationId, m.location.text), fs.location, 'location', textOk) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('organiser', m.organizer ? evLink([bdi(m.organizer.text || ''),
    (m.organizer.organizationId ? ' \u2192 ' + m.organizer.organizationId : '') + (m.organizer.unit ? ' / ' : ''),
    m.organizer.unit ? bdi(m.organizer.unit) : null], fs.organizer, 'organizer', textOk) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('organisations', m.organizations.length ? m.organizations.map(function (o, k) {
    return [k ? ', ' : '', evLink(o, fs.orgs[k], 'org', textOk)];
  }).reduce(function (a, b) { return a.concat(b); }, []) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('attendees (' + m.attendees.length + ')', m.attendees.length ? h('ul', {}, m.attendees.map(function (a, k) {
    var person = [a.honorific, a.name].filter(Boolean).join(' ');
    var phrase = [person, a.title].filter(Boolean).join(rec.language === 'en' ? ', ' : '\u060c ');
    var who = [phrase ? bdi(phrase) : '(unnamed)'];
    if (a.organizationId) who.push(' \u2014 ' + a.organizationId);
    return h('li', { 'data-attendee': a.attendeeId }, [evLink(who, fs.attendees[k], 'attendee', textOk),
      h('span', { cls: 'muted small', text: ' ' + a.mentions.length + (a.mentions.length === 1 ? ' mention' : ' mentions') })]);
  })) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('decisions (' + m.decisions.length + ')', m.decisions.length ? h('ul', {}, m.decisions.map(function (d, k) {
    return h('li', { 'data-decision': d.decisionId }, [badge(d.kind, 'kind'), ' ', evLink(bdi(d.text), fs.decisions[k], 'decision', textOk),
      d.date ? h('div', { cls: 'small' }, evLink(dateNode(d.date), fs.decisionDates[k], 'decision-date', textOk)) : null,
      d.location ? h('div', { cls: 'small' }, ['at ', orgLabel(d.location.organizationId, d.location.text)]) : null]);
  })) : h('span', { cls: 'muted', text: '\u2014' })));
  append(dl, row('evidence', evLink(m.evidence.length + (m.evidence.length === 1 ? ' sentence' : ' sentences'), fs.evidence, 'evidence', textOk)));
  var warn = (sum && sum.w) || [];
  return h('section', { cls: 'card' + (low ? ' low' : ''), 'data-meeting': m.meetingId }, [
    h('h3', {}, [badge(m.kind, 'kind'), m.meetingId, h('span', { cls: 'muted small', text: 'confidence ' + m.confidence.toFixed(2) }),
      warn.map(flagBadge)]),
    dl,
  ]);
}

function showDoc(i) {
  var d = DOCS[i];
  var rec = readJson('r' + i);
  var text = readJson('t' + i);
  ui.overview.hidden = true;
  var dv = ui.doc;
  dv.hidden = false;
  dv.textContent = '';
  view = { segs: [], starts: [], ends: [], current: [], pane: null, contacts: 0 };
  var pos = state.list.indexOf(i);
  var seq = pos >= 0 ? state.list : ORDER;
  pos = seq.indexOf(i);
  var nav = function (label, k) {
    return h('button', { cls: 'btn', type: 'button', text: label, disabled: k < 0 || k >= seq.length,
      onclick: function () { location.hash = '#doc/' + seq[k]; } });
  };
  dv.appendChild(h('div', { cls: 'doc-head' }, [
    h('button', { cls: 'btn', type: 'button', id: 'back', text: '\u2190 overview', onclick: function () { location.hash = ''; } }),
    nav('\u2190 previous', pos - 1), nav('next \u2192', pos + 1),
    h('h2', {}, bdi(d.id)),
    h('span', { cls: 'muted small' }, ['source: ', bdi(d.src)]),
    h('span', { cls: 'muted small', text: 'language: ' + d.lang }),
    d.w.map(flagBadge),
  ]));
  if (!rec) { dv.appendChild(h('div', { cls: 'banner bad', text: 'The record of this document is missing from the report.' })); return; }
  var meta = [];
  if (rec.title) meta.push(h('div', {}, [h('b', { text: 'title: ' }), bdi(rec.title)]));
  if (rec.publishedAt) meta.push(h('div', { cls: 'small' }, ['published: ', dateNode(rec.publishedAt)]));
  if (rec.contacts.emails.length || rec.contacts.phones.length) {
    meta.push(h('div', { cls: 'small' }, 'contacts: ' + rec.contacts.emails.concat(rec.contacts.phones).join(', ')));
  }
  if (meta.length) dv.appendChild(h('div', { cls: 'panel' }, meta));
  d.err.forEach(function (e) { dv.appendChild(h('div', { cls: 'banner bad' }, ['processing error ' + e.code + ': ', bdi(e.message)])); });
  if (d.tx === 'missing') dv.appendChild(h('div', { cls: 'banner bad', text: 'The source text could not be re-read, so the facts cannot be shown in place.' }));
  if (d.tx === 'mismatch') dv.appendChild(h('div', { cls: 'banner bad', text: 'The source text no longer matches the record (it changed after the run): highlights may sit on the wrong words.' }));

  var textOk = typeof text === 'string';
  var fields = rec.meetings.map(function (m) { return meetingSpans(rec, textOk ? text : '', m); });
  var pane = h('div', { cls: 'text-pane', id: 'text', dir: rec.language === 'en' ? 'ltr' : 'rtl', lang: rec.language });
  view.pane = pane;
  if (textOk) buildText(pane, text, rec, fields);
  else pane.appendChild(h('p', { cls: 'muted', text: '(text unavailable)' }));

  var typeCount = {};
  rec.entities.forEach(function (e) { typeCount[e.type] = (typeCount[e.type] || 0) + 1; });
  if (view.contacts) typeCount.email = view.contacts;
  var legend = h('div', { cls: 'legend' }, TYPES.filter(function (t) { return typeCount[t]; }).map(function (t) {
    var box = h('input', { type: 'checkbox', checked: true, 'data-type': t });
    box.addEventListener('change', function () { pane.classList.toggle('hide-' + t, !box.checked); });
    return h('label', {}, [box, h('span', { cls: 'sw t-' + t }), (t === 'email' ? 'contact' : t) + ' (' + typeCount[t] + ')']);
  }));
  var cards = h('div', { cls: 'cards-pane', id: 'cards' });
  if (!rec.meetings.length) cards.appendChild(h('div', { cls: 'card muted', text: 'No meeting was extracted from this document.' }));
  rec.meetings.forEach(function (m, k) { cards.appendChild(meetingCard(rec, m, fields[k], d.m[k], textOk)); });
  dv.appendChild(h('div', { cls: 'doc-grid' }, [h('div', {}, [legend, pane]), cards]));
  window.scrollTo(0, 0);
}

function showOverview() {
  ui.doc.hidden = true;
  ui.doc.textContent = '';
  ui.overview.hidden = false;
}
function route() {
  var m = /^#doc\/(\d+)$/.exec(location.hash);
  if (m && DOCS[Number(m[1])]) showDoc(Number(m[1]));
  else showOverview();
}

function runMeta() {
  var parts = [];
  if (RUN.version) parts.push('khabar ' + RUN.version);
  if (RUN.schemaVersion != null) parts.push('schema ' + RUN.schemaVersion);
  if (RUN.rulesHash) parts.push('rules ' + String(RUN.rulesHash).slice(0, 12));
  if (Array.isArray(RUN.inputs)) parts.push('inputs: ' + RUN.inputs.join(', '));
  if (RUN.timings && RUN.timings.totalMs != null) parts.push((RUN.timings.totalMs / 1000).toFixed(1) + ' s');
  byId('run-meta').textContent = visible(parts.join(' \u00b7 '));
}

var app = byId('app');
app.textContent = '';
ui.overview = buildOverview();
ui.doc = h('div', { id: 'document', hidden: true });
app.appendChild(ui.overview);
app.appendChild(ui.doc);
runMeta();
refresh();
renderErrors();
window.addEventListener('hashchange', route);
route();
document.documentElement.setAttribute('data-ready', '1');
})();
`;
