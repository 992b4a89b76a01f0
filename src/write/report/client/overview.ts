// The overview: counts, filters, the list of documents (by headline, doubtful ones first) and, beside
// it, the pictures (meetings per month, universities that met) and the documents that failed.
export const OVERVIEW = String.raw`
var INDEX = readJson('k-index') || { docs: [], universities: [], names: {} };
var DOCS = INDEX.docs || [];
var ORGS = INDEX.names || {};
var ERRORS = readJson('k-errors') || [];
var RUN = readJson('k-run') || {};
var PAGE = 50;
var MAX_NODES = 30;
var UNIV = {};
(INDEX.universities || []).forEach(function (u) { UNIV[u] = true; });
var anyUniv = (INDEX.universities || []).length > 0;
function isUniversity(id) { return anyUniv ? UNIV[id] === true : true; }

function rank(d) {
  var r = 0;
  d.w.forEach(function (w) { if (PROBLEMS[w]) r = Math.max(r, 4); });
  if (d.w.indexOf('low-confidence') >= 0) r += 2;
  if (d.w.length) r += 1;
  return r;
}
/** Documents to look at first, then input order. */
var ORDER = DOCS.map(function (_, i) { return i; }).sort(function (a, b) { return rank(DOCS[b]) - rank(DOCS[a]) || a - b; });

var state = { f: { u: '', k: '', from: null, to: null, w: '', q: '' }, page: 0, errPage: 0, list: ORDER.slice() };
var KTEXT = [];
/** The key of everything a document can be found by: headline, file name, id and text. */
function searchKey(i) {
  if (KTEXT[i] === undefined) {
    var t = readJson('t' + i);
    var d = DOCS[i];
    KTEXT[i] = key([d.ti || '', d.hl || '', d.src, d.id, t == null ? '' : t].join('\n'));
  }
  return KTEXT[i];
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
  if (f.q && searchKey(i).indexOf(f.q) < 0) return false;
  return true;
}
function parseJalali(value, end) {
  var x = key(value).replace(/[\/.]/g, '-');
  if (!x) return '';
  var m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(x);
  if (!m) return null;
  return m[1] + '-' + (m[2] ? pad2(m[2]) : end ? '12' : '01') + '-' + (m[3] ? pad2(m[3]) : end ? '31' : '01');
}

var ui = {};
function total(f) { return DOCS.reduce(function (n, d) { return n + f(d); }, 0); }

function buildCounts() {
  var counts = [
    ['documents', DOCS.length],
    ['meetings', total(function (d) { return d.m.length; })],
    ['attendees', total(function (d) { return d.na; })],
    ['decisions', total(function (d) { return d.nd; })],
    ['entities', total(function (d) { return d.ne; })],
    ['flagged', DOCS.filter(function (d) { return d.w.length > 0; }).length],
    ['errors', ERRORS.length],
  ];
  return h('div', { cls: 'counts', id: 'counts' }, counts.map(function (c) {
    return h('span', { cls: 'count', 'data-count': c[0] }, [h('b', { text: num(c[1]) }), ' ' + T(c[0])]);
  }));
}

function buildOverview() {
  var root = h('div', { id: 'overview' });
  root.appendChild(buildFilters());
  ui.listInfo = h('span', { cls: 'muted small', id: 'list-info' });
  ui.listBody = h('tbody', { id: 'doc-list' });
  ui.pager = h('div', { cls: 'pager' });
  var list = h('section', { cls: 'panel', id: 'documents' }, [
    h('h2', {}, [T('documents') + ' ', ui.listInfo]),
    h('table', {}, [h('thead', {}, h('tr', {}, [
      h('th', { text: T('document') }), h('th', { text: T('meetings') }), h('th', { text: T('dates') }),
      h('th', { text: T('flags') }), h('th', { text: T('review') }),
    ])), ui.listBody]),
    ui.pager,
  ]);
  ui.monthSvg = h('div', { id: 'chart-months' });
  ui.monthInfo = h('div', { cls: 'hover-info muted' }, T('monthsHint'));
  ui.netSvg = h('div', { id: 'chart-network' });
  ui.netInfo = h('div', { cls: 'hover-info muted', id: 'network-info' }, T('netHint'));
  ui.errBody = h('tbody', { id: 'error-list' });
  ui.errPager = h('div', { cls: 'pager' });
  var side = h('div', { cls: 'side' }, [
    h('section', { cls: 'panel' }, [h('h2', { text: T('monthsTitle') }), ui.monthSvg, ui.monthInfo]),
    h('section', { cls: 'panel' }, [h('h2', { text: T('netTitle') }), ui.netSvg, ui.netInfo]),
    h('section', { cls: 'panel', id: 'errors' }, [
      h('h2', { text: T('errTitle') + ': ' + num(ERRORS.length) }),
      ERRORS.length ? h('table', {}, [h('thead', {}, h('tr', {}, [
        h('th', { text: T('source') }), h('th', { text: T('code') }), h('th', { text: T('reason') }), h('th', { text: T('line') }),
      ])), ui.errBody]) : h('p', { cls: 'muted', text: T('none') }),
      ui.errPager,
    ]),
  ]);
  root.appendChild(h('div', { cls: 'ov-grid' }, [list, side]));
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
    return (isUniversity(b) - isUniversity(a)) || orgCount[b] - orgCount[a] || (orgName(a) < orgName(b) ? -1 : 1);
  });
  var from = h('input', { id: 'f-from', placeholder: num('1397-11'), size: 9 });
  var to = h('input', { id: 'f-to', placeholder: num('1398-06'), size: 9 });
  var q = h('input', { id: 'f-q', cls: 'q', type: 'search', placeholder: T('searchPh') });
  function dates() {
    var a = parseJalali(from.value, false);
    var b = parseJalali(to.value, true);
    from.classList.toggle('invalid', a === null);
    to.classList.toggle('invalid', b === null);
    state.f.from = a || null;
    state.f.to = b || null;
    refresh();
  }
  from.addEventListener('input', dates);
  to.addEventListener('input', dates);
  var timer = 0;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.f.q = key(q.value); refresh(); }, 150);
  });
  ui.setMonth = function (k) { from.value = num(k); to.value = num(k); dates(); };
  ui.setUniversity = function (id) { byId('f-u').value = id; state.f.u = id; refresh(); };
  var clear = h('button', { cls: 'btn', type: 'button', id: 'f-clear', text: T('clear') });
  clear.addEventListener('click', function () {
    ['f-u', 'f-k', 'f-w'].forEach(function (id) { byId(id).value = ''; });
    from.value = to.value = q.value = '';
    from.classList.remove('invalid'); to.classList.remove('invalid');
    state.f = { u: '', k: '', from: null, to: null, w: '', q: '' };
    refresh();
  });
  var flags = [['', T('allDocs')], ['any', T('anyFlag')]].concat(FLAG_ORDER.map(function (f) { return [f, flagLabel(f)]; }), [['none', T('noFlag')]]);
  return h('section', { cls: 'panel filters-panel' }, h('div', { cls: 'filters' }, [
    h('label', {}, [T('search'), q]),
    select('f-u', T('org'), [['', T('all')]].concat(orgs.map(function (o) {
      return [o, orgName(o) + (ORGS[o] ? ' \u2014 ' + o : '') + ' (' + num(orgCount[o]) + ')'];
    })), function (v) { state.f.u = v; refresh(); }),
    select('f-k', T('kind'), [['', T('all')]].concat(MEETING_KINDS.map(function (k) { return [k, N('kind', k)]; })),
      function (v) { state.f.k = v; refresh(); }),
    h('label', {}, [T('from'), from]),
    h('label', {}, [T('to'), to]),
    select('f-w', T('flag'), flags, function (v) { state.f.w = v; refresh(); }),
    clear,
  ]));
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
  el.appendChild(h('button', { cls: 'btn', type: 'button', text: T('prev'), disabled: page <= 0, onclick: function () { go(page - 1); } }));
  el.appendChild(h('span', { cls: 'muted', text: T('page') + ' ' + num(page + 1) + ' ' + T('of') + ' ' + num(pages) }));
  el.appendChild(h('button', { cls: 'btn', type: 'button', text: T('next'), disabled: page >= pages - 1, onclick: function () { go(page + 1); } }));
}

function renderList() {
  var list = state.list;
  ui.listInfo.textContent = list.length === DOCS.length ? '(' + num(DOCS.length) + ')' :
    '(' + num(list.length) + ' ' + T('of') + ' ' + num(DOCS.length) + ' ' + T('match') + ')';
  ui.listBody.textContent = '';
  var start = state.page * PAGE;
  list.slice(start, start + PAGE).forEach(function (i) {
    var d = DOCS[i];
    var kinds = {};
    d.m.forEach(function (m) { kinds[m.k] = (kinds[m.k] || 0) + 1; });
    var dates = d.m.filter(function (m) { return m.jf; }).map(function (m) {
      return m.jf === m.jt ? dayWords(m.jf, JMONTHS, 'day') : dayWords(m.jf, JMONTHS, 'day') + ' \u2013 ' + dayWords(m.jt, JMONTHS, 'day');
    });
    var p = docProgress(i);
    var row = h('tr', { cls: 'doc-row', 'data-doc': i, 'data-docid': d.id }, [
      h('td', { cls: 'doc-cell' }, [h('a', { href: '#doc/' + i, cls: 'hl' }, bdi(d.hl || d.id)), h('div', { cls: 'small muted' }, bdi(d.src))]),
      h('td', {}, d.m.length ? Object.keys(kinds).map(function (k) { return badge(N('kind', k) + (kinds[k] > 1 ? ' \u00d7' + num(kinds[k]) : ''), 'kind'); }) : dash()),
      h('td', { cls: 'small' }, dates.length ? dates.join('\u060c ') : dash()),
      h('td', {}, d.w.map(flagBadge)),
      h('td', { cls: 'small progress', 'data-progress': p.judged + '/' + p.total, text: p.judged ? num(p.judged) + '/' + num(p.total) : '' }),
    ]);
    row.addEventListener('click', function (ev) { if (ev.target.tagName !== 'A') location.hash = '#doc/' + i; });
    ui.listBody.appendChild(row);
  });
  pager(ui.pager, state.page, list.length, PAGE, function (pg) { state.page = pg; renderList(); });
}

function renderErrors() {
  if (!ERRORS.length) return;
  ui.errBody.textContent = '';
  var start = state.errPage * PAGE;
  ERRORS.slice(start, start + PAGE).forEach(function (e) {
    ui.errBody.appendChild(h('tr', { 'data-source': e.source }, [
      h('td', {}, bdi(e.source)), h('td', {}, badge(e.code, 'bad')), h('td', {}, bdi(e.message)),
      h('td', { text: e.line == null ? '' : num(e.line) }),
    ]));
  });
  pager(ui.errPager, state.errPage, ERRORS.length, PAGE, function (p) { state.errPage = p; renderErrors(); });
}
`;
