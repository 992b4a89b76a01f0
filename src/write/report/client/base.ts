// DOM helpers, numbers, dates, organisation names and the matching key, shared by the page's views.
// Data reaches the DOM only through textContent/setAttribute (never innerHTML); bidi controls in
// data are shown as visible marks instead of being obeyed.
export const BASE = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';
var MEETING_KINDS = ['meeting', 'visit', 'signing', 'conference', 'workshop', 'other'];
var DECISION_KINDS = ['next_meeting', 'agreement', 'action', 'other'];
var TYPES = ['university', 'organization', 'unit', 'person', 'title', 'date', 'place', 'email'];
var ENTITY_TYPES = ['university', 'organization', 'unit', 'person', 'title', 'date', 'place'];
var JS_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
var LOW = 0.6;
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
function h(tag, props, kids) { var el = document.createElement(tag); setProps(el, props); append(el, kids); return el; }
function s(tag, props, kids) { var el = document.createElementNS(SVGNS, tag); setProps(el, props); append(el, kids); return el; }
function bdi(text, cls) { return h('bdi', { cls: cls, dir: 'auto', text: text }); }
function badge(text, cls, title) { return h('span', { cls: 'badge' + (cls ? ' ' + cls : ''), title: title, text: text }); }
function dash() { return h('span', { cls: 'muted', text: '\u2014' }); }
function pad2(n) { n = String(n); return n.length < 2 ? '0' + n : n; }
function faDigits(x) {
  return String(x).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x06f0 + Number(d)); });
}
/** Numbers as the reader writes them: Persian digits and decimal separator in Persian. */
function num(x) { return LANG === 'fa' ? faDigits(String(x).replace('.', '\u066b')) : String(x); }

// ---------- dates ----------
function ymd(iso) { var p = String(iso).split('-'); return { y: Number(p[0]), m: Number(p[1]), d: Number(p[2]) }; }
function weekdayOf(isoDay) {
  var x = ymd(isoDay);
  var dt = new Date(Date.UTC(x.y, x.m - 1, x.d));
  return isNaN(dt.getTime()) ? null : JS_WEEKDAYS[dt.getUTCDay()];
}
function dayWords(iso, months, precision) {
  var x = ymd(iso);
  var month = months[x.m - 1] ? months[x.m - 1][LANG === 'fa' ? 0 : 1] : String(x.m);
  if (precision === 'year') return num(x.y);
  if (precision === 'month') return month + ' ' + num(x.y);
  return num(x.d) + ' ' + month + ' ' + num(x.y);
}
function rangeWords(r, months, precision) {
  var a = dayWords(r.from, months, precision);
  if (r.from === r.to || precision === 'month' || precision === 'year') return a;
  return a + (LANG === 'fa' ? ' تا ' : ' \u2013 ') + dayWords(r.to, months, precision);
}
/** The Persian way: [weekday] day month year (Jalali), with the Gregorian day beside it. */
function dateText(d) {
  if (!d) return '';
  var j = rangeWords(d.jalali, JMONTHS, d.precision);
  var g = rangeWords(d.gregorian, GMONTHS, d.precision);
  var out = (d.weekday ? N('weekday', d.weekday) + ' ' : '') + j + ' (' + g + ')';
  if (d.time) out += ' ' + (LANG === 'fa' ? 'ساعت ' : '') + num(d.time);
  return out;
}
/** Notes beside a date: how it was written and what was inferred. Not flags. */
function dateNotes(d) {
  var notes = [];
  if (d.precision === 'range') notes.push(N('precision', 'range'));
  if (d.calendar === 'hijri') notes.push(T('written') + ' ' + T('hijri'));
  if (d.calendar === 'gregorian') notes.push(T('written') + ' ' + T('gregorian'));
  // A year from the officeholders' terms says which holders and terms it rests on.
  if (d.yearFrom) notes.push(T('yearFrom') + ': ' + d.yearFrom.note);
  else if (d.yearInferred) notes.push(T('yearInferred'));
  return notes;
}
function dateNode(d) {
  var notes = dateNotes(d);
  return [bdi(dateText(d)), notes.length ? h('span', { cls: 'muted small', text: ' \u00b7 ' + notes.join('\u060c ') }) : null];
}
/** The stated weekday and the day's own, when they differ (single days only). */
function weekdayProblem(d) {
  if (!d || !d.weekday || d.jalali.from !== d.jalali.to) return null;
  var actual = weekdayOf(d.gregorian.from);
  return actual && actual !== d.weekday ? { stated: d.weekday, actual: actual, d: d } : null;
}
function weekdayMessage(p) {
  var day = dayWords(p.d.jalali.from, JMONTHS, 'day') + ' (' + dayWords(p.d.gregorian.from, GMONTHS, 'day') + ')';
  return LANG === 'fa'
    ? 'روز هفته ناهمخوان: متن «' + N('weekday', p.stated) + '» نوشته، اما ' + day + ' ' + N('weekday', p.actual) + ' است.'
    : 'Weekday mismatch: the text says ' + N('weekday', p.stated) + ', but ' + day + ' is a ' + N('weekday', p.actual) + '.';
}

// ---------- organisations ----------
/** Name of an organisation id: Persian (English in the English view when known); the id is secondary. */
function orgName(id) {
  var n = ORGS[id];
  if (!n) return id;
  return (LANG === 'en' ? n[1] || n[0] : n[0] || n[1]) || id;
}
function orgNode(id, text) {
  if (!id) return text ? bdi(text) : dash();
  var known = !!ORGS[id];
  return h('span', { cls: 'org', 'data-org': id, title: id }, [bdi(known ? orgName(id) : id),
    known ? h('span', { cls: 'dom', text: id }) : null]);
}

// ---------- the matching key ----------
var KEYMAP = {};
(readJson('k-key') || []).forEach(function (r) {
  for (var c = r[0]; c <= r[1]; c++) KEYMAP[c] = typeof r[2] === 'number' ? String.fromCharCode(c + r[2]) : r[2];
});
/** khabar's matching key (src/text/key.ts), character by character. */
function key(x) {
  x = String(x);
  var out = '';
  for (var i = 0; i < x.length; i++) {
    var r = KEYMAP[x.charCodeAt(i)];
    out += r === undefined ? x[i] : r;
  }
  return out;
}
/** Points from the words to what they were taken for, in the reading direction. */
var ARROW = LANG === 'fa' ? ' \u2190 ' : ' \u2192 ';
function flagLabel(w) { return N('flag', w); }
function flagBadge(w) { return badge(flagLabel(w), PROBLEMS[w] ? 'bad' : 'warn', w); }
`;
