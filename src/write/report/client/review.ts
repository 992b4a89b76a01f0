// Verdicts: every meeting, attendee, decision and entity can be judged correct, wrong or fixed, and
// words selected in the text can be added as a missed item. One key per verdict, arrows to move.
// Verdicts live in localStorage (keyed by document and sha256, so they survive a reload and a
// rebuilt report) and leave the page only as a downloaded JSON Lines file — the format of
// src/review/verdict.ts, which `khabar review apply` reads.
export const REVIEW = String.raw`
var STORE = 'khabar.verdicts.v1';
var FIX_FIELDS = {
  meeting: ['kind', 'title', 'date'], attendee: ['name', 'title', 'organization'],
  decision: ['kind', 'date'], entity: ['organization', 'name', 'type']
};
var VERDICTS = {};
var storeOk = true;
try { VERDICTS = JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch (e) { VERDICTS = {}; storeOk = false; }
var RV = { i: -1, rec: null, items: [], cur: -1 };

function vkey(v) {
  return [v.docId, v.sha256, v.target, v.id].join('\u0000') + (v.target === 'missed' ? '@' + v.start + '-' + v.end : '');
}
function saveVerdicts() {
  try { localStorage.setItem(STORE, JSON.stringify(VERDICTS)); storeOk = true; } catch (e) { storeOk = false; }
  updateExport();
}
function verdictsOf(docId, sha) {
  return Object.keys(VERDICTS).map(function (k) { return VERDICTS[k]; }).filter(function (v) {
    return v.docId === docId && (sha == null || v.sha256 === sha);
  });
}
function docProgress(i) {
  var d = DOCS[i];
  var judged = verdictsOf(d.id, d.sha).filter(function (v) { return v.target !== 'missed'; }).length;
  return { judged: judged, total: d.m.length + d.na + d.nd + d.ne };
}
/** A verdict in the contract's field order. */
function verdictOf(el, verdict, fix) {
  var sp = el._span;
  var v = { docId: RV.rec.docId, sha256: RV.rec.sha256, target: el.getAttribute('data-target'), id: el.getAttribute('data-rid'), verdict: verdict };
  if (fix) v.fix = fix;
  if (sp && typeof sp.start === 'number' && sp.end > sp.start) {
    if (view.text != null && sp.end <= view.text.length) v.text = view.text.slice(sp.start, sp.end);
    v.start = sp.start;
    v.end = sp.end;
  }
  v.at = new Date().toISOString();
  return v;
}
function itemKey(el) {
  if (el._verdict) return vkey(el._verdict);
  return vkey({ docId: RV.rec.docId, sha256: RV.rec.sha256, target: el.getAttribute('data-target'), id: el.getAttribute('data-rid') });
}

/** Makes an element a review item: verdict buttons, state, keyboard focus. */
function ritem(el, target, id, span, current) {
  el.classList.add('ri');
  el.setAttribute('data-target', target);
  el.setAttribute('data-rid', id);
  el.setAttribute('tabindex', '-1');
  el._span = span;
  el._cur = current || {};
  var buttons = target === 'missed' ? [['wrong', '\u2715', T('clearV') + ' (U)']] : [
    ['correct', '\u2713', T('correct') + ' (C)'], ['wrong', '\u2717', T('wrong') + ' (X)'], ['fix', '\u270e', T('fix') + ' (F)']];
  var ctl = h('span', { cls: 'vd' }, buttons.map(function (b) {
    return h('button', { cls: 'vb vb-' + b[0], type: 'button', 'data-v': b[0], title: b[2], 'aria-label': b[2], tabindex: -1, text: b[1] });
  }).concat([h('span', { cls: 'vstate' })]));
  ctl.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) return;
    ev.stopPropagation();
    focusItem(el);
    act(b.getAttribute('data-v'));
  });
  el.appendChild(ctl);
  el.addEventListener('click', function (ev) {
    if (ev.target.closest('form')) return;
    if (RV.items.indexOf(el) >= 0) focusItem(el, true);
  });
  return el;
}

function paint(el) {
  var v = VERDICTS[itemKey(el)];
  ['correct', 'wrong', 'fixed'].forEach(function (x) { el.classList.toggle('v-' + x, !!v && v.verdict === x && el.getAttribute('data-target') !== 'missed'); });
  var st = el.querySelector(':scope > .vd > .vstate');
  if (!st) return;
  st.textContent = '';
  if (!v || el.getAttribute('data-target') === 'missed') return;
  var label = T(v.verdict);
  if (v.fix) label += ': ' + Object.keys(v.fix).map(function (f) {
    var x = v.fix[f];
    return f + ' \u2192 ' + (x == null ? '\u2014' : f === 'kind' ? N('kind', x) : f === 'type' ? N('type', x) : f === 'organization' ? orgName(x) : f === 'date' ? num(x) : x);
  }).join('\u060c ');
  append(st, bdi(label));
}
function paintAll() {
  RV.items.forEach(paint);
  var p = docProgress(RV.i);
  var el = byId('doc-progress');
  if (el) el.textContent = T('judged') + ': ' + num(p.judged) + '/' + num(p.total);
  var stale = verdictsOf(RV.rec.docId).filter(function (v) { return v.sha256 !== RV.rec.sha256; }).length;
  var sb = byId('stale');
  if (sb) { sb.hidden = !stale; sb.textContent = T('stale') + ': ' + num(stale); }
}

function focusItem(el, noScroll) {
  var k = RV.items.indexOf(el);
  if (k < 0) return;
  if (RV.items[RV.cur]) RV.items[RV.cur].classList.remove('cur');
  RV.cur = k;
  el.classList.add('cur');
  if (document.activeElement !== el && !el.contains(document.activeElement)) el.focus({ preventScroll: true });
  if (!noScroll) el.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
}
function move(step) {
  if (!RV.items.length) return;
  var k = RV.cur < 0 ? (step > 0 ? 0 : RV.items.length - 1) : Math.max(0, Math.min(RV.items.length - 1, RV.cur + step));
  focusItem(RV.items[k]);
}
function current() { return RV.items[RV.cur] || null; }

function act(what) {
  var el = current();
  if (!el) return;
  var k = itemKey(el);
  if (el.getAttribute('data-target') === 'missed') {
    if (what === 'wrong' || what === 'clear') { delete VERDICTS[k]; saveVerdicts(); renderMissed(); }
    return;
  }
  if (what === 'fix') { openFix(el); return; }
  if (what === 'clear') delete VERDICTS[k];
  else VERDICTS[k] = verdictOf(el, what);
  saveVerdicts();
  paintAll();
  if (what !== 'clear') move(1);
}
function showEvidence() {
  var el = current();
  var b = el && el.querySelector('button.ev:not([disabled])');
  if (b) b.click();
}

// ---------- fixes ----------
function orgList() {
  if (byId('org-list')) return;
  document.body.appendChild(h('datalist', { id: 'org-list' }, Object.keys(ORGS).sort().map(function (id) {
    return h('option', { value: id, label: orgName(id) });
  })));
}
function fieldInput(f, value, target) {
  if (f === 'kind' || f === 'type') {
    var opts = f === 'type' ? ENTITY_TYPES : target === 'decision' ? DECISION_KINDS : MEETING_KINDS;
    var sel = h('select', { name: f }, opts.map(function (o) { return h('option', { value: o, text: N(f === 'type' ? 'type' : 'kind', o) }); }));
    sel.value = value || opts[0];
    return sel;
  }
  var inp = h('input', { name: f, dir: 'auto', list: f === 'organization' ? 'org-list' : null, placeholder: f === 'date' ? num('1402-08-16') : null });
  inp.value = value == null ? '' : f === 'date' ? num(value) : value;
  return inp;
}
var FIELD_LABEL = { kind: 'f_kind', title: 'f_title', date: 'f_date', name: 'name', organization: 'organisation', type: 'type' };
function closeFix() {
  var open = document.querySelector('form.fixform');
  if (open) open.remove();
}
function openFix(el) {
  closeFix();
  orgList();
  var target = el.getAttribute('data-target');
  var old = VERDICTS[itemKey(el)];
  var cur = el._cur;
  var form = h('form', { cls: 'fixform' });
  var inputs = {};
  FIX_FIELDS[target].forEach(function (f) {
    var value = old && old.fix && f in old.fix ? old.fix[f] : cur[f];
    inputs[f] = fieldInput(f, value, target);
    form.appendChild(h('label', {}, [T(FIELD_LABEL[f]), inputs[f]]));
  });
  var msg = h('span', { cls: 'small msg' });
  form.appendChild(h('div', { cls: 'row' }, [h('button', { cls: 'btn', type: 'submit', text: T('save') }),
    h('button', { cls: 'btn', type: 'button', text: T('cancel'), onclick: function () { closeFix(); el.focus(); } }), msg]));
  form.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); closeFix(); el.focus(); }
  });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var fix = {};
    var bad = false;
    FIX_FIELDS[target].forEach(function (f) {
      var raw = inputs[f].value.trim();
      var value = raw === '' ? null : raw;
      if (f === 'date' && value !== null) {
        var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(key(value).replace(/[\/.]/g, '-'));
        if (!m) { bad = true; return; }
        value = m[1] + '-' + pad2(m[2]) + '-' + pad2(m[3]);
      }
      if ((f === 'kind' || f === 'type') && value === null) return;
      var was = cur[f] == null ? null : cur[f];
      if (value !== was) fix[f] = value;
    });
    if (bad) { msg.textContent = T('badDate'); return; }
    if (!Object.keys(fix).length) { msg.textContent = T('nothingChanged'); return; }
    VERDICTS[itemKey(el)] = verdictOf(el, 'fixed', fix);
    saveVerdicts();
    closeFix();
    paintAll();
    el.focus();
  });
  el.appendChild(form);
  var first = form.querySelector('input,select');
  if (first) first.focus();
}

// ---------- missed items ----------
function segOf(n) {
  for (; n && n !== view.pane; n = n.parentNode) if (n.nodeType === 1 && n.hasAttribute('data-s')) return n;
  return null;
}
/** Length in the original text of a piece of a segment: a shown bidi mark stands for one character. */
function origLen(n) { return n.nodeType === 3 ? n.length : n.classList && n.classList.contains('ctl') ? 1 : n.textContent.length; }
/** A DOM position in the text pane → offset in the original text. */
function posOf(node, off) {
  var seg = segOf(node);
  if (seg) {
    var base = Number(seg.getAttribute('data-s'));
    if (node === seg) { for (var k = 0; k < off; k++) base += origLen(seg.childNodes[k]); return base; }
    var child = node;
    while (child.parentNode !== seg) child = child.parentNode;
    for (var c = seg.firstChild; c && c !== child; c = c.nextSibling) base += origLen(c);
    if (child.nodeType === 3) return base + off;
    return base + (off > 0 ? 1 : 0);
  }
  if (node.nodeType !== 1) return null;
  var kids = node.childNodes;
  if (off < kids.length) {
    var f = kids[off];
    var first = f.nodeType === 1 ? (f.hasAttribute('data-s') ? f : f.querySelector('[data-s]')) : null;
    if (first) return Number(first.getAttribute('data-s'));
  }
  var all = node.querySelectorAll('[data-e]');
  return all.length ? Number(all[all.length - 1].getAttribute('data-e')) : null;
}
function selectedSpan() {
  var sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount || !view.pane || view.text == null) return null;
  var r = sel.getRangeAt(0);
  if (!view.pane.contains(r.startContainer) || !view.pane.contains(r.endContainer)) return null;
  var a = posOf(r.startContainer, r.startOffset);
  var b = posOf(r.endContainer, r.endOffset);
  if (a == null || b == null) return null;
  if (a > b) { var x = a; a = b; b = x; }
  var t = view.text;
  while (a < b && /\s/.test(t[a])) a++;
  while (b > a && /\s/.test(t[b - 1])) b--;
  return a < b ? { start: a, end: b, text: t.slice(a, b) } : null;
}
var missedUi = {};
function missedCard(rec) {
  missedUi = { sel: null };
  missedUi.shown = h('div', { cls: 'sel-text', id: 'missed-selection' }, T('missedHint'));
  missedUi.kind = h('select', { id: 'missed-kind' }, DECISION_KINDS.map(function (k) { return h('option', { value: k, text: N('kind', k) }); }));
  missedUi.kind.value = 'other';
  missedUi.type = h('select', { id: 'missed-type' }, ENTITY_TYPES.map(function (t) { return h('option', { value: t, text: N('type', t) }); }));
  missedUi.type.value = 'person';
  var add = function (id, fix) { return function () { addMissed(id, fix()); }; };
  var buttons = [];
  rec.meetings.forEach(function (m) {
    buttons.push(h('button', { cls: 'btn mb', type: 'button', 'data-missed': m.meetingId + '/a', disabled: true,
      onclick: add(m.meetingId + '/a', function () { return null; }) }, T('asAttendee') + ' ' + m.meetingId));
    buttons.push(h('button', { cls: 'btn mb', type: 'button', 'data-missed': m.meetingId + '/d', disabled: true,
      onclick: add(m.meetingId + '/d', function () { return { kind: missedUi.kind.value }; }) }, T('asDecision') + ' ' + m.meetingId));
  });
  buttons.push(h('button', { cls: 'btn mb', type: 'button', 'data-missed': 'e', disabled: true,
    onclick: add('e', function () { return { type: missedUi.type.value }; }) }, T('entity')));
  missedUi.buttons = buttons;
  missedUi.list = h('ul', { cls: 'missed-list', id: 'missed-list' });
  return h('section', { cls: 'card missed', id: 'missed' }, [
    h('h3', {}, [T('missedTitle'), h('span', { cls: 'small muted', id: 'stale', hidden: true })]),
    missedUi.shown,
    h('div', { cls: 'row' }, buttons.concat([h('label', { cls: 'small' }, [T('decisionKind') + ' ', missedUi.kind]),
      h('label', { cls: 'small' }, [T('type') + ' ', missedUi.type])])),
    missedUi.list,
  ]);
}
function onSelection() {
  if (!missedUi.shown || ui.doc.hidden) return;
  var sp = selectedSpan();
  // A click elsewhere collapses the selection: the last words selected stay chosen until added.
  if (!sp) return;
  missedUi.sel = sp;
  missedUi.shown.textContent = '';
  if (sp) append(missedUi.shown, [T('selected') + ': \u00ab', bdi(sp.text), '\u00bb']);
  else missedUi.shown.textContent = T('missedHint');
  missedUi.buttons.forEach(function (b) { b.disabled = !sp; });
}
function addMissed(id, fix) {
  var sp = missedUi.sel;
  if (!sp) return;
  var v = { docId: RV.rec.docId, sha256: RV.rec.sha256, target: 'missed', id: id, verdict: 'fixed' };
  if (fix) v.fix = fix;
  v.text = sp.text; v.start = sp.start; v.end = sp.end;
  v.at = new Date().toISOString();
  VERDICTS[vkey(v)] = v;
  saveVerdicts();
  var s0 = window.getSelection();
  if (s0) s0.removeAllRanges();
  missedUi.sel = null;
  onSelection();
  renderMissed();
}
function missedWhat(v) {
  var m = v.id.split('/')[0];
  if (v.id === 'e') return T('entity') + ' \u00b7 ' + N('type', v.fix.type);
  return (v.id.slice(-1) === 'a' ? T('asAttendee') : T('asDecision') + ' (' + N('kind', (v.fix && v.fix.kind) || 'other') + ')') + ' ' + m;
}
function renderMissed() {
  var ul = missedUi.list;
  if (!ul) return;
  ul.textContent = '';
  verdictsOf(RV.rec.docId, RV.rec.sha256).filter(function (v) { return v.target === 'missed'; })
    .sort(function (a, b) { return a.start - b.start; }).forEach(function (v) {
      var li = h('li', {}, [badge(missedWhat(v), 'kind'), ' ', evLink(bdi(v.text), [{ start: v.start, end: v.end }], 'missed', view.text != null)]);
      li._verdict = v;
      ul.appendChild(ritem(li, 'missed', v.id, { start: v.start, end: v.end }));
    });
  collectItems();
}
function collectItems() {
  var cur = current();
  RV.items = Array.prototype.slice.call(document.querySelectorAll('#cards .ri'));
  RV.cur = cur ? RV.items.indexOf(cur) : -1;
  paintAll();
}
function startReview(i, rec) {
  RV = { i: i, rec: rec, items: [], cur: -1 };
  renderMissed();
}

// ---------- export ----------
function exportable() {
  var ids = {};
  DOCS.forEach(function (d, i) { ids[d.id] = i; });
  return Object.keys(VERDICTS).map(function (k) { return VERDICTS[k]; }).filter(function (v) { return v && ids[v.docId] !== undefined; })
    .sort(function (a, b) { return ids[a.docId] - ids[b.docId] || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0); });
}
function updateExport() {
  var b = byId('export');
  if (b) b.textContent = T('export') + ' (' + num(exportable().length) + ')';
  var w = byId('store-warning');
  if (w) w.hidden = storeOk;
}
function exportVerdicts() {
  var lines = exportable().map(function (v) {
    var o = { docId: v.docId, sha256: v.sha256, target: v.target, id: v.id, verdict: v.verdict };
    ['fix', 'text', 'start', 'end', 'at'].forEach(function (f) { if (v[f] !== undefined) o[f] = v[f]; });
    return JSON.stringify(o) + '\n';
  });
  var url = URL.createObjectURL(new Blob(lines, { type: 'application/x-ndjson' }));
  var a = h('a', { href: url, download: 'verdicts-' + new Date().toISOString().slice(0, 10) + '.jsonl', hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
}

// ---------- keys ----------
function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  var t = ev.target;
  if (t && t.closest && t.closest('input,select,textarea,form')) return;
  if (t && t.tagName === 'BUTTON' && (ev.code === 'Enter' || ev.code === 'Space')) return;
  if (ui.doc.hidden) {
    if (ev.code === 'ArrowDown' || ev.code === 'ArrowUp') {
      var rows = Array.prototype.slice.call(document.querySelectorAll('#doc-list tr.doc-row'));
      var k = rows.indexOf(document.activeElement);
      var next = rows[Math.max(0, Math.min(rows.length - 1, k + (ev.code === 'ArrowDown' ? 1 : -1)))];
      if (next) { next.setAttribute('tabindex', '-1'); next.focus(); ev.preventDefault(); }
    } else if (ev.code === 'Enter' && document.activeElement && document.activeElement.classList.contains('doc-row')) {
      location.hash = '#doc/' + document.activeElement.getAttribute('data-doc');
      ev.preventDefault();
    }
    return;
  }
  switch (ev.code) {
    case 'ArrowDown': case 'KeyJ': move(1); break;
    case 'ArrowUp': case 'KeyK': move(-1); break;
    case 'KeyC': act('correct'); break;
    case 'KeyX': act('wrong'); break;
    case 'KeyF': act('fix'); break;
    case 'KeyU': case 'Backspace': case 'Delete': act('clear'); break;
    case 'Enter': showEvidence(); break;
    case 'KeyM': { var b = missedUi.buttons && missedUi.buttons.filter(function (x) { return !x.disabled; })[0]; if (b) b.focus(); break; }
    case 'KeyN': if (view.next != null) location.hash = '#doc/' + view.next; break;
    case 'KeyP': if (view.prev != null) location.hash = '#doc/' + view.prev; break;
    case 'Escape': location.hash = ''; break;
    default: return;
  }
  ev.preventDefault();
}
`;
