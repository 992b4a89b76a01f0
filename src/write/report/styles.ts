// The page's stylesheet. Entity colours are chosen to stay readable under each other's outlines.
export const STYLES = `
:root{--bg:#f6f7f9;--fg:#1f2328;--muted:#5b6470;--line:#d8dde3;--card:#fff;--accent:#0b5cad;--warn:#b45309;--bad:#b91c1c;
--university:#cfe3ff;--organization:#dcdcff;--unit:#ece0ff;--person:#ffd9ec;--title:#ffeab0;--date:#c9f2d4;--place:#ffdcc2;--email:#e3e6ea}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:Vazirmatn,Tahoma,"Segoe UI",system-ui,sans-serif;background:var(--bg);color:var(--fg);font-size:14px;line-height:1.6}
button{font:inherit}
header.top{display:flex;gap:10px 16px;align-items:center;flex-wrap:wrap;padding:8px 18px;background:#12263f;color:#fff}
header.top .grow{flex:1}
header.top .count{background:transparent;border:none;color:#c6d3e3;padding:0;min-width:0;font-size:13px}
header.top .count b{display:inline;font-size:15px;color:#fff}
.btn.light{background:#fff;color:#12263f}
.warn-note{background:#fff4e0;color:var(--warn);border-radius:5px;padding:2px 8px;font-size:12px}
header.top h1{font-size:18px;margin:0}
header.top .meta{color:#c6d3e3;font-size:12px}
main{padding:10px 18px}
.muted{color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:6px 14px}
.count{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}
.count b{display:block;font-size:20px}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:10px}
.filters-panel{padding:6px 12px}
.ov-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:10px;align-items:start}
@media (max-width:1000px){.ov-grid{grid-template-columns:1fr}}
.doc-cell .hl{font-weight:600;text-decoration:none;color:var(--fg)}
.doc-cell .hl:hover{color:var(--accent);text-decoration:underline}
.org .dom{color:var(--muted);font-size:11px;margin-inline-start:4px;direction:ltr;unicode-bidi:isolate}
.panel h2{font-size:15px;margin:0 0 8px}
#chart-months svg{max-height:220px;margin:0 auto}
svg{max-width:100%;height:auto;display:block;direction:ltr}
svg text{font-family:inherit;font-size:11px;fill:var(--muted);pointer-events:none}
svg .bar{fill:#3b82c4}
svg .bar:hover,svg .bar.sel{fill:#0b4f8a}
svg .edge{stroke:#7a8aa0;stroke-opacity:.55}
svg .edge:hover,svg .edge.on{stroke:#d9480f;stroke-opacity:1}
svg .node{fill:#0b5cad;stroke:#fff;stroke-width:1.5}
svg .node:hover,svg .node.on{fill:#d9480f}
svg text.lbl{fill:var(--fg);font-size:11px}
.hover-info{min-height:3em;font-size:12px;margin-top:6px}
.filters{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
.filters input,.filters select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:5px;min-width:120px;background:#fff;color:var(--fg)}
.filters input.q{min-width:220px}
.filters select{max-width:260px}
input.invalid{border-color:var(--bad)!important}
.btn{border:1px solid var(--line);background:#fff;border-radius:5px;padding:3px 10px;cursor:pointer;color:var(--fg)}
.btn:hover{border-color:var(--accent)}
.btn:disabled{opacity:.45;cursor:default}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
tr.doc-row{cursor:pointer}
tr.doc-row:hover,tr.doc-row:focus{background:#eef4fb;outline:none}
a{color:var(--accent)}
bdi,.iso{unicode-bidi:isolate}
.badge{display:inline-block;font-size:11px;border-radius:10px;padding:0 7px;margin:1px 2px;border:1px solid var(--line);background:#f3f4f6;white-space:nowrap}
.badge.warn{background:#fff4e0;border-color:#f0c27a;color:var(--warn)}
.badge.bad{background:#fde8e8;border-color:#f2a8a8;color:var(--bad)}
.badge.kind{background:#e7f0fb;border-color:#b7cfee;color:#0b4f8a}
.pager{display:flex;gap:8px;align-items:center;margin-top:8px}
.doc-head{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:baseline;margin-bottom:6px}
.doc-meta{display:flex;flex-wrap:wrap;gap:4px 16px;margin-bottom:8px}
.progress{color:var(--accent)}
.doc-head h2{margin:0;font-size:17px}
.doc-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:14px;align-items:start}
@media (max-width:1000px){.doc-grid{grid-template-columns:1fr}}
.text-pane{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 18px;max-height:calc(100vh - 150px);overflow:auto;font-size:15.5px;line-height:2.1}
.text-pane p{margin:0 0 .7em;white-space:pre-wrap;unicode-bidi:isolate}
.cards-pane{max-height:calc(100vh - 120px);overflow:auto;padding:2px}
.keys{margin-bottom:6px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:8px;font-size:12px}
.legend label{display:flex;gap:4px;align-items:center;cursor:pointer}
.ent{border-radius:3px;padding:1px 0;box-shadow:inset 0 -2px 0 rgba(0,0,0,.18)}
.t-university{background:var(--university)}.t-organization{background:var(--organization)}.t-unit{background:var(--unit)}
.t-person{background:var(--person)}.t-title{background:var(--title)}.t-date{background:var(--date)}.t-place{background:var(--place)}
.t-email{background:var(--email)}
.sw{display:inline-block;width:12px;height:12px;border-radius:3px;border:1px solid rgba(0,0,0,.2)}
.hide-university .t-university,.hide-organization .t-organization,.hide-unit .t-unit,.hide-person .t-person,
.hide-title .t-title,.hide-date .t-date,.hide-place .t-place,.hide-email .t-email{background:none;box-shadow:none}
.hit{outline:2px solid #d9480f;outline-offset:1px;border-radius:2px;background:#ffec99}
.flash{animation:flash 1.6s ease-out 1}
@keyframes flash{0%{background:#ffd43b}60%{background:#ffe98a}100%{}}
@media (prefers-reduced-motion:reduce){.flash{animation:none;background:#ffe98a}}
.ctl{font-size:10px;color:var(--bad);border:1px dashed var(--bad);border-radius:3px;padding:0 2px;font-family:monospace}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin-bottom:12px}
.card.low{border-color:#f0c27a;box-shadow:0 0 0 2px #fff4e0}
.card h3{font-size:14px;margin:0 0 6px;display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.card .banner{margin:4px 0}
.card dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:3px 10px;margin:0}
.card dt{color:var(--muted);font-size:12px;padding-top:2px}
.card dd{margin:0}
.card ul{margin:0;padding-inline-start:18px}
.card ul.ents,.card ul.missed-list{padding-inline-start:0;list-style:none}
.ri{border-radius:6px;padding:1px 4px;outline:none;border-inline-start:3px solid transparent}
.ri.cur{background:#eef4fb;box-shadow:0 0 0 2px var(--accent)}
.ri.v-correct{border-inline-start-color:#2f9e44}
.ri.v-wrong{border-inline-start-color:var(--bad);text-decoration:line-through;text-decoration-color:rgba(185,28,28,.5)}
.ri.v-wrong .vd{text-decoration:none}
.ri.v-fixed{border-inline-start-color:#e8590c}
.vd{display:inline-flex;gap:2px;align-items:center;margin-inline-start:6px;vertical-align:middle}
.vb{border:1px solid var(--line);background:#fff;border-radius:4px;width:22px;height:20px;line-height:16px;padding:0;font-size:12px;cursor:pointer;color:var(--muted)}
.vb:hover{border-color:var(--accent);color:var(--fg)}
.v-correct>.vd .vb-correct{background:#d3f9d8;color:#2b8a3e;border-color:#8ce99a}
.v-wrong>.vd .vb-wrong{background:#ffe3e3;color:var(--bad);border-color:#ffa8a8}
.v-fixed>.vd .vb-fix{background:#fff4e6;color:#d9480f;border-color:#ffc078}
.vstate{font-size:11px;color:var(--muted);margin-inline-start:4px}
.fixform{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:end;margin:4px 0;padding:6px;border:1px dashed var(--line);border-radius:6px;text-decoration:none}
.fixform label{display:flex;flex-direction:column;font-size:11px;color:var(--muted)}
.fixform input,.fixform select,.missed select{font:inherit;font-size:12px;padding:2px 4px;border:1px solid var(--line);border-radius:4px}
.fixform .msg{color:var(--bad)}
.row{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:center}
.missed .sel-text{font-size:12px;margin:2px 0 6px;color:var(--muted)}
.mb{font-size:12px;padding:1px 8px}
.mid{font-family:monospace;font-size:12px;color:var(--muted)}
.mtitle{font-weight:600}
.ev{background:none;border:none;padding:0;color:var(--accent);cursor:pointer;text-align:start;text-decoration:underline dotted;text-underline-offset:3px}
.ev:hover{text-decoration:underline solid}
.ev:disabled{color:var(--fg);text-decoration:none;cursor:default}
.fa{font-family:Vazirmatn,Tahoma,sans-serif}
.banner{background:#fff4e0;border:1px solid #f0c27a;border-radius:6px;padding:6px 10px;margin-bottom:10px;color:var(--warn)}
.banner.bad{background:#fde8e8;border-color:#f2a8a8;color:var(--bad)}
.small{font-size:12px}
`;
