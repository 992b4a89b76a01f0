// Start-up: the header (counts, download of the verdicts, language switch), the two views and the
// router (#doc/N opens document N).
export const MAIN = String.raw`
function showOverview() {
  ui.doc.hidden = true;
  ui.doc.textContent = '';
  ui.overview.hidden = false;
  renderList();
}
function route() {
  var m = /^#doc\/(\d+)$/.exec(location.hash);
  if (m && DOCS[Number(m[1])]) showDoc(Number(m[1]));
  else showOverview();
}
function runMeta() {
  var parts = [];
  if (RUN.version) parts.push('khabar ' + RUN.version);
  if (RUN.schemaVersion != null) parts.push(T('schema') + ' ' + RUN.schemaVersion);
  if (RUN.rulesHash) parts.push(T('rules') + ' ' + String(RUN.rulesHash).slice(0, 12));
  if (Array.isArray(RUN.inputs)) parts.push(T('inputs') + ': ' + RUN.inputs.join(', '));
  if (RUN.timings && RUN.timings.totalMs != null) parts.push(num((RUN.timings.totalMs / 1000).toFixed(1)) + ' ' + T('seconds'));
  return parts.join(' \u00b7 ');
}
function buildHeader() {
  var top = byId('top');
  top.textContent = '';
  var other = LANG === 'fa' ? 'en' : 'fa';
  var langBtn = h('button', { cls: 'btn light', type: 'button', id: 'lang', lang: other, text: other === 'en' ? 'English' : 'فارسی',
    title: T('language') });
  langBtn.addEventListener('click', function () {
    try { localStorage.setItem('khabar.lang', other); } catch (e) { /* not remembered */ }
    location.reload();
  });
  var exp = h('button', { cls: 'btn light', type: 'button', id: 'export', title: T('exportHint') });
  exp.addEventListener('click', exportVerdicts);
  append(top, [h('h1', { text: T('title') }), buildCounts(), h('span', { cls: 'grow' }),
    h('span', { cls: 'warn-note', id: 'store-warning', hidden: true, text: T('storeFailed') }), exp, langBtn]);
  top.setAttribute('title', visible(runMeta()));
  document.title = T('title');
}

document.documentElement.setAttribute('lang', LANG);
document.documentElement.setAttribute('dir', LANG === 'fa' ? 'rtl' : 'ltr');
var app = byId('app');
app.textContent = '';
buildHeader();
ui.overview = buildOverview();
ui.doc = h('div', { id: 'document', hidden: true });
app.appendChild(ui.overview);
app.appendChild(ui.doc);
updateExport();
refresh();
renderErrors();
window.addEventListener('hashchange', route);
document.addEventListener('keydown', onKey);
document.addEventListener('selectionchange', onSelection);
route();
document.documentElement.setAttribute('data-ready', '1');
`;
