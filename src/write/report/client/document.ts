// One document: its text with every recognised span highlighted, and beside it the cards an editor
// judges — each meeting with its attendees and decisions, every entity, and the missed items.
export const DOCUMENT = String.raw`
var view = { segs: [], starts: [], ends: [], current: [], pane: null, contacts: 0, i: -1, rec: null, text: null };

function entityTip(e) {
  var lines = [N('type', e.type) + ': \u00ab' + e.text + '\u00bb'];
  if (e.canonicalId) lines.push(orgName(e.canonicalId) + ' \u2014 ' + e.canonicalId);
  if (e.name) lines.push(T('name') + ': ' + e.name + (e.honorific ? ' (' + e.honorific + ')' : ''));
  if (e.organizationId) lines.push(T('organisation') + ': ' + orgName(e.organizationId) + ' \u2014 ' + e.organizationId);
  if (e.unit) lines.push(N('type', 'unit') + ': ' + e.unit);
  if (e.date) lines.push(dateText(e.date) + ' \u00b7 ' + e.date.jalali.from + ' / ' + e.date.gregorian.from);
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
  var b = h('button', { cls: 'ev', type: 'button', 'data-field': field, disabled: !ok, tabindex: -1,
    title: ok ? T('showEvidence') : T('noEvidence') }, label);
  b.addEventListener('click', function () { flash(spans); });
  return b;
}
function orgLabel(id, text) { return id ? (text ? [bdi(text), ARROW, orgNode(id)] : orgNode(id)) : text ? bdi(text) : dash(); }


function none() { return dash(); }
function flagLines(m) {
  var out = [];
  [m.date].concat(m.decisions.map(function (d) { return d.date; })).forEach(function (d) {
    var p = weekdayProblem(d);
    if (p) out.push(h('div', { cls: 'banner', 'data-flag': 'weekday-mismatch', text: weekdayMessage(p) }));
  });
  return out;
}
function attendeeItem(rec, m, a, spans, textOk) {
  var person = [a.honorific, a.name].filter(Boolean).join(' ');
  var phrase = [person, a.title].filter(Boolean).join(rec.language === 'en' ? ', ' : '\u060c ');
  var li = h('li', { 'data-attendee': a.attendeeId }, [
    evLink(phrase ? bdi(phrase) : T('unnamed'), spans, 'attendee', textOk), ' ',
    a.organizationId ? orgNode(a.organizationId) : badge(flagLabel('attendee-without-org'), 'warn', 'attendee-without-org'),
    h('span', { cls: 'muted small', text: ' \u00b7 ' + num(a.mentions.length) + ' ' + T('mentions') }),
  ]);
  return ritem(li, 'attendee', m.meetingId + '/' + a.attendeeId, a.mentions[0], { name: a.name, title: a.title, organization: a.organizationId });
}
function decisionItem(m, d, fs, k, textOk) {
  var li = h('li', { 'data-decision': d.decisionId }, [badge(N('kind', d.kind), 'kind'), ' ', evLink(bdi(d.text), fs.decisions[k], 'decision', textOk),
    d.date ? h('div', { cls: 'small' }, evLink(dateNode(d.date), fs.decisionDates[k], 'decision-date', textOk)) : null,
    d.location ? h('div', { cls: 'small' }, [T('at') + ' ', orgLabel(d.location.organizationId, d.location.text)]) : null]);
  return ritem(li, 'decision', m.meetingId + '/' + d.decisionId, d, { kind: d.kind, date: d.date && d.date.precision === 'day' ? d.date.jalali.from : null });
}

function meetingCard(rec, m, fs, sum, textOk) {
  var low = m.confidence < LOW;
  var row = function (label, value) { return [h('dt', { text: label }), h('dd', {}, value)]; };
  var dl = h('dl', {});
  append(dl, row(T('f_kind'), evLink(N('kind', m.kind), fs.evidence, 'kind', textOk)));
  append(dl, row(T('f_title'), m.title ? evLink(bdi(m.title), fs.evidence, 'title', textOk) : none()));
  append(dl, row(T('f_date'), m.date ? evLink(dateNode(m.date), fs.date, 'date', textOk) : none()));
  append(dl, row(T('f_place'), m.location ? evLink(orgLabel(m.location.organizationId, m.location.text), fs.location, 'location', textOk) : none()));
  append(dl, row(T('f_organizer'), m.organizer ? evLink([bdi(m.organizer.text || ''),
    m.organizer.organizationId ? [ARROW, orgNode(m.organizer.organizationId)] : null,
    m.organizer.unit ? [' / ', bdi(m.organizer.unit)] : null], fs.organizer, 'organizer', textOk) : none()));
  append(dl, row(T('f_orgs'), m.organizations.length ? m.organizations.map(function (o, k) {
    return [k ? '\u060c ' : '', evLink(orgNode(o), fs.orgs[k], 'org', textOk)];
  }) : none()));
  append(dl, row(T('attendees') + ' (' + num(m.attendees.length) + ')', m.attendees.length ? h('ul', {}, m.attendees.map(function (a, k) {
    return attendeeItem(rec, m, a, fs.attendees[k], textOk);
  })) : none()));
  append(dl, row(T('decisions') + ' (' + num(m.decisions.length) + ')', m.decisions.length ? h('ul', {}, m.decisions.map(function (d, k) {
    return decisionItem(m, d, fs, k, textOk);
  })) : none()));
  append(dl, row(T('f_evidence'), evLink(num(m.evidence.length) + ' ' + T('sentences'), fs.evidence, 'evidence', textOk)));
  var warn = (sum && sum.w) || [];
  var head = h('h3', {}, [badge(N('kind', m.kind), 'kind'), h('span', { cls: 'mid', text: m.meetingId }),
    m.title ? bdi(m.title, 'mtitle') : null,
    h('span', { cls: 'muted small', text: T('confidence') + ' ' + num(m.confidence.toFixed(2)) }), warn.map(flagBadge)]);
  ritem(head, 'meeting', m.meetingId, m.evidence[0], { kind: m.kind, title: m.title, date: m.date && m.date.precision === 'day' ? m.date.jalali.from : null });
  return h('section', { cls: 'card' + (low ? ' low' : ''), 'data-meeting': m.meetingId }, [head, flagLines(m), dl]);
}

function entitiesCard(rec, textOk) {
  if (!rec.entities.length) return null;
  var ul = h('ul', { cls: 'ents' }, rec.entities.map(function (e) {
    var org = e.canonicalId || e.organizationId;
    var li = h('li', { 'data-entity': e.entityId }, [badge(N('type', e.type), 'ent t-' + e.type), ' ',
      evLink(bdi(e.text), [e], 'entity', textOk),
      org ? [ARROW, orgNode(org)] : (e.type === 'university' || e.type === 'organization') ? [' ', flagBadge('org-unidentified')] : null,
      e.date ? h('span', { cls: 'small muted' }, ' \u00b7 ' + dateText(e.date)) : null]);
    return ritem(li, 'entity', e.entityId, e, { organization: org || null, name: e.name || null, type: e.type });
  }));
  return h('section', { cls: 'card', id: 'entities' }, [h('h3', { text: T('entityList') + ' (' + num(rec.entities.length) + ')' }), ul]);
}

function showDoc(i) {
  var d = DOCS[i];
  var rec = readJson('r' + i);
  var text = readJson('t' + i);
  ui.overview.hidden = true;
  var dv = ui.doc;
  dv.hidden = false;
  dv.textContent = '';
  view = { segs: [], starts: [], ends: [], current: [], pane: null, contacts: 0, i: i, rec: rec, text: typeof text === 'string' ? text : null };
  var pos = state.list.indexOf(i);
  var seq = pos >= 0 ? state.list : ORDER;
  pos = seq.indexOf(i);
  view.prev = pos > 0 ? seq[pos - 1] : null;
  view.next = pos + 1 < seq.length ? seq[pos + 1] : null;
  var nav = function (label, to, id) {
    return h('button', { cls: 'btn', type: 'button', id: id, text: label, disabled: to == null,
      onclick: function () { location.hash = '#doc/' + to; } });
  };
  dv.appendChild(h('div', { cls: 'doc-head' }, [
    h('button', { cls: 'btn', type: 'button', id: 'back', text: T('overview'), onclick: function () { location.hash = ''; } }),
    nav(T('prev'), view.prev, 'doc-prev'), nav(T('next'), view.next, 'doc-next'),
    h('h2', {}, bdi(d.hl || d.id)),
    h('span', { cls: 'muted small' }, bdi(d.src)),
    d.w.map(flagBadge),
    h('span', { cls: 'small progress', id: 'doc-progress' }),
  ]));
  if (!rec) { dv.appendChild(h('div', { cls: 'banner bad', text: T('noRecord') })); return; }
  var meta = [];
  if (rec.title && rec.title !== d.hl) meta.push(h('div', {}, bdi(rec.title)));
  if (rec.publishedAt) meta.push(h('span', { cls: 'small' }, [T('published') + ': ', dateNode(rec.publishedAt)]));
  if (rec.contacts.emails.length || rec.contacts.phones.length) {
    meta.push(h('span', { cls: 'small' }, [T('contacts') + ': ', bdi(rec.contacts.emails.concat(rec.contacts.phones).join(', '))]));
  }
  meta.push(h('span', { cls: 'small muted', text: T('textLang') + ': ' + T('lang_' + rec.language) }));
  dv.appendChild(h('div', { cls: 'doc-meta' }, meta));
  d.err.forEach(function (e) { dv.appendChild(h('div', { cls: 'banner bad' }, [T('procError') + ' ' + e.code + ': ', bdi(e.message)])); });
  if (d.tx === 'missing') dv.appendChild(h('div', { cls: 'banner bad', text: T('textMissing') }));
  if (d.tx === 'mismatch') dv.appendChild(h('div', { cls: 'banner bad', text: T('textMismatch') }));

  var textOk = typeof text === 'string';
  var fields = rec.meetings.map(function (m) { return meetingSpans(rec, textOk ? text : '', m); });
  var pane = h('div', { cls: 'text-pane', id: 'text', dir: rec.language === 'en' ? 'ltr' : 'rtl', lang: rec.language });
  view.pane = pane;
  if (textOk) buildText(pane, text, rec, fields);
  else pane.appendChild(h('p', { cls: 'muted', text: T('textUnavailable') }));

  var typeCount = {};
  rec.entities.forEach(function (e) { typeCount[e.type] = (typeCount[e.type] || 0) + 1; });
  if (view.contacts) typeCount.email = view.contacts;
  var legend = h('div', { cls: 'legend' }, TYPES.filter(function (t) { return typeCount[t]; }).map(function (t) {
    var box = h('input', { type: 'checkbox', checked: true, 'data-type': t });
    box.addEventListener('change', function () { pane.classList.toggle('hide-' + t, !box.checked); });
    return h('label', {}, [box, h('span', { cls: 'sw t-' + t }), N('type', t) + ' (' + num(typeCount[t]) + ')']);
  }));
  var cards = h('div', { cls: 'cards-pane', id: 'cards' });
  cards.appendChild(h('div', { cls: 'keys small muted', id: 'keys', text: T('keys') }));
  cards.appendChild(missedCard(rec));
  if (!rec.meetings.length) cards.appendChild(h('div', { cls: 'card muted', text: T('noMeeting') }));
  rec.meetings.forEach(function (m, k) { cards.appendChild(meetingCard(rec, m, fields[k], d.m[k], textOk)); });
  var ents = entitiesCard(rec, textOk);
  if (ents) cards.appendChild(ents);
  dv.appendChild(h('div', { cls: 'doc-grid' }, [h('div', {}, [legend, pane]), cards]));
  startReview(i, rec);
  window.scrollTo(0, 0);
}
`;
