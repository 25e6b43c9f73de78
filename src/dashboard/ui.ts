/**
 * The dashboard pages: static HTML with a small inline script over the JSON API (no build step, no framework).
 * Charts use uPlot (resolved from node_modules by the server): fast enough for 1,440 points per monitor.
 * The formatting functions below run in the browser (their source is inlined into each page) and in tests.
 */

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Uptime as people read it: 100% and 0% only when exact, otherwise up to 3 decimals (99.95%, 99.999%). */
export function formatPct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v >= 100) return '100%';
  if (v <= 0) return '0%';
  let s = v.toFixed(3);
  // never round a shortfall up to 100% or a sliver of uptime down to 0%
  if (s === '100.000') s = '99.999';
  if (s === '0.000') s = '0.001';
  return s.replace(/\.?0+$/, '') + '%';
}

/** minutes as "45 min", "7.2 h", "3.5 d" */
export function formatMinutes(min: number): string {
  if (min < 1) return min > 0 ? '<1 min' : '0 min';
  if (min < 120) return Math.round(min) + ' min';
  if (min < 2880) return (min / 60).toFixed(1) + ' h';
  return (min / 1440).toFixed(1) + ' d';
}

/** The 30-day error budget: "99.5% left (430 min)", or "exhausted" with what was spent. */
export function formatBudget(b: { left: number; allowedMin: number; spentMin: number } | null | undefined): string {
  if (!b) return '–';
  if (!Number.isFinite(b.left) || b.left <= 0) return 'exhausted: ' + formatMinutes(b.spentMin) + ' down of ' + formatMinutes(b.allowedMin) + ' allowed';
  // floor: a budget is never shown as more intact than it is
  const pct = Math.floor(b.left * 1000) / 10;
  return pct.toFixed(1) + '% left (' + formatMinutes(Math.max(0, b.allowedMin - b.spentMin)) + ')';
}

/** a duration: "45 s", "12 min", "2 h 5 min", "3 d 4 h" */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return s + ' s';
  const m = Math.floor(s / 60);
  if (m < 60) return m + ' min';
  const h = Math.floor(m / 60);
  if (h < 48) return h + ' h' + (m % 60 ? ' ' + (m % 60) + ' min' : '');
  const d = Math.floor(h / 24);
  return d + ' d' + (h % 24 ? ' ' + (h % 24) + ' h' : '');
}

/** "just now", "5 min ago", "3 h ago", "2 d ago" */
export function formatAgo(t: number | null | undefined, now: number): string {
  if (!t) return '';
  const ms = now - t;
  if (ms < 10_000) return 'just now';
  return formatDuration(ms).split(' ').slice(0, 2).join(' ') + ' ago';
}

/** a point in time for people, in UTC so that every reader sees the same: "Dec 5, 14:03 UTC" */
export function formatWhen(t: number | null | undefined): string {
  if (!t) return '';
  const d = new Date(t);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return mon + ' ' + d.getUTCDate() + ', ' + hh + ':' + mm + ' UTC';
}

const CLIENT_LIB = [formatPct, formatMinutes, formatBudget, formatDuration, formatAgo, formatWhen].map((f) => f.toString()).join('\n');

// Badge and text colours meet WCAG AA (4.5:1) for their small bold text: white on these backgrounds.
const STYLE = `
:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9da7b3;--up:#1a7f37;--down:#cf222e;--warn:#9a6700;--card:#161b22;--line:#30363d;--link:#6cb6ff}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
header{display:flex;gap:16px;align-items:center;flex-wrap:wrap;padding:12px 20px;border-bottom:1px solid var(--line)}header h1{font-size:18px;margin:0}
main{padding:16px 20px;display:grid;gap:16px}section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
h2{font-size:15px;margin:0 0 8px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);white-space:nowrap}
td.err{white-space:normal;color:var(--mut);max-width:420px}tr.mon:hover{background:#1f2630}
.b{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px;color:#fff}.up{background:var(--up)}.down,.silent{background:var(--down)}.unknown{background:#57606a}.maintenance{background:var(--warn)}
.mut{color:var(--mut)}.neg{color:#ff9492}.ok{color:#6fdd8b}a{color:var(--link)}button{background:#21262d;color:var(--fg);border:1px solid var(--line);border-radius:6px;padding:2px 10px;cursor:pointer}
button[aria-pressed="true"]{background:#1f6feb;border-color:#1f6feb;color:#fff}
.tl{margin:4px 0 0 16px;padding:0;color:var(--mut);font-size:12px}.counts>span{margin-right:12px}
.stats{display:flex;flex-wrap:wrap;gap:24px}.stat b{display:block;font-size:20px}.stat span{color:var(--mut);font-size:12px}
.bar{display:flex;gap:2px;align-items:stretch;height:28px;margin:6px 0}.bar span{flex:1;min-width:3px;border-radius:2px}
.bar .h-up{background:#2ea043}.bar .h-down{background:#f85149}.bar .h-none{background:#3d444d}.bar .h-warn{background:#d29922}
.banner{background:#3d1d1f;border:1px solid var(--down);border-radius:8px;padding:8px 12px}
.legend{font-size:12px;color:var(--mut)}
`;

const HEAD = (title: string, charts = false): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>${charts ? '<link rel="stylesheet" href="/assets/uplot.css">' : ''}<style>${STYLE}</style></head>`;

const COMMON_JS = `
const $=s=>document.querySelector(s);const esc=s=>String(s??'').replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
${CLIENT_LIB}
const when=t=>t?'<time datetime="'+new Date(t).toISOString()+'" title="'+new Date(t).toISOString()+'">'+formatWhen(t)+'</time>':'';
async function j(u,o){const r=await fetch(u,o);if(r.status===401){location.href='/login';throw new Error('login')}return r.json()}
function incidentHtml(i,now){const open=i.closedAt==null;return '<div class="incident" id="incident-'+esc(i.id)+'" data-open="'+open+'"><b>'+(open?'<span class="b down">OPEN</span>':'<span class="b up">RESOLVED</span>')+' '+esc(i.monitorName)+'</b> <span class="mut">started '+when(i.openedAt)+' ('+formatAgo(i.openedAt,now)+')'+(i.detectedAt&&i.detectedAt!==i.openedAt?' · alerted '+when(i.detectedAt):'')+(open?' · ongoing for '+formatDuration(now-i.openedAt):' · lasted '+formatDuration(i.closedAt-i.openedAt))+(i.acknowledgedAt?' · acknowledged by '+esc(i.acknowledgedBy):'')+'</span> '+(open&&!i.acknowledgedAt?'<button data-ack="'+esc(i.id)+'">acknowledge</button>':'')+'<div>'+esc(i.cause)+(i.deploy?' <span class="b maintenance">after deploy '+esc(i.deploy.version)+'</span>':'')+'</div><ul class="tl">'+i.timeline.map(e=>'<li>'+when(e.at)+' '+esc(e.kind)+': '+esc(e.message)+'</li>').join('')+'</ul></div>'}
document.addEventListener('click',async e=>{const t=e.target;if(t.dataset&&t.dataset.ack){await j('/api/incidents/'+encodeURIComponent(t.dataset.ack)+'/ack',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({by:'dashboard'})});if(window.refresh)refresh()}});
`;

export function dashboardHtml(project: string): string {
  return `${HEAD(`${project} · launchready monitor`)}
<body><header><h1>${esc(project)} · monitor</h1><span class="counts" id="counts"></span><span class="mut" id="updated"></span>
<span style="flex:1"></span><a href="/status">public status</a><a href="/audit">audit report</a></header>
<main>
<div id="silent" hidden></div>
<section><h2>Monitors</h2><table id="monitors"><thead><tr><th>status</th><th>monitor</th><th>type</th><th>uptime 24h</th><th>7d</th><th>30d</th><th>SLO</th><th>error budget (30 d)</th><th>latency</th><th>HTTP</th><th>incident</th><th>last error</th></tr></thead><tbody></tbody></table></section>
<section><h2>Incidents</h2><div id="incidents" class="mut">none</div></section>
<section><h2>Certificates</h2><table id="certs"><thead><tr><th>monitor</th><th>days left</th><th>expires</th></tr></thead><tbody></tbody></table></section>
<section><h2>Alert deliveries</h2><table id="deliveries"><thead><tr><th>time</th><th>channel</th><th>event</th><th>attempt</th><th>result</th></tr></thead><tbody></tbody></table></section>
<section><h2>Audit</h2><div id="audit" class="mut">no audit report configured</div></section>
</main>
<script>
${COMMON_JS}
async function refresh(){
  const o=await j('/api/overview');const now=o.generatedAt;
  $('#counts').innerHTML=['up','down','maintenance','unknown'].map(k=>'<span><span class="b '+k+'">'+o.counts[k]+'</span> '+k+'</span>').join('');
  $('#updated').textContent='updated '+formatWhen(o.generatedAt);
  const sl=o.silentLocations||[];$('#silent').hidden=!sl.length;
  $('#silent').innerHTML=sl.length?'<div class="banner" role="alert">'+sl.map(s=>'<b>location '+esc(s.location)+' is silent</b> since '+when(s.since)+' ('+formatAgo(s.since,now)+'): N-of-M rules count only the locations still reporting').join('<br>')+'</div>':'';
  $('#monitors tbody').innerHTML=o.monitors.map(m=>'<tr class="mon" data-id="'+esc(m.id)+'" data-status="'+m.status+'"><td><span class="b '+m.status+'">'+m.status.toUpperCase()+'</span>'+(m.flapping?' <span class="b maintenance">FLAPPING</span>':'')+'</td><td><a href="/monitors/'+encodeURIComponent(m.id)+'">'+esc(m.name)+'</a></td><td>'+esc(m.type)+'</td><td class="up24">'+formatPct(m.uptime.d1)+'</td><td>'+formatPct(m.uptime.d7)+'</td><td class="up30">'+formatPct(m.uptime.d30)+'</td><td>'+m.slo+'%</td><td class="budget '+(m.errorBudget&&m.errorBudget.left<=0?'neg':'')+'">'+formatBudget(m.errorBudget)+'</td><td>'+(m.latencyMs==null?'–':Math.round(m.latencyMs)+' ms')+'</td><td>'+(m.httpStatus??'')+'</td><td>'+(m.incident?'<a href="#incident-'+esc(m.incident.id)+'">open</a>'+(m.incident.acknowledged?' (ack)':''):'')+'</td><td class="err">'+esc(m.error)+'</td></tr>').join('');
  const certs=o.monitors.filter(m=>m.cert).sort((a,b)=>a.cert.daysLeft-b.cert.daysLeft);
  $('#certs tbody').innerHTML=certs.map(m=>'<tr><td>'+esc(m.name)+'</td><td class="'+((m.cert.verdict?m.cert.verdict!=='ok':m.cert.daysLeft<21)?'neg':'ok')+'">'+m.cert.daysLeft+'</td><td>'+esc(m.cert.expiresAt)+'</td></tr>').join('')||'<tr><td class="mut" colspan="3">no TLS monitor</td></tr>';
  const inc=await j('/api/incidents');
  $('#incidents').innerHTML=inc.length?inc.map(i=>incidentHtml(i,now)).join(''):'none';
  const d=await j('/api/deliveries');
  $('#deliveries tbody').innerHTML=d.map(x=>'<tr class="delivery" data-ok="'+x.ok+'"><td>'+when(x.at)+'</td><td>'+esc(x.channel)+'</td><td>'+esc(x.event)+'</td><td>'+x.attempt+'</td><td class="'+(x.ok?'ok':'neg')+'">'+(x.ok?'delivered':esc(x.error))+'</td></tr>').join('')||'<tr><td class="mut" colspan="5">no alert sent yet</td></tr>';
}
async function audit(){try{const a=await j('/api/audit');if(a.decision)$('#audit').innerHTML='<b>'+esc(a.decision)+'</b> '+Object.entries(a.summary).map(([k,v])=>esc(k)+': '+v).join(', ')+' · <a href="/audit">full report with risk register</a>'}catch{}}
const every=Number(new URLSearchParams(location.search).get('refresh')||5000);
refresh();audit();setInterval(refresh,every);
</script></body></html>`;
}

/** One monitor's own page (`/monitors/:id`): stats, the up/down history bar, charts, incidents, recent runs. */
export function monitorHtml(project: string, id: string, name: string): string {
  return `${HEAD(`${name} · ${project} · launchready monitor`, true)}
<body><header><a href="/">← all monitors</a><h1>${esc(name)}</h1><span id="badge"></span><span class="mut" id="meta"></span></header>
<main data-id="${esc(id)}">
<section><h2>Uptime and error budget</h2><div class="stats">
<div class="stat"><b id="u1">–</b><span>uptime 24 h</span></div><div class="stat"><b id="u7">–</b><span>7 days</span></div><div class="stat"><b id="u30">–</b><span>30 days</span></div><div class="stat"><b id="u90">–</b><span>90 days</span></div>
<div class="stat"><b id="slo">–</b><span>SLO</span></div><div class="stat"><b id="budget">–</b><span>error budget (30 days)</span></div><div class="stat"><b id="lat">–</b><span>last latency</span></div></div>
<div id="locs" class="mut"></div></section>
<section><h2>Last 90 runs</h2><div class="bar" id="history" role="img" aria-label="up/down history"></div><div class="legend"><span id="hist-range"></span></div></section>
<section><h2>Latency</h2><div><button data-range="24h" aria-pressed="true">24h</button> <button data-range="7d">7d</button> <button data-range="30d">30d</button> <span class="mut" id="chart-note"></span></div><div id="chart-lat"></div><div id="chart-err"></div></section>
<section><h2>Incidents</h2><div id="incidents" class="mut">none</div></section>
<section><h2>Recent runs</h2><table id="results"><thead><tr><th>time</th><th>location</th><th>status</th><th>latency</th><th>HTTP</th><th>error</th></tr></thead><tbody></tbody></table></section>
</main>
<script src="/assets/uplot.js"></script>
<script>
${COMMON_JS}
const id=document.querySelector('main').dataset.id;let range='24h',charts=[];
async function refresh(){
  const m=await j('/api/monitors/'+encodeURIComponent(id));const now=Date.now();
  $('#badge').innerHTML='<span class="b '+m.status+'" id="status" data-status="'+m.status+'">'+m.status.toUpperCase()+'</span>'+(m.flapping?' <span class="b maintenance">FLAPPING</span>':'');
  $('#meta').textContent=m.type+' · every '+formatDuration(m.intervalSec*1000)+(m.lastAt?' · last run '+formatAgo(m.lastAt,now):'');
  $('#u1').textContent=formatPct(m.uptime.d1);$('#u7').textContent=formatPct(m.uptime.d7);$('#u30').textContent=formatPct(m.uptime.d30);$('#u90').textContent=formatPct(m.uptime.d90);
  $('#slo').textContent=m.slo+'%';$('#budget').textContent=formatBudget(m.errorBudget);$('#budget').className=m.errorBudget&&m.errorBudget.left<=0?'neg':'';
  $('#lat').textContent=m.latencyMs==null?'–':Math.round(m.latencyMs)+' ms';
  $('#locs').innerHTML=m.locations.length>1?'locations: '+m.locations.map(l=>esc(l.location)+' <span class="b '+l.status+'">'+l.status+'</span> '+(l.at?formatAgo(l.at,now):'')).join(' · '):'';
  $('#history').innerHTML=m.history.map(h=>'<span class="h-'+h.status+'" data-status="'+h.status+'" title="'+esc(formatWhen(h.at)+': '+h.status+(h.error?' – '+h.error:'')+(h.latencyMs!=null?' ('+Math.round(h.latencyMs)+' ms)':''))+'"></span>').join('');
  $('#history').setAttribute('aria-label','last '+m.history.length+' runs: '+m.history.filter(h=>h.status==='down').length+' failed');
  $('#hist-range').textContent=m.history.length?formatWhen(m.history[0].at)+' → '+formatWhen(m.history[m.history.length-1].at):'no run yet';
  $('#incidents').innerHTML=m.incidents.length?m.incidents.map(i=>incidentHtml(i,now)).join(''):'none';
  $('#results tbody').innerHTML=m.results.map(r=>'<tr><td>'+when(r.at)+'</td><td>'+esc(r.location)+'</td><td><span class="b '+r.status+'">'+r.status+'</span></td><td>'+(r.latencyMs==null?'–':Math.round(r.latencyMs)+' ms')+'</td><td>'+(r.httpStatus??'')+'</td><td class="err">'+esc(r.error)+'</td></tr>').join('');
  chart();
}
function deployPlugin(deploys){return{hooks:{draw:[u=>{const c=u.ctx;c.save();c.strokeStyle='#d29922';c.setLineDash([4,4]);for(const d of deploys){const x=u.valToPos(d.at/1000,'x',true);if(x<u.bbox.left||x>u.bbox.left+u.bbox.width)continue;c.beginPath();c.moveTo(x,u.bbox.top);c.lineTo(x,u.bbox.top+u.bbox.height);c.stroke();c.fillStyle='#d29922';c.fillText(d.version,x+3,u.bbox.top+10)}c.restore()}]}}}
const COLORS=['#6cb6ff','#b083f0','#56d364','#e3b341','#ff7b72','#39c5cf'];
async function chart(){
  const s=await j('/api/monitors/'+encodeURIComponent(id)+'/series?range='+range);
  charts.forEach(c=>c.destroy());charts=[];
  const w=Math.max(320,Math.min(1200,document.body.clientWidth-80));
  const axes=[{stroke:'#9da7b3',grid:{stroke:'#30363d'}},{stroke:'#9da7b3',grid:{stroke:'#30363d'}}];
  let series,data;
  if(s.resolution==='raw'){
    series=[{},{label:'latency (ms)',stroke:'#6cb6ff'},{label:'rolling p95 (1 h)',stroke:'#e3b341'},{label:'failed run',stroke:'#f85149',paths:()=>null,points:{show:true,size:8,fill:'#f85149',stroke:'#f85149'}}];
    data=[s.t,s.latency,s.p95,s.failed];
    (s.locations||[]).forEach((l,i)=>{series.push({label:l.name,stroke:COLORS[(i+2)%COLORS.length],width:1,dash:[3,3]});data.push(l.latency)});
    $('#chart-note').textContent='raw runs · failed runs in red · deploys as dashed lines'+((s.locations||[]).length?' · one dashed line per location':'');
  }else{
    series=[{},{label:'p50 (ms)',stroke:'#6cb6ff'},{label:'p95',stroke:'#e3b341'},{label:'p99',stroke:'#ff7b72'}];data=[s.t,s.p50,s.p95,s.p99];
    $('#chart-note').textContent='hourly rollups · deploys as dashed lines';
  }
  charts.push(new uPlot({width:w,height:240,plugins:[deployPlugin(s.deploys)],series,axes},data,$('#chart-lat')));
  charts.push(new uPlot({width:w,height:120,plugins:[deployPlugin(s.deploys)],series:[{},{label:'4xx',stroke:'#e3b341',fill:'rgba(227,179,65,.3)'},{label:'5xx',stroke:'#f85149',fill:'rgba(248,81,73,.3)'}],axes},[s.t,s.s4xx,s.s5xx],$('#chart-err')));
}
document.addEventListener('click',e=>{const t=e.target;if(t.dataset&&t.dataset.range){range=t.dataset.range;document.querySelectorAll('[data-range]').forEach(b=>b.setAttribute('aria-pressed',String(b===t)));chart()}});
const every=Number(new URLSearchParams(location.search).get('refresh')||15000);
refresh();setInterval(refresh,every);
</script></body></html>`;
}

export function statusHtml(project: string): string {
  return `${HEAD(`${project} status`)}
<body><header><h1>${esc(project)} status</h1><span id="overall"></span><span class="mut" id="updated"></span></header><main>
<section><h2>Services</h2><div id="st"></div><p class="legend">Each bar is one day, oldest on the left (90 days). Hover a day for its uptime.</p></section>
<section><h2>Recent incidents</h2><div id="inc" class="mut">none</div></section><section><h2>Maintenance</h2><div id="mw" class="mut">none scheduled</div></section></main>
<script>
${COMMON_JS}
const dayCls=u=>u==null?'h-none':u>=99.9?'h-up':u>=99?'h-warn':'h-down';
async function r(){const s=await (await fetch('/api/status')).json();const now=s.generatedAt;
$('#overall').innerHTML=s.overall==='operational'?'<span class="b up">All systems operational</span>':'<span class="b down">Degraded</span>';
$('#updated').textContent='updated '+formatAgo(now,Date.now())+' ('+formatWhen(now)+')';
$('#st').innerHTML=s.monitors.map(m=>'<div class="svc"><div><b>'+esc(m.name)+'</b> <span class="b '+m.status+'">'+m.status+'</span> <span class="mut">'+formatPct(m.uptime90d)+' uptime (90 days)</span></div><div class="bar" role="img" aria-label="'+esc(m.name)+': 90-day uptime history">'+m.days.map(d=>'<span class="'+dayCls(d.uptime)+'" title="'+esc(formatWhen(d.day).replace(/, .*/,'')+': '+(d.uptime==null?'no data':formatPct(d.uptime)+' uptime'))+'"></span>').join('')+'</div><div class="legend">90 days ago<span style="float:right">today</span></div></div>').join('');
if(s.incidents.length)$('#inc').innerHTML=s.incidents.map(i=>'<div>'+esc(i.monitor)+': '+when(i.openedAt)+(i.closedAt?' · lasted '+formatDuration(i.closedAt-i.openedAt)+' · resolved':' · <b>ongoing</b> for '+formatDuration(now-i.openedAt))+'</div>').join('');
if(s.maintenance.length)$('#mw').innerHTML=s.maintenance.map(w=>'<div>'+when(Date.parse(w.start))+' – '+when(Date.parse(w.end))+' '+esc(w.reason)+'</div>').join('');}
r();setInterval(r,30000);
</script></body></html>`;
}

export function loginHtml(error = ''): string {
  return `${HEAD('launchready login')}<body><main><section><h1 style="font-size:15px">launchready monitor</h1>
${error ? `<p class="neg">${esc(error)}</p>` : ''}<form method="post" action="/login"><label>Token <input type="password" name="token" autocomplete="current-password"></label> <button type="submit">Log in</button></form></section></main></body></html>`;
}
